"""GET /health: liveness and planner mode, open to all (never a key)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter

from ...factory import planner_mode
from ...version import version
from ..models import HealthResponse, error_responses
from ..services import ServicesDep

router = APIRouter(tags=["health"])


@router.get("/health", summary="Liveness and planner mode (never a key)", response_model=HealthResponse,
            responses=error_responses(500))
def health(services: ServicesDep) -> dict[str, Any]:
    mode = services.mode or planner_mode(services.settings)
    return {"status": "ok", "mode": mode.get("mode", "demo"), "provider": mode.get("provider"),
            "model": mode.get("model"), "version": version()}
