"""Optional API keys (API_KEYS): when set, /api/v1/* and /metrics need `Authorization: Bearer <key>` (else 401),
and the UI's Gradio login takes a key as its password (KeyCheck.login)."""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Iterable

from starlette.types import ASGIApp, Receive, Scope, Send

from .asgi_errors import send_error


def _digest(value: str | bytes) -> bytes:
    return hashlib.sha256(value.encode("utf-8") if isinstance(value, str) else value).digest()


class KeyCheck:
    """Is a presented key one of the keys? Compared as SHA-256 digests with hmac.compare_digest, every key every
    time, so neither the comparison nor the number of keys tried tells a caller how close a guess was."""

    def __init__(self, keys: Iterable[str]) -> None:
        self._digests = [_digest(k) for k in keys]

    def __bool__(self) -> bool:
        return bool(self._digests)

    def matches(self, token: str | bytes) -> bool:
        presented = _digest(token)
        matched = False
        for digest in self._digests:
            matched |= hmac.compare_digest(presented, digest)
        return matched

    def login(self, username: str, password: str) -> bool:
        """Gradio's auth callback: any user name, a key as the password."""
        return bool(password) and self.matches(password)


class ApiKeyAuth:
    """ASGI middleware; keys are checked by KeyCheck."""

    def __init__(self, app: ASGIApp, *, keys: Iterable[str], prefixes: Iterable[str] = ("/api/", "/metrics")) -> None:
        self.app = app
        self._keys = KeyCheck(keys)
        self.prefixes = tuple(prefixes)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path = scope.get("path", "")
        if scope["type"] != "http" or not self._keys or not path.startswith(self.prefixes) \
                or scope.get("method") == "OPTIONS":
            await self.app(scope, receive, send)
            return
        if self.allowed(scope.get("headers") or []):
            await self.app(scope, receive, send)
            return
        detail = "this API needs a key: send the header 'Authorization: Bearer <key>' with a valid key"
        await send_error(send, 401, "unauthorized", detail, [(b"www-authenticate", b'Bearer realm="synthgen"')])

    def allowed(self, headers: Iterable[tuple[bytes, bytes]]) -> bool:
        given = next((v for k, v in headers if k.lower() == b"authorization"), None)
        if given is None:
            return False
        scheme, _, token = given.strip().partition(b" ")
        if scheme.lower() != b"bearer" or not token.strip():
            return False
        return self._keys.matches(token.strip())
