"""Any dataset target as a stream of bytes, for a front door that sends a file (an HTTP response):

- zip and sql are streamed as they are made (the first bytes leave before the last table is made);
- sqlite and duckdb can only be built as files: the file is built whole in a temp folder first (so a failure
  is raised before the first byte, and a caller can still answer with an error), then read out in chunks and
  deleted when the stream ends or is closed.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from ..dataset_stream import TableStream
from ..errors import ExportError
from .duckdb_file import write_duckdb
from .pg_script import iter_sql
from .sqlite_file import write_sqlite
from .zipped import iter_zip

READ_CHUNK = 1 << 20
_BUILT: dict[str, Callable[[Sequence[TableStream], Path], dict[str, int]]] = {
    "sqlite": lambda streams, path: write_sqlite(streams, path),
    "duckdb": lambda streams, path: write_duckdb(streams, path),
}


def iter_dataset(streams: Sequence[TableStream], target: str, *, table_format: str = "csv", safe_csv: bool = True,
                 tmp_dir: str | os.PathLike[str] | None = None) -> Iterator[bytes]:
    """The bytes of the dataset written as `target` ("zip", "sql", "sqlite" or "duckdb")."""
    if target == "zip":
        return iter_zip(streams, table_format, safe_csv=safe_csv)
    if target == "sql":
        return iter_sql(streams)
    build = _BUILT.get(target)
    if build is None:
        raise ExportError(f"unknown dataset target {target!r}; choose one of zip, sql, sqlite, duckdb")
    folder = Path(tempfile.mkdtemp(prefix="synthgen-dataset-", dir=tmp_dir))
    try:
        path = folder / f"dataset.{target}"
        build(streams, path)
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    return _read_then_delete(path, folder)


def _read_then_delete(path: Path, folder: Path) -> Iterator[bytes]:
    try:
        with open(path, "rb") as f:
            while chunk := f.read(READ_CHUNK):
                yield chunk
    finally:
        shutil.rmtree(folder, ignore_errors=True)
