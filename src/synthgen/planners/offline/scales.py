"""Offline planner, scales: a number's realistic range from what it is of (data/scales.json): a cruise's fare, a
price per bag, a film's budget, the number of seasons of a show, a taxi ride's distance, annual kWh."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .datafiles import NUMERIC_KINDS, DataFileError, ScaleRule, ScalesFile, Unit, read
from .lexicon import Lexicon, Match, lexicon, words
from .values import NUMERIC, Spec


@dataclass(frozen=True)
class _Rule:
    data: ScaleRule
    order: int
    things: tuple[tuple[str, ...], ...]  # each thing's parts ('bike & repair': both), lemmas padded: ' per bag '
    heads: frozenset[str]


class Scales:
    """The rules of scales.json indexed by concept and by unit, their words lemmatised as phrases are."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex
        self.by_concept: dict[str, list[_Rule]] = {}
        self.by_unit: dict[str, list[_Rule]] = {}
        for order, data in enumerate(read("scales.json", ScalesFile).rules):
            where = f"data/scales.json: rules.{data.id}"
            for cid in data.concepts:
                concept = lex.concepts.get(cid)
                if concept is None:
                    raise DataFileError(f"{where}.concepts: no concept {cid!r} in data/lexicon.json")
                if concept.kind not in NUMERIC_KINDS:
                    raise DataFileError(f"{where}.concepts: {cid} is a {concept.kind}, not a number")
            if data.unit is not None and data.unit not in lex.units:
                raise DataFileError(f"{where}.unit: no unit {data.unit!r} in data/hints.json")
            things = tuple(tuple(f" {' '.join(self.norm(words(part)))} " for part in thing.split("&"))
                           for thing in data.things)
            rule = _Rule(data, order, things,
                         frozenset(self.norm([h for t in data.heads for h in words(t)])))
            for cid in data.concepts:
                self.by_concept.setdefault(cid, []).append(rule)
            if data.unit:
                self.by_unit.setdefault(data.unit, []).append(rule)
        every = [rule for rules in (*self.by_concept.values(), *self.by_unit.values()) for rule in rules]
        self.parts = tuple(sorted({part for rule in every for thing in rule.things for part in thing}))

    def norm(self, tokens: list[str]) -> list[str]:
        """Lemmas that do not keep count plurals ('seats' -> seat), so rule words and phrase words meet."""
        return [self.lex.lemma(t, counts=False) for t in tokens]

    def found(self, text: str) -> dict[str, int]:
        """Where each thing's part first occurs in a description's padded words (absent parts left out)."""
        return _found(self, text)

    def pick(self, rules: list[_Rule], phrase: list[str], text: dict[str, int]) -> ScaleRule | None:
        """The rule whose thing the phrase names, else the one the description names first; a rule whose heads
        the phrase holds beats one without heads."""
        said = f" {' '.join(phrase)} "
        heads = set(phrase)
        best: tuple[tuple[int, int, int, int, int], ScaleRule] | None = None
        for rule in rules:
            if rule.heads and not rule.heads & heads:
                continue
            for thing in rule.things:  # every part in the phrase; else (a 'description' rule) each in either
                away = [part for part in thing if part not in said]
                if not away:
                    rank = (0, 0, 0 if rule.heads else 1, 0, rule.order)
                elif rule.data.where == "description" and all(part in text for part in away):  # more said, better
                    rank = (1, len(away) - len(thing), 0 if rule.heads else 1, min(text[part] for part in away),
                            rule.order)
                else:
                    continue
                if best is None or rank < best[0]:
                    best = (rank, rule.data)
        return best[1] if best else None


@lru_cache(maxsize=64)  # one entry per description being planned; plans of one description share it
def _found(table: Scales, text: str) -> dict[str, int]:
    out = {}
    for part in table.parts:
        at = text.find(part)
        if at >= 0:
            out[part] = at
    return out


@lru_cache(maxsize=1)
def scales() -> Scales:
    return Scales(lexicon())


def description_text(lemmas: list[str]) -> str:
    """A description's lemmas (lexicon.lemmas(..., counts=False)) as the rules read them, padded with spaces;
    the rules load with the first plan, as the lexicon does."""
    scales()
    return f" {' '.join(lemmas)} "


