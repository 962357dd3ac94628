"""Types beyond the shop's, and an empty table, through every database: zoned timestamps, times, small and
unsigned integers, Arrow decimals, a column of nothing but nulls."""

from __future__ import annotations

import datetime as dt
import decimal
import sqlite3
from pathlib import Path

import duckdb
import psycopg
import pyarrow as pa
import pytest

from synthgen.dataset_export import load_postgres, write_dataset
from synthgen.dataset_stream import TableStream
from synthgen.errors import ExportError

UTC = dt.UTC
SCHEMA = pa.schema([("id", pa.int8()), ("at", pa.timestamp("ms", "UTC")), ("clock", pa.time64("us")),
                    ("big", pa.uint64()), ("exact", pa.decimal128(10, 3)), ("nothing", pa.null()),
                    ("ratio", pa.float32())])
ROWS = [
    (1, dt.datetime(2024, 5, 1, 13, 45, 0, 500_000, tzinfo=UTC), dt.time(13, 45), 2**63 + 5,
     decimal.Decimal("1234567.891"), None, 0.5),
    (2, None, dt.time(0, 0, 1, 250), 0, decimal.Decimal("-0.001"), None, None),
]


def _streams() -> list[TableStream]:
    batch = pa.RecordBatch.from_arrays([pa.array(list(c), t) for c, t in zip(zip(*ROWS, strict=True),
                                                                              SCHEMA.types, strict=True)],
                                       schema=SCHEMA)
    empty = pa.schema([("id", pa.int64()), ("label", pa.string())])
    return [TableStream("odd", SCHEMA, [batch], "id"), TableStream("empty", empty, [], "id")]


def test_postgres_holds_other_types(pg_db: str) -> None:
    assert load_postgres(pg_db, _streams()) == {"odd": 2, "empty": 0}
    with psycopg.connect(pg_db) as conn:
        got = conn.execute("select * from odd order by id").fetchall()
        types = conn.execute("select data_type from information_schema.columns where table_name = 'odd' "
                             "order by ordinal_position").fetchall()
        assert conn.execute("select count(*) from empty").fetchone() == (0,)
    assert [t[0] for t in types] == ["smallint", "timestamp with time zone", "time without time zone", "numeric",
                                     "numeric", "text", "real"]
    assert [(r[0], r[1], r[2], r[3], r[4], r[5], r[6]) for r in got] == [
        (1, ROWS[0][1], ROWS[0][2], decimal.Decimal(2**63 + 5), ROWS[0][4], None, 0.5),
        (2, None, ROWS[1][2], decimal.Decimal(0), ROWS[1][4], None, None)]


def test_duckdb_holds_other_types(tmp_path: Path) -> None:
    write_dataset(_streams(), tmp_path / "odd.duckdb")
    con = duckdb.connect(str(tmp_path / "odd.duckdb"), read_only=True)
    assert [r[1] for r in con.execute("DESCRIBE odd").fetchall()] == [
        "SMALLINT", "TIMESTAMP WITH TIME ZONE", "TIME", "UBIGINT", "DECIMAL(10,3)", "VARCHAR", "FLOAT"]
    got = con.execute('SELECT id, epoch_ms("at"), clock, big, exact, nothing, ratio FROM odd ORDER BY id').fetchall()
    assert got == [(1, 1714571100500, ROWS[0][2], 2**63 + 5, ROWS[0][4], None, 0.5),
                   (2, None, ROWS[1][2], 0, ROWS[1][4], None, None)]
    assert con.execute("SELECT count(*) FROM empty").fetchone() == (0,)


def test_sqlite_refuses_an_integer_beyond_its_range(tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="table .odd.: an integer is too large for SQLite"):
        write_dataset(_streams(), tmp_path / "odd.sqlite")
    assert list(tmp_path.iterdir()) == []


def test_sqlite_holds_other_types(tmp_path: Path) -> None:
    streams = _streams()
    schema = SCHEMA.remove(SCHEMA.get_field_index("big"))
    batch = next(iter(streams[0].batches)).drop_columns(["big"])
    write_dataset([TableStream("odd", schema, [batch], "id"), streams[1]], tmp_path / "odd.sqlite")
    con = sqlite3.connect(tmp_path / "odd.sqlite")
    assert con.execute("SELECT * FROM odd ORDER BY id").fetchall() == [
        (1, "2024-05-01 13:45:00.500Z", "13:45:00", 1234567.891, None, 0.5),
        (2, None, "00:00:01.000250", -0.001, None, None)]
