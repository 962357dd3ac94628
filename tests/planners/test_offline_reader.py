"""The offline planner's reader: the shape of a description (paragraphs, 'name: what it holds' lines, details in
parentheses, enumerations, titles) gives columns named as a data engineer would, and the words that only say
something about a column (conditions, relations, shares, remarks) never become columns, names or values."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from tests.planners.conftest import names, plan, rows

from synthgen.planners.offline import OfflinePlanner
from synthgen.schema import DatasetSchema


def col(schema: DatasetSchema, name: str) -> Any:
    found = [c for c in schema.columns if c.name == name]
    assert found, f"no column {name!r} in {names(schema)}"
    return found[0]


def no_prose_values(schema: DatasetSchema) -> None:
    """No column draws its values from sentences: every stated choice is a short value, not a remark."""
    for column in schema.columns:
        for value in (column.args or {}).get("elements", []):
            text = str(value).lower()
            assert len(text.split()) == 1 or not any(w in text.split() for w in (
                "if", "when", "while", "unless", "never", "after", "before", "blank", "empty", "x", "times",
                "minus", "plus", "about", "roughly", "mostly", "is", "are")), (column.name, value)


def clean_names(schema: DatasetSchema) -> None:
    for name in names(schema):
        parts = name.split("_")
        assert not any(p in ("which", "it", "is", "are", "sometime", "following", "matching", "within",
                             "roughly", "about", "never", "blank", "empty", "all", "they", "were")
                       for p in parts), name
        assert not parts[0].isdigit(), name


# -- details in parentheses are details, not choices -------------------------------------------------------


@pytest.mark.parametrize("text, column, kind", [
    (("Support tickets: ticket id, opened at, resolved at (after opened; empty while the ticket is still open), "
     "status (open, resolved)"), "resolved_at", "datetime"),
    (("Refund requests with amount paid, refunded amount (never more than the amount paid; 0 for rejected "
     "requests), request date"), "refunded_amount", "number"),
    ("Parking fines: plate number, fine amount, paid on date (blank if unpaid, always after the issue date)",
     "paid_on_date", "date"),
    ("Workshop invoices: hours, hourly rate, invoice total (hours x hourly rate), customer name",
     "invoice_total", "number"),
])
def test_details_in_parentheses_are_not_values(planner: OfflinePlanner, text: str, column: str, kind: str) -> None:
    schema = plan(planner, text)
    no_prose_values(schema)
    clean_names(schema)
    values = [v for v in rows(schema)[column] if v is not None]
    assert values
    if kind == "number":
        assert all(isinstance(v, (int, float)) for v in values)
    else:
        assert all(isinstance(v, (dt.date, dt.datetime)) for v in values)


@pytest.mark.parametrize("text, column, share", [
    ("Patients with name, smoker (yes or no, about 20% yes) and blood type", "smoker", 20),
    ("Subscribers: email, newsletter opt-in (yes/no, roughly 70% yes), signup date", "newsletter_opt_in", 70),
    ("Dogs with name, breed, vaccinated (y/n, about 85% yes)", "vaccinated", 85),
])
def test_yes_no_with_a_share_is_a_flag(planner: OfflinePlanner, text: str, column: str, share: int) -> None:
    schema = plan(planner, text)
    flag = col(schema, column)
    assert flag.provider == "boolean" and flag.args["chance_of_getting_true"] == share
    no_prose_values(schema)


# -- 'name: what it holds' lines ------------------------------------------------------------------------------


def test_name_colon_description_lines(planner: OfflinePlanner) -> None:
    schema = plan(planner, "bin_code: short code\nwarehouse_name: name of the warehouse\n"
                           "restocked_on: date, sometime in 2021\nunits: integer between 0 and 500\n"
                           "coach: the coach's full name\nmember_since: date, members are 18 to 80 years old")
    assert names(schema) == ["bin_code", "warehouse_name", "restocked_on", "units", "coach", "member_since"]
    no_prose_values(schema)
    data = rows(schema)
    assert all(dt.date(2021, 1, 1) <= v <= dt.date(2021, 12, 31) for v in data["restocked_on"])
    assert all(isinstance(v, int) and 0 <= v <= 500 for v in data["units"])
    assert col(schema, "coach").provider == "name"
    assert all(isinstance(v, dt.date) for v in data["member_since"])


@pytest.mark.parametrize("text, column", [
    ("booking_id: unique integer\nguest: the guest's full name\nnights: integer 1-14", "guest"),
    ("ticket_no: unique\nsubmitter: full name\npriority: one of low, medium, high", "submitter"),
    ("player_id: unique integer\nplayer_name: the player's full name\nteam: one of Lions, Tigers, Bears",
     "player_name"),
])
def test_a_described_person_is_a_person(planner: OfflinePlanner, text: str, column: str) -> None:
    schema = plan(planner, text)
    assert col(schema, column).provider == "name"
    assert len(schema.columns) == 3
    no_prose_values(schema)


# -- paragraphs ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text, expected, flag, share", [
    (("Each row is a gym membership. It records the member's first and last name, the plan (basic, plus or "
     "premium) and the monthly fee. About 12% of memberships are marked as frozen."),
     {"member_first_name", "member_last_name", "plan", "monthly_fee"}, "frozen", 12),
    (("Every record represents a museum visit. Each visit has a ticket number and the visitor's age. "
     "Roughly 30% of visits should be flagged as guided."),
     {"ticket_number", "visitor_age"}, "guided", 30),
    (("Our bakery logs every sale. It has a sale id, the pastry (e.g. croissant, muffin, scone) and the price, "
     "which is never more than 12 USD. About 5% of sales carry a discounted flag."),
     {"sale_id", "pastry", "price"}, "discounted", 5),
])
def test_paragraph_sentences(planner: OfflinePlanner, text: str, expected: set[str], flag: str,
                             share: int) -> None:
    schema = plan(planner, text)
    clean_names(schema)
    no_prose_values(schema)
    assert expected <= set(names(schema)), names(schema)
    assert not any("membership" in n or "visit" == n or "sale" == n for n in names(schema))
    column = next(c for c in schema.columns if flag in c.name)
    assert column.provider == "boolean" and column.args["chance_of_getting_true"] == share


@pytest.mark.parametrize("text, column, values", [
    ("Each row is a support call. The channel should be one of phone, chat or email. The agent is a full name.",
     "channel", ["phone", "chat", "email"]),
    ("Used bikes with frame colour like black, white, grey or green, and mileage", "frame_colour",
     ["black", "white", "grey", "green"]),
    (("Each row is a pet adoption. The species is something such as dog, cat, rabbit or parrot, and the "
     "adoption fee is in EUR."), "species", ["dog", "cat", "rabbit", "parrot"]),
])
def test_enumerations_stay_one_column(planner: OfflinePlanner, text: str, column: str, values: list[str]) -> None:
    schema = plan(planner, text)
    col(schema, column)  # whether examples become the exact choices is the constraints' reading, not asserted here
    assert not set(values) & set(names(schema)) and not any("_or_" in n for n in names(schema)), names(schema)
    clean_names(schema)


@pytest.mark.parametrize("text, column, low, high", [
    ("Each row is a rental. The monthly rent is in EUR, between 700 and 2,500, and the deposit is due at signing.",
     "monthly_rent_eur", 700, 2500),
    ("Product list: product name, list price in USD, up to $300, stock level", "list_price_usd", 0, 300),
    ("Each row is a loan. Borrowers must be 25 or older. It has the borrower's name and age, and the amount.",
     "age", 18, 120),
])
def test_ranges_and_remarks_join_their_column(planner: OfflinePlanner, text: str, column: str, low: float,
                                              high: float) -> None:
    schema = plan(planner, text)
    clean_names(schema)
    no_prose_values(schema)
    values = rows(schema)[column]
    assert all(low <= v <= high for v in values)


def test_start_and_end_sentences(planner: OfflinePlanner) -> None:
    for text, start, end in [
        ("Each row is a gym contract. The contract starts sometime in 2022 and ends 6 to 12 months later.",
         "contract_start_date", "contract_end_date"),
        ("Each row is a sublet. The sublet begins in 2023 and expires 1 to 3 months later.",
         "sublet_start_date", "sublet_end_date"),
    ]:
        schema = plan(planner, text)
        assert {start, end} <= set(names(schema)), names(schema)
        data = rows(schema)
        assert all(isinstance(v, dt.date) for v in data[start] + data[end])


# -- names --------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text, expected", [
    ("Shipments with shipment date sometime in 2021, carrier and review ids", ["shipment_date", "carrier",
                                                                                "review_id"]),
    ("Exams: raw score 0-100, grade following the score, exam date sometime in 2023", ["raw_score", "grade",
                                                                                         "exam_date"]),
    ("Pets: species (dog or cat), breed matching the species, whether walks are included",
     ["species", "breed", "walks_included"]),
    ("Invoices: issue date, due date 30 days after the issue date, amount", ["issue_date", "due_date", "amount"]),
    ("Trips: the hotel name, the number of nights and the city it is in (hotels in Oslo, Bergen or Tromso)",
     ["hotel_name", "number_of_nights", "city"]),
])
def test_names_as_a_data_engineer_writes_them(planner: OfflinePlanner, text: str, expected: list[str]) -> None:
    schema = plan(planner, text)
    assert names(schema) == expected
    no_prose_values(schema)


def test_the_first_choice_loses_its_lead_words(planner: OfflinePlanner) -> None:
    schema = plan(planner, "Ski resorts: resort name, the country it is in (resorts in Austria, Italy, France)")
    assert col(schema, "country").args["elements"] == ["Austria", "Italy", "France"]


@pytest.mark.parametrize("text, first", [
    ("Streaming catalog of podcasts\nepisode title\nhost\nduration minutes", "episode_title"),
    ("Warehouse inventory\nsku\nproduct name\nquantity", "sku"),
    ("Volunteer roster\nvolunteer name\nshift date\nrole", "volunteer_name"),
])
def test_a_title_line_is_not_a_column(planner: OfflinePlanner, text: str, first: str) -> None:
    schema = plan(planner, text)
    assert names(schema)[0] == first and len(schema.columns) == 3, names(schema)


@pytest.mark.parametrize("text, column, share", [
    ("card payments: payment id, amount, fraud flag ~2%", "fraud", 2),
    ("web sessions: session id, bot flag about 7%, pages viewed", "bot", 7),
    ("claims: claim id, audit flag 15%, amount", "audit", 15),
])
def test_a_flag_with_a_share(planner: OfflinePlanner, text: str, column: str, share: int) -> None:
    flag = col(plan(planner, text), column)
    assert flag.provider == "boolean" and flag.args["chance_of_getting_true"] == share


@pytest.mark.parametrize("text, column, values", [
    ("cafe receipts: receipt id, payment cash/card/mobile, total", "payment", ["cash", "card", "mobile"]),
    ("tickets: ticket id, status open/pending/closed, priority", "status", ["open", "pending", "closed"]),
    ("orders: order id, payment method card/cash/voucher, amount", "payment_method", ["card", "cash", "voucher"]),
])
def test_slash_choices_of_a_category(planner: OfflinePlanner, text: str, column: str, values: list[str]) -> None:
    assert col(plan(planner, text), column).args["elements"] == values


@pytest.mark.parametrize("text, expected", [
    ("flights: flight no, seats 100-300, seats sold <= seats", ["flight_no", "seats", "seats_sold"]),
    ("Shooting stats:\n- player name\n- shots made and shots attempted over the season (made never exceeds attempted)",
     ["player_name", "shots_made", "shots_attempted"]),
    ("Parcel shipments\n* tracking number\n* origin city and destination city\n* weight in kg",
     ["tracking_number", "origin_city", "destination_city", "weight_kg"]),
    ("payments: payment id, merchant city + country, amount", ["payment_id", "merchant_city", "country", "amount"]),
    ("Food delivery orders\n- order id\n- placed at / delivered at timestamps (delivered 15-75 minutes after placed)",
     ["order_id", "placed_at_timestamp", "delivered_at_timestamp"]),
])
def test_shapes_that_hold_two_columns_or_one(planner: OfflinePlanner, text: str, expected: list[str]) -> None:
    schema = plan(planner, text)
    assert names(schema) == expected
    no_prose_values(schema)


@pytest.mark.parametrize("text, column, low, high", [
    ("used cars: vin, asking price in USD ($5,000-$60,000), mileage", "asking_price_usd", 5000, 60000),
    ("homes: listing id, list price (USD 80,000 to 3,000,000), bedrooms", "list_price_usd", 80000, 3000000),
    ("salaries: employee id, salary (EUR 30,000-120,000)", "salary_eur", 30000, 120000),
])
def test_thousands_in_a_range(planner: OfflinePlanner, text: str, column: str, low: float, high: float) -> None:
    schema = plan(planner, text)
    no_prose_values(schema)
    assert all(low <= v <= high for v in rows(schema)[column])


@pytest.mark.parametrize("text, column, values", [
    (("Each row is a dentist visit. It has the dentist, the procedure, which is one of cleaning, filling, "
     "extraction or whitening, and the cost."), "procedure", ["cleaning", "filling", "extraction", "whitening"]),
    ("Tickets: ticket id, channel, which can be either phone, chat or email, and the agent name", "channel",
     ["phone", "chat", "email"]),
    ("Plants: plant name, light need, which is one of full sun, partial shade or shade, and height in cm",
     "light_need", ["full sun", "partial shade", "shade"]),
])
def test_a_relative_clause_gives_its_column_choices(planner: OfflinePlanner, text: str, column: str,
                                                    values: list[str]) -> None:
    schema = plan(planner, text)
    assert col(schema, column).args["elements"] == values
    assert not any("_or_" in n or n in values for n in names(schema)), names(schema)


def test_a_field_after_an_open_list_stays_a_field(planner: OfflinePlanner) -> None:
    schema = plan(planner, "orders with order id, status one of pending, shipped, customer email and total")
    assert col(schema, "status").args["elements"] == ["pending", "shipped"]
    assert {"customer_email", "total"} <= set(names(schema))


@pytest.mark.parametrize("text, column", [
    ("Customer returns: return id like RMA-00001, original order id, product name", "return_id"),
    ("Print jobs: print id like PJ-001, printer name, pages", "print_id"),
    ("Batch runs: run id like RUN-0042, started at, status (ok, failed)", "run_id"),
])
def test_an_id_named_with_a_verb_is_a_column(planner: OfflinePlanner, text: str, column: str) -> None:
    assert names(plan(planner, text))[0] == column


@pytest.mark.parametrize("text, expected", [
    ("students (name, grade 1-12, GPA 0.0-4.0, whether they have a scholarship, about 15% yes)",
     ["name", "grade", "gpa", "has_scholarship"]),
    ("books (title, author, ISBN, published year 1950-2024)", ["title", "author", "isbn", "published_year"]),
    ("employees (first name, last name, salary between 40k and 90k)", ["first_name", "last_name", "salary"]),
])
def test_a_table_with_its_fields_in_parentheses(planner: OfflinePlanner, text: str, expected: list[str]) -> None:
    schema = plan(planner, text)
    assert names(schema) == expected
    no_prose_values(schema)


@pytest.mark.parametrize("text, column", [
    ("Shifts: nurse name, shift start time between 06:30 and 08:00, ward", "shift_start_time"),
    ("Gyms: gym name, peak hour start between 17:00 and 19:00, members", "peak_hour_start"),
    ("Races: race name, start time, finish time", "start_time"),
])
def test_start_as_a_noun_is_not_a_start_sentence(planner: OfflinePlanner, text: str, column: str) -> None:
    assert column in names(plan(planner, text))


@pytest.mark.parametrize("text, column, values", [
    ("Bug reports: bug id, state (open, fixed, wont fix), fixed date (empty while the bug is open)", "state",
     ["open", "fixed", "wont fix"]),
    ("Orders: order id, status (new, same day, shipped), total", "status", ["new", "same day", "shipped"]),
    ("Prices: sku, pricing (fixed, dynamic, tiered), price", "pricing", ["fixed", "dynamic", "tiered"]),
])
def test_choices_that_look_like_remark_words_stay_choices(planner: OfflinePlanner, text: str, column: str,
                                                         values: list[str]) -> None:
    assert col(plan(planner, text), column).args["elements"] == values


def test_a_row_sentence_with_its_fields(planner: OfflinePlanner) -> None:
    for text, expected in [
        (("Each row is a permit request with a request id, a decision (granted, refused, pending) and a granted "
         "date."), ["request_id", "decision", "granted_date"]),
        ("Every record represents a hotel stay having a stay id, a guest name and the number of nights.",
         ["stay_id", "guest_name", "number_of_nights"]),
        ("Each row is a bike rental with a rental id, the station name and the rental minutes (1-600).",
         ["rental_id", "station_name", "rental_minutes"]),
    ]:
        assert names(plan(planner, text)) == expected, text
