"""Formula evaluation over whole columns: a typed tree (formula_check) and Arrow inputs to one Arrow array.

Inside, a value is numpy data plus a null mask (text stays an Arrow array). Dates are int64 days and datetimes
int64 microseconds since 1970, durations int64 days or microseconds. A null input gives a null output; so do
division or remainder by zero, a whole number past 64 bits, a float past ±1.8e308, a date outside years
1-9999 and a random function's bounds that do not fit it. Random functions draw from the rng in the order they
close in the text, whatever the rows hold, so the output depends only on the inputs and the rng's seed.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from .. import arrays
from .formula_check import FUNCTIONS, NUM, RANDINT_LIMIT, TIME, binary, const, unify
from .formula_parse import COMPARISONS, Call, Col, List, Node, Num, Op, Str, Unary

DAY_US = 86_400_000_000
INT_MIN = np.iinfo(np.int64).min
DAY_MIN, DAY_MAX = -719_162, 2_932_896  # 0001-01-01 and 9999-12-31, in days since 1970-01-01
SPAN_DAYS = DAY_MAX - DAY_MIN  # the longest duration that can land inside that range
ARROW = {"int": pa.int64(), "float": pa.float64(), "bool": pa.bool_(), "str": pa.string(), "date": pa.date32(),
         "datetime": pa.timestamp("us")}
_UNIT_US = {"days": DAY_US, "hours": 3_600_000_000, "minutes": 60_000_000}
_NUMPY_CMP = {"==": np.equal, "!=": np.not_equal, "<": np.less, "<=": np.less_equal, ">": np.greater,
              ">=": np.greater_equal}
_ARROW_CMP = {"==": pc.equal, "!=": pc.not_equal, "<": pc.less, "<=": pc.less_equal, ">": pc.greater,
              ">=": pc.greater_equal}


@dataclass
class Val:
    data: np.ndarray | pa.Array  # pa.Array for text, numpy otherwise (0 where null)
    mask: np.ndarray  # True: null


def _clean(data: np.ndarray, bad: np.ndarray, mask: np.ndarray) -> Val:
    bad = bad | mask
    return Val(np.where(bad, np.zeros(1, data.dtype), data), bad)


def _finite(data: np.ndarray, mask: np.ndarray) -> Val:
    return _clean(data, ~np.isfinite(data), mask)


def _bools(array: pa.Array) -> np.ndarray:
    bits = np.unpackbits(np.frombuffer(array.buffers()[1], dtype=np.uint8), bitorder="little")
    return bits[array.offset:array.offset + len(array)].astype(bool)


def _text(v: Val) -> Val:
    return Val(v.data, ~arrays.valid(v.data))


def load(array: pa.Array | pa.ChunkedArray, type_: str, name: str) -> Val:
    """An input column as a Val of the column's type."""
    if isinstance(array, pa.ChunkedArray):
        array = array.combine_chunks()
    try:
        if type_ == "str":  # one text type, so kernels never meet string beside large_string
            return _text(Val(array if pa.types.is_string(array.type) else array.cast(pa.string()), np.zeros(0, bool)))
        if type_ == "date" or type_ == "datetime":
            array = array.cast(ARROW[type_])
            raw = arrays.temporal_numpy(array).view(np.int64)
            low, high = (DAY_MIN, DAY_MAX) if type_ == "date" else (DAY_MIN * DAY_US, (DAY_MAX + 1) * DAY_US - 1)
            return _range(raw, raw == INT_MIN, low, high)
        array = array.cast(ARROW[type_])
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError) as exc:
        raise ValueError(f"formula input '{name}' is {array.type}, which does not hold {type_} values") from exc
    mask = ~arrays.valid(array)
    if type_ == "bool":
        return Val(_bools(array) & ~mask, mask)
    dtype = np.int64 if type_ == "int" else np.float64
    data = np.frombuffer(array.buffers()[1], dtype=dtype)[array.offset:array.offset + len(array)]
    return _finite(data, mask) if type_ == "float" else _clean(data, np.zeros(len(data), bool), mask)


def to_arrow(v: Val, type_: str) -> pa.Array:
    if type_ == "str":
        return v.data
    storage = {"date": np.int32, "bool": bool}.get(type_, v.data.dtype)
    return arrays.from_numpy(v.data.astype(storage), ARROW[type_], mask=v.mask)


