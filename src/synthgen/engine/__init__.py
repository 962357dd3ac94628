"""The engine: a validated schema in, Arrow record batches out, vectorised, seeded per block, streamed."""

from __future__ import annotations

from collections.abc import Iterator

import pyarrow as pa

from ..schema import DatasetSchema
from .block import BLOCK_ROWS
from .table import Table

__all__ = ["BLOCK_ROWS", "Table", "arrow_schema", "check_capacity", "iter_batches"]


def iter_batches(schema: DatasetSchema, rows: int, seed: int, *, block_rows: int = BLOCK_ROWS,
                 workers: int | None = None) -> Iterator[pa.RecordBatch]:
    """The rows of `schema`, one record batch per block of `block_rows` (a fixed size keeps output stable),
    made by `workers` threads (default: up to 2) and yielded in order."""
    return Table(schema).batches(rows, seed, block_rows=block_rows, workers=workers)


def arrow_schema(schema: DatasetSchema) -> pa.Schema:
    """The Arrow schema (column names and types) of the batches `iter_batches` yields."""
    return Table(schema).arrow_schema


def check_capacity(schema: DatasetSchema, rows: int) -> None:
    """Raise CapacityError if a unique column cannot hold `rows` distinct values."""
    Table(schema).check_capacity(rows)
