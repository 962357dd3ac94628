"""The outermost middleware: a request id per request (X-Request-ID), one access log line, request metrics."""

from __future__ import annotations

import logging
import re
import time
import uuid
from collections.abc import Callable

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from . import logs
from .metrics import Metrics
from .ratelimit import client_identity

log = logging.getLogger("synthgen.web.access")

_GOOD_ID = re.compile(r"\A[A-Za-z0-9._\-]{8,64}\Z")  # a caller's own id is kept only when it is this tame

METHODS = frozenset({"GET", "POST", "HEAD", "OPTIONS", "PUT", "DELETE", "PATCH"})


def method_label(method: str) -> str:
    """The method as a metric label: a standard one, else 'other' (a client may send any token as a method)."""
    return method if method in METHODS else "other"


def status_label(status: int) -> str:
    """The status as a metric label: the code for the ones this app answers with, else its class ('4xx')."""
    if status in _STATUSES:
        return str(status)
    return f"{status // 100}xx" if 100 <= status <= 599 else "other"


_STATUSES = frozenset({0, 200, 204, 206, 301, 302, 304, 307, 308, 400, 401, 403, 404, 405, 409, 413, 415, 422, 429,
                       500, 502, 503, 504})  # 0: the client left before a response started


class Observe:
    """ASGI middleware. `route_of(path)` maps a path to a low-cardinality route label for the metrics."""

    def __init__(self, app: ASGIApp, *, metrics: Metrics, route_of: Callable[[str], str]) -> None:
        self.app = app
        self.metrics = metrics
        self.route_of = route_of

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        given = next((v.decode("latin-1") for k, v in scope.get("headers") or [] if k == b"x-request-id"), "")
        rid = given if _GOOD_ID.match(given) else uuid.uuid4().hex
        token = logs.request_id.set(rid)
        start = time.perf_counter()
        status = 0
        finished = False

        async def watch(message: Message) -> None:
            nonlocal status, finished
            if message["type"] == "http.response.start":
                status = message["status"]
                message.setdefault("headers", [])
                message["headers"] = [*message["headers"], (b"x-request-id", rid.encode())]
            elif message["type"] == "http.response.body" and not message.get("more_body", False):
                finished = True
            await send(message)

        try:
            await self.app(scope, receive, watch)
        except BaseException:
            if status == 0:
                status = 500
            raise
        finally:
            elapsed = time.perf_counter() - start
            path = scope.get("path", "")
            route = self.route_of(path)
            method = scope.get("method", "")
            self.metrics.inc("synthgen_http_requests_total", route=route, method=method_label(method),
                             status=status_label(status))
            self.metrics.observe(elapsed, route=route)
            if status and not finished:
                self.metrics.inc("synthgen_http_client_disconnects_total", route=route)
            peer = scope.get("client")
            quiet = route == "/gradio" and 0 < status < 400  # the UI's assets and heartbeats: DEBUG only
            log.log(logging.DEBUG if quiet else logging.INFO, "%s %s %s", method, path, status, extra={
                "request_id": rid, "method": method, "path": path, "route": route, "status": status,
                "duration_ms": round(elapsed * 1000, 1), "complete": finished,
                "client": client_identity(scope.get("headers") or [], peer[0] if peer else None)})
            logs.request_id.reset(token)