class Evaluator:
    """Computes a typed tree over n rows."""

    def __init__(self, inputs: Mapping[str, Val], rng: np.random.Generator, n: int) -> None:
        self.inputs, self.rng, self.n = inputs, rng, n
        self.none = np.zeros(n, bool)

    def run(self, node: Node) -> Val:
        with np.errstate(all="ignore"):
            return self.ev(node)

    def ev(self, node: Node) -> Val:
        if isinstance(node, Num):
            return Val(np.full(self.n, node.value, np.float64 if node.type == "float" else np.int64), self.none)
        if isinstance(node, Str):
            return Val(arrays.repeat(node.value, self.n), self.none)
        if isinstance(node, Col):
            return self.inputs[node.name]
        if isinstance(node, Unary):
            assert node.arg is not None
            v = self.ev(node.arg)
            if node.op == "not":
                return Val(~v.data & ~v.mask, v.mask)
            if node.op == "+":
                return v
            return _finite(-v.data, v.mask) if node.type == "float" else _clean(-v.data, v.data == INT_MIN, v.mask)
        if isinstance(node, Op):
            left, type_ = self.ev(node.args[0]), node.args[0].type
            for op, arg in zip(node.ops, node.args[1:]):
                left, result = self.binary(op, left, type_, self.ev(arg), arg.type), binary(op, type_, arg.type)
                assert result is not None  # the checker refused every operator that does not apply
                type_ = result
            return left
        assert isinstance(node, Call)
        args = [a if isinstance(a, List) else self.ev(a) for a in node.args]
        return _CALLS[node.name](self, node, *args)

    # ---- operators -------------------------------------------------------------------------------------------

    def binary(self, op: str, a: Val, at: str, b: Val, bt: str) -> Val:
        mask = a.mask | b.mask
        if op in ("and", "or"):
            data = (a.data & b.data) if op == "and" else (a.data | b.data)
            return Val(data & ~mask, mask)
        if op in COMPARISONS:
            kind = unify([at, bt])
            if kind == "str":
                result = _ARROW_CMP[op](a.data, b.data)
                return Val(_bools(result) & arrays.valid(result), ~arrays.valid(result))
            x, y = _same_kind(a, at, kind), _same_kind(b, bt, kind)
            return Val(_NUMPY_CMP[op](x, y) & ~mask, mask)
        if at in NUM and bt in NUM:
            return _arith(op, a, at, b, bt)
        if at == bt == "str":
            return _text(Val(pc.binary_join_element_wise(a.data, b.data, arrays.repeat("", self.n)), mask))
        if at in TIME and bt in TIME:  # a difference in days
            if at == bt == "date":
                return Val(a.data - b.data, mask)
            return _finite((_us(a, at) - _us(b, bt)) / DAY_US, mask)
        if at in NUM or bt in NUM:  # a duration times a number
            span, span_t, k, k_t = (a, at, b, bt) if bt in NUM else (b, bt, a, at)
            if span_t == "days" and k_t == "int":
                product = _arith("*", span, "int", k, "int")
                return _days(product.data, product.mask)
            return _micros(_span_us(span, span_t) * k.data.astype(np.float64), mask)
        sign = -1 if op == "-" else 1
        if at in TIME or bt in TIME:  # a date or datetime moved by a duration
            time, time_t, span, span_t = (a, at, b, bt) if at in TIME else (b, bt, a, at)
            if time_t == "date" and span_t == "days":
                return _range(time.data + sign * span.data, mask, DAY_MIN, DAY_MAX)
            return _range(_us(time, time_t) + sign * _span_us(span, span_t).astype(np.int64), mask,
                          DAY_MIN * DAY_US, (DAY_MAX + 1) * DAY_US - 1)
        if at == bt == "days":
            return _days(a.data + sign * b.data, mask)
        return _micros(_span_us(a, at) + sign * _span_us(b, bt), mask)

    # ---- functions -------------------------------------------------------------------------------------------

    def f_round(self, node: Call, x: Val, digits: Val | None = None) -> Val:
        given = const(node.args[1]) if digits is not None else 0
        places = given if isinstance(given, int) else 0  # the checker admits whole numbers only
        if node.args[0].type == "int":
            return x if places >= 0 else _round_int(x, 10 ** -places)
        if node.type == "int":
            return _to_int(np.round(x.data), x.mask)
        return _finite(np.round(x.data, places), x.mask)

    def f_floor(self, node: Call, x: Val) -> Val:
        return x if node.args[0].type == "int" else _to_int(np.floor(x.data), x.mask)

    def f_ceil(self, node: Call, x: Val) -> Val:
        return x if node.args[0].type == "int" else _to_int(np.ceil(x.data), x.mask)

    def f_abs(self, node: Call, x: Val) -> Val:
        return _clean(np.abs(x.data), x.data == INT_MIN, x.mask) if node.type == "int" else _finite(
            np.abs(x.data), x.mask)

    def f_min(self, node: Call, *args: Val) -> Val:
        return self._extreme(node, args, np.minimum, pc.min_element_wise)

    def f_max(self, node: Call, *args: Val) -> Val:
        return self._extreme(node, args, np.maximum, pc.max_element_wise)

    def _extreme(self, node: Call, args: tuple[Val, ...], ufunc: np.ufunc, kernel: object) -> Val:
        if node.type == "str":
            return _text(Val(kernel(*(a.data for a in args), skip_nulls=False), self.none))  # type: ignore[operator]
        values = [_same_kind(a, arg.type, node.type) for a, arg in zip(args, node.args)]
        mask = np.logical_or.reduce([a.mask for a in args])
        return _clean(ufunc.reduce(values), np.zeros(self.n, bool), mask)

    def f_clip(self, node: Call, x: Val, lo: Val, hi: Val) -> Val:
        x_, lo_, hi_ = (_same_kind(v, a.type, node.type) for v, a in zip((x, lo, hi), node.args))
        return _clean(np.minimum(np.maximum(x_, lo_), hi_), np.zeros(self.n, bool), x.mask | lo.mask | hi.mask)

    def f_if(self, node: Call, cond: Val, a: Val, b: Val) -> Val:
        if node.type == "str":
            flags = arrays.from_numpy(cond.data, pa.bool_(), mask=cond.mask)
            return _text(Val(pc.if_else(flags, a.data, b.data), self.none))
        x, y = _same_kind(a, node.args[1].type, node.type), _same_kind(b, node.args[2].type, node.type)
        mask = cond.mask | np.where(cond.data, a.mask, b.mask)
        return _clean(np.where(cond.data, x, y), np.zeros(self.n, bool), mask)

    def f_uniform(self, node: Call, lo: Val, hi: Val) -> Val:
        draws = self.rng.random(self.n)
        low = lo.data.astype(np.float64)
        return _finite(low + (hi.data.astype(np.float64) - low) * draws, lo.mask | hi.mask)

    def f_normal(self, node: Call, mean: Val, sd: Val) -> Val:
        draws = self.rng.standard_normal(self.n)
        scale = sd.data.astype(np.float64)
        return _finite(mean.data.astype(np.float64) + scale * draws, mean.mask | sd.mask | (scale < 0))

    def f_randint(self, node: Call, lo: Val, hi: Val) -> Val:
        bad = lo.mask | hi.mask | (lo.data > hi.data) | (np.abs(lo.data) > RANDINT_LIMIT) | (
            np.abs(hi.data) > RANDINT_LIMIT)
        low, high = np.where(bad, 0, lo.data), np.where(bad, 0, hi.data)
        return _clean(self.rng.integers(low, high, size=self.n, endpoint=True, dtype=np.int64), bad, self.none)

    def f_days(self, node: Call, n: Val) -> Val:
        return _days(n.data, n.mask) if node.type == "days" else self._span(node, n)

    def f_hours(self, node: Call, n: Val) -> Val:
        return self._span(node, n)

    def f_minutes(self, node: Call, n: Val) -> Val:
        return self._span(node, n)

    def _span(self, node: Call, n: Val) -> Val:
        return _micros(n.data.astype(np.float64) * _UNIT_US[node.name], n.mask)

    def f_year(self, node: Call, d: Val) -> Val:
        days = _day_of(d, node.args[0].type)
        return Val(days.astype("datetime64[D]").astype("datetime64[Y]").astype(np.int64) + 1970, d.mask)

    def f_month(self, node: Call, d: Val) -> Val:
        days = _day_of(d, node.args[0].type)
        return Val(days.astype("datetime64[D]").astype("datetime64[M]").astype(np.int64) % 12 + 1, d.mask)

    def f_concat(self, node: Call, *args: Val) -> Val:
        texts = [_as_text(a, arg.type) for a, arg in zip(args, node.args)]
        if len(texts) == 1:
            return _text(Val(texts[0], self.none))
        return _text(Val(pc.binary_join_element_wise(*texts, arrays.repeat("", self.n)), self.none))

    def f_bucket(self, node: Call, x: Val, edges: List, labels: List | None = None) -> Val:
        band = np.searchsorted(np.array(edges.items, np.float64), x.data.astype(np.float64), side="right")
        if labels is None:
            return Val(band.astype(np.int64), x.mask)
        if node.type == "str":
            chosen = arrays.strings([str(s) for s in labels.items]).take(
                arrays.from_numpy(band.astype(np.int64), pa.int64(), mask=x.mask))
            return _text(Val(chosen, self.none))
        table = np.array(labels.items, np.float64 if node.type == "float" else np.int64)
        return _clean(table[band], np.zeros(self.n, bool), x.mask)


