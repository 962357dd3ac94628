"""An ASGI middleware that bounds request bodies in size (MAX_BODY_BYTES, a JSON 413) and in time (BODY_TIMEOUT,
a JSON 408): the body is read here, before the app sees it, then replayed.

A declared Content-Length over the limit is refused before a byte is read; a body without one (chunked) is refused
the moment it passes the limit. A client that sends its headers and then dribbles the body (slowloris) is cut off
when the whole body has not arrived `timeout` seconds after the request began: uvicorn bounds only the time
between requests (--timeout-keep-alive), not the time to receive one.
"""

from __future__ import annotations

import anyio
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ..config import default
from ..units import exact_size
from .asgi_errors import send_error


class _TooLarge(Exception):
    pass


class BodyLimit:
    def __init__(self, app: ASGIApp, *, limit: int = default("max_body_bytes"), prefix: str = "/",
                 timeout: float = default("body_timeout")) -> None:
        self.app = app
        self.limit = limit
        self.prefix = prefix
        self.timeout = timeout

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not scope.get("path", "").startswith(self.prefix):
            await self.app(scope, receive, send)
            return
        length = dict(scope.get("headers") or []).get(b"content-length")
        if length is not None and length.isdigit() and int(length) > self.limit:
            await self._refuse(send)
            return
        chunks: list[bytes] = []
        ended = False  # the client left while sending: let the app see the disconnect
        try:
            with anyio.fail_after(self.timeout):
                size = 0
                while True:
                    message = await receive()
                    if message["type"] != "http.request":
                        ended = True
                        break
                    chunk = message.get("body", b"")
                    size += len(chunk)
                    if size > self.limit:
                        raise _TooLarge
                    chunks.append(chunk)
                    if not message.get("more_body", False):
                        break
        except _TooLarge:
            await self._refuse(send)
            return
        except TimeoutError:
            await self._timed_out(send)
            return
        body = b"".join(chunks)
        replayed = ended

        async def replay() -> Message:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)

    async def _timed_out(self, send: Send) -> None:
        detail = (f"the request body did not arrive within {self.timeout:g} s (BODY_TIMEOUT); send it "
                  "whole and promptly")
        await send_error(send, 408, "timeout", detail, [(b"connection", b"close")])

    async def _refuse(self, send: Send) -> None:
        detail = f"the request body is over the limit of {exact_size(self.limit)} (MAX_BODY_BYTES)"
        await send_error(send, 413, "too_large", detail)
