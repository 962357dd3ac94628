"""Writers of a dataset of several related tables (ARCHITECTURE 2.6), each consuming dataset_stream.TableStream
one table after another, parents first:

    write_dataset(streams, "shop.zip", table_format="parquet")   # a zip of per-table CSV/JSON/JSONL/Parquet
    write_dataset(streams, "shop.sqlite")                        # or .duckdb, or .sql (a psql script)
    load_postgres("postgresql://user:pw@host/db", streams)       # COPY into a live database, all or nothing

Files are written under a temp name and renamed into place only when complete. For a streamed response,
`iter_dataset(streams, "zip" | "sql" | "sqlite" | "duckdb")` yields the file's bytes (zip and sql as they are
made; SQLite and DuckDB built whole in a temp folder first, then read out and deleted).
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from ..dataset_stream import TableStream
from ..errors import ExportError
from .duckdb_file import write_duckdb
from .pg_load import load_postgres, redact
from .pg_script import iter_sql, write_sql, write_sql_file
from .sqlite_file import write_sqlite
from .streamed import iter_dataset
from .zipped import OnRows, iter_zip, write_zip, write_zip_file

# What a dataset's output file name asks for, by its extension.
TARGETS = {".zip": "zip", ".sqlite": "sqlite", ".sqlite3": "sqlite", ".db": "sqlite", ".duckdb": "duckdb",
           ".sql": "sql"}
MEDIA_TYPES = {"zip": "application/zip", "sqlite": "application/vnd.sqlite3",
               "duckdb": "application/octet-stream", "sql": "application/sql"}

__all__ = ["MEDIA_TYPES", "TARGETS", "iter_dataset", "iter_sql", "iter_zip", "load_postgres", "redact",
           "target_from_path", "write_dataset", "write_duckdb", "write_sql", "write_sql_file", "write_sqlite",
           "write_zip", "write_zip_file"]


def target_from_path(path: str | os.PathLike[str]) -> str | None:
    """"zip", "sqlite", "duckdb" or "sql" for a file name's extension (shop.duckdb -> "duckdb"), else None."""
    return TARGETS.get(Path(path).suffix.lower())


def write_dataset(streams: Sequence[TableStream], path: str | os.PathLike[str], *, table_format: str = "csv",
                  safe_csv: bool = True, on_rows: OnRows | None = None) -> dict[str, int]:
    """Write the dataset to the file `path` names (.zip, .sqlite, .duckdb or .sql); return rows per table.
    table_format is the per-table format inside a zip."""
    target = target_from_path(path)
    if target == "zip":
        return write_zip_file(streams, table_format, path, safe_csv=safe_csv, on_rows=on_rows)
    if target == "sqlite":
        return write_sqlite(streams, path, on_rows=on_rows)
    if target == "duckdb":
        return write_duckdb(streams, path, on_rows=on_rows)
    if target == "sql":
        return write_sql_file(streams, path, on_rows=on_rows)
    raise ExportError(f"cannot tell what to write to {os.fspath(path)!r}: a dataset of several tables goes to "
                      f"a file ending in {', '.join(sorted(set(TARGETS)))}")
