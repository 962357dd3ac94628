"""Offline planner: constraints on one column said in everyday words (dates, ids, ranges, shares, choices)."""

from __future__ import annotations

from typing import Any

import pytest

from synthgen.planners.offline.planner import OfflinePlanner


def columns(description: str) -> dict[str, dict[str, Any]]:
    schema = OfflinePlanner().plan(description).schema
    return {c.name: c.model_dump(exclude_none=True) for c in schema.columns}


def column(description: str, name: str) -> dict[str, Any]:
    found = columns(description)
    assert name in found, f"{name} not in {sorted(found)}"
    return found[name]


# -- absolute dates are calendar dates, not days relative to the day the plan was read -------------------------

@pytest.mark.parametrize(("description", "name", "window"), [
    ("clinic visits: patient name, visit date sometime in 2023", "visit_date", ("2023-01-01", "2023-12-31")),
    ("warehouse receipts: sku, received date from 2019 to 2021", "received_date", ("2019-01-01", "2021-12-31")),
    ("gym memberships: member name, join date (Jan to Apr 2025)", "join_date", ("2025-01-01", "2025-04-30")),
    ("crop fields: field name, sowing date in spring 2022", "sowing_date", ("2022-03-01", "2022-05-31")),
    ("concerts: band, show date between March and June 2024", "show_date", ("2024-03-01", "2024-06-30")),
])
def test_stated_dates_are_iso_windows(description: str, name: str, window: tuple[str, str]) -> None:
    col = column(description, name)
    assert col["provider"] == "date_between"
    assert (col["args"]["start_date"], col["args"]["end_date"]) == window


def test_a_datetime_window_includes_the_last_day() -> None:
    col = column("sensor log: reading timestamp during June 2024, temperature", "reading_timestamp")
    assert col["provider"] == "date_time_between"
    assert col["args"] == {"start_date": "2024-06-01", "end_date": "2024-06-30T23:59:59"}


# -- ids and codes stated by example keep their shape -------------------------------------------------------

def generated(description: str, rows: int = 60) -> dict[str, list[Any]]:
    import synthgen

    schema = OfflinePlanner().plan(description).schema
    frame = synthgen.generate(schema, rows, seed=7)
    return {name: frame[name].tolist() for name in frame.columns}


@pytest.mark.parametrize(("description", "name", "regex"), [
    ("library members: member id like LIB-00042, member name, join date", "member_id", r"LIB-\d{5}"),
    ("Each row is a shipment. It has a waybill number formatted as WB-2023-000017 and a weight in kg.",
     "waybill_number", r"WB-2023-\d{6}"),
    ("vaccination records: pet name, microchip tag (e.g. CHP-77812), vaccine", "microchip_tag", r"CHP-\d{5}"),
    ("repair tickets\nticket_id: text like TCK-0001\ncustomer name\nissue", "ticket_id", r"TCK-\d{4}"),
    ("greenhouse plots: plot code (e.g. GH12, GH13), plant, height", "plot_code", r"GH\d{2,4}"),
])
def test_an_id_stated_by_example_keeps_prefix_and_digits(description: str, name: str, regex: str) -> None:
    import re

    values = generated(description)[name]
    assert all(re.fullmatch(regex, str(v)) for v in values), values[:5]
    assert len(set(values)) > len(values) // 2


@pytest.mark.parametrize(("description", "name", "expected"), [
    ("weather stations: station id (WS-01 .. WS-08), rainfall mm", "station_id", [f"WS-{n:02d}" for n in range(1, 9)]),
    ("freezer log: freezer_id (F1-F6), temperature", "freezer_id", [f"F{n}" for n in range(1, 7)]),
    ("parking events: bay id from P-001 to P-120, entry time", "bay_id", [f"P-{n:03d}" for n in range(1, 121)]),
])
def test_a_coded_range_is_exactly_its_members(description: str, name: str, expected: list[str]) -> None:
    col = column(description, name)
    assert col["provider"] == "random_element"
    assert col["args"]["elements"] == expected
    assert set(generated(description, 300)[name]) <= set(expected)


def test_a_unique_stated_pattern_has_room_for_ten_thousand_rows() -> None:
    col = column("asset register: asset id like A-01 (unique), asset name, purchase date", "asset_id")
    assert col["unique"] is True
    assert col["args"]["text"].startswith("A-") and col["args"]["text"].count("#") >= 4