# Our own table's names (the checker admits no others), never a name read from the formula.
_CALLS = {name: getattr(Evaluator, f"f_{name}") for name in FUNCTIONS}


# ---- helpers over Vals ---------------------------------------------------------------------------------------

def _arith(op: str, a: Val, at: str, b: Val, bt: str) -> Val:
    mask = a.mask | b.mask
    if op == "/" or "float" in (at, bt):
        fx, fy = a.data.astype(np.float64), b.data.astype(np.float64)
        if op in "/%":
            zero = fy == 0
            fy = np.where(zero, 1.0, fy)
            mask = mask | zero
        result = {"+": np.add, "-": np.subtract, "*": np.multiply, "/": np.divide, "%": np.remainder}[op](fx, fy)
        return _finite(result, mask)
    x, y = a.data, b.data
    if op == "+":
        r = x + y
        bad = ((x ^ r) & (y ^ r)) < 0
    elif op == "-":
        r = x - y
        bad = ((x ^ y) & (x ^ r)) < 0
    elif op == "*":
        r = x * y
        bad = (x != 0) & ((r // np.where(x == 0, 1, x) != y) | ((x == -1) & (y == INT_MIN)))
    else:  # %
        bad = y == 0
        r = x % np.where(bad, 1, y)
    return _clean(r, bad, mask)


def _as_text(v: Val, type_: str) -> pa.Array:
    """Values as the CSV export writes them: 2.5, true, 2024-05-01, 2024-05-01 13:45:00 (a fraction only when
    there is one)."""
    if type_ == "str":
        return v.data
    array = to_arrow(v, type_)
    if type_ != "datetime":
        return array.cast(pa.string())
    seconds = array.cast(pa.timestamp("s"), safe=False).cast(pa.string())
    fraction = v.data % 1_000_000 != 0
    return pc.if_else(arrays.from_numpy(fraction), array.cast(pa.string()), seconds) if fraction.any() else seconds


def _round_int(x: Val, step: int) -> Val:
    """x to the nearest multiple of step, ties to the even multiple (as Python's round), exactly."""
    whole = x.data // step
    rest = x.data - whole * step
    whole = whole + ((2 * rest > step) | ((2 * rest == step) & (whole % 2 == 1)))
    return _clean(whole * step, np.abs(whole) > np.iinfo(np.int64).max // step, x.mask)


def _to_int(values: np.ndarray, mask: np.ndarray) -> Val:
    bad = ~((values >= -(2.0**63)) & (values < 2.0**63))  # also NaN
    return _clean(np.where(bad, 0, values).astype(np.int64), bad, mask)


def _same_kind(v: Val, type_: str, kind: str | None) -> np.ndarray:
    """v's data in the shared representation of `kind` (float for numbers, microseconds for datetimes)."""
    if kind == "float" and type_ == "int":
        return v.data.astype(np.float64)
    if kind == "datetime":
        return _us(v, type_)
    if kind == "duration":
        return _span_us(v, type_)
    return v.data


def _us(v: Val, type_: str) -> np.ndarray:
    return v.data * DAY_US if type_ == "date" else v.data


def _day_of(v: Val, type_: str) -> np.ndarray:
    return v.data if type_ == "date" else v.data // DAY_US


def _span_us(v: Val, type_: str) -> np.ndarray:
    return v.data * DAY_US if type_ == "days" else v.data


def _range(values: np.ndarray, mask: np.ndarray, low: int, high: int) -> Val:
    """Dates and datetimes outside years 1-9999 are null."""
    return _clean(values, (values < low) | (values > high), mask)


def _days(values: np.ndarray, mask: np.ndarray) -> Val:
    return _clean(values, np.abs(values) > SPAN_DAYS, mask)


def _micros(values: np.ndarray, mask: np.ndarray) -> Val:
    bad = ~(np.abs(values) <= float(SPAN_DAYS * DAY_US))
    return _clean(np.where(bad, 0, np.round(values)).astype(np.int64), bad, mask)
