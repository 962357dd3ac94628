"""Checks a dataset's table and column names and links before any byte is written, and quotes them for SQL.

Names come from users (a schema file, a sentence, an LLM), so every writer calls `check` first: a name that
cannot be a file inside a zip or an SQL identifier, two names that a database would take for one, or a link
to a table not yet written is an ExportError naming the table, the column and the rule.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..dataset_stream import TableStream
from ..errors import ExportError

POSTGRES_NAME_BYTES = 63  # PostgreSQL cuts longer identifiers (NAMEDATALEN - 1): two names could become one
_FILE_FORBIDDEN = set('/\\:*?"<>|')


def quote(name: str) -> str:
    """An SQL identifier in double quotes, embedded quotes doubled: safe for any name `check` accepted."""
    return '"' + name.replace('"', '""') + '"'


def check(streams: Sequence[TableStream], *, max_bytes: int | None = None, file_names: bool = False) -> None:
    """Raise ExportError unless every name and link can be written. max_bytes: the longest identifier (UTF-8
    bytes) the target keeps; file_names: table names also become file names (a zip's members)."""
    if not streams:
        raise ExportError("the dataset has no tables to write")
    seen: dict[str, str] = {}
    for stream in streams:
        where = f"table {stream.name!r}"
        _check_name(stream.name, where, max_bytes)
        if file_names:
            _check_file_name(stream.name)
        other = seen.get(stream.name.casefold())
        if other is not None:
            raise ExportError(f"{where}: the dataset has two tables named {other!r} and {stream.name!r} "
                              "(databases and file systems do not tell case apart)")
        seen[stream.name.casefold()] = stream.name
        _check_columns(stream, max_bytes)
        _check_links(stream, {s.name: s for s in streams}, set(seen.values()))


def _check_name(name: object, where: str, max_bytes: int | None) -> None:
    if not isinstance(name, str) or not name.strip():
        raise ExportError(f"{where}: a name must be non-empty text")
    if any(ord(c) < 0x20 or ord(c) == 0x7F for c in name):
        raise ExportError(f"{where}: a name must not hold control characters (tab, newline, NUL, ...)")
    if max_bytes is not None and len(name.encode()) > max_bytes:
        raise ExportError(f"{where}: the name is {len(name.encode())} bytes long; PostgreSQL keeps at most "
                          f"{max_bytes} bytes of a name")


def _check_file_name(name: str) -> None:
    bad = sorted(_FILE_FORBIDDEN.intersection(name))
    if bad or name in (".", "..") or name != name.strip() or name.endswith("."):
        shown = f" (it holds {' '.join(bad)})" if bad else ""
        raise ExportError(f"table {name!r}: the name becomes a file name in the zip, so it must not hold "
                          f"/ \\ : * ? \" < > |, start or end with a space, or end with a dot{shown}")


def _check_columns(stream: TableStream, max_bytes: int | None) -> None:
    names = list(stream.arrow_schema.names)
    if not names:
        raise ExportError(f"table {stream.name!r} has no columns")
    seen: dict[str, str] = {}
    for name in names:
        where = f"table {stream.name!r}, column {name!r}"
        _check_name(name, where, max_bytes)
        other = seen.get(name.casefold())
        if other is not None:
            raise ExportError(f"table {stream.name!r} has two columns named {other!r} and {name!r} "
                              "(databases do not tell case apart)")
        seen[name.casefold()] = name
    for column in (stream.primary_key, *(fk.column for fk in stream.foreign_keys), *stream.scales):
        if column is not None and column not in names:
            raise ExportError(f"table {stream.name!r}: the key, link or scale names column {column!r}, "
                              f"which the table does not have (it has {', '.join(map(repr, names))})")
    for column, scale in stream.scales.items():
        if not isinstance(scale, int) or isinstance(scale, bool) or not 0 <= scale <= 12:
            raise ExportError(f"table {stream.name!r}, column {column!r}: a scale (decimal places) must be a "
                              f"whole number from 0 to 12, not {scale!r}")


def _check_links(stream: TableStream, tables: dict[str, TableStream], written: set[str]) -> None:
    for fk in stream.foreign_keys:
        where = f"table {stream.name!r}, column {fk.column!r}"
        target = tables.get(fk.table)
        if target is None:
            raise ExportError(f"{where} links to table {fk.table!r}, which is not in the dataset")
        if fk.table not in written:
            raise ExportError(f"{where} links to table {fk.table!r}, which comes after it; a parent table must "
                              "be written before its children")
        if target.primary_key != fk.ref_column:
            raise ExportError(f"{where} links to {fk.table}.{fk.ref_column}, which is not the primary key of "
                              f"{fk.table!r} ({target.primary_key or 'it has none'})")
