"""GET /api/v1/cache/stats: the planner's schema cache."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter

from ..models import CacheStats, error_responses
from ..services import ServicesDep

router = APIRouter(tags=["cache"])


@router.get("/cache/stats", summary="Schema cache statistics", response_model=CacheStats,
            responses=error_responses(401, 500))
def cache_stats(services: ServicesDep) -> dict[str, Any]:
    """The planner's schema cache. Demo mode's offline planner is not cached: enabled is false there."""
    if services.cache is None:
        return CacheStats(enabled=False, reason="demo mode: the offline planner is not cached").model_dump()
    return services.cache.stats()
