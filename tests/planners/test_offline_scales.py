"""Offline planner, scales: a number with no stated range takes the realistic range of what it is of (the head
noun and its owner in the phrase, then the things the description is about): fees, fares, prices per thing,
values, counts of things, one game's statistics, and measurements by unit (data/scales.json)."""

from __future__ import annotations

import math
import statistics
from typing import Any

import pytest

from synthgen import generate
from synthgen.planners.offline import OfflinePlanner
from synthgen.planners.offline import datafiles as df
from synthgen.planners.offline import modifiers as mod
from synthgen.planners.offline.scales import Scales, scales
from synthgen.schema import DatasetSchema, parse_schema


@pytest.fixture(scope="module")
def planner() -> OfflinePlanner:
    return OfflinePlanner()


def _plan(planner: OfflinePlanner, text: str) -> DatasetSchema:
    return parse_schema(planner.plan(text).schema.model_dump())


def _values(schema: DatasetSchema, name: str, n: int = 400) -> list[float]:
    names = [c.name for c in schema.columns]
    assert name in names, (name, names)
    frame = generate(schema.model_dump(exclude_none=True), rows=n, seed=7)
    values = [v for v in frame[name].tolist() if v is not None and not (isinstance(v, float) and math.isnan(v))]
    assert values and all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in values), values[:5]
    return values


def _within(planner: OfflinePlanner, text: str, name: str, low: float, high: float) -> list[float]:
    values = _values(_plan(planner, text), name)
    assert low <= min(values) and max(values) <= high, (name, min(values), max(values))
    return values


# -- money: the head noun and its owner, then what the description is about ---------------------------------------

@pytest.mark.parametrize(("text", "column", "low", "high"), [
    # what the fee is for, said in the phrase
    ("vet practice invoices: pet name, consultation fee, late payment fee", "late_payment_fee", 0.25, 40),
    ("holiday cottages to let: cottage name, nightly rate, cleaning fee, sleeps", "cleaning_fee", 15, 250),
    ("speciality tea shop: tea name, price per kg, tin size", "price_per_kg", 0.5, 60),
    # what the row is about, said anywhere in the description
    ("Hair salon appointments with client name, stylist, service (cut, colour, blow-dry), price, tip", "price",
     12, 300),
    ("Electric scooter rides: ride id, start time, distance in km, fare", "fare", 1, 30),
    ("orthodontist visits: patient, treatment, fee", "fee", 50, 2500),
    ("Auction house lots: lot number, artwork title, artist, hammer price", "hammer_price", 500, 20_000_000),
    ("home renovation jobs: client, contractor, quoted cost, actual cost", "quoted_cost", 3000, 90_000),
    ("laptop shop catalogue: model, brand, list price", "list_price", 15, 3000),
])
def test_money_takes_the_scale_of_what_it_is_of(planner: OfflinePlanner, text: str, column: str, low: float,
                                                high: float) -> None:
    _within(planner, text, column, low, high)


def test_typical_values_are_typical_not_only_bounded(planner: OfflinePlanner) -> None:
    fees = _within(planner, "orthodontist visits: patient, treatment, fee", "fee", 50, 2500)
    assert 100 <= statistics.median(fees) <= 400  # most visits cost a few hundred, a few cost thousands
    fares = _within(planner, "shared e-scooter trips: trip id, rider, fare", "fare", 1, 30)
    assert 2 <= statistics.median(fares) <= 10


def test_a_stated_range_or_currency_still_rules(planner: OfflinePlanner) -> None:
    _within(planner, "Electric scooter rides: ride id, fare between 50 and 60", "fare", 50, 60)
    gbp = _within(planner, "Auction house lots: lot number, artwork title, estimated value in GBP",
                  "estimated_value_gbp", 300, 16_000_000)
    assert statistics.median(gbp) > 10_000  # an artwork's value, in pounds: not a few pounds


def test_a_phrase_says_more_than_the_domain(planner: OfflinePlanner) -> None:
    """A domain's own scale stays for its words (a vet bill), but 'late payment fee' is a late fee there too."""
    schema = _plan(planner, "Veterinary clinic visits: pet name, visit date, bill, late payment fee")
    bills, late = _values(schema, "bill"), _values(schema, "late_payment_fee")
    assert 35 <= min(bills) and max(bills) <= 1500
    assert max(late) <= 40 and statistics.median(late) < statistics.median(bills)


def test_millions_and_billions_written_short() -> None:
    found = mod.find_range("production budget 250k to 40M")
    assert found is not None and (found.low, found.high) == (250_000, 40_000_000)
    found = mod.find_range("market value 2B to 3.5B")
    assert found is not None and (found.low, found.high) == (2e9, 3.5e9)
    found = mod.find_range("cable length 2m to 5m")  # metres, not millions
    assert found is not None and (found.low, found.high) == (2, 5)


