"""A dataset as a .sql script for PostgreSQL's psql: CREATE TABLEs, a COPY block per table, then the PRIMARY KEYs
and FOREIGN KEYs (checked once per table, as pg_dump does), all in one transaction (BEGIN ... COMMIT: the load
is all or nothing).

    psql -v ON_ERROR_STOP=1 -d mydb -f shop.sql

Rows are in COPY's text format (cells.copy_text), so any text survives: quotes, tabs, newlines, backslashes
and a line reading `\\.` are escaped, never taken for the end of the data. The script is streamed block by
block; to a file it is written atomically.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from typing import BinaryIO

from ..dataset_stream import TableStream
from . import names
from .atomic import atomic_path
from .cells import copy_text
from .sqltypes import add_keys, column_list, create_table

OnRows = Callable[[str, int], object]


def copy_statement(stream: TableStream) -> str:
    return f"COPY {names.quote(stream.name)} ({column_list(stream)}) FROM STDIN"


def iter_sql(streams: Sequence[TableStream], *, on_rows: OnRows | None = None) -> Iterator[bytes]:
    """The script's bytes, block by block. Names and types are checked before the first byte."""
    names.check(streams, max_bytes=names.POSTGRES_NAME_BYTES)
    ddl = [create_table(stream, "postgres", keys=False) for stream in streams]
    return _script(streams, ddl, [statement for _, statement in add_keys(streams)], on_rows)


def _script(streams: Sequence[TableStream], ddl: list[str], keys: list[str],
            on_rows: OnRows | None) -> Iterator[bytes]:
    listed = ", ".join(s.name for s in streams)
    yield (f"-- A dataset of {len(streams)} table{'s' if len(streams) != 1 else ''} made by SynthGen: {listed}\n"
           "-- Load it with: psql -v ON_ERROR_STOP=1 -d DATABASE -f FILE  (one transaction: all or nothing)\n"
           "\\set ON_ERROR_STOP on\n"
           "SET client_encoding = 'UTF8';\n"
           "SET standard_conforming_strings = on;\n"
           "BEGIN;\n\n").encode()
    yield "".join(statement + ";\n\n" for statement in ddl).encode()
    for stream in streams:
        yield (copy_statement(stream) + ";\n").encode()
        rows = 0
        for batch in stream.batches:
            if batch.num_rows:
                yield copy_text(batch, stream)
                rows += batch.num_rows
                if on_rows is not None:
                    on_rows(stream.name, rows)
        yield b"\\.\n\n"
    yield "".join(statement + ";\n" for statement in keys).encode()
    yield b"\nCOMMIT;\n"


def write_sql(streams: Sequence[TableStream], dest: BinaryIO, *,
              on_rows: OnRows | None = None) -> dict[str, int]:
    """Write the script to a binary stream; return the rows written per table."""
    written = dict.fromkeys((s.name for s in streams), 0)

    def counted(table: str, rows: int) -> None:
        written[table] = rows
        if on_rows is not None:
            on_rows(table, rows)

    dest.writelines(iter_sql(streams, on_rows=counted))
    return written


def write_sql_file(streams: Sequence[TableStream], path: str | os.PathLike[str], *,
                   on_rows: OnRows | None = None) -> dict[str, int]:
    """Write the script to `path`: whole on success, nothing (and any older file untouched) on failure."""
    names.check(streams, max_bytes=names.POSTGRES_NAME_BYTES)
    with atomic_path(path) as tmp, open(tmp, "xb") as out:
        written = write_sql(streams, out, on_rows=on_rows)
        out.flush()
        os.fsync(out.fileno())
    return written
