"""Offline reader, round 4 (own phrasings, other domains than the batches): a request lead-in ('I need the ...',
'Give the ...', 'Also add whether ...') lists fields; 'Every row is X: a, b, c' lists fields; a title line's
'for homes with solar' describes the owner, not a column; a colon list after ', which must match the score:'
is the column's key, not columns; remarks in parentheses are never values."""

from __future__ import annotations

import pytest
from tests.planners.conftest import names, plan, rows

from synthgen.planners.offline import OfflinePlanner


@pytest.mark.parametrize(("text", "want", "low", "high"), [
    (("Library loans for a city branch. For every loan we need the borrower's card number, the book title and the "
     "number of renewals (0 to 3)."), ["borrower_card_number", "book_title"], 0, 3),
    ("Gym check-ins. I'd like the member id, the check-in time and the locker number (1-200).",
     ["member_id", "check_in_time"], 1, 200),
    ("Ferry crossings log. Each crossing has a departure time. Give the number of passengers (0 to 400).",
     ["departure_time"], 0, 400),
    ("Wine cellar stock. Please include the bottle name, the vintage year and the bottles on hand (0-48).",
     ["bottle_name", "vintage_year"], 0, 48),
    ("Parcel scans. We need the tracking number, the scan time and the conveyor lane (1-16).",
     ["tracking_number", "scan_time"], 1, 16),
    ("Course enrollments. Add the student id, the course code and the credits (1-6).",
     ["student_id", "course_code"], 1, 6),
])
def test_a_request_lead_in_lists_fields(planner: OfflinePlanner, text: str, want: list[str], low: int,
                                        high: int) -> None:
    schema = plan(planner, text)
    got = names(schema)
    assert got[:len(want)] == want, got
    assert len(got) == len(want) + 1, got  # the ranged one, nothing from the title or the verb
    values = rows(schema)[got[-1]]
    assert values and all(low <= v <= high for v in values)


@pytest.mark.parametrize("text", [
    "record id, list price in USD, show date, track number 1-20",
    "- record id\n- list price in USD\n- show date\n- track number 1-20",
    "track name: text\nlist price: money\nrecord label: company",
])
def test_verb_like_words_that_open_a_column_name_stay_in_it(planner: OfflinePlanner, text: str) -> None:
    got = names(plan(planner, text))
    assert any(n.startswith(("record", "track")) for n in got), got
    assert any(n.startswith("list_price") for n in got) or "record_label" in got, got


@pytest.mark.parametrize(("text", "owner_words"), [
    (("Monthly water bills for homes with a garden well. Each bill has the account number and the usage in "
     "litres (1000-30000)."), {"garden", "well"}),
    ("Vet visits for dogs with allergies. Record the visit date, the dog's name and the vet's name.",
     {"allergy", "allergies"}),
    (("Gym memberships of members with a personal trainer. Each membership has a start date and a monthly fee "
     "($20-$90)."), {"personal", "trainer"}),
    ("Parcel deliveries for customers with a premium plan. Track the tracking number and the delivery date.",
     {"premium", "plan"}),
])
def test_with_after_a_titles_owner_describes_the_owner(planner: OfflinePlanner, text: str,
                                                        owner_words: set[str]) -> None:
    got = names(plan(planner, text))
    assert len(got) >= 2, got
    assert not any(set(n.split("_")) & owner_words for n in got), got


@pytest.mark.parametrize("text", [
    ("Blood donations at a mobile clinic. Every record is one donation: the donor's name, the donation date in "
    "2023 and the volume in ml (350 to 500)."),
    ("Tree survey. Every row is one tree: the species (oak, ash or beech), the girth in cm (20-400) and the "
    "volume in ml (350 to 500)."),
    "Every entry is one sample: the sample code, the lab name and the volume in ml (350 to 500).",
])
def test_every_row_is_x_colon_lists_fields(planner: OfflinePlanner, text: str) -> None:
    schema = plan(planner, text)
    got = names(schema)
    assert len(got) == 3, got
    volume = next(n for n in got if n.startswith("volume"))
    assert all(350 <= v <= 500 for v in rows(schema)[volume])


@pytest.mark.parametrize(("text", "score", "grade", "cuts"), [
    (("Driving tests. Every row is one test: the candidate name, the points (0-100) and the band, which must "
     "match the points: gold for 85 and above, silver for 70-84, bronze for 50-69 and fail below 50."),
     "points", "band", [(85, "gold"), (70, "silver"), (50, "bronze"), (0, "fail")]),
    (("Credit checks: applicant name, credit score (300-850), risk tier, which follows the credit score: low for "
     "740 and above, medium for 620-739 and high below 620."),
     "credit_score", "risk_tier", [(740, "low"), (620, "medium"), (0, "high")]),
])
def test_a_colon_key_after_which_is_the_columns_bands(planner: OfflinePlanner, text: str, score: str, grade: str,
                                                       cuts: list[tuple[int, str]]) -> None:
    schema = plan(planner, text)
    got = names(schema)
    assert score in got and grade in got, got
    assert not {"above", "silver", "medium", "fail", "high", "bronze"} & set(got), got
    data = rows(schema)
    for s, g in zip(data[score], data[grade], strict=True):
        assert g == next(label for edge, label in cuts if s >= edge), (s, g)


