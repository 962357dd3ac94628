"""Planning cannot starve the app or cost refused requests: planner calls run on their own MAX_CONCURRENT_PLANS
threads (never the shared threadpool /health, the UI and schema-only generation use), excess ones get 503
planner_busy at once, no caller waits past PLANNER_TIMEOUT, and capacity is checked before the planner is called
(API and UI)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import anyio.to_thread
import pytest
from fastapi.testclient import TestClient

from synthgen.errors import PlannerBusy, PlannerTimeout
from synthgen.planners.base import PlanMeta, PlanResult
from synthgen.schema import parse_schema
from synthgen.web import ui_logic
from synthgen.web.app import create_app
from synthgen.web.gate import Busy
from synthgen.web.planning import Planning

from .conftest import PEOPLE, demo_settings
from .test_api import GENERATE, assert_error

SCHEMA = "/api/v1/schema"
LIVE = 30.0  # seconds a request that must not be blocked gets before the test calls it blocked (held ones wait 60)


class HeldPlanner:
    """Plans only when released; counts its calls and says when each one has started."""

    name = "held"
    model = "held-1"

    def __init__(self) -> None:
        self.release = threading.Event()
        self.started = threading.Semaphore(0)
        self.calls = 0
        self._lock = threading.Lock()

    def plan(self, description: str, *, locale: str | None = None) -> PlanResult:
        with self._lock:
            self.calls += 1
        self.started.release()
        self.release.wait(60)
        return PlanResult(parse_schema(PEOPLE), PlanMeta(planner=self.name, model=self.model))


def in_thread(fn: Callable[[], Any]) -> tuple[threading.Thread, list[Any]]:
    out: list[Any] = []
    thread = threading.Thread(target=lambda: out.append(fn()), daemon=True)
    thread.start()
    return thread, out


def answered(fn: Callable[[], Any]) -> Any:
    """fn()'s result, or a failure if it does not answer in LIVE seconds (it is stuck behind the planners)."""
    thread, out = in_thread(fn)
    thread.join(LIVE)
    assert out, "the request was blocked while planner calls were held"
    return out[0]


def shrink_threadpool(client: TestClient, tokens: int) -> None:
    """anyio's shared threadpool (sync routes, streaming) down to `tokens` threads, so holding it would show."""
    def shrink() -> None:
        anyio.to_thread.current_default_thread_limiter().total_tokens = tokens

    client.portal.call(shrink)


def test_held_planner_calls_leave_health_and_schema_generation_free(tmp_path) -> None:
    planner = HeldPlanner()
    settings = demo_settings(tmp_path, max_concurrent_plans=2, max_concurrent_jobs=4)
    with TestClient(create_app(settings, planner=planner, ui=False)) as client:
        shrink_threadpool(client, 2)  # as many threads as planner calls held: sync planning would fill them all
        held = [in_thread(lambda: client.post(SCHEMA, json={"description": "people"})),
                in_thread(lambda: client.post(GENERATE, json={"description": "people", "rows": 4, "seed": 1}))]
        try:
            for _ in held:
                assert planner.started.acquire(timeout=30)
            assert client.app.state.services.planning.active == 2
            assert answered(lambda: client.get("/health")).json()["status"] == "ok"
            made = answered(lambda: client.post(GENERATE, json={"schema": PEOPLE, "rows": 5, "seed": 1,
                                                                "format": "jsonl"}))
            assert made.status_code == 200 and len(made.text.splitlines()) == 5
            assert answered(lambda: client.get("/api/v1/providers")).status_code == 200
            for _ in range(3):  # more planning than slots: refused after a short wait, not queued behind them
                busy = answered(lambda: client.post(SCHEMA, json={"description": "more people"}))
                assert_error(busy, 503, "planner_busy", "MAX_CONCURRENT_PLANS")
                assert int(busy.headers["retry-after"]) > 0
            assert planner.calls == 2
            metrics = client.get("/metrics").text
            for line in ("synthgen_plans_active 2", "synthgen_plans_limit 2", "synthgen_planner_busy_total 3"):
                assert f"\n{line}" in metrics or f"\n{line}.0" in metrics, line
        finally:
            planner.release.set()
        for thread, out in held:
            thread.join(30)
        schema, generated = held[0][1][0], held[1][1][0]
        assert schema.status_code == 200 and schema.json()["schema"]["name"] == "people"
        assert generated.status_code == 200 and generated.headers["x-synthgen-planner"] == "held"
        assert client.app.state.services.planning.active == 0


class StuckPlanner(HeldPlanner):
    """Ignores its own time budget (as a call stuck reading an upstream's dripped headers would)."""


