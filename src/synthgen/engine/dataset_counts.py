"""How many children each parent row has (`per`) and which row a `ref` picks: exact distributions, seeded draws.

Children per parent: k in min..max with probability pmf(k). Without a distribution k is uniform; zipf a gives
k = min + r - 1 for a rank r of probability r^-a (truncated to the range); normal, lognormal and exponential are
rounded to whole counts and clipped to min..max (as a column's distribution is clipped to its provider's range).
The mean of pmf is exact, so a child table's size is estimated before any row is made.

A `ref` to a table that is not the parent picks a row position in [0, rows): uniform, or by its distribution over
positions (zipf: the first rows are the most picked, rank r with probability r^-a; the others rounded and
clipped to the rows).
"""

from __future__ import annotations

import math

import numpy as np

from ..rules import Distribution

EXACT_ZIPF_ROWS = 1 << 20  # up to this many rows a zipf pick uses its exact table (8 bytes a row); beyond, a close fit


def _cdf(dist: Distribution, x: np.ndarray) -> np.ndarray:
    """P(X <= x) of a normal, lognormal or exponential distribution."""
    erf = np.vectorize(math.erf, otypes=[np.float64])
    if dist.kind == "normal":
        return 0.5 * (1 + erf((x - (dist.mean or 0)) / ((dist.sd or 1) * math.sqrt(2))))
    if dist.kind == "lognormal":
        logs = np.log(np.where(x > 0, x, 1.0))
        spread = (dist.sigma or 1) * math.sqrt(2)
        return np.where(x > 0, 0.5 * (1 + erf((logs - math.log(dist.median or 1)) / spread)), 0.0)
    return np.where(x > 0, 1 - np.exp(-np.maximum(x, 0) / (dist.mean or 1)), 0.0)


def pmf(low: int, high: int, dist: Distribution | None) -> np.ndarray:
    """The probability of each whole number low..high."""
    size = high - low + 1
    if dist is None:
        return np.full(size, 1 / size)
    if dist.kind == "zipf":
        weights = np.arange(1, size + 1, dtype=np.float64) ** -(dist.a or 2)
        return weights / weights.sum()
    edges = _cdf(dist, np.arange(low, high, dtype=np.float64) + 0.5)
    probs = np.diff(np.concatenate([[0.0], edges, [1.0]]))
    probs = np.clip(probs, 0, None)
    total = probs.sum()
    if total <= 0:  # all the mass beyond the range in floating point: the nearest end takes it
        probs = np.zeros(size)
        probs[0 if _centre(dist) < low else -1] = 1.0
        return probs
    return probs / total


def _centre(dist: Distribution) -> float:
    return float((dist.median if dist.kind == "lognormal" else dist.mean) or 0)


def mean_count(low: int, high: int, dist: Distribution | None) -> float:
    """The expected number of children of one parent row."""
    return float(np.dot(np.arange(low, high + 1), pmf(low, high, dist)))


def draw_counts(low: int, high: int, dist: Distribution | None, rng: np.random.Generator, n: int) -> np.ndarray:
    """n counts in low..high (int64)."""
    if dist is None:
        return rng.integers(low, high + 1, n, dtype=np.int64)
    cdf = np.cumsum(pmf(low, high, dist))
    cdf[-1] = 1.0
    return low + np.searchsorted(cdf, rng.random(n), side="right").astype(np.int64)


class Picker:
    """Row positions of a table of `rows` rows, picked uniformly or by a distribution (thread-safe once made)."""

    def __init__(self, rows: int, dist: Distribution | None) -> None:
        self.rows, self.dist = rows, dist
        self._cdf: np.ndarray | None = None
        if dist is not None and dist.kind == "zipf" and rows <= EXACT_ZIPF_ROWS:
            self._cdf = np.cumsum(pmf(1, rows, dist))
            self._cdf[-1] = 1.0

    def pick(self, rng: np.random.Generator, n: int) -> np.ndarray:
        rows, dist = self.rows, self.dist
        if dist is None:
            return rng.integers(0, rows, n, dtype=np.int64)
        if self._cdf is not None:
            return np.searchsorted(self._cdf, rng.random(n), side="right").astype(np.int64)
        if dist.kind == "zipf":  # the continuous power law over [1, rows + 1), floored: close to zipf's ranks
            s = 1 - (dist.a or 2)
            ranks = np.floor((((rows + 1) ** s - 1) * rng.random(n) + 1) ** (1 / s))
            return np.clip(ranks.astype(np.int64) - 1, 0, rows - 1)
        if dist.kind == "normal":
            values = rng.normal(dist.mean or 0, dist.sd or 1, n)
        elif dist.kind == "lognormal":
            values = rng.lognormal(math.log(dist.median or 1), dist.sigma or 1, n)
        else:
            values = rng.exponential(dist.mean or 1, n)
        return np.clip(np.rint(values), 0, rows - 1).astype(np.int64)
