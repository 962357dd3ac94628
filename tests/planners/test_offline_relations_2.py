"""Offline planner, rules between columns, round 2 (levels.py, relations.py, mentions.py, rules.py, links.py): a
number set per choice ('fee set by the tier (bronze 29, silver 49)'), a label from stated bands of a score ('grade
from the score (A 85+, B 70-84, F below 50)'), a reason only for failed rows of a result/outcome column, a date only
while frozen, parts no larger than wholes when the words also made a stray column, a unit word that starts a
column's name ('hours x rate'), a column the words add up or compare with numbers though it was read as a date, and
a later date never the same date. Each is checked on every row of generated data, in phrasings of our own."""

from __future__ import annotations

import pandas as pd
import pytest

from synthgen.planners.offline.planner import OfflinePlanner
from synthgen.schema import DatasetSchema

from .conftest import column_named as name
from .conftest import numbers as num
from .conftest import planned_rows

ROWS = 800


def rows(planner: OfflinePlanner, text: str) -> tuple[DatasetSchema, pd.DataFrame]:
    return planned_rows(planner, text, ROWS, seed=11)


# -- a number set by a category ----------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "key", "value", "table"), [
    (("Hotel bookings\nroom type: single, double or suite\nnightly rate in USD, set by the room type (single 80, "
     "double 120, suite 300)\nnights: 1-14"), ("room", "type"), ("nightly", "rate"),
     {"single": 80, "double": 120, "suite": 300}),
    (("Parcels with a parcel id, a service level (standard, express or overnight) and a shipping fee that is fixed "
     "by the service level (standard 5, express 12.5, overnight 30)."), ("service", "level"), ("shipping", "fee"),
     {"standard": 5, "express": 12.5, "overnight": 30}),
    (("courses: course code, level one of beginner, intermediate, advanced; credits depend on the level (beginner 2, "
     "intermediate 3, advanced 4)"), ("level",), ("credit",), {"beginner": 2, "intermediate": 3, "advanced": 4}),
])
def test_a_number_set_by_a_category_follows_it_in_every_row(planner: OfflinePlanner, text: str,
                                                             key: tuple[str, ...], value: tuple[str, ...],
                                                             table: dict[str, float]) -> None:
    schema, df = rows(planner, text)
    k, v = name(schema, *key), name(schema, *value)
    got = df[k].astype(str).str.lower().map(table)
    assert got.notna().all()
    assert (num(df, v) == got).all()
    assert df[k].nunique() == len(table)


def test_a_product_of_the_number_set_by_a_category_holds() -> None:
    schema, df = rows(OfflinePlanner(), "Seat licences: plan (Basic, Team or Corporate), seats from 1 to 200, price "
                      "per seat in USD, set by the plan (Basic 8, Team 15, Corporate 40), and monthly bill = seats * "
                      "price per seat")
    bill, seats, price = name(schema, "monthly", "bill"), name(schema, "seats"), name(schema, "price", "per", "seat")
    assert ((num(df, bill) - num(df, seats) * num(df, price)).abs() < 0.006).all()


# -- a label from stated bands of a score ----------------------------------------------------------------------

@pytest.mark.parametrize(("text", "score", "label", "edges"), [
    ("exam results\nstudent name\nexam score 0-100\ngrade from the exam score (A 85+, B 70-84, C 50-69, F below 50)",
     ("exam", "score"), ("grade",), [(50, "F"), (70, "C"), (85, "B"), (1000, "A")]),
    (("Credit applicants: applicant id, credit score between 300 and 850, risk rating from the credit score (low 740 "
     "and above, medium 640-739, high under 640)"), ("credit", "score"), ("risk",),
     [(640, "high"), (740, "medium"), (10_000, "low")]),
    ("athletes\nfitness score 0-60\nlevel based on the fitness score (elite >= 50, good 35-49, basic below 35)",
     ("fitness", "score"), ("level",), [(35, "basic"), (50, "good"), (1000, "elite")]),
])
def test_a_label_follows_the_bands_stated_for_a_score(planner: OfflinePlanner, text: str, score: tuple[str, ...],
                                                      label: tuple[str, ...], edges: list[tuple[float, str]]) -> None:
    schema, df = rows(planner, text)
    s, lab = name(schema, *score), name(schema, *label)
    want = num(df, s).map(lambda x: next(name for top, name in edges if x < top))
    assert (df[lab].astype(str) == want).all()
    assert df[lab].nunique() >= 2


def test_a_list_that_is_neither_numbers_per_choice_nor_bands_is_left_alone() -> None:
    from synthgen.planners.offline import levels
    assert levels.pairs(["red", "green", "blue"]) is None
    assert levels.bands(["A 90+", "B sometimes"]) is None
    assert levels.bands(["A 90+", "B 80-89", "F below 60"]) == [("F", None), ("B", 80.0), ("A", 90.0)]
    assert levels.pairs(["Starter $12", "Growth: 25 USD"]) == {"Starter": 12.0, "Growth": 25.0}


# -- a reason only for failed rows, a date only while frozen --------------------------------------------------

