"""The web entry point: `app` for uvicorn (Procfile), and `python main.py` serves it on $PORT (default 8000)."""

from __future__ import annotations

from synthgen.config import get_settings
from synthgen.web.app import create_app

app = create_app()

if __name__ == "__main__":
    from synthgen.web.server import run

    run(get_settings(), app=app)
