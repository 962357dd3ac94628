"""Column rules in the engine: formula, by, distribution, distinct, series and when, made per block.

Every draw of a rule flows from (seed, block, column, rule): `block.rng(name, rule)`. A `distinct` column's
values are drawn once per table from a fixed stream (seed, column, "distinct") and then picked per row.
"""

from __future__ import annotations

import datetime as dt
import math
import threading
from collections.abc import Callable

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from .. import arrays
from ..rules import DISTRIBUTED, By, Distribution, When
from ..schema import Column
from .block import Block
from .formula import Formula
from .gen import Gen
from .unique import UniqueGuard

POOL_BLOCK = 2**40  # the block index of the stream a `distinct` column's values come from (no real block has it)
_EPOCH = dt.datetime(1970, 1, 1)
_WHOLE = 2.0**53  # whole numbers a float64 holds exactly; a distribution's integers are clipped to this


def when_mask(when: When, other: pa.Array) -> pa.Array:
    """True in rows where `other`'s value is in (not in) the rule's set; false where `other` is empty."""
    values = pa.array(when.values).cast(other.type) if when.values else pa.array([], other.type)
    found = pc.is_in(other, value_set=values, skip_nulls=True)
    if when.in_ is not None:
        return pc.fill_null(found, False)
    return pc.and_(pc.invert(pc.fill_null(found, True)), pc.is_valid(other))


def apply_when(array: pa.Array, mask: pa.Array) -> pa.Array:
    return pc.if_else(mask, array, pa.nulls(len(array), array.type))


class ByTable:
    """A `by` rule compiled: every group's elements in one array, and cumulative weights offset by group index,
    so one searchsorted picks every row's element in its own group."""

    def __init__(self, by: By, fallback: list[str] | None, fallback_weights: list[float] | None) -> None:
        self.keys = pa.array(list(by.elements), pa.string())
        groups = [(list(items), (by.weights or {}).get(key)) for key, items in by.elements.items()]
        if fallback is not None:
            groups.append((fallback, fallback_weights))
        self.fallback = len(by.elements) if fallback is not None else None
        values: list[str] = []
        cums: list[np.ndarray] = []
        starts: list[int] = []
        for g, (items, weights) in enumerate(groups):
            w = np.ones(len(items)) if weights is None else np.asarray(weights, dtype=np.float64)
            cum = np.cumsum(w) / w.sum()
            cum[-1] = 1.0
            starts.append(len(values))
            values += items
            cums.append(g + cum)
        self.values = arrays.strings(values)
        self.cum = np.concatenate(cums)
        self.starts = np.asarray(starts + [len(values)], dtype=np.int64)

    def pick(self, other: pa.Array, rng: np.random.Generator) -> pa.Array:
        n = len(other)
        text = other if pa.types.is_string(other.type) else other.cast(pa.string())
        codes = pc.index_in(text, value_set=self.keys)
        valid = np.asarray(codes.is_valid())
        group = np.asarray(pc.fill_null(codes, -1), dtype=np.int64)
        if self.fallback is not None:
            group[~valid] = self.fallback
            valid = np.ones(n, dtype=bool)
        group[~valid] = 0
        u = rng.random(n)
        index = np.searchsorted(self.cum, group + u, side="right")
        index = np.clip(index, self.starts[group], self.starts[group + 1] - 1)
        picked = self.values.take(arrays.indices(index))
        return picked if valid.all() else apply_when(picked, arrays.from_numpy(valid))


def _given(param: float | None) -> float:
    """A parameter of a distribution that Distribution's validation requires for its kind."""
    assert param is not None
    return param


def distributed(col: Column, dist: Distribution, block: Block, type_: pa.DataType) -> pa.Array:
    """n values of the distribution, clipped to the provider's own min/max arguments when given."""
    rng, n = block.rng(col.name, "distribution"), block.n
    if dist.kind == "normal":
        values = rng.normal(_given(dist.mean), _given(dist.sd), n)
    elif dist.kind == "lognormal":
        values = rng.lognormal(math.log(dist.median or 1), _given(dist.sigma), n)
    elif dist.kind == "exponential":
        values = rng.exponential(_given(dist.mean), n)
    else:
        values = rng.zipf(_given(dist.a), n).astype(np.float64)
    low_key, high_key, _ = DISTRIBUTED[col.provider or ""]
    low, high = col.args.get(low_key), col.args.get(high_key)
    if low is not None or high is not None:
        values = np.clip(values, low, high)
    if pa.types.is_integer(type_):
        return arrays.from_numpy(np.clip(np.rint(values), -_WHOLE, _WHOLE).astype(np.int64))
    right = col.args.get("right_digits", 2 if col.provider == "pydecimal" else None)
    if right is not None:
        values = np.round(values, int(right))
    return arrays.from_numpy(values)


class Pools:
    """The N values of each `distinct` column, drawn once per (column, seed) and kept for the table's life."""

    def __init__(self, unique_gen: Callable[[Column], Gen]) -> None:
        self._unique_gen = unique_gen
        self._pools: dict[tuple[str, int, int], pa.Array] = {}
        self._lock = threading.Lock()

    def get(self, col: Column, block: Block, size: int) -> pa.Array:
        key = (col.name, block.seed, size)
        with self._lock:
            if key not in self._pools:
                if len(self._pools) > 64:
                    self._pools.clear()
                self._pools[key] = self._draw(col, block, size)
            return self._pools[key]

    def _draw(self, col: Column, block: Block, size: int) -> pa.Array:
        gen = self._unique_gen(col)
        pool_block = Block(block.seed, POOL_BLOCK, 0, size, block.fakers)
        values = gen.fn(pool_block)
        if not gen.unique_native:
            values = UniqueGuard(col.name).apply(values.cast(pa.string()), pool_block)
        pool_block.memo.clear()
        return values

    def pick(self, col: Column, block: Block, per_row: bool, probe: bool = False) -> pa.Array:
        """Each row's value: its (row % N)-th value for a `series.per` column, else a random one of the N.
        The size probe (`probe`) draws from the first few values only: a million would cost more than the probe."""
        size = col.distinct or 1
        pool = self.get(col, block, min(size, block.n) if probe else size)
        if per_row:
            index = block.row_ids % len(pool)
        else:
            index = block.rng(col.name, "distinct").integers(0, len(pool), block.n)
        return pool.take(arrays.indices(index))


def series(col: Column, block: Block, per_count: int, type_: pa.DataType) -> pa.Array:
    """start + step * (row // per_count): regular steps, each repeated once for every value of `per`."""
    rule = col.series
    assert rule is not None
    steps = block.row_ids // max(per_count, 1)
    start = rule.start_datetime
    if pa.types.is_date32(type_):
        first = (start.date() - _EPOCH.date()).days
        days = first + steps * (rule.seconds // 86_400)
        return arrays.from_numpy(days.astype("datetime64[D]"))
    first = int((start - _EPOCH).total_seconds())
    return arrays.from_numpy((first + steps * rule.seconds).astype("datetime64[s]"), pa.timestamp("us"))


def formula_values(formula: Formula, col: Column, block: Block, made: dict[str, pa.Array]) -> pa.Array:
    return formula.evaluate(made, block.rng(col.name, "formula"), block.n)
