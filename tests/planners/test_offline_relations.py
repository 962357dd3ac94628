"""The offline planner reads relations between columns from the words (relations.py, orders.py, mappings.py):
products, sums and differences, parts no larger than their whole, ratios, dates in order at any depth, blanks
while a status holds, categories that determine others, and bands of a score. Each is checked on every row of
real generated data, in several phrasings from different domains; and words that name no column change nothing."""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd
import pytest

import synthgen
from synthgen.planners.offline import mappings
from synthgen.planners.offline.planner import OfflinePlanner
from synthgen.schema import DatasetSchema

from .conftest import column_named as name
from .conftest import numbers as num

ROWS = 1500


def plan(planner: OfflinePlanner, text: str) -> DatasetSchema:
    result = planner.plan(text)
    assert not [n for n in result.meta.notes if "rules were dropped" in n or "replaced by plain" in n]
    return result.schema


def rows(schema: DatasetSchema, n: int = ROWS) -> pd.DataFrame:
    return synthgen.generate(schema, rows=n, seed=5)


def column(schema: DatasetSchema, column_name: str) -> Any:
    return next(c for c in schema.columns if c.name == column_name)


# -- products ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "total", "a", "b"), [
    (("Invoice lines: line id, hours billed (1 to 40), hourly rate in USD (50-200), line amount = hours billed x "
     "hourly rate"), ("line", "amount"), ("hours",), ("hourly", "rate")),
    (("Car rentals: rental id, days rented (1-14), daily rate in EUR (20 to 90), rental cost (days rented * daily "
     "rate)"), ("rental", "cost"), ("days",), ("daily", "rate")),
    (("Each row is a print job. It has a job id, the number of pages (1 to 300), the price per page (0.05 to 0.5) "
     "and the job price, which is the number of pages times the price per page."), ("job", "price"), ("pages",),
     ("per", "page")),
])
def test_a_total_named_as_a_product_is_that_product(planner: OfflinePlanner, text: str, total: tuple[str, ...],
                                                     a: tuple[str, ...], b: tuple[str, ...]) -> None:
    schema = plan(planner, text)
    t, x, y = name(schema, *total), name(schema, *a, avoid=("rate", "per", "cost", "amount")), name(schema, *b)
    assert column(schema, t).formula
    df = rows(schema)
    assert (abs(num(df, t) - num(df, x) * num(df, y)) <= 0.006).all()
    assert num(df, t).nunique() > ROWS // 3


# -- sums and differences --------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "whole", "parts", "minus"), [
    (("Restaurant bills: bill id, food charge (10-200), drinks charge (0-80), service charge (0-30), grand total "
     "= food charge + drinks charge + service charge"), ("grand", "total"),
     [("food",), ("drinks",), ("service",)], []),
    (("Invoices with subtotal (100 to 900), shipping fee (0 to 25), and amount due, which is the subtotal plus "
     "the shipping fee"), ("amount", "due"), [("subtotal",), ("shipping",)], []),
    (("Monthly budget: month, income (2000-6000), rent (500-1500), savings (0-300), leftover (income minus rent "
     "minus savings)"), ("leftover",), [("income",)], [("rent",), ("savings",)]),
])
def test_a_sum_or_difference_in_words_holds_in_every_row(planner: OfflinePlanner, text: str,
                                                          whole: tuple[str, ...], parts: list[tuple[str, ...]],
                                                          minus: list[tuple[str, ...]]) -> None:
    schema = plan(planner, text)
    df = rows(schema)
    expected = sum(num(df, name(schema, *p)) for p in parts) - sum(num(df, name(schema, *m)) for m in minus)
    assert (abs(num(df, name(schema, *whole)) - expected) <= 0.006).all()


@pytest.mark.parametrize("text", [
    "Basketball games: game id, home points (60-130), away points (60-130), total points",
    "Hockey matches with home goals (0-8), away goals (0-8) and total goals",
    "Cricket innings: first innings runs (50-450), second innings runs (50-450), total runs",
])
def test_a_whole_number_total_beside_its_counts_is_their_sum(planner: OfflinePlanner, text: str) -> None:
    schema = plan(planner, text)
    total = name(schema, "total")
    counts = [c.name for c in schema.columns if c.name != total and c.name.split("_")[-1] == total.split("_")[-1]]
    assert len(counts) == 2
    df = rows(schema)
    assert (num(df, total) == num(df, counts[0]) + num(df, counts[1])).all()


