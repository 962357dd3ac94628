"""Offline planner's words, round 2: the name of a thing is a name of that thing (never a person's, never lorem),
people words are people, sums are numbers, and scales come from the domain."""

from __future__ import annotations

import math
from typing import Any

import pytest

from synthgen import generate
from synthgen.planners.offline import OfflinePlanner
from synthgen.planners.offline.lexicon import lexicon
from synthgen.schema import DatasetSchema, parse_schema


@pytest.fixture(scope="module")
def planner() -> OfflinePlanner:
    return OfflinePlanner()


def _plan(planner: OfflinePlanner, text: str) -> DatasetSchema:
    return parse_schema(planner.plan(text).schema.model_dump())


def _col(schema: DatasetSchema, name: str) -> Any:
    for column in schema.columns:
        if column.name == name:
            return column
    raise AssertionError(f"no column {name} in {[c.name for c in schema.columns]}")


def _values(schema: DatasetSchema, name: str, n: int = 300) -> list[Any]:
    frame = generate(schema.model_dump(exclude_none=True), rows=n, seed=11)
    return [v for v in frame[name].tolist() if v is not None and not (isinstance(v, float) and math.isnan(v))]


def _within(schema: DatasetSchema, name: str, low: float, high: float) -> list[Any]:
    values = _values(schema, name)
    assert values and all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in values), values[:5]
    assert low <= min(values) and max(values) <= high, (name, min(values), max(values))
    return values


# -- the name of a thing ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "column", "noun"), [
    ("Esports clan roster: clan name, player handle, rank, wins", "clan_name", "Clan"),
    ("Wine estates: estate name, region, hectares planted, founded year", "estate_name", "Estate"),
    ("Field survey sites: site name, latitude, longitude, surveyed on", "site_name", "Site"),
    ("Small dairy farms: farm name, county, herd size", "farm_name", "Farm"),
    ("MMO guilds with guild names, member counts and founding dates", "guild_name", "Guild"),
])
def test_the_name_of_a_thing_names_that_thing(planner: OfflinePlanner, text: str, column: str, noun: str) -> None:
    schema = _plan(planner, text)
    col = _col(schema, column)
    assert col.provider == "random_element", (col.provider, col.args)
    values = _values(schema, column)
    assert all(v.endswith(f" {noun}") for v in values), values[:5]
    stems = set(lexicon().pool("name_stems"))
    assert {v[: -len(noun) - 1] for v in values} <= stems
    assert not any(c.name.endswith(("_first_name", "_last_name")) for c in schema.columns)


@pytest.mark.parametrize(("text", "column"), [
    ("match log: match id, map name, kills, deaths", "map_name"),
    ("Raid log: dungeon name, boss, duration", "dungeon_name"),
    ("quest log: quest name, reward, completed on", "quest_name"),
])
def test_a_map_or_a_place_in_a_game_is_named_bare(planner: OfflinePlanner, text: str, column: str) -> None:
    schema = _plan(planner, text)
    values = _values(schema, column)
    assert set(values) <= set(lexicon().pool("name_stems")), values[:5]


@pytest.mark.parametrize(("text", "column", "provider"), [
    ("contacts: legal name, email, phone", "legal_name", "name"),
    ("patients: patient name, date of birth, ward", "patient_name", "name"),
    ("user profiles: display name, email, signup date", "display_name", "name"),
])
def test_a_person_s_name_stays_a_person_s_name(planner: OfflinePlanner, text: str, column: str,
                                                provider: str) -> None:
    assert _col(_plan(planner, text), column).provider == provider


# -- people words ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "column"), [
    ("Law firm matters: matter number, lead attorney, practice area, opened on", "lead_attorney"),
    ("coffee bar shifts: barista, shift start, tips collected", "barista"),
    ("Grant awards: grant id, principal investigator, department, award amount", "principal_investigator"),
    ("court filings: case number, judge, filed on", "judge"),
])
def test_people_words_are_people(planner: OfflinePlanner, text: str, column: str) -> None:
    assert _col(_plan(planner, text), column).provider == "name"


# -- sums written with a verb are numbers ---------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "column"), [
    ("Renovation jobs: job id, contract value, cost to date, percent complete", "cost_to_date"),
    ("Marketing programmes: programme name, budget, spent to date", "spent_to_date"),
    ("Fundraising events: event name, event date, total raised", "total_raised"),
    ("Online orders: order id, order total, amount refunded", "amount_refunded"),
    ("Insurance claims: claim id, claim date, amount paid out", "amount_paid_out"),
])
def test_a_sum_with_a_verb_is_an_amount(planner: OfflinePlanner, text: str, column: str) -> None:
    schema = _plan(planner, text)
    assert _col(schema, column).provider == "pyfloat"
    _within(schema, column, 0, 1e9)


# -- words a domain redefines ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "column", "high"), [
    ("Shooter match stats: match id, map name, kills, headshots, deaths", "headshot", 30),
    ("esports game results: player, kills, headshots", "headshot", 30),
    ("Gym workout log: member id, exercise, sets, reps, weight kg", "reps", 20),
    ("strength training sessions: exercise, reps, load", "reps", 20),
])
def test_counts_a_domain_names(planner: OfflinePlanner, text: str, column: str, high: int) -> None:
    schema = _plan(planner, text)
    assert _col(schema, column).provider == "random_int"
    values = _within(schema, column, 0, high)
    assert all(isinstance(v, int) for v in values)


