"""The .sql script run into a real PostgreSQL with psql, and the direct load (psycopg COPY): the tables hold the
shop's rows exactly, every FOREIGN KEY holds and is declared, types are mapped, and failures leave nothing."""

from __future__ import annotations

import decimal
import subprocess
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import psycopg
import pyarrow as pa
import pytest

from synthgen.dataset_export import iter_sql, load_postgres, write_dataset
from synthgen.errors import ExportError

from .conftest import PgServer, Shop, expected_rows, pg_tool

TYPES = {
    "customers": {"customer_id": "bigint", "name": "text", "signup_date": "date", "vip": "boolean",
                  "balance": "numeric(18,2)", "created_at": "timestamp without time zone", "select": "text"},
    "orders": {"order_id": "text", "customer_id": "bigint", "order_date": "date", "status": "text",
               "total": "numeric(18,2)", "group": "text"},
    "items": {"item_id": "bigint", "order_id": "text", "product": "text", "quantity": "integer",
              "unit_price": "numeric(18,2)", "weight": "real"},
}


def _tables(url: str) -> set[str]:
    with psycopg.connect(url) as conn:
        rows = conn.execute("select tablename from pg_tables where schemaname = 'public'").fetchall()
    return {r[0] for r in rows}


def _check_loaded(url: str, shop: Shop) -> None:
    with psycopg.connect(url) as conn:
        for table, columns in TYPES.items():
            found = dict(conn.execute(
                "select column_name, format_type(atttypid, atttypmod) from information_schema.columns c "
                "join pg_attribute a on a.attrelid = (quote_ident(c.table_name))::regclass "
                "and a.attname = c.column_name where c.table_name = %s", [table]).fetchall())
            assert found == columns, table
            got = conn.execute(f'select * from "{table}" order by 1').fetchall()
            want = sorted(expected_rows(shop, table), key=lambda r: r[0])
            if table == "items":  # REAL holds float32: compare as float32
                got = [(*r[:5], np.float32(r[5])) for r in got]
                want = [(*r[:5], np.float32(r[5])) for r in want]
            assert got == want, table
        constraints = conn.execute(
            "select conrelid::regclass::text, contype, pg_get_constraintdef(oid) from pg_constraint "
            "where connamespace = 'public'::regnamespace order by 1, 2").fetchall()
        assert ("orders", "f", "FOREIGN KEY (customer_id) REFERENCES customers(customer_id)") in constraints
        assert ("items", "f", "FOREIGN KEY (order_id) REFERENCES orders(order_id)") in constraints
        assert {(t, c) for t, c, _ in constraints if c == "p"} == {("customers", "p"), ("orders", "p"),
                                                                    ("items", "p")}
        orphans = conn.execute("select count(*) from orders o left join customers c using (customer_id) "
                               "where c.customer_id is null").fetchone()
        assert orphans == (0,)
        late = conn.execute("select count(*) from orders o join customers c using (customer_id) "
                            "where o.order_date < c.signup_date").fetchone()
        assert late == (0,)
        with pytest.raises(psycopg.errors.ForeignKeyViolation):
            conn.execute("insert into items values (999999, 'no such order', 'x', 1, 1.00, 1.0)")


def test_the_script_runs_into_postgresql_with_psql(shop: Shop, pg_db: str, tmp_path: Path) -> None:
    path = tmp_path / "shop.sql"
    assert write_dataset(shop.streams(), path) == {t: shop.tables[t].num_rows for t in shop.tables}
    psql = pg_tool("psql")
    assert psql is not None, "psql comes with Debian's postgresql"
    run = subprocess.run([str(psql), "-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", pg_db, "-f", str(path)],
                         capture_output=True, text=True, timeout=120, check=False)
    assert run.returncode == 0, run.stderr
    _check_loaded(pg_db, shop)


def test_a_failing_script_leaves_nothing(shop: Shop, pg_db: str, tmp_path: Path) -> None:
    items = shop.tables["items"]
    orphan = items.set_column(1, "order_id", pa.array(["no such order"] * items.num_rows))
    shop.tables["items"] = orphan
    path = tmp_path / "bad.sql"
    write_dataset(shop.streams(), path)
    run = subprocess.run([str(pg_tool("psql")), "-X", "-q", "-d", pg_db, "-f", str(path)],
                         capture_output=True, text=True, timeout=120, check=False)
    assert run.returncode != 0
    assert "foreign key" in run.stderr
    assert _tables(pg_db) == set()


def test_the_script_escapes_what_copy_reads_specially(shop: Shop) -> None:
    script = b"".join(iter_sql(shop.streams()))
    assert script.startswith(b"-- A dataset of 3 tables") and script.endswith(b"COMMIT;\n")
    assert b"\nBEGIN;\n" in script
    assert b'CREATE TABLE "customers"' in script and b'"select" TEXT' in script
    assert b'"balance" NUMERIC(18, 2)' in script
    body = script.split(b'COPY "orders"')[1]
    assert b"\\\\." in body and b"\\\\N" in body and b"tab\\there" in body and b"line\\nbreak" in body
    assert b"\n\\.\n" in body  # exactly one end-of-data line per table; the value "\." was escaped
    assert script.count(b"\n\\.\n") == 3