@pytest.mark.parametrize(("text", "state", "detail", "failing"), [
    ("Payment attempts: attempt id, amount, result (success or failed), failure reason", ("result",),
     ("failure", "reason"), {"failed"}),
    (("Each row is a software deployment with a deploy id, the service name, an outcome of succeeded or failed, "
     "and a failure reason."), ("outcome",), ("failure", "reason"), {"failed"}),
    ("vehicle inspections: plate number, inspection result (pass or fail), failure reason, inspector name",
     ("result",),
     ("failure", "reason"), {"fail"}),
])
def test_a_failure_reason_is_filled_only_for_failed_rows(planner: OfflinePlanner, text: str, state: tuple[str, ...],
                                                         detail: tuple[str, ...], failing: set[str]) -> None:
    schema, df = rows(planner, text)
    s, d = name(schema, *state), name(schema, *detail)
    failed = df[s].astype(str).str.lower().isin(failing)
    assert failed.any() and (~failed).any()
    assert df.loc[failed, d].notna().all()
    assert df.loc[~failed, d].isna().all()


@pytest.mark.parametrize("text", [
    "Gym memberships: member id, status (active, frozen or cancelled), freeze end date",
    "Streaming subscriptions: subscription id, status (active, paused or ended), pause end date",
    "library cards\ncard number\nstate: active, suspended, expired\nsuspension end date",
])
def test_a_freeze_date_is_filled_only_while_frozen(planner: OfflinePlanner, text: str) -> None:
    schema, df = rows(planner, text)
    s = next(c.name for c in schema.columns if c.name.split("_")[-1] in ("status", "state"))
    d = next(c.name for c in schema.columns if c.name != s and c.when)
    held = df[s].astype(str).str.lower().isin({"frozen", "paused", "suspended"})
    assert held.any() and (~held).any()
    assert df.loc[held, d].notna().all() and df.loc[~held, d].isna().all()


# -- parts no larger than wholes, read past stray words ----------------------------------------------------------

@pytest.mark.parametrize(("text", "part", "whole"), [
    ("Video stats:\n- video id\n- views and likes counts; likes should never exceed views", ("likes",), ("views",)),
    ("Store returns\n- order id\n- units sold and units returned; units returned should never exceed units sold",
     ("returned",), ("sold",)),
    (("The refunded amount is 0 for most orders and never more than the order total. Each order has an order id, "
     "an order total between 10 and 500 and a refunded amount."), ("refunded",), ("order", "total")),
])
def test_a_part_never_exceeds_its_whole(planner: OfflinePlanner, text: str, part: tuple[str, ...],
                                        whole: tuple[str, ...]) -> None:
    schema, df = rows(planner, text)
    p, w = name(schema, *part), name(schema, *whole, avoid=part)
    ok = df[p].isna() | (num(df, p) <= num(df, w))
    assert ok.all()


# -- a unit word that starts a column's name; numbers misread as dates -------------------------------------------

@pytest.mark.parametrize(("text", "total", "a", "b"), [
    ("Consulting time sheet: entry id, hours worked up to 10, hourly rate in USD, fee charged = hours x rate",
     ("fee",), ("hours",), ("rate",)),
    ("Machine hire: hire id, days hired in whole days up to 30, daily rate in EUR, hire cost = days x daily rate",
     ("hire", "cost"), ("days",), ("daily", "rate")),
    ("Freight: shipment id, kilometres driven from 10 to 900, rate per km in USD, freight charge = kilometres x rate",
     ("freight", "charge"), ("kilometres",), ("rate",)),
])
def test_a_unit_word_that_begins_a_column_names_it(planner: OfflinePlanner, text: str, total: tuple[str, ...],
                                                   a: tuple[str, ...], b: tuple[str, ...]) -> None:
    schema, df = rows(planner, text)
    t, x, y = name(schema, *total), name(schema, *a), name(schema, *b)
    assert ((num(df, t) - num(df, x) * num(df, y)).abs() < 0.006).all()


@pytest.mark.parametrize(("text", "target", "check"), [
    ("Building projects\n- contract value between 100k and 5M\n- cost to date (can't exceed the contract value)",
     ("cost", "to", "date"), lambda df, t: num(df, t) <= num(df, "contract_value")),
    (("Fundraisers\n* ticket income 100-5000\n* donations received 0-20000\n* total raised = ticket income + "
     "donations received"), ("total", "raised"),
     lambda df, t: (num(df, t) - num(df, "ticket_income")
                    - num(df, next(c for c in df.columns if c.startswith("donation")))).abs() < 0.006),
    ("Departments\n- annual budget 10000-90000\n- spend to date (never more than the annual budget)",
     ("spend",), lambda df, t: num(df, t) <= num(df, "annual_budget")),
])
def test_a_column_compared_or_summed_with_numbers_is_a_number(planner: OfflinePlanner, text: str,
                                                              target: tuple[str, ...], check: object) -> None:
    schema, df = rows(planner, text)
    t = name(schema, *target)
    assert check(df, t).all()  # type: ignore[operator]


