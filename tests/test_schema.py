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


# ---- hostile schemas: every argument bounded, the dry run cheap at the bounds ----------------------------------

@pytest.mark.parametrize("locale", ["en_US", "de_DE", "ja_JP", "fr_FR"])
def test_the_dry_run_of_every_provider_at_its_bounds_completes(locale):
    """No timing assertion: a provider whose bounded arguments made one call run long or allocate much would make
    this test hang or run out of memory (bench/dry_run_bounds.py prints the figures)."""
    from synthgen.catalog import arguments_at_bounds, get_catalog
    from synthgen.schema import Column, _dry_run

    catalog = get_catalog(locale)
    checked = 0
    for provider in catalog.names():
        for extreme in (False, True):
            args = arguments_at_bounds(locale, provider, extreme)
            if catalog.arg_problems(provider, args):
                continue
            problems = _dry_run(locale, Column(name="c", provider=provider, args=args))
            assert all(p.startswith(f"{provider} rejected its arguments") for p in problems)
            checked += 1
    assert checked >= len(catalog.names())


@pytest.mark.parametrize("provider,args,fragment", [
    ("uri_path", {"deep": 10**8}, "argument 'deep' of uri_path must be between 1 and 20"),
    ("uri", {"deep": 10**8}, "argument 'deep' of uri must be between 1 and 20"),
    ("file_path", {"depth": 300_000}, "argument 'depth' of file_path must be between 1 and 20"),
    ("passport_gender", {"seed": 7}, "argument 'seed' of passport_gender is not allowed"),
    ("random_int", {"max": float("nan")}, "argument 'max' of random_int must be a finite number"),
    ("pyfloat", {"max_value": float("inf")}, "argument 'max_value' of pyfloat must be a finite number"),
    ("pyfloat", {"max_value": 1e308}, "argument 'max_value' of pyfloat must be between -1e+15 and 1e+15"),
    ("random_element", {"elements": [1, 2**70]}, "argument 'elements' of random_element has an item that must be"),
    ("random_element", {"elements": [1.5, float("nan")]}, "has an item that must be a finite number"),
    ("random_int", {"max": 10**400}, "argument 'max' of random_int must be between -1e+15 and 1e+15 (got a 401-digit"),
    ("random_int", {"min": 10**400, "max": 1}, "argument 'min' of random_int (a 401-digit number) is greater than"),
    ("random_element", {"elements": [-10**400]}, "has an item that must be between -1e+15 and 1e+15 (got a 401-"),
])
def test_hostile_arguments_are_refused_before_faker_sees_them(provider, args, fragment):
    problems = problems_of({"columns": [{"name": "c", "provider": provider, "args": args}]})
    assert any(p.startswith("column 'c': ") and fragment in p for p in problems), problems


@pytest.mark.parametrize("weights,fragment", [
    ([float("nan"), 1], "finite number"), ([float("inf"), 1], "finite number"), ([1e308, 1], "less than or equal"),
    ([-1, 2], "greater than or equal to 0"),
])
def test_weights_must_be_finite_and_bounded(weights, fragment):
    problems = problems_of({"columns": [{"name": "c", "provider": "random_element",
                                         "args": {"elements": ["a", "b"]}, "weights": weights}]})
    assert any(p.startswith("column 1 weights.0") and fragment in p for p in problems), problems


def test_nan_weights_in_a_json_file_are_refused(tmp_path):
    path = tmp_path / "nan.json"
    path.write_text('{"columns": [{"name": "c", "provider": "random_element", "args": {"elements": ["a", "b"]}, '
                    '"weights": [NaN, Infinity]}]}')
    with pytest.raises(SchemaError) as info:
        load_schema(path)
    assert len(info.value.problems) == 2 and all("finite" in p for p in info.value.problems)


def test_after_cannot_carry_dates_past_year_9999():
    base = {"name": "paid", "provider": "date_between", "args": {"start_date": "9999-01-01", "end_date": "9999-12-01"}}
    late = {"name": "refund", "provider": "date_between", "after": {"column": "paid", "max_days": 36_500}}
    problems = problems_of({"columns": [base, late]})
    assert problems == [("column 'refund': 'after' adds up to 36500 days to 'paid', whose dates reach 9999-12-01; "
                        "that passes 9999-12-31, the last date pandas, Arrow and Python hold; lower max_days or make "
                        "'paid' end earlier")]
    times = {**base, "provider": "date_time_between", "args": {"start_date": "9990-01-01T00:00:00",
                                                               "end_date": "9999-12-31T00:00:00"}}
    assert problems_of({"columns": [times, {**late, "provider": "date_time_between"}]})
    stamps = {**times, "args": {"start_date": 253_402_000_000, "end_date": 253_402_300_799}}  # POSIX seconds
    late_times = {**late, "provider": "date_time_between", "after": {"column": "paid", "max_days": 1}}
    assert problems_of({"columns": [stamps, late_times]}) == [
        ("column 'refund': 'after' adds up to 1 days to 'paid', whose dates reach 9999-12-31; that passes 9999-12-31, "
        "the last date pandas, Arrow and Python hold; lower max_days or make 'paid' end earlier")]


def test_after_within_year_9999_reads_back_in_pandas():
    from synthgen import generate

    base = {"name": "paid", "provider": "date_between", "args": {"start_date": "9999-11-01", "end_date": "9999-11-30"}}
    late = {"name": "refund", "provider": "date_between", "after": {"column": "paid", "min_days": 1, "max_days": 29}}
    frame = generate({"columns": [base, late]}, rows=200, seed=3)
    assert all(frame["paid"] < frame["refund"]) and max(frame["refund"]).isoformat() <= "9999-12-29"


@pytest.mark.parametrize("char", ["\r", "\n", "\t", "\x85", "\u2028", "\u2029", "\u202e", "\u200b", "\ufeff"])
@pytest.mark.parametrize("where", ["dataset", "column", "entity", "after"])
def test_names_hold_no_control_format_or_separator_characters(char, where):
    name = f"a{char}b"
    columns = [{"name": "d", "provider": "date_between"}, {"name": "e", "provider": "date_between"},
               {"name": "p", "provider": "first_name"}]
    data = {"name": name if where == "dataset" else "ok", "columns": columns}
    if where == "column":
        columns[0]["name"] = name
    elif where == "entity":
        columns[2]["entity"] = name
    elif where == "after":
        columns[1]["after"] = {"column": name}
    label = {"dataset": "name", "column": "column 1 name", "entity": "column 3 entity",
             "after": "column 2 after.column"}[where]
    problems = problems_of(data)
    assert any(p.startswith(f"{label}: must not contain control characters") and f"U+{ord(char):04X}" in p
               for p in problems), problems


def test_names_may_use_joiners_and_any_script():
    schema = parse_schema({"name": "می‌خواهم", "columns": [{"name": "नाम‍", "provider": "name"},
                                                           {"name": "東京 city", "provider": "city"}]})
    assert schema.columns[0].name == "नाम‍"
