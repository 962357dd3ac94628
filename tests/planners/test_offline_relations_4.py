"""Offline planner, rules between columns, round 4 (orders.py, blanks.py, ...): a column blank while a choice is
NOT named ('empty if not returned yet': filled only once returned), a column blank unless a choice of any category
holds ('blank unless the dog is a pregnant female'). Each is checked on every row of generated data, in phrasings of
our own and domains other than the evaluation batches'."""

from __future__ import annotations

import pandas as pd
import pytest

from synthgen.planners.offline.planner import OfflinePlanner
from synthgen.schema import DatasetSchema

from .conftest import column_named as name
from .conftest import planned_rows

ROWS = 400


def rows(planner: OfflinePlanner, text: str) -> tuple[DatasetSchema, pd.DataFrame]:
    return planned_rows(planner, text, ROWS, seed=7)


def _blank(v: object) -> bool:
    return v is None or (isinstance(v, float) and pd.isna(v)) or v is pd.NaT or str(v) in ("", "NaT", "None", "nan")


@pytest.mark.parametrize(("text", "subject", "state", "filled"), [
    (("library loans with loan id, book title, borrowed on, returned on which stays empty when the book is not "
     "returned yet, and loan status (on loan, returned, lost)"), ("returned", "on"), ("status",), {"returned"}),
    ("Orders: order id, placed at, shipped date, empty while not shipped, status (processing, shipped, cancelled)",
     ("shipped", "date"), ("status",), {"shipped"}),
    (("warranty claims: claim no, product, filed date, approval date, which is null if the claim was not approved, "
     "claim status: open | approved | denied"), ("approval", "date"), ("status",), {"approved"}),
    (("course_id: CRS-001 style\nenrolled_on: date in 2025\ncompleted_on: after enrolled_on, blank if not completed "
     "yet\nprogress: enrolled | completed | dropped"), ("completed", "on"), ("progress",), {"completed"}),
    (("Dog registry: dog name, breed, sex (male or female), litter due date that is blank unless the dog is a "
     "pregnant female"), ("due",), ("sex",), {"female"}),
    ("Staff: employee id, gender (male, female), maternity leave start (empty unless female), salary",
     ("maternity",), ("gender",), {"female"}),
    (("Tickets: ticket id, plan (free, pro, enterprise), account manager email which is empty unless the plan is "
     "enterprise"), ("manager",), ("plan",), {"enterprise"}),
])
def test_blank_unless_or_if_not_a_choice(planner: OfflinePlanner, text: str, subject: tuple[str, ...],
                                         state: tuple[str, ...], filled: set[str]) -> None:
    schema, df = rows(planner, text)
    col, cond = name(schema, *subject), name(schema, *state)
    for value, cell in zip(df[cond], df[col]):
        if str(value) in filled:
            assert not _blank(cell), (value, cell)
        else:
            assert _blank(cell), (value, cell)
    assert df[cond].astype(str).isin(filled).any() and not df[cond].astype(str).isin(filled).all()


def _num(v: object) -> float:
    return float(str(v))


@pytest.mark.parametrize(("text", "whole", "taken", "left"), [
    ("payslips: employee, gross pay, tax withheld, net pay = gross pay - tax withheld",
     ("gross",), ("tax",), ("net",)),
    ("salary slips: employee, gross salary, deductions, net salary equals gross salary minus deductions",
     ("gross",), ("deductions",), ("net",)),
    ("Gift cards: card number, initial value, amount spent, remaining value = initial value - amount spent",
     ("initial",), ("spent",), ("remaining",)),
    ("Warehouse bins: bin id, capacity units, reserved units, free units = capacity units - reserved units",
     ("capacity",), ("reserved",), ("free",)),
    ("Freelance invoices: invoice no, invoice amount, platform fee, payout = invoice amount - platform fee",
     ("invoice", "amount"), ("fee",), ("payout",)),
])
def test_a_difference_of_amounts_is_never_negative(planner: OfflinePlanner, text: str, whole: tuple[str, ...],
                                                    taken: tuple[str, ...], left: tuple[str, ...]) -> None:
    schema, df = rows(planner, text)
    w, t, rest = name(schema, *whole), name(schema, *taken), name(schema, *left)
    for a, b, c in zip(df[w], df[t], df[rest]):
        assert _num(c) >= 0 and _num(b) <= _num(a) + 1e-9, (a, b, c)
        assert abs(_num(a) - _num(b) - _num(c)) < 0.02, (a, b, c)
    assert df[t].astype(float).nunique() > 3  # the amount taken off still varies


def test_a_signed_difference_may_go_negative(planner: OfflinePlanner) -> None:
    schema, df = rows(planner, "Trades: ticker, sell value, buy value, profit = sell value - buy value")
    assert (df[name(schema, "profit")].astype(float) < 0).any()