# -- parts no larger than their whole ------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "part", "whole", "strict"), [
    ("Warehouse orders: order id, units ordered (1-500), units shipped (never more than the units ordered)",
     ("units", "shipped"), ("units", "ordered"), False),
    (("Scholarships: student name, tuition fee in USD (5000-40000), scholarship amount (at most the tuition "
     "fee)"), ("scholarship",), ("tuition",), False),
    ("Art auctions: lot number, estimate in GBP (1000-50000), reserve price (always below the estimate)",
     ("reserve",), ("estimate",), True),
    ("Marathon results: runner, checkpoints passed <= checkpoints total, checkpoints total (5-20)",
     ("passed",), ("checkpoints", "total"), False),
])
def test_a_part_never_exceeds_its_whole(planner: OfflinePlanner, text: str, part: tuple[str, ...],
                                        whole: tuple[str, ...], strict: bool) -> None:
    schema = plan(planner, text)
    p, w = name(schema, *part), name(schema, *whole, avoid=("passed",))
    df = rows(schema)
    small, big = num(df, p), num(df, w)
    assert (small < big).all() if strict else (small <= big).all()
    assert small.nunique() > 10 and (small > 0).mean() > 0.9  # drawn per row, not a constant


# -- ratios ----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "part", "whole", "low", "high"), [
    ("Sales reps: rep name, revenue in USD (10k-500k), commission is 5% of the revenue", ("commission",),
     ("revenue",), 0.05, 0.05),
    ("Property taxes: parcel id, assessed value (100000-900000), annual tax (1-2% of the assessed value)",
     ("tax",), ("assessed",), 0.01, 0.02),
    ("Restaurant orders: order id, bill amount (10-300), tip (up to 20% of the bill amount)", ("tip",),
     ("bill",), 0.0, 0.20),
    ("Apartment leases: tenant, monthly rent (800-3000), deposit (one or two months' rent)",
     ("deposit",), ("rent",), 1.0, 2.0),
    ("Car trips: trip id, distance in km (5-800), fuel used in litres (6 to 9 litres per 100 km)", ("fuel",),
     ("distance",), 0.06, 0.09),
])
def test_a_share_of_another_column_stays_in_its_stated_band(planner: OfflinePlanner, text: str,
                                                             part: tuple[str, ...], whole: tuple[str, ...],
                                                             low: float, high: float) -> None:
    schema = plan(planner, text)
    df = rows(schema)
    p, w = num(df, name(schema, *part)), num(df, name(schema, *whole, avoid=part))
    ratio = p / w
    slack = 0.006 / w.min() + 1e-9  # cents of rounding
    assert ratio.between(low - slack, high + slack).all()
    if low == 1.0 and high == 2.0:
        assert set(np.round(ratio, 2)) <= {1.0, 2.0}


# -- dates in order --------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "first", "then", "low", "high"), [
    (("Support tickets: ticket id, opened at timestamp, first response at timestamp (2 to 48 hours after opened "
     "at)"), ("opened",), ("response",), pd.Timedelta(hours=2), pd.Timedelta(hours=48)),
    ("Projects: project id, kickoff date in 2023, deadline date which must be after the kickoff date",
     ("kickoff",), ("deadline",), pd.Timedelta(days=1), None),
    ("Exams: student, exam date in 2024, registration date (7-30 days before the exam date)",
     ("registration",), ("exam",), pd.Timedelta(days=7), pd.Timedelta(days=30)),
    ("Subscriptions: member, start date sometime in 2023, end date 3 to 12 months later", ("start",), ("end",),
     pd.Timedelta(days=90), pd.Timedelta(days=366)),
])
def test_a_date_said_to_follow_another_follows_it(planner: OfflinePlanner, text: str, first: tuple[str, ...],
                                                  then: tuple[str, ...], low: pd.Timedelta,
                                                  high: pd.Timedelta | None) -> None:
    schema = plan(planner, text)
    a, b = name(schema, *first), name(schema, *then, avoid=first)
    df = rows(schema)
    gap = pd.to_datetime(df[b]) - pd.to_datetime(df[a])
    assert (gap >= low).all()
    if high is not None:
        assert (gap <= high).all()


def test_a_chain_of_dates_keeps_its_order_at_every_depth(planner: OfflinePlanner) -> None:
    schema = plan(planner, "Vaccinations: patient id, first dose date in 2023, second dose date (21 to 28 "
                           "days after the first dose date), booster date (5 to 8 months after the second dose date)")
    first, second, booster = name(schema, "first"), name(schema, "second"), name(schema, "booster")
    df = rows(schema)
    d1, d2, d3 = (pd.to_datetime(df[c]) for c in (first, second, booster))
    assert ((d2 - d1).dt.days.between(21, 28)).all()
    assert ((d3 - d2).dt.days.between(140, 250)).all()


