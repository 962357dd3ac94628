"""iter_dataset: every target as bytes for a response; SQLite and DuckDB built first, their temp folder gone."""

from __future__ import annotations

import io
import sqlite3
import zipfile
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pyarrow as pa
import pytest

from synthgen.dataset_export import iter_dataset
from synthgen.errors import ExportError

from .conftest import Shop


@pytest.mark.parametrize("target", ["sqlite", "duckdb"])
def test_database_files_stream_whole_and_leave_nothing(shop: Shop, tmp_path: Path, target: str) -> None:
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    data = b"".join(iter_dataset(shop.streams(), target, tmp_dir=scratch))
    assert list(scratch.iterdir()) == []
    copy = tmp_path / f"got.{target}"
    copy.write_bytes(data)
    if target == "sqlite":
        count = sqlite3.connect(copy).execute("SELECT count(*) FROM items").fetchone()
    else:
        count = duckdb.connect(str(copy), read_only=True).execute("SELECT count(*) FROM items").fetchone()
    assert count == (shop.tables["items"].num_rows,)


def test_a_database_failure_is_raised_before_any_byte(shop: Shop, tmp_path: Path) -> None:
    def broken(table: pa.Table) -> Iterator[pa.RecordBatch]:
        yield from shop.batches(table.slice(0, 10))
        raise RuntimeError("the engine broke")

    with pytest.raises(RuntimeError, match="the engine broke"):
        iter_dataset(shop.streams(items=broken), "sqlite", tmp_dir=tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_a_reader_that_stops_early_still_deletes_the_file(shop: Shop, tmp_path: Path) -> None:
    chunks = iter_dataset(shop.streams(), "duckdb", tmp_dir=tmp_path)
    assert next(chunks)
    chunks.close()
    assert list(tmp_path.iterdir()) == []


def test_zip_and_sql_stream_as_made(shop: Shop) -> None:
    zf = zipfile.ZipFile(io.BytesIO(b"".join(iter_dataset(shop.streams(), "zip", table_format="jsonl"))))
    assert zf.namelist() == ["customers.jsonl", "orders.jsonl", "items.jsonl"]
    assert b"".join(iter_dataset(shop.streams(), "sql")).endswith(b"COMMIT;\n")
    with pytest.raises(ExportError, match="unknown dataset target 'xlsx'"):
        iter_dataset(shop.streams(), "xlsx")
