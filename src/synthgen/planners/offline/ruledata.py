"""Offline planner, the rule tables read once: data/relations.json (the words of relations between columns) and
data/rules.json (totals, parts, grades, statuses, cities). Below every rule module, so none needs a lazy import."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from .datafiles import Follow


@dataclass(frozen=True)
class Words:
    operators: dict[str, tuple[tuple[str, ...], ...]]
    at_most: tuple[tuple[str, ...], ...]
    below: tuple[tuple[str, ...], ...]
    above: tuple[tuple[str, ...], ...]
    at_least: tuple[tuple[str, ...], ...]
    part_low: float
    part_high_strict: float
    above_ratio: tuple[float, float]
    up_to: tuple[tuple[str, ...], ...]
    multiples: frozenset[str]
    follows: tuple[Follow, ...]  # extra date orders (relations.json), validated once like hints.json's
    raw: dict[str, Any]


def _phrases(items: list[list[str]]) -> tuple[tuple[str, ...], ...]:
    return tuple(sorted((tuple(p) for p in items), key=len, reverse=True))


@cache
def words() -> Words:
    """data/relations.json, read on first use."""
    raw: dict[str, Any] = json.loads(
        resources.files("synthgen.planners.offline").joinpath("data", "relations.json").read_text(encoding="utf-8"))
    return Words(
        operators={op: _phrases(ws) for op, ws in raw["operators"].items()},
        at_most=_phrases(raw["at_most"]), below=_phrases(raw["below"]), above=_phrases(raw["above"]),
        at_least=_phrases(raw["at_least"]), part_low=raw["part_low"], part_high_strict=raw["part_high_strict"],
        above_ratio=tuple(raw["above_ratio"]), up_to=_phrases(raw["up_to_words"]),
        multiples=frozenset(raw["multiple_words"]), follows=tuple(Follow(**r) for r in raw["follows"]), raw=raw)


@dataclass(frozen=True)
class StatusRule:
    words: frozenset[str]
    values: frozenset[str]
    amounts: bool  # money and reason columns ('refund amount', 'cancellation reason') follow it too, not only dates


@dataclass(frozen=True)
class PartRule:
    part: str
    wholes: tuple[tuple[str, ...], ...]
    formula: str  # '{whole}' stands for the whole's column


@dataclass(frozen=True)
class Rules:
    status: tuple[StatusRule, ...]
    not_yet: frozenset[str]
    parts: tuple[PartRule, ...]
    not_wholes: frozenset[str]  # a column with these words is never the whole of a part (a refund of the tax)
    total_words: frozenset[str]
    total_not: frozenset[str]
    price_words: tuple[tuple[str, ...], ...]
    letters: re.Pattern[str]
    passing: frozenset[str]
    failing: frozenset[str]
    score_words: frozenset[str]
    grade_low: float
    grade_high: float
    pass_at: float
    score_mean: float
    score_sd: float
    cities: dict[str, tuple[str, ...]]  # a country's name in lower case (or an alias) -> its large cities
    money: frozenset[str] = frozenset()  # the lexicon's money concepts (amount, price, fare; not distance)
    state_words: frozenset[str] = frozenset({"status"})  # a column named so ('result', 'outcome') holds states
    quantity_words: frozenset[str] = frozenset()  # a whole number named so ('bags sold', 'qty') is a quantity


@cache
def rules_data() -> Rules:
    """data/rules.json, read on first use."""
    raw: dict[str, Any] = json.loads(
        resources.files("synthgen.planners.offline").joinpath("data", "rules.json").read_text(encoding="utf-8"))
    grades, totals, places = raw["grades"], raw["totals"], raw["cities"]
    cities = {_norm(k): tuple(v) for k, v in places["countries"].items()}
    cities.update({_norm(k): cities[_norm(v)] for k, v in places["aliases"].items()})
    return Rules(
        status=tuple(StatusRule(frozenset(r["words"]), frozenset(r["values"]), bool(r.get("amounts")))
                     for r in raw["status"]),
        not_yet=frozenset(raw["not_yet_words"]),
        parts=tuple(PartRule(r["part"][0], tuple(tuple(w) for w in r["wholes"]), r["formula"]) for r in raw["parts"]),
        not_wholes=frozenset(raw["not_wholes"]),
        total_words=frozenset(totals["words"]), total_not=frozenset(totals["not_words"]),
        price_words=tuple(tuple(w) for w in totals["price_words"]),
        letters=re.compile(grades["letters"]), passing=frozenset(grades["pass"]), failing=frozenset(grades["fail"]),
        score_words=frozenset(grades["score_words"]), grade_low=grades["low"], grade_high=grades["high"],
        pass_at=grades["pass_at"], score_mean=grades["mean"], score_sd=grades["sd"], cities=cities,
        state_words=frozenset(raw["state_words"]), quantity_words=frozenset(totals["quantity_words"]))


def _norm(value: Any) -> str:
    return re.sub(r"[_\-\s]+", " ", str(value)).strip().lower()
