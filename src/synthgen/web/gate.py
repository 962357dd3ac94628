"""Caps on how many files the app makes at once (API streams and UI downloads share them), to bound memory.

Measured with bench/memory_bench.py (the Procfile's command, loaded 2-core machine): idle about 210 MB; a
1,000,000-row 13-column file of any format peaks at 310-370 MB alone and 380-440 MB two at once; ~1 GB of
5,000-character texts peaks at 349-363 MB (it takes the whole large lane, below). When the last job leaves
after a large one ran, or TRIM_AFTER_SMALL small ones, or IDLE_DELAY seconds after the last of fewer small ones
(touching all 110 locales with small requests had left the heap untrimmed), `on_idle` runs (the app trims the
heap there: synthgen.web.memory.release).

Two lanes, so a small request is never refused because big ones are running:
- the large lane, MAX_CONCURRENT_JOBS slots (default 2): measured with the memory tuning of synthgen.web.app, idle
  about 190 MB, one 1,000,000-row CSV download peaks near 290 MB, two at once near 350 MB. A file of wide rows
  (over WIDE_ROW_BYTES, 2,048 estimated bytes a row: its blocks are a few thousand rows of big strings, which
  weigh more in every exporter than the same bytes in short values) takes every slot of the lane: it waits until
  the lane is empty, and while it runs any other large request waits or gets the 503 with Retry-After like any
  busy request (two such files at once had peaked at 436-457 MB, over the 450 MB target);
- the small lane, for requests of at most SMALL_ROWS rows (10,000) and about SMALL_BYTES (4 MB) of output: up to
  SMALL_JOBS (32) at once, and together at most SMALL_BUDGET (16 MB) of estimated output. Measured in one process
  (bench figures in the commit): 32 files of 100 rows add about 4 MB; a 4 MB file about 14 MB while it is made,
  so the budget holds the small lane near 60 MB at worst, and 450 MB is not reached with both large slots busy.
A request whose lane is full waits its turn (first come, first served) up to SLOT_WAIT seconds behind at most
QUEUE others, then gets a 503 with Retry-After (API); the UI waits longer (Gradio's queue bounds how many wait
there). Waiting API requests hold a worker thread, hence the short queue. A stream whose client stops reading for
WRITE_TIMEOUT seconds is abandoned and frees its slot.
"""

from __future__ import annotations

import logging
import math
import threading
import time
from collections import deque
from collections.abc import AsyncIterable, AsyncIterator, Callable, Iterator
from typing import Any

import anyio
from starlette.requests import ClientDisconnect
from starlette.responses import StreamingResponse
from starlette.types import Message, Receive, Scope, Send

from ..closing import close_quietly
from ..config import default

log = logging.getLogger("synthgen.web")

SMALL_BYTES = 4_000_000  # estimated output of a small request, at most (10,000 rows of about 400 bytes)
SMALL_BUDGET = 16_000_000  # estimated output of all small requests being made at once, at most
QUEUE = 8  # requests that may wait for a lane, at most
TRIM_AFTER_SMALL = 16  # small jobs after which the next idle moment runs on_idle too
IDLE_DELAY = 2.0  # seconds without a job after which on_idle runs for the small jobs since the last run
WIDE_ROW_BYTES = 2_048  # estimated bytes a row above which a large file takes the whole large lane
RETRY_AFTER = 5  # seconds, large lane
RETRY_AFTER_SMALL = 1  # seconds, small lane: its files take a fraction of a second
SEND_BYTES = 64 * 1024  # a stream sends at most this much at once, so an abandoned one leaves little buffered


class Busy(Exception):
    """Every slot of a lane is taken (and the wait for one ran out, or too many were waiting already)."""

    def __init__(self, limit: int, retry_after: int = RETRY_AFTER, *, lane: str = "large",
                 what: str = "files") -> None:
        super().__init__(f"the server is already making {limit} {what}; try again in a few seconds")
        self.detail = str(self)
        self.retry_after = retry_after
        self.lane = lane


