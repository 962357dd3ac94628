"""Shared by the offline planner's tests: one planner per module, and reading the rows it plans by meaning."""

from __future__ import annotations

from typing import Any

import pandas as pd
import pytest

import synthgen
from synthgen.engine import iter_batches
from synthgen.planners.offline.planner import OfflinePlanner
from synthgen.schema import DatasetSchema, parse_schema


@pytest.fixture(scope="module")
def planner() -> OfflinePlanner:
    return OfflinePlanner()


def plan(planner: OfflinePlanner, text: str) -> DatasetSchema:
    """The schema planned for a description, parsed as a user's schema file would be."""
    return parse_schema(planner.plan(text).schema.model_dump())


def names(schema: DatasetSchema) -> list[str]:
    return [c.name for c in schema.columns]


def rows(schema: DatasetSchema, n: int = 200) -> dict[str, list[Any]]:
    """n rows (seed 5) as lists of values by column name."""
    out: dict[str, list[Any]] = {c.name: [] for c in schema.columns}
    for batch in iter_batches(schema, n, 5):
        for name, values in batch.to_pydict().items():
            out[name] += values
    return out


def planned_rows(planner: OfflinePlanner, text: str, rows: int, seed: int) -> tuple[DatasetSchema, pd.DataFrame]:
    """The schema planned for a description, and rows generated from it."""
    schema = planner.plan(text).schema
    return schema, synthgen.generate(schema, rows=rows, seed=seed)


def column_named(schema: DatasetSchema, *words: str, avoid: tuple[str, ...] = ()) -> str:
    """The shortest column name holding every word and none of `avoid` (fails, listing the columns, if none)."""
    found = [c.name for c in schema.columns if all(w in c.name.split("_") for w in words) and
             not any(a in c.name.split("_") for a in avoid)]
    assert found, f"no column with {words} in {[c.name for c in schema.columns]}"
    return min(found, key=len)


def numbers(df: pd.DataFrame, column: str) -> pd.Series:
    """A column's values as numbers (fails if any is not one)."""
    return pd.to_numeric(df[column], errors="raise")
