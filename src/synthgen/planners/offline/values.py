"""Offline planner, values: a concept plus what the phrase states (range, unit, choices) -> provider and args."""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from . import modifiers as mod
from .datafiles import Unit
from .lexicon import Lexicon, Match

NUMERIC = ("int", "float", "money", "percent", "measure")
UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
LIMIT = 1e12  # numbers stay well inside the catalog's bound (1e15) and Faker's float precision


class Column(NamedTuple):
    """A finished value spec: the Faker provider, its arguments, the kind of value, weights, id pattern."""

    provider: str
    args: dict[str, Any]
    kind: str
    weights: list[float] | None = None
    pattern: str = ""


@dataclass
class Spec:
    """A column's values in the making: a kind plus bounds, unit, choices, share of true, date window, pattern."""

    kind: str
    provider: str = ""
    args: dict[str, Any] = field(default_factory=dict)
    low: float | None = None
    high: float | None = None
    digits: int = 0
    unit: str | None = None
    elements: list[Any] | None = None
    weights: list[float] | None = None
    chance: float = 50
    window: tuple[str, str] | None = None
    pattern: str = ""
    letters: str | None = None


def from_concept(match: Match, lex: Lexicon) -> Spec:
    """The spec a lexicon concept describes (its range, pool, window, share of true or id pattern)."""
    c = match.concept
    st = Spec(kind=c.kind, provider=c.provider, args=dict(c.args))
    if c.kind in NUMERIC:
        st.low, st.high = (float(v) for v in c.range or (0, 100))
        st.digits = c.digits if c.digits is not None else 2 if c.kind == "money" else 0
        st.unit = c.unit or ("usd" if c.kind == "money" else "percent" if c.kind == "percent" else None)
    elif c.kind == "text" and c.pool:  # written phrases of a kind (ticket subjects, notes): free text from a pool
        st.elements = list(lex.pool(c.pool))
    elif c.kind == "category":
        st.elements = list(c.elements or lex.pool(c.pool) or lex.hints.category_fallback)
        weights = c.weights
        st.weights = list(weights) if weights and len(weights) == len(st.elements) else None
    elif c.kind in ("date", "datetime") and not st.provider:
        st.window = c.window or (("-2y", "today") if c.kind == "date" else ("-1y", "now"))
    elif c.kind == "bool":
        st.chance = float(c.chance if c.chance is not None else 50)
    elif c.kind in ("code", "id"):
        st.pattern, st.letters = c.pattern, c.letters or (UPPER if c.upper else None)
    return st


def from_words(tokens: list[str], lex: Lexicon, catalog: frozenset[str]) -> Spec:
    """No concept: a catalog provider named by the phrase, else plain words."""
    joined = "_".join(t for t in tokens if t not in lex.stopwords)
    skip = set(lex.hints.catalog_guess_skip)
    names = [n for n in catalog if n not in skip]
    if joined in names:
        return Spec(kind="str", provider=joined)
    if len(joined) >= 5:
        close = difflib.get_close_matches(joined, names, n=1, cutoff=0.88)
        if close:
            return Spec(kind="str", provider=close[0])
    if len(tokens) <= 2:
        return Spec(kind="text", provider="word")
    return Spec(kind="text", provider="sentence", args={"nb_words": 4})


