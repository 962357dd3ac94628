"""The web entry point: `app` for uvicorn (Procfile), and `python main.py` serves it on $PORT (default 8000)."""

from __future__ import annotations

from synthgen.config import get_settings
from synthgen.web.app import create_app
from synthgen.web.logs import uvicorn_log_config

app = create_app()

if __name__ == "__main__":
    import uvicorn

    settings = get_settings()
    level = settings.log_level.lower()
    # One worker: Gradio's queue lives in this process, so WEB_CONCURRENCY (which uvicorn reads) must not fork more.
    level = level if level in ("critical", "error", "warning", "info", "debug", "trace") else "info"
    # As the Procfile: JSON log lines (LOG_FORMAT=json), our own access line per request (with its request id),
    # and request.client from X-Forwarded-For only for a proxy on this machine (the rate limit reads the raw header).
    uvicorn.run(app, host="0.0.0.0", port=settings.port, workers=1, log_level=level, access_log=False,
                log_config=uvicorn_log_config(level.upper()) if settings.log_format == "json" else None)
