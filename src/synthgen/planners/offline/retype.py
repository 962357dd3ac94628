"""Offline planner, numbers the words reveal in columns read as something else: a column the words add up or
compare with numbers though it was read as a date ('total raised = revenue + sponsorship', 'cost to date, never
above the contract value'), and a factor of a formula read as words whose phrase states its range ('reps 1-20')."""

from __future__ import annotations

import re

from .fields import Field
from .refs import numeric

_NUMERIC = ("random_int", "pyint", "pyfloat", "pydecimal")
_DATED = ("date_between", "date_time_between")
_WORDY = ("image_url", "url", "uri", "sentence", "text", "paragraph", "word", "words", "pystr", "name", "user_name")


def _numeric(f: Field) -> bool:
    return numeric(f)


def misread(f: Field, others: list[Field | None]) -> bool:
    """A date or words column the words add up or compare with numbers ('total raised = revenue + sponsorship',
    'cost to date, never above the contract value', 'headshots (<= kills)'): a number misread."""
    return f.provider in _DATED + _WORDY and not (f.unique or f.sequence or f.formula or f.when or f.entity) and \
        bool(others) and \
        all(o is not None and o is not f and _numeric(o) and o.provider not in _DATED for o in others)


def as_number(f: Field, like: Field) -> None:
    """The misread column becomes a number column shaped like the number it goes with."""
    f.provider, f.args, f.kind = like.provider or "pyfloat", dict(like.args), like.kind
    f.after = f.distribution = f.series = None
    if like.formula or not like.provider:
        f.provider, f.args, f.kind = "pyfloat", {"min_value": 0.0, "max_value": 1000.0, "right_digits": 2}, "float"


_RANGE = re.compile(r"(?<![\w.])(\d+(?:\.\d+)?)\s*(?:-|–|to)\s*(\d+(?:\.\d+)?)(?![\w.])")


def ranged(f: Field) -> tuple[Field, float, float] | None:
    """'reps 1-20' read as a column of names: a factor of a formula is a number, from the range its words state."""
    found = _RANGE.search(f.phrase or "")
    if f.provider in _NUMERIC or f.provider in _DATED or f.provider == "random_element" or f.unique or \
            f.sequence or f.formula or not found or float(found[2]) <= float(found[1]):
        return None
    return f, float(found[1]), float(found[2])


def as_range(found: tuple[Field, float, float]) -> Field:
    f, low, high = found
    if low.is_integer() and high.is_integer():
        f.provider, f.args, f.kind = "random_int", {"min": int(low), "max": int(high)}, "int"
    else:
        f.provider, f.args, f.kind = "pyfloat", {"min_value": low, "max_value": high, "right_digits": 2}, "float"
    f.entity = f.distribution = None
    return f
