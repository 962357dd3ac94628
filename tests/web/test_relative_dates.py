"""Relative dates ('today', '-1h', 'now') follow the clock from request to request in one long-running app."""

from __future__ import annotations

import datetime as dt

from fastapi.testclient import TestClient

from synthgen import clock
from synthgen.web.app import create_app

from .conftest import demo_settings

SCHEMA = {"name": "visits", "columns": [
    {"name": "day", "provider": "date_between", "args": {"start_date": "today", "end_date": "today"}},
    {"name": "recent", "provider": "past_date", "args": {"start_date": "-3d"}},
    {"name": "at", "provider": "date_time_between", "args": {"start_date": "-1h", "end_date": "now"}},
    {"name": "fixed", "provider": "date_between", "args": {"start_date": "2024-01-01", "end_date": "2024-01-31"}},
]}


def test_today_moves_with_the_clock_between_requests_on_one_app(tmp_path, monkeypatch) -> None:
    frozen = [dt.datetime.now(dt.UTC).replace(microsecond=0)]
    monkeypatch.setattr(clock, "now", lambda: frozen[0])

    def rows() -> list[dict]:
        response = client.post("/api/v1/generate", json={"schema": SCHEMA, "rows": 300, "format": "json",
                                                        "seed": 3})
        assert response.status_code == 200, response.text
        return response.json()

    with TestClient(create_app(demo_settings(tmp_path))) as client:
        first = rows()
        frozen[0] += dt.timedelta(days=1)  # the next day, the same process, the same compiled schema
        second = rows()
    for made, moment in ((first, frozen[0] - dt.timedelta(days=1)), (second, frozen[0])):
        today = moment.astimezone().date()
        assert {r["day"][:10] for r in made} == {today.isoformat()}
        recent = {dt.date.fromisoformat(r["recent"][:10]) for r in made}
        assert min(recent) >= today - dt.timedelta(days=3) and max(recent) == today - dt.timedelta(days=1)
        wall = moment.astimezone().replace(tzinfo=None)
        stamps = [dt.datetime.fromisoformat(r["at"]).replace(tzinfo=None) for r in made]
        assert wall - dt.timedelta(hours=1) <= min(stamps) and max(stamps) <= wall
    assert [r["fixed"] for r in first] == [r["fixed"] for r in second]  # ISO dates do not move
