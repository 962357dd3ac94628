"""Column rules in the schema: every rule problem is a SchemaError naming its column, found before any row."""

import pytest

from synthgen.errors import SchemaError
from synthgen.schema import column_kinds, parse_schema

STATUS = {"name": "status", "provider": "random_element", "args": {"elements": ["paid", "refunded"]}}
COUNTRY = {"name": "country", "provider": "random_element", "args": {"elements": ["France", "Japan"]}}
AMOUNT = {"name": "amount", "provider": "pyfloat", "args": {"min_value": 1, "max_value": 10}}


def problems_of(columns):
    with pytest.raises(SchemaError) as info:
        parse_schema({"columns": columns})
    return info.value.problems


@pytest.mark.parametrize("columns,fragment", [
    # formula
    ([{"name": "a", "formula": "b + 1"}, {"name": "b", "formula": "a + 1"}],
     "its rules make a cycle (a -> b -> a)"),
    ([{"name": "a", "formula": "a + 1"}], "column 'a': a rule of the column reads the column itself"),
    ([AMOUNT, {"name": "x", "formula": "amount + 'a'"}], "column 'x': formula:"),
    ([AMOUNT, {"name": "x", "formula": "amont * 2"}], "column 'x': formula: unknown column 'amont'"),
    ([{"name": "x", "formula": "__import__('os')"}], "column 'x': formula: unknown function '__import__'"),
    ([AMOUNT, {"name": "x", "provider": "pyint", "formula": "amount"}], "column 'x': 'formula' replaces 'provider'"),
    ([AMOUNT, {"name": "x", "formula": "amount", "unique": True}], "column 'x': 'unique' does not apply"),
    ([{"name": "x"}], "column 'x': 'provider' is missing"),
    # when
    ([{"name": "x", "provider": "pyint", "when": {"column": "nope", "in": ["a"]}}],
     "column 'x': 'when' names 'nope', which is not another column"),
    ([STATUS, {"name": "x", "provider": "pyint", "when": {"column": "status", "in": [1]}}],
     "column 'x': 'when' lists 1 (int) but 'status' holds str values"),
    ([STATUS, {"name": "x", "provider": "pyint", "when": {"column": "status", "in": ["paid"], "not_in": ["x"]}}],
     "give exactly one of 'in' or 'not_in'"),
    ([{"name": "x", "provider": "pyint", "when": {"column": "y", "in": ["a"]}},
      {"name": "y", "provider": "pyint", "when": {"column": "x", "in": [1]}}], "its rules make a cycle"),
    # by
    ([COUNTRY, {"name": "city", "provider": "random_element",
                "by": {"column": "country", "elements": {"France": ["Paris"]}}}],
     "column 'city': 'by' has no list for 'Japan'"),
    ([COUNTRY, {"name": "city", "provider": "city", "by": {"column": "country", "elements": {"France": ["Paris"]}}}],
     "column 'city': 'by' needs provider random_element"),
    ([COUNTRY, {"name": "city", "provider": "random_element", "args": {"elements": ["X"]},
                "by": {"column": "country", "elements": {"France": ["Paris", "Lyon"]}, "weights": {"France": [1]}}}],
     "column 'city': 'by.weights' for 'France' has 1 values for 2 elements"),
    ([{"name": "n", "provider": "name"}, {"name": "city", "provider": "random_element",
                                          "by": {"column": "n", "elements": {"Bob": ["Paris"]}}}],
     "column 'city': 'by' reads 'n', whose values are not a known list"),
    ([COUNTRY, {"name": "city", "provider": "random_element", "args": {"elements": ["X"]},
                "by": {"column": "country", "elements": {"Frnace": ["Paris"]}}}],
     "column 'city': 'by.elements' has a list for 'Frnace', which is not a value of 'country'"),
    ([{"name": "city", "provider": "random_element", "by": {"column": "zz", "elements": {"a": ["b"]}}}],
     "column 'city': 'by' names 'zz'"),
    # distribution
    ([{"name": "x", "provider": "name", "distribution": {"kind": "normal", "mean": 1, "sd": 1}}],
     "column 'x': 'distribution' applies to random_int"),
    ([{"name": "x", "provider": "pyint", "distribution": {"kind": "normal", "mean": 1}}],
     "a normal distribution takes mean and sd"),
    ([{"name": "x", "provider": "pyint", "distribution": {"kind": "zipf", "a": 1}}], "'a' must be above 1"),
    ([{"name": "x", "provider": "pyint", "distribution": {"kind": "normal", "mean": 1e300, "sd": 1}}],
     "less than or equal to 1000000000000000"),
    # distinct, series
    ([{"name": "x", "provider": "random_element", "args": {"elements": ["a", "b"]}, "distinct": 3}],
     "column 'x': 'distinct' asks for 3 values but its elements hold only 2"),
    ([{"name": "x", "provider": "pyint", "distinct": 3, "unique": True}],
     "'distinct' cannot be combined with 'unique'"),
    ([{"name": "x", "provider": "pyint", "distinct": 0}], "greater than or equal to 1"),
    ([{"name": "t", "provider": "date_between", "series": {"start": "2024-01-01", "step": "10m"}}],
     "column 't': 'series' step '10m' is shorter than a day"),
    ([{"name": "t", "provider": "name", "series": {"start": "2024-01-01", "step": "1d"}}],
     "column 't': 'series' applies to date or datetime providers"),
    ([{"name": "t", "provider": "date_time_between", "series": {"start": "2024-01-01", "step": "10x"}}],
     "step '10x' is not a whole number"),
    ([{"name": "t", "provider": "date_time_between", "series": {"start": "soon", "step": "1h"}}],
     "start 'soon' is not an ISO date"),
    ([{"name": "s", "provider": "pyint"},
      {"name": "t", "provider": "date_time_between", "series": {"start": "2024-01-01", "step": "1h", "per": "s"}}],
     "column 't': 'series.per' names 's', which needs 'distinct'"),
])
def test_each_rule_problem_names_its_column(columns, fragment):
    problems = problems_of(columns)
    assert any(fragment in p for p in problems), problems


