"""What planning cost, where users look: POST /api/v1/schema's `usage`, the X-SynthGen-*-Tokens / -Cost-USD
headers of /generate, the CLI's `planning cost:` line on stderr and the UI's status. The LLM is the real OpenAI
planner over the SDK's mock transport (no network); the demo planner and a cache hit say "free"."""

from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

import synthgen.cli
from synthgen import plan_cost
from synthgen.cache import SchemaCache
from synthgen.planners.base import PlanMeta
from synthgen.planners.caching import CachingPlanner
from synthgen.web.app import create_app

from ..planners.test_openai_planner import GOOD, FakeAPI, completion, make
from .conftest import PEOPLE, demo_settings
from .test_ui import call

GENERATE, SCHEMA = "/api/v1/generate", "/api/v1/schema"
TOKENS_IN, TOKENS_OUT = 2100, 400
COST = (TOKENS_IN * 0.15 + TOKENS_OUT * 0.60) / 1e6  # gpt-4o-mini's list price, per million tokens
SUMMARY = "2,100 tokens in, 400 out, about $0.0006"


def openai_planner(answers: int = 1) -> tuple[object, FakeAPI]:
    api = FakeAPI(*(completion(json.dumps(GOOD), prompt_tokens=TOKENS_IN, completion_tokens=TOKENS_OUT)
                    for _ in range(answers)))
    planner, _ = make(api)
    return planner, api


def test_the_schema_endpoint_reports_tokens_and_cost(tmp_path) -> None:
    planner, api = openai_planner()
    with TestClient(create_app(demo_settings(tmp_path), planner=planner, ui=False)) as client:
        body = client.post(SCHEMA, json={"description": "orders with status and total"}).json()
    assert len(api.bodies) == 1
    assert body["planner"] == "openai"
    usage = body["usage"]
    assert (usage["input_tokens"], usage["output_tokens"]) == (TOKENS_IN, TOKENS_OUT)
    assert usage["cost_usd"] == pytest.approx(COST) and usage["summary"] == SUMMARY


def test_generate_sends_the_cost_in_headers(tmp_path) -> None:
    planner, _ = openai_planner()
    with TestClient(create_app(demo_settings(tmp_path), planner=planner, ui=False)) as client:
        response = client.post(GENERATE, json={"description": "orders", "rows": 5, "seed": 1})
    assert response.status_code == 200, response.text
    assert response.headers["x-synthgen-input-tokens"] == str(TOKENS_IN)
    assert response.headers["x-synthgen-output-tokens"] == str(TOKENS_OUT)
    assert float(response.headers["x-synthgen-cost-usd"]) == pytest.approx(COST)


def test_a_cache_hit_costs_nothing_and_says_so(tmp_path) -> None:
    planner, api = openai_planner()
    cached = CachingPlanner(planner, SchemaCache(tmp_path / "cache"))
    with TestClient(create_app(demo_settings(tmp_path), planner=cached, ui=False)) as client:
        first = client.post(SCHEMA, json={"description": "orders"}).json()["usage"]
        again = client.post(SCHEMA, json={"description": "orders"}).json()["usage"]
        headers = client.post(GENERATE, json={"description": "orders", "rows": 3}).headers
    assert len(api.bodies) == 1  # one LLM call in all
    assert first["input_tokens"] == TOKENS_IN
    assert again == {"input_tokens": 0, "output_tokens": 0, "cost_usd": 0.0,
                     "summary": "free (from the schema cache)"}
    assert headers["x-synthgen-cache"] == "hit" and headers["x-synthgen-cost-usd"] == "0.000000"


def test_the_demo_planner_is_free_and_a_given_schema_has_no_cost_headers(client: TestClient) -> None:
    usage = client.post(SCHEMA, json={"description": "customers with name and email"}).json()["usage"]
    assert usage == {"input_tokens": 0, "output_tokens": 0, "cost_usd": 0.0, "summary": "free (demo planner)"}
    planned = client.post(GENERATE, json={"description": "customers with name and email", "rows": 3})
    assert planned.headers["x-synthgen-input-tokens"] == "0" and planned.headers["x-synthgen-planner"] == "offline"
    given = client.post(GENERATE, json={"schema": PEOPLE, "rows": 3})
    assert given.status_code == 200 and not any(h.startswith("x-synthgen-cost") or h.endswith("-tokens")
                                                for h in given.headers)