def rescale(match: Match | None, lemmas: list[str], text: str) -> Match | None:
    """The match with its concept's range and spread set by what the number is of, when a rule applies."""
    if match is None or match.concept.kind not in NUMERIC_KINDS:
        return match
    table = scales()
    rules = table.by_concept.get(match.concept.id) or table.by_concept.get(match.concept.id.split(":")[-1])
    if not rules:
        return match
    curated = match.concept is not table.lex.concepts.get(match.concept.id)  # the domain's (or setting's) scale
    rule = table.pick(rules, table.norm(lemmas), {} if curated else table.found(text))  # unless the phrase says
    if rule is None:
        return match
    update: dict[str, object] = {"range": rule.range, "distribution": rule.distribution}
    if rule.digits is not None:
        update["digits"] = rule.digits
    return Match(match.concept.model_copy(update=update), match.start, match.end, match.score, match.via)


def unit_rule(unit: str, lemmas: list[str], text: str) -> ScaleRule | None:
    """The rule for a number named only by its unit ('annual production in kWh'), if one applies."""
    table = scales()
    rules = table.by_unit.get(unit)
    return table.pick(rules, table.norm(lemmas), table.found(text)) if rules else None


def unit_scale(spec: Spec, unit: str, lemmas: list[str], text: str) -> None:
    """A number named by its unit alone: the range of what it is of ('annual production in kWh', 'unit EUR' at a
    bakery); money reads the rules of a price ('unit', 'each', 'per') or else of an amount, in that currency."""
    lex = scales().lex
    rule = unit_rule(unit, lemmas, text)
    if rule is not None:
        spec.low, spec.high = (float(v) for v in rule.range)
        spec.digits = rule.digits if rule.digits is not None else spec.digits
    elif spec.kind == "money" and lex.units[unit].dim == "money":
        base = lex.concepts["price" if {"unit", "each", "price", "per"} & set(lemmas) else "amount"]
        found = rescale(Match(base, 0, 0, 0.0), lemmas, text)
        if found is not None and found.concept.range is not None and found.concept.range != base.range:
            spec.low, spec.high = (float(v) * lex.units[unit].scale for v in found.concept.range)


def around(spec: Spec, value: float, unit: Unit) -> None:
    """'pressure around 1013 hPa', 'around 293 K': a tenth either side, but no wider than a quarter of the
    unit's usual span (a tenth of 1013 hPa is a hurricane's pressure)."""
    low, high = unit.default
    spread = min(abs(value) * 0.1 or 1.0, (high - low) / 4)
    if low <= value <= high and spread > 0 and spec.kind in NUMERIC:
        spec.low, spec.high = value - spread, value + spread


_MONEY = r"(?:eur|euros?|usd|dollars?|gbp|pounds?|chf|francs?|yen|jpy|inr|rupees?|cad|aud|[€$£¥])"
_FACTORS = {"thousand": 1e3, "k": 1e3, "million": 1e6, "mn": 1e6, "mln": 1e6, "m": 1e6, "mm": 1e6,
            "billion": 1e9, "bn": 1e9, "b": 1e9}
_MAGNITUDE = (
    # 'in millions', not '... of rows'
    re.compile(r"\bin\s+(thousand|million|billion)s?\b(?!\s+of\s+\w)", re.IGNORECASE),
    re.compile(r"\b(thousand|million|billion|mn|mln|bn)s?\s+(?:of\s+)?" + _MONEY + r"(?![\w])", re.IGNORECASE),
    re.compile(r"(?<![\w])" + _MONEY + r"\s?(k|m|mm|mn|bn|b)\b(?![\w.])", re.IGNORECASE),  # '$m', 'EUR bn', '(€M)'
)


def magnitude(spec: Spec, text: str) -> bool:
    """'market value in million EUR', 'revenue ($m)', 'budget in thousands': the number is written in those
    units, so its realistic range is divided by the factor (a player's 2.3M EUR reads 2.3). Only a range the
    words did not state; True when it applied."""
    if spec.kind not in NUMERIC or spec.low is None or spec.high is None or "per million" in text.lower():
        return False
    for pattern in _MAGNITUDE:
        found = pattern.search(text)
        if found:
            factor = _FACTORS[found.group(1).lower()]
            spec.low, spec.high = spec.low / factor, spec.high / factor
            if spec.high < 10:  # the concept's everyday range, far below the stated magnitude: a plain spread
                spec.low, spec.high = 0.1, 100.0
            spec.kind = "float" if spec.kind in ("int", "money") else spec.kind
            spec.digits = max(spec.digits, 2 if spec.high >= 10 else 3)
            spec.provider, spec.args = "", {}
            return True
    return False
