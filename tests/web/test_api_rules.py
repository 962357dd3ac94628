"""Column rules through the REST API: files keep every rule; rule problems and hostile formulas are clear 422s."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator

import pyarrow.parquet as pq
import pytest
from fastapi.testclient import TestClient

from synthgen.web.app import create_app

from .conftest import demo_settings

GENERATE = "/api/v1/generate"
PAYMENTS = {"name": "payments", "locale": "en_US", "columns": [
    {"name": "payment_id", "provider": "bothify", "args": {"text": "PAY-######"}, "unique": True},
    {"name": "status", "provider": "random_element", "args": {"elements": ["pending", "paid", "refunded"]},
     "weights": [1, 8, 1]},
    {"name": "amount", "provider": "pyfloat", "args": {"min_value": 5, "max_value": 900, "right_digits": 2}},
    {"name": "refund_amount", "formula": "round(amount * uniform(0.2, 1.0), 2)",
     "when": {"column": "status", "in": ["refunded"]}},
    {"name": "paid_on", "provider": "date_between", "args": {"start_date": "2024-01-01", "end_date": "2024-12-31"}},
    {"name": "refunded_on", "provider": "date_between", "after": {"column": "paid_on", "min_days": 1, "max_days": 30},
     "when": {"column": "status", "in": ["refunded"]}},
    {"name": "due_on", "formula": "paid_on + days(30)"},
    {"name": "size", "formula": "bucket(amount, [100, 500], ['small', 'medium', 'large'])"},
]}


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    settings = demo_settings(tmp_path_factory.mktemp("rules"))
    with TestClient(create_app(settings, ui=False)) as test_client:
        yield test_client


def schema_with(*columns: dict) -> dict:
    return {"name": "t", "columns": [{"name": "amount", "provider": "pyfloat",
                                      "args": {"min_value": 0, "max_value": 10}}, *columns]}


def assert_422(response, *words: str) -> str:
    assert response.status_code == 422, response.text
    body = response.json()
    assert body["error"] and "Traceback" not in response.text
    for word in words:
        assert word in body["detail"], (word, body["detail"])
    return body["detail"]


def test_the_contract_example_keeps_every_rule_in_csv(client: TestClient) -> None:
    response = client.post(GENERATE, json={"schema": PAYMENTS, "rows": 3000, "seed": 5})
    assert response.status_code == 200, response.text
    rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8"))))
    assert len(rows) == 3000
    for row in rows:
        refunded = row["status"] == "refunded"
        assert (row["refund_amount"] != "") == refunded and (row["refunded_on"] != "") == refunded
        if refunded:
            assert 0 < float(row["refund_amount"]) <= float(row["amount"])
            assert row["refunded_on"] > row["paid_on"]
        assert row["due_on"] > row["paid_on"]
        amount = float(row["amount"])
        assert row["size"] == ("small" if amount < 100 else "medium" if amount < 500 else "large")


def test_formula_columns_keep_their_types_in_parquet_and_json(client: TestClient) -> None:
    parquet = client.post(GENERATE, json={"schema": PAYMENTS, "rows": 200, "seed": 5, "format": "parquet"})
    table = pq.read_table(io.BytesIO(parquet.content))
    assert str(table.schema.field("refund_amount").type) == "double"
    assert str(table.schema.field("due_on").type) == "date32[day]"
    assert str(table.schema.field("size").type) == "string"
    rows = json.loads(client.post(GENERATE, json={"schema": PAYMENTS, "rows": 200, "seed": 5,
                                                  "format": "json"}).content)
    assert rows[0]["due_on"] > rows[0]["paid_on"] and len(rows[0]["due_on"]) == 10
    assert [r["size"] for r in rows] == table.column("size").to_pylist()


@pytest.mark.parametrize("column,words", [
    ({"name": "x", "formula": "__import__('os')"}, ["column 'x'", "unknown function '__import__'"]),
    ({"name": "x", "formula": "amount.__class__"}, ["column 'x'"]),
    ({"name": "x", "formula": "1" + " + 1" * 350_000}, ["column 'x'", "the limit is 2,000"]),
    ({"name": "x", "formula": "(" * 10_000 + "1" + ")" * 10_000}, ["column 'x'"]),
    ({"name": "x", "formula": "x + 1"}, ["column 'x'", "reads the column itself"]),
    ({"name": "x", "formula": "y"}, ["column 'x'", "unknown column 'y'"]),
    ({"name": "x", "provider": "pyint", "when": {"column": "amount", "in": ["a"]}}, ["column 'x'", "'when' lists 'a'"]),
])
def test_hostile_or_wrong_rules_are_a_422_naming_the_column(client: TestClient, column: dict, words) -> None:
    body = {"schema": schema_with(column), "rows": 10}
    assert len(json.dumps(body)) < 5 << 20
    assert_422(client.post(GENERATE, json=body), *words)


def test_a_cycle_between_columns_is_a_422(client: TestClient) -> None:
    detail = assert_422(client.post(GENERATE, json={"schema": schema_with(
        {"name": "a", "formula": "b + amount"}, {"name": "b", "formula": "a * 2"}), "rows": 10}), "cycle")
    assert "a -> b -> a" in detail


def test_division_by_zero_is_an_empty_cell(client: TestClient) -> None:
    schema = {"name": "t", "columns": [
        {"name": "n", "provider": "random_int", "args": {"min": 0, "max": 1}},
        {"name": "ratio", "formula": "10 / n"}]}
    response = client.post(GENERATE, json={"schema": schema, "rows": 500, "seed": 1})
    assert response.status_code == 200, response.text
    rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8"))))
    assert {row["ratio"] for row in rows if row["n"] == "0"} == {""}
    assert {row["ratio"] for row in rows if row["n"] == "1"} == {"10"}


def test_a_series_past_9999_is_a_422_before_any_row(client: TestClient) -> None:
    schema = {"name": "t", "columns": [{"name": "t", "provider": "date_between",
                                        "series": {"start": "9999-12-01", "step": "1w"}}]}
    assert_422(client.post(GENERATE, json={"schema": schema, "rows": 100}), "column 't'", "year 9999")
