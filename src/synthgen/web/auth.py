"""Optional API keys (API_KEYS): when set, /api/v1/* and /metrics need `Authorization: Bearer <key>` (else 401),
and the UI's Gradio login takes a key as its password (KeyCheck.login).

Two layers over one KeyCheck. The ApiKeyAuth middleware answers 401 first, before the rate limit, the body limit
and the body's parsing, so a caller without a key learns nothing from 413/422/429 and spends no one's tokens.
The `require_key` security dependency is declared on every protected router: OpenAPI lists the bearer scheme
(securitySchemes, and the Authorize button of /docs), and it checks the key itself wherever the middleware did
not already (a router mounted in another app), so a route is never open by accident.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Iterable
from typing import Annotated

from fastapi import HTTPException, Request, Security
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from starlette.types import ASGIApp, Receive, Scope, Send

from .asgi_errors import send_error

DETAIL = "this API needs a key: send the header 'Authorization: Bearer <key>' with a valid key"
CHALLENGE = 'Bearer realm="synthgen"'
CHECKED = "synthgen.api_key_checked"  # scope key the middleware sets on a request whose key it accepted


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

    def allowed(self, headers: Iterable[tuple[bytes, bytes]]) -> bool:
        """Does a request with these (raw ASGI) headers carry a valid `Authorization: Bearer <key>`? The scheme is
        case-insensitive and spaces around the key do not count, as before."""
        given = next((v for k, v in headers if k.lower() == b"authorization"), None)
        if given is None:
            return False
        scheme, _, token = given.strip().partition(b" ")
        if scheme.lower() != b"bearer" or not token.strip():
            return False
        return self.matches(token.strip())


class ApiKeyAuth:
    """ASGI middleware: the first check of a key, before the rest of the request path."""

    def __init__(self, app: ASGIApp, *, keys: KeyCheck | Iterable[str],
                 prefixes: Iterable[str] = ("/api/", "/metrics")) -> None:
        self.app = app
        self._keys = keys if isinstance(keys, KeyCheck) else KeyCheck(keys)
        self.prefixes = tuple(prefixes)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path = scope.get("path", "")
        if scope["type"] != "http" or not self._keys or not path.startswith(self.prefixes) \
                or scope.get("method") == "OPTIONS":
            await self.app(scope, receive, send)
            return
        if self.allowed(scope.get("headers") or []):
            scope[CHECKED] = True
            await self.app(scope, receive, send)
            return
        await send_error(send, 401, "unauthorized", DETAIL, [(b"www-authenticate", CHALLENGE.encode())])

    def allowed(self, headers: Iterable[tuple[bytes, bytes]]) -> bool:
        return self._keys.allowed(headers)


bearer = HTTPBearer(
    auto_error=False,  # a missing or malformed header is our 401 with the API's JSON body, not FastAPI's 403
    scheme_name="APIKey",
    bearerFormat="an API key",
    description="Needed only when the server sets API_KEYS: `Authorization: Bearer <key>`, one of those keys.",
)


def require_key(request: Request,
                _credentials: Annotated[HTTPAuthorizationCredentials | None, Security(bearer)] = None) -> None:
    """The security dependency of /api/v1/* and /metrics: 401 unauthorized without a valid key when API_KEYS is
    set. A request the middleware already let through is not checked twice."""
    keys: KeyCheck | None = getattr(getattr(request.app.state, "services", None), "keys", None)
    if not keys or request.scope.get(CHECKED):
        return
    if not keys.allowed(request.scope.get("headers") or []):
        raise HTTPException(401, DETAIL, headers={"WWW-Authenticate": CHALLENGE})


KeyRequired = Security(require_key)
