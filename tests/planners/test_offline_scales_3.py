"""Offline planner, numbers at the scale of what they are of, and stated constraints kept (issue 12, round 3):
units and professions (per cup, per day, nightly, a tutor's or a plumber's hourly rate, an auditorium's seats,
units of a shift, tablets dispensed), date windows in quarters, halves, terms and spans before a stated day,
'mostly 0' and 'most under X' as the rows' shape, 'most X are in Y' as weights, and numbers that follow a
category of the row (weight by species, price by procedure or plan, guests by room type, dose by drug).
Every check reads the generated rows, row by row where a rule ties two columns."""

from __future__ import annotations

import pandas as pd
import pytest

from synthgen.planners.offline.planner import OfflinePlanner

from .conftest import column_named, numbers, planned_rows

ROWS = 300


def _rows(planner: OfflinePlanner, text: str) -> tuple[object, pd.DataFrame]:
    return planned_rows(planner, text, ROWS, seed=7)


# -- a number at the scale of what it is of ----------------------------------------------------------------------


@pytest.mark.parametrize(("text", "words", "low", "high"), [
    ("Craft soda range: flavour, price per can, can size", ("price", "can"), 0.8, 18),
    ("- wine label\n- region\n- price per bottle", ("price", "bottle"), 2, 120),
    ("Holiday lets: property name, town, nightly price", ("nightly", "price"), 40, 700),
    ("Equipment hire: tool name, deposit, rate per day", ("rate", "day"), 8, 400),
    ("Tutoring sessions: tutor name, session date, hourly rate", ("hourly", "rate"), 15, 150),
    ("Plumbing call-outs. Each job has a plumber, a job date and an hourly rate.", ("hourly", "rate"), 35, 180),
    ("Multiplex auditoriums: auditorium number, seat capacity, opening date", ("capacity",), 40, 600),
    ("factory shifts: shift id, line, units produced, operator", ("units", "produced"), 100, 20000),
    ("pharmacy refills: rx number, tablets dispensed, refill date", ("tablets",), 7, 180),
])
def test_a_number_takes_the_scale_of_what_it_is_of(planner: OfflinePlanner, text: str, words: tuple[str, ...],
                                                   low: float, high: float) -> None:
    schema, df = _rows(planner, text)
    values = numbers(df, column_named(schema, *words))
    assert values.min() >= low and values.max() <= high, (values.min(), values.max())
    assert values.nunique() > 10  # drawn, not one value


def test_cinema_tickets_cost_what_a_cinema_charges(planner: OfflinePlanner) -> None:
    schema, df = _rows(planner, "Cinema showings: film, showtime, screen, ticket price, seats sold")
    prices = numbers(df, column_named(schema, "ticket", "price"))
    assert prices.min() >= 5 and prices.max() <= 25


def test_a_concert_ticket_keeps_the_ticketed_scale(planner: OfflinePlanner) -> None:
    schema, df = _rows(planner, "Concert ticket sales: order id, artist, venue name, ticket price, quantity")
    prices = numbers(df, column_named(schema, "ticket", "price"))
    assert prices.min() >= 15 and prices.max() <= 250


# -- date windows in other phrasings -----------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "word", "first", "last"), [
    ("orders: order id, order date in Q3 2023, amount", "date", "2023-07-01", "2023-09-30"),
    ("Registrations\n- attendee name\n- registration date (in the 6 weeks before the conference on 10 October 2025)",
     "registration", "2025-08-29", "2025-10-10"),
    ("Insurance claims with a claim number and a filing date in the first half of 2024.", "filing", "2024-01-01",
     "2024-06-30"),
    ("pupils: name, enrolment date (autumn term 2023)", "enrolment", "2023-09-01", "2023-12-31"),
    ("grant_id: code\nawarded_on: date, during the 2022-23 academic year", "awarded", "2022-09-01", "2023-06-30"),
    ("orders: id, shipped date (Q1-Q2 2025)", "shipped", "2025-01-01", "2025-06-30"),
])
def test_a_window_said_in_words_holds(planner: OfflinePlanner, text: str, word: str, first: str, last: str) -> None:
    schema, df = _rows(planner, text)
    days = pd.to_datetime(df[column_named(schema, word)])
    assert days.min() >= pd.Timestamp(first) and days.max() <= pd.Timestamp(last) + pd.Timedelta(days=1)
    assert days.max() - days.min() > pd.Timedelta(days=20)  # spread over the window


def test_a_column_of_terms_bounds_the_other_dates(planner: OfflinePlanner) -> None:
    schema, df = _rows(planner, "Exam sittings: candidate, exam term (Spring 2024, Summer 2024, Autumn 2024), sat on")
    days = pd.to_datetime(df[column_named(schema, "sat")])
    assert days.min() >= pd.Timestamp("2024-03-01") and days.max() <= pd.Timestamp("2024-11-30")