# -- a later date is never the same date ---------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "first", "then"), [
    (("Each row is a clinic patient. It has a patient id, the registration date sometime in 2023, and the date of "
     "the last visit, which is always after registration."), ("registration",), ("visit",)),
    ("loyalty members: member id, signup date in 2022, last visit date (after signup)", ("signup",), ("visit",)),
    ("Library members\n- member number\n- joined date\n- last visit date, always after the joined date",
     ("joined",), ("visit",)),
])
def test_a_date_after_another_is_a_later_date(planner: OfflinePlanner, text: str, first: tuple[str, ...],
                                              then: tuple[str, ...]) -> None:
    schema, df = rows(planner, text)
    a, b = name(schema, *first), name(schema, *then)
    both = df[a].notna() & df[b].notna()
    assert (pd.to_datetime(df.loc[both, a]) < pd.to_datetime(df.loc[both, b])).all()


# -- a factor the reader typed as words is a number from its stated range ----------------------------------------

@pytest.mark.parametrize(("columns", "text", "target", "factor", "low", "high"), [
    ([("sets", "random_int", {"min": 1, "max": 6}, "sets 1-6"), ("rep", "name", {}, "reps 1-20"),
      ("volume", "pyfloat", {"min_value": 0.0, "max_value": 9.0}, "volume")],
     "sets 1-6, reps 1-20, volume = sets*reps", "volume", "rep", 1, 20),
    ([("batches", "word", {}, "batches 2 to 8"), ("batch_size", "random_int", {"min": 6, "max": 12}, "size"),
      ("units", "pyint", {}, "units")],
     "batches 2 to 8, batch size, units = batches x batch size", "units", "batches", 2, 8),
    ([("hours", "random_int", {"min": 1, "max": 9}, "hours"), ("pay_rate", "sentence", {}, "pay rate 12.5-40"),
      ("wage", "pyfloat", {"min_value": 0.0, "max_value": 9.0}, "wage")],
     "hours, pay rate 12.5-40, wage = hours times pay rate", "wage", "pay_rate", 12.5, 40),
])
def test_a_factor_read_as_words_becomes_the_number_its_range_states(
        columns: list[tuple[str, str, dict[str, object], str]], text: str, target: str, factor: str, low: float,
        high: float) -> None:
    from synthgen.planners.offline import relations
    from synthgen.planners.offline.fields import Field
    fields = [Field(n, p, args=dict(a), phrase=ph, explicit=True) for n, p, a, ph in columns]
    relations.read(fields, text)
    by_name = {f.name: f for f in fields}
    assert by_name[target].formula and factor in by_name[target].formula
    f = by_name[factor]
    assert f.provider in ("random_int", "pyfloat")
    got = (f.args.get("min", f.args.get("min_value")), f.args.get("max", f.args.get("max_value")))
    assert got == (low, high)


@pytest.mark.parametrize(("columns", "text", "part", "whole"), [
    ([("kills", "random_int", {"min": 0, "max": 30}, "kills"), ("headshots", "image_url", {}, "headshots")],
     "kills, headshots (<= kills)", "headshots", "kills"),
    ([("pages", "random_int", {"min": 1, "max": 400}, "pages"), ("pages_read", "sentence", {}, "pages read")],
     "pages, pages read, which never exceeds the pages", "pages_read", "pages"),
    ([("budget", "pyfloat", {"min_value": 10.0, "max_value": 90.0}, "budget"), ("outlay", "name", {}, "outlay")],
     "budget, outlay at most the budget", "outlay", "budget"),
])
def test_a_column_read_as_words_but_compared_with_a_number_is_a_number(
        columns: list[tuple[str, str, dict[str, object], str]], text: str, part: str, whole: str) -> None:
    from synthgen.planners.offline import relations
    from synthgen.planners.offline.fields import Field
    fields = [Field(n, p, args=dict(a), phrase=ph, explicit=True) for n, p, a, ph in columns]
    relations.read(fields, text)
    f = next(f for f in fields if f.name == part)
    assert f.formula and whole in f.formula and "uniform(" in f.formula
    assert f.provider in ("random_int", "pyfloat")


@pytest.mark.parametrize(("text", "part", "whole"), [
    (("Phone bills\n- account id\n- roaming charge in USD\n- total bill between 20 and 200 USD, including the "
     "roaming charge"), ("roaming",), ("total", "bill")),
    (("Restaurant receipts: receipt id, service charge in EUR, amount paid between 10 and 400 EUR, including the "
     "service charge"), ("service",), ("amount", "paid")),
    (("Each row is a freight invoice. It has an invoice id, a fuel surcharge, and an invoice amount between 100 and "
     "5000, which includes the fuel surcharge."), ("fuel",), ("invoice", "amount")),
])
def test_a_part_a_whole_includes_is_at_most_the_whole(planner: OfflinePlanner, text: str, part: tuple[str, ...],
                                                      whole: tuple[str, ...]) -> None:
    schema, df = rows(planner, text)
    p, w = name(schema, *part), name(schema, *whole)
    assert (num(df, p) <= num(df, w)).all()
    assert (num(df, p) < num(df, w)).mean() > 0.9
