"""The SQLite and DuckDB files, opened with their own engines: rows, declared types, keys, links enforced."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import duckdb
import numpy as np
import pyarrow as pa
import pytest

from synthgen.dataset_export import write_dataset
from synthgen.errors import ExportError

from .conftest import Shop, expected_rows


def _sqlite_expected(shop: Shop, table: str) -> list[tuple[object, ...]]:
    """SQLite's own spellings: dates and times as ISO text, booleans 0/1, NUMERIC as the rounded number."""
    out = []
    for row in expected_rows(shop, table):
        cells: list[object] = []
        for v in row:
            if isinstance(v, dt.datetime):
                v = v.isoformat(sep=" ")
            elif isinstance(v, dt.date):
                v = v.isoformat()
            elif isinstance(v, bool):
                v = int(v)
            elif v is not None and not isinstance(v, (int, float, str)):  # Decimal
                v = float(v)
            cells.append(v)
        out.append(tuple(cells))
    return out


def test_sqlite_file_holds_the_rows_types_and_links(shop: Shop, tmp_path: Path) -> None:
    path = tmp_path / "shop.sqlite"
    assert write_dataset(shop.streams(), path) == {t: shop.tables[t].num_rows for t in shop.tables}
    con = sqlite3.connect(path)
    declared = {r[1]: r[2] for r in con.execute('PRAGMA table_info("customers")')}
    assert declared == {"customer_id": "INTEGER", "name": "TEXT", "signup_date": "DATE", "vip": "BOOLEAN",
                        "balance": "NUMERIC(18, 2)", "created_at": "TIMESTAMP", "select": "TEXT"}
    for table in shop.tables:
        got = con.execute(f'SELECT * FROM "{table}" ORDER BY rowid').fetchall()
        want = _sqlite_expected(shop, table)
        if table == "items":
            got = [(*r[:5], np.float32(r[5])) for r in got]
            want = [(*r[:5], np.float32(r[5])) for r in want]
        assert got == want, table
    assert con.execute("PRAGMA foreign_key_check").fetchall() == []
    links = {(r[2], r[3], r[4]) for t in shop.tables for r in con.execute(f'PRAGMA foreign_key_list("{t}")')}
    assert links == {("customers", "customer_id", "customer_id"), ("orders", "order_id", "order_id")}
    assert con.execute("SELECT date(signup_date, '+1 day') FROM customers WHERE customer_id = 1").fetchone()[0]
    con.execute("PRAGMA foreign_keys=ON")
    with pytest.raises(sqlite3.IntegrityError, match="FOREIGN KEY"):
        con.execute("INSERT INTO orders (order_id, customer_id) VALUES ('x', 999999)")
    with pytest.raises(sqlite3.IntegrityError):
        con.execute("INSERT INTO customers (customer_id) VALUES (1)")  # the key is unique
    con.close()


def test_duckdb_file_holds_the_rows_types_and_links(shop: Shop, tmp_path: Path) -> None:
    path = tmp_path / "shop.duckdb"
    assert write_dataset(shop.streams(), path) == {t: shop.tables[t].num_rows for t in shop.tables}
    con = duckdb.connect(str(path), read_only=True)
    declared = {r[0]: r[1] for r in con.execute("DESCRIBE customers").fetchall()}
    assert declared == {"customer_id": "BIGINT", "name": "VARCHAR", "signup_date": "DATE", "vip": "BOOLEAN",
                        "balance": "DECIMAL(18,2)", "created_at": "TIMESTAMP", "select": "VARCHAR"}
    assert {r[0]: r[1] for r in con.execute("DESCRIBE items").fetchall()}["weight"] == "FLOAT"
    for table in shop.tables:
        got = con.execute(f'SELECT * FROM "{table}" ORDER BY rowid').fetchall()
        assert got == expected_rows(shop, table), table
    constraints = con.execute("SELECT table_name, constraint_type FROM duckdb_constraints() "
                              "WHERE constraint_type IN ('PRIMARY KEY', 'FOREIGN KEY')").fetchall()
    assert sorted(constraints) == [("customers", "PRIMARY KEY"), ("items", "FOREIGN KEY"),
                                   ("items", "PRIMARY KEY"), ("orders", "FOREIGN KEY"), ("orders", "PRIMARY KEY")]
    con.close()
    con = duckdb.connect(str(path))
    with pytest.raises(duckdb.ConstraintException, match="foreign key"):
        con.execute("INSERT INTO orders (order_id, customer_id) VALUES ('x', 999999)")
    con.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["shop.duckdb"]  # no .wal or temp file left


@pytest.mark.parametrize("name", ["shop.sqlite", "shop.duckdb", "shop.sql", "shop.zip"])
def test_a_failure_midway_leaves_no_file_and_an_older_one_untouched(shop: Shop, tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(b"the older file")

    def broken(table: pa.Table) -> Iterator[pa.RecordBatch]:
        yield from shop.batches(table.slice(0, 10))
        raise RuntimeError("the engine broke")

    with pytest.raises(RuntimeError, match="the engine broke"):
        write_dataset(shop.streams(items=broken), path)
    assert path.read_bytes() == b"the older file"
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]


@pytest.mark.parametrize("name", ["shop.sqlite", "shop.duckdb"])
def test_a_broken_link_in_the_rows_is_an_error_and_no_file(shop: Shop, tmp_path: Path, name: str) -> None:
    items = shop.tables["items"]
    ids = items.column("order_id").to_pylist()
    ids[-1] = "no such order"
    shop.tables["items"] = items.set_column(1, "order_id", pa.array(ids))
    with pytest.raises(ExportError, match="table 'items'"):
        write_dataset(shop.streams(), tmp_path / name)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("name", ["shop.sqlite", "shop.duckdb"])
def test_a_repeated_key_is_an_error(shop: Shop, tmp_path: Path, name: str) -> None:
    customers = shop.tables["customers"]
    ids = customers.column("customer_id").to_pylist()
    ids[-1] = ids[0]
    shop.tables["customers"] = customers.set_column(0, "customer_id", pa.array(ids, pa.int64()))
    shop.tables["orders"] = shop.tables["orders"].filter(pa.compute.not_equal(
        shop.tables["orders"].column("customer_id"), len(ids)))
    shop.tables["items"] = shop.tables["items"].slice(0, 0)
    with pytest.raises(ExportError, match="customers"):
        write_dataset(shop.streams(), tmp_path / name)
    assert list(tmp_path.iterdir()) == []
