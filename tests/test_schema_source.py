"""A column's `source` (the words it came from): validated, kept by every dump and load, ignored by the engine;
and NotUnderstood, the error a planner raises for a description with no column in it."""

from __future__ import annotations

import json
import re

import pytest

import synthgen
from synthgen import errors, pipeline
from synthgen.errors import NotUnderstood, SchemaError
from synthgen.schema import MAX_SOURCE_LENGTH, load_schema, parse_schema

WITH_SOURCES = {"name": "payments", "locale": "en_US", "columns": [
    {"name": "payment_id", "provider": "bothify", "args": {"text": "PAY-######"}, "unique": True,
     "source": "payment id"},
    {"name": "status", "provider": "random_element", "args": {"elements": ["pending", "paid", "refunded"]},
     "weights": [1, 8, 1], "source": "status (pending, paid, refunded)"},
    {"name": "amount", "provider": "pyfloat", "args": {"min_value": 5, "max_value": 900, "right_digits": 2},
     "distribution": {"kind": "lognormal", "median": 60, "sigma": 0.8}, "source": "amount between 5 and 900"},
    {"name": "refund_amount", "formula": "round(amount * uniform(0.2, 1.0), 2)",
     "when": {"column": "status", "in": ["refunded"]}, "source": "refunds for refunded payments"},
    {"name": "customer", "provider": "name", "source": "customer name"},
    {"name": "email", "provider": "email", "source": "email"},
    {"name": "paid_on", "provider": "date_between", "args": {"start_date": "2024-01-01", "end_date": "2024-12-31"},
     "source": "paid in 2024"},
    {"name": "refunded_on", "provider": "date_between", "after": {"column": "paid_on", "min_days": 1, "max_days": 30},
     "when": {"column": "status", "in": ["refunded"]}, "source": "refund date after payment"},
]}


def without_sources(data: dict) -> dict:
    return {**data, "columns": [{k: v for k, v in c.items() if k != "source"} for c in data["columns"]]}


def test_a_column_keeps_its_source_and_the_schema_file_round_trips(tmp_path) -> None:
    schema = parse_schema(WITH_SOURCES)
    assert schema.columns[1].source == "status (pending, paid, refunded)"
    path = tmp_path / "payments.json"
    path.write_text(schema.to_json(), encoding="utf-8")
    assert json.loads(path.read_text())["columns"][3]["source"] == "refunds for refunded payments"
    assert load_schema(path) == schema
    # a column without a source dumps no key at all (old files stay as they were)
    assert "source" not in parse_schema(without_sources(WITH_SOURCES)).to_json()


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_the_engine_ignores_sources(fmt: str) -> None:
    def file(data: dict) -> bytes:
        schema = pipeline.prepare(data, 3000, max_rows=10_000)
        return b"".join(pipeline.stream(schema, 3000, fmt, seed=11))

    with_sources, plain = file(WITH_SOURCES), file(without_sources(WITH_SOURCES))
    assert with_sources == plain and len(plain) > 10_000
    assert synthgen.generate(WITH_SOURCES, rows=50, seed=3).equals(
        synthgen.generate(without_sources(WITH_SOURCES), rows=50, seed=3))


def test_a_source_over_the_limit_is_an_error_naming_the_column() -> None:
    data = json.loads(json.dumps(WITH_SOURCES))
    data["columns"][4]["source"] = "x" * (MAX_SOURCE_LENGTH + 1)
    with pytest.raises(SchemaError) as caught:
        parse_schema(data)
    assert caught.value.problems == [(f"column 'customer': 'source' is {MAX_SOURCE_LENGTH + 1} characters; the limit "
                                     f"is {MAX_SOURCE_LENGTH} (a few words of the description are enough)")]
    data["columns"][4]["source"] = "x" * MAX_SOURCE_LENGTH
    assert parse_schema(data).columns[4].source == "x" * MAX_SOURCE_LENGTH


@pytest.mark.parametrize(("source", "found"), [("unit\nprice", "U+000A"), ("price\u202e", "U+202E"),
                                               ("a\tb", "U+0009")])
def test_a_source_must_be_printable_text_on_one_line(source: str, found: str) -> None:
    data = {"columns": [{"name": "price", "provider": "pyfloat", "source": source}]}
    refused = f"column 'price': 'source' must not contain control characters.*{re.escape(found)}"
    with pytest.raises(SchemaError, match=refused):
        parse_schema(data)
    with pytest.raises(SchemaError, match="column 'price': 'source' must not be blank"):
        parse_schema({"columns": [{"name": "price", "provider": "pyfloat", "source": "   "}]})


def test_not_understood_is_a_schema_error_with_its_own_code_and_an_example() -> None:
    exc = NotUnderstood(unrecognised=["flux capacitor", "warp"])
    assert isinstance(exc, SchemaError) and exc.code == "not_understood"
    assert exc.unrecognised == ["flux capacitor", "warp"]
    assert exc.detail.startswith("nothing in the description reads as a column (not understood: 'flux capacitor', "
                                 "'warp'); name the columns you want")
    assert NotUnderstood.EXAMPLE in exc.detail and exc.problems == [exc.detail]
    assert NotUnderstood("my own words").detail == "my own words"
    assert "NotUnderstood" in errors.__doc__ and synthgen.NotUnderstood is NotUnderstood
    assert "NotUnderstood" in synthgen.__all__


def test_the_docs_describe_source_and_what_was_understood() -> None:
    from pathlib import Path

    docs = Path(__file__).resolve().parent.parent / "docs"
    rules = (docs / "rules.md").read_text(encoding="utf-8")
    assert "`source`" in rules and "understood.md" in rules
    page = (docs / "understood.md").read_text(encoding="utf-8")
    for word in ('"understood"', '"unrecognised"', '"notes"', "X-SynthGen-Unrecognised", "not understood:",
                 "not_understood", "NotUnderstood"):
        assert word in page, word
