"""GET /metrics: Prometheus metrics (requests, latency, rows, cache, planner calls); needs a key when API_KEYS is
set."""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import Response

from ..metrics import CONTENT_TYPE
from ..models import error_responses
from ..services import ServicesDep

router = APIRouter(tags=["health"])


@router.get("/metrics", summary="Prometheus metrics: requests, latency, rows, cache, planner calls",
            response_class=Response, responses={
                200: {"description": "Prometheus text exposition format 0.0.4",
                      "content": {"text/plain": {"schema": {"type": "string"}}}},
                **error_responses(401, 500)})
def metrics(services: ServicesDep) -> Response:
    """Needs an API key when API_KEYS is set, like /api/v1."""
    return Response(services.metrics.render(), media_type=CONTENT_TYPE)
