"""The one pipeline every front door calls: plan a description, prepare a schema, stream the rows as bytes."""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import pyarrow as pa

from . import engine, export
from .errors import LimitError, SchemaError
from .schema import DatasetSchema, parse_schema, text_problem

if TYPE_CHECKING:
    import pandas as pd


def new_seed() -> int:
    """A fresh seed for a request that gave none (reported back so the run can be repeated)."""
    return secrets.randbelow(2**31)


def check_rows(rows: int, max_rows: int) -> None:
    """Reject a row count before anything costly (such as an LLM call) happens."""
    if not isinstance(rows, int) or isinstance(rows, bool) or rows < 1:
        raise LimitError("rows must be a whole number of at least 1", field="rows", limit=1)
    if rows > max_rows:
        raise LimitError(f"rows is {rows:,}; the limit is {max_rows:,}", field="rows", limit=max_rows)


def prepare(schema: DatasetSchema | dict[str, Any] | str, rows: int, *, max_rows: int,
            max_bytes: int | None = None) -> DatasetSchema:
    """Validate a schema and a row count before any row is made: limits, catalog, unique capacity, and
    (when given) about how big the file would be."""
    check_rows(rows, max_rows)
    parsed = parse_schema(schema)
    engine.check_capacity(parsed, rows)
    if max_bytes is not None:
        check_size(parsed, rows, max_bytes)
    return parsed


def check_size(schema: DatasetSchema, rows: int, max_bytes: int) -> None:
    """Refuse a table of about more than max_bytes (wide rows: long texts, many columns), naming the row
    count that would fit."""
    width = max(engine.row_bytes(schema), 1.0)
    if rows * width > max_bytes:
        fit = max(1, int(max_bytes // width))
        raise LimitError(f"rows is {rows:,}: at about {_size(width)} a row of this schema that is about "
                         f"{_size(rows * width)}, and this server makes files of up to {_size(max_bytes)}; "
                         f"ask for at most {fit:,} rows", field="rows", limit=fit)


def _size(count: float) -> str:
    for unit, scale in (("GB", 1e9), ("MB", 1e6), ("kB", 1e3)):
        if count >= scale:
            return f"{count / scale:,.1f} {unit}"
    return f"{count:,.0f} bytes"


def batches(schema: DatasetSchema, rows: int, seed: int) -> Iterator[pa.RecordBatch]:
    """The rows of a prepared schema, block by block."""
    return engine.iter_batches(schema, rows, seed)


def stream(schema: DatasetSchema, rows: int, fmt: str, seed: int, *, safe_csv: bool = True) -> Iterator[bytes]:
    """The encoded file of a prepared schema, as a stream of byte chunks."""
    return export.iter_encoded(batches(schema, rows, seed), engine.arrow_schema(schema), fmt, safe_csv=safe_csv)


LIBRARY_MAX_ROWS = 100_000_000  # the Python API's own ceiling; front doors use settings.max_rows


def generate(schema: DatasetSchema | dict[str, Any] | str, rows: int, *, seed: int | None = None) -> pd.DataFrame:
    """The whole table as a pandas DataFrame (for notebooks and tests; use `write` for big tables)."""
    parsed = prepare(schema, rows, max_rows=LIBRARY_MAX_ROWS)
    table = pa.Table.from_batches(list(batches(parsed, rows, new_seed() if seed is None else seed)),
                                  schema=engine.arrow_schema(parsed))
    return table.to_pandas()


def write(schema: DatasetSchema | dict[str, Any] | str, rows: int, path: str | os.PathLike[str], *,
          fmt: str | None = None, seed: int | None = None, safe_csv: bool = True) -> int:
    """Stream the table to a file, block by block (format from `fmt` or the file's extension; CSV by default).
    The file appears only once complete. Returns the rows written."""
    fmt = fmt or export.format_from_path(path) or "csv"
    parsed = prepare(schema, rows, max_rows=LIBRARY_MAX_ROWS)
    chosen = new_seed() if seed is None else seed
    return export.write_file(batches(parsed, rows, chosen), engine.arrow_schema(parsed), fmt, path,
                             safe_csv=safe_csv)


MAX_DESCRIPTION = 2000


def plan(planner: Any, description: str, *, locale: str | None = None) -> Any:
    """Turn a description into a validated schema with `planner` (see synthgen.planners.make_planner)."""
    text = (description or "").strip()
    if not text:
        raise LimitError("description must not be empty", field="description", limit=1)
    if len(text) > MAX_DESCRIPTION:
        raise LimitError(f"description is {len(text):,} characters; the limit is {MAX_DESCRIPTION:,}",
                         field="description", limit=MAX_DESCRIPTION)
    problem = text_problem(text)
    if problem:  # a lone surrogate (undecodable bytes on a command line) would break the LLM request or the output
        raise SchemaError(f"description {problem}")
    return planner.plan(text, locale=locale)
