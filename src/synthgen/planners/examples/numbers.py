"""Examples planner, numbers: the range of a numeric column and a distribution fitted to it (normal when the
values gather symmetrically around their mean, lognormal when a few are far larger than most, else uniform
between the smallest and the largest)."""

from __future__ import annotations

import itertools
import math
from typing import Any

import numpy as np

MIN_FIT = 20  # examples needed before a shape other than uniform is claimed
PARAM_LIMIT = 1e15


def _skew(values: np.ndarray) -> float:
    sd = float(values.std())
    if sd == 0:
        return 0.0
    return float((((values - values.mean()) / sd) ** 3).mean())


def _uniform_like(values: np.ndarray) -> bool:
    """True when the values spread evenly: their standard deviation is near that of a uniform over the range."""
    low, high = float(values.min()), float(values.max())
    if high == low:
        return True
    return float(values.std()) / (high - low) > 0.25  # a uniform's is 0.289, a normal in +-3 sd about 0.17


def fit(numbers: list[float]) -> dict[str, Any] | None:
    """A `distribution` rule (2.1) for the values, or None for uniform over their range."""
    if len(numbers) < MIN_FIT or len(set(numbers)) < 5:
        return None
    values = np.asarray(numbers, dtype=float)
    skew = _skew(values)
    if skew > 1.0 and values.min() > 0:
        median = float(np.median(values))
        sigma = float(np.log(values).std())
        if 0 < sigma <= 10 and median < PARAM_LIMIT:
            return {"kind": "lognormal", "median": _round(median), "sigma": round(sigma, 3)}
    if abs(skew) < 0.5 and not _uniform_like(values):
        mean, sd = float(values.mean()), float(values.std())
        if sd > 0 and abs(mean) < PARAM_LIMIT:
            return {"kind": "normal", "mean": _round(mean), "sd": _round(sd)}
    return None


def _round(value: float) -> float:
    if value == 0:
        return 0.0
    digits = max(0, 4 - math.floor(math.log10(abs(value))))
    return round(value, digits)


def counts_up(values: list[Any]) -> int | None:
    """The step when whole numbers in row order rise by one constant step (ids 1, 2, 3 or 10, 20, 30), else None."""
    if len(values) < 3 or any(v is None for v in values):
        return None
    steps = {b - a for a, b in itertools.pairwise(values)}
    if len(steps) == 1:
        step = steps.pop()
        return step if step > 0 else None
    return None
