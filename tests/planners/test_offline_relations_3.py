"""Offline planner, rules between columns, round 3 (bounds.py, blanks.py, sums.py, groups.py, mappings.py, rules.py):
pairs ordered by what they mean with no words saying so (a minimum and its maximum, made and attempted, dew point
and temperature, odometer start and end), columns filled only for some choices of any category ('only for premium
plans', 'blank for scooters'), the terms of a money sum being money, a count named by its unit alone ('weeks x
weekly fee'), a band of ranges following its number, a class's number being its year, and a city that lies in the
row's state. Each is checked on every row of generated data, in phrasings of our own."""

from __future__ import annotations

import json
import re
from importlib import resources

import pandas as pd
import pytest

from synthgen.planners.offline.planner import OfflinePlanner
from synthgen.schema import DatasetSchema

from .conftest import column_named as name
from .conftest import numbers as num
from .conftest import planned_rows

ROWS = 600


def rows(planner: OfflinePlanner, text: str) -> tuple[DatasetSchema, pd.DataFrame]:
    return planned_rows(planner, text, ROWS, seed=5)


@pytest.mark.parametrize(("text", "low", "high"), [
    ("Mountain hut log: hut name, visit date, minimum altitude in metres, maximum altitude in metres",
     ("minimum", "altitude"), ("maximum", "altitude")),
    ("Handball player stats per match: player name, team, shots attempted, shots made, minutes on court",
     ("shots", "made"), ("shots", "attempted")),
    ("Cold storage sensor readings: sensor id, reading time, temperature in C, dew point in C, door open flag",
     ("dew",), ("temperature",)),
    ("Delivery van shifts: van plate, driver, odometer reading at start, odometer reading at end",
     ("odometer", "start"), ("odometer", "end")),
    ("Cloud volumes: volume id, region, disk used gb, disk total gb, created at",
     ("used",), ("total",)),
    ("Holiday cottages: cottage name, region, bedrooms, max guests, weekly price",
     ("bedrooms",), ("guests",)),
])
def test_a_pair_ordered_by_meaning_keeps_its_order(planner: OfflinePlanner, text: str, low: tuple[str, ...],
                                                   high: tuple[str, ...]) -> None:
    schema, df = rows(planner, text)
    a, b = num(df, name(schema, *low)), num(df, name(schema, *high))
    both = a.notna() & b.notna()
    assert both.sum() > ROWS * 0.9
    assert (a[both] <= b[both]).all()
    assert (a[both] < b[both]).mean() > 0.5  # ordered, not a copy of the other


def test_a_derived_side_keeps_the_anchor_s_range(planner: OfflinePlanner) -> None:
    """'first and last year' pairs: the later year never lies beyond the stated years."""
    schema, df = rows(planner, "Bridges: bridge name, river, year built (1900-2020), year renovated, length in m")
    built, renovated = num(df, name(schema, "built")), num(df, name(schema, "renovated"))
    assert (built <= renovated).all() and renovated.max() <= 2020 and built.min() >= 1900


@pytest.mark.parametrize(("text", "column", "category", "filled"), [
    (("Gym memberships: member name, plan (basic, premium, family), locker number (only for premium plans), "
     "joined date"), ("locker",), ("plan",), {"premium"}),
    (("Fleet vehicles: vehicle id, vehicle type (truck, van, scooter, car), fuel tank litres (blank for scooters, "
     "which are electric), last service date"), ("fuel",), ("vehicle", "type"), {"truck", "van", "car"}),
    (("Visa applications: applicant name, nationality, stage (submitted, biometrics, review, decided), decision "
     "letter date (only once they reach the decided stage)"), ("letter",), ("stage",), {"decided"}),
])
def test_a_column_filled_only_for_some_choices(planner: OfflinePlanner, text: str, column: tuple[str, ...],
                                               category: tuple[str, ...], filled: set[str]) -> None:
    schema, df = rows(planner, text)
    cell, choice = df[name(schema, *column)], df[name(schema, *category)].astype(str)
    wanted = choice.isin(filled)
    assert wanted.any() and (~wanted).any()
    assert cell[wanted].notna().all()
    assert cell[~wanted].isna().all()