def test_a_measure_or_model_name_is_not_taken_for_a_code() -> None:
    cols = columns("battery tests: cell voltage around 120 V, phone model (e.g. X5, F-150)")
    assert not any(c.get("provider") in ("numerify", "bothify") for c in cols.values())


# -- stated shares: how often a yes/no is true, how often a choice is taken -----------------------------------

@pytest.mark.parametrize(("description", "name", "chance"), [
    ("kennel records: dog name, vaccinated (yes or no, about 70% yes)", "vaccinated", 70),
    ("survey answers: respondent, smoker (yes/no, mostly no)", "smoker", 20),
    ("invoices: invoice number, amount, overdue flag (roughly 12% flagged)", "overdue", 12),
    ("leases: tenant name, whether pets are allowed (about 30% yes)", "allowed", 30),
    ("grants: applicant, funded (80-90% true)", "funded", 85),
])
def test_a_stated_share_of_yes_is_the_chance_of_true(description: str, name: str, chance: int) -> None:
    found = columns(description)
    col = next(c for n, c in found.items() if n.startswith(name) or n.endswith(name) or name in n)
    assert col["provider"] == "boolean"
    assert col["args"]["chance_of_getting_true"] == chance


@pytest.mark.parametrize(("description", "name", "chance"), [
    ("Each row is a flight. Roughly 8% of flights should be flagged as diverted.", "diverted", 8),
    ("Each row is a patient stay. About 12% of stays are flagged as readmissions.", "readmission", 12),
    ("Each row is a parcel. About 3% of parcels are marked as damaged.", "damaged", 3),
])
def test_a_sentence_stating_a_share_makes_a_yes_no_column(description: str, name: str, chance: int) -> None:
    col = column(description, name)
    assert col["provider"] == "boolean" and col["args"]["chance_of_getting_true"] == chance


@pytest.mark.parametrize(("description", "name", "expected"), [
    ("Tickets. The priority is one of low, medium or high, mostly low.", "priority", {"low": 80.0}),
    ("orders: order id, channel: web, app or kiosk (about 60% web, 10% kiosk)", "channel",
     {"web": 60.0, "kiosk": 10.0, "app": 30.0}),
])
def test_a_stated_share_weights_its_choice(description: str, name: str, expected: dict[str, float]) -> None:
    col = column(description, name)
    weights = dict(zip(col["args"]["elements"], col["weights"]))
    for value, share in expected.items():
        assert weights[value] == pytest.approx(share)


def test_a_share_of_a_number_is_not_a_weight() -> None:
    cols = columns("payroll: employee name, gross pay, tax withheld (12-38% of gross pay)")
    assert all(c.get("provider") != "boolean" for c in cols.values())
    assert "gross_pay" in cols["tax_withheld"].get("formula", "")  # a share of the gross, as a rule


# -- enumerations become the column's exact categories, as written --------------------------------------------

@pytest.mark.parametrize(("description", "name", "elements"), [
    ("bike shop sales: frame colour like Black, Matte Grey, Orange or Teal, price", "frame_colour",
     ["Black", "Matte Grey", "Orange", "Teal"]),
    ("kiosk orders: snack, payment cash/card/voucher", "payment", ["cash", "card", "voucher"]),
    ("stock trades: symbol (e.g. ASML, SAP, SIE), quantity", "symbol", ["ASML", "SAP", "SIE"]),
    ("members: name, plan tier (one of Basic, Plus, Premium)", "plan_tier", ["Basic", "Plus", "Premium"]),
    ("hostel stays: guest, city (such as Porto, Ghent or Bergen), nights", "city", ["Porto", "Ghent", "Bergen"]),
])
def test_an_enumeration_is_the_exact_categories(description: str, name: str, elements: list[str]) -> None:
    col = column(description, name)
    assert col["provider"] == "random_element"
    assert col["args"]["elements"] == elements


# -- emails at a stated domain ----------------------------------------------------------------------------------

