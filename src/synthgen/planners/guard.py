"""Every LLM reply is read under the planning call's whole deadline and a size cap, whatever the SDK does.

The SDKs' timeout is per socket read: a server that drips a byte every 2 s never trips it, and nothing caps how
much a reply may hold. `install(http_client)` adds two httpx event hooks to the client the SDK sends through:
requests ask for an uncompressed reply (so the bytes counted are the bytes kept; a compressed reply is refused,
since 1 MB of gzip can inflate to a gigabyte), and every reply body is read through GuardedStream, which stops
at MAX_REPLY_BYTES and when the planning call's Budget (set with `within(budget)`) has run out, raising
ReplyCut. The LLM planner turns ReplyCut into PlannerTimeout or PlannerError.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any, Protocol

import httpx2

MAX_REPLY_BYTES = 1_000_000  # a schema of 200 columns in the wire format is about 60 kB; a reply over 1 MB is wrong


class _Deadline(Protocol):
    def expired(self) -> bool: ...


class ReplyCut(Exception):
    """Reading a reply was stopped. kind: 'deadline' (the planning budget ran out mid-reply), 'too_large' or
    'compressed'."""

    def __init__(self, kind: str, detail: str) -> None:
        super().__init__(detail)
        self.kind = kind
        self.detail = detail


def cut_in(exc: BaseException) -> ReplyCut | None:
    """The ReplyCut that `exc` is or wraps (the anthropic SDK re-raises it as an APIConnectionError), if any."""
    seen: BaseException | None = exc
    for _ in range(5):
        if seen is None or isinstance(seen, ReplyCut):
            return seen
        seen = seen.__cause__ or seen.__context__
    return None


_budget: ContextVar[_Deadline | None] = ContextVar("synthgen_planner_budget", default=None)


@contextmanager
def within(budget: _Deadline) -> Iterator[None]:
    """Read every reply in this block (this thread/context) under `budget`."""
    token = _budget.set(budget)
    try:
        yield
    finally:
        _budget.reset(token)


class GuardedStream(httpx2.SyncByteStream):
    """A reply body that stops at `max_bytes` and when `budget` has expired, checked on every chunk."""

    def __init__(self, inner: Any, budget: _Deadline | None, max_bytes: int) -> None:
        self._inner = inner
        self._budget = budget
        self._max = max_bytes
        self.read = 0  # bytes taken from the server so far

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self._inner:
            self.read += len(chunk)
            if self.read > self._max:
                raise ReplyCut("too_large", f"the reply is over {self._max:,} bytes")
            if self._budget is not None and self._budget.expired():
                raise ReplyCut("deadline", "the reply was still arriving when the time budget ran out")
            yield chunk

    def close(self) -> None:
        close = getattr(self._inner, "close", None)
        if callable(close):
            close()


def _ask_identity(request: httpx2.Request) -> None:
    request.headers["Accept-Encoding"] = "identity"


def install(http_client: httpx2.Client, *, max_bytes: int = MAX_REPLY_BYTES) -> httpx2.Client:
    """Add the guard's hooks to `http_client` (once; a client given twice keeps one pair) and return it."""
    hooks = http_client.event_hooks
    if any(getattr(hook, "synthgen_guard", False) for hook in hooks["response"]):
        return http_client

    def guard(response: httpx2.Response) -> None:
        encoding = response.headers.get("content-encoding", "identity").strip().lower()
        if encoding not in ("", "identity"):
            raise ReplyCut("compressed", f"the reply is compressed ({encoding[:20]}) although we asked for none")
        length = response.headers.get("content-length", "")
        if length.isdigit() and int(length) > max_bytes:
            raise ReplyCut("too_large", f"the reply announces {int(length):,} bytes; the limit is {max_bytes:,}")
        response.stream = GuardedStream(response.stream, _budget.get(), max_bytes)

    guard.synthgen_guard = True  # type: ignore[attr-defined]
    http_client.event_hooks = {"request": [*hooks["request"], _ask_identity], "response": [*hooks["response"], guard]}
    return http_client
