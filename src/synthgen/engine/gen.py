"""What a column generator is: a function from a block to an Arrow array, with its type and capacity."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pyarrow as pa

from .block import Block

ColumnFn = Callable[[Block], pa.Array]


@dataclass(frozen=True)
class Gen:
    """A compiled column generator.

    capacity: how many distinct values it can make (None: effectively unbounded or unknown).
    unique_native: when the column is unique, `fn` already yields values distinct across the whole table.
    max_rows: how many rows it can make at most (a sequence stops before it passes the largest 64-bit integer).
    """

    fn: ColumnFn
    type: pa.DataType
    capacity: int | None = None
    unique_native: bool = False
    max_rows: int | None = None
