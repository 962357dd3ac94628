"""Exception handlers: every error leaves the API as JSON {"error", "detail"} with the right status, never a trace."""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..errors import (
    ExportError,
    GenerationError,
    LimitError,
    PlannerError,
    PlannerTimeout,
    PlannerUnavailable,
    SchemaError,
    SynthGenError,
)
from .gate import Busy

log = logging.getLogger("synthgen.web")

# Most specific first: the first class an exception is an instance of decides its status.
STATUS: list[tuple[type[SynthGenError], int]] = [
    (SchemaError, 422),
    (LimitError, 413),
    (PlannerTimeout, 504),
    (PlannerUnavailable, 503),
    (PlannerError, 502),
    (ExportError, 422),
    (GenerationError, 422),
    (SynthGenError, 400),
]


def _printable(text: str) -> str:
    """Text a JSON body can carry: a lone surrogate echoed from the request (a JSON "\\ud800" escape) as an escape."""
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


def error_response(status: int, code: str, detail: str, problems: list[str] | None = None,
                   headers: dict[str, str] | None = None) -> JSONResponse:
    body: dict[str, Any] = {"error": code, "detail": _printable(detail)}
    if problems and len(problems) > 1:
        body["problems"] = [_printable(p) for p in problems]
    return JSONResponse(body, status_code=status, headers=headers)


def status_of(exc: SynthGenError) -> int:
    return next(status for cls, status in STATUS if isinstance(exc, cls))


TIMEOUT_RETRY_AFTER = 10  # seconds suggested after a planner timeout (the LLM is slow now, perhaps not later)


def synthgen_response(exc: SynthGenError) -> JSONResponse:
    status = status_of(exc)
    headers = None
    if isinstance(exc, PlannerUnavailable):
        headers = {"Retry-After": str(exc.retry_after)}
    elif isinstance(exc, PlannerTimeout):
        headers = {"Retry-After": str(TIMEOUT_RETRY_AFTER)}
    problems = exc.problems if isinstance(exc, SchemaError) else None
    if status >= 500:
        log.warning("%s: %s", type(exc).__name__, exc.detail)
    return error_response(status, exc.code, exc.detail, problems, headers)


def _field(loc: tuple[Any, ...] | list[Any]) -> str:
    parts = [str(p) for p in loc if p not in ("body", "query", "path", "header")]
    return ".".join(parts)


def _sentence(item: dict[str, Any]) -> str:
    """One pydantic error as a sentence naming its field: 'rows should be greater than or equal to 1'."""
    field = _field(item.get("loc", ()))
    kind = item.get("type", "")
    message = str(item.get("msg", "is invalid")).removeprefix("Value error, ")
    if kind == "missing":
        return f"{field or 'the request body'} is required"
    if kind == "extra_forbidden":
        return f"'{field}' is not a field of this request"
    if kind == "json_invalid":
        error = (item.get("ctx") or {}).get("error", "")
        return f"the request body is not valid JSON{': ' + str(error) if error else ''}"
    if kind == "model_attributes_type" and not field:
        return "the request body must be a JSON object"
    if message.startswith("Input should"):
        return f"{field} {message.replace('Input should', 'should', 1)}" if field else message
    if not field:
        return message
    if message.startswith(("must ", "is ", "should ")):
        return f"{field} {message}"
    return f"{field}: {message}"


async def _validation(request: Request, exc: RequestValidationError) -> JSONResponse:
    sentences = [_sentence(item) for item in exc.errors()] or ["the request is invalid"]
    return error_response(422, "invalid_request", "; ".join(sentences), sentences)


async def _synthgen(request: Request, exc: SynthGenError) -> JSONResponse:
    return synthgen_response(exc)


async def _busy(request: Request, exc: Busy) -> JSONResponse:
    return error_response(503, "busy", exc.detail, headers={"Retry-After": str(exc.retry_after)})


async def _http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
    if exc.status_code == 400 and exc.detail == "There was an error parsing the body":
        # FastAPI's answer to a body it cannot decode (not UTF-8): the same 422 as any other invalid JSON.
        return error_response(422, "invalid_request", "the request body is not valid JSON (it is not UTF-8 text)")
    codes = {401: "unauthorized", 404: "not_found", 405: "method_not_allowed", 413: "too_large",
             429: "rate_limited"}
    detail = exc.detail if isinstance(exc.detail, str) else "request refused"
    return error_response(exc.status_code, codes.get(exc.status_code, "http_error"), detail,
                          headers=getattr(exc, "headers", None))


async def _bug(request: Request, exc: Exception) -> JSONResponse:
    log.error("unhandled error on %s %s", request.method, request.url.path, exc_info=exc)
    return error_response(500, "internal_error", "Something went wrong on our side; the error has been logged.")


def install(app: FastAPI) -> None:
    """Register the handlers on `app`."""
    app.add_exception_handler(RequestValidationError, _validation)  # type: ignore[arg-type]
    app.add_exception_handler(SynthGenError, _synthgen)  # type: ignore[arg-type]
    app.add_exception_handler(Busy, _busy)  # type: ignore[arg-type]
    app.add_exception_handler(StarletteHTTPException, _http)  # type: ignore[arg-type]
    app.add_exception_handler(Exception, _bug)
