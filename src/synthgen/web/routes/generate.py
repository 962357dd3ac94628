"""POST /api/v1/generate: a request becomes a Job (pipeline.start) whose file streams back, with what planning cost."""

from __future__ import annotations

import bisect
import itertools
from urllib.parse import quote

import anyio
from fastapi import APIRouter
from fastapi.responses import StreamingResponse

from ... import export, pipeline, plan_cost
from ...planners.base import PlanMeta, PlanResult
from ..gate import GatedStreamingResponse
from ..models import GenerateRequest, error_responses, file_response
from ..services import Services, ServicesDep

router = APIRouter(tags=["generate"])


@router.post(
    "/generate",
    summary="Generate a dataset file from a description, a schema or example rows",
    response_class=StreamingResponse,
    responses={**file_response(export.MEDIA_TYPES), **error_responses(401, 408, 413, 422, 429, 500, 502, 503, 504)},
)
async def generate(body: GenerateRequest, services: ServicesDep) -> StreamingResponse:
    """Plan (when given a description), validate, then stream the file.

    Everything that can fail on the client's side fails before the first byte, as a JSON error. The row count
    and the request's lane are checked before the planner is called (a request refused as busy costs no LLM
    call); the slot itself is taken once the schema, and so the file's size, is known. Planning runs on the
    planning threads, the rest on the shared threadpool, never on the event loop.
    """
    request = body.request()
    pipeline.check(request, services.limits)
    planned = None
    if request.description is not None:
        services.gate.check(rows=request.rows)  # Busy (503) now, when this request's lane is full and its queue too
        planned = await services.plan_off_loop(request.description, request.locale)
    return await anyio.to_thread.run_sync(_file_response, request, services, planned)


def _file_response(request: pipeline.Request, services: Services,
                   planned: PlanResult | None) -> GatedStreamingResponse:
    """Validate, take a slot in the file's lane, and start the file (its first block made now); the response
    gives the slot back when the stream ends."""
    examples = services.examples_planner() if request.examples is not None else None
    job = pipeline.start(request, limits=services.limits, planned=planned, examples_planner=examples)
    # A slot in the request's lane (small or large); Busy (503) when none frees up within SLOT_WAIT.
    slot = services.gate.enter(rows=job.rows, size=job.estimated_bytes)
    try:
        # The first block is made now, so a failure there is still a proper JSON error; the rest streams.
        chunks = job.chunks(on_batch=services.count_rows("api"))
    except BaseException:
        slot.release()
        raise
    meta = job.meta
    headers = {
        "Content-Disposition": f'attachment; filename="{job.filename}"',
        "X-SynthGen-Planner": "none" if meta is None else meta.planner,
        "X-SynthGen-Cache": "none" if meta is None else services.cache_label(True, meta.cache_hit),
        "X-SynthGen-Seed": str(job.seed),
        "X-SynthGen-Rows": str(job.rows),
        "Cache-Control": "no-store",
    }
    if meta is not None:
        headers.update(cost_headers(meta))
    if meta is not None and meta.unrecognised:
        headers["X-SynthGen-Unrecognised"] = unrecognised_header(meta.unrecognised)
    return GatedStreamingResponse(chunks, slot=slot, write_timeout=services.settings.write_timeout,
                                  media_type=export.MEDIA_TYPES[job.format], headers=headers)


def cost_headers(meta: PlanMeta) -> dict[str, str]:
    """What planning cost, for a file made from a description: tokens and estimated USD (0 for the offline
    planner and for a schema-cache hit: no LLM call)."""
    cost = plan_cost.usage(meta)
    return {"X-SynthGen-Input-Tokens": str(cost["input_tokens"]),
            "X-SynthGen-Output-Tokens": str(cost["output_tokens"]),
            "X-SynthGen-Cost-USD": f"{cost['cost_usd']:.6f}"}


MAX_UNRECOGNISED_HEADER = 500


def unrecognised_header(phrases: list[str], limit: int = MAX_UNRECOGNISED_HEADER) -> str:
    """The X-SynthGen-Unrecognised value: the phrases joined with ", ", each percent-encoded where it is not
    printable ASCII (and its own '%' and ',', and a space at either end), so `unquote` of each part gives the
    phrase back; at most about `limit` characters, '...' standing for the phrases left out."""
    parts: list[str] = []
    length = 0
    for phrase in phrases:
        chars = [ch if " " <= ch <= "~" and ch not in "%," else quote(ch, safe="") for ch in phrase]
        for edge in (0, -1) if chars else ():  # a header value may not start or end with a space (h11 refuses it)
            chars[edge] = chars[edge].replace(" ", "%20")
        encoded = "".join(chars)
        room = limit - length - (2 if parts else 0)
        if len(encoded) > room:
            if not parts:  # one long phrase: its head, cut between characters (never inside an escape)
                ends = list(itertools.accumulate(map(len, chars)))  # rising: every character is 1+ long
                parts.append("".join(chars[: bisect.bisect_right(ends, room - 3)]) + "...")
            else:
                parts.append("...")
            break
        parts.append(encoded)
        length += len(encoded) + (2 if len(parts) > 1 else 0)
    return ", ".join(parts)
