"""Offline reader, round 2: enumerations stay one column, titles and prose never become columns (own phrasings)."""

from __future__ import annotations

import pytest

from synthgen.planners.offline.planner import OfflinePlanner


def cols(text: str) -> dict:
    return {c.name: c for c in OfflinePlanner().plan(text).schema.columns}


def choices(column) -> set[str]:
    return {str(e).lower() for e in (column.args or {}).get("elements", [])}


@pytest.mark.parametrize(("text", "name", "want"), [
    ("rental id, fuel petrol|diesel|electric, daily rate", "fuel", {"petrol", "diesel", "electric"}),
    ("ticket_no, channel phone|email, opened_at", "channel", {"phone", "email"}),
    ("shipment id, priority low|high (mostly low), weight kg", "priority", {"low", "high"}),
])
def test_a_pipe_inside_a_list_item_is_or(text: str, name: str, want: set[str]) -> None:
    found = cols(text)
    assert choices(next(c for n, c in found.items() if n.startswith(name))) == want
    assert not set(want) & set(found), found.keys()


@pytest.mark.parametrize(("text", "name", "want"), [
    ("Each row is a loan. It has a loan ID and an amount. The loan purpose is car, home, education or travel.",
     "purpose", {"car", "home", "education", "travel"}),
    ("Each row is a parcel. It has a tracking number, and the carrier: DHL, FedEx, UPS or a local courier.",
     "carrier", {"dhl", "fedex", "ups", "a local courier"}),
    ("Each row is a tenant. It has a tenant name and a lease status of current, notice given or evicted.",
     "status", {"current", "notice given", "evicted"}),
])
def test_the_choices_of_a_sentence_stay_one_column(text: str, name: str, want: set[str]) -> None:
    found = cols(text)
    column = next(c for n, c in found.items() if name in n)
    assert choices(column) == want
    assert not any(w.replace(" ", "_") in found for w in want), found.keys()


@pytest.mark.parametrize(("text", "title"), [
    ("Warehouse stock levels\nsku: code like SKU-0001\nbin: text\nquantity: integer 0-500", "stock"),
    ("Clinic appointment book\n- patient name\n- appointment date\n- doctor", "appointment_book"),
    (("Tenancy contracts, one row per rented flat\ncontract_id: ids like TC-001\nrent: number 500-3000\n"
     "start: date"), "rented_flat"),
])
def test_a_title_is_not_a_column(text: str, title: str) -> None:
    assert not any(title in n for n in cols(text)), cols(text).keys()


@pytest.mark.parametrize(("text", "want"), [
    ("Train timetable (train number like IC123, operator, departure time, arrival time, platform)",
     {"operator", "platform"}),
    ("Payroll ledger (employee name, gross pay, tax withheld, pay date)", {"gross_pay", "pay_date"}),
    ("Equipment inventory (asset tag like EQ-0042, description, purchase date, purchase price)",
     {"purchase_date", "purchase_price"}),
])
def test_a_title_noun_over_a_field_list_is_read(text: str, want: set[str]) -> None:
    assert want <= set(cols(text)), cols(text).keys()


@pytest.mark.parametrize(("text", "code", "other"), [
    ("Horse registry (horse ID like HR-00077, breed arab or pony, foaling date)", "horse_id", "breed"),
    ("Bike rentals (bike ID like BK-123, colour red or blue, rented at)", "bike_id", "colour"),
    ("Asset list (tag like AS-9001, condition good or poor, location)", "tag", "condition"),
])
def test_a_column_after_a_code_example_is_its_own(text: str, code: str, other: str) -> None:
    found = cols(text)
    assert code in found and other in found, found.keys()
    assert len(choices(found[other])) == 2


@pytest.mark.parametrize("text", [
    "Members\n* card number, 12 digits, unique\n* member name\n* joined on",
    "Vouchers\n* voucher code, 8 characters, unique\n* value\n* expiry date",
    "Meters\n* meter serial, 10 digits, required\n* address\n* installed on",
])
def test_format_remarks_join_their_column(text: str) -> None:
    found = cols(text)
    assert len(found) == 3, found.keys()
    assert not any(n[0].isdigit() or n in ("column", "unique", "required") for n in found)


