"""Run the web app under uvicorn as the Procfile does: one worker, JSON logs, our own access lines."""

from __future__ import annotations

from typing import Any

from ..config import Settings
from .logs import uvicorn_log_config

_LEVELS = ("critical", "error", "warning", "info", "debug", "trace")


def run(settings: Settings, *, host: str = "0.0.0.0", port: int | None = None, app: Any = None) -> None:
    """Serve `app` (default: a new create_app(settings)) until SIGTERM/SIGINT.

    One worker: Gradio's queue lives in this process, so WEB_CONCURRENCY (which uvicorn reads) must not fork
    more. Access lines come from our middleware (with request ids and the right client address), not uvicorn's.
    """
    import uvicorn

    if app is None:
        from .app import create_app

        app = create_app(settings)
    level = settings.log_level.lower()
    level = level if level in _LEVELS else "info"
    uvicorn.run(app, host=host, port=port or settings.port, workers=1, log_level=level, access_log=False,
                log_config=uvicorn_log_config(level.upper()) if settings.log_format == "json" else None)