def apply_range(st: Spec, found: mod.Range, match: Match | None, lex: Lexicon) -> bool:
    """Bound a numeric column by a stated range; turn a category or unknown into a number. True if applied."""
    if st.kind == "date" and match and match.concept.id == "dob" and (found.high or 0) <= 120:
        age_low = int(found.low if found.low is not None else 18)
        age_high = int(found.high if found.high is not None else max(age_low + 10, 90))
        st.args = {"minimum_age": max(0, age_low), "maximum_age": min(150, max(age_low, age_high))}
        return True
    if found.money and st.kind == "person":  # 'the principal between $1,000 and $50,000': an amount, not a person
        st.kind, st.provider, st.args, st.elements, st.digits = "money", "", {}, None, 2
    if st.kind not in NUMERIC + ("category", "text", "int", "id", "code") and not (st.kind == "str" and not match):
        return False
    if st.kind not in NUMERIC:
        st.kind, st.low, st.high, st.digits, st.elements, st.provider = "int", 0.0, 100.0, 0, None, ""
        st.args = {}
    default_low, default_high = st.low if st.low is not None else 0.0, st.high if st.high is not None else 100.0
    low: float | None
    high: float | None
    if found.outof:
        low = 1.0 if default_low >= 1 else 0.0
        high = found.high
    else:
        low, high = found.low, found.high
    if low is None:
        low = default_low if default_low < (high or 0) else (0.0 if (high or 0) > 0 else (high or 0) - 100)
    if high is None:
        high = default_high if default_high > low else (low * 2 if low > 0 else low + 100)
    st.low, st.high = float(low), float(high)
    if found.decimals:
        st.digits = max(st.digits, found.decimals)
        if st.kind == "int":
            st.kind = "float"
    if found.percent and st.kind == "int" and st.digits == 0 and high <= 100:
        st.unit = "percent"
    return True


def apply_unit(st: Spec, unit: Unit, match: Match | None, lex: Lexicon, *, explicit_range: bool) -> bool:
    """Shape a number by its unit: convert the concept's range, or take the unit's own typical range."""
    if unit.dim == "crypto" and st.kind in ("money", "float", "category", "text", "str", "measure"):
        st.kind, st.provider, st.elements, st.args = "float", "", None, {}
        if not explicit_range:
            st.low, st.high = (float(v) for v in unit.default)
        st.digits = unit.digits
        return True
    if unit.dim == "percent" and st.kind == "money":
        st.kind, st.low, st.high, st.digits = "percent", 0.0, 100.0, 2
        return True
    if unit.dim == "money" or st.kind == "money":
        if st.kind not in ("money", "float", "category", "text", "str") or unit.dim != "money":
            return st.kind == "money" and unit.dim == "money"
        if st.kind != "money":
            st.kind, st.low, st.high, st.provider, st.elements = "money", *unit.default, "", None
        elif not explicit_range:
            assert st.low is not None and st.high is not None  # a money spec always carries its range
            st.low, st.high = st.low * unit.scale, st.high * unit.scale
        st.digits = unit.digits
        return True
    if unit.dim == "percent":
        measure_percent = st.kind == "measure" and st.unit in lex.units and lex.units[st.unit].dim == "percent"
        if st.kind == "percent" or measure_percent or (st.kind == "int" and (st.unit == "percent" or (
                st.low is not None and st.high is not None and 0 <= st.low and st.high <= 100))):
            return True
        if st.kind in ("measure", "int") and not explicit_range:  # 'load %', 'three point %': a share
            st.kind, st.low, st.high, st.digits, st.unit = "percent", 0.0, 100.0, 1, "percent"
            return True
        if st.kind in ("float", "category", "text") or (st.kind == "str" and not match):
            st.kind, st.provider, st.elements, st.args = "percent", "", None, {}
            if not explicit_range:
                st.low, st.high, st.digits = 0.0, 100.0, 1
            return True
        return False
    if st.kind == "measure" and st.unit and st.unit in lex.units and lex.units[st.unit].dim == unit.dim:
        if not explicit_range:
            source = lex.units[st.unit]
            st.low, st.high = (_convert(v, source, unit) for v in (st.low, st.high))
            st.digits = unit.digits
        st.unit = None
        return True
    if st.kind in ("measure", "float", "category", "text") or (st.kind == "str" and not match):
        st.kind, st.provider, st.elements, st.args = "measure", "", None, {}
        if not explicit_range:
            st.low, st.high = (float(v) for v in unit.default)
        st.digits = unit.digits
        return True
    return False


