"""The offline reader keeps every column a description names and types it from its own words, not from a word of
the prose around it: 'name: TYPE, remark' lines, choices that are people words, 'X names' of things and of people,
money ranges, count prefixes, participles after a number word, lead-in words, and a date order the schema cannot
keep. Descriptions here are written for this file, in domains of their own; rows are checked for meaning."""

from __future__ import annotations

import csv
import io
import re
from datetime import date

import pytest

from synthgen import pipeline
from synthgen.planners.offline import OfflinePlanner


@pytest.fixture(scope="module")
def planner() -> OfflinePlanner:
    return OfflinePlanner()


def rows(planner: OfflinePlanner, text: str, n: int = 120) -> tuple[list[str], list[dict[str, str]], list[str]]:
    result = planner.plan(text)
    data = b"".join(pipeline.stream(result.schema, n, "csv", 7)).decode("utf-8-sig")
    table = list(csv.DictReader(io.StringIO(data)))
    return [c.name for c in result.schema.columns], table, result.meta.notes


def numbers(table: list[dict[str, str]], column: str) -> list[float]:
    return [float(r[column]) for r in table if r[column] != ""]


def test_a_name_type_remark_line_is_one_column_of_that_type(planner: OfflinePlanner) -> None:
    names, table, _ = rows(planner, "fuel_station_id: string like FS-1234\n"
                                    "pump_price: decimal, EUR\n"
                                    "litres_sold: integer, litres pumped that day\n"
                                    "opened_on: date, some time in 2019\n"
                                    "owner_birth_date: date, owners aged 30 to 70")
    assert not {"decimal", "eur", "integer"} & set(names)
    price = next(n for n in names if n.startswith("pump_price"))
    assert all(0 < v < 100_000 for v in numbers(table, price))  # a number, never the words 'decimal' or 'EUR'
    assert all(v == int(v) for v in numbers(table, "litres_sold"))
    assert all(r["opened_on"].startswith("2019-") for r in table)
    today = date.today()
    for r in table:  # birth dates of people aged 30 to 70, not a range of small numbers
        born = date.fromisoformat(r["owner_birth_date"])
        assert 29 <= (today - born).days / 365.25 <= 71


def test_a_category_line_keeps_choices_that_are_people_words(planner: OfflinePlanner) -> None:
    names, table, _ = rows(planner, "swim_pass_id: like SP-00001\n"
                                    "member_type: adult, student, senior or child (mostly adult)\n"
                                    "valid_from: date in 2024")
    assert "member_type" in names and not {"adult", "student", "senior_or_child"} & set(names)
    values = [r["member_type"] for r in table]
    assert set(values) <= {"adult", "student", "senior", "child"}
    assert values.count("adult") > len(values) / 2


def test_a_number_line_described_in_words_is_a_number(planner: OfflinePlanner) -> None:
    _, table, _ = rows(planner, "albums catalog\nalbum_title: title of the record\n"
                                "units_shipped: total copies\nrevenue_usd: lifetime sales")
    assert all(v >= 0 for v in numbers(table, "revenue_usd"))
    assert len({r["revenue_usd"] for r in table}) > 10  # not one repeated phrase


def test_names_of_things_are_not_person_names_and_names_of_people_are_one_column(planner: OfflinePlanner) -> None:
    names, table, _ = rows(planner, "Regional bridge inspections: bridge names, county, inspector names, "
                                    "inspection date, condition rating 1-9")
    assert not any(n.endswith(("first_name", "last_name")) for n in names)
    bridge = next(n for n in names if n.startswith("bridge"))
    inspector = next(n for n in names if n.startswith("inspector"))
    assert all(len(r[inspector].split()) >= 2 for r in table)  # one column of full names
    assert len({r[bridge] for r in table}) > 3 and all(r[bridge] for r in table)


def test_a_word_before_name_that_counts_people_is_still_a_person(planner: OfflinePlanner) -> None:
    names, table, _ = rows(planner, "Summer camp sign-ups: child name, age (7-12), cabin (Oak, Pine, Birch)")
    child = next(n for n in names if n.startswith("child"))
    assert all(not r[child].isdigit() and len(r[child].split()) >= 2 for r in table)


def test_a_date_order_the_schema_cannot_keep_drops_only_that_order(planner: OfflinePlanner) -> None:
    names, table, notes = rows(planner, "Warehouse gate log: badge holder name, gate (North, South), entry "
                                        "timestamp (between 6:00 and 8:00), exit timestamp (later the same day), "
                                        "vehicle plate")
    assert any(n.startswith("badge") for n in names) and any(n.startswith("gate") for n in names)
    assert "email" not in names and not any("generic table" in n for n in notes)
    assert {r["gate"] for r in table} <= {"North", "South"}


