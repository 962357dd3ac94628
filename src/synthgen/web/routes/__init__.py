"""The REST API, one router per resource: generate, schema, providers, cache under /api/v1 (each needing a key
when API_KEYS is set), /metrics (also keyed) and /health (open)."""

from __future__ import annotations

from fastapi import APIRouter

from ..auth import KeyRequired
from . import cache, generate, health, metrics, providers, schema

PREFIX = "/api/v1"


def api_router() -> APIRouter:
    """Every resource's router under PREFIX, behind the API key."""
    router = APIRouter(prefix=PREFIX, dependencies=[KeyRequired])
    for resource in (generate, schema, providers, cache):
        router.include_router(resource.router)
    return router


def open_routers() -> list[APIRouter]:
    """The routers outside PREFIX: /health (open to all) and /metrics (keyed like the API)."""
    keyed = APIRouter(dependencies=[KeyRequired])
    keyed.include_router(metrics.router)
    return [health.router, keyed]


__all__ = ["PREFIX", "api_router", "open_routers"]