class Lane:
    """`slots` jobs at once, weighing together at most `budget` (estimated bytes); more wait in arrival order,
    at most `queue` of them, each up to its own timeout."""

    def __init__(self, name: str, slots: int, queue: int, retry_after: int, budget: float = math.inf) -> None:
        self.name = name
        self.slots = slots
        self.queue = queue
        self.retry_after = retry_after
        self.budget = budget
        self.active = 0
        self.used = 0.0
        self.refused = 0
        self._cond = threading.Condition()
        self._waiting: deque[object] = deque()

    @property
    def waiting(self) -> int:
        return len(self._waiting)

    def _fits(self, weight: float) -> bool:
        return self.active < self.slots and (self.used + weight <= self.budget or self.active == 0)

    def acquire(self, timeout: float, *, weight: float = 0.0, capped: bool = True) -> bool:
        """Take a slot of `weight`, waiting up to `timeout` seconds behind the earlier waiters. `capped`: refuse at
        once when `queue` others are already waiting (the UI passes False: Gradio's queue bounds its waiters)."""
        with self._cond:
            if not self._waiting and self._fits(weight):
                self._take(weight)
                return True
            if timeout <= 0 or (capped and len(self._waiting) >= self.queue):
                self.refused += 1
                return False
            ticket = object()
            self._waiting.append(ticket)
            deadline = time.monotonic() + timeout
            try:
                while self._waiting[0] is not ticket or not self._fits(weight):
                    left = deadline - time.monotonic()
                    if left <= 0:
                        self.refused += 1
                        return False
                    self._cond.wait(left)
                self._take(weight)
                return True
            finally:
                self._waiting.remove(ticket)
                self._cond.notify_all()  # the next in line may go now (or give up its place)

    def refuses(self, wait: float) -> bool:
        """True (and counted as a refusal) when a request would surely be refused now: every slot (or the budget)
        taken and no room to wait in line."""
        with self._cond:
            taken = self.active >= self.slots or self.used >= self.budget
            refused = taken and (wait <= 0 or len(self._waiting) >= self.queue)
            self.refused += refused
            return refused

    def add(self, weight: float) -> bool:
        """Add `weight` to a slot already held, if it fits now (no waiting)."""
        with self._cond:
            if self._waiting or self.used + weight > self.budget:
                return False
            self.used += weight
            return True

    def _take(self, weight: float) -> None:
        self.active += 1
        self.used += weight

    def release(self, weight: float = 0.0, *, slot: bool = True) -> None:
        """Give back `weight` and (unless `slot` is False: a slot grown lighter) the slot."""
        with self._cond:
            self.active -= slot
            self.used = max(0.0, self.used - weight)
            self._cond.notify_all()


class Slot:
    """A taken slot; release() gives it back (once, however often it is called)."""

    def __init__(self, gate: Gate, lane: Lane, weight: float = 0.0, rows: int | None = None) -> None:
        self.gate = gate
        self.lane = lane
        self.weight = weight
        self.rows = rows
        self._lock = threading.Lock()
        self._held = True

    def resize(self, size: float) -> None:
        """The request's estimated output is `size` bytes (known once its schema is planned; a slot taken before
        reserves a whole SMALL_BYTES). A small-lane slot gives back what it does not need, or, when the file is
        too big for the small lane, moves to the large lane or raises Busy (the caller still releases it). A
        large-lane slot whose file turns out wide takes the rest of the lane if it is free (it does not wait:
        two slots waiting for each other's weight would both run out)."""
        gate = self.gate
        if self.lane is gate.large:
            extra = gate.weight(self.rows, size) - self.weight
            if extra > 0 and self.lane.add(extra):
                with self._lock:
                    self.weight += extra
            return
        if size <= gate.small_bytes:
            with self._lock:
                spare, self.weight = max(0.0, self.weight - size), min(self.weight, size)
            if spare:
                self.lane.release(spare, slot=False)
            return
        large = gate.weight(self.rows, size)
        if not gate.large.acquire(gate.wait, weight=large):
            raise gate.busy(gate.large)
        with self._lock:
            small, weight, self.lane, self.weight = self.lane, self.weight, gate.large, large
        small.release(weight)

    def release(self) -> None:
        with self._lock:
            if not self._held:
                return
            self._held = False
        self.lane.release(self.weight)
        self.gate.released(self.lane)