def apply_type(st: Spec, kind: str, lex: Lexicon) -> None:
    """Honour a stated value type ('score (float)', 'signup DATE') when the concept disagrees."""
    numeric = st.kind in NUMERIC
    if kind == "bool" and st.kind != "bool":
        st.kind, st.provider, st.args, st.elements = "bool", "", {}, None
    elif kind in ("int", "number") and not numeric and st.kind not in ("id", "code", "bool"):
        if not (st.kind == "category" and st.elements and all(isinstance(e, int) for e in st.elements)):
            st.kind, st.provider, st.args, st.elements, st.low, st.high, st.digits = "int", "", {}, None, 0.0, 100.0, 0
    elif kind == "int" and numeric and st.kind != "money":
        st.kind, st.digits = "int", 0
    elif kind in ("float", "money") and numeric:
        st.digits = max(st.digits, 2)
        st.kind = "money" if kind == "money" or st.kind == "money" else ("float" if st.kind == "int" else st.kind)
    elif kind in ("float", "money") and st.kind not in ("id", "code"):
        st.kind, st.provider, st.args, st.elements = ("money" if kind == "money" else "float"), "", {}, None
        st.low, st.high, st.digits = (1.0, 500.0, 2) if kind == "money" else (0.0, 100.0, 2)
    elif kind in ("date", "datetime") and (st.kind not in ("date", "datetime") or st.provider == "date_of_birth" and
                                           kind == "datetime"):
        st.kind, st.provider, st.args, st.window = kind, "", {}, None
    elif kind == "date" and st.kind == "datetime" and not st.provider:
        st.kind = "date"
        win_from, win_to = st.window or ("-1y", "today")
        st.window = ("today" if win_from == "now" else win_from, "today" if win_to == "now" else win_to)
    elif kind == "datetime" and st.kind == "date" and not st.provider:
        st.kind = "datetime"
    elif kind == "time" and st.kind not in ("time",):
        st.kind, st.provider, st.args = "time", "time", {"pattern": "%H:%M"}
    elif kind == "uuid":
        st.kind, st.provider, st.args = "str", "uuid4", {}


def _convert(value: float | None, source: Unit, target: Unit) -> float:
    """A value from one unit to another of the same dimension (celsius -> fahrenheit, minutes -> hours)."""
    base = ((value or 0) - source.offset) / source.scale
    return base * target.scale + target.offset


def finish(st: Spec, lex: Lexicon) -> Column:
    """The provider and bounded arguments for a spec: random_int/pyfloat, random_element, boolean, dates..."""
    kind = st.kind
    if kind in NUMERIC:
        bounds = (st.low or 0.0, st.high if st.high is not None else 100.0)
        low, high = sorted(max(-LIMIT, min(LIMIT, v)) for v in bounds)
        if st.digits == 0 and kind != "money":
            low_i, high_i = round(low), round(high)
            return Column("random_int", {"min": low_i, "max": max(high_i, low_i + 1)}, "int")
        digits = min(max(st.digits, 1 if kind != "money" else 2), 10)
        low, high = round(low, digits), round(high, digits)
        if high <= low:
            high = low + (10 ** -digits) * 10
        return Column("pyfloat", {"min_value": low, "max_value": high, "right_digits": digits}, kind="float")
    if kind == "category":
        elements = st.elements or list(lex.hints.category_fallback)
        weights = st.weights if st.weights and len(st.weights) == len(elements) else None
        return Column("random_element", {"elements": elements}, kind="category", weights=weights)
    if kind == "text" and st.elements and not st.provider:
        return Column("random_element", {"elements": st.elements}, kind="text")
    if kind == "bool":
        return Column("boolean", {"chance_of_getting_true": round(min(100, max(0, st.chance)))}, kind="bool")
    if kind in ("date", "datetime") and not st.provider:
        start, end = st.window or (("-2y", "today") if kind == "date" else ("-1y", "now"))
        if kind == "datetime":
            start, end = mod.datetime_window(start, end)
        return Column("date_between" if kind == "date" else "date_time_between",
                     {"start_date": start, "end_date": end}, kind=kind)
    if kind in ("code", "id") and st.pattern and "{P}" not in st.pattern:
        provider = "bothify" if "?" in st.pattern else "numerify"
        args: dict[str, Any] = {"text": st.pattern}
        if provider == "bothify" and st.letters:
            args["letters"] = st.letters
        return Column(provider, args, "code", pattern=st.pattern)
    return Column(st.provider or "word", st.args, kind=kind)