def test_the_others_leave_it_blank(planner: OfflinePlanner) -> None:
    schema, df = rows(planner, "Each row is a building permit request with an applicant name, a request date and "
                               "an outcome that is granted, refused or withdrawn. Granted requests also have an "
                               "inspection date; the others leave it blank.")
    cell, outcome = df[name(schema, "inspection")], df[name(schema, "outcome")]
    assert cell[outcome == "granted"].notna().all() and cell[outcome != "granted"].isna().all()


def test_a_money_sum_adds_money_not_hours(planner: OfflinePlanner) -> None:
    schema, df = rows(planner, "Plumbing jobs: job id, customer, labour hours, labour cost in EUR, materials cost, "
                               "total = materials + labour")
    total = num(df, name(schema, "total"))
    parts = num(df, name(schema, "materials")) + num(df, name(schema, "labour", "cost"))
    assert (total - parts).abs().max() < 0.011


def test_a_count_named_by_its_unit_alone(planner: OfflinePlanner) -> None:
    schema, df = rows(planner, "Summer camp enrolments: child name, number of weeks, weekly fee, "
                               "total fee (weeks x weekly fee)")
    total = num(df, name(schema, "total"))
    expected = num(df, name(schema, "weeks")) * num(df, name(schema, "weekly", avoid=("total",)))
    assert (total - expected).abs().max() < 0.011


def test_revenue_beside_a_quantity_sold_and_a_price(planner: OfflinePlanner) -> None:
    schema, df = rows(planner, "Farm stand sales: produce (apples, pears, plums), crates sold, price per crate, "
                               "revenue, market day")
    revenue = num(df, name(schema, "revenue"))
    expected = num(df, name(schema, "sold")) * num(df, name(schema, "price"))
    assert (revenue - expected).abs().max() < 0.011


def _band(label: str) -> tuple[float, float]:
    low, _, high = label.partition("-")
    return float(low), float(high) if high else float("inf")


def test_a_band_of_ranges_follows_its_number(planner: OfflinePlanner) -> None:
    schema, df = rows(planner, "Survey respondents: respondent id, age (18-90), age band (18-24, 25-34, 35-44 ...), "
                               "household size")
    age, band = num(df, name(schema, "age", avoid=("band",))), df[name(schema, "band")]
    for a, b in zip(age, band, strict=True):
        low, high = _band(str(b))
        assert low <= a <= high or (a < 25 and str(b) == "18-24")
    assert band.nunique() >= 6  # continued past the listed bands to cover ages up to 90


def test_a_class_s_number_is_its_year(planner: OfflinePlanner) -> None:
    schema, df = rows(planner, "Secondary school form groups: student id, form (7R, 8B, 9G, 10Y), year (7-11), "
                               "tutor name")
    form, year = df[name(schema, "form")].astype(str), df[name(schema, "year")].astype(str)
    assert all(re.match(r"\d+", f)[0] == y for f, y in zip(form, year, strict=True))  # type: ignore[index]


def test_a_city_lies_in_the_row_s_state(planner: OfflinePlanner) -> None:
    vocab = json.loads(resources.files("synthgen.planners.offline").joinpath("data", "mappings.json")
                       .read_text(encoding="utf-8"))["values"]["state"]
    schema, df = rows(planner, "Dental offices: office name, street address, city, state, zip code, opened year")
    city, state = df[name(schema, "city")], df[name(schema, "state")]
    assert all(c in vocab.get(s, []) for c, s in zip(city, state, strict=True) if s in vocab)
    assert city.nunique() < ROWS / 3  # real cities repeat across rows


def test_city_and_country_with_no_list_agree(planner: OfflinePlanner) -> None:
    schema, df = rows(planner, "Language school campuses: campus name, city and country, opened date, students")
    pairs = df[[name(schema, "city"), name(schema, "country")]].drop_duplicates()
    assert pairs[name(schema, "city")].is_unique  # each city in one country