# -- scales from the domain -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "column", "low", "high"), [
    ("Law firm time entries: entry id, attorney name, work date, hours, billing rate", "billing_rate", 150, 900),
    ("litigation matters at our law firm: matter id, client, hourly rate, hours billed", "hourly_rate", 150, 900),
    ("Research grant awards: grant id, principal investigator, award amount", "award_amount", 20000, 2500000),
    ("grants from a funding agency: grant id, department, award amount, end date", "award_amount", 20000, 2500000),
    ("coffee shop orders: order id, drink, size, price, tip", "price", 2, 9),
    ("coffee shop orders: order id, drink, size, price, tip", "tip", 0, 5),
    ("espresso bar sales: drink, price, barista", "price", 2, 9),
    ("Veterinary clinic visits: pet name, species, visit date, bill", "bill", 35, 1500),
    ("vet clinic visits: pet id, owner, total cost", "total_cost", 35, 1500),
    ("Airline bookings: booking reference, passenger, base fare, taxes, total price", "base_fare", 40, 1500),
    ("flight tickets sold: flight number, fare, seat", "fare", 40, 1500),
    ("Influencer accounts on instagram: handle, followers, niche", "followers", 100, 5_000_000),
    ("Clinical trial participants: participant id, arm, age, enrollment date", "age", 18, 80),
    ("gym members: member id, full name, age, join date, monthly fee", "age", 16, 75),
    ("Monthly mobile usage per subscriber from the telecom: subscriber id, data used, minutes used", "data_used",
     50, 60000),
])
def test_scales_come_from_the_domain(planner: OfflinePlanner, text: str, column: str, low: float,
                                     high: float) -> None:
    _within(_plan(planner, text), column, low, high)


def test_a_rate_outside_a_law_firm_keeps_its_own_scale(planner: OfflinePlanner) -> None:
    _within(_plan(planner, "contractors: name, trade, hourly rate"), "hourly_rate", 15, 150)


# -- concepts that were missing -------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "column", "kind"), [
    ("creator accounts: handle, platform, following count", "following_count", "int"),
    ("twitter profiles: username, bio, following", "following", "int"),
    ("Budget review: cost centre, budget, variance", "variance", "money"),
    ("project budget lines: line, planned cost, actual cost, cost variance", "cost_variance", "money"),
    ("Charity gifts: donor name, amount, gift aid, date", "gift_aid", "bool"),
    ("uk donations with donor, amount and giftaid", "giftaid", "bool"),
    ("Vaccine clinic log: patient id, vaccine, date given, dose number", "date_given", "date"),
    ("immunisation records: child id, vaccine, date administered", "date_administered", "date"),
    ("Vaccine clinic log: patient id, vaccine, date given, dose number", "dose_number", "int"),
])
def test_concepts_batch_b_missed(planner: OfflinePlanner, text: str, column: str, kind: str) -> None:
    schema = _plan(planner, text)
    col = _col(schema, column)
    values = _values(schema, column)
    if kind == "int":
        assert col.provider == "random_int" and all(isinstance(v, int) for v in values)
    elif kind == "money":
        assert col.provider == "pyfloat" and min(values) < 0 < max(values)
    elif kind == "bool":
        assert col.provider == "boolean" and 0.2 < sum(map(bool, values)) / len(values) < 0.6
    else:
        assert col.provider == "date_between"


@pytest.mark.parametrize("text", [
    "Vaccine clinic log: patient id, vaccine, date given",
    "pet vaccinations: pet id, vaccine, next due date",
    "travel clinic: traveller, destination, vaccine",
])
def test_vaccines_are_real_vaccines(planner: OfflinePlanner, text: str) -> None:
    values = set(_values(_plan(planner, text), "vaccine"))
    assert values and values <= set(lexicon().pool("vaccines"))


@pytest.mark.parametrize(("text", "column", "low", "high"), [
    ("Clinical trial participants: participant id, participant age, arm", "participant_age", 18, 80),
    ("drug trial roster: subject id, patient age, site", "patient_age", 18, 80),
    ("placebo-controlled study participants: participant id, participant's age", "participant_age", 18, 80),
])
def test_a_person_s_number_keeps_the_domain_scale(planner: OfflinePlanner, text: str, column: str, low: float,
                                                   high: float) -> None:
    _within(_plan(planner, text), column, low, high)


@pytest.mark.parametrize(("text", "column", "low", "high"), [
    ("mobile usage from the telecom: subscriber id, minutes used, overage charge, total bill", "overage_charge",
     0, 60),
    ("mobile usage from the telecom: subscriber id, minutes used, overage charge, total bill", "total_bill", 15, 150),
    ("Concert ticket sales: order id, artist, venue name, ticket price, quantity", "ticket_price", 15, 250),
    ("theatre tickets: show, seat, ticket price", "ticket_price", 15, 250),
    ("museum visits: visitor id, visit date, admission fee", "admission_fee", 15, 250),
])
def test_charges_at_their_own_scale(planner: OfflinePlanner, text: str, column: str, low: float,
                                    high: float) -> None:
    _within(_plan(planner, text), column, low, high)


@pytest.mark.parametrize("text", [
    "Research grants: grant id, funding agency, award amount",
    "grant awards with pi name, funder and amount",
    "university research funding: project, funding body, start date",
])
def test_funders_are_real_funders(planner: OfflinePlanner, text: str) -> None:
    schema = _plan(planner, text)
    column = next(c.name for c in schema.columns if c.name.startswith("fund"))
    values = set(_values(schema, column))
    assert values and values <= set(lexicon().pool("funding_agencies"))
