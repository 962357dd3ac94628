"""Arrow column types -> SQL column types for PostgreSQL, DuckDB and SQLite, and the CREATE TABLE statements.

| Arrow                         | PostgreSQL          | DuckDB        | SQLite (declared, for its affinity) |
| int8 / int16 (uint8)          | SMALLINT            | SMALLINT      | INTEGER                             |
| int32 (uint16)                | INTEGER             | INTEGER       | INTEGER                             |
| int64 (uint32)                | BIGINT              | BIGINT        | INTEGER (an INTEGER PRIMARY KEY is the rowid) |
| uint64                        | NUMERIC(20, 0)      | UBIGINT       | INTEGER                             |
| float with a `scales` entry s | NUMERIC(18, s)      | DECIMAL(18, s)| NUMERIC(18, s)                      |
| float32 / float64             | REAL / DOUBLE PRECISION | REAL / DOUBLE | REAL                            |
| decimal128(p, s)              | NUMERIC(p, s)       | DECIMAL(p, s) | NUMERIC(p, s)                       |
| bool                          | BOOLEAN             | BOOLEAN       | BOOLEAN (0 / 1)                     |
| date32 / date64               | DATE                | DATE          | DATE (text 2024-05-01)              |
| timestamp (with a zone)       | TIMESTAMP (WITH TIME ZONE) | TIMESTAMP (TIMESTAMPTZ) | as PostgreSQL (text) |
| time                          | TIME                | TIME          | TIME (text)                         |
| string, large_string, dictionary of strings, null | TEXT | VARCHAR | TEXT                            |

A primary key column is NOT NULL too (SQLite would let a NULL key in otherwise).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

import pyarrow as pa

from ..dataset_stream import ForeignKey, TableStream
from ..errors import ExportError
from .names import quote

Dialect = Literal["postgres", "duckdb", "sqlite"]
MONEY_PRECISION = 18  # digits of a NUMERIC made for a float column with a scale


def column_type(field: pa.Field, scale: int | None, dialect: Dialect, table: str) -> str:
    """The SQL type of one column; ExportError naming the table and column for a type no table can hold."""
    t = field.type
    if pa.types.is_dictionary(t):
        t = t.value_type
    if pa.types.is_floating(t) and scale is not None:
        return _numeric(MONEY_PRECISION, scale, dialect)
    found = _simple(t, dialect)
    if found is None:
        raise ExportError(f"table {table!r}, column {field.name!r} has type {t}, which a {_TITLE[dialect]} "
                          "table cannot hold")
    return found


def _numeric(precision: int, scale: int, dialect: Dialect) -> str:
    return f"{'DECIMAL' if dialect == 'duckdb' else 'NUMERIC'}({precision}, {scale})"


def _simple(t: pa.DataType, dialect: Dialect) -> str | None:
    if pa.types.is_boolean(t):
        return "BOOLEAN"
    if pa.types.is_integer(t):
        return _integer(t, dialect)
    if pa.types.is_floating(t):
        if dialect == "sqlite" or t.bit_width <= 32:
            return "REAL"
        return "DOUBLE" if dialect == "duckdb" else "DOUBLE PRECISION"
    if pa.types.is_decimal(t):
        return _numeric(t.precision, t.scale, dialect) if t.precision <= 38 else None
    if pa.types.is_date(t):
        return "DATE"
    if pa.types.is_timestamp(t):
        if t.tz is None:
            return "TIMESTAMP"
        return "TIMESTAMPTZ" if dialect == "duckdb" else "TIMESTAMP WITH TIME ZONE"
    if pa.types.is_time(t):
        return "TIME"
    if (pa.types.is_string(t) or pa.types.is_large_string(t) or pa.types.is_string_view(t)
            or pa.types.is_null(t)):
        return "VARCHAR" if dialect == "duckdb" else "TEXT"
    return None


def _integer(t: pa.DataType, dialect: Dialect) -> str:
    if dialect == "sqlite":
        return "INTEGER"
    bits = t.bit_width + (0 if pa.types.is_signed_integer(t) else 8)  # unsigned needs the next size up
    if bits <= 16:
        return "SMALLINT"
    if bits <= 32:
        return "INTEGER"
    if bits <= 64:
        return "BIGINT"
    return "UBIGINT" if dialect == "duckdb" else "NUMERIC(20, 0)"


def create_table(stream: TableStream, dialect: Dialect, *, keys: bool = True) -> str:
    """CREATE TABLE with every column typed, the PRIMARY KEY and each FOREIGN KEY (parents exist already).
    keys=False leaves the keys and links to `add_keys`, after the rows are in (PostgreSQL checks a link for the
    whole table in one pass then, several times faster than row by row; pg_dump does the same)."""
    lines = []
    for field in stream.arrow_schema:
        line = f"  {quote(field.name)} {column_type(field, stream.scales.get(field.name), dialect, stream.name)}"
        if field.name == stream.primary_key:
            line += " NOT NULL"
        lines.append(line)
    if keys and stream.primary_key is not None:
        lines.append(f"  PRIMARY KEY ({quote(stream.primary_key)})")
    if keys:
        lines += [f"  {_link(fk)}" for fk in stream.foreign_keys]
    return f"CREATE TABLE {quote(stream.name)} (\n" + ",\n".join(lines) + "\n)"


def _link(fk: ForeignKey) -> str:
    return f"FOREIGN KEY ({quote(fk.column)}) REFERENCES {quote(fk.table)} ({quote(fk.ref_column)})"


def add_keys(streams: Sequence[TableStream]) -> list[tuple[str, str]]:
    """(table, ALTER TABLE statement) adding every PRIMARY KEY, then every FOREIGN KEY (a link needs its
    parent's key first)."""
    keys = [(s.name, f"ALTER TABLE {quote(s.name)} ADD PRIMARY KEY ({quote(s.primary_key)})")
            for s in streams if s.primary_key is not None]
    links = [(s.name, f"ALTER TABLE {quote(s.name)} ADD {_link(fk)}") for s in streams for fk in s.foreign_keys]
    return keys + links


def column_list(stream: TableStream) -> str:
    return ", ".join(quote(name) for name in stream.arrow_schema.names)


_TITLE = {"postgres": "PostgreSQL", "duckdb": "DuckDB", "sqlite": "SQLite"}
