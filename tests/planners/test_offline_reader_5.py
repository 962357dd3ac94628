"""The offline reader, round 5: columns as a careful reader reads them (never merged, split, misnamed or made up)
and values of the column's own kind; descriptions in other domains than batch F, in varied phrasing."""

from __future__ import annotations

import re

import pandas as pd
import pytest

from synthgen.planners.offline.planner import OfflinePlanner

from .conftest import column_named, numbers, planned_rows


def _names(planner: OfflinePlanner, text: str) -> list[str]:
    return [c.name for c in planner.plan(text).schema.columns]


@pytest.mark.parametrize(("text", "first", "second"), [
    ("Accounts: user id, first login, and last login which is never before the first", "first_login", "last_login"),
    ("Clinics: clinic name, planned admission, and actual admission", "planned_admission", "actual_admission"),
    ("Summer camps: camp name, minimum enrollment, and maximum enrollment", "minimum_enrollment",
     "maximum_enrollment"),
    ("Listings: listing id, original listing, and current listing price", "original_listing",
     "current_listing_price"),
    ("- course\n- max enrolment\n- and current enrolment", "max_enrolment", "current_enrolment"),
])
def test_two_columns_sharing_a_noun_stay_two(planner: OfflinePlanner, text: str, first: str, second: str) -> None:
    got = _names(planner, text)
    assert first in got and second in got, got
    assert not any(n.count(first.split("_")[-1]) > 1 or n.startswith(f"{first.split('_')[0]}_{second.split('_')[0]}")
                   for n in got), got


def test_a_head_count_stays_within_its_maximum(planner: OfflinePlanner) -> None:
    _schema, df = planned_rows(planner, "Workshops: title, max enrollment, and current enrollment which can't exceed "
                                       "the max", 150, 3)
    top, now = numbers(df, "max_enrollment"), numbers(df, "current_enrollment")
    assert (top == top.round()).all() and (now <= top).all() and (now >= 0).all()


@pytest.mark.parametrize(("text", "column", "want"), [
    ("Clinic visits. We record the symptom, for example fever, cough, fatigue or nausea, and the visit date.",
     "symptom", {"fever", "cough", "fatigue", "nausea"}),
    ("Hospital staff: staff id, the shift, which is early, late or night, and the ward", "shift",
     {"early", "late", "night"}),
    ("Restaurant orders: order id, the meal, which is breakfast, lunch or dinner, and the bill in EUR", "meal",
     {"breakfast", "lunch", "dinner"}),
    ("It has a repair id and the fault, for example leak, crack or rust. It also has the cost.", "fault",
     {"leak", "crack", "rust"}),
    ("Trips: trip id, the vehicle, which is a bus, tram or ferry, the fare", "vehicle", {"bus", "tram", "ferry"}),
])
def test_choices_after_a_comma_are_the_columns_values(planner: OfflinePlanner, text: str, column: str,
                                                       want: set[str]) -> None:
    schema, df = planned_rows(planner, text, 200, 5)
    values = {str(v).strip().lower().removeprefix("a ") for v in df[column_named(schema, column)]}
    assert values == want, values
    assert not any(set(c.name.split("_")) & want for c in schema.columns), [c.name for c in schema.columns]


@pytest.mark.parametrize(("text", "column", "shape"), [
    ("Parcels. Each parcel has a tracking code of eight letters and digits, like ZX91KQ7B, and a weight in kg.",
     "tracking", r"[A-Z0-9]{8}"),
    ("Hotel guests: guest name, their room, for example 12B, and the checkout date", "room", r"\S+"),
    ("Members have a card code of six letters and numbers, like AB12CD, and a join date.", "card", r"[A-Z0-9]{6}"),
    ("Lockers: the locker, for example L-042, and the renter name", "locker", r"\S+"),
    ("Each ticket has a reference, e.g. QX7734, and a price.", "reference", r"\S+"),
])
def test_an_example_after_a_comma_is_no_column(planner: OfflinePlanner, text: str, column: str, shape: str) -> None:
    schema, df = planned_rows(planner, text, 60, 2)
    names = [c.name for c in schema.columns]
    assert not any(re.search(r"\d", n) or n.startswith(("for_example", "e_g", "like")) for n in names), names
    values = df[column_named(schema, column)].astype(str)
    assert values.nunique() > 1 and all(re.fullmatch(shape, v) for v in values), list(values[:5])


@pytest.mark.parametrize(("text", "words"), [
    ("Box office: film, how many tickets were sold, and the screening date", ("sold", "count")),
    ("Returns desk: return id, how many items were damaged, the refund amount", ("damaged", "count")),
    ("Each harvest has a field, the date and how many crates were rejected.", ("rejected", "count")),
    ("- lab run\n- how many samples were contaminated\n- run date", ("contaminated", "count")),
    ("Flights: flight no, how many bags were lost", ("lost", "count")),
])
def test_how_many_names_a_count(planner: OfflinePlanner, text: str, words: tuple[str, ...]) -> None:
    schema, df = planned_rows(planner, text, 100, 4)
    name = column_named(schema, *words)
    assert not any(c.name.startswith("how_many") for c in schema.columns)
    values = numbers(df, name)
    assert (values >= 0).all() and (values == values.round()).all()


