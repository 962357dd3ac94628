"""Offline planner, pairs of number columns ordered by what they mean: a minimum never above its maximum, shots
made never above shots attempted, the wind never above its gusts, the dew point never above the temperature,
mileage out never above mileage in. No words need to say so: the column names do. The pairs live in
data/bounds.json; one side keeps its values (the anchor) and the other becomes a formula of it."""

from __future__ import annotations

import re
from functools import cache
from typing import Literal

from pydantic import BaseModel, ConfigDict
from pydantic import Field as Spec

from .datafiles import read
from .fields import Field
from .mentions import stem
from .refs import numeric, ref
from .retype import as_number, misread

_NUMERIC = ("random_int", "pyint", "pyfloat", "pydecimal")
_INTS = ("random_int", "pyint")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Pair(_Strict):
    """Two sides of an order: the low side's words, the high side's words and how the dependent side is drawn."""

    low: tuple[tuple[str, ...], ...] = Spec(min_length=1)
    high: tuple[tuple[str, ...], ...] = Spec(min_length=1)
    same_rest: bool
    how: Literal["share", "gap"]
    range: tuple[float, float]
    anchor: Literal["low", "high"]
    with_: tuple[str, ...] = Spec(default=(), alias="with")


class BoundsFile(_Strict):
    about: str = Spec("", alias="_about")
    ignore: tuple[str, ...]
    not_words: tuple[str, ...]
    pairs: tuple[Pair, ...]


@cache
def data() -> BoundsFile:
    """data/bounds.json, read and validated on first use."""
    return read("bounds.json", BoundsFile)


@cache
def _stem(word: str) -> str:
    return stem(word)


def _stems(words: list[str] | tuple[str, ...]) -> frozenset[str]:
    return frozenset(_stem(w) for w in words if w)


@cache
def _phrases(phrases: tuple[tuple[str, ...], ...]) -> tuple[frozenset[str], ...]:
    """The phrases stemmed, longest first."""
    return tuple(_stems(p) for p in sorted(phrases, key=len, reverse=True))


def _names(f: Field) -> frozenset[str]:
    return _stems([w for w in f.name.lower().split("_") if not w.isdigit()])


def _phrase(names: frozenset[str], phrases: tuple[tuple[str, ...], ...]) -> frozenset[str] | None:
    """The longest phrase (stemmed) all of whose words the name holds."""
    for p in _phrases(phrases):
        if p <= names:
            return p
    return None


def _own(names: frozenset[str], others: frozenset[str], phrases: tuple[tuple[str, ...], ...]) -> bool:
    """A phrase this name holds and the other does not."""
    return any(p <= names and not p <= others for p in _phrases(phrases))


def uses(f: Field, other: Field, fields: list[Field]) -> bool:
    """Whether f's formula reads other, directly or through other formulas."""
    return _uses(f, other, fields)


def _free(f: Field) -> bool:
    """A column an order may turn into a formula: a plain number, not a key, not already computed."""
    return not (f.formula or f.unique or f.sequence or f.kind == "id" or f.by or f.entity) and \
        f.provider in _NUMERIC


def _number(f: Field) -> bool:
    return numeric(f)


def _uses(f: Field, other: Field, fields: list[Field], seen: frozenset[int] = frozenset()) -> bool:
    """Whether f's formula reads other, directly or through other formulas."""
    if not f.formula or id(f) in seen:
        return False
    for g in fields:
        if g is not f and re.search(rf"(?<![\w\"]){re.escape(g.name)}(?![\w\"])|col\(\"{re.escape(g.name)}\"\)",
                                    f.formula) and (g is other or _uses(g, other, fields, seen | {id(f)})):
            return True
    return False


def _matches(pair: Pair, ln: frozenset[str], hn: frozenset[str], ignore: frozenset[str],
             never: frozenset[str]) -> bool:
    if (ln | hn) & (never - _stems(pair.with_)):
        return False  # 'final season year' is a year, not a count of seasons
    pl, ph = _phrase(ln, pair.low), _phrase(hn, pair.high)
    if pl is None or ph is None or ln == hn:
        return False
    # each side is told apart by its own words: 'wind' and 'wind gust', 'dew point temp' and 'temp'
    if not (_own(hn, ln, pair.high) or _own(ln, hn, pair.low)):
        return False
    if pair.with_ and not (_stems(pair.with_) & ln and _stems(pair.with_) & hn):
        return False
    if pair.same_rest:
        lr, hr = ln - pl - ignore, hn - ph - ignore
        if (lr or hr) and not lr & hr:
            return False
    return True