# -- blank while a status holds --------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "date", "status", "filled"), [
    (("Job applications: applicant name, status (applied, interviewing, hired, rejected), hire date (blank unless "
     "hired)"), ("hire",), ("status",), ["hired"]),
    ("Bug reports: bug id, state (open, fixed, wont fix), fixed date (empty while the bug is open or wont fix)",
     ("fixed", "date"), ("state",), ["fixed"]),
    (("Each row is a permit request with a request id, a decision (granted, refused, pending) and a granted date, "
     "which is empty if the request is refused or still pending."), ("granted", "date"), ("decision",),
     ["granted"]),
])
def test_a_column_blank_while_a_status_holds_is_filled_exactly_otherwise(planner: OfflinePlanner, text: str,
                                                                          date: tuple[str, ...],
                                                                          status: tuple[str, ...],
                                                                          filled: list[str]) -> None:
    schema = plan(planner, text)
    d, s = name(schema, *date), name(schema, *status, avoid=("date",))
    df = rows(schema)
    assert (df[d].notna() == df[s].isin(filled)).all()
    assert df[d].notna().any() and df[d].isna().any()
    assert pd.to_datetime(df[d].dropna()).notna().all()  # dates, not the words of the phrase


@pytest.mark.parametrize(("text", "date", "share"), [
    ("Library loans: loan id, loan date, returned date (empty if not returned yet, about 30% of loans)",
     ("returned",), 0.3),
    ("Houses for sale: listing id, listed date, sold date (blank if not sold yet; about 60% are still for sale)",
     ("sold",), 0.6),
])
def test_a_column_blank_for_a_stated_share_without_a_status(planner: OfflinePlanner, text: str,
                                                            date: tuple[str, ...], share: float) -> None:
    schema = plan(planner, text)
    df = rows(schema)
    assert abs(df[name(schema, *date)].isna().mean() - share) < 0.05


# -- categories that determine others --------------------------------------------------------------------------

def _maps(df: pd.DataFrame, a: str, b: str) -> bool:
    """Every value of `a` always comes with the same value of `b`."""
    return bool((df.groupby(a)[b].nunique() <= 1).all())


@pytest.mark.parametrize(("text", "dependent", "key"), [
    ("Pet insurance policies: pet name, species (dog, cat), breed matching the species", ("breed",),
     ("species",)),
    ("Car rentals with a rental id, make (Toyota, Ford, BMW) and model", ("model",), ("make",)),
    ("Store layout: department (Garden, Kitchen, Toys), aisle within the department (A1, A2, B1, B2, C1, C2)",
     ("aisle",), ("department",)),
    ("Food orders: order id, restaurant (pizza, sushi, taco), cuisine (must fit the restaurant)",
     ("restaurant",), ("cuisine",)),
])
def test_a_category_that_determines_another(planner: OfflinePlanner, text: str, dependent: tuple[str, ...],
                                            key: tuple[str, ...]) -> None:
    schema = plan(planner, text)
    d, k = name(schema, *dependent), name(schema, *key, avoid=dependent)
    df = rows(schema)
    assert _maps(df, d, k)
    assert df[d].nunique() >= 2


def test_known_vocabularies_are_realistic(planner: OfflinePlanner) -> None:
    schema = plan(planner, "Pet insurance policies: pet name, species (dog, cat), breed matching the species")
    df = rows(schema)
    species, breed = name(schema, "species"), name(schema, "breed")
    assert set(df[df[species] == "cat"][breed]) <= {"Siamese", "Persian", "Maine Coon", "British Shorthair",
                                                    "Ragdoll", "Bengal", "Sphynx"}
    cars = plan(planner, "Car rentals with a rental id, make (Toyota, Ford, BMW) and model")
    df = rows(cars)
    assert "Corolla" in set(df[df[name(cars, "make")] == "Toyota"][name(cars, "model")])


# -- bands of a score ------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "band", "score", "edges"), [
    ("Wine ratings: wine name, score (80-100), medal (gold >= 95, silver >= 90, bronze >= 85, else none)",
     ("medal",), ("score",), [(85, "bronze"), (90, "silver"), (95, "gold")]),
    ("Loan applicants: applicant, credit score (300-850), risk band (low >= 700, medium >= 600, else high)",
     ("risk",), ("credit",), [(600, "medium"), (700, "low")]),
    ("Coursework: student, mark 0-100, grade (A >= 85, B >= 70, C >= 50, otherwise F)", ("grade",), ("mark",),
     [(50, "C"), (70, "B"), (85, "A")]),
])
def test_a_band_follows_its_score(planner: OfflinePlanner, text: str, band: tuple[str, ...],
                                  score: tuple[str, ...], edges: list[tuple[int, str]]) -> None:
    schema = plan(planner, text)
    b, s = name(schema, *band), name(schema, *score, avoid=band)
    df = rows(schema)
    values = num(df, s)
    for (edge, label), upper in zip(edges, [e for e, _ in edges[1:]] + [10**9], strict=True):
        inside = (values >= edge) & (values < upper)
        assert (df[b][inside].str.lower() == label.lower()).all()
    assert df[b].nunique() >= 3


