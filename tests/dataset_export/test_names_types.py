"""Names from users are checked and quoted; Arrow types map to each database's types; COPY text is escaped."""

from __future__ import annotations

import datetime as dt

import pyarrow as pa
import pytest

from synthgen.dataset_export import redact
from synthgen.dataset_export.cells import copy_text
from synthgen.dataset_export.names import check, quote
from synthgen.dataset_export.sqltypes import column_type, create_table
from synthgen.dataset_stream import ForeignKey, TableStream
from synthgen.errors import ExportError


def _stream(name: str = "t", schema: pa.Schema | None = None, **kw: object) -> TableStream:
    return TableStream(name, schema or pa.schema([("id", pa.int64())]), [], **kw)  # type: ignore[arg-type]


def test_quote_doubles_embedded_quotes() -> None:
    assert quote('select') == '"select"'
    assert quote('a "b"; DROP TABLE x; --') == '"a ""b""; DROP TABLE x; --"'


@pytest.mark.parametrize("streams,problem", [
    ([], "no tables"),
    ([_stream("t"), _stream("T")], "two tables named 't' and 'T'"),
    ([_stream("t", pa.schema([("a", pa.int64()), ("A", pa.int64())]))], "two columns named 'a' and 'A'"),
    ([_stream("t", primary_key="nope")], "column 'nope', which the table does not have"),
    ([_stream("t", scales={"id": 40})], "a whole number from 0 to 12"),
    ([_stream("c", foreign_keys=(ForeignKey("id", "p", "id"),)), _stream("p", primary_key="id")],
     "which comes after it"),
    ([_stream("c", foreign_keys=(ForeignKey("id", "nowhere", "id"),))], "not in the dataset"),
    ([_stream("p"), _stream("c", foreign_keys=(ForeignKey("id", "p", "id"),))], "not the primary key of 'p'"),
])
def test_names_and_links_are_checked(streams: list[TableStream], problem: str) -> None:
    with pytest.raises(ExportError, match=problem):
        check(streams)


def test_postgres_names_longer_than_63_bytes_are_refused() -> None:
    check([_stream("é" * 40)])  # 80 bytes: fine for SQLite and DuckDB
    with pytest.raises(ExportError, match="80 bytes long; PostgreSQL keeps at most 63"):
        check([_stream("é" * 40)], max_bytes=63)


def test_a_self_link_is_allowed() -> None:
    schema = pa.schema([("id", pa.int64()), ("boss", pa.int64())])
    check([_stream("staff", schema, primary_key="id", foreign_keys=(ForeignKey("boss", "staff", "id"),))])


@pytest.mark.parametrize("arrow,scale,postgres,duckdb,sqlite", [
    (pa.int64(), None, "BIGINT", "BIGINT", "INTEGER"),
    (pa.int32(), None, "INTEGER", "INTEGER", "INTEGER"),
    (pa.int16(), None, "SMALLINT", "SMALLINT", "INTEGER"),
    (pa.uint32(), None, "BIGINT", "BIGINT", "INTEGER"),
    (pa.uint64(), None, "NUMERIC(20, 0)", "UBIGINT", "INTEGER"),
    (pa.float64(), 2, "NUMERIC(18, 2)", "DECIMAL(18, 2)", "NUMERIC(18, 2)"),
    (pa.float64(), None, "DOUBLE PRECISION", "DOUBLE", "REAL"),
    (pa.float32(), None, "REAL", "REAL", "REAL"),
    (pa.decimal128(10, 3), None, "NUMERIC(10, 3)", "DECIMAL(10, 3)", "NUMERIC(10, 3)"),
    (pa.bool_(), None, "BOOLEAN", "BOOLEAN", "BOOLEAN"),
    (pa.date32(), None, "DATE", "DATE", "DATE"),
    (pa.timestamp("us"), None, "TIMESTAMP", "TIMESTAMP", "TIMESTAMP"),
    (pa.timestamp("us", "UTC"), None, "TIMESTAMP WITH TIME ZONE", "TIMESTAMPTZ", "TIMESTAMP WITH TIME ZONE"),
    (pa.string(), None, "TEXT", "VARCHAR", "TEXT"),
    (pa.dictionary(pa.int32(), pa.string()), None, "TEXT", "VARCHAR", "TEXT"),
])
def test_types_map_per_database(arrow: pa.DataType, scale: int | None, postgres: str, duckdb: str,
                                sqlite: str) -> None:
    field = pa.field("x", arrow)
    assert [column_type(field, scale, d, "t") for d in ("postgres", "duckdb", "sqlite")] == [postgres, duckdb,
                                                                                            sqlite]


