"""Offline planner, round 2: one column's constraints said in words: code shapes ('12-digit', '6 letters and
digits'), UUIDs, tolerances, bounds in two places, steps, blank shares, constraints said after the column."""

from __future__ import annotations

import csv
import io
import re
from typing import Any

import pytest

import synthgen
from synthgen import pipeline
from synthgen.planners.offline.planner import OfflinePlanner


def plan(description: str) -> Any:
    return OfflinePlanner().plan(description).schema


def column(description: str, name: str) -> dict[str, Any]:
    found = {c.name: c.model_dump(exclude_none=True) for c in plan(description).columns}
    assert name in found, f"{name} not in {sorted(found)}"
    return found[name]


def values(description: str, name: str, rows: int = 60) -> list[str]:
    schema = plan(description)
    text = b"".join(pipeline.stream(schema, rows, "csv", 7)).decode("utf-8-sig")
    header, *body = list(csv.reader(io.StringIO(text)))
    assert name in header, f"{name} not in {header}"
    return [row[header.index(name)] for row in body]


# -- a code's shape said in words ---------------------------------------------------------------------------------

@pytest.mark.parametrize(("description", "name", "shape"), [
    ("parcels: tracking number, 14 digits, weight in kg", "tracking_number", r"\d{14}"),
    ("library cards: card number (an eight digit number), holder name", "card_number", r"\d{8}"),
    ("gift cards with a 16-digit card number and a balance", "card_number", r"\d{16}"),
    ("hotel stays: confirmation code of 8 uppercase letters and digits, guest name", "confirmation_code",
     r"[A-Z0-9]{8}"),
    ("rentals: a 6-character voucher code, rental days", "voucher_code", r"[A-Z0-9]{6}"),
    ("promo redemptions: promo code, ten alphanumeric characters, discount", "promo_code", r"[A-Z0-9]{10}"),
])
def test_a_code_shape_said_in_words(description: str, name: str, shape: str) -> None:
    got = values(description, name)
    assert all(re.fullmatch(shape, v) for v in got), got[:5]
    assert any(re.search(r"[A-Z]", v) for v in got) or "A-Z" not in shape


@pytest.mark.parametrize(("description", "name"), [
    ("shipments with a weight and a two-letter country code", "country_code"),
    ("exchange rates: 3-letter currency code, rate", "currency_code"),
    ("visitors: a 2-letter country code and their age", "country_code"),
])
def test_a_worded_letter_code_keeps_its_provider(description: str, name: str) -> None:
    col = column(description, name)
    assert col["provider"] in ("country_code", "currency_code")


def test_a_length_is_not_a_code_shape() -> None:
    col = column("reviews: reviewer name, comment of at most 20 characters", "comment")
    assert col["provider"] == "text" and col["args"]["max_nb_chars"] == 20


@pytest.mark.parametrize(("description", "name", "shape"), [
    ("court filings: judge, docket number like 2021-CR-00417", "docket_number", r"\d{4}-CR-\d{5}"),
    ("patents: application id like US-2019-AB-0042, title", "application_id", r"US-2019-AB-\d{4,}"),
    ("permits: permit number e.g. 1999-BLD-123, address", "permit_number", r"\d{4}-BLD-\d{3,}"),
])
def test_a_letter_segment_of_an_example_stays_as_written(description: str, name: str, shape: str) -> None:
    got = values(description, name)
    assert all(re.fullmatch(shape, v) for v in got), got[:5]


