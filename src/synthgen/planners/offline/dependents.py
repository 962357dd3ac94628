"""Offline planner, dependents: numbers whose realistic values depend on a category of the same row, known without
being stated (data/dependents.json). A canary weighs grams and a dog kilos; a crown costs more than a cleaning;
prednisone comes in 5-50 mg, metformin in 500-1000 mg; a single room sleeps one; a free plan costs nothing and an
enterprise plan the most; a senior earns more than a junior. The number becomes a formula of the row's category
(one term per choice, so no nesting), drawn inside a stated range when one was stated. Runs after the column rules
and only on numbers they left alone; a choice the data does not know keeps the column's own range."""

from __future__ import annotations

import json
import math
from functools import cache
from importlib import resources
from typing import Any

from .fields import Field
from .lexicon import lexicon
from .refs import ref

_NUMBERS = ("random_int", "pyfloat")
_TRAILING = ("room", "rooms", "plan", "tier", "membership", "level", "class", "package", "visit", "appointment")
_FACTORS = {"lb": 2.20462, "lbs": 2.20462, "pound": 2.20462, "pounds": 2.20462, "g": 1000.0, "gram": 1000.0,
            "grams": 1000.0, "oz": 35.274, "hour": 1 / 60, "hours": 1 / 60, "hr": 1 / 60, "hrs": 1 / 60,
            "mcg": 1000.0, "ug": 1000.0}
_LIMIT = 1900  # a formula's characters (the engine takes 2,000)


@cache
def rules() -> list[dict[str, Any]]:
    """data/dependents.json's rules, read on first use."""
    text = resources.files("synthgen.planners.offline").joinpath("data", "dependents.json").read_text(encoding="utf-8")
    return list(json.loads(text)["rules"])


def apply(fields: list[Field]) -> None:
    """Each plain number the rules know, made to follow the category column its rule names."""
    for num in fields:
        if num.provider not in _NUMBERS or num.formula or num.by or num.unique or num.sequence or num.kind == "id":
            continue
        words = set(num.name.lower().split("_"))
        for rule in rules():
            if not words & set(rule["numbers"]):
                continue
            found = _category(fields, num, rule)
            if found is not None and _follow(num, found[0], found[1], rule):
                break


def _key(value: object, known: dict[str, Any]) -> str | None:
    """The rule's key a choice stands for: 'Dog', 'dogs', 'Single room', 'check_up' -> dog, single, check up."""
    text = str(value).strip().lower().replace("_", " ")
    parts = text.split()
    for option in (text, text.rstrip("s"), text.replace("-", " "), " ".join(parts[:-1]) if len(parts) > 1 and
                   parts[-1] in _TRAILING else "", parts[0] if parts and parts[0] in ("mri", "ct") else ""):
        if option and option in known:
            return option
    return None


def _category(fields: list[Field], num: Field, rule: dict[str, Any]) -> tuple[Field, dict[object, str | None]] | None:
    """The first category column whose choices are mostly the rule's keys, and each choice's key."""
    for cat in fields:
        elements = cat.args.get("elements") if cat.provider == "random_element" and cat is not num else None
        if not elements or cat.formula or not all(isinstance(e, str) for e in elements):
            continue
        keys = {e: _key(e, rule["values"]) for e in elements}
        known = sum(k is not None for k in keys.values())
        if known >= min(2, len(elements)) and known * 3 >= len(elements) * 2:
            return cat, keys
    return None


def _follow(num: Field, cat: Field, keys: dict[object, str | None], rule: dict[str, Any]) -> bool:
    low = float(num.args.get("min_value", num.args.get("min", 0)))
    high = float(num.args.get("max_value", num.args.get("max", 0)))
    if high <= low:
        return False
    whole = num.provider == "random_int" and not (rule["kind"] == "choices" and any(  # 2.5 mg stays 2.5
        float(v) != int(v) for k in keys.values() if k for v in rule["values"][k]))
    digits = 0 if whole else int(num.args.get("right_digits", rule.get("digits", 3)))
    factor = next((_FACTORS[w] for w in num.name.lower().split("_") if w in _FACTORS and rule.get("unit") in
                   ("kg", "mg", "minute")), 1.0)
    column = ref(cat.name)
    terms = []
    base = lexicon().concepts.get(num.concept) if num.concept else None  # not a domain's blanket ('pets:weight')
    scaled = base is not None and base.range is not None and (float(base.range[0]), float(base.range[1])) != (low, high)
    if scaled and rule["kind"] == "range" and not _fits(rule, keys, low / factor, high / factor):
        return False  # an orthodontist's fee beside MRI scans: the choices are not of what the number is of
    for value, key in keys.items():  # a stated range, or the scale of what it is of (scales.py), bounds each choice
        said = _draw(rule, key, low, high, factor, digits, whole, num.explicit or scaled, sorted({
            rule["values"][k] for k in keys.values() if k is not None and rule["kind"] == "ladder"}))
        terms.append(f"if({column} == {_text(str(value))}, {said}, 0)")
    formula = " + ".join(terms)
    formula = f"round({formula})" if whole else f"round({formula}, {digits})"
    if len(formula) > _LIMIT:
        return rule["kind"] == "choices" and _by(num, cat, keys, rule, factor)
    num.formula, num.distribution = formula, None
    return True


