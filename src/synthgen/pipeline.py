"""The one pipeline every front door calls: plan a description, prepare a schema, stream the rows as bytes."""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from typing import Any

import pandas as pd
import pyarrow as pa

from . import engine, export
from .config import Settings
from .errors import LimitError
from .schema import DatasetSchema, parse_schema


def new_seed() -> int:
    """A fresh seed for a request that gave none (reported back so the run can be repeated)."""
    return secrets.randbelow(2**31)


def prepare(schema: DatasetSchema | dict[str, Any] | str, rows: int, *, max_rows: int) -> DatasetSchema:
    """Validate a schema and a row count before any row is made: limits, catalog, unique capacity."""
    if not isinstance(rows, int) or isinstance(rows, bool) or rows < 1:
        raise LimitError("rows must be a whole number of at least 1", field="rows", limit=1)
    if rows > max_rows:
        raise LimitError(f"rows is {rows:,}; the limit is {max_rows:,}", field="rows", limit=max_rows)
    parsed = parse_schema(schema)
    engine.check_capacity(parsed, rows)
    return parsed


def batches(schema: DatasetSchema, rows: int, seed: int) -> Iterator[pa.RecordBatch]:
    """The rows of a prepared schema, block by block."""
    return engine.iter_batches(schema, rows, seed)


def stream(schema: DatasetSchema, rows: int, fmt: str, seed: int, *, safe_csv: bool = True) -> Iterator[bytes]:
    """The encoded file of a prepared schema, as a stream of byte chunks."""
    return export.iter_encoded(batches(schema, rows, seed), engine.arrow_schema(schema), fmt, safe_csv=safe_csv)


def generate_frame(schema: DatasetSchema | dict[str, Any] | str, rows: int, seed: int | None = None,
                   *, max_rows: int | None = None) -> pd.DataFrame:
    """The whole table as a pandas DataFrame (for notebooks and small tables)."""
    limit = max_rows if max_rows is not None else Settings().max_rows
    parsed = prepare(schema, rows, max_rows=limit)
    table = pa.Table.from_batches(list(batches(parsed, rows, new_seed() if seed is None else seed)),
                                  schema=engine.arrow_schema(parsed))
    return table.to_pandas()


MAX_DESCRIPTION = 2000


def plan(planner: Any, description: str, *, locale: str | None = None) -> Any:
    """Turn a description into a validated schema with `planner` (see synthgen.planners.make_planner)."""
    text = (description or "").strip()
    if not text:
        raise LimitError("description must not be empty", field="description", limit=1)
    if len(text) > MAX_DESCRIPTION:
        raise LimitError(f"description is {len(text):,} characters; the limit is {MAX_DESCRIPTION:,}",
                         field="description", limit=MAX_DESCRIPTION)
    return planner.plan(text, locale=locale)