class Gate:
    def __init__(self, limit: int = default("max_concurrent_jobs"), *, small_limit: int = default("small_jobs"),
                 small_rows: int = default("small_rows"),
                 small_bytes: float = SMALL_BYTES, small_budget: float = SMALL_BUDGET, wait: float = 0.0,
                 queue: int = QUEUE, on_idle: Callable[[], object] | None = None,
                 wide_row_bytes: float = WIDE_ROW_BYTES, idle_delay: float = IDLE_DELAY) -> None:
        # Each large job weighs 1 and a wide one the whole lane: the budget is the lane's slots.
        self.large = Lane("large", limit, queue=min(limit, queue), retry_after=RETRY_AFTER, budget=limit)
        self.small = Lane("small", small_limit, queue=queue, retry_after=RETRY_AFTER_SMALL,
                          budget=small_budget)
        self.small_rows = small_rows
        self.small_bytes = small_bytes
        self.wide_row_bytes = wide_row_bytes
        self.wait = wait
        self.on_idle = on_idle
        self._lock = threading.Lock()
        self._dirty = False  # a large job ended since on_idle last ran
        self._small_since = 0  # small jobs ended since on_idle last ran
        self.idle_delay = idle_delay
        self._timer: threading.Timer | None = None  # runs on_idle once the small jobs have stopped

    @property
    def limit(self) -> int:
        """The large lane's slots (MAX_CONCURRENT_JOBS)."""
        return self.large.slots

    @property
    def active(self) -> int:
        return self.large.active + self.small.active

    @property
    def refused(self) -> int:
        return self.large.refused + self.small.refused

    def lane_for(self, rows: int | None, size: float | None = None) -> Lane:
        """The small lane for at most small_rows rows and (when known) small_bytes of output, else the large."""
        if (self.small.slots > 0 and rows is not None and rows <= self.small_rows
                and (size is None or size <= self.small_bytes)):
            return self.small
        return self.large

    def weight(self, rows: int | None, size: float | None) -> float:
        """A large job's weight: the whole lane when its rows are wide (size / rows over wide_row_bytes), else 1."""
        wide = bool(rows) and rows is not None and size is not None and size / rows > self.wide_row_bytes
        return float(self.large.slots) if wide else 1.0

    def enter(self, rows: int | None = None, size: float | None = None, timeout: float | None = None) -> Slot:
        """Take a slot in the request's lane (no `rows`: the large lane), waiting SLOT_WAIT seconds behind at most
        the lane's queue of others, or `timeout` seconds however many wait; raise Busy if none frees up.
        `size`, the estimated output in bytes, may be unknown yet (before planning): see Slot.resize."""
        lane = self.lane_for(rows, size)
        if lane is self.large:
            weight = self.weight(rows, size)
        else:
            weight = self.small_bytes if size is None else size
        if not lane.acquire(self.wait if timeout is None else timeout, weight=weight, capped=timeout is None):
            raise self.busy(lane)
        return Slot(self, lane, weight, rows)

    def check(self, rows: int | None = None) -> None:
        """Raise Busy (counted as a refusal) when the request's lane would refuse it now; take nothing. For a front
        door to refuse before spending a planner call, then enter() once the schema, and so the size, is known."""
        lane = self.lane_for(rows)
        if lane.refuses(self.wait):
            raise self.busy(lane)

    def busy(self, lane: Lane) -> Busy:
        what = "large files" if lane is self.large else f"small files (up to {self.small_rows:,} rows)"
        return Busy(lane.slots if lane is self.large else lane.active, lane.retry_after, lane=lane.name, what=what)

    def released(self, lane: Lane) -> None:
        """A slot of `lane` was given back: run `on_idle` when no job is left and a large one, or TRIM_AFTER_SMALL
        small ones, ran since the last time (a small file frees little; trimming after each would cost more than
        it gives back, but many of them, in many locales, leave tens of MB of freed heap)."""
        with self._lock:
            self._small_since += lane is not self.large
            self._dirty = self._dirty or lane is self.large or self._small_since >= TRIM_AFTER_SMALL
            idle = self._dirty and self.active == 0
            if idle:
                self._dirty, self._small_since = False, 0
            elif self._small_since and self.active == 0 and self._timer is None and self.on_idle is not None:
                self._timer = threading.Timer(self.idle_delay, self._later)
                self._timer.daemon = True
                self._timer.start()
        if idle:
            self._run_idle()

    def _later(self) -> None:
        """IDLE_DELAY after small jobs: run on_idle if no job runs now (else a later release will)."""
        with self._lock:
            self._timer = None
            idle = self._small_since > 0 and self.active == 0
            if idle:
                self._dirty, self._small_since = False, 0
        if idle:
            self._run_idle()

    def _run_idle(self) -> None:
        if self.on_idle is not None:
            try:
                self.on_idle()
            except Exception:
                log.warning("on_idle failed", exc_info=True)


class Stalled(Exception):
    """The client took no bytes for WRITE_TIMEOUT seconds (not an OSError, which Starlette reads as a disconnect)."""


class GatedStreamingResponse(StreamingResponse):
    """A StreamingResponse that gives its slot back however the stream ends: done, failed, the client left, or
    the client stopped reading for `write_timeout` seconds (a send waits while the socket's buffers are full).

    The stream is closed (which stops the engine's worker threads) before the slot is given back, so a freed slot
    means the generation has really stopped. The close runs in a worker thread, shielded from cancellation, because
    it waits for the block being made to finish. Chunks go out in pieces of at most SEND_BYTES, so a stalled
    connection holds little in the server's buffer once abandoned.
    """

    def __init__(self, content: Iterator[bytes], *, slot: Slot, write_timeout: float = default("write_timeout"),
                 **kwargs: Any) -> None:
        super().__init__(content, **kwargs)
        self._source = content
        self._slot = slot
        self._write_timeout = write_timeout
        self.body_iterator = _pieces(self.body_iterator)

    async def stream_response(self, send: Send) -> None:
        async def timed(message: Message) -> None:
            try:
                with anyio.fail_after(self._write_timeout):
                    await send(message)
            except TimeoutError:
                raise Stalled from None

        await super().stream_response(timed)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        try:
            await super().__call__(scope, receive, send)
        except ClientDisconnect:
            log.info("the client left before the end of the file; generation stopped")
        except Stalled:
            log.warning("the client took no bytes for %s s; the response is abandoned and its generation stopped",
                        self._write_timeout)
        finally:
            with anyio.CancelScope(shield=True):
                await anyio.to_thread.run_sync(close_quietly, self._source, log)
            self._slot.release()


async def _pieces(chunks: AsyncIterable[bytes | memoryview | str]) -> AsyncIterator[bytes | memoryview | str]:
    async for chunk in chunks:
        if isinstance(chunk, str) or len(chunk) <= SEND_BYTES:
            yield chunk
            continue
        view = memoryview(chunk)
        for start in range(0, len(view), SEND_BYTES):
            yield view[start:start + SEND_BYTES]
