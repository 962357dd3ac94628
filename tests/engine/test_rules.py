"""Column rules in the engine: on 100,000 rows every row keeps every rule, and output stays deterministic."""

import collections
import datetime as dt
import statistics

import numpy as np
import pyarrow as pa
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from synthgen.catalog import get_catalog
from synthgen.engine import Table, check_capacity, iter_batches
from synthgen.engine.formula import column_type
from synthgen.errors import CapacityError, SchemaError
from synthgen.schema import column_kinds, parse_schema

ROWS = 100_000
COLUMNS = [
    {"name": "order_id", "provider": "random_int", "args": {"min": 1}, "sequence": True},
    {"name": "status", "provider": "random_element", "args": {"elements": ["pending", "paid", "refunded"]},
     "weights": [1, 8, 1]},
    {"name": "amount", "provider": "pyfloat", "args": {"min_value": 5, "max_value": 900, "right_digits": 2}},
    {"name": "refund_amount", "formula": "round(amount * uniform(0.2, 1.0), 2)",
     "when": {"column": "status", "in": ["refunded"]}},
    {"name": "instalments", "provider": "random_int", "args": {"min": 1, "max": 12}},
    {"name": "total_paid", "formula": "round(amount * instalments, 2)"},
    {"name": "score", "provider": "random_int", "args": {"min": 0, "max": 100}},
    {"name": "grade", "formula": "bucket(score, [60, 70, 80, 90], ['F', 'D', 'C', 'B', 'A'])"},
    {"name": "country", "provider": "random_element", "args": {"elements": ["France", "Japan", "Peru"]}},
    {"name": "city", "provider": "random_element", "args": {"elements": ["Lima"]},
     "by": {"column": "country", "elements": {"France": ["Paris", "Lyon"], "Japan": ["Osaka", "Kyoto"]},
            "weights": {"France": [3, 1]}}},
    {"name": "paid_on", "provider": "date_between", "args": {"start_date": "2024-01-01", "end_date": "2024-12-31"}},
    {"name": "refunded_on", "provider": "date_between", "after": {"column": "paid_on", "min_days": 1, "max_days": 30},
     "when": {"column": "status", "in": ["refunded"]}},
    {"name": "shipped_on", "formula": "paid_on + days(randint(0, 5))",
     "when": {"column": "status", "not_in": ["pending"]}},
    {"name": "start", "provider": "date_time_between", "args": {"start_date": "2024-01-01", "end_date": "2024-06-30"}},
    {"name": "end", "provider": "date_time_between", "after": {"column": "start", "min_days": 0.25, "max_days": 2.5}},
    {"name": "age", "provider": "pyfloat", "args": {"right_digits": 3},
     "distribution": {"kind": "normal", "mean": 21, "sd": 1.5}},
]


def make(columns, rows, seed=7, **kw):
    schema = parse_schema({"columns": columns})
    return pa.Table.from_batches(list(iter_batches(schema, rows, seed, **kw)), schema=Table(schema).arrow_schema)


@pytest.fixture(scope="module")
def orders():
    return make(COLUMNS, ROWS).to_pydict()


def test_when_fills_only_the_rows_it_names(orders):
    for status, refund, refunded_on, shipped in zip(orders["status"], orders["refund_amount"],
                                                    orders["refunded_on"], orders["shipped_on"]):
        assert (refund is not None) == (status == "refunded")
        assert (refunded_on is not None) == (status == "refunded")
        assert (shipped is not None) == (status != "pending")
    assert 0.05 < orders["status"].count("refunded") / ROWS < 0.15


def test_a_part_is_never_larger_than_its_whole(orders):
    pairs = [(r, a) for r, a in zip(orders["refund_amount"], orders["amount"]) if r is not None]
    assert pairs and all(0.2 * a - 0.01 <= r <= a for r, a in pairs)
    assert all(t >= a - 1e-9 for t, a in zip(orders["total_paid"], orders["amount"]))


def test_a_grade_agrees_with_its_score(orders):
    def grade(score):
        return "F" if score < 60 else "D" if score < 70 else "C" if score < 80 else "B" if score < 90 else "A"
    assert all(g == grade(s) for g, s in zip(orders["grade"], orders["score"]))
    assert set(orders["grade"]) == set("FDCBA")