@pytest.mark.parametrize(("description", "name", "domain"), [
    ("staff directory: first name, last name, email (@globex.org addresses)", "email", "globex.org"),
    ("volunteers: full name, contact email at helpinghands.net, phone", "contact_email", "helpinghands.net"),
    ("Club members\nmember id\nfull name\nemail: work email on the domain tennis-club.de\njoin date", "email",
     "tennis-club.de"),
])
def test_emails_at_a_stated_domain(description: str, name: str, domain: str) -> None:
    import re

    assert column(description, name)["args"] == {"domain": domain}
    values = generated(description)[name]
    assert all(re.fullmatch(rf"[^@\s]+@{re.escape(domain)}", v) for v in values), values[:3]


# -- amounts as written: money choices are numbers, whole numbers, decimals, 'around', 'or older' ---------------

@pytest.mark.parametrize(("description", "name", "elements"), [
    ("car policies: holder, deductible ($250, $500 or $1000)", "deductible", [250, 500, 1000]),
    ("gift cards: code, face value (one of \u20ac25, \u20ac50, \u20ac100)", "face_value", [25, 50, 100]),
    ("plans: customer, yearly fee ($1,200, $2,400 or $3,600)", "yearly_fee", [1200, 2400, 3600]),
])
def test_money_choices_are_numbers(description: str, name: str, elements: list[int]) -> None:
    assert column(description, name)["args"]["elements"] == elements


@pytest.mark.parametrize(("description", "name", "bounds"), [
    ("payroll: employee, salary in whole euros between 30000 and 90000", "salary", (30000, 90000)),
    ("quiz results: pupil, whole-number score 0-50", "score", (0, 50)),
    ("parcels: parcel id, weight as a whole number of kg (1-30)", "weight", (1, 30)),
    ("employees\nname\nbonus: integer USD 0-5000", "bonus", (0, 5000)),
])
def test_whole_numbers_when_asked(description: str, name: str, bounds: tuple[int, int]) -> None:
    found = columns(description)
    col = next(c for n, c in found.items() if n.startswith(name))
    assert col["provider"] == "random_int"
    assert (col["args"]["min"], col["args"]["max"]) == bounds


@pytest.mark.parametrize(("description", "name", "digits", "low", "high"), [
    ("cells: cell id, cell voltage around 3.7 V with at most 3 decimals", "cell_voltage", 3, 3.33, 4.07),
    ("reviews: reviewer, stars 1-5 with one decimal", "star", 1, 1.0, 5.0),
    ("water samples: sample id, ph to two decimal places (6-8), collected date", "ph", 2, 6.0, 8.0),
])
def test_decimals_when_stated(description: str, name: str, digits: int, low: float, high: float) -> None:
    found = columns(description)
    col = next(c for n, c in found.items() if n.startswith(name))
    assert col["provider"] == "pyfloat" and col["args"]["right_digits"] == digits
    assert (col["args"]["min_value"], col["args"]["max_value"]) == pytest.approx((low, high))


@pytest.mark.parametrize(("description", "name", "low", "high"), [
    ("grid readings: meter, line voltage around 230 V", "line_voltage", 207, 253),
    ("bakery orders: loaf name, loaf weight about 800 g, price", "loaf_weight", 720, 880),
    ("boilers: boiler id, pressure approximately 2 bar", "pressure", 1.8, 2.2),
])
def test_around_a_number_is_within_a_tenth(description: str, name: str, low: float, high: float) -> None:
    found = columns(description)
    col = next(c for n, c in found.items() if n.startswith(name))
    args = col["args"]
    assert (args.get("min_value", args.get("min")), args.get("max_value", args.get("max"))) == \
        pytest.approx((low, high))


@pytest.mark.parametrize(("description", "name", "low"), [
    ("loan applicants: name, age (must be 21 or older)", "age", 21),
    ("drivers: driver name, driver age 25 or older, licence number", "driver_age", 25),
    ("voters: name, age 18+", "age", 18),
])
def test_or_older_is_a_lower_bound(description: str, name: str, low: int) -> None:
    col = column(description, name)
    assert col["provider"] == "random_int" and col["args"]["min"] == low and col["args"]["max"] > low + 20


# -- regular steps and numbers of distinct values -------------------------------------------------------------