@pytest.mark.parametrize(("text", "column"), [
    ("Gym members: member id, the date they joined, monthly fee", "joined_date"),
    ("Employees: employee id, the day she was hired, salary", "hired_date"),
    ("Students: student id, the date they enrolled, grade (1-12)", "enrolled_date"),
    ("Volunteers: name, the date they signed up, phone", "signed_up_date"),
    ("Tenants. Each tenant has a unit, the date they moved in and the rent.", "moved_in_date"),
])
def test_the_date_they_did_something_names_the_event(planner: OfflinePlanner, text: str, column: str) -> None:
    _schema, df = planned_rows(planner, text, 30, 1)
    assert column in df.columns and "date" not in df.columns, list(df.columns)
    assert all(re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(v)) for v in df[column])


@pytest.mark.parametrize(("text", "column", "check"), [
    ("Forum users: user id, emails generated from their names", "email", lambda v: "@" in v),
    ("Gym members: member id, emails built from their names, join date", "email", lambda v: "@" in v),
    ("Apartments: unit number, monthly rent set by the apartment size", "rent", lambda v: float(v) > 0),
    ("Parcels: parcel id, a shipping fee based on the weight, weight in kg", "fee", lambda v: float(v) >= 0),
    ("Players: player id, usernames made from their names", "username", lambda v: " " not in v and len(v) > 2),
])
def test_how_values_are_made_is_a_detail_not_the_column(planner: OfflinePlanner, text: str, column: str,
                                                         check) -> None:
    schema, df = planned_rows(planner, text, 40, 6)
    name = column_named(schema, column)
    assert not any(w in name.split("_") for w in ("built", "made", "generated", "set", "based")), name
    assert all(check(str(v)) for v in df[name]), list(df[name][:5])


@pytest.mark.parametrize(("text", "owner", "owned"), [
    ("Authors: author name with their nationality, the book count", "author_name", "author_nationality"),
    ("Sensors: reading id, a sensor location with its country, temperature", "sensor_location", "sensor_country"),
    ("Trips: trip id, a departure city with its country", "departure_city", "departure_country"),
    ("Each office has a head office city with its country and a phone.", "office_city", "office_country"),
    ("Shipments: id, an origin port with its country, weight", "origin_port", "origin_country"),
])
def test_a_thing_with_its_other_thing_is_two_columns(planner: OfflinePlanner, text: str, owner: str,
                                                     owned: str) -> None:
    got = _names(planner, text)
    assert any(n.endswith(owner) for n in got) and any(n.endswith(owned) for n in got), got


@pytest.mark.parametrize(("text", "column", "want"), [
    ("Tasks\ntask_id\nstatus_code - open, blocked or done\ntask_type - bug, feature or chore\ncreated_at", "task_type",
     {"bug", "feature", "chore"}),
    ("Tickets\nticket_id\nchannel_type - email, chat, phone or text\nopened_at", "channel_type",
     {"email", "chat", "phone", "text"}),
    ("Media\nasset_id\nmedia_type: image, video, text or audio\nuploaded_at: datetime", "media_type",
     {"image", "video", "text", "audio"}),
    ("Orders\norder_id\nbilling_period - monthly or yearly\ntotal - between 5 and 90", "billing_period",
     {"monthly", "yearly"}),
    ("Alerts\nalert_id\nalert_level - low, medium or high\nraised_at", "alert_level", {"low", "medium", "high"}),
])
def test_a_name_dash_values_line_is_one_column(planner: OfflinePlanner, text: str, column: str,
                                               want: set[str]) -> None:
    schema, df = planned_rows(planner, text, 150, 7)
    names = [c.name for c in schema.columns]
    assert column in names and not set(names) & want and names[0] != text.split("\n")[0].lower(), names
    assert set(df[column].astype(str)) == want