def test_by_picks_from_the_list_of_the_rows_value(orders):
    lists = {"France": {"Paris", "Lyon"}, "Japan": {"Osaka", "Kyoto"}, "Peru": {"Lima"}}
    pairs = collections.Counter(zip(orders["country"], orders["city"]))
    assert all(city in lists[country] for country, city in pairs)
    assert set(pairs) == {(c, city) for c, cities in lists.items() for city in cities}
    # weights 3:1 within France
    assert 2.8 < pairs["France", "Paris"] / pairs["France", "Lyon"] < 3.2


def test_orderings_hold_in_every_row(orders):
    for paid, refunded, shipped in zip(orders["paid_on"], orders["refunded_on"], orders["shipped_on"]):
        if refunded is not None:
            assert 1 <= (refunded - paid).days <= 30
        if shipped is not None:
            assert 0 <= (shipped - paid).days <= 5
    gaps = [(e - s).total_seconds() / 86_400 for s, e in zip(orders["start"], orders["end"])]
    assert min(gaps) >= 0.25 and max(gaps) <= 2.5
    assert len({round(g % 1, 3) for g in gaps}) > 100  # fractional days, not whole ones


def test_a_normal_distribution_has_its_mean_and_sd(orders):
    ages = orders["age"]
    assert statistics.fmean(ages) == pytest.approx(21, rel=0.02)
    assert statistics.pstdev(ages) == pytest.approx(1.5, rel=0.02)


@pytest.mark.parametrize("dist,check", [
    ({"kind": "lognormal", "median": 45, "sigma": 0.5}, lambda v: np.median(v) == pytest.approx(45, rel=0.02)),
    ({"kind": "exponential", "mean": 12}, lambda v: np.mean(v) == pytest.approx(12, rel=0.02)),
    ({"kind": "zipf", "a": 2.0}, lambda v: np.mean(v == 1) == pytest.approx(6 / np.pi**2, rel=0.02)),
])
def test_other_distributions_have_their_shape(dist, check):
    values = np.array(make([{"name": "x", "provider": "pyfloat", "args": {"right_digits": 4}, "distribution": dist}],
                           ROWS).column("x").to_pylist())
    assert check(values)


def test_a_distribution_is_clipped_to_the_providers_bounds_and_keeps_its_type():
    table = make([{"name": "n", "provider": "random_int", "args": {"min": 10, "max": 30},
                   "distribution": {"kind": "normal", "mean": 20, "sd": 8}}], 20_000)
    values = table.column("n").to_pylist()
    assert table.schema.field("n").type == pa.int64()
    assert min(values) == 10 and max(values) == 30
    assert statistics.fmean(values) == pytest.approx(20, rel=0.02)


