"""Per-client rate limiting: who the client is (rightmost X-Forwarded-For, else the peer) and a token bucket each.

The client is the address the platform's router appended to X-Forwarded-For (the rightmost entry): every entry to
its left came from the client and can be forged. uvicorn's --proxy-headers rewrites request.client from the
*leftmost* entry when it trusts every proxy (--forwarded-allow-ips "*", as on Heroku), so the identity is always
read from the raw header here, never from request.client when the header is present.
"""

from __future__ import annotations

import math
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Iterable

from starlette.types import ASGIApp, Receive, Scope, Send

from .asgi_errors import send_error

MAX_CLIENTS = 10_000  # buckets kept; the least recently seen go first (a full bucket is the same as none)
_MAX_IDENTITY = 64


def client_identity(headers: Iterable[tuple[bytes, bytes]], peer: str | None) -> str:
    """The rightmost X-Forwarded-For address (several headers count as one list), else the socket peer."""
    entries: list[str] = []
    for name, value in headers:
        if name.lower() == b"x-forwarded-for":
            entries += [part.strip() for part in value.decode("latin-1").split(",")]
    entries = [e for e in entries if e]
    if entries:
        return entries[-1][:_MAX_IDENTITY]
    return (peer or "unknown")[:_MAX_IDENTITY]


class RateLimiter:
    """A token bucket per client: `per_minute` tokens refill evenly over a minute, holding at most `per_minute`."""

    def __init__(self, per_minute: int, *, clock: Callable[[], float] = time.monotonic,
                 max_clients: int = MAX_CLIENTS) -> None:
        self.per_minute = per_minute
        self.capacity = float(per_minute)
        self.rate = per_minute / 60.0  # tokens per second
        self._clock = clock
        self._max_clients = max_clients
        self._buckets: OrderedDict[str, tuple[float, float]] = OrderedDict()  # client -> (tokens, updated)
        self._lock = threading.Lock()
        self.refused = 0

    @property
    def enabled(self) -> bool:
        return self.per_minute > 0

    def take(self, client: str) -> int:
        """Spend one token of `client`: 0 when allowed, else the whole seconds until a token is back."""
        if not self.enabled:
            return 0
        now = self._clock()
        with self._lock:
            tokens, updated = self._buckets.pop(client, (self.capacity, now))
            tokens = min(self.capacity, tokens + (now - updated) * self.rate)
            if tokens >= 1:
                self._buckets[client] = (tokens - 1, now)
                wait = 0
            else:
                self._buckets[client] = (tokens, now)
                self.refused += 1
                wait = max(1, math.ceil((1 - tokens) / self.rate))
            while len(self._buckets) > self._max_clients:
                self._buckets.popitem(last=False)
        return wait

    def __len__(self) -> int:
        return len(self._buckets)


class RateLimited(Exception):
    def __init__(self, retry_after: int, per_minute: int) -> None:
        super().__init__(f"too many requests from this client (the limit is {per_minute} a minute); "
                         f"try again in {retry_after} s")
        self.detail = str(self)
        self.retry_after = retry_after


class RateLimit:
    """ASGI middleware: POSTs to `paths` spend a token of the client; none left is a JSON 429 with Retry-After."""

    def __init__(self, app: ASGIApp, *, limiter: RateLimiter, paths: Iterable[str]) -> None:
        self.app = app
        self.limiter = limiter
        self.paths = {p.rstrip("/") for p in paths}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if (scope["type"] != "http" or not self.limiter.enabled or scope.get("method") != "POST"
                or scope.get("path", "").rstrip("/") not in self.paths):
            await self.app(scope, receive, send)
            return
        peer = scope.get("client")
        wait = self.limiter.take(client_identity(scope.get("headers") or [], peer[0] if peer else None))
        if not wait:
            await self.app(scope, receive, send)
            return
        error = RateLimited(wait, self.limiter.per_minute)
        await send_error(send, 429, "rate_limited", error.detail, [(b"retry-after", str(wait).encode())])
