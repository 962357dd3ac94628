"""Several related tables through the Python API: synthgen.generate gives a dict of DataFrames, `rows` sets the first
table, and the limits (rows, bytes, unique capacity) hold for the whole dataset, naming the table, before any row."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

import synthgen
from synthgen.errors import CapacityError, LimitError, SchemaError
from synthgen.pipeline import Limits, Request, start, start_dataset

SHOP = Path(__file__).resolve().parent / "data" / "shop.json"


def shop() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(SHOP.read_text(encoding="utf-8"))
    return data


def test_generate_gives_a_frame_per_table() -> None:
    made = synthgen.generate(shop(), rows=40, seed=3)
    assert isinstance(made, dict) and list(made) == ["customers", "products", "orders", "items"]
    assert all(isinstance(f, pd.DataFrame) for f in made.values())
    assert len(made["customers"]) == 40 and len(made["products"]) == 50  # rows: the first table; others their own
    assert made["orders"]["customer_id"].isin(made["customers"]["customer_id"]).all()
    again = synthgen.generate(json.dumps(shop()), rows=40, seed=3)
    assert isinstance(again, dict) and all(again[n].equals(made[n]) for n in made)


def test_without_rows_the_first_table_keeps_its_own(tmp_path: Path) -> None:
    path = tmp_path / "shop.json"
    path.write_text(json.dumps(shop()), encoding="utf-8")
    made = synthgen.generate(path, seed=1)
    assert isinstance(made, dict) and len(made["customers"]) == 500


def test_a_locale_applies_to_every_table() -> None:
    job = start_dataset(shop(), 5, seed=1, locale="fr_FR")
    assert job.dataset.locale == "fr_FR" and job.table_rows["customers"] == 5


def test_a_one_table_schema_is_unchanged() -> None:
    plain = {"columns": [{"name": "email", "provider": "email"}, {"name": "n", "provider": "random_int"}]}
    frame = synthgen.generate(plain, rows=25, seed=9)
    assert isinstance(frame, pd.DataFrame) and len(frame) == 25
    assert frame.equals(start(Request(schema=plain, rows=25, seed=9)).to_pandas())
    assert len(synthgen.generate(plain, seed=9)) == 1000  # rows' default is as before


def test_too_many_rows_in_all_names_the_table_that_passes_the_limit() -> None:
    # 2,000 customers, about 3,000 orders, about 9,000 items: the limit of 10,000 is passed at items
    with pytest.raises(LimitError) as caught:
        start_dataset(shop(), 2_000, seed=1, limits=Limits(rows=10_000))
    assert "table 'items'" in caught.value.detail and "10,000" in caught.value.detail
    assert caught.value.field == "tables.items"
    with pytest.raises(LimitError, match="table 'orders'"):
        start_dataset(shop(), 2_000, seed=1, limits=Limits(rows=4_000))
    with pytest.raises(LimitError, match="rows is 20,000; the limit is 10,000"):
        start_dataset(shop(), 20_000, seed=1, limits=Limits(rows=10_000))
    assert start_dataset(shop(), 1_000, seed=1, limits=Limits(rows=10_000)).table_rows["items"] > 3_000


def test_too_many_bytes_in_all_names_the_table_that_passes_the_limit() -> None:
    with pytest.raises(LimitError) as caught:
        start_dataset(shop(), 2_000, seed=1, limits=Limits(bytes=300_000))
    assert "table 'orders'" in caught.value.detail and "300.0 kB" in caught.value.detail
    assert caught.value.field == "tables.orders" and caught.value.limit == 300_000


def test_a_unique_column_too_small_for_its_table_names_the_table() -> None:
    data = shop()
    data["tables"][1]["columns"][0]["args"]["text"] = "SKU-#"  # ten values for 50 products
    with pytest.raises(CapacityError, match="table 'products': column 'sku'"):
        start_dataset(data, 10, seed=1)


def test_the_new_names_are_public() -> None:
    for name in ("Dataset", "TableSpec", "TableColumn", "Per", "Ref", "parse_dataset", "start_dataset", "DatasetJob",
                 "TableStream", "ForeignKey"):
        assert name in synthgen.__all__ and getattr(synthgen, name) is not None
    streams = start_dataset(shop(), 3, seed=1).streams()
    assert all(isinstance(s, synthgen.TableStream) for s in streams)


def test_a_seed_out_of_range_is_refused() -> None:
    for seed in (-1, 2**63):
        with pytest.raises(SchemaError, match="seed must be a whole number between 0 and"):
            start_dataset(shop(), 3, seed=seed)
    assert start_dataset(shop(), 3, seed=2**63 - 1).table_rows["customers"] == 3


def test_the_one_table_sequencer_says_what_makes_several_tables() -> None:
    with pytest.raises(SchemaError, match="'tables' \\(several related tables\\), which start_dataset makes"):
        start(Request(schema=shop(), rows=5))
