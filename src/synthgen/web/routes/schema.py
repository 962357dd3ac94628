"""POST /api/v1/schema: plan a description into a schema, with what was understood and what planning cost."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter

from ... import plan_cost
from ..models import SchemaRequest, SchemaResponse, error_responses
from ..services import ServicesDep

router = APIRouter(tags=["schema"])


@router.post("/schema", summary="Plan a schema from a description", response_model=SchemaResponse,
             responses=error_responses(401, 408, 413, 422, 429, 500, 502, 503, 504))
async def make_schema(body: SchemaRequest, services: ServicesDep) -> dict[str, Any]:
    result = await services.plan_off_loop(body.description, body.locale)
    schema = result.schema
    body_schema = {"name": schema.name, "locale": schema.locale,
                   **schema.model_dump(mode="json", exclude_defaults=True, exclude={"name", "locale"})}
    return {"schema": body_schema, "planner": result.meta.planner,
            "model": result.meta.model, "cache_hit": result.meta.cache_hit,
            "understood": result.understood(), "unrecognised": list(result.meta.unrecognised),
            "notes": list(result.meta.notes), "usage": plan_cost.usage(result.meta)}
