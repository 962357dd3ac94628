"""Security headers on every response: no framing, no MIME sniffing, no referrer, and a Content-Security-Policy.

The UI's policy allows what Gradio's page needs and nothing from elsewhere (the browser test checks the page still
works and logs no violation); JSON and files get `default-src 'none'`. /docs and /redoc load Swagger UI and ReDoc
from a CDN, so they keep only the framing rule.
"""

from __future__ import annotations

from starlette.types import ASGIApp, Message, Receive, Scope, Send

UI_POLICY = "; ".join((  # noqa: FLY002 - one directive a line, each with its reason
    "default-src 'self'",
    "script-src 'self' 'unsafe-inline'",  # Gradio's page inlines its config
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "media-src 'self' data: blob:",
    "worker-src 'self' blob:",
    "frame-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
))
API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"
DOCS_POLICY = "frame-ancestors 'none'"

COMMON = (
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
    (b"cross-origin-opener-policy", b"same-origin"),
)


def policy_for(path: str, ui_prefix: str, docs: tuple[str, ...]) -> str:
    if path == ui_prefix or path.startswith(ui_prefix + "/"):
        return UI_POLICY
    if path in docs or any(path.startswith(d + "/") for d in docs):
        return DOCS_POLICY
    return API_POLICY


class SecurityHeaders:
    """ASGI middleware: adds COMMON and the path's Content-Security-Policy unless the response set its own."""

    def __init__(self, app: ASGIApp, *, ui_prefix: str, docs: tuple[str, ...] = ("/docs", "/redoc")) -> None:
        self.app = app
        self.ui_prefix = ui_prefix.rstrip("/")
        self.docs = docs

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        policy = policy_for(scope.get("path", ""), self.ui_prefix, self.docs).encode()

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers") or [])
                present = {name.lower() for name, _ in headers}
                headers += [(k, v) for k, v in (*COMMON, (b"content-security-policy", policy)) if k not in present]
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, send_with_headers)