def _span(f: Field) -> float | None:
    low = f.args.get("min", f.args.get("min_value"))
    high = f.args.get("max", f.args.get("max_value"))
    if isinstance(low, (int, float)) and isinstance(high, (int, float)) and high > low:
        return float(high - low)
    return None


def _ref(f: Field) -> str:
    return ref(f.name)


def _formula(pair: Pair, anchor: Field, dependent: Field, dependent_is_low: bool) -> str | None:
    a, b = pair.range
    whole = dependent.provider in _INTS
    if pair.how == "share":
        if dependent_is_low:
            text = f"{_ref(anchor)} * uniform({a:g}, {b:g})"
            return f"floor({text})" if whole else f"round({text}, 2)"
        if a <= 0:
            return None
        text = f"{_ref(anchor)} * uniform({1 / b:.4g}, {1 / a:.4g})"
        return f"ceil({text})" if whole else f"round({text}, 2)"
    span = _span(anchor)
    if span is None:
        return None
    whole = whole and anchor.provider in _INTS  # a whole step from a fractional anchor is still fractional
    step = f"uniform({a * span:.4g}, {b * span:.4g})"
    step = f"round({step})" if whole else step
    # kept within the anchor's own range: a maximum temperature no hotter than any, a final year not in the future
    edge = anchor.args.get("min", anchor.args.get("min_value")) if dependent_is_low else \
        anchor.args.get("max", anchor.args.get("max_value"))
    text = f"max({edge:g}, {_ref(anchor)} - {step})" if dependent_is_low else \
        f"min({edge:g}, {_ref(anchor)} + {step})"
    return text if whole else f"round({text}, 2)"


def _within(text: str, anchor: Field, dependent: Field, dependent_is_low: bool) -> str:
    """The formula kept inside the dependent column's own range (episodes of a series stay 6..250, one game's
    shots made stay a game's), the order still first: a low side never above its anchor, a high side never below."""
    low = dependent.args.get("min", dependent.args.get("min_value"))
    high = dependent.args.get("max", dependent.args.get("max_value"))
    if not (isinstance(low, (int, float)) and isinstance(high, (int, float)) and high > low):
        return text
    text = f"max({low:g}, min({high:g}, {text}))"
    return f"min({_ref(anchor)}, {text})" if dependent_is_low else f"max({_ref(anchor)}, {text})"


def read_pairs(fields: list[Field]) -> None:
    """Give each ordered pair of number columns its order (see the module's docstring)."""
    d = data()
    ignore, never = _stems(d.ignore), _stems(d.not_words)
    names = [(f, _names(f)) for f in fields]
    for pair in d.pairs:
        lows = [(f, n) for f, n in names if _phrase(n, pair.low) is not None]
        highs = [(f, n) for f, n in names if _phrase(n, pair.high) is not None] if lows else []
        for low, ln in lows:
            for high, hn in highs:
                if low is not high and _matches(pair, ln, hn, ignore, never):
                    _order(pair, low, high, fields)


def _order(pair: Pair, low: Field, high: Field, fields: list[Field]) -> None:
    for f, other in ((low, high), (high, low)):  # a side read as words or a date is a number misread
        if not _number(f) and _number(other) and misread(f, [other]):
            as_number(f, other)
    if not (_number(low) and _number(high)):
        return
    anchor_low = pair.anchor == "low"
    if low.explicit != high.explicit:  # a stated range stays as stated
        anchor_low = low.explicit
    for anchor_is_low in (anchor_low, not anchor_low):
        anchor, dependent = (low, high) if anchor_is_low else (high, low)
        if not _free(dependent) or _uses(anchor, dependent, fields):
            continue
        text = _formula(pair, anchor, dependent, dependent_is_low=not anchor_is_low)
        if text is None:
            continue
        text = _within(text, anchor, dependent, dependent_is_low=not anchor_is_low)
        dependent.formula, dependent.distribution = text, None
        return
