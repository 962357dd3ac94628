"""What a dataset of several related tables (ARCHITECTURE 2.6) hands to its writers: one stream per table.

The engine yields tables in dependency order (a parent before its children); each table's record batches are
made lazily, so a writer that consumes them one table after another holds one block at a time. Writers (a zip
of per-table files, SQLite, DuckDB, a PostgreSQL script, a live PostgreSQL) read only what is here: column
names and Arrow types, the key, the links and the decimal places of money columns.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

import pyarrow as pa


@dataclass(frozen=True)
class ForeignKey:
    """`column` of this table holds values of `table.ref_column` (its primary key)."""

    column: str
    table: str
    ref_column: str


@dataclass(frozen=True)
class TableStream:
    """One table of a dataset: its shape, its key and links, and its rows as Arrow batches (made on demand).

    `arrow_schema` is exactly the schema of every batch. `scales` gives the decimal places of columns that hold
    money or other fixed-point amounts (a writer maps them to NUMERIC(p, scale)); other float columns are
    floating point. `rows` is the number of rows the batches will hold when known before they are made."""

    name: str
    arrow_schema: pa.Schema
    batches: Iterable[pa.RecordBatch]
    primary_key: str | None = None
    foreign_keys: tuple[ForeignKey, ...] = ()
    scales: Mapping[str, int] = field(default_factory=dict)
    rows: int | None = None
