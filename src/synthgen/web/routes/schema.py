"""POST /api/v1/schema: plan a description into a schema, with what was understood and what planning cost."""

from __future__ import annotations

import functools
from typing import Any

import anyio
from fastapi import APIRouter

from ... import pipeline, plan_cost
from ..models import SchemaRequest, SchemaResponse, error_responses
from ..services import ServicesDep

router = APIRouter(tags=["schema"])


@router.post("/schema", summary="Plan a schema from a description, or infer it from example rows",
             response_model=SchemaResponse, responses=error_responses(401, 408, 413, 422, 429, 500, 502, 503, 504))
async def make_schema(body: SchemaRequest, services: ServicesDep) -> dict[str, Any]:
    if body.examples is not None:  # read on the shared threadpool: no LLM, no planning slot
        infer = functools.partial(pipeline.plan_examples, body.examples, planner=services.examples_planner(),
                                  locale=body.locale)
        result = await anyio.to_thread.run_sync(infer)
    else:
        result = await services.plan_off_loop(body.description or "", body.locale)
    schema = result.schema
    body_schema = {"name": schema.name, "locale": schema.locale,
                   **schema.model_dump(mode="json", exclude_defaults=True, exclude={"name", "locale"})}
    return {"schema": body_schema, "planner": result.meta.planner,
            "model": result.meta.model, "cache_hit": result.meta.cache_hit,
            "understood": result.understood(), "unrecognised": list(result.meta.unrecognised),
            "notes": list(result.meta.notes), "usage": plan_cost.usage(result.meta)}
