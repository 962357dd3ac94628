"""Planner calls on their own few threads: a slow LLM holds at most MAX_CONCURRENT_PLANS of them, never the shared
threadpool that /health, the UI and schema-only generation run on, and no caller waits past PLANNER_TIMEOUT.

Each call takes a planning slot (a short wait, then PlannerBusy: 503 with Retry-After) and runs on a thread of its
own (a thread costs far less than the LLM call it waits on). The slot is given back when the call really ends,
so a call its caller stopped waiting for still counts: a hung upstream cannot pile up threads. The caller waits at most
PLANNER_TIMEOUT plus GRACE (3 s), then gets PlannerTimeout (504) even if the planner is stuck somewhere its own
budget cannot reach (an upstream dripping its headers byte by byte).
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextvars
import threading
import time
from collections.abc import Callable
from typing import Any, TypeVar

from ..config import default
from ..errors import PlannerBusy, PlannerTimeout

T = TypeVar("T")

WAIT = 1.0  # seconds an API request waits for a planning slot before 503 planner_busy
POLL = 0.05  # seconds between looks for a free slot while an API request waits (the event loop must not block)
GRACE = 3.0  # seconds past PLANNER_TIMEOUT before a caller stops waiting (the SDK's first import takes ~2 s)
RETRY_AFTER = 5  # seconds suggested to a request refused as planner busy


class Planning:
    """The planning slots; each call runs on a thread of its own, made when it starts."""

    def __init__(self, limit: int = default("max_concurrent_plans"), timeout: float = default("planner_timeout"),
                 *, wait: float = WAIT) -> None:
        self.limit = limit
        self.timeout = timeout
        self.wait = wait
        self.active = 0  # planner calls running now (including ones their caller gave up on)
        self.refused = 0
        self.late = 0  # calls whose caller stopped waiting at PLANNER_TIMEOUT + GRACE
        self._slots = threading.BoundedSemaphore(limit)
        self._lock = threading.Lock()
        self._pool: concurrent.futures.ThreadPoolExecutor | None = None

    def gauges(self) -> list[tuple[str, str, str, tuple[tuple[str, str], ...], float]]:
        """The slots as /metrics samples (name, type, help, labels, value)."""
        return [
            ("synthgen_plans_active", "gauge", "Planner calls running now (including ones past PLANNER_TIMEOUT)", (),
             float(self.active)),
            ("synthgen_plans_limit", "gauge", "Planner calls that may run at once (MAX_CONCURRENT_PLANS)", (),
             float(self.limit)),
            ("synthgen_planner_busy_total", "counter", "Requests refused because every planning slot was taken",
             (), float(self.refused)),
            ("synthgen_planner_late_total", "counter",
             "Planner calls still running when their caller stopped waiting (PLANNER_TIMEOUT + 3 s)", (),
             float(self.late)),
        ]

    def _refuse(self) -> PlannerBusy:
        with self._lock:
            self.refused += 1
        return PlannerBusy(f"the server is already planning {self.limit} descriptions (MAX_CONCURRENT_PLANS); "
                           f"try again in {RETRY_AFTER} s", retry_after=RETRY_AFTER)

    def _late(self) -> PlannerTimeout:
        with self._lock:
            self.late += 1
        return PlannerTimeout(f"the planner did not produce a schema within {self.timeout:g} s (PLANNER_TIMEOUT); "
                              "try again or a shorter description")

    def _start(self, fn: Callable[..., T], args: tuple[Any, ...]) -> concurrent.futures.Future[T]:
        """Run fn(*args) on a new planning thread (a daemon: a hung upstream cannot stop the process from exiting),
        in the caller's context (its request id); the caller holds a slot, which the call gives back as it ends."""
        future: concurrent.futures.Future[T] = concurrent.futures.Future()
        context = contextvars.copy_context()

        def work() -> None:
            try:
                result = context.run(fn, *args)
            except BaseException as exc:  # noqa: BLE001 - handed to the caller
                self._release()
                future.set_exception(exc)
            else:
                self._release()
                future.set_result(result)

        with self._lock:
            self.active += 1
        try:
            threading.Thread(target=work, name="synthgen-plan", daemon=True).start()
        except BaseException:
            self._release()
            raise
        return future

    def _release(self) -> None:
        with self._lock:
            self.active -= 1
        self._slots.release()

    async def run(self, fn: Callable[..., T], *args: Any) -> T:
        """fn(*args) on a planning thread, awaited without blocking the event loop (API routes)."""
        deadline = time.monotonic() + self.wait
        while not self._slots.acquire(blocking=False):
            if time.monotonic() >= deadline:
                raise self._refuse()
            await asyncio.sleep(POLL)
        future = asyncio.wrap_future(self._start(fn, args))
        try:
            # shield: a caller that stops waiting (timeout, client gone) must not cancel the call under its slot
            return await asyncio.wait_for(asyncio.shield(future), self.timeout + GRACE)
        except TimeoutError:
            if future.done():
                raise  # the planner's own TimeoutError, not ours
            raise self._late() from None

    def call(self, fn: Callable[..., T], *args: Any, wait: float | None = None) -> T:
        """fn(*args) on a planning thread, waited for from a worker thread (the UI's handlers)."""
        if not self._slots.acquire(timeout=self.wait if wait is None else wait):
            raise self._refuse()
        future = self._start(fn, args)
        try:
            return future.result(timeout=self.timeout + GRACE)
        except concurrent.futures.TimeoutError:
            if future.done():
                raise
            raise self._late() from None
