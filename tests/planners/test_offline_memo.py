"""The offline planner keeps its last plans, per (description, locale, today): same schemas, read once a day."""

from __future__ import annotations

import datetime as dt

import pytest

from synthgen.errors import SchemaError
from synthgen.planners.offline import planner as offline
from synthgen.planners.offline.planner import PLANS_KEPT, OfflinePlanner

EVENTS = "events with name, city and event date on 2025-06-01"  # a stated date: planned as that calendar date


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The descriptions the planner really read (not answered from its kept plans)."""
    seen: list[str] = []

    class Counting(offline._Reader):
        def __init__(self, lex, text, locale, notes) -> None:  # type: ignore[no-untyped-def]
            seen.append(text)
            super().__init__(lex, text, locale, notes)

    monkeypatch.setattr(offline, "_Reader", Counting)
    return seen


def on_day(monkeypatch: pytest.MonkeyPatch, day: dt.date) -> None:
    class Day(dt.date):
        @classmethod
        def today(cls) -> dt.date:  # type: ignore[override]
            return day

    monkeypatch.setattr(offline, "date", Day)


def test_the_same_description_is_read_once_and_gives_the_same_schema(reads: list[str]) -> None:
    planner = OfflinePlanner()
    first = planner.plan("customers with name, email, city and signup date")
    again = planner.plan("customers with name, email, city and signup date")
    assert len(reads) == 1
    assert again.schema == first.schema and again.meta == first.meta
    assert again.schema.model_dump_json() == OfflinePlanner().plan("customers with name, email, city and "
                                                                   "signup date").schema.model_dump_json()
    # Each caller gets its own copy: changing one changes neither the kept plan nor the next answer.
    again.schema.columns[0].name = "changed"
    again.meta.notes.append("changed")
    third = planner.plan("customers with name, email, city and signup date")
    assert third.schema == first.schema and third.meta.notes == first.meta.notes
    assert third.schema.columns[0] is not first.schema.columns[0]


def test_notes_are_kept_with_the_plan(reads: list[str]) -> None:
    planner = OfflinePlanner()
    first = planner.plan("gizmos with a name and a frobnication index")
    assert first.meta.notes  # words it did not understand
    assert planner.plan("gizmos with a name and a frobnication index").meta.notes == first.meta.notes
    assert len(reads) == 1


def test_the_locale_is_part_of_the_key(reads: list[str]) -> None:
    planner = OfflinePlanner()
    plain = planner.plan("customers with name and city")
    german = planner.plan("customers with name and city", locale="de_DE")
    assert (plain.schema.locale, german.schema.locale) == ("en_US", "de_DE")
    assert planner.plan("customers with name and city", locale="de_DE").schema == german.schema
    assert len(reads) == 2


def test_a_kept_plan_is_not_used_on_another_day(reads: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """A plan is kept for one day (words such as 'since 2024' read today); a stated calendar date stays that
    date whichever day it is read (it used to become an offset from today, '-549d', and drift)."""
    planner = OfflinePlanner()
    on_day(monkeypatch, dt.date(2026, 12, 2))
    today = planner.plan(EVENTS).schema
    assert planner.plan(EVENTS).schema == today
    on_day(monkeypatch, dt.date(2026, 12, 3))
    tomorrow = planner.plan(EVENTS).schema
    assert len(reads) == 2

    def window(schema):  # type: ignore[no-untyped-def]
        column = next(c for c in schema.columns if c.provider == "date_between")
        return column.args["start_date"], column.args["end_date"]

    assert window(today) == ("2025-06-01", "2025-06-01")
    assert window(tomorrow) == ("2025-06-01", "2025-06-01")
    assert tomorrow == OfflinePlanner().plan(EVENTS).schema  # what a fresh planner reads that day


def test_failures_are_not_kept_and_the_plans_are_bounded(reads: list[str]) -> None:
    planner = OfflinePlanner()
    for _ in range(2):
        with pytest.raises(SchemaError):
            planner.plan("customers", locale="xx_YY")
    for i in range(PLANS_KEPT + 10):
        planner.plan(f"table {i} with name and email")
    assert len(planner._plans) == PLANS_KEPT
    planner.plan(f"table {PLANS_KEPT + 9} with name and email")  # the most recent is still kept
    assert len(reads) == PLANS_KEPT + 10


def test_words_of_short_texts_are_kept_and_handed_out_as_new_lists() -> None:
    """A plan reads about 340 short texts, mostly the lexicon's own phrases: their words are split once."""
    from synthgen.planners.offline import lexicon as offline_lexicon

    text = "Temp_°C camelCaseField 5% of $"
    first = offline_lexicon.words(text)
    assert first == ["temp", "celsius", "camel", "case", "field", "5", "percent", "of", "usd"]
    first.append("changed")
    hits = offline_lexicon._words.cache_info().hits
    assert offline_lexicon.words(text) == first[:-1]
    assert offline_lexicon._words.cache_info().hits == hits + 1
    long = "word " * 100  # past _WORDS_TEXT: split each time, not kept
    assert offline_lexicon.words(long) == ["word"] * 100
    assert offline_lexicon._words.cache_info().hits == hits + 1