def test_rule_problems_are_listed_with_the_other_problems():
    problems = problems_of([
        {"name": "a", "provider": "pyfloat", "args": {"maximum": 3}},
        {"name": "b", "formula": "nope + 1"},
        {"name": "c", "provider": "pyint", "when": {"column": "zz", "in": [1]}},
    ])
    assert len(problems) == 3
    assert problems[0].startswith("column 'a': unknown argument 'maximum'")
    assert problems[1].startswith("column 'b': formula: unknown column 'nope'")
    assert problems[2].startswith("column 'c': 'when' names 'zz'")


def test_a_schema_with_rules_round_trips_through_its_json():
    schema = parse_schema({"columns": [
        STATUS, AMOUNT,
        {"name": "refund", "formula": "round(amount * uniform(0.2, 1.0), 2)",
         "when": {"column": "status", "in": ["refunded"]}},
        {"name": "city", "provider": "random_element", "args": {"elements": ["Elsewhere"]},
         "by": {"column": "status", "elements": {"paid": ["A", "B"]}, "weights": {"paid": [1, 2]}}},
        {"name": "sensor", "provider": "pyint", "distinct": 5},
        {"name": "at", "provider": "date_time_between", "series": {"start": "2024-01-01T00:00:00", "step": "1h",
                                                                   "per": "sensor"}},
        {"name": "n", "provider": "pyint", "distribution": {"kind": "lognormal", "median": 45, "sigma": 0.5}},
    ]})
    text = schema.to_json()
    assert '"in": [' in text and '"provider"' in text
    assert parse_schema(text) == schema
    assert column_kinds(schema)["refund"] == "float"


def test_formula_columns_may_come_before_the_columns_they_read():
    schema = parse_schema({"columns": [{"name": "total", "formula": "price * qty"},
                                       {"name": "price", "provider": "pyfloat",
                                        "args": {"min_value": 1, "max_value": 2}},
                                       {"name": "qty", "provider": "random_int", "args": {"min": 1, "max": 3}}]})
    assert [c.name for c in schema.columns] == ["total", "price", "qty"]
    assert column_kinds(schema)["total"] == "float"


@pytest.mark.parametrize("when,fragment", [
    ({"column": "n", "in": [2**70]}, "passes the 64-bit whole numbers 'n' holds"),
    ({"column": "n", "in": []}, "when.in"),
    ({"column": "n", "in": [1.5]}, "'when' lists 1.5 (float) but 'n' holds int values"),
])
def test_when_values_must_fit_the_other_column(when, fragment):
    problems = problems_of([{"name": "n", "provider": "random_int"}, {"name": "x", "provider": "pyint", "when": when}])
    assert any(fragment in p for p in problems), problems


def test_a_formula_over_a_provider_the_engine_makes_as_text_is_refused_up_front():
    problems = problems_of([{"name": "x", "provider": "randomize_nb_elements"}, {"name": "y", "formula": "x + 1"}])
    assert problems == [("column 'y': formula: cannot add text and a number; join values as text with concat(...) "
                        "(at character 3: '+ 1')")]


def test_a_long_by_key_is_refused_without_echoing_it_whole():
    problems = problems_of([COUNTRY, {"name": "city", "provider": "random_element", "args": {"elements": ["X"]},
                                      "by": {"column": "country", "elements": {"q" * 100_000: ["Paris"]}}}])
    assert len(problems) == 1 and "at most 200 characters" in problems[0] and len(problems[0]) < 200
