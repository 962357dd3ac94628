"""The REST API's routers, assembled from web/routes/ (one module per resource); kept for its older imports."""

from __future__ import annotations

from .routes import PREFIX, api_router, open_routers
from .routes.generate import MAX_UNRECOGNISED_HEADER, cost_headers, unrecognised_header

__all__ = ["MAX_UNRECOGNISED_HEADER", "PREFIX", "api_router", "cost_headers", "open_routers", "unrecognised_header"]
