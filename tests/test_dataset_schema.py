"""The schema of several related tables (dataset.py, dataset_check.py): every mistake is a SchemaError naming its
table and column, found before any row is made; a plain one-table schema is not a dataset."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from synthgen.dataset import Dataset, is_dataset, parse_dataset
from synthgen.dataset_check import order, table_schemas
from synthgen.errors import SchemaError

SHOP = Path(__file__).resolve().parent / "data" / "shop.json"


def shop() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(SHOP.read_text(encoding="utf-8"))
    return data


def _table(data: dict[str, Any], name: str) -> dict[str, Any]:
    return next(t for t in data["tables"] if t["name"] == name)


def _column(data: dict[str, Any], table: str, name: str) -> dict[str, Any]:
    return next(c for c in _table(data, table)["columns"] if c["name"] == name)


def problems_of(change: Callable[[dict[str, Any]], object]) -> list[str]:
    data = shop()
    change(data)
    with pytest.raises(SchemaError) as caught:
        parse_dataset(data)
    return caught.value.problems


def test_the_shop_is_a_valid_dataset_in_dependency_order() -> None:
    dataset = parse_dataset(json.dumps(shop()))
    assert isinstance(dataset, Dataset)
    assert order(dataset) == ["customers", "products", "orders", "items"]
    items = table_schemas(dataset)["items"]
    # a ref column is a copy of its key; each column read as table.column joins the table's own schema
    assert [c.name for c in items.columns] == ["item_id", "order_id", "sku", "quantity", "line_total", "shipped_on",
                                              "products.price", "orders.status", "orders.order_date"]
    assert items.columns[1].provider == "uuid4" and not items.columns[1].unique


def test_tables_are_made_after_the_tables_they_refer_to_whatever_the_listed_order() -> None:
    data = shop()
    data["tables"] = [data["tables"][i] for i in (0, 3, 2, 1)]  # items listed before orders and products
    assert order(parse_dataset(data)) == ["customers", "orders", "products", "items"]


def test_a_cycle_of_tables_is_refused() -> None:
    def cycle(data: dict[str, Any]) -> None:
        _table(data, "products")["columns"].append({"name": "last_item", "ref": {"table": "items"}})

    problems = problems_of(cycle)
    assert len(problems) == 1 and "cycle" in problems[0]
    assert "products -> items -> products" in problems[0] or "items -> products -> items" in problems[0]


@pytest.mark.parametrize(("change", "words"), [
    (lambda d: _column(d, "orders", "customer_id")["ref"].update(table="clients"),
     ["table 'orders'", "column 'customer_id'", "'clients'", "not a table"]),
    (lambda d: _column(d, "orders", "customer_id")["ref"].update(column="name"),
     ["table 'orders'", "column 'customer_id'", "'customers.name'", "not a key"]),
    (lambda d: _column(d, "orders", "customer_id")["ref"].update(column="nope"),
     ["table 'orders'", "'customers.nope'", "not a column"]),
    (lambda d: _column(d, "orders", "customer_id")["ref"].update(table="orders"),
     ["table 'orders'", "its own table"]),
    (lambda d: _column(d, "orders", "customer_id").update(provider="random_int"),
     ["table 'orders'", "column 'customer_id'", "'provider' does not apply to a ref column"]),
    (lambda d: _column(d, "items", "line_total").update(formula="quantity * products.prize"),
     ["table 'items'", "'products.prize'", "no column 'prize'"]),
    (lambda d: _column(d, "orders", "order_date")["after"].update(column="stores.opened"),
     ["table 'orders'", "column 'order_date'", "'stores.opened'"]),
    (lambda d: _table(d, "orders")["per"].update(min=9),
     ["table 'orders'", "per.min (9) is more than per.max (8)"]),
    (lambda d: _table(d, "orders")["per"].update(table="shops"),
     ["table 'orders'", "'per' names table 'shops'"]),
    (lambda d: _table(d, "orders")["per"].update(max=20_000),
     ["table 'orders'", "per.max", "10000"]),
    (lambda d: _table(d, "products").pop("rows"),
     ["table 'products'", "give 'rows'"]),
    (lambda d: _table(d, "customers").update(per={"table": "orders", "max": 2}),
     ["table 'customers'", "first table"]),
    (lambda d: _table(d, "orders")["columns"].remove(_column(d, "orders", "customer_id")),
     ["table 'orders'", "a column needs", "\"ref\": {\"table\": \"customers\"}"]),
    (lambda d: _table(d, "products").update(name="customers"),
     ["table 'customers'", "used twice"]),
    (lambda d: _column(d, "customers", "customer_id").update(null_rate=0.1),
     ["table 'orders'", "'customers.customer_id'", "can be empty"]),
    (lambda d: _column(d, "items", "quantity").update(provider="random_intt"),
     ["table 'items'", "column 'quantity'", "random_intt"]),
    (lambda d: _table(d, "items")["columns"].append({"name": "again", "ref": {"table": "products"}}),
     ["table 'items'", "'products.price'", "2 columns refer to 'products'"]),
    (lambda d: _table(d, "items").update(rows=0),
     ["table 'items'", "rows"]),
])
def test_a_mistake_is_a_schema_error_naming_its_table_and_column(change: Callable[[dict[str, Any]], object],
                                                                 words: list[str]) -> None:
    text = "; ".join(problems_of(change))
    for word in words:
        assert word in text, (word, text)


def test_a_ref_with_no_key_to_point_at_is_refused() -> None:
    def no_key(data: dict[str, Any]) -> None:
        _column(data, "orders", "order_id")["unique"] = False
        _column(data, "items", "order_id")["ref"] = {"table": "orders"}

    text = "; ".join(problems_of(no_key))
    assert "table 'items'" in text and "no unique column" in text


def test_a_plain_schema_is_not_a_dataset(tmp_path: Path) -> None:
    plain = {"columns": [{"name": "email", "provider": "email"}]}
    assert not is_dataset(plain) and not is_dataset(json.dumps(plain)) and not is_dataset("customers with email")
    assert is_dataset(shop()) and is_dataset(json.dumps(shop())) and is_dataset(parse_dataset(shop()))
    path = tmp_path / "shop.json"
    path.write_text(json.dumps(shop()), encoding="utf-8")
    assert is_dataset(path) and parse_dataset(path).name == "shop"


def test_text_problems_and_unknown_keys_are_refused() -> None:
    data = shop()
    _table(data, "orders")["perr"] = {}
    with pytest.raises(SchemaError, match="table 'orders': perr"):
        parse_dataset(data)
    with pytest.raises(SchemaError, match="NUL"):
        parse_dataset({"tables": [{"name": "a\x00", "columns": [{"name": "x", "provider": "email"}]}]})
    with pytest.raises(SchemaError, match="not valid JSON"):
        parse_dataset("{tables")