# -- words that name no column change nothing ------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Trades: trade id, price in USD (1-500), commission (at most $10)",
    "Users with name, email and a short note of more than three words",
    "Sensor readings: sensor id, reading (0-100), about 5% of readings missing",
])
def test_words_that_name_no_second_column_set_no_rule(planner: OfflinePlanner, text: str) -> None:
    schema = plan(planner, text)
    assert not any(c.formula or c.when or c.by for c in schema.columns)


# -- zero for a status, job titles that fit the department ---------------------------------------------------

@pytest.mark.parametrize(("text", "amount", "state", "zero"), [
    (("Warranty claims: claim id, claimed amount in EUR (50-2000), status (paid, rejected, open), payout (never "
     "more than the claimed amount; zero for rejected claims)"), ("payout",), ("status",), "rejected"),
    (("Expense reports: report id, amount requested (10-900), outcome (approved, denied), amount reimbursed (at "
     "most the amount requested, 0 when denied)"), ("reimbursed",), ("outcome",), "denied"),
    (("Tax refunds: filer, tax paid (100-5000), decision (accepted, refused), refund (up to the tax paid; 0 if "
     "refused)"), ("refund",), ("decision",), "refused"),
])
def test_a_part_is_zero_where_a_status_says_so(planner: OfflinePlanner, text: str, amount: tuple[str, ...],
                                               state: tuple[str, ...], zero: str) -> None:
    schema = plan(planner, text)
    a, s = name(schema, *amount), name(schema, *state)
    df = rows(schema)
    assert (num(df, a)[df[s] == zero] == 0).all()
    assert (num(df, a)[df[s] != zero] > 0).all()


@pytest.mark.parametrize("text", [
    "Employees: employee id, name, department (Engineering, Sales, Finance), job title",
    "Staff directory with full name, dept (Marketing, Legal, IT) and job title that fits the dept",
    "HR records: worker id, department (Operations, Product, Design), job role",
])
def test_a_job_title_fits_its_department(planner: OfflinePlanner, text: str) -> None:
    schema = plan(planner, text)
    job, dept = name(schema, "job"), name(schema, "department") if any(
        "department" in c.name for c in schema.columns) else name(schema, "dept")
    df = rows(schema)
    assert _maps(df, job, dept)
    engineering = df[df[dept] == "Engineering"][job] if "Engineering" in set(df[dept]) else pd.Series([], dtype=str)
    assert all("Engineer" in t for t in engineering)


@pytest.mark.parametrize(("text", "key", "fixed", "count"), [
    ("Room climate log: ts every 5 min, sensor_id (S01-S12), room (fixed per sensor), temp_c", ("sensor",),
     ("room",), 12),
    ("Factory machines: machine id (M1 to M8), hall number (1-20, fixed for each machine), status (on, off)",
     ("machine",), ("hall",), 8),
    ("Beehive scale readings: hive id (H01-H30), apiary (North, South, East) within the hive, weight kg (20-90)",
     ("hive",), ("apiary",), 30),
])
def test_a_column_fixed_per_listed_id_repeats_with_it(planner: OfflinePlanner, text: str, key: tuple[str, ...],
                                                      fixed: tuple[str, ...], count: int) -> None:
    schema = plan(planner, text)
    k, f = name(schema, *key), name(schema, *fixed)
    df = rows(schema)
    assert df[k].nunique() == count
    assert _maps(df, k, f)


def test_unasked_pairs_need_a_known_vocabulary_and_states_follow_the_locale(planner: OfflinePlanner) -> None:
    brazil = plan(planner, "Brazilian citizens with full name, national id, birth date, city and state")
    assert not any(c.by for c in brazil.columns)  # Faker's Brazilian states, not a list of US ones
    places = plan(planner, "Parcels: tracking number, destination city and destination state (US states)")
    df = rows(places)
    assert _maps(df, name(places, "destination", "city"), name(places, "destination", "state"))
    assert set(df[name(places, "destination", "state")]) <= set(mappings.data()["values"]["state"])
    restaurants = plan(planner, "a list of restaurants")
    assert not any(c.by for c in restaurants.columns)  # 'The Golden Spoon' has no known cuisine: left alone
    logins = plan(planner, "user accounts: username, created at, last login (after created)")
    assert name(logins, "login") and column(logins, name(logins, "login")).after.max_days >= 30