def _by(num: Field, cat: Field, keys: dict[object, str | None], rule: dict[str, Any], factor: float) -> bool:
    """Too many choices for a formula: the usual values as categories that follow the column ('by')."""
    def said(values: list[float]) -> list[str]:
        return [_num(v * factor, 4) for v in values]
    lists = {str(value): said(rule["values"][key]) for value, key in keys.items() if key is not None}
    num.provider, num.kind, num.distribution = "random_element", "category", None
    num.args = {"elements": said(rule.get("default") or sorted({v for k in lists.values() for v in map(float, k)}))}
    num.by = {"column": cat.name, "elements": lists}
    return True


def _fits(rule: dict[str, Any], keys: dict[object, str | None], low: float, high: float) -> bool:
    """Whether two thirds of the known choices' ranges lie inside the number's own scale."""
    known = [rule["values"][k] for k in keys.values() if k is not None]
    inside = sum(low <= lo and hi <= high for lo, hi in known)
    return inside * 3 >= len(known) * 2


def _draw(rule: dict[str, Any], key: str | None, low: float, high: float, factor: float, digits: int,
          whole: bool, stated: bool, ranks: list[int]) -> str:
    """One choice's value: a draw from its range, one of its usual values, or its share of a ladder."""
    if rule["kind"] == "ladder":
        free = not (stated and low > 0)  # a stated range above 0 holds for a free plan too
        return _rung(rule["values"][key] if key else None, ranks, low, high, free)
    if key is None:
        values = rule.get("default")
        if values is None or rule["kind"] != "choices":
            return f"uniform({low}, {high})"
        key_values: Any = values
    else:
        key_values = rule["values"][key]
    if rule["kind"] == "range":
        lo, hi = (v * factor for v in key_values)
        if stated:  # inside what the words (or the domain) said; beyond it, its nearest tenth
            tenth = (high - low) / 10
            lo, hi = (max(lo, low), min(hi, high)) if lo <= high and hi >= low else \
                (high - tenth, high) if lo > high else (low, low + tenth)
        return f"uniform({_num(lo, digits + 2)}, {_num(hi, digits + 2)})"
    values = [v * factor for v in key_values]
    if stated:
        values = [v for v in values if low <= v <= high] or [min(max(values[0], low), high)]
    if whole:
        values = [max(1, round(v)) if low >= 1 else round(v) for v in values]
    if len(values) == 1:
        return _num(values[0], 4)
    edges = [round((i + 1) / len(values), 4) for i in range(len(values) - 1)]
    return f"bucket(uniform(0, 1), [{', '.join(map(str, edges))}], [{', '.join(_num(v, 4) for v in values)}])"


def _rung(rank: int | None, ranks: list[int], low: float, high: float, free: bool) -> str:
    """A ladder's step: rank 0 is free (0); the paid ranks split the range into rising geometric bands."""
    if rank is None:
        return f"uniform({low}, {high})"
    if rank == 0 and free:
        return "0"
    paid = [r for r in ranks if r > 0 or not free]
    base = low if low > 0 else max(high / 50, 1.0)
    at, count = paid.index(rank), len(paid)
    lo = base * (high / base) ** (at / count)
    hi = base * (high / base) ** ((at + 1) / count)
    return f"uniform({_num(lo, 2)}, {_num(hi, 2)})"


def _num(value: float, digits: int) -> str:
    rounded = round(value, digits)
    return str(int(rounded)) if math.isclose(rounded, int(rounded)) else str(rounded)


def _text(value: str) -> str:
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"
