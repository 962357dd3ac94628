"""The web entry point: `app` for uvicorn (Procfile), and `python main.py` serves it on $PORT (default 8000)."""

from __future__ import annotations

from synthgen.config import get_settings
from synthgen.web.app import create_app

app = create_app()

if __name__ == "__main__":
    import uvicorn

    settings = get_settings()
    level = settings.log_level.lower()
    # One worker: Gradio's queue lives in this process, so WEB_CONCURRENCY (which uvicorn reads) must not fork more.
    uvicorn.run(app, host="0.0.0.0", port=settings.port, workers=1,
                log_level=level if level in ("critical", "error", "warning", "info", "debug", "trace") else "info")