@pytest.mark.parametrize("text", [
    ("Course enrollments. Add the student id and the credits (1-6). Also add whether the student is auditing, "
    "meaning no grade is given."),
    "Shift log: worker name, hours worked (1-12), overtime flag, meaning more than 8 hours.",
    ("Tenants. Each tenant has a name and a unit number. Also record whether they are in arrears, meaning rent "
    "is over 30 days late."),
])
def test_meaning_explains_the_column_before_it(planner: OfflinePlanner, text: str) -> None:
    got = names(plan(planner, text))
    assert not any("meaning" in n for n in got), got


@pytest.mark.parametrize(("text", "column", "remark"), [
    ("Tournament entries: player name, sponsor names (brand names, not people), seed (1-32)", "sponsor_name",
     "not people"),
    ("- vendor names (company names, not individuals)\n- invoice total ($10-$5000)\n- due date", "vendor_name",
     "company names"),
    ("Pharmacy sales. Each sale has the drug name (generic names, not brands) and the quantity (1-90).",
     "drug_name", "not brands"),
    ("tickets: ticket id, assignee (real people, not teams), priority (low, medium or high)", "assignee",
     "not teams"),
    ("Books: title, publisher (publisher names, not imprints), pages (50-900)", "publisher", "publisher names"),
])
def test_a_remark_in_parentheses_is_never_a_value(planner: OfflinePlanner, text: str, column: str,
                                                 remark: str) -> None:
    schema = plan(planner, text)
    got = names(schema)
    name = next((n for n in got if n.startswith(column)), None)
    assert name is not None, got
    values = {str(v).lower() for v in rows(schema, 60)[name]}
    assert remark not in values and not any(v.startswith("not ") for v in values), values
    assert len(values) > 2, values


@pytest.mark.parametrize(("text", "column"), [
    ("payments: payment id, card number (visa or mastercard), amount ($5-$900)", "card_number"),
    ("Bank customers. Each customer has a name and an iban (euro accounts only).", "iban"),
    ("Library copies: isbn (paperback or hardcover), shelf (A-H)", "isbn"),
    ("fleet: vin (trucks/vans), plate, mileage (0-300000)", "vin"),
    ("card no (debit/credit, valid checksum), holder name, expiry", "card_no"),
])
def test_words_listed_after_a_digit_code_are_a_remark(planner: OfflinePlanner, text: str, column: str) -> None:
    schema = plan(planner, text)
    values = [str(v) for v in rows(schema, 40)[column]]
    assert all(sum(ch.isdigit() for ch in v) >= 5 for v in values), values[:5]


@pytest.mark.parametrize(("text", "first", "second"), [
    (("Warranty claims. Each claim has the serial number, the purchase date and the date the claim was lodged, "
     "which is on or after the purchase date."), "purchase_date", "claim_lodged_date"),
    ("Patients: name, the day the patient was admitted, the day they were discharged", "patient_admitted_date",
     "discharged_date"),
    ("Parcels: tracking no, the date the parcel was shipped, the date when it was delivered (after shipping)",
     "parcel_shipped_date", "delivered_date"),
    ("- repair id\n- the time the ticket was opened\n- the time the ticket was closed\n- technician",
     "ticket_opened_time", "ticket_closed_time"),
    ("Book sales. I need the date the book was ordered, the date it was paid and the price (5-60).",
     "book_ordered_date", "paid_date"),
])
def test_the_date_something_was_done_names_the_event(planner: OfflinePlanner, text: str, first: str,
                                                     second: str) -> None:
    schema = plan(planner, text)
    got = names(schema)
    assert first in got and second in got, got
    assert "date" not in got and "time" not in got and "day" not in got, got
    if "after" in text or "closed" in second or "discharged" in second:  # stated or plain (admitted, discharged)
        data = rows(schema, 80)
        assert all(a <= b for a, b in zip(data[first], data[second], strict=True))


@pytest.mark.parametrize(("text", "column", "want"), [
    ("Chess games: white player, black player, the outcome as white, black or draw, number of moves (10-150)",
     "outcome", {"white", "black", "draw"}),
    ("Survey answers. Each answer has the respondent id and the answer recorded as yes, no or unsure.",
     "answer", {"yes", "no", "unsure"}),
    ("Lab samples: sample id, status as pending, passed, failed or retest, collected at", "status",
     {"pending", "passed", "failed", "retest"}),
    ("Trades: ticker, side as buy or sell, price, quantity (1-500)", "side", {"buy", "sell"}),
    ("Tennis matches with the match date and the winner as home player, away player or no result.", "winner",
     {"home player", "away player", "no result"}),
])
def test_x_as_a_b_or_c_lists_x_choices(planner: OfflinePlanner, text: str, column: str, want: set[str]) -> None:
    schema = plan(planner, text)
    assert column in names(schema), names(schema)
    assert set(rows(schema, 100)[column]) == want