def test_a_type_no_table_holds_is_a_clear_error() -> None:
    with pytest.raises(ExportError, match=r"table 't', column 'tags' has type list<item: string>"):
        column_type(pa.field("tags", pa.list_(pa.string())), None, "postgres", "t")


def test_create_table_declares_keys_links_and_not_null_key() -> None:
    schema = pa.schema([("order id", pa.string()), ("customer", pa.int64())])
    ddl = create_table(_stream("my orders", schema, primary_key="order id",
                               foreign_keys=(ForeignKey("customer", "customers", "id"),)), "postgres")
    assert ddl == ('CREATE TABLE "my orders" (\n  "order id" TEXT NOT NULL,\n  "customer" BIGINT,\n'
                   '  PRIMARY KEY ("order id"),\n  FOREIGN KEY ("customer") REFERENCES "customers" ("id")\n)')


def test_copy_text_escapes_and_spells_each_type() -> None:
    schema = pa.schema([("s", pa.string()), ("d", pa.date32()), ("t", pa.timestamp("us")), ("b", pa.bool_()),
                        ("m", pa.float64()), ("f", pa.float64())])
    batch = pa.record_batch([
        pa.array(["a\tb\\c\nd\re", None, "\\.", "日本"]),
        pa.array([dt.date(2024, 5, 1), None, None, None], pa.date32()),
        pa.array([dt.datetime(2024, 5, 1, 13, 45), dt.datetime(2024, 5, 1, 13, 45, 0, 250_000), None, None]),
        pa.array([True, False, None, True]),
        pa.array([12.5, 0.1 + 0.2, float("nan"), None]),
        pa.array([0.1, float("inf"), 1e20, None]),
    ], schema=schema)
    text = copy_text(batch, TableStream("t", schema, [], scales={"m": 2}))
    assert text.decode().split("\n") == [
        "a\\tb\\\\c\\nd\\re\t2024-05-01\t2024-05-01 13:45:00\tt\t12.50\t0.1",
        "\\N\t\\N\t2024-05-01 13:45:00.250000\tf\t0.30\t\\N",
        "\\\\.\t\\N\t\\N\t\\N\t\\N\t1e+20",
        "日本\t\\N\t\\N\tt\t\\N\t\\N",
        "",
    ]


def test_copy_text_refuses_nul() -> None:
    schema = pa.schema([("s", pa.string())])
    with pytest.raises(ExportError, match="table 't', column 's': a value holds a NUL character"):
        copy_text(pa.record_batch([pa.array(["a\x00b"])], schema=schema), TableStream("t", schema, []))


@pytest.mark.parametrize("url,shown", [
    ("postgresql://me:s3cret@db.example:5432/shop", "postgresql://me:***@db.example:5432/shop"),
    ("postgresql://me:p@ss@host/db", "postgresql://me:***@host/db"),
    ("postgresql://me@host/db?password=s3cret&sslmode=require", "postgresql://me@host/db?password=***&sslmode=require"),
    ("postgresql://host/db", "postgresql://host/db"),
    ("host=h password=s3cret", "host=h password=***"),
])
def test_redact_hides_the_password(url: str, shown: str) -> None:
    assert redact(url) == shown


def test_a_missing_postgresql_skips_locally_and_fails_in_ci(monkeypatch: pytest.MonkeyPatch) -> None:
    from .conftest import postgres_missing

    monkeypatch.delenv("SYNTHGEN_REQUIRE_POSTGRES", raising=False)
    with pytest.raises(pytest.skip.Exception, match="PostgreSQL is not installed"):
        postgres_missing()
    monkeypatch.setenv("SYNTHGEN_REQUIRE_POSTGRES", "1")
    with pytest.raises(pytest.fail.Exception, match="SYNTHGEN_REQUIRE_POSTGRES=1"):
        postgres_missing()
