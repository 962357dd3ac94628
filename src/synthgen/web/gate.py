"""A cap on how many files the app makes at once (API streams and UI downloads share it), to bound memory.

MAX_CONCURRENT_JOBS sets the cap (default 2). Measured with bench/memory_bench.py (the Procfile's command, loaded
2-core machine): idle about 210 MB; a 1,000,000-row 13-column file of any format peaks at 310-370 MB alone and
380-440 MB two at once; ~1 GB of 5,000-character texts peaks near 480 MB alone, 550-560 MB two at once. A request
beyond the cap gets a 503 with Retry-After (API) or waits its turn (UI), instead of the dyno running out of memory.
When the last job leaves, `on_idle` runs (the app trims the heap there: synthgen.web.memory.release).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator
from typing import Any

import anyio
from starlette.requests import ClientDisconnect
from starlette.responses import StreamingResponse
from starlette.types import Receive, Scope, Send

log = logging.getLogger("synthgen.web")

MAX_JOBS = 2
RETRY_AFTER = 5  # seconds


class Busy(Exception):
    """Every slot is taken."""

    def __init__(self, limit: int, retry_after: int = RETRY_AFTER) -> None:
        super().__init__(f"the server is already making {limit} files; try again in a few seconds")
        self.detail = str(self)
        self.retry_after = retry_after


class Gate:
    """Slots for jobs; `on_idle` runs when the last running job gives its slot back (the app hands the memory
    the jobs freed back to the system there)."""

    def __init__(self, limit: int = MAX_JOBS, on_idle: Callable[[], object] | None = None) -> None:
        self.limit = limit
        self.on_idle = on_idle
        self._slots = threading.BoundedSemaphore(limit)
        self._lock = threading.Lock()
        self.active = 0
        self.refused = 0

    def enter(self, timeout: float = 0) -> None:
        """Take a slot, waiting up to `timeout` seconds; raise Busy if none frees up."""
        taken = self._slots.acquire(timeout=timeout) if timeout > 0 else self._slots.acquire(blocking=False)
        if not taken:
            with self._lock:
                self.refused += 1
            raise Busy(self.limit)
        with self._lock:
            self.active += 1

    def leave(self) -> None:
        with self._lock:
            self.active -= 1
            idle = self.active == 0
        self._slots.release()
        if idle and self.on_idle is not None:
            try:
                self.on_idle()
            except Exception:  # noqa: BLE001 - housekeeping must never fail a request
                log.warning("on_idle failed", exc_info=True)


class GatedStreamingResponse(StreamingResponse):
    """A StreamingResponse that gives its slot back however the stream ends: done, failed or the client left.

    When the client leaves, the stream is closed (which stops the engine's worker threads) before the slot is
    given back, so a freed slot means the generation has really stopped. The close runs in a worker thread,
    shielded from cancellation, because it waits for the block being made to finish.
    """

    def __init__(self, content: Iterator[bytes], *, gate: Gate, **kwargs: Any) -> None:
        super().__init__(content, **kwargs)
        self._source = content
        self._gate = gate

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        try:
            await super().__call__(scope, receive, send)
        except ClientDisconnect:
            log.info("the client left before the end of the file; generation stopped")
        finally:
            with anyio.CancelScope(shield=True):
                await anyio.to_thread.run_sync(_close, self._source)
            self._gate.leave()


def _close(source: Any) -> None:
    close = getattr(source, "close", None)
    if callable(close):
        try:
            close()
        except Exception:  # noqa: BLE001 - the stream is being abandoned anyway
            log.warning("could not close a stream", exc_info=True)
