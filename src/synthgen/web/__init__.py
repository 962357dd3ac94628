"""The web front door: the FastAPI app (REST API under /api/v1, /health, /docs) and the Gradio UI at /gradio."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .app import create_app

__all__ = ["create_app"]


def __getattr__(name: str) -> Any:
    # Lazy, so `import synthgen.web` stays cheap and importing it never builds anything.
    if name == "create_app":
        from .app import create_app

        return create_app
    raise AttributeError(name)
