"""Run the web app under uvicorn as the Procfile does: one worker, JSON logs, our own access lines."""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any

from ..config import Settings
from .logs import uvicorn_log_config

_LEVELS = ("critical", "error", "warning", "info", "debug", "trace")


LOCAL = "127.0.0.1"
ALL = "0.0.0.0"


def default_host(environ: Mapping[str, str] | None = None) -> str:
    """Where to listen when no host is given: every interface when a platform set $PORT (Heroku, Render, Fly...
    route to it), else this machine only, so a local run is not open to the network."""
    environ = os.environ if environ is None else environ
    return ALL if environ.get("PORT", "").strip() else LOCAL


def run(settings: Settings, *, host: str | None = None, port: int | None = None, app: Any = None) -> None:
    """Serve `app` (default: a new create_app(settings)) until SIGTERM/SIGINT, on `host` (default: default_host()).

    One worker: Gradio's queue lives in this process, so WEB_CONCURRENCY (which uvicorn reads) must not fork
    more. Access lines come from our middleware (with request ids and the right client address), not uvicorn's.
    """
    import uvicorn

    if app is None:
        from .app import create_app

        app = create_app(settings)
    level = settings.log_level.lower()
    level = level if level in _LEVELS else "info"
    log_config = uvicorn_log_config(level.upper()) if settings.log_format == "json" else None
    uvicorn.run(app, host=host or default_host(), port=port or settings.port, workers=1, log_level=level,
                access_log=False, log_config=log_config)
