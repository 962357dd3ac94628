"""Hostile-input fixtures: the whole app with a real LLM planner (the OpenAI or Anthropic SDK over an httpx2 mock
transport, a fake key, the real schema cache in tmp), and fake LLM replies."""

from __future__ import annotations

import copy
import json
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx2
import pytest

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")

from fastapi.testclient import TestClient

from synthgen.config import Settings
from synthgen.factory import llm_planner, make_cache, make_planner
from synthgen.planners.anthropic_planner import TOOL_NAME
from synthgen.planners.caching import CachingPlanner
from synthgen.web.app import create_app

OPENAI_KEY = "sk-test-SECRET-0123456789abcdef"
ANTHROPIC_KEY = "sk-ant-api03-SECRET-0123456789abcdef"
GENERATE = "/api/v1/generate"
SCHEMA = "/api/v1/schema"


def column(name: str, provider: str, args: list[dict] | None = None, **extra: Any) -> dict[str, Any]:
    """One column in the LLM wire format (2.2): every key present, args as key/value pairs."""
    return {"name": name, "provider": provider, "args": args or [], "unique": False, "null_rate": 0,
            "weights": None, "entity": None, "after": None, "sequence": False, **extra}


GOOD = {"name": "orders", "locale": "en_US", "columns": [
    column("order_id", "uuid4", unique=True),
    column("customer", "name"),
    column("status", "random_element", [{"key": "elements", "value": ["pending", "shipped", "delivered"]}]),
    column("total", "pyfloat", [{"key": "min_value", "value": 5}, {"key": "max_value", "value": 500},
                                {"key": "right_digits", "value": 2}]),
]}


def good_with(*columns: dict[str, Any], **changes: Any) -> dict[str, Any]:
    data = copy.deepcopy(GOOD)
    data["columns"] += list(columns)
    data.update(changes)
    return data


def openai_reply(payload: dict | str, *, finish_reason: str = "stop") -> httpx2.Response:
    content = payload if isinstance(payload, str) else json.dumps(payload)
    return httpx2.Response(200, json={
        "id": "chatcmpl-1", "object": "chat.completion", "created": 0, "model": "gpt-4o-mini",
        "choices": [{"index": 0, "finish_reason": finish_reason,
                     "message": {"role": "assistant", "content": content, "refusal": None}}],
        "usage": {"prompt_tokens": 2000, "completion_tokens": 300, "total_tokens": 2300},
    })


def anthropic_reply(payload: dict | str, *, stop_reason: str = "tool_use") -> httpx2.Response:
    if isinstance(payload, str):
        content = [{"type": "text", "text": payload}]
    else:
        content = [{"type": "tool_use", "id": "toolu_01", "name": TOOL_NAME, "input": payload}]
    return httpx2.Response(200, json={
        "id": "msg_01", "type": "message", "role": "assistant", "model": "claude-haiku-4-5", "content": content,
        "stop_reason": stop_reason, "stop_sequence": None, "usage": {"input_tokens": 2000, "output_tokens": 300}})


def openai_error(status: int, message: str = "error", headers: dict | None = None) -> httpx2.Response:
    return httpx2.Response(status, json={"error": {"message": message, "type": "x"}}, headers=headers or {})


def anthropic_error(status: int, kind: str, message: str = "error", headers: dict | None = None) -> httpx2.Response:
    return httpx2.Response(status, json={"type": "error", "error": {"type": kind, "message": message}},
                           headers=headers or {})


class FakeLLM:
    """The LLM service: replies in order (the last one repeats), recording every request body."""

    def __init__(self, *replies: httpx2.Response | Callable[[httpx2.Request], httpx2.Response]) -> None:
        self.replies = list(replies)
        self.bodies: list[dict] = []
        self.headers: list[httpx2.Headers] = []

    def __call__(self, request: httpx2.Request) -> httpx2.Response:
        self.bodies.append(json.loads(request.content))
        self.headers.append(request.headers)
        reply = self.replies.pop(0) if len(self.replies) > 1 else self.replies[0]
        return reply(request) if callable(reply) else reply

    @property
    def calls(self) -> int:
        return len(self.bodies)


def llm_settings(tmp: Path, provider: str = "openai", **overrides: Any) -> Settings:
    values: dict[str, Any] = {"api_provider": provider, "openai_api_key": OPENAI_KEY, "openai_base_url": None,
                              "anthropic_api_key": ANTHROPIC_KEY, "anthropic_base_url": None, "demo_mode": None,
                              "cache_dir": tmp / "cache", "log_level": "INFO", "rate_limit": 0, "api_keys": None,
                              "cors_origins": ""}
    values.update(overrides)
    return Settings(_env_file=None, **values)


@contextmanager
def llm_app(tmp: Path, api: FakeLLM, provider: str = "openai", *, sleeps: list[float] | None = None,
            ui: bool = False, **overrides: Any) -> Iterator[TestClient]:
    """The whole app (with `ui`, the UI too) planning with the real SDK of `provider` against `api`.

    Without `sleeps`, the planner is make_planner's own; with it, the same planner and cache built by hand so the
    retry's wait is recorded instead of slept."""
    settings = llm_settings(tmp, provider, **overrides)
    http = httpx2.Client(transport=httpx2.MockTransport(api))
    if sleeps is None:
        planner = make_planner(settings, http_client=http)
    else:
        planner = CachingPlanner(llm_planner(settings, http_client=http, sleep=sleeps.append), make_cache(settings))
    with TestClient(create_app(settings, planner=planner, ui=ui), raise_server_exceptions=False) as client:
        yield client


def no_rows_and_nothing_cached(client: TestClient) -> None:
    metrics = client.get("/metrics").text
    assert "synthgen_rows_generated_total{" not in metrics
    stats = client.get("/api/v1/cache/stats").json()
    assert stats["entries"] == 0


@pytest.fixture
def capture_logs() -> Iterator[Any]:
    """Every log record's formatted line (JSON, as in production), from any logger."""
    import io
    import logging

    from synthgen.web.logs import JSONFormatter

    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(JSONFormatter())
    handler.setLevel(logging.DEBUG)
    root = logging.getLogger()
    old = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    logging.getLogger("synthgen").setLevel(logging.DEBUG)
    try:
        yield stream
    finally:
        root.removeHandler(handler)
        root.setLevel(old)


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    """The demo app (no LLM) without its UI."""
    settings = Settings(_env_file=None, demo_mode=True, openai_api_key=None, anthropic_api_key=None,
                        cache_dir=tmp_path_factory.mktemp("demo") / "cache", rate_limit=0, api_keys=None,
                        cors_origins="")
    with TestClient(create_app(settings, ui=False)) as test_client:
        yield test_client
