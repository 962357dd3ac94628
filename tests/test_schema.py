"""Schema files: every problem is found before any row is made, and each message names its column."""

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from synthgen.errors import SchemaError
from synthgen.schema import DatasetSchema, load_schema, parse_schema

BENCH = {"name": "t", "columns": [{"name": "a", "provider": "random_int", "args": {"min": 1, "max": 5}}]}


def problems_of(data):
    with pytest.raises(SchemaError) as info:
        parse_schema(data)
    return info.value.problems


def test_the_bench_schema_loads(bench_schema_path):
    schema = load_schema(bench_schema_path)
    assert schema.name == "ecommerce_products" and len(schema.columns) == 10


@pytest.mark.parametrize("columns,fragment", [
    ([{"name": "a", "provider": "pyfloat", "args": {"maximum": 3}}], "column 'a': unknown argument 'maximum'"),
    ([{"name": "a", "provider": "seed_instance"}], "column 'a': provider 'seed_instance' is not allowed"),
    ([{"name": "a", "provider": "__class__"}], "column 'a': provider '__class__' is not allowed"),
    ([{"name": "a", "provider": "name"}, {"name": "a", "provider": "email"}], "column 'a': the name is used twice"),
    ([{"name": "", "provider": "name"}], "column 1 name"),
    ([{"name": "   ", "provider": "name"}], "must not be blank"),
    ([{"name": "a\nb", "provider": "name"}], "control characters"),
    ([{"name": "x" * 65, "provider": "name"}], "at most 64"),
    ([{"name": "a", "provider": "name", "null_rate": 1.5}], "column 1 null_rate"),
    ([{"name": "a", "provider": "name", "colour": "red"}], "column 1 colour"),
    ([{"name": "d", "provider": "date_between", "after": {"column": "x"}}], "'after' names 'x'"),
    ([{"name": "d", "provider": "name", "after": {"column": "d"}}], "'after' applies to date providers"),
    ([{"name": "a", "provider": "random_element", "args": {"elements": ["x", "y"]}, "weights": [1]}],
     "'weights' has 1 values for 2 elements"),
    ([{"name": "a", "provider": "date_between", "args": {"start_date": "soon-ish"}}],
     "date_between rejected its arguments"),
    ([{"name": "a", "provider": "pyint", "sequence": True, "args": {"min_value": 1}},
      {"name": "b", "provider": "name", "sequence": True}], "column 'b': 'sequence' applies to random_int"),
    ([{"name": "a", "provider": "company", "entity": "x"}], "'entity' applies to person or address"),
])
def test_problems_name_the_column(columns, fragment):
    assert any(fragment in p for p in problems_of({"columns": columns})), problems_of({"columns": columns})


def test_every_problem_is_reported_at_once():
    problems = problems_of({"columns": [{"name": "a", "provider": "nope"}, {"name": "b", "provider": "pyfloat",
                                                                             "args": {"maximum": 1}}]})
    assert len(problems) == 2


def test_column_and_locale_limits():
    assert any("at most 200" in p for p in problems_of(
        {"columns": [{"name": f"c{i}", "provider": "word"} for i in range(201)]}))
    assert any("locale 'xx_XX'" in p for p in problems_of({"locale": "xx_XX", "columns": BENCH["columns"]}))
    assert any("at least 1" in p for p in problems_of({"columns": []}))


def test_load_schema_reports_bad_json_and_missing_files(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('{"columns": [', encoding="utf-8")
    with pytest.raises(SchemaError, match="not valid JSON"):
        load_schema(bad)
    with pytest.raises(SchemaError, match="cannot read schema file"):
        load_schema(tmp_path / "missing.json")


def test_round_trip_through_json():
    schema = parse_schema({"name": "x", "columns": [
        {"name": "loan", "provider": "date_between"},
        {"name": "due", "provider": "date_between", "after": {"column": "loan", "min_days": 1, "max_days": 9}},
        {"name": "tier", "provider": "random_element", "args": {"elements": ["a", "b"]}, "weights": [3, 1]}]})
    assert parse_schema(json.loads(schema.to_json())) == schema


json_values = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
                           lambda children: st.lists(children, max_size=3)
                           | st.dictionaries(st.text(max_size=8), children, max_size=3), max_leaves=8)
provider_names = st.sampled_from(["name", "random_int", "pyfloat", "bothify", "date_between", "random_element",
                                  "text", "seed_instance", "__class__", "format", "zip", "nope"])


@settings(max_examples=150, deadline=None)
@given(st.lists(st.fixed_dictionaries(
    {"name": st.text(max_size=70), "provider": provider_names},
    optional={"args": st.dictionaries(st.sampled_from(["min", "max", "text", "elements", "max_nb_chars",
                                                       "min_value", "bogus"]), json_values, max_size=3),
              "unique": st.booleans(), "null_rate": st.floats(-1, 2, allow_nan=False)}), max_size=5))
def test_any_input_gives_a_schema_or_a_schema_error(columns):
    try:
        schema = parse_schema({"columns": columns})
    except SchemaError as exc:
        assert exc.problems and all(isinstance(p, str) and p for p in exc.problems)
    else:
        assert isinstance(schema, DatasetSchema)
        assert all(c.provider not in ("seed_instance", "__class__", "format", "zip") for c in schema.columns)