@pytest.mark.parametrize(("description", "name"), [
    ("payments\npayment_ref: uuid\namount: number", "payment_ref"),
    ("sessions with a session id as UUID, a start time and a page count", "session_id"),
    ("devices: device id in GUID format, model, firmware version", "device_id"),
    ("log lines: request id (uuid4), status code", "request_id"),
])
def test_uuids_said_in_words(description: str, name: str) -> None:
    got = values(description, name)
    assert all(re.fullmatch(r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}", v) for v in got)


# -- bounds: tolerances, and the two sides said in two places ---------------------------------------------------------

@pytest.mark.parametrize(("description", "name", "low", "high"), [
    ("machined pins: batch, pin length 40 mm +/- 0.2", "pin_length_mm", 39.8, 40.2),
    ("bottles with a bottle id and a fill volume of 500 ml \u00b1 5", "fill_volume", 495, 505),
    ("mains readings: voltage 230 V give or take 10, feeder", "voltage", 220, 240),
])
def test_a_tolerance_bounds_the_value(description: str, name: str, low: float, high: float) -> None:
    got = [float(v) for v in values(description, name)]
    assert all(low - 1e-9 <= v <= high + 1e-9 for v in got), (min(got), max(got))


@pytest.mark.parametrize(("description", "name", "low", "high"), [
    ("climbing club members with age, which must be 16 or older (up to 80), and grade", "age", 16, 80),
    ("blood donors: donor name and age (at most 65), which must be 21 or over", "age", 21, 65),
    (("Each row is a volunteer. It has a volunteer ID and the volunteer's age, which must be between 21 and 70. "
     "It records the shift date."), "volunteer_age", 21, 70),
    ("bowling scores: frames played, at least 3 and at most 10, lane", "frames_played", 3, 10),
])
def test_both_bounds_are_kept(description: str, name: str, low: int, high: int) -> None:
    col = column(description, name)
    assert (col["args"]["min"], col["args"]["max"]) == (low, high)


# -- steps ------------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("description", "name", "step", "high"), [
    ("consultant timesheets with a consultant name and hours billed in 0.1 increments up to 10", "hours_billed",
     0.1, 10),
    ("parking sessions with a plate number and hours parked to the nearest quarter hour (0.25 to 12)", "hours_parked",
     0.25, 12),
    ("auction lots: reserve price between 100 and 5000 in multiples of 50", "reserve_price", 50, 5000),
    ("wine reviews: score 1 to 5 in steps of 0.5, reviewer", "score", 0.5, 5),
])
def test_values_move_in_the_stated_step(description: str, name: str, step: float, high: float) -> None:
    got = [float(v) for v in values(description, name)]
    assert all(abs(v / step - round(v / step)) < 1e-6 for v in got), got[:8]
    assert max(got) <= high and len(set(got)) > 3


# -- blank shares -----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("description", "name", "rate"), [
    ("museum visitors: visitor name, postcode about 8% missing, ticket type", "postcode", 0.08),
    ("Film catalog with titles, directors and budgets (about 12% of budgets missing)", "budget", 0.12),
    ("patients: name, allergies missing in about 30% of records, ward", "allergy", 0.3),
    ("tenants: tenant name, middle name (null in 40% of rows), unit", "middle_name", 0.4),
])
def test_a_stated_blank_share(description: str, name: str, rate: float) -> None:
    assert column(description, name).get("null_rate") == pytest.approx(rate)


# -- a constraint said after its column -------------------------------------------------------------------------------

@pytest.mark.parametrize(("description", "name", "check"), [
    ("Boarding passes\n* pass barcode, 10 digits, unique\n* passenger name", "pass_barcode",
     lambda c: c["args"]["text"] == "#" * 10 and c.get("unique")),
    ("Blog articles:\n- article id\n- published_at, sometime in 2022\n- word count", "published_at",
     lambda c: c["args"]["start_date"] == "2022-01-01" and c["args"]["end_date"].startswith("2022-12-31")),
    ("Loans:\n- borrower name\n- interest rate, at most 25\n- term in months", "interest_rate",
     lambda c: c["args"].get("max_value", c["args"].get("max")) <= 25),
])
def test_a_constraint_after_its_column_joins_it(description: str, name: str, check: Any) -> None:
    col = column(description, name)
    assert check(col), col


@pytest.mark.parametrize(("description", "name", "window"), [
    ("Leases\nlease_id: id\nsigned_on: date, sometime in 2019-2020\ntenant: name", "signed_on",
     ("2019-01-01", "2020-12-31")),
    ("Audits\naudit_id: id\naudited_on: date, in 2022\nauditor: name", "audited_on", ("2022-01-01", "2022-12-31")),
    ("Trips\ntrip_id: id\ndeparted_on: date, from 2018 to 2019\ndriver: name", "departed_on",
     ("2018-01-01", "2019-12-31")),
])
def test_a_spec_line_date_keeps_its_window(description: str, name: str, window: tuple[str, str]) -> None:
    col = column(description, name)
    assert (col["args"]["start_date"], col["args"]["end_date"]) == window