def test_the_cost_headers_are_documented_and_readable_cross_origin(tmp_path) -> None:
    with TestClient(create_app(demo_settings(tmp_path, cors_origins="https://app.example"), ui=False)) as client:
        spec = client.get("/openapi.json").json()
        response = client.post(GENERATE, json={"description": "customers with name", "rows": 2},
                               headers={"Origin": "https://app.example"})
    documented = spec["paths"][GENERATE]["post"]["responses"]["200"]["headers"]
    exposed = response.headers["access-control-expose-headers"].lower()
    for name in ("X-SynthGen-Input-Tokens", "X-SynthGen-Output-Tokens", "X-SynthGen-Cost-USD"):
        assert name in documented and name.lower() in exposed
    assert "usage" in spec["components"]["schemas"]["SchemaResponse"]["properties"]


def test_the_cli_prints_the_cost_on_stderr(monkeypatch, tmp_path) -> None:
    planner, _ = openai_planner()
    monkeypatch.setenv("DEMO_MODE", "true")
    monkeypatch.setenv("CACHE_DIR", str(tmp_path / "cache"))
    synthgen.cli.get_settings.cache_clear()
    monkeypatch.setattr(synthgen.cli, "_planner", lambda: planner)
    result = CliRunner().invoke(synthgen.cli.app, ["schema", "orders"])
    assert result.exit_code == 0, result.output
    assert result.stderr.splitlines()[:2] == ["schema: planned by openai (gpt-4o-mini)", f"planning cost: {SUMMARY}"]
    monkeypatch.undo()
    synthgen.cli.get_settings.cache_clear()


def test_the_cli_says_the_demo_planner_is_free(monkeypatch, tmp_path) -> None:
    monkeypatch.setenv("DEMO_MODE", "true")
    monkeypatch.setenv("CACHE_DIR", str(tmp_path / "cache"))
    synthgen.cli.get_settings.cache_clear()
    result = CliRunner().invoke(synthgen.cli.app, ["generate", "customers with name", "--rows", "2", "--seed", "1"])
    synthgen.cli.get_settings.cache_clear()
    assert result.exit_code == 0, result.output
    assert "planning cost: free (demo planner)" in result.stderr.splitlines()


def test_the_ui_shows_the_cost_in_its_technical_details(tmp_path) -> None:
    """The cost is technical detail: in the "Technical details" accordion (issue 14), beside the planner's name."""
    planner, _ = openai_planner()
    with TestClient(create_app(demo_settings(tmp_path), planner=planner)) as client:
        outputs = call(client, "generate", ["orders", 5, "csv", 1, None])
    status, details = outputs[0], outputs[9]
    assert status.startswith("**Done.**") and "Planning cost" not in status
    assert f"Planning cost: {SUMMARY}" in details and "openai" in details


@pytest.mark.parametrize(("meta", "text"), [
    (PlanMeta(planner="offline"), "free (demo planner)"),
    (PlanMeta(planner="openai", model="gpt-4o-mini", cache_hit=True), "free (from the schema cache)"),
    (PlanMeta(planner="custom"), ""),  # a planner that reports no tokens: nothing worth saying
    (PlanMeta(planner="openai", model="llama3.1", input_tokens=1500, output_tokens=300),
     "1,500 tokens in, 300 out (no price known for llama3.1)"),
    (PlanMeta(planner="anthropic", model="claude-sonnet-4", input_tokens=200_000, output_tokens=10_000,
              cost_usd=0.75), "200,000 tokens in, 10,000 out, about $0.75"),
    (PlanMeta(planner="openai", model="gpt-5-nano", input_tokens=10, output_tokens=5, cost_usd=0.0000025),
     "10 tokens in, 5 out, under $0.0001"),
])
def test_summary(meta, text) -> None:
    assert plan_cost.summary(meta) == text
