"""Shared fixtures for the web tests: demo-mode settings, the real app under TestClient, fake failing planners."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")

from fastapi.testclient import TestClient

from synthgen.config import Settings
from synthgen.planners.base import PlanMeta, PlanResult
from synthgen.schema import parse_schema
from synthgen.web.app import create_app

ORDERS = ("Customer orders with order id, customer name, email, order date, status (pending, shipped, delivered), "
          "quantity and unit price")

PEOPLE = {
    "name": "people",
    "locale": "en_US",
    "columns": [
        {"name": "id", "provider": "random_int", "args": {"min": 1, "max": 10_000_000}, "sequence": True},
        {"name": "name", "provider": "name"},
        {"name": "email", "provider": "email"},
        {"name": "joined", "provider": "date_between", "args": {"start_date": "-2y", "end_date": "today"}},
        {"name": "score", "provider": "pyfloat", "args": {"min_value": 0, "max_value": 100, "right_digits": 2}},
        {"name": "active", "provider": "boolean"},
        {"name": "notes", "provider": "sentence", "null_rate": 0.3},
    ],
}


def demo_settings(tmp: Path, **overrides: object) -> Settings:
    """Demo mode, nothing read from the machine's .env or key variables, the cache under `tmp`, no rate limit
    (a module's tests share one client; tests of the limit turn it on)."""
    values: dict[str, object] = {"demo_mode": True, "openai_api_key": None, "anthropic_api_key": None,
                                 "cache_dir": tmp / "cache", "log_level": "WARNING", "rate_limit": 0,
                                 "api_keys": None, "cors_origins": ""}
    values.update(overrides)
    return Settings(_env_file=None, **values)  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    return demo_settings(tmp_path_factory.mktemp("settings"))


@pytest.fixture(scope="module")
def client(settings: Settings) -> Iterator[TestClient]:
    """The whole app (API and mounted Gradio UI) in demo mode, with its lifespan running."""
    with TestClient(create_app(settings)) as test_client:
        yield test_client


class RaisingPlanner:
    """A planner that fails the way an LLM planner can (timeout, rate limit, bad answer, or a bug)."""

    name = "fake"
    model = "fake-1"

    def __init__(self, error: BaseException) -> None:
        self.error = error

    def plan(self, description: str, *, locale: str | None = None) -> PlanResult:
        raise self.error


class FixedPlanner:
    """A planner that always answers the same schema (for cache tests through the real CachingPlanner)."""

    name = "fixed"
    model = "fixed-1"

    def __init__(self, schema: dict) -> None:
        self.schema = parse_schema(schema)
        self.calls = 0

    def plan(self, description: str, *, locale: str | None = None) -> PlanResult:
        self.calls += 1
        return PlanResult(self.schema, PlanMeta(planner=self.name, model=self.model))
