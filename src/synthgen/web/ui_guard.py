"""The Gradio routes the UI really uses (an allow-list); every other path under /gradio is a JSON 404.

Gradio mounts many routes SynthGen's page never calls: `process_recording` (echoes any upload back as
video), `file=` and `proxy=` (serve files from its temp folder, fetch URLs), monitoring, streams, vibe editing...
The list below is what the page and its "Use via API" view ask for (recorded from the real page in headless
Chromium, tests/web/test_browser.py) plus the two API calls of our events and Gradio's login when API_KEYS is set.
The one upload the page makes is a schema file ("Load a schema file", at most MAX_BODY_BYTES like any body);
Gradio's routes that serve files back (`file=`) stay closed. The UI's files are served by our own route
(downloads.py), never by Gradio's file routes.
"""

from __future__ import annotations

import re
from urllib.parse import unquote

from starlette.types import ASGIApp, Receive, Scope, Send

from .asgi_errors import send_error

GRADIO_PATH = "/gradio"
EVENTS = "generate|regenerate"  # the api_name of the UI's two events

_ID = r"[A-Za-z0-9_\-]{1,64}"
_GET = re.compile("|".join((
    r"/?",  # the page
    r"/config/?", r"/theme\.css", r"/favicon\.ico", r"/robots\.txt",
    r"/(?:assets|static)/[A-Za-z0-9_\-./]{1,300}",
    r"/gradio_api/info/?",
    rf"/gradio_api/heartbeat/{_ID}",
    r"/gradio_api/queue/data",
    rf"/gradio_api/call/(?:{EVENTS})/{_ID}",
    r"/gradio_api/upload_progress",
    r"/downloads/[0-9a-f]{32}/[^/]{1,300}",
    r"/login_check/?", r"/logout/?",
)))
_POST = re.compile("|".join((
    r"/gradio_api/queue/join/?",
    rf"/gradio_api/call/(?:{EVENTS})/?",
    r"/gradio_api/run/predict/?",  # the examples' loader (not queued); queued events are refused there (api_open)
    r"/gradio_api/upload/?",  # the schema file (at most MAX_BODY_BYTES; read once by ui_schema_file, never served)
    r"/login/?",
)))


def allowed(method: str, rest: str) -> bool:
    """True when `method` on the path below the mount (`rest`, e.g. '/gradio_api/queue/join') is one the UI uses."""
    decoded = unquote(rest)
    if ".." in decoded or "\\" in decoded or "\0" in decoded:
        return False
    if method in ("GET", "HEAD"):
        return _GET.fullmatch(rest) is not None
    if method == "POST":
        return _POST.fullmatch(rest) is not None
    return method == "OPTIONS"  # preflights are CORS's to answer


class UIGuard:
    """ASGI middleware for the UI mounted at `prefix`: allow-listed routes pass, others get a JSON 404; the bare
    prefix redirects to `prefix/` by a relative Location (never built from the Host header)."""

    def __init__(self, app: ASGIApp, *, prefix: str = GRADIO_PATH) -> None:
        self.app = app
        self.prefix = prefix.rstrip("/")

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path = scope.get("path", "") if scope["type"] in ("http", "websocket") else ""
        if path == self.prefix and scope["type"] == "http":
            query = scope.get("query_string", b"")
            location = (self.prefix + "/").encode() + (b"?" + query if query else b"")
            await _send(send, 307, b"", [(b"location", location), (b"content-length", b"0")])
            return
        if path.startswith(self.prefix + "/") and (
                scope["type"] != "http" or not allowed(scope.get("method", "GET"), path[len(self.prefix):])):
            if scope["type"] == "websocket":
                await send({"type": "websocket.close", "code": 1008})
                return
            await send_error(send, 404, "not_found", "no such page")
            return
        await self.app(scope, receive, send)


async def _send(send: Send, status: int, body: bytes, headers: list[tuple[bytes, bytes]]) -> None:
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})
