"""A guard in front of Gradio's file routes: they serve only the downloads this app made, never anything else.

Gradio's `/gradio_api/file=<path or URL>` serves any file under its temp folder and, for a URL, fetches the URL
itself and streams it back (an open proxy to any public address). SynthGen's UI only ever links to files in its own
download folder, so everything else on those routes (other paths, `..` tricks, encoded variants, URLs, the proxy
route) is a JSON 404 here, before Gradio sees it.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable, Iterable
from pathlib import Path
from urllib.parse import unquote

from starlette.types import ASGIApp, Receive, Scope, Send

_FILE_ROUTE = re.compile(r"/(?:gradio_api/)?file(?:=|/)(?P<target>.*)\Z", re.DOTALL)
_PROXY_ROUTE = re.compile(r"/(?:gradio_api/)?proxy=", re.IGNORECASE)
_URL = re.compile(r"\A[a-zA-Z][a-zA-Z0-9+.\-]*:")  # any scheme: http:, https:, file:, data:, C: ...


def _decoded(text: str) -> str:
    """Percent-decoded until it stops changing (double encoding cannot smuggle a path through)."""
    for _ in range(5):
        decoded = unquote(text)
        if decoded == text:
            break
        text = decoded
    return text


def served(target: str, roots: Iterable[Path]) -> bool:
    """True when `target` (the part after `file=`) names an existing file inside one of `roots`."""
    target = _decoded(target)
    if not target or "\0" in target or _URL.match(target) or target.startswith(("//", "\\\\")):
        return False
    try:
        real = Path(os.path.realpath(target))
        if not real.is_file():
            return False
        for root in roots:
            base = Path(os.path.realpath(root))
            if real != base and real.is_relative_to(base):
                return True
    except (OSError, ValueError):
        return False
    return False


class FileGuard:
    """ASGI middleware for the UI mounted at `prefix`: file routes must name a file under `roots()`."""

    def __init__(self, app: ASGIApp, *, prefix: str, roots: Callable[[], list[Path]]) -> None:
        self.app = app
        self.prefix = prefix.rstrip("/")
        self.roots = roots

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path = scope.get("path", "") if scope["type"] == "http" else ""
        if not path.startswith(self.prefix + "/"):
            await self.app(scope, receive, send)
            return
        rest = path[len(self.prefix):]
        if _PROXY_ROUTE.match(rest):
            await _not_found(send)
            return
        match = _FILE_ROUTE.match(rest)
        if match is None:
            await self.app(scope, receive, send)
            return
        if not served(match.group("target"), self.roots()):
            await _not_found(send)
            return
        await self.app(scope, receive, send)


async def _not_found(send: Send) -> None:
    body = json.dumps({"error": "not_found", "detail": "no such file"}).encode()
    await send({"type": "http.response.start", "status": 404, "headers": [
        (b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})
