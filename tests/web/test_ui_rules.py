"""Column rules survive the UI's schema table: they ride in 'more (JSON)', and a formula column's provider is blank."""

from __future__ import annotations

import json

import pytest

from synthgen.errors import SchemaError
from synthgen.schema import parse_schema
from synthgen.web.ui_logic import schema_to_table, table_to_schema

RULES = {"name": "rules", "locale": "en_US", "columns": [
    {"name": "status", "provider": "random_element", "args": {"elements": ["paid", "refunded"]}},
    {"name": "amount", "provider": "pyfloat", "args": {"min_value": 1, "max_value": 9, "right_digits": 2},
     "distribution": {"kind": "normal", "mean": 5, "sd": 1}},
    {"name": "refund", "formula": "round(amount / 2, 2)", "when": {"column": "status", "in": ["refunded"]}},
    {"name": "channel", "provider": "random_element", "args": {"elements": ["web"]},
     "by": {"column": "status", "elements": {"paid": ["shop", "phone"]}, "weights": {"paid": [2, 1]}}},
    {"name": "sensor", "provider": "pyint", "distinct": 3},
    {"name": "at", "provider": "date_time_between", "series": {"start": "2024-01-01T00:00:00", "step": "1h",
                                                               "per": "sensor"}},
]}


def test_rules_round_trip_through_the_table() -> None:
    schema = parse_schema(RULES)
    table = schema_to_table(schema)
    refund = table.loc[2]
    assert refund["data type"] == ""
    assert json.loads(refund["more (JSON)"]) == {"formula": "round(amount / 2, 2)",
                                                 "when": {"column": "status", "in": ["refunded"]}}
    assert json.loads(table.loc[3, "more (JSON)"])["by"]["elements"] == {"paid": ["shop", "phone"]}
    assert table_to_schema(table, name="rules", locale="en_US") == schema


def test_an_edited_formula_row_is_checked_like_a_file() -> None:
    rows = [["amount", "pyint", "", False, 0, ""], ["twice", "", "", False, 0, '{"formula": "amont * 2"}']]
    with pytest.raises(SchemaError) as caught:
        table_to_schema(rows)
    assert "column 'twice': formula: unknown column 'amont'" in str(caught.value)
    rows[1][5] = '{"formula": "amount * 2"}'
    assert table_to_schema(rows).columns[1].formula == "amount * 2"


def test_a_row_without_provider_or_formula_says_what_is_missing() -> None:
    with pytest.raises(SchemaError) as caught:
        table_to_schema([["who", "", "", False, 0, ""]])
    assert "column 'who': 'provider' is missing" in str(caught.value)
