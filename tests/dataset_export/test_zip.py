"""The zip of per-table files: one member per table in order, each reading back as the table; streamed table by
table (a table's batches are made only when the one before is done, bytes leave before a table is complete)."""

from __future__ import annotations

import csv
import io
import json
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from synthgen.dataset_export import iter_zip, write_dataset, write_zip
from synthgen.errors import ExportError

from .conftest import Shop, make_shop


def _zip(shop: Shop, fmt: str) -> zipfile.ZipFile:
    buf = io.BytesIO()
    write_zip(shop.streams(), fmt, buf)
    return zipfile.ZipFile(io.BytesIO(buf.getvalue()))


def test_parquet_members_read_back_equal(shop: Shop) -> None:
    zf = _zip(shop, "parquet")
    assert zf.namelist() == ["customers.parquet", "orders.parquet", "items.parquet"]
    assert zf.testzip() is None
    for name, table in shop.tables.items():
        back = pq.read_table(io.BytesIO(zf.read(f"{name}.parquet")))
        assert back.schema.equals(table.schema), name
        assert repr(back.to_pydict()) == repr(table.to_pydict()), name  # repr: NaN equals NaN
    assert {i.compress_type for i in zf.infolist()} == {zipfile.ZIP_STORED}  # Parquet is compressed already


def test_csv_members_hold_every_awkward_string(shop: Shop) -> None:
    zf = _zip(shop, "csv")
    assert zf.namelist() == ["customers.csv", "orders.csv", "items.csv"]
    assert {i.compress_type for i in zf.infolist()} == {zipfile.ZIP_DEFLATED}
    rows = list(csv.reader(io.StringIO(zf.read("orders.csv").decode(), newline="")))
    assert rows[0] == ["order_id", "customer_id", "order_date", "status", "total", "group"]
    want = shop.tables["orders"].column("group").to_pylist()
    got = [r[5] for r in rows[1:]]
    # safe_csv (the default) guards formula cells with a leading quote, as every CSV export does
    assert got == ["'" + v if v.startswith("=") else v for v in want]
    assert len(rows) - 1 == shop.tables["orders"].num_rows


@pytest.mark.parametrize("fmt", ["json", "jsonl"])
def test_json_members_read_back(shop: Shop, fmt: str) -> None:
    zf = _zip(shop, fmt)
    text = zf.read(f"customers.{fmt}").decode()
    records = json.loads(text) if fmt == "json" else [json.loads(line) for line in text.splitlines()]
    table = shop.tables["customers"]
    assert [r["name"] for r in records] == table.column("name").to_pylist()
    assert records[3]["balance"] is None  # NaN has no JSON spelling
    assert records[0]["signup_date"] == table.column("signup_date")[0].as_py().isoformat()


def test_the_zip_is_streamed_table_by_table() -> None:
    big = make_shop(customers=20_000)
    big.batch_rows = 500
    events: list[str] = []

    def watched(name: str) -> Callable[[pa.Table], Iterator[pa.RecordBatch]]:
        def batches(table: pa.Table) -> Iterator[pa.RecordBatch]:
            for batch in big.batches(table):
                events.append(f"{name} block")
                yield batch
            events.append(f"{name} done")
        return batches

    chunks = iter_zip(big.streams(**{n: watched(n) for n in big.tables}), "csv")
    early = b""
    for chunk in chunks:
        early += chunk
        if len(early) > 100_000:
            break
    assert "customers done" not in events  # 100 kB left before the first table was even all made
    assert events.count("customers block") < 40
    data = early + b"".join(chunks)
    assert events.index("customers done") < events.index("orders block")
    assert events.index("orders done") < events.index("items block")
    zf = zipfile.ZipFile(io.BytesIO(data))
    assert zf.testzip() is None
    assert len(zf.read("items.csv").splitlines()) == big.tables["items"].num_rows + 1


def test_the_same_dataset_makes_the_same_bytes(shop: Shop, tmp_path: Path) -> None:
    a, b = tmp_path / "a.zip", tmp_path / "b.zip"
    write_dataset(shop.streams(), a, table_format="parquet")
    write_dataset(shop.streams(), b, table_format="parquet")
    assert a.read_bytes() == b.read_bytes()
    assert b"".join(iter_zip(shop.streams(), "jsonl")) == b"".join(iter_zip(shop.streams(), "jsonl"))


@pytest.mark.parametrize("table,problem", [("../etc/passwd", "must not hold"), ("a/b", "must not hold"),
                                           ("..", "must not hold"), ("", "non-empty"), ("new\nline", "control")])
def test_a_table_name_that_cannot_be_a_file_is_refused_before_any_byte(
        shop: Shop, tmp_path: Path, table: str, problem: str) -> None:
    streams = shop.streams()
    streams[0] = type(streams[0])(table, streams[0].arrow_schema, streams[0].batches, "customer_id")
    with pytest.raises(ExportError, match=problem):
        write_dataset(streams[:1], tmp_path / "shop.zip")
    assert list(tmp_path.iterdir()) == []


def test_unknown_table_format_and_unknown_target(shop: Shop, tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="unknown format 'xlsx'.*csv, json, jsonl, parquet"):
        write_dataset(shop.streams(), tmp_path / "shop.zip", table_format="xlsx")
    with pytest.raises(ExportError, match=r"cannot tell what to write to .*shop\.xlsx.*\.duckdb"):
        write_dataset(shop.streams(), tmp_path / "shop.xlsx")
    with pytest.raises(ExportError, match="does not exist"):
        write_dataset(shop.streams(), tmp_path / "missing" / "shop.zip")
    assert list(tmp_path.iterdir()) == []