def test_distinct_gives_exactly_n_values_and_series_steps_exactly():
    table = make([
        {"name": "sensor_id", "provider": "bothify", "args": {"text": "S-####"}, "distinct": 30},
        {"name": "at", "provider": "date_time_between",
         "series": {"start": "2024-01-01T00:00:00", "step": "10m", "per": "sensor_id"}},
        {"name": "day", "provider": "date_between", "series": {"start": "2024-01-01", "step": "1w"}},
        {"name": "reading", "provider": "pyfloat", "args": {"min_value": 0, "max_value": 1}},
    ], ROWS).to_pydict()
    sensors, stamps = table["sensor_id"], table["at"]
    assert len(set(sensors)) == 30
    first = dt.datetime(2024, 1, 1)
    for i, (sensor, at) in enumerate(zip(sensors, stamps)):
        assert at == first + dt.timedelta(minutes=10 * (i // 30))
        assert sensor == sensors[i % 30]  # each sensor reports once per step, in the same order
    assert stamps == sorted(stamps)
    assert all(day == dt.date(2024, 1, 1) + dt.timedelta(weeks=i) for i, day in enumerate(table["day"]))


def test_distinct_without_series_reuses_n_values_at_random():
    values = make([{"name": "user", "provider": "user_name", "distinct": 50}], 20_000).column("user").to_pylist()
    assert len(set(values)) == 50
    assert values[:50] != values[50:100]


def test_a_column_with_when_and_null_rate_is_empty_where_either_says():
    table = make([
        {"name": "flag", "provider": "random_element", "args": {"elements": [1, 2]}},
        {"name": "x", "provider": "random_int", "when": {"column": "flag", "in": [1]}, "null_rate": 0.5},
    ], 20_000).to_pydict()
    filled = [x is not None for x in table["x"]]
    assert not any(f and flag == 2 for f, flag in zip(filled, table["flag"]))
    ones = table["flag"].count(1)
    assert 0.45 < sum(filled) / ones < 0.55


def test_rules_are_deterministic_whatever_the_thread_count():
    one = make(COLUMNS, 5000, seed=3, workers=1, block_rows=1024)
    three = make(COLUMNS, 5000, seed=3, workers=3, block_rows=1024)
    assert one.equals(three)
    assert not one.equals(make(COLUMNS, 5000, seed=4, workers=1, block_rows=1024))
    # the first rows of a longer run are the rows of a shorter one
    assert make(COLUMNS, 3000, seed=3, block_rows=1024).equals(one.slice(0, 3000))


def test_a_formula_columns_arrow_type_follows_its_expression():
    types = Table(parse_schema({"columns": COLUMNS})).arrow_schema
    assert types.field("refund_amount").type == pa.float64()
    assert types.field("grade").type == pa.string()
    assert types.field("shipped_on").type == pa.date32()


def test_capacity_problems_of_rules_come_before_any_row():
    small = parse_schema({"columns": [{"name": "d", "provider": "random_int", "args": {"min": 1, "max": 5},
                                       "distinct": 10}]})
    with pytest.raises(CapacityError, match="column 'd': 'distinct' asks for 10 values"):
        check_capacity(small, 100)
    late = parse_schema({"columns": [{"name": "t", "provider": "date_between",
                                      "series": {"start": "9999-01-01", "step": "1d"}}]})
    check_capacity(late, 365)
    with pytest.raises(CapacityError, match="column 't': its series passes the year 9999"):
        check_capacity(late, 366)


# The engine makes date_time as dates and randomize_nb_elements as text, unlike Faker's annotations; the schema
# layer types them as the engine does (rules.ENGINE_KINDS), so a formula is never accepted then refused.
@pytest.mark.parametrize("provider", get_catalog("en_US").names())
def test_the_schema_types_a_formula_input_as_the_engine_makes_it(provider):
    schema = parse_schema({"columns": [{"name": "c", "provider": provider}]})
    assert column_kinds(schema)["c"] == column_type(Table(schema).arrow_schema.field("c").type)


def test_a_datetime_after_a_date_moves_by_fractional_days():
    table = make([
        {"name": "day", "provider": "date_between", "args": {"start_date": "2024-01-01", "end_date": "2024-12-31"}},
        {"name": "at", "provider": "date_time_between", "after": {"column": "day", "min_days": 0.5, "max_days": 1.5}},
    ], 5000).to_pydict()
    gaps = [(at - dt.datetime.combine(day, dt.time())).total_seconds() / 86_400
            for day, at in zip(table["day"], table["at"])]
    assert min(gaps) >= 0.5 and max(gaps) <= 1.5
    assert len({at.time() for at in table["at"]}) > 1000  # times of day, not midnight only


def test_a_formula_may_read_a_when_column_and_come_first_in_the_schema():
    table = make([
        {"name": "twice", "formula": "refund * 2"},
        {"name": "status", "provider": "random_element", "args": {"elements": ["paid", "refunded"]}},
        {"name": "refund", "provider": "random_int", "args": {"min": 1, "max": 9},
         "when": {"column": "status", "in": ["refunded"]}},
    ], 5000)
    assert table.column_names == ["twice", "status", "refund"]
    for twice, refund in zip(table.column("twice").to_pylist(), table.column("refund").to_pylist()):
        assert twice == (None if refund is None else 2 * refund)


# ---- random rule schemas: valid and made, or a SchemaError/CapacityError; never another exception -------------

_BASE = [
    {"name": "s", "provider": "random_element", "args": {"elements": ["a", "b", "c"]}},
    {"name": "i", "provider": "random_int", "args": {"min": 0, "max": 50}},
    {"name": "f", "provider": "pyfloat", "args": {"min_value": -5, "max_value": 5}},
    {"name": "d", "provider": "date_between", "args": {"start_date": "2024-01-01", "end_date": "2024-12-31"}},
    {"name": "t", "provider": "date_time_between"},
    {"name": "b", "provider": "boolean"},
    {"name": "n", "provider": "name"},
]
_FORMULAS = ["i + 1", "f * i", "d + days(i)", "t + hours(f)", "concat(s, i)", "if(b, i, -i)", "i / (i - 25)",
             "bucket(f, [0], ['neg', 'pos'])", "year(d)", "min(d, t)", "t - d", "normal(i, f)", "randint(i, 10)",
             "x0 + 1"]


def _rule(rnd, names):
    kind = rnd.choice(["formula", "when", "by", "distribution", "distinct", "series", "after"])
    other = rnd.choice(names)
    if kind == "formula":
        return {"formula": rnd.choice(_FORMULAS)}
    if kind == "when":
        return {"provider": rnd.choice(["pyint", "name", "date_between"]),
                "when": {"column": other, rnd.choice(["in", "not_in"]): rnd.choice([["a"], [1, 2], [True], [1.5]])}}
    if kind == "by":
        return {"provider": "random_element", "args": rnd.choice([{}, {"elements": ["z"]}]),
                "by": {"column": other, "elements": {"a": ["p", "q"], "1": ["r"]}}}
    if kind == "distribution":
        return {"provider": rnd.choice(["pyint", "pyfloat", "pydecimal"]), "args": rnd.choice([{}, {"min_value": 0}]),
                "distribution": rnd.choice([{"kind": "normal", "mean": 3, "sd": 2}, {"kind": "zipf", "a": 1.1},
                                            {"kind": "lognormal", "median": 1e14, "sigma": 9}])}
    if kind == "distinct":
        return {"provider": rnd.choice(["pyint", "name", "uuid4", "date_between", "boolean"]),
                "distinct": rnd.choice([1, 5, 3000])}
    if kind == "series":
        per = {"per": other} if rnd.random() < 0.5 else {}
        return {"provider": rnd.choice(["date_between", "date_time_between"]),
                "series": {"start": rnd.choice(["2024-01-01", "1969-12-31T23:59:59", "9999-12-31"]),
                           "step": rnd.choice(["1s", "2d", "999999w"]), **per}}
    return {"provider": rnd.choice(["date_between", "date_time_between"]),
            "after": {"column": other, "min_days": 0.5, "max_days": 2.5}}


@settings(max_examples=120, deadline=None)
@given(st.randoms(use_true_random=False))
def test_random_rule_schemas_are_made_or_refused_clearly(rnd):
    columns = [dict(c) for c in rnd.sample(_BASE, rnd.randint(1, len(_BASE)))]
    names = [c["name"] for c in columns] + ["x0", "x1"]
    columns += [{"name": f"x{j}", **_rule(rnd, names), "null_rate": rnd.choice([0, 0.3])} for j in range(2)]
    rnd.shuffle(columns)
    try:
        schema = parse_schema({"columns": columns})
        check_capacity(schema, 50)
    except (SchemaError, CapacityError) as exc:
        assert all(p.startswith(("column '", "column ")) for p in exc.problems), exc.problems
        return
    assert make(columns, 50, seed=rnd.randint(0, 99)).num_rows == 50


def test_after_a_series_may_not_pass_9999():
    schema = parse_schema({"columns": [
        {"name": "t", "provider": "date_between", "series": {"start": "9999-12-01", "step": "1d"}},
        {"name": "u", "provider": "date_between", "after": {"column": "t", "min_days": 0, "max_days": 20}}]})
    check_capacity(schema, 5)
    with pytest.raises(CapacityError, match="column 'u': 'after' adds up to 20 days to 't'"):
        check_capacity(schema, 20)
