"""The one way an ASGI middleware answers with an error: the API's JSON {"error", "detail"}, sent before the app."""

from __future__ import annotations

import json
from collections.abc import Iterable

from starlette.types import Send


async def send_error(send: Send, status: int, code: str, detail: str,
                     headers: Iterable[tuple[bytes, bytes]] = ()) -> None:
    """Send a whole JSON error response: {"error": code, "detail": detail}, with Content-Type, Content-Length
    and any extra `headers` (Retry-After, WWW-Authenticate, Connection: close)."""
    body = json.dumps({"error": code, "detail": detail}).encode()
    await send({"type": "http.response.start", "status": status, "headers": [
        (b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()), *headers]})
    await send({"type": "http.response.body", "body": body})