# -- where most values lie ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "words"), [
    ("Support calls: call id, agent, hold time in seconds. Most calls have zero hold time.", ("hold",)),
    ("Taxi trips: trip id, distance in km, tolls paid (usually zero)", ("tolls",)),
    ("station: text\nrainfall_mm: float, 0 on most days", ("rainfall",)),
    ("invoices: invoice no, total, discount (mostly 0)", ("discount",)),
    ("warehouse picks: pick id, picker, short picks - zero for the majority of picks", ("short",)),
    ("Flights: flight number, gate, delay in minutes. Most delays are 0.", ("delay",)),
])
def test_mostly_zero_puts_most_rows_at_zero(planner: OfflinePlanner, text: str, words: tuple[str, ...]) -> None:
    schema, df = _rows(planner, text)
    values = numbers(df, column_named(schema, *words))
    zero = (values == 0).mean()
    assert 0.55 <= zero <= 0.95, zero
    assert values.min() >= 0 and (values > 0).sum() > 10  # the rest are real values


def test_mostly_zero_keeps_a_stated_bound(planner: OfflinePlanner) -> None:
    schema, df = _rows(planner, "Returns: order id, order total, refund amount (0 for most orders, never more than "
                                "the order total)")
    total, refund = numbers(df, column_named(schema, "total")), numbers(df, column_named(schema, "refund"))
    assert (refund == 0).mean() >= 0.55
    assert (refund <= total + 1e-9).all()


@pytest.mark.parametrize(("text", "words", "low", "high", "bound"), [
    ("Donations: donor, amount between 1 and 10000, most under 50", ("amount",), 1, 10000, 50),
    ("Parking tickets: ticket id, fine ($20-$500, mostly below $80)", ("fine",), 20, 500, 80),
    ("- order id\n- basket value (5 to 2000 euros, mostly under 120)", ("basket",), 5, 2000, 120),
    ("Parcels with a tracking number and a weight between 0.1 and 30 kg, most under 2 kg.", ("weight",), 0.1, 30, 2),
    ("repair_cost: money 10-5000, the majority below 300", ("repair",), 10, 5000, 300),
])
def test_most_under_a_bound_leans_the_spread(planner: OfflinePlanner, text: str, words: tuple[str, ...],
                                             low: float, high: float, bound: float) -> None:
    schema, df = _rows(planner, text)
    values = numbers(df, column_named(schema, *words))
    assert values.min() >= low and values.max() <= high
    assert 0.55 <= (values < bound).mean() <= 0.97, (values < bound).mean()
    assert (values > bound).sum() > 3  # the tail is still there


@pytest.mark.parametrize(("text", "words", "value"), [
    ("Orders: order id, payment method (card, cash, voucher). Most orders are paid by card.", ("payment",), "card"),
    ("Shipments: shipment id, carrier, which is DHL, UPS, FedEx or USPS; most shipments are with UPS",
     ("carrier",), "UPS"),
    ("Seats sold: seat, section, which is stalls, circle or balcony. Most seats are in the stalls.", ("section",),
     "stalls"),
    ("Bike rentals\n- rental id\n- bike type (road, mountain, city)\n- mostly city", ("bike", "type"), "city"),
    ("Commuters: name, mode (bus, train, car, bike); most commuters are on the train", ("mode",), "train"),
])
def test_most_in_a_choice_weighs_it(planner: OfflinePlanner, text: str, words: tuple[str, ...], value: str) -> None:
    schema, df = _rows(planner, text)
    share = (df[column_named(schema, *words)].astype(str).str.lower() == value.lower()).mean()
    assert share >= 0.6, share


# -- numbers that follow the row's category ----------------------------------------------------------------------


def _by(df: pd.DataFrame, category: str, number: str) -> dict[str, pd.Series]:
    values = numbers(df, number)
    return {str(k): values[df[category] == k] for k in df[category].dropna().unique()}


def test_weight_follows_species(planner: OfflinePlanner) -> None:
    schema, df = _rows(planner, "Pet hotel stays: pet name, species (dog, cat, hamster, horse), weight in kg")
    by = _by(df, column_named(schema, "species"), column_named(schema, "weight"))
    assert by["hamster"].max() < 0.5 and by["horse"].min() > 300 and by["cat"].max() <= 7
    assert 3 <= by["dog"].min() and by["dog"].max() <= 45


def test_price_follows_the_procedure(planner: OfflinePlanner) -> None:
    schema, df = _rows(planner, "Dental invoices\n- patient\n- procedure: cleaning, crown, implant\n- price")
    by = _by(df, column_named(schema, "procedure"), column_named(schema, "price"))
    assert by["cleaning"].max() < by["crown"].min() and by["crown"].max() < by["implant"].min()


def test_guests_follow_the_room_type(planner: OfflinePlanner) -> None:
    schema, df = _rows(planner, "Hotel bookings: booking id, room type (single, double, family), number of guests "
                                "(1-4)")
    by = _by(df, column_named(schema, "room"), column_named(schema, "guests"))
    assert set(by["single"]) == {1} and by["double"].max() <= 2 and by["family"].min() >= 2
    assert by["family"].max() <= 4  # the stated range holds


def test_price_follows_the_plan(planner: OfflinePlanner) -> None:
    schema, df = _rows(planner, "Streaming subscribers: user, plan (free, basic, premium), monthly price")
    by = _by(df, column_named(schema, "plan"), column_named(schema, "price"))
    assert (by["free"] == 0).all() and by["basic"].min() > 0 and by["basic"].max() <= by["premium"].min()