@pytest.mark.parametrize(("text", "noun"), [
    ("Social posts: post id, like counts, share counts", "like"),
    ("Videos: video id, like count, view count", "like"),
    ("Shifts: shift id, day of week, start time", "day"),
    ("Deliveries: parcel, day of the week, driver", "day"),
    ("Reviews: review id, like counts, rating 1-5", "like"),
])
def test_a_lone_generic_word_keeps_its_qualifier(planner: OfflinePlanner, text: str, noun: str) -> None:
    schema, df = planned_rows(planner, text, 80, 8)
    name = column_named(schema, noun)
    assert "count" not in [c.name for c in schema.columns]
    if noun == "day":
        assert set(df[name]) <= {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
    else:
        assert (numbers(df, name) >= 0).all() and numbers(df, name).max() > 1


@pytest.mark.parametrize(("text", "age"), [
    ("Club members: member id, date of birth, role; all members must be 21 or older", 21),
    ("Drivers: driver id, date of birth, licence class. All drivers are 18 or older.", 18),
    ("Players: name, date of birth, position; every player must be at least 16", 16),
    ("Voters: voter id, date of birth, district; all voters are 18+", 18),
    ("Pilots: pilot id, date of birth, rank; all pilots must be 23 or older", 23),
])
def test_an_age_said_of_all_rows_bounds_the_birth_date(planner: OfflinePlanner, text: str, age: int) -> None:
    schema, df = planned_rows(planner, text, 100, 9)
    names = [c.name for c in schema.columns]
    assert not any(n.split("_")[0] in ("all", "every") or n.endswith(("members", "drivers")) for n in names), names
    born = df[column_named(schema, "birth")].astype(str)
    assert all(int(v[:4]) <= 2026 - age for v in born), sorted(born)[-3:]


@pytest.mark.parametrize(("text", "want"), [
    ("Videos: video id, view counts, like counts, and a popularity total that adds up the views and likes",
     ["video_id", "view_count", "like_count", "popularity_total"]),
    ("Matches: match id, home goals, away goals, and a goal total that is the sum of home goals and away goals",
     ["match_id", "home_goals", "away_goals", "goal_total"]),
    ("Store days: store, cash sales, card sales, and takings that add up the cash sales and card sales",
     ["store", "cash_sales", "card_sales", "takings"]),
    ("Crops: field id, wheat tonnes, barley tonnes, and a harvest total combining wheat and barley",
     ["field_id", "wheat_tonnes", "barley_tonnes", "harvest_total"]),
    ("Invoices: invoice id, labour cost, parts cost, a grand total that adds up the labour and parts",
     ["invoice_id", "labour_cost", "parts_cost", "grand_total"]),
])
def test_the_terms_of_a_total_are_no_new_columns(planner: OfflinePlanner, text: str, want: list[str]) -> None:
    schema, df = planned_rows(planner, text, 50, 10)
    assert [c.name for c in schema.columns] == want
    assert (numbers(df, want[-1]) >= 0).all()


@pytest.mark.parametrize(("text", "column", "kind"), [
    ("Tenancies: tenant, move in date, deposit refund only when the tenancy ended, monthly rent", "deposit_refund",
     "number"),
    ("Loans: loan id, status (open, repaid, defaulted), write off amount only for defaulted loans",
     "write_off_amount", "number"),
    ("Members: member id, cancelled (yes/no), cancellation date only for cancelled members", "cancellation_date",
     "date"),
    ("Orders: order id, status (placed, refunded), refund amount only when refunded", "refund_amount", "number"),
    ("Patients: patient id, discharged (yes/no), discharge date only if discharged", "discharge_date", "date"),
])
def test_only_for_says_when_a_column_is_filled(planner: OfflinePlanner, text: str, column: str, kind: str) -> None:
    schema, df = planned_rows(planner, text, 120, 11)
    names = [c.name for c in schema.columns]
    assert column in names and len(names) == (4 if "rent" in text else 3), names  # no column for the condition
    filled = df[column].dropna().astype(str)
    if kind == "date":
        assert len(filled) and all(re.fullmatch(r"\d{4}-\d{2}-\d{2}", v) for v in filled)
    else:
        assert (pd.to_numeric(filled) >= 0).all()
    if "refunded" in text:  # the condition names a choice of an earlier column: blank for the others
        assert df.loc[df["status"] != "refunded", column].isna().all()


@pytest.mark.parametrize(("text", "column"), [
    ("Reviews: review id, review texts, star rating 1-5", "review_text"),
    ("Catalog: sku, product descriptions, price", "product_description"),
    ("Courses: course code, course titles, course summaries", "course_summary"),
    ("Jobs: job id, job descriptions, salary", "job_description"),
    ("Podcasts: episode id, episode titles, episode abstracts, duration in minutes", "episode_abstract"),
])
def test_a_text_column_listed_in_the_plural_is_named_singular(planner: OfflinePlanner, text: str,
                                                               column: str) -> None:
    _schema, df = planned_rows(planner, text, 20, 12)
    assert column in df.columns, list(df.columns)
    assert all(len(str(v).split()) >= 3 for v in df[column])


@pytest.mark.parametrize(("text", "column"), [
    ("Bins\nbin_id\nstock_level\ncapacity - stock_level is never more than this", "capacity"),
    ("Rooms\nroom_id\nguests_booked\nmax_guests - guests_booked is never more than this", "max_guests"),
    ("Plans\nplan_id\nseats_used\nseats_bought - seats_used is never more than this", "seats_bought"),
    ("Parking lots\nlot_id\ncars_parked\ntotal_spaces - cars_parked is never more than this", "total_spaces"),
    ("Quotas\nrep_id\ncalls_made\ncall_limit - calls_made is never above this", "call_limit"),
])
def test_what_is_said_from_the_other_side_is_no_value(planner: OfflinePlanner, text: str, column: str) -> None:
    _schema, df = planned_rows(planner, text, 60, 13)
    assert column in df.columns, list(df.columns)
    assert (numbers(df, column) >= 0).all()  # numbers, never the words 'stock level' or 'seats used'
