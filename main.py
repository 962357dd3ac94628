"""The web entry point: `app` for uvicorn (Procfile), and `python main.py` serves it on $PORT (default 8000)."""

from __future__ import annotations

import os

import pyarrow as pa

from synthgen.config import get_settings
from synthgen.web.app import create_app

# This process streams large files: Arrow's default allocator (mimalloc) keeps about 100 MB more after a
# 1,000,000-row download than the system allocator, which hands freed blocks back. ARROW_DEFAULT_MEMORY_POOL wins.
if "ARROW_DEFAULT_MEMORY_POOL" not in os.environ:
    pa.set_memory_pool(pa.system_memory_pool())

app = create_app()

if __name__ == "__main__":
    import uvicorn

    settings = get_settings()
    # One worker: Gradio's queue lives in this process, so WEB_CONCURRENCY (which uvicorn reads) must not fork more.
    uvicorn.run(app, host="0.0.0.0", port=settings.port, workers=1, log_level=settings.log_level.lower())