def test_a_stated_range_holds_for_a_free_plan_too(planner: OfflinePlanner) -> None:
    schema, df = _rows(planner, "plan_name: free, starter or pro\nfee: between $9 and $99")
    by = _by(df, column_named(schema, "plan"), column_named(schema, "fee"))
    assert min(s.min() for s in by.values()) >= 9 and max(s.max() for s in by.values()) <= 99
    assert by["free"].max() <= by["pro"].min()


def test_salary_follows_the_level(planner: OfflinePlanner) -> None:
    schema, df = _rows(planner, "Staff list. Each employee has a name, a level (junior, senior or director) and a "
                                "salary.")
    by = _by(df, column_named(schema, "level"), column_named(schema, "salary"))
    assert by["junior"].max() <= by["senior"].min() and by["senior"].max() <= by["director"].min()


def test_dose_follows_the_drug(planner: OfflinePlanner) -> None:
    schema, df = _rows(planner, "prescriptions: patient, medication (metformin, amoxicillin, lisinopril), "
                                "strength in mg")
    by = _by(df, column_named(schema, "medication"), column_named(schema, "strength"))
    assert set(by["metformin"]) <= {500, 850, 1000} and set(by["lisinopril"]) <= {2.5, 5, 10, 20, 40}
    assert set(by["amoxicillin"]) <= {250, 500, 875} and len(set(by["metformin"])) > 1


def test_a_long_drug_list_gives_each_drug_its_strengths(planner: OfflinePlanner) -> None:
    schema, df = _rows(planner, "Pharmacy prescriptions with a patient name, the drug name, the dosage in mg and "
                                "the fill date")
    drug, dose = column_named(schema, "drug"), column_named(schema, "dosage")
    known = {"Metformin": {500, 850, 1000}, "Prednisone": {5, 10, 20, 50}, "Levothyroxine": {
        0.025, 0.05, 0.075, 0.1, 0.125, 0.15}}
    for name, strengths in known.items():
        said = set(pd.to_numeric(df.loc[df[drug] == name, dose]))
        assert said <= strengths, (name, said)


def test_an_unknown_choice_keeps_the_columns_range(planner: OfflinePlanner) -> None:
    schema, df = _rows(planner, "Zoo feeding log: animal (dog, cat, okapi), weight in kg between 1 and 300")
    by = _by(df, column_named(schema, "animal"), column_named(schema, "weight"))
    assert by["cat"].max() <= 7 and by["okapi"].min() >= 1 and by["okapi"].max() <= 300


# -- a closed column keeps its values --------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "words"), [
    (("Shipments: shipment id, insured (yes/no), insurance value - 2% of the declared value when insured, blank "
      "otherwise, declared value"), ("insured",)),
    ("Shoppers\nMember (yes/no)\nMember discount - 10% of the basket when member, blank otherwise\nBasket",
     ("member",)),
    ("Staff: name, is manager (true/false), manager bonus (only for managers, empty otherwise)", ("manager",)),
    ("Devices: serial, under warranty (y/n), warranty expiry date - blank otherwise", ("under", "warranty")),
    ("Loans: loan id, principal, defaulted (yes or no), recovered amount (only when defaulted, blank otherwise)",
     ("defaulted",)),
])
def test_another_columns_blank_otherwise_leaves_a_yes_no_column_whole(planner: OfflinePlanner, text: str,
                                                                       words: tuple[str, ...]) -> None:
    schema, df = _rows(planner, text)
    column = column_named(schema, *words, avoid=("date", "bonus", "discount", "amount", "value", "expiry"))
    assert df[column].notna().all()
    assert set(df[column].astype(str).str.lower()) <= {"true", "false", "yes", "no", "y", "n"}


@pytest.mark.parametrize(("text", "words", "choices"), [
    (("We want a manifest. Each traveller has a loyalty tier (none, silver, gold or platinum) and a loyalty number "
     "that is only filled in when the tier is not none."), ("tier",), {"none", "silver", "gold", "platinum"}),
    ("Members: member id, sponsor level (none, bronze, silver), sponsor badge only when the level is not none",
     ("level",), {"none", "bronze", "silver"}),
    ("- patient id\n- allergy severity: none, mild, severe\n- allergy notes, blank when severity is none",
     ("severity",), {"none", "mild", "severe"}),
    ("employees: name, union (none, local, national); union number empty when union is none", ("union",),
     {"none", "local", "national"}),
    (("Accounts with an id, an overdraft type (none, arranged, unarranged) and an overdraft limit that is missing "
     "when the type is none"), ("overdraft", "type"), {"none", "arranged", "unarranged"}),
])
def test_none_as_a_choice_is_a_value_not_a_blank(planner: OfflinePlanner, text: str, words: tuple[str, ...],
                                                  choices: set[str]) -> None:
    schema, df = _rows(planner, text)
    values = df[column_named(schema, *words, avoid=("number", "badge", "notes", "limit"))]
    assert values.notna().all()
    assert set(values.astype(str).str.lower()) == choices
