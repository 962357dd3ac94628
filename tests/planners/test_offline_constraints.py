"""Offline planner: constraints on one column said in everyday words (dates, ids, ranges, shares, choices)."""

from __future__ import annotations

from typing import Any

import pytest

from synthgen.planners.offline.planner import OfflinePlanner


def columns(description: str) -> dict[str, dict[str, Any]]:
    schema = OfflinePlanner().plan(description).schema
    return {c.name: c.model_dump(exclude_none=True) for c in schema.columns}


def column(description: str, name: str) -> dict[str, Any]:
    found = columns(description)
    assert name in found, f"{name} not in {sorted(found)}"
    return found[name]


# -- absolute dates are calendar dates, not days relative to the day the plan was read -------------------------

@pytest.mark.parametrize(("description", "name", "window"), [
    ("clinic visits: patient name, visit date sometime in 2023", "visit_date", ("2023-01-01", "2023-12-31")),
    ("warehouse receipts: sku, received date from 2019 to 2021", "received_date", ("2019-01-01", "2021-12-31")),
    ("gym memberships: member name, join date (Jan to Apr 2025)", "join_date", ("2025-01-01", "2025-04-30")),
    ("crop fields: field name, sowing date in spring 2022", "sowing_date", ("2022-03-01", "2022-05-31")),
    ("concerts: band, show date between March and June 2024", "show_date", ("2024-03-01", "2024-06-30")),
])
def test_stated_dates_are_iso_windows(description: str, name: str, window: tuple[str, str]) -> None:
    col = column(description, name)
    assert col["provider"] == "date_between"
    assert (col["args"]["start_date"], col["args"]["end_date"]) == window


def test_a_datetime_window_includes_the_last_day() -> None:
    col = column("sensor log: reading timestamp during June 2024, temperature", "reading_timestamp")
    assert col["provider"] == "date_time_between"
    assert col["args"] == {"start_date": "2024-06-01", "end_date": "2024-06-30T23:59:59"}