@pytest.mark.parametrize(("text", "part", "whole"), [
    ("Dental visits: visit id, total charge, insurer share (a portion of the total charge), patient copay",
     ("insurer",), ("total", "charge")),
    ("Grants: grant id, award amount in USD, overhead (part of the award amount), field", ("overhead",),
     ("award",)),
    ("Crowdfunding: campaign, goal amount, pledged amount, platform fee which is a fraction of the pledged amount",
     ("platform", "fee"), ("pledged",)),
    (("Clinic bills: bill id, billed amount, covered amount (at most the billed amount), member cost (part of the "
     "covered amount)"), ("member",), ("covered",)),
    ("Tour packages: package name, package price, deposit (part of the package price, due at booking)",
     ("deposit",), ("package", "price")),
])
def test_part_of_a_column_is_at_most_it(planner: OfflinePlanner, text: str, part: tuple[str, ...],
                                        whole: tuple[str, ...]) -> None:
    schema, df = rows(planner, text)
    p, w = name(schema, *part), name(schema, *whole)
    assert all(_num(a) <= _num(b) + 1e-9 for a, b in zip(df[p], df[w])), (p, w)
    assert df[p].astype(float).nunique() > 20


@pytest.mark.parametrize(("text", "product", "factors"), [
    (("Beverage orders: order id, pack size (6, 12 or 24), packs ordered 1-20, cans total = pack size times "
     "packs ordered"), ("cans",), [("pack", "size"), ("packs", "ordered")]),
    (("EV charging: session id, charger power kW (7, 11 or 22), hours charged 0.5 to 8, energy kwh = charger "
     "power kW times hours charged"), ("energy",), [("charger",), ("hours",)]),
    ("Courses: course code, credits (3 or 4), weeks (10, 12 or 15), contact hours which equal credits times weeks",
     ("contact",), [("credit",), ("week",)]),
    (("Plug meters: meter id, the voltage (110 or 230), the current in amps (0 to 10), and the load in watts, which "
     "should equal voltage times current"), ("load",), [("voltage",), ("current",)]),
    ("Lab batches: batch id, plates (1, 2 or 4), wells per plate (96 or 384), wells used = plates x wells per plate",
     ("used",), [("plate",), ("per",)]),
])
def test_a_factor_listed_as_numbers_multiplies(planner: OfflinePlanner, text: str, product: tuple[str, ...],
                                               factors: list[tuple[str, ...]]) -> None:
    schema, df = rows(planner, text)
    p = name(schema, *product)
    a, b = (name(schema, *f, avoid=product) for f in factors)
    assert a != b
    for x, y, z in zip(df[a], df[b], df[p]):
        assert abs(_num(x) * _num(y) - _num(z)) <= 0.01, (x, y, z)


@pytest.mark.parametrize(("text", "column", "high"), [
    ("Player roster: player name, club, market value in million EUR", ("market", "value"), 300),
    ("Films: title, release year, box office gross in millions of dollars", ("gross",), 3000),
    ("Charities: charity, donations received (EUR m), staff count", ("donation",), 300),
    ("Companies: company name, revenue in USD bn, founded year", ("revenue",), 1000),
    ("Cities: city, population in millions, area in km2", ("population",), 50),
    ("Job offers: title, company, salary in thousands of dollars", ("salary",), 1000),
])
def test_a_number_written_in_millions_or_thousands_is_small(planner: OfflinePlanner, text: str,
                                                            column: tuple[str, ...], high: float) -> None:
    schema, df = rows(planner, text)
    values = df[name(schema, *column)].astype(float)
    assert values.max() <= high and values.min() >= 0 and values.nunique() > 20


def test_parts_per_million_is_no_magnitude(planner: OfflinePlanner) -> None:
    schema, df = rows(planner, "Air quality: station, co2 in parts per million, reading time")
    assert df[name(schema, "co2")].astype(float).min() >= 100


@pytest.mark.parametrize(("text", "ratio", "amount", "divisor", "span"), [
    (("Harvest log: plot id, crop, area harvested in hectares (1 to 80), yield in tonnes, yield per hectare "
     "(= yield / area)"), ("per",), ("yield", "t"), ("area",), (1, 15)),
    ("Homes: home id, square feet, list price, price per square foot = list price / square feet",
     ("per",), ("list", "price"), ("square", "feet"), (10, 3000)),
    ("Shops: store, revenue, floor area m2, sales per m2 = revenue / floor area", ("per",), ("revenue",),
     ("floor",), (1, 5000)),
    (("Paddy fields: paddy id, rice planted area in hectares (0.5 to 12), rice yield in tonnes, yield per hectare "
     "(= rice yield / planted area)"), ("per",), ("rice", "yield"), ("area",), (0.1, 60)),
    (("Townhouses for sale: unit number, living area in square feet, sale price, price per square foot, which is "
     "sale price divided by living area"), ("per",), ("sale", "price"), ("living",), (10, 3000)),
])
def test_an_amount_per_unit_stays_in_its_own_range(planner: OfflinePlanner, text: str, ratio: tuple[str, ...],
                                                   amount: tuple[str, ...], divisor: tuple[str, ...],
                                                   span: tuple[float, float]) -> None:
    schema, df = rows(planner, text)
    r, a, b = name(schema, *ratio), name(schema, *amount, avoid=("per",)), name(schema, *divisor, avoid=("per",))
    values = df[r].astype(float)
    assert values.min() >= span[0] and values.max() <= span[1], (values.min(), values.max())
    assert all(abs(_num(x) / _num(y) - _num(z)) <= 0.011 for x, y, z in zip(df[a], df[b], df[r]))


def test_a_rate_per_unit_named_like_its_amount_keeps_the_amount(planner: OfflinePlanner) -> None:
    schema, df = rows(planner, "Flats: flat id, monthly rent, size in square metres 30-150, rent per square metre "
                               "= monthly rent / size")
    assert df[name(schema, "monthly", "rent")].astype(float).max() <= 20000
