"""Offline planner, round 3: everyday constraints read as a careful person would: a period stated anywhere bounds
every dated column, past events stay in the past, ages bound birth dates, example codes keep their shape, stated
lists are exactly their values. Checked on generated rows (real planner, real engine)."""

from __future__ import annotations

import csv
import io
import re
from datetime import date, timedelta

import pytest

from synthgen import pipeline
from synthgen.planners.offline.planner import OfflinePlanner

ROWS = 150


def table(description: str) -> dict[str, list[str]]:
    """Column name -> its generated values (the CSV demo mode makes)."""
    schema = OfflinePlanner().plan(description).schema
    text = b"".join(pipeline.stream(schema, ROWS, "csv", 11)).decode("utf-8-sig")
    header, *body = list(csv.reader(io.StringIO(text)))
    return {name: [row[i] for row in body] for i, name in enumerate(header)}


def pick(cols: dict[str, list[str]], *words: str) -> list[str]:
    """The one column whose name holds all these words."""
    found = [n for n in cols if all(w in n.split("_") for w in words)]
    assert len(found) == 1, f"{words} -> {found} among {sorted(cols)}"
    return cols[found[0]]


def days(values: list[str]) -> list[date]:
    return [date.fromisoformat(v[:10]) for v in values if v]


# -- a period stated anywhere bounds every dated column ------------------------------------------------------------

@pytest.mark.parametrize(("description", "words", "low", "high"), [
    # in a sentence about the rows, which names no column
    (("Each row is a library checkout. It has a checkout id, the member name, the book title and the checkout "
     "timestamp. Checkouts happen in March 2022."), ("checkout", "timestamp"), "2022-03-01", "2022-03-31"),
    # a detail that is only a year, or only a month
    ("ferry crossings: crossing id, vessel name, sailing date (2021), passenger count", ("sailing", "date"),
     "2021-01-01", "2021-12-31"),
    ("glacier survey: station code, reading time (every 30 min) (October 2020), ice depth in cm",
     ("reading", "time"), "2020-10-01", "2020-10-31"),
])
def test_a_stated_period_bounds_the_dated_column(description: str, words: tuple[str, ...], low: str,
                                                  high: str) -> None:
    cols = table(description)
    assert "checkouts_happen" not in cols  # the sentence places rows in time, it is no column
    found = days(pick(cols, *words))
    assert found and min(found) >= date.fromisoformat(low) and max(found) <= date.fromisoformat(high)


def test_a_period_said_of_two_dates_bounds_both_and_the_later_stays_inside() -> None:
    cols = table("greenhouse log: plant variety, planting date and harvest date (harvest after planting), "
                 "all in 2021")
    planted, harvested = days(pick(cols, "planting")), days(pick(cols, "harvest"))
    for values in (planted, harvested):
        assert min(values) >= date(2021, 1, 1) and max(values) <= date(2021, 12, 31)
    assert all(p < h for p, h in zip(planted, harvested, strict=True))


def test_a_period_in_one_column_reaches_the_columns_that_state_none() -> None:
    cols = table("Each row is a ski lesson booking with a booking id, the instructor name, the lesson start "
                 "timestamp and the booking timestamp. Lessons are held in the winter of 2023.")
    for words in (("lesson", "start"), ("booking", "timestamp")):
        found = days(pick(cols, *words))
        assert min(found) >= date(2023, 12, 1) and max(found) <= date(2024, 2, 29), words


def test_past_events_never_lie_in_the_future() -> None:
    cols = table("apartment maintenance requests: request id, reported date, fixed date (after the reported "
                 "date), technician")
    today = date.today()
    reported, fixed = days(pick(cols, "reported")), days(pick(cols, "fixed"))
    assert max(reported) <= today and max(fixed) <= today
    assert all(r < f for r, f in zip(reported, fixed, strict=True))


def test_a_month_column_in_a_stated_year_is_written_with_its_year() -> None:
    cols = table("electricity invoices for 2021: invoice number, invoice month, kwh used")
    months = pick(cols, "month")
    assert all(re.fullmatch(r"2021-(0[1-9]|1[0-2])", m) for m in months), months[:5]
    assert len(set(months)) > 6


