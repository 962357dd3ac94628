"""Numbers and booleans in bulk: random_int, pyint, random_number, digits, pyfloat, pydecimal, coordinates."""

from __future__ import annotations

import math
import sys
from typing import Any

import numpy as np
import pyarrow as pa

from .. import arrays
from ..errors import SchemaError
from ..schema import Column
from .block import Block, stable_key
from .gen import Gen
from .permute import permute

INT64_MAX = 2**63 - 1


def _int_range(low: int, high: int, step: int, col: Column) -> Gen:
    count = (high - low) // step + 1
    key = stable_key(col.name)

    def fn(block: Block) -> pa.Array:
        if col.sequence:
            values = low + block.row_ids * step
        elif col.unique:
            values = low + permute(block.row_ids, count, key).astype(np.int64) * step
        else:
            values = low + block.rng(col.name).integers(0, count, block.n) * step
        return arrays.from_numpy(values.astype(np.int64, copy=False))

    # A sequence counts up from `low` by `step` whatever `max`: past the largest int64 it would wrap around.
    last = (INT64_MAX - low) // step + 1 if col.sequence else None
    return Gen(fn, pa.int64(), capacity=None if col.sequence else count, unique_native=True, max_rows=last)


def random_int(col: Column, args: dict[str, Any]) -> Gen:
    return _int_range(int(args.get("min", 0)), int(args.get("max", 9999)), int(args.get("step", 1)), col)


def pyint(col: Column, args: dict[str, Any]) -> Gen:
    return _int_range(int(args.get("min_value", 0)), int(args.get("max_value", 9999)), int(args.get("step", 1)), col)


def digit(low: int, high: int):
    def make(col: Column, args: dict[str, Any]) -> Gen:
        return _int_range(low, high, 1, col)
    return make


def random_number(col: Column, args: dict[str, Any]) -> Gen | None:
    digits = args.get("digits")
    if digits is None:
        return None  # Faker draws a digit count per value; the general path keeps that shape
    digits = int(digits)
    low = 10 ** (digits - 1) if args.get("fix_len") else 0
    return _int_range(low, 10**digits - 1, 1, col)


def pyfloat(col: Column, args: dict[str, Any]) -> Gen:
    left, right = args.get("left_digits"), args.get("right_digits")
    low, high, positive = args.get("min_value"), args.get("max_value"), args.get("positive")
    if right is None:
        needed = max(1, math.ceil(math.log10(max(abs(high or 1), abs(low or 1), 1))))
        right = None if left is None else max(1, sys.float_info.dig - left)
        if right is None:
            right = min(sys.float_info.dig - needed, 6) if (low is not None or high is not None) else None
    if low is None or high is None:
        span = 10.0 ** (left if left is not None else 4)
        low = low if low is not None else (0.0 if positive else -span)
        high = high if high is not None else span
    low, high = float(low), float(high)
    if positive and low <= 0:
        low = 10.0 ** -(right or 2)
    if high < low:  # one end given, past the other's default
        raise SchemaError(f"column '{col.name}': {col.provider} has an empty range ({low:g} to {high:g}); give both "
                          "min_value and max_value")
    return _uniform(col, low, high, right)


def _uniform(col: Column, low: float, high: float, right: int | None) -> Gen:
    def fn(block: Block) -> pa.Array:
        rng = block.rng(col.name)
        values = rng.uniform(low, high, block.n)
        if right is None:  # Faker varies the number of decimals from value to value
            scale = 10.0 ** rng.integers(1, 7, block.n)
            values = np.clip(np.round(values * scale) / scale, low, high)
        else:
            values = np.clip(np.round(values, right), low, high)
        return arrays.from_numpy(values.astype(np.float64, copy=False))

    capacity = int((high - low) * 10**right) + 1 if right is not None and right <= 12 else None
    return Gen(fn, pa.float64(), capacity=capacity)


def pydecimal(col: Column, args: dict[str, Any]) -> Gen:
    right = args.get("right_digits")
    return pyfloat(col, {**args, "right_digits": 2 if right is None else right})


def coordinate_range(low: float, high: float):
    def make(col: Column, args: dict[str, Any]) -> Gen:
        return _uniform(col, low, high, 6)
    return make


def boolean(col: Column, args: dict[str, Any]) -> Gen:
    chance = float(args.get("chance_of_getting_true", args.get("truth_probability", 50))) / 100

    def fn(block: Block) -> pa.Array:
        if col.unique:  # at most two rows: one of each
            return arrays.from_numpy(permute(block.row_ids, 2, stable_key(col.name)) == 1)
        return arrays.from_numpy(block.rng(col.name).random(block.n) < chance)

    return Gen(fn, pa.bool_(), capacity=2, unique_native=True)


def null_boolean(col: Column, args: dict[str, Any]) -> Gen:
    def fn(block: Block) -> pa.Array:
        draws = block.rng(col.name).integers(0, 3, block.n)
        return arrays.from_numpy(draws == 1, mask=draws == 0)

    return Gen(fn, pa.bool_(), capacity=2)


GENERATORS = {
    "random_int": random_int,
    "pyint": pyint,
    "random_digit": digit(0, 9),
    "random_digit_not_null": digit(1, 9),
    "random_digit_above_two": digit(2, 9),
    "random_number": random_number,
    "pyfloat": pyfloat,
    "pydecimal": pydecimal,
    "latitude": coordinate_range(-90.0, 90.0),
    "longitude": coordinate_range(-180.0, 180.0),
    "boolean": boolean,
    "pybool": boolean,
    "null_boolean": null_boolean,
}
