"""Offline planner, amounts: how a number is written: whole numbers, a number of decimals ('at most 3 decimals')."""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .lexicon import words

if TYPE_CHECKING:
    from .fields import Field

_WHOLE = re.compile(
    r"\b(?:(?:a\s+|as\s+(?:a\s+)?)?(?:integers?|whole[\s-]+numbers?|whole[\s-]+number(?=\s)|int)\b(?:\s+(?:of|in))?|"
    r"(?:(?<=\bin\s)|as\s+|rounded\s+to(?:\s+the)?(?:\s+nearest)?\s+)whole(?=\s+\w)|"
    r"whole(?=\s+(?:euros?|dollars?|pounds?|"
    r"francs?|yen|units?|minutes?|seconds?|hours?|days?|kg|grams?|points?|percent))|"
    r"(?:with\s+)?(?:no|without)\s+(?:decimals?|decimal\s+places|cents|fractions?)|rounded(?=\s*$))", re.IGNORECASE)
_DECIMALS = re.compile(r"\b(?:with\s+|to\s+|having\s+)?(?:(?:at\s+most|up\s+to|max(?:imum)?(?:\s+of)?|exactly)\s+)?"
                       r"(\d|one|two|three|four|five|six)\s+(?:decimal\s+places|decimals?|digits?\s+after\s+the\s+"
                       r"(?:decimal\s+)?point|dp)\b", re.IGNORECASE)
_FRACTIONS = {"tenth": 0.1, "tenths": 0.1, "hundredth": 0.01, "hundredths": 0.01, "quarter": 0.25, "quarters": 0.25,
              "half": 0.5, "halves": 0.5, "whole": 1.0}
_STEP_NUM = r"(\d+(?:\.\d+)?|\.\d+|" + "|".join(_FRACTIONS) + r")"
_STEP = re.compile(  # 'in 0.1 increments', 'in steps of 0.25', 'to the nearest quarter hour', 'multiples of 5'
    rf"\b(?:(?:in|by|with)\s+(?:steps?|increments?)\s+of\s+(?:an?\s+|one\s+)?{_STEP_NUM}|"
    rf"(?:in\s+|by\s+|with\s+)?(?:an?\s+)?{_STEP_NUM}(?:[\s-]+(?:hour|hr|h|unit|point|pt)s?)?[\s-]+(?:increments?|steps?)|"
    rf"(?:rounded\s+)?(?:to|at)\s+the\s+nearest\s+(?:an?\s+)?{_STEP_NUM}|rounded\s+to\s+(?:an?\s+)?{_STEP_NUM}(?!\s*decimal)|"
    rf"(?:in\s+)?multiples\s+of\s+{_STEP_NUM})(?:[\s-]+(?:of\s+an?\s+)?(?:hours?|hrs?|units?|points?))?\b",
    re.IGNORECASE)
_SMALL = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}


@dataclass
class Written:
    """How the phrase says its numbers are written: whole, or with at most `decimals` places."""

    whole: bool = False
    decimals: int | None = None
    step: float | None = None  # 'in 0.1 increments', 'to the nearest quarter hour': values are multiples of it


def take(text: str) -> tuple[str, Written | None]:
    """The phrase without 'integer', 'whole number', 'in whole euros', 'with at most 3 decimals', and what
    they say ('in 0.1 increments', 'to the nearest quarter hour': a step); None when it says nothing of the kind."""
    said = Written()
    places = _DECIMALS.search(text)
    if places:
        count = places.group(1).lower()
        said.decimals = int(count) if count.isdigit() else _SMALL[count]
        text = _cut(text, places.span())
    step = _STEP.search(text)
    if step and said.decimals is None:
        raw = next(g for g in step.groups() if g).lower()
        value = _FRACTIONS.get(raw) or float(raw)
        if 0 < value <= 1e6:
            said.step = value
            text = _cut(text, step.span())
    whole = _WHOLE.search(text)
    if whole and said.decimals is None and said.step is None:
        said.whole = True
        text = _cut(text, whole.span())
    if not said.whole and said.decimals is None and said.step is None:
        return text, None
    return text, said


MAX_STEPS = 2000  # 'in 0.25 increments' lists its multiples up to this many, else rounds to the step's decimals


def stepped(fld: Field, low: float, high: float, step: float) -> None:
    """Values that are multiples of `step` between the bounds: decimals for 0.1 or 0.01, whole numbers for 1,
    else the multiples listed ('to the nearest quarter hour', 'multiples of 5')."""
    first, last = math.ceil(low / step - 1e-9), math.floor(high / step + 1e-9)
    last = max(last, first + 1)
    places = len(f"{step:.6f}".rstrip("0").split(".")[1])
    if abs(step - round(step)) < 1e-9 and round(step) == 1:
        fld.provider, fld.args, fld.kind = "random_int", {"min": first, "max": last}, "int"
    elif abs(step * 10 ** places - 1) < 1e-9 and places:  # 0.1, 0.01: that many decimals
        fld.provider, fld.kind = "pyfloat", "float"
        fld.args = {"min_value": round(first * step, places), "max_value": round(last * step, places),
                    "right_digits": places}
    elif last - first < MAX_STEPS:
        values = [round(n * step, places) if places else round(n * step) for n in range(first, last + 1)]
        fld.provider, fld.args, fld.kind, fld.weights = "random_element", {"elements": values}, "category", None
        fld.distribution = None
    else:
        fld.provider, fld.kind = "pyfloat", "float"
        fld.args = {"min_value": first * step, "max_value": last * step, "right_digits": max(places, 1)}


def _cut(text: str, span: tuple[int, int]) -> str:
    rest = text[:span[0]].rstrip(" ,;") + " " + text[span[1]:].lstrip(" ,;")
    rest = re.sub(r"\(\s*[,;]?\s*\)", " ", rest)
    rest = re.sub(r"\s*[,;]\s*\)", ")", re.sub(r"\(\s*[,;]\s*", "(", rest))
    return re.sub(r"\s+", " ", rest).strip(" ,;:")


def written(text: str, build: Callable[[str], list[Field]]) -> list[Field] | None:
    """A number stated whole ('salary in whole euros', 'integer USD 35000-220000') or with at most N decimals
    ('around 3.7 V with at most 3 decimals'); None when the phrase says neither or names no number."""
    rest, said = take(text)
    if said is None or not words(rest):
        return None
    built = build(rest)
    if len(built) != 1 or built[0].provider not in ("pyfloat", "random_int"):
        return None
    fld = built[0]
    low = fld.args.get("min_value", fld.args.get("min", 0))
    high = fld.args.get("max_value", fld.args.get("max", 100))
    if said.step:
        stepped(fld, float(low), float(high), said.step)
    elif said.whole:
        low_i, high_i = math.ceil(low), math.floor(high)
        fld.provider, fld.args, fld.kind = "random_int", {"min": low_i, "max": max(high_i, low_i + 1)}, "int"
    elif said.decimals:
        fld.provider, fld.kind = "pyfloat", "float"
        fld.args = {"min_value": float(low), "max_value": float(high), "right_digits": said.decimals}
    fld.phrase, fld.explicit = text, True
    return built