# -- ages: a stated minimum, and birth dates that agree with them --------------------------------------------------

def test_an_age_said_as_a_minimum_is_honoured() -> None:
    ages = [int(v) for v in pick(table("car rental drivers: driver name, driver age (drivers must be 25 or older), "
                                       "licence number"), "age")]
    assert min(ages) >= 25 and max(ages) > 30


def test_an_age_reached_on_a_day_bounds_birth_dates_and_ends_the_events_there() -> None:
    cols = table("census respondents: respondent id, birth date (respondents must be 16 or older on 2020-04-01), "
                 "interview date")
    born, asked = days(pick(cols, "birth")), days(pick(cols, "interview"))
    assert max(born) <= date(2004, 4, 1) and min(born) >= date(1900, 1, 1)
    assert max(asked) <= date(2020, 4, 1)


def test_birth_dates_agree_with_the_age_column() -> None:
    cols = table("swim school pupils: pupil name, date of birth, age (4 to 9), swim level")
    today = date.today()
    for born in days(pick(cols, "birth")):
        assert today - timedelta(days=366 * 10) <= born <= today - timedelta(days=365 * 4)


def test_birth_dates_agree_with_ages_said_beside_them() -> None:
    cols = table("orthodontic patients\npatient_id: integer\ndate_of_birth: date, patients aged 8 to 40\n"
                 "last_checkup: date sometime in 2022, after date of birth")
    today = date.today()
    born, seen = days(pick(cols, "birth")), days(pick(cols, "checkup"))
    assert all(today - timedelta(days=366 * 41) <= b <= today - timedelta(days=365 * 8) for b in born)
    assert min(seen) >= date(2022, 1, 1) and max(seen) <= date(2022, 12, 31)


# -- codes keep the example's shape --------------------------------------------------------------------------------

@pytest.mark.parametrize(("description", "words", "shape"), [
    ("parking garage: spot code (e.g. B-02-17), plate number", ("spot",), r"B-\d\d-\d\d"),
    ("herbarium: accession number like 1987.112.4, species", ("accession",), r"\d{4}\.\d{3}\.\d"),
    ("cold storage: pallet location (e.g. R-12-04), product, temperature", ("pallet",), r"R-\d\d-\d\d"),
    ("edge monitoring: sensor host (like edge-01 or core-02), cpu percent", ("host",), r"(edge|core)-\d\d"),
    ("delivery fleet: truck reg, driver, km driven", ("reg",), r".*\d.*"),
])
def test_an_example_code_keeps_its_shape(description: str, words: tuple[str, ...], shape: str) -> None:
    values = pick(table(description), *words)
    assert all(re.fullmatch(shape, v) for v in values), values[:5]


def test_hosts_shown_by_example_come_from_each_prefix() -> None:
    values = pick(table("edge monitoring: sensor host (like edge-01 or core-02), cpu percent"), "host")
    assert {v.split("-")[0] for v in values} == {"edge", "core"}


# -- stated lists are exactly their values -------------------------------------------------------------------------

def test_a_list_led_by_one_of_after_a_comma_is_the_columns_choices() -> None:
    cols = table("gym memberships. Each has a member name and the contract length in months, one of 6, 12 or 24.")
    assert set(pick(cols, "contract")) == {"6", "12", "24"}


def test_a_letter_range_is_those_letters() -> None:
    assert set(pick(table("language exam results: candidate name, band A-D"), "band")) == {"A", "B", "C", "D"}
    graded = table("piano exams: candidate name, exam score out of 100, grade A-E based on the score")
    assert set(pick(graded, "grade")) <= {"A", "B", "C", "D", "E"}
    assert "E" in set(pick(graded, "grade")) or "A" in set(pick(graded, "grade"))


def test_a_sky_like_list_after_one_of_is_exact() -> None:
    cols = table("Each row is an observation from a birdwatching hide. It has the observer name, the species seen, "
                 "and the visibility, one of good, fair, poor or very poor.")
    assert set(pick(cols, "visibility")) <= {"good", "fair", "poor", "very poor"}
