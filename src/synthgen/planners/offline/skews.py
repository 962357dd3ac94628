"""Offline planner, skews: where most of a number's values lie, said in words. 'most under $100', 'usually around
30', 'mostly below 5 kg' give a lognormal spread with that share under the bound (or that median); '0 for most
flights', 'usually zero', 'most delays are 0', 'about 70% are zero' put that share of rows at exactly 0 (a formula
drawing 0 or a value from the column's range)."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from statistics import NormalDist
from typing import TYPE_CHECKING

from . import shares

if TYPE_CHECKING:
    from .fields import Field

_MOST = {"the vast majority": 90.0, "nearly all": 92.0, "almost all": 92.0, "almost always": 92.0,
         "nearly always": 92.0, "most": 75.0, "mostly": 75.0, "the majority": 65.0, "majority": 65.0, "mainly": 75.0,
         "usually": 75.0, "typically": 75.0, "generally": 75.0, "normally": 75.0, "largely": 75.0, "often": 50.0,
         "many": 50.0, "half": 50.0, "frequently": 50.0, "sometimes": 25.0, "some": 25.0, "a few": 10.0}
_WORD = "|".join(sorted((re.escape(w) for w in _MOST), key=len, reverse=True))
_PCT = r"(\d{1,2}(?:\.\d+)?)\s*%"
_NUM = r"[$\u20ac\u00a3]?\s*(\d[\d,]*(?:\.\d+)?)\s*(k\b)?"
_ZERO = r"(?:0|zero|nil|none|nothing)\b"
_UNIT = (r"(?:\s*(?:kg|g|lbs?|km|mi|miles|m|cm|mm|minutes?|mins?|hours?|hrs?|seconds?|secs?|days?|ml|l|litres?|"
         r"liters?|usd|eur|euros?|dollars?|pounds?|gbp|kwh|mb|gb)\b)?")
_OF = r"(?:\s+of(?:\s+(?:the|them|all))?)?(?:\s+(?!(?:are|is|have|has)\b)[a-z]+){0,2}?\s+"
_ZEROS = [
    # '0 for most flights', 'zero in the majority of rows', '0 on most days'
    re.compile(rf"\b{_ZERO}\s+(?:for|in|on|across)\s+({_WORD}|{_PCT})(?:\s+of)?\s+(?:the\s+)?[a-z]+", re.IGNORECASE),
    # 'usually 0', 'mostly zero', 'is typically 0', 'often none'
    re.compile(rf"(?:\b(?:is|are|be)\s+)?\b({_WORD})\s+(?:is\s+|are\s+|at\s+)?{_ZERO}", re.IGNORECASE),
    # 'most delays are 0', 'most flights have zero delay', '70% are zero', 'the majority of rows show 0'
    re.compile(rf"\b(?:({_WORD})|{_PCT}){_OF}(?:are|is|were|have|has|get|show|record|with|at)\s+{_ZERO}",
               re.IGNORECASE),
    # 'mostly 0s', 'zero-inflated' (a majority of zeros)
    re.compile(r"\b(zero[\s-]+inflated|mostly\s+(?:0|zero)e?s)\b", re.IGNORECASE),
]
# 'most under $100', 'mostly below 50', 'usually less than 10 kg', '80% under 200', 'most of them around 30'
_UNDER = re.compile(rf"\b(?:({_WORD})|{_PCT})(?:{_OF}|\s+)(?:are\s+|is\s+|being\s+|at\s+)?(under|below|less\s+than|"
                    rf"beneath|<|over|above|more\s+than|>|around|about|near|close\s+to|roughly)\s+{_NUM}{_UNIT}",
                    re.IGNORECASE)


@dataclass
class Skew:
    """A stated lean: `share` percent of values under `bound` ('most under 100'), above it, or `around` it."""

    share: float
    bound: float
    side: str  # 'under', 'over', 'around'


def take_zeros(text: str) -> tuple[str, float | None]:
    """The phrase without a statement that most values are 0, and the share of zeros (percent)."""
    for pattern in _ZEROS:
        found = pattern.search(text)
        if not found:
            continue
        said = [g for g in found.groups() if g]
        if not said:
            continue
        first = said[0].lower()
        if "inflated" in first or (first.startswith("mostly") and " " in first):
            share: float | None = 70.0
        else:
            share = float(first) if re.fullmatch(r"[\d.]+", first) else _MOST.get(first)
        if share is None or not 0 < share < 100:
            continue
        rest = (text[:found.start()] + " " + text[found.end():]).strip(" ,;-")
        return re.sub(r"\s*,\s*(?=,|$)|\(\s*\)", "", rest).strip(" ,;-"), share
    return text, None


def take_skew(text: str) -> tuple[str, Skew | None]:
    """The phrase without where most of its values lie ('most under $100'), and that lean."""
    found = _UNDER.search(text)
    if not found:
        return text, None
    word, pct, side, number, thousand = found.groups()
    share = float(pct) if pct else _MOST[word.lower()]
    bound = float(number.replace(",", "")) * (1000 if thousand else 1)
    side = side.lower()
    side = "under" if side in ("under", "below", "less than", "beneath", "<") else \
        "over" if side in ("over", "above", "more than", ">") else "around"
    if not 0 < share < 100 or bound <= 0:
        return text, None
    rest = (text[:found.start()] + " " + text[found.end():]).strip(" ,;-")
    rest = re.sub(r"\s*,\s*(?=\))|\(\s*,\s*|\(\s*\)", lambda m: "(" if "(" in m.group(0) and ")" not in m.group(0)
                  else "", rest)
    return rest.strip(" ,;-"), Skew(share, bound, side)


def _bounds(fld: Field) -> tuple[float, float] | None:
    if fld.provider not in ("random_int", "pyfloat") or fld.formula:
        return None
    low = fld.args.get("min_value", fld.args.get("min"))
    high = fld.args.get("max_value", fld.args.get("max"))
    return (float(low), float(high)) if low is not None and high is not None and high > low else None


def lean(fld: Field, skew: Skew) -> bool:
    """A lognormal spread putting the stated share under (or over) the bound, or centred on it; True if set."""
    bounds = _bounds(fld)
    if bounds is None or not bounds[0] < skew.bound < bounds[1]:
        return False
    low, high = bounds
    if skew.side == "around":
        median, sigma = skew.bound, min(0.6, max(0.15, math.log(high / skew.bound) / 3)) if high > 0 else 0.3
    else:
        below = skew.share if skew.side == "under" else 100 - skew.share
        z = NormalDist().inv_cdf(below / 100)
        room = math.log(high / skew.bound) if skew.bound > 0 and high > skew.bound else 1.0
        sigma = min(1.2, max(0.3, room / 2.5))
        median = skew.bound / math.exp(z * sigma)
    median = min(max(median, low if low > 0 else median), high)
    fld.distribution = {"kind": "lognormal", "median": round(median, 2), "sigma": round(sigma, 3)}
    return True


def zeros(fld: Field, share: float) -> bool:
    """Mark that share of rows to be exactly 0 (finish draws them); True if the column is a number."""
    bounds = _bounds(fld)
    if bounds is None or bounds[1] <= 0:
        return False
    fld.zeros = share
    return True


def finish(fields: list[Field]) -> None:
    """Each column marked by `zeros`: that share of rows 0, the rest as its rule (formula) or range draws them
    (at least 1 when whole numbers, at least one cent when money)."""
    for fld in fields:
        if fld.zeros is None:
            continue
        p = round(fld.zeros / 100, 3)
        bounds = _bounds(fld)
        if fld.formula:
            draw = f"({fld.formula})"
        elif bounds is None:
            continue
        elif fld.provider == "random_int":
            draw = f"randint({max(1, int(bounds[0]))}, {int(bounds[1])})"
        else:
            digits = int(fld.args.get("right_digits", 2))
            draw = f"round(uniform({max(bounds[0], 10 ** -digits)}, {bounds[1]}), {digits})"
        fld.formula, fld.distribution = f"if(uniform(0, 1) < {p}, 0, {draw})", None

# 'Most delays (0)', 'usually the fare (zero)' (a sentence read as its subject and what it is), 'zero hold time'
_SAID_ZERO = re.compile(rf"^\s*(?:({_WORD})\s+(?:of\s+)?(?:the\s+)?([a-z][\w\s-]*?)\s*\(\s*{_ZERO}\s*\)|"
                        r"(?:zero|no)\s+([a-z][\w\s-]*?))\s*\.?\s*$", re.IGNORECASE)


def of_earlier(text: str, fields: list[Field]) -> bool:
    """A sentence that is only a share of an earlier column's choice ('most users are active') weighs it; one that
    says an earlier number is mostly 0 ('Most delays are 0.', 'Most calls have zero hold time.') sets its zeros."""
    share = shares.quantity_sentence(text)
    for fld in reversed(fields if share is not None else []):
        elements = fld.args.get("elements") if fld.provider == "random_element" else None
        weights = shares.weights_of([share], list(elements)) if elements and share else None
        if weights is not None and fld.weights is None:
            fld.weights = weights
            return True
    said = _SAID_ZERO.match(text)
    if not said:
        return False
    subject = {w.rstrip("s") for w in re.findall(r"[a-z]+", (said.group(2) or said.group(3)).lower())}
    part = _MOST.get((said.group(1) or "most").lower(), 75.0)
    for fld in reversed(fields):
        if subject & {w.rstrip("s") for w in fld.name.split("_")} and _bounds(fld) and zeros(fld, part):
            return True
    return False