@pytest.mark.parametrize(("description", "name", "step"), [
    ("pump telemetry: pump id (P01-P06), log time every 10 minutes, flow rate", "log_time", "10m"),
    ("air quality: station id (AQ-01 .. AQ-09), measured at timestamp every 2 h, pm25", "measured_at_timestamp", "2h"),
    ("store footfall: store code (ST1-ST4), count date (daily), visitors", "count_date", "1d"),
])
def test_every_n_minutes_is_a_series_per_device(description: str, name: str, step: str) -> None:
    found = columns(description)
    col = next(c for n, c in found.items() if n.startswith(name.split("_")[0]))
    assert col["series"]["step"] == step
    per = col["series"]["per"]
    assert found[per]["distinct"] == len(found[per]["args"]["elements"])
    rows = generated(description, 40)
    times = rows[col["name"]]
    assert times == sorted(times)  # readings come in time order, each device once per step
    assert len(set(times)) == 40 // found[per]["distinct"] + (40 % found[per]["distinct"] > 0)


def test_a_series_starts_at_its_stated_window() -> None:
    description = "meter readings\nmeter_id: text like MTR-000123\nreading_time: datetime, every 15 minutes " \
                  "during June 2024\nkwh"
    col = column(description, "reading_time")
    assert col["series"]["start"] == "2024-06-01T00:00:00" and col["series"]["step"] == "15m"


@pytest.mark.parametrize(("description", "name", "count"), [
    ("Readings from 12 weather stations: station name, reading time (hourly), rainfall mm", "station_name", 12),
    ("Shifts across 8 different warehouses: warehouse name, shift date, picker name", "warehouse_name", 8),
])
def test_a_stated_number_of_things_is_the_distinct_count(description: str, name: str, count: int) -> None:
    assert column(description, name)["distinct"] == count
    assert len(set(generated(description, 200)[name])) <= count


def test_a_name_type_line_keeps_its_window() -> None:
    col = column("Shipments\nshipment id\nshipped_at: datetime in March 2024\nweight_kg: float", "shipped_at")
    assert col["args"] == {"start_date": "2024-03-01", "end_date": "2024-03-31T23:59:59"}


def test_a_count_of_months_is_not_a_distinct_count() -> None:
    cols = columns("Leases: tenant name, unit number, start date in 2022, end month (6 to 24 months later), rent")
    assert all("distinct" not in c for c in cols.values())
    generated("Leases: tenant name, unit number, start date in 2022, end month (6 to 24 months later), rent")


@pytest.mark.parametrize(("description", "name", "chance"), [
    ("vehicles: vehicle id, engine on (mostly true), odometer", "engine_on", 80),
    ("doors: door id, alarm armed (mostly off), floor", "alarm_armed", 20),
])
def test_a_yes_no_share_makes_a_yes_no_column(description: str, name: str, chance: int) -> None:
    col = column(description, name)
    assert col["provider"] == "boolean" and col["args"]["chance_of_getting_true"] == chance


# -- times of day --------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("description", "name", "first", "last"), [
    ("Cafes: cafe name, city, opening time (between 6am and 9am), seats", "opening_time", "06:00", "09:00"),
    ("Bus stops: stop name, first departure (from 05:00 to 07:30), route", "first_departure", "05:00", "07:30"),
    ("Gyms: gym name, peak hour start between 17:00 and 19:00, members", "peak_hour_start", "17:00", "19:00"),
])
def test_a_time_of_day_window_without_a_date(description: str, name: str, first: str, last: str) -> None:
    elements = column(description, name)["args"]["elements"]
    assert (elements[0], elements[-1]) == (first, last)
    assert all(first <= v <= last for v in generated(description)[name])


@pytest.mark.parametrize(("description", "day", "name", "low", "high"), [
    (("Timesheets: employee name, work date in March 2024, clock-in timestamp (between 07:00 and 10:00), "
     "clock-out timestamp (between 15:00 and 19:00)"), "work_date", "clock_in_timestamp", "07:00", "10:00"),
    ("Shifts: nurse name, shift date in 2024, shift start time between 06:30 and 08:00, ward", "shift_date",
     "shift_start_time", "06:30", "08:00"),
])
def test_a_timestamp_between_two_times_falls_on_the_rows_date(description: str, day: str, name: str, low: str,
                                                               high: str) -> None:
    rows = generated(description)
    for date_value, stamp in zip(rows[day], rows[name]):
        stamp = str(stamp)
        assert stamp[:10] == str(date_value)[:10]
        assert low <= stamp[11:16] <= high