# -- choices stated with a number each: the column holds the numbers ----------------------------------------------

@pytest.mark.parametrize(("description", "name", "numbers"), [
    (("Hosting accounts\naccount_id: id\ntier: one of Basic, Plus, Max\nmonthly_price: USD, set by the tier "
     "(Basic 5, Plus 15, Max 40)"), "monthly_price", [5, 15, 40]),
    (("Parking permits\npermit_id: id\nzone: Gold, Silver or Bronze\npermit_fee: by zone (Gold $120, Silver $90, "
     "Bronze $60)"), "permit_fee", [120, 90, 60]),
    ("Courses\ncourse_id: id\nlevel: intro, core, advanced\ncredit_hours: by level (intro 2, core 3, advanced 4.5)",
     "credit_hours", [2, 3, 4.5]),
])
def test_choices_stated_with_numbers_give_the_numbers(description: str, name: str, numbers: list[float]) -> None:
    """The column holds exactly the stated numbers (as its choices, or by a rule that follows the category)."""
    schema = OfflinePlanner().plan(description).schema
    values = synthgen.generate(schema, 300, seed=3)[name]
    assert set(values.astype(float)) == {float(n) for n in numbers}


@pytest.mark.parametrize(("description", "name", "labels"), [
    ("enrolments: student, term (Fall 2024, Spring 2025), course", "term", ["Fall 2024", "Spring 2025"]),
    ("pupils: name, year group (Year 7, Year 8, Year 9)", "year_group", ["Year 7", "Year 8", "Year 9"]),
    ("races: runner, distance (5K, 10K or half marathon)", "distance", ["5K", "10K", "half marathon"]),
])
def test_labels_with_numbers_stay_labels(description: str, name: str, labels: list[str]) -> None:
    assert column(description, name)["args"]["elements"] == labels


# -- a share written after the choice it is of ------------------------------------------------------------------------

@pytest.mark.parametrize(("description", "name", "choice", "share"), [
    ("orders: order id, payment method (card, cash or voucher; card about 70%)", "payment_method", "card", 70),
    ("flights: fare class (economy, premium or business, economy 60%)", "fare_class", "economy", 60),
    ("gym: member, tier (bronze, silver or gold; gold: 5%)", "tier", "gold", 5),
])
def test_a_share_after_its_choice(description: str, name: str, choice: str, share: float) -> None:
    col = column(description, name)
    assert len(col["args"]["elements"]) == 3 and choice in col["args"]["elements"]
    weights = dict(zip(col["args"]["elements"], col["weights"], strict=True))
    assert weights[choice] == pytest.approx(share) and sum(weights.values()) == pytest.approx(100)


@pytest.mark.parametrize("description", [
    "Sensor readings from 12 sensors: sensor id, timestamp, temperature",
    "Readings from 12 sensors with sensor id, timestamp every 5 minutes and temperature",
    "Delivery log of 12 trucks: truck id, delivered at, parcels",
])
def test_a_count_of_the_things_an_id_names_makes_it_a_reference(description: str) -> None:
    """'from 12 sensors': the sensor id names one of 12 sensors in every row, not a new key per row."""
    schema = OfflinePlanner().plan(description).schema
    ident = next(c for c in schema.columns if c.name.endswith("_id"))
    assert ident.distinct == 12 and not ident.unique
    assert synthgen.generate(schema, 400, seed=5)[ident.name].nunique() == 12


@pytest.mark.parametrize("description", [
    "Boston 311 service requests: request id, created at, category",
    "500 customers with customer id, name and email",
])
def test_a_number_that_names_the_table_keeps_its_key(description: str) -> None:
    schema = OfflinePlanner().plan(description).schema
    ident = next(c for c in schema.columns if c.name.endswith("_id"))
    assert ident.unique and not ident.distinct