@pytest.mark.parametrize(("text", "name", "low", "high"), [
    ("Each row is a house sale. The sale price is between $80,000 and $2,500,000.", "price", 80_000, 2_500_000),
    ("Each row is a grant. The award is between $20,000 and $3,000,000.", "award", 20_000, 3_000_000),
    ("Each row is a yacht. The hull value is between 150,000 and 9,000,000 EUR.", "value", 150_000, 9_000_000),
])
def test_a_range_with_thousands_is_one_range(text: str, name: str, low: int, high: int) -> None:
    found = cols(text)
    column = next(c for n, c in found.items() if name in n)
    args = column.args or {}
    assert args.get("min_value", args.get("min")) == low and args.get("max_value", args.get("max")) == high
    assert not any("000" in n for n in found), found.keys()


@pytest.mark.parametrize(("text", "name"), [
    ("Each row is a patient. Resting heart rate is in bpm, and recovery heart rate is also in bpm.",
     "recovery_heart_rate"),
    ("Each row is a shop. Monthly revenue is in EUR, and monthly cost is also in EUR.", "monthly_cost"),
    ("Each row is a trip. The distance is in km, and the return distance is also in km.", "return_distance"),
])
def test_is_also_does_not_cut_a_sentence(text: str, name: str) -> None:
    found = cols(text)
    assert any(n.startswith(name) for n in found), found.keys()
    assert len(found) == 2, found.keys()


@pytest.mark.parametrize(("text", "name"), [
    ("Tenants (unit, phone number about 10% missing, rent)", "phone_number"),
    ("Orders (order id, gift message with roughly 5% filled, total)", "gift_message"),
    ("Sales (sale id, net amount equal to gross minus discount, gross, discount)", "net_amount"),
])
def test_constraint_words_stay_out_of_the_name(text: str, name: str) -> None:
    assert name in cols(text), cols(text).keys()


@pytest.mark.parametrize(("text", "col", "other"), [
    ("Videos:\n- views, likes and dislikes; dislikes should never exceed views\n- title", "dislikes", "views"),
    ("Stores:\n- revenue, cost and margin; cost must never exceed revenue\n- store name", "cost", "revenue"),
    ("Loans:\n- principal, repaid and balance; repaid can never exceed principal\n- borrower", "repaid", "principal"),
])
def test_a_remark_that_repeats_a_column_joins_it(text: str, col: str, other: str) -> None:
    found = cols(text)
    assert col in found and other in found, found.keys()
    assert len(found) == 4, found.keys()


@pytest.mark.parametrize("text", [
    "Readings\nsensor_id: ids like S-001\nratio: load / capacity, at most 3 decimals\nts: datetime",
    "Trades\ntrade_id: uuid\nqty: base amount, at most 8 decimals\nprice: number",
    "Scores\nplayer: name\nscore: points / games, at most 2 decimals\nseason: year",
])
def test_a_format_remark_keeps_a_spec_line_one_column(text: str) -> None:
    found = cols(text)
    assert len(found) == 3 and not any("decimal" in n for n in found), found.keys()


@pytest.mark.parametrize(("text", "absent"), [
    ("Each row is a member. Suspended members have a suspension end date; everyone else leaves it empty.",
     "everyone"),
    ("Each row is a claim. It has a claim id and an amount. Roughly 4% of claims are flagged for review.", "for_"),
    (("Each row is a ticket. It has a ticket id, and a category such as billing, outage, hardware or "
     "account access."), "access"),
])
def test_prose_never_becomes_a_column(text: str, absent: str) -> None:
    assert not any(n.startswith(absent) or n.endswith(absent) for n in cols(text)), cols(text).keys()


@pytest.mark.parametrize(("text", "want"), [
    ("Film archive with titles, release years, running times and page counts", {"release_year", "page_count"}),
    ("Journal articles with titles, publication years, citation counts", {"publication_year"}),
    ("Novels with authors, page counts, publication years", {"page_count", "publication_year"}),
])
def test_a_plural_list_names_singular_columns(text: str, want: set[str]) -> None:
    assert want <= set(cols(text)), cols(text).keys()


@pytest.mark.parametrize(("text", "flag"), [
    ("Reviews:\n- review id\n- stars\n- roughly 4% of reviews are flagged for spam", "spam"),
    ("Payments:\n- payment id\n- amount\n- about 2% of payments are marked as fraud", "fraud"),
    ("Shipments:\n- tracking id\n- weight\n- around 7% of shipments are flagged as damaged", "damaged"),
])
def test_a_share_bullet_is_a_flag(text: str, flag: str) -> None:
    found = cols(text)
    column = next(c for n, c in found.items() if flag in n)
    assert column.provider == "boolean" and len(found) == 3, found.keys()
    assert not any(n.startswith(("for_", "as_")) for n in found), found.keys()


