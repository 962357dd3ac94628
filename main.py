"""The web entry point: `app` for uvicorn (Procfile), and `python main.py` serves it on $PORT (default 8000), on
127.0.0.1 unless the platform set $PORT (then on every interface)."""

from __future__ import annotations

from synthgen.config import get_settings
from synthgen.web.app import create_app

app = create_app()

if __name__ == "__main__":
    from synthgen.web.server import run

    run(get_settings(), app=app)