# -- counts of things --------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "column", "low", "high"), [
    ("anime series list: title, studio, seasons, episodes", "seasons", 1, 12),
    ("anime series list: title, studio, seasons, episodes", "episodes", 6, 250),
    ("documentary series: title, number of seasons, number of episodes", "number_of_seasons", 1, 12),
    ("rooftop PV systems: address, number of panels, inverter brand", "number_of_panels", 6, 60),
    ("squash league matches: winner, loser, number of aces", "number_of_aces", 0, 30),
    ("regional airline fleet: tail number, aircraft type, seats", "seats", 50, 450),
    ("trail running events: event name, date, capacity", "capacity", 100, 50_000),
    ("school bus routes: route, driver, number of stops", "number_of_stops", 3, 80),
])
def test_counts_of_things_are_realistic_and_positive(planner: OfflinePlanner, text: str, column: str, low: float,
                                                    high: float) -> None:
    values = _within(planner, text, column, low, high)
    assert all(float(v).is_integer() for v in values)


def test_one_game_s_numbers_stay_in_one_game(planner: OfflinePlanner) -> None:
    made = _within(planner, "WNBA box scores: player, team, field goals made, field goals attempted, minutes played",
                   "field_goals_made", 0, 18)
    assert statistics.median(made) < 10
    _within(planner, "WNBA box scores: player, minutes played", "minutes_played", 0, 48)
    _within(planner, "ice hockey game logs: skater, minutes played", "minutes_played", 0, 30)
    season = _values(_plan(planner, "basketball career totals: player, field goals made"), "field_goals_made")
    assert max(season) > 50  # a career's or a season's totals keep their own scale


# -- measurements, by unit and by what is measured ----------------------------------------------------------------

@pytest.mark.parametrize(("text", "column", "low", "high"), [
    ("Household energy survey: household id, annual consumption in kWh", "annual_consumption_kwh", 1500, 25_000),
    ("bike-share trips: trip id, dock, distance in km", "distance_km", 0.2, 20),
    ("minicab journeys: driver, pickup, distance in miles", "distance_miles", 0.1, 40),
    ("gaming laptops: model, RAM in GB, storage in GB", "ram_gb", 4, 64),
    ("gaming laptops: model, RAM in GB, storage in GB", "storage_gb", 64, 2048),
    ("smartphone catalogue: model, screen size in inches", "screen_size_in", 4.7, 7.2),
    ("hilltop weather mast: reading time, air pressure around 1013 hPa", "air_pressure_hpa", 985, 1040),
    ("audio podcast catalog: show, host, average episode length", "average_episode_length", 5, 150),
])
def test_measurements_are_at_the_scale_of_their_unit_and_thing(planner: OfflinePlanner, text: str, column: str,
                                                               low: float, high: float) -> None:
    _within(planner, text, column, low, high)


def test_around_keeps_a_tenth_when_the_unit_allows() -> None:
    found = mod.find_range("around 120 V")
    assert found is not None and found.around == 120 and (found.low, found.high) == (108, 132)


# -- the data file ---------------------------------------------------------------------------------------------------

def test_every_rule_names_known_concepts_and_units() -> None:
    table = scales()
    assert table.by_concept and table.by_unit
    for rules in list(table.by_concept.values()) + list(table.by_unit.values()):
        for rule in rules:
            assert rule.things and rule.data.range[0] <= rule.data.range[1]


@pytest.mark.parametrize(("raw", "where"), [
    ({"rules": [{"id": "x", "concepts": ["price"], "things": ["bag"], "range": [9, 1]}]}, "rules.0"),
    ({"rules": [{"id": "x", "things": ["bag"], "range": [1, 9]}]}, "rules.0"),
    ({"rules": [{"id": "x", "concepts": ["price"], "things": [], "range": [1, 9]}]}, "rules.0.things"),
    ({"rules": [{"id": "x", "concepts": ["price"], "things": ["bag"], "range": [1, 9], "wher": "phrase"}]},
     "rules.0.wher"),
])
def test_a_malformed_rule_is_named(raw: dict[str, Any], where: str) -> None:
    with pytest.raises(df.DataFileError, match=f"data/scales.json: {where}"):
        df.parse("scales.json", raw, df.ScalesFile)


def test_a_rule_on_an_unknown_concept_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    from synthgen.planners.offline import scales as module
    from synthgen.planners.offline.lexicon import lexicon

    bad = df.ScalesFile.model_validate({"rules": [{"id": "x", "concepts": ["no_such"], "things": ["a"],
                                                   "range": [1, 2]}]})
    monkeypatch.setattr(module, "read", lambda name, model: bad)
    with pytest.raises(df.DataFileError, match="rules.x.concepts: no concept 'no_such'"):
        Scales(lexicon())
