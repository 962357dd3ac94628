"""What the examples planner reads each column as (planners/examples/strings.py, columns.py, codes.py), and odd
samples that must plan into a valid schema (or be refused naming the problem), never crash."""

from __future__ import annotations

import pytest

import synthgen
from synthgen.planners.examples import ExamplesPlanner, kinds
from synthgen.planners.examples.codes import pattern_of

COLUMNS = {
    "contact": (["ann.lee@acme.io", "bo.chan@acme.io", "cy@foo.org"], "email", "email"),
    "token": (["3f2b8c1e-1d2a-4b5c-9d8e-000000000001", "9a2b8c1e-1d2a-4b5c-9d8e-000000000002",
               "0b2b8c1e-1d2a-4b5c-9d8e-000000000003"], "uuid", "uuid4"),
    "homepage": (["https://a.example.com/x", "http://b.example.org", "https://c.example.net/"], "url", "url"),
    "addr_ip": (["10.0.0.1", "192.168.1.20", "172.16.5.4"], "ipv4", "ipv4"),
    "mobile": (["+44 20 7946 0958", "(555) 123-4567", "555.987.6543"], "phone", "phone_number"),
    "ccy": (["EUR", "USD", "JPY"], "currency_code", "currency_code"),
    "employer": (["Acme Corp", "Globex Inc", "Initech LLC"], "company", "company"),
    "town": (["Springfield", "Riverton", "Lakeside"], "city", "city"),
    "street": (["12 Oak Street", "7 Elm Road", "301 Maple Avenue"], "street", "street_address"),
    "author": (["Alice Okafor", "Bruno Lindqvist", "Carla Moreau"], "person", "name"),
    "first_name": (["Alice", "Bruno", "Carla"], "first_name", "first_name"),
    "bio": (["Loves hiking in the mountains and reading old novels on rainy days",
             "Works as a nurse and spends weekends volunteering at the local animal shelter",
             "Former chef who now teaches cooking classes to teenagers in the city"], "text", "text"),
}


@pytest.fixture(scope="module")
def planned() -> synthgen.PlanResult:
    rows = [{name: values[i] for name, (values, _, _) in COLUMNS.items()} for i in range(3)]
    return ExamplesPlanner().plan_examples(rows)


@pytest.mark.parametrize("column", sorted(COLUMNS))
def test_what_a_text_column_is(planned: synthgen.PlanResult, column: str) -> None:
    _, kind, provider = COLUMNS[column]
    assert kinds(planned)[column] == kind
    assert next(c for c in planned.schema.columns if c.name == column).provider == provider


def test_names_and_values_decide_together() -> None:
    rows = [{"product_name": p, "country": c} for p, c in
            [("Widget Pro", "France"), ("Gadget Max", "Japan"), ("Widget Mini", "France"), ("Gizmo", "Japan")]]
    found = kinds(ExamplesPlanner().plan_examples(rows))
    assert found["product_name"] != "person"  # "name" alone does not make a person
    assert found["country"] == "category"  # few countries, repeated: reused as they are


@pytest.mark.parametrize(("values", "text", "provider"), [
    (["user-001", "user-002", "user-003"], "user-###", "numerify"),
    (["INV-2024-00017", "INV-2024-00342"], "INV-2024-#####", "numerify"),
    (["AB12-XY", "CD34-ZW"], "??##-??", "bothify"),
    (["ab-1", "cd-2"], "??-#", "bothify"),
    (["AB12-XY"], "AB##-XY", "numerify"),  # one example: its letters are kept, its digits vary
])
def test_code_patterns(values: list[str], text: str, provider: str) -> None:
    pattern = pattern_of(values)
    assert pattern is not None and pattern.text == text and pattern.provider == provider


def test_no_pattern_for_text_or_mixed_shapes() -> None:
    assert pattern_of(["hello world", "good day"]) is None
    assert pattern_of(["AB-12", "12-AB"]) is None
    assert pattern_of(["#1", "#2"]) is None  # a Faker placeholder cannot be literal


@pytest.mark.parametrize("rows", [
    [{"big": 10**20}, {"big": 3}],
    [{"f": 1e300}, {"f": -1e300}],
    [{"d": "0001-01-01"}, {"d": "9999-12-31"}],
    [{"m": 1}, {"m": "a"}, {"m": True}],
    [{"c": "x" * 300}, {"c": "x" * 300}, {"c": "x" * 300}],
    [{"q x": 2, "p y": 1.5, "t": 3.0}, {"q x": 4, "p y": 2.5, "t": 10.0}, {"q x": 1, "p y": 1.0, "t": 1.0}],
    [{"a": None}, {"a": None}],
    [{"t": "2024-01-01T10:00:00Z"}, {"t": "2024-01-02T10:00:00+02:00"}],
    [{"date": "31.12.2023"}, {"date": "01.01.2024"}],
    [{"x": [1, 2, {"a": 1}]}],
    [{"a": {"b": {"c": {"d": 1}}}}],
])
def test_odd_samples_plan_into_valid_schemas(rows: list[dict]) -> None:
    frame = synthgen.generate(examples=rows, rows=50, seed=1)
    assert len(frame) == 50


def test_a_formula_reads_odd_column_names() -> None:
    rows = [{"q x": 2, "p y": 1.5, "t": 3.0}, {"q x": 4, "p y": 2.5, "t": 10.0}, {"q x": 1, "p y": 1.0, "t": 1.0}]
    schema = synthgen.plan(examples=rows).schema
    assert schema.columns[2].formula == 'round(col("q x") * col("p y"), 0)'


@pytest.mark.parametrize(("rows", "words"), [
    ([{"name\t": 1}], "column 1 ('name\\\\t') has a name that must not contain control characters"),
    ([{"n": "a\x00b"}], "item 1, 'n': contains a NUL character"),
])
def test_text_that_is_not_text_is_refused_up_front(rows: list[dict], words: str) -> None:
    with pytest.raises(synthgen.ExamplesError, match=words.replace("(", r"\(").replace(")", r"\)")):
        synthgen.plan(examples=rows)