@pytest.mark.parametrize(("text", "word"), [
    ("Each row is a student. It has a student id. There is a flag for whether the student graduated (about 80% did).",
     "graduated"),
    ("Each row is a loan. It has a loan id and an indicator of whether the loan defaulted (about 3%).", "defaulted"),
    ("Each row is a visit. It has a visit id and a flag showing if the patient was readmitted (about 9% were).",
     "readmitted"),
])
def test_a_flag_for_whether_is_named_for_what_it_flags(text: str, word: str) -> None:
    found = cols(text)
    column = next(c for n, c in found.items() if word in n)
    assert column.provider == "boolean" and not any(n.startswith(("flag", "indicator")) for n in found), found.keys()


@pytest.mark.parametrize(("text", "name"), [
    (("Each row is a trial subject. There is a withdrawn flag; withdrawals have a withdrawal reason, everyone "
     "else leaves it empty."), "withdrawal_reason"),
    ("Each row is an order. There is a status; returns have a return reason, others leave it blank.",
     "return_reason"),
    ("Each row is a claim. It has a claim id; rejections have a rejection code, the rest leave it empty.",
     "rejection_code"),
])
def test_owners_have_a_column_names_the_column(text: str, name: str) -> None:
    found = cols(text)
    assert name in found, found.keys()
    assert not any("have" in n or n.startswith(("everyone", "others", "the_rest")) for n in found), found.keys()


@pytest.mark.parametrize(("text", "name", "want"), [
    ("Tickets\n* seat tier: stalls, circle or balcony, with roughly 20% balcony\n* price", "seat_tier",
     {"stalls", "circle", "balcony"}),
    ("Cars\n* fuel: petrol, diesel or electric, with about 15% electric\n* plate", "fuel",
     {"petrol", "diesel", "electric"}),
    ("Plans\n* billing: monthly or yearly, with around 30% yearly\n* seats", "billing", {"monthly", "yearly"}),
])
def test_a_with_share_is_not_a_choice(text: str, name: str, want: set[str]) -> None:
    assert choices(cols(text)[name]) == want


@pytest.mark.parametrize(("text", "name"), [
    ("Kits (kit id, strap colour set by the kit size (like red, blue), kit size small or large)", "strap_colour"),
    ("Rooms (room id, nightly rate determined by the room type, room type single or double)", "nightly_rate"),
    ("Parcels (parcel id, postage based on the weight, weight kg)", "postage"),
])
def test_a_relation_stays_out_of_the_name(text: str, name: str) -> None:
    assert name in cols(text), cols(text).keys()


@pytest.mark.parametrize(("text", "flag"), [
    ("Each row is a booking. It has a booking id. There is also a refunded flag, yes or no, with about 5% yes.",
     "refunded"),
    ("Each row is a patient. It has a patient id. There is also a smoker flag, true or false, about 20% true.",
     "smoker"),
    ("Each row is a parcel. It has a parcel id, and a fragile flag, y/n, mostly n.", "fragile"),
])
def test_yes_or_no_after_a_flag_are_its_values(text: str, flag: str) -> None:
    found = cols(text)
    assert any(flag in n for n in found) and len(found) == 2, found.keys()


@pytest.mark.parametrize(("text", "name"), [
    ("Each row is a loan. The approval date always comes after the application date.", "approval_date"),
    ("Each row is a shipment. The delivery date usually falls within a week of the ship date.", "delivery_date"),
    ("Each row is a booking. The check-out date always comes after the check-in date.", "check_out_date"),
])
def test_a_sentence_about_a_date_names_the_date(text: str, name: str) -> None:
    assert name in cols(text), cols(text).keys()


@pytest.mark.parametrize(("text", "name", "want"), [
    ("cdr_id, call_type voice|sms|data, dropped", "call_type", {"voice", "sms", "data"}),
    ("lead_id, call_outcome won|lost|pending, called_at", "call_outcome", {"won", "lost", "pending"}),
    ("job_id, run_mode fast|slow, started_at", "run_mode", {"fast", "slow"}),
])
def test_a_snake_case_column_with_choices_is_never_an_instruction(text: str, name: str, want: set[str]) -> None:
    assert choices(cols(text)[name]) == want