def test_load_postgres_loads_everything(shop: Shop, pg_db: str) -> None:
    seen: list[tuple[str, int]] = []
    written = load_postgres(pg_db, shop.streams(), on_rows=lambda t, n: seen.append((t, n)))
    assert written == {t: shop.tables[t].num_rows for t in shop.tables}
    assert seen[-1] == ("items", shop.tables["items"].num_rows)
    _check_loaded(pg_db, shop)


def test_an_existing_table_fails_the_load_and_is_left_as_it_was(shop: Shop, pg_db: str) -> None:
    with psycopg.connect(pg_db) as conn:
        conn.execute("create table orders (x int)")
        conn.execute("insert into orders values (42)")
    with pytest.raises(ExportError, match="table 'orders' already exists"):
        load_postgres(pg_db, shop.streams())
    assert _tables(pg_db) == {"orders"}
    with psycopg.connect(pg_db) as conn:
        assert conn.execute("select * from orders").fetchall() == [(42,)]


def test_a_bad_value_midway_rolls_everything_back(shop: Shop, pg_db: str) -> None:
    items = shop.tables["items"]
    ids = items.column("order_id").to_pylist()
    ids[-1] = "no such order"  # the very last row of the last table
    shop.tables["items"] = items.set_column(1, "order_id", pa.array(ids))
    with pytest.raises(ExportError, match=r"loading table 'items' into .* failed: .*foreign key.*rolled back"):
        load_postgres(pg_db, shop.streams())
    assert _tables(pg_db) == set()


def test_a_dropped_connection_midway_leaves_nothing(shop: Shop, pg_db: str, postgres_server: PgServer) -> None:
    db = pg_db.rsplit("/", 1)[1]

    def cut_off(table: pa.Table) -> Iterator[pa.RecordBatch]:
        yield from shop.batches(table.slice(0, 10))
        with psycopg.connect(postgres_server.url(), autocommit=True) as admin:
            admin.execute("select pg_terminate_backend(pid) from pg_stat_activity "
                          "where datname = %s and pid <> pg_backend_pid()", [db])
        yield from shop.batches(table.slice(10))

    with pytest.raises(ExportError, match=r"(lost the connection to|into) postgresql://synthgen@"):
        load_postgres(pg_db, shop.streams(orders=cut_off))
    assert _tables(pg_db) == set()


def test_an_engine_error_midway_leaves_nothing(shop: Shop, pg_db: str) -> None:
    def broken(table: pa.Table) -> Iterator[pa.RecordBatch]:
        yield from shop.batches(table.slice(0, 10))
        raise RuntimeError("the engine broke")

    with pytest.raises(RuntimeError, match="the engine broke"):
        load_postgres(pg_db, shop.streams(items=broken))
    assert _tables(pg_db) == set()


def test_money_too_large_for_numeric_is_a_clear_error(shop: Shop, pg_db: str) -> None:
    orders = shop.tables["orders"]
    totals = orders.column("total").to_pylist()
    totals[3] = 1e17
    shop.tables["orders"] = orders.set_column(4, "total", pa.array(totals))
    with pytest.raises(ExportError, match=r"table 'orders', column 'total': .*NUMERIC\(18, 2\)"):
        load_postgres(pg_db, shop.streams())
    assert _tables(pg_db) == set()


@pytest.mark.parametrize("url", ["postgresql://synthgen:s3cret@127.0.0.1:{port}/nowhere_db",
                                 "postgresql://synthgen:s3cret@127.0.0.1:1/postgres",
                                 "postgresql://synthgen:s3cret@127.0.0.1:notaport/postgres",
                                 "postgresql://synthgen:s3cret@127.0.0.1:{port}/postgres?nosuchoption=1"])
def test_a_bad_url_or_unreachable_server_is_a_clear_error_without_the_password(
        shop: Shop, postgres_server: PgServer, url: str) -> None:
    url = url.format(port=postgres_server.port)
    with pytest.raises(ExportError) as caught:
        load_postgres(url, shop.streams())
    message = str(caught.value)
    assert message.startswith("cannot connect to postgresql://synthgen:***@127.0.0.1:")
    assert "s3cret" not in message


@pytest.mark.parametrize("url", ["mysql://u:pw@host/db", "", "shop.sqlite"])
def test_a_url_that_is_not_postgresql_is_refused(shop: Shop, url: str) -> None:
    with pytest.raises(ExportError, match="a PostgreSQL URL starts with postgresql://"):
        load_postgres(url, shop.streams())


def test_decimal_values_are_exact(shop: Shop, pg_db: str) -> None:
    load_postgres(pg_db, shop.streams())
    with psycopg.connect(pg_db) as conn:
        total = conn.execute("select sum(unit_price * quantity) from items").fetchone()
    items = shop.tables["items"]
    want = sum(decimal.Decimal(repr(p)).quantize(decimal.Decimal("0.01")) * q
               for p, q in zip(items.column("unit_price").to_pylist(), items.column("quantity").to_pylist(),
                               strict=True))
    assert total == (want,)