def test_a_money_range_on_a_word_that_also_names_a_person_is_an_amount(planner: OfflinePlanner) -> None:
    names, table, _ = rows(planner, "Student loans. Each row has a loan number like SL-00001, the borrower's name, "
                                    "the principal between $2,500 and $75,000 and the interest rate in percent.")
    assert "principal" in names and not any(re.search(r"\d", n) for n in names if n.startswith("principal"))
    assert all(2_500 <= v <= 75_000 for v in numbers(table, "principal"))


def test_count_prefixes_and_participles_after_number_words(planner: OfflinePlanner) -> None:
    names, table, _ = rows(planner, "bookshop stock: isbn, title, n_genres, n_loans, quantity rejected, "
                                    "quantity received")
    genres = next(n for n in names if n.startswith("n_genre"))
    assert all(v == int(v) and v >= 0 for v in numbers(table, genres))  # how many genres, not a genre
    for said in ("received", "rejected"):  # a number, not a receipt time nor a yes/no
        column = next(n for n in names if said in n)
        assert all(re.fullmatch(r"\d+(\.\d+)?", r[column]) for r in table)


def test_ports_of_a_voyage_are_places_and_dew_point_is_a_temperature(planner: OfflinePlanner) -> None:
    names, table, _ = rows(planner, "Ferry crossings: vessel name, departure port, arrival port, sailing date in "
                                    "2024, sea temperature in celsius, dew point in celsius")
    for port in ("departure_port", "arrival_port"):
        assert all(not r[port].isdigit() and r[port] for r in table)
    dew = next(n for n in names if n.startswith("dew"))
    assert all(-60 <= v <= 60 for v in numbers(table, dew))


def test_lead_in_words_leave_column_names(planner: OfflinePlanner) -> None:
    names, _, _ = rows(planner, "Each row is a parcel locker drop. The columns are the locker's door number, the "
                                "courier's name and the drop time. Lockers are emptied daily, so include the pickup "
                                "time.")
    assert not any(n.startswith(("is_", "are_", "so_", "include_")) for n in names)
    assert any(n.startswith("pickup") for n in names) and any("door" in n for n in names)


def test_a_date_after_a_column_that_is_not_a_date_is_its_own_column(planner: OfflinePlanner) -> None:
    names, table, _ = rows(planner, "Each row is a harvest record. It has the farm name, the crop, the province, "
                                    "the date sometime in 2021 and the yield in tonnes.")
    assert "province" in names and "date" in names
    assert all(r["date"].startswith("2021-") for r in table)
    assert not any(re.fullmatch(r"\d{4}-\d{2}-\d{2}", r["province"]) for r in table)


def test_a_title_with_a_remark_before_the_colon_heads_its_list(planner: OfflinePlanner) -> None:
    names, _, _ = rows(planner, "tide gauge samples, every 10 min: gauge_id, ts, level_m, water_temp_c, battery_v")
    assert names[:2] == ["gauge_id", "ts"] and not any(n[0].isdigit() or "min" in n for n in names)


def test_snake_case_names_and_slash_pairs_are_columns_of_their_own(planner: OfflinePlanner) -> None:
    names, table, _ = rows(planner, "ferry legs: leg_id, stop_from, stop_to, leg start/end ts, vessel")
    assert {"stop_from", "stop_to", "leg_start_ts", "leg_end_ts"} <= set(names)
    assert all(r["stop_from"] not in ("from", "stop_to") for r in table)
    assert all(r["leg_start_ts"] <= r["leg_end_ts"] for r in table)
    names, table, _ = rows(planner, "ferry legs: leg_id, leg starts/ends at (timestamps in May 2025), vessel")
    starts = next(n for n in names if "start" in n)
    ends = next(n for n in names if "end" in n)
    assert all(r[starts].startswith("2025-05") and r[ends].startswith("2025-05") for r in table)
    _, table, _ = rows(planner, "alarms: alarm id, siren on/off, zone")
    assert {r["siren"] for r in table} <= {"on", "off", "true", "false", "True", "False"}


def test_a_clause_about_a_noun_leaves_its_name(planner: OfflinePlanner) -> None:
    names, table, _ = rows(planner, "Each row is a container on a ship. It has the container number, the terminal "
                                    "the box was unloaded at (Alpha, Bravo or Delta) and the gross weight in kg.")
    assert "terminal" in names and not any("unloaded" in n or "box" in n for n in names)
    assert {r["terminal"] for r in table} <= {"Alpha", "Bravo", "Delta"}
