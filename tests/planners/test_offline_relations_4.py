"""Offline planner, rules between columns, round 4 (orders.py, blanks.py, ...): a column blank while a choice is
NOT named ('empty if not returned yet': filled only once returned), a column blank unless a choice of any category
holds ('blank unless the dog is a pregnant female'). Each is checked on every row of generated data, in phrasings of
our own and domains other than the evaluation batches'."""

from __future__ import annotations

import pandas as pd
import pytest

import synthgen
from synthgen.planners.offline.planner import OfflinePlanner
from synthgen.schema import DatasetSchema

ROWS = 400


@pytest.fixture(scope="module")
def planner() -> OfflinePlanner:
    return OfflinePlanner()


def rows(planner: OfflinePlanner, text: str) -> tuple[DatasetSchema, pd.DataFrame]:
    schema = planner.plan(text).schema
    return schema, synthgen.generate(schema, rows=ROWS, seed=7)


def name(schema: DatasetSchema, *words: str, avoid: tuple[str, ...] = ()) -> str:
    found = [c.name for c in schema.columns if all(w in c.name.split("_") for w in words) and
             not any(a in c.name.split("_") for a in avoid)]
    assert found, f"no column with {words} in {[c.name for c in schema.columns]}"
    return min(found, key=len)


def _blank(v: object) -> bool:
    return v is None or (isinstance(v, float) and pd.isna(v)) or v is pd.NaT or str(v) in ("", "NaT", "None", "nan")


@pytest.mark.parametrize(("text", "subject", "state", "filled"), [
    ("library loans with loan id, book title, borrowed on, returned on which stays empty when the book is not "
     "returned yet, and loan status (on loan, returned, lost)", ("returned", "on"), ("status",), {"returned"}),
    ("Orders: order id, placed at, shipped date, empty while not shipped, status (processing, shipped, cancelled)",
     ("shipped", "date"), ("status",), {"shipped"}),
    ("warranty claims: claim no, product, filed date, approval date, which is null if the claim was not approved, "
     "claim status: open | approved | denied", ("approval", "date"), ("status",), {"approved"}),
    ("course_id: CRS-001 style\nenrolled_on: date in 2025\ncompleted_on: after enrolled_on, blank if not completed "
     "yet\nprogress: enrolled | completed | dropped", ("completed", "on"), ("progress",), {"completed"}),
    ("Dog registry: dog name, breed, sex (male or female), litter due date that is blank unless the dog is a "
     "pregnant female", ("due",), ("sex",), {"female"}),
    ("Staff: employee id, gender (male, female), maternity leave start (empty unless female), salary",
     ("maternity",), ("gender",), {"female"}),
    ("Tickets: ticket id, plan (free, pro, enterprise), account manager email which is empty unless the plan is "
     "enterprise", ("manager",), ("plan",), {"enterprise"}),
])
def test_blank_unless_or_if_not_a_choice(planner: OfflinePlanner, text: str, subject: tuple[str, ...],
                                         state: tuple[str, ...], filled: set[str]) -> None:
    schema, df = rows(planner, text)
    col, cond = name(schema, *subject), name(schema, *state)
    for value, cell in zip(df[cond], df[col]):
        if str(value) in filled:
            assert not _blank(cell), (value, cell)
        else:
            assert _blank(cell), (value, cell)
    assert df[cond].astype(str).isin(filled).any() and not df[cond].astype(str).isin(filled).all()
