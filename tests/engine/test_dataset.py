"""The several-tables engine (engine/dataset.py): exact referential integrity, unique keys, counts per parent within
`per`, children reading their parent's row (after, formula, by, when), the same seed giving the same tables however
they are consumed, and what is kept of a referenced table."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa
import pytest

from synthgen.dataset import parse_dataset
from synthgen.engine.dataset import DatasetMaker, dataset_streams, estimate
from synthgen.engine.dataset_counts import mean_count, pmf
from synthgen.errors import SchemaError

SHOP = Path(__file__).resolve().parent.parent / "data" / "shop.json"


def shop() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(SHOP.read_text(encoding="utf-8"))
    return data


def frames(data: dict[str, Any], rows: int | None = None, seed: int = 7, *,
           reverse: bool = False) -> dict[str, pd.DataFrame]:
    streams = dataset_streams(parse_dataset(data), rows, seed)
    out = {}
    for stream in reversed(streams) if reverse else streams:
        table = pa.Table.from_batches(list(stream.batches), schema=stream.arrow_schema)
        assert table.num_rows == stream.rows  # the size announced before any row was made is exact
        out[stream.name] = table.to_pandas()
    return out


@pytest.fixture(scope="module")
def made() -> dict[str, pd.DataFrame]:
    return frames(shop())


def test_every_ref_value_exists_in_its_table_and_keys_are_unique(made: dict[str, pd.DataFrame]) -> None:
    customers, products, orders, items = (made[n] for n in ("customers", "products", "orders", "items"))
    for frame, key in ((customers, "customer_id"), (products, "sku"), (orders, "order_id"), (items, "item_id")):
        assert frame[key].notna().all() and frame[key].is_unique, key
    assert orders["customer_id"].isin(customers["customer_id"]).all()
    assert items["order_id"].isin(orders["order_id"]).all()
    assert items["sku"].isin(products["sku"]).all()
    assert len(orders) > 0 and len(items) > len(orders)


def test_children_per_parent_lie_within_per(made: dict[str, pd.DataFrame]) -> None:
    per_customer = made["orders"].groupby("customer_id").size().reindex(made["customers"]["customer_id"], fill_value=0)
    assert per_customer.min() >= 0 and per_customer.max() <= 8
    assert (per_customer == 0).any()  # zipf from 0: many customers have no order
    per_order = made["items"].groupby("order_id").size().reindex(made["orders"]["order_id"], fill_value=0)
    assert per_order.min() >= 1 and per_order.max() <= 5  # min 1: every order has an item
    assert set(per_order) == {1, 2, 3, 4, 5}


def test_children_come_grouped_in_their_parents_order(made: dict[str, pd.DataFrame]) -> None:
    ids = made["orders"]["customer_id"].to_numpy()
    assert (np.diff(ids) >= 0).all()


def test_child_dates_follow_their_parents_dates(made: dict[str, pd.DataFrame]) -> None:
    joined = made["orders"].merge(made["customers"], on="customer_id")
    gap = (pd.to_datetime(joined["order_date"]) - pd.to_datetime(joined["signup_date"])).dt.days
    assert gap.between(0, 400).all() and gap.nunique() > 50
    items = made["items"].merge(made["orders"], on="order_id")
    shipped = items[items["status"] == "shipped"]
    late = (pd.to_datetime(shipped["shipped_on"]) - pd.to_datetime(shipped["order_date"])).dt.days
    assert late.between(1, 10).all() and len(shipped) > 0
    assert items.loc[items["status"] != "shipped", "shipped_on"].isna().all()  # `when` read the order's status


def test_formula_and_by_read_the_referenced_row(made: dict[str, pd.DataFrame]) -> None:
    items = made["items"].merge(made["products"], on="sku")
    assert np.allclose(items["line_total"], (items["quantity"] * items["price"]).round(2))
    orders = made["orders"].merge(made["customers"], on="customer_id")
    expected = orders["country"].map({"France": "EUR", "Japan": "JPY", "USA": "USD"})
    assert (orders["currency"] == expected).all()


def test_a_skewed_ref_picks_the_first_rows_most() -> None:
    made = frames(shop(), rows=400)
    positions = made["items"]["sku"].map({s: i for i, s in enumerate(made["products"]["sku"])})
    share = np.bincount(positions, minlength=50) / len(positions)
    expected = pmf(1, 50, parse_dataset(shop()).table("items").column("sku").ref.distribution)  # type: ignore[union-attr]
    assert share[0] == share.max() and abs(share[0] - expected[0]) < 0.05
    assert share[:5].sum() > 0.5


@pytest.mark.parametrize("dist", [None, {"kind": "zipf", "a": 1.4}, {"kind": "normal", "mean": 3, "sd": 1},
                                  {"kind": "exponential", "mean": 2}, {"kind": "lognormal", "median": 2, "sigma": 0.5}])
def test_counts_per_parent_follow_the_distribution(dist: dict[str, Any] | None) -> None:
    per: dict[str, Any] = {"table": "parents", "min": 0, "max": 6, **({"distribution": dist} if dist else {})}
    data = {"tables": [
        {"name": "parents", "columns": [{"name": "id", "provider": "random_int", "args": {"min": 1},
                                         "sequence": True, "unique": True}]},
        {"name": "children", "per": per, "columns": [{"name": "parent", "ref": {"table": "parents"}}]}]}
    dataset = parse_dataset(data)
    maker = DatasetMaker(dataset, 20_000, 5)
    offsets = maker.plans["children"].offsets
    assert offsets is not None
    counts = np.diff(offsets)
    spec = dataset.table("children").per
    assert spec is not None
    expected = pmf(0, 6, spec.distribution)
    assert np.abs(np.bincount(counts, minlength=7) / len(counts) - expected).max() < 0.015
    assert abs(counts.mean() - mean_count(0, 6, spec.distribution)) < 0.05
    assert abs(estimate(dataset, 20_000)[1][1] / 20_000 - mean_count(0, 6, spec.distribution)) < 1e-9


def test_the_same_seed_gives_the_same_tables_and_another_seed_others(made: dict[str, pd.DataFrame]) -> None:
    again = frames(shop())
    assert made.keys() == again.keys()
    for name, frame in made.items():
        assert frame.equals(again[name]), name
    other = frames(shop(), seed=8)
    assert not other["customers"].equals(made["customers"])
    assert len(other["orders"]) != len(made["orders"]) or not other["orders"].equals(made["orders"])


def test_children_read_before_their_parents_are_the_same(made: dict[str, pd.DataFrame]) -> None:
    backwards = frames(shop(), reverse=True)  # each parent made just for its keys, then again when read
    for name, frame in made.items():
        assert frame.equals(backwards[name]), name


def test_only_keys_and_read_columns_are_kept_and_dropped_when_done() -> None:
    maker = DatasetMaker(parse_dataset(shop()), None, 7)
    assert maker.keep == {"customers": {"customer_id", "signup_date", "country"}, "products": {"sku", "price"},
                          "orders": {"order_id", "order_date", "status"}}
    streams = {s.name: s for s in maker.streams()}
    for name in ("customers", "products"):
        for _ in streams[name].batches:
            pass
    assert set(maker.held) == {"customers", "products"}
    assert set(maker.held["customers"]) == {"customer_id", "signup_date", "country"}
    assert isinstance(maker.held["customers"]["customer_id"], pa.Array)  # one int64 array: 8 bytes a row
    for _ in streams["orders"].batches:
        pass
    assert set(maker.held) == {"products", "orders"}  # customers' only reader is made: dropped
    for _ in streams["items"].batches:
        pass
    assert maker.held == {}  # every reader made: nothing kept


def test_streams_carry_keys_links_and_scales() -> None:
    streams = {s.name: s for s in dataset_streams(parse_dataset(shop()), None, 1)}
    assert [s for s in streams] == ["customers", "products", "orders", "items"]
    assert streams["orders"].primary_key == "order_id"
    assert [(f.column, f.table, f.ref_column) for f in streams["items"].foreign_keys] == [
        ("order_id", "orders", "order_id"), ("sku", "products", "sku")]
    assert streams["products"].scales == {"price": 2}
    assert streams["items"].arrow_schema.names == ["item_id", "order_id", "sku", "quantity", "line_total",
                                                   "shipped_on"]  # the read columns stay inside the engine
    assert streams["orders"].arrow_schema.field("customer_id").type == pa.int64()


def test_a_table_with_rows_and_a_uniform_ref_to_another_table() -> None:
    data = {"tables": [
        {"name": "users", "rows": 30, "columns": [{"name": "email", "provider": "email", "unique": True}]},
        {"name": "logins", "rows": 1000, "columns": [
            {"name": "who", "ref": {"table": "users"}, "null_rate": 0.1},
            {"name": "at", "provider": "date_time_between", "args": {"start_date": "-30d"}}]}]}
    made = frames(data)
    logins, users = made["logins"], made["users"]
    assert len(logins) == 1000 and len(users) == 30
    assert logins["who"].dropna().isin(users["email"]).all()
    assert 0.03 < logins["who"].isna().mean() < 0.2  # the ref column's own null_rate applies
    assert logins["who"].nunique() == 30


def test_an_empty_child_table_and_a_pick_from_it() -> None:
    data: dict[str, Any] = {"tables": [
        {"name": "a", "rows": 3, "columns": [{"name": "id", "provider": "uuid4", "unique": True}]},
        {"name": "b", "per": {"table": "a", "min": 0, "max": 1, "distribution": {"kind": "normal", "mean": -50,
                                                                               "sd": 1}},
         "columns": [{"name": "id", "provider": "uuid4", "unique": True}, {"name": "a_id", "ref": {"table": "a"}}]}]}
    made = frames(data)
    assert len(made["b"]) == 0 and list(made["b"].columns) == ["id", "a_id"]  # every count clipped to 0
    data["tables"].append({"name": "c", "rows": 5, "columns": [{"name": "b_id", "ref": {"table": "b"}}]})
    with pytest.raises(SchemaError, match="table 'c': column 'b_id' picks rows of table 'b', which has none"):
        frames(data)