def test_a_planner_stuck_past_the_timeout_is_a_504_and_keeps_its_slot_until_it_ends(tmp_path) -> None:
    planner = StuckPlanner()
    settings = demo_settings(tmp_path, max_concurrent_plans=1, planner_timeout=0.5)
    with TestClient(create_app(settings, planner=planner, ui=False)) as client:
        planning = client.app.state.services.planning
        try:
            late = client.post(SCHEMA, json={"description": "people"})
            assert_error(late, 504, "planner_timeout", "within 0.5 s (PLANNER_TIMEOUT)")
            assert int(late.headers["retry-after"]) > 0
            assert planning.active == 1 and planning.late == 1  # still running: it still counts
            assert_error(client.post(SCHEMA, json={"description": "people"}), 503, "planner_busy")
            assert planner.calls == 1
        finally:
            planner.release.set()
        for _ in range(600):  # the stuck call ends on its own and gives its slot back
            if planning.active == 0:
                break
            threading.Event().wait(0.05)
        assert planning.active == 0
        assert client.post(SCHEMA, json={"description": "people"}).status_code == 200


# ---- capacity before the planner (item 8) ----------------------------------------------------------------------

def test_a_request_refused_as_busy_never_calls_the_planner(tmp_path) -> None:
    planner = HeldPlanner()
    planner.release.set()
    settings = demo_settings(tmp_path, max_concurrent_jobs=1, small_jobs=1, slot_wait=0)
    with TestClient(create_app(settings, planner=planner, ui=False)) as client:
        gate = client.app.state.services.gate
        held = gate.enter(rows=5)  # another small file is being made: this request's lane is full
        try:
            assert_error(client.post(GENERATE, json={"description": "people", "rows": 5}), 503, "busy")
            assert planner.calls == 0 and gate.active == 1
        finally:
            held.release()
        served = client.post(GENERATE, json={"description": "people", "rows": 5})
        assert served.status_code == 200 and planner.calls == 1
        assert gate.active == 0  # the slot came back with the end of the file


def test_too_many_rows_never_calls_the_planner_nor_takes_a_slot(tmp_path) -> None:
    planner = HeldPlanner()
    settings = demo_settings(tmp_path, max_rows=100)
    with TestClient(create_app(settings, planner=planner, ui=False)) as client:
        assert_error(client.post(GENERATE, json={"description": "people", "rows": 101}), 413, "limit_exceeded",
                     "100")
        assert planner.calls == 0 and client.app.state.services.gate.active == 0


def test_a_failed_plan_gives_the_generation_slot_back(tmp_path) -> None:
    class Failing(HeldPlanner):
        def plan(self, description: str, *, locale: str | None = None) -> PlanResult:
            raise PlannerTimeout("the LLM did not answer within 20 s (PLANNER_TIMEOUT)")

    settings = demo_settings(tmp_path, max_concurrent_jobs=1)
    with TestClient(create_app(settings, planner=Failing(), ui=False)) as client:
        assert_error(client.post(GENERATE, json={"description": "people", "rows": 5}), 504, "planner_timeout")
        services = client.app.state.services
        assert services.gate.active == 0 and services.planning.active == 0
        assert client.post(GENERATE, json={"schema": PEOPLE, "rows": 5}).status_code == 200


def test_the_ui_takes_its_slot_before_planning(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ui_logic, "WAIT_FOR_SLOT", 0.2)
    planner = HeldPlanner()
    planner.release.set()
    settings = demo_settings(tmp_path, max_concurrent_jobs=1, small_jobs=1)
    with TestClient(create_app(settings, planner=planner, ui=False)) as client:
        services = client.app.state.services
        actions = ui_logic.Actions(services)
        held = services.gate.enter(rows=5)
        try:
            with pytest.raises(Busy):
                actions.generate("people", 5, "csv", 1)
            assert planner.calls == 0
            assert "busy making other files" in ui_logic.friendly(Busy(1))
        finally:
            held.release()
        result = actions.generate("people", 5, "csv", 1)
        assert result.written.rows == 5 and planner.calls == 1 and services.gate.active == 0


# ---- the planning slots themselves ------------------------------------------------------------------------------

def test_planning_slots_from_a_worker_thread_refuse_and_free() -> None:
    planning = Planning(1, timeout=5, wait=0.05)
    release = threading.Event()
    started = threading.Event()

    def held() -> str:
        started.set()
        release.wait(30)
        return "planned"

    thread, out = in_thread(lambda: planning.call(held))
    assert started.wait(30)
    with pytest.raises(PlannerBusy) as info:
        planning.call(lambda: "never")
    assert info.value.code == "planner_busy" and info.value.retry_after > 0 and planning.refused == 1
    release.set()
    thread.join(30)
    assert out == ["planned"] and planning.active == 0
    assert planning.call(lambda: "again") == "again"


def test_a_planner_error_reaches_the_caller_and_frees_the_slot() -> None:
    planning = Planning(1, timeout=5)

    def failing() -> None:
        raise PlannerTimeout("no schema in time")

    with pytest.raises(PlannerTimeout, match="no schema in time"):
        planning.call(failing)
    assert planning.active == 0 and planning.late == 0
    assert planning.call(lambda: 1) == 1


def test_the_ui_says_planner_busy_plainly() -> None:
    text = ui_logic.friendly(PlannerBusy("every planning slot is taken", retry_after=5))
    assert "reading as many descriptions as it can" in text and "5 seconds" in text
