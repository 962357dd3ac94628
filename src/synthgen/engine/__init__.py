"""The engine: a validated schema in, Arrow record batches out, vectorised, seeded per block, streamed."""

from __future__ import annotations

from collections.abc import Iterator

import pyarrow as pa

from .. import clock
from ..bounded import Lru
from ..schema import DatasetSchema
from .block import BLOCK_ROWS
from .table import Table

__all__ = ["BLOCK_ROWS", "Table", "arrow_schema", "check_capacity", "compile_schema", "iter_batches", "row_bytes"]

_COMPILED: Lru[str, Table] = Lru()  # each holds its locale's data: bounded like every per-locale cache


def compile_schema(schema: DatasetSchema) -> Table:
    """The compiled table for a schema; the last few are kept, so one request compiles once. Keyed by the day
    too, so checks of relative dates ('today' past an ISO end) are made again on a new day; the dates
    themselves resolve per request (Block.moment)."""
    return _COMPILED.get(f"{clock.now().date().isoformat()} {schema.model_dump_json()}", lambda: Table(schema))


def iter_batches(schema: DatasetSchema, rows: int, seed: int, *, block_rows: int | None = None,
                 workers: int | None = None) -> Iterator[pa.RecordBatch]:
    """The rows of `schema`, one record batch per block of `block_rows` (default: the table's own, fixed for
    the schema, which keeps output stable), made by `workers` threads (default: up to 2), yielded in order."""
    return compile_schema(schema).batches(rows, seed, block_rows=block_rows, workers=workers)


def arrow_schema(schema: DatasetSchema) -> pa.Schema:
    """The Arrow schema (column names and types) of the batches `iter_batches` yields."""
    return compile_schema(schema).arrow_schema


def row_bytes(schema: DatasetSchema) -> float:
    """About how many bytes a row of `schema` takes (measured on a small probe block)."""
    return compile_schema(schema).row_bytes


def check_capacity(schema: DatasetSchema, rows: int) -> None:
    """Raise CapacityError if a unique column cannot hold `rows` distinct values."""
    compile_schema(schema).check_capacity(rows)
