"""Schemathesis against the app's own OpenAPI spec, in-process: for every operation, generated valid and invalid
requests never get a 5xx, and every response (status, content type, headers, body) is what the spec documents."""

from __future__ import annotations

from collections import Counter

import pytest
import schemathesis
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis.checks import not_a_server_error
from schemathesis.generation import GenerationMode
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from synthgen.web.app import create_app

from .conftest import demo_settings

CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_headers_conformance,
          response_schema_conformance]
EXAMPLES = {GenerationMode.POSITIVE: 100, GenerationMode.NEGATIVE: 60}  # per operation: the run stays well < 60 s


@pytest.fixture(scope="module")
def api(tmp_path_factory):
    # A small MAX_ROWS keeps generated row counts quick; the rate limit would (correctly) refuse a fuzzer.
    app = create_app(demo_settings(tmp_path_factory.mktemp("schemathesis"), max_rows=2000), ui=False)
    with TestClient(app):  # the lifespan runs (planner, cache) for the requests schemathesis makes
        yield app, schemathesis.openapi.from_asgi("/openapi.json", app)


def operations(schema) -> list:
    found = [result.ok() for result in schema.get_all_operations()]
    assert found
    return found


def test_the_spec_lists_every_operation(api) -> None:
    _, schema = api
    labels = {op.label for op in operations(schema)}
    assert {"POST /api/v1/generate", "POST /api/v1/schema", "GET /api/v1/providers", "GET /api/v1/cache/stats",
            "GET /health", "GET /metrics"} <= labels


@pytest.mark.parametrize("mode", list(EXAMPLES), ids=lambda m: m.value)
def test_generated_requests_get_documented_answers_and_no_5xx(api, mode) -> None:
    _, schema = api
    counts: Counter[str] = Counter()
    for operation in operations(schema):
        @settings(max_examples=EXAMPLES[mode], deadline=None, derandomize=True, database=None,
                  suppress_health_check=list(HealthCheck))
        @given(case=operation.as_strategy(generation_mode=mode))
        def check(case) -> None:
            response = case.call_and_validate(checks=CHECKS)
            counts[f"{case.operation.label} {response.status_code}"] += 1

        try:
            check()
        except Unsatisfiable:  # no input to get wrong (GET /health): nothing negative to send
            assert mode is GenerationMode.NEGATIVE
    total = sum(counts.values())
    print(f"schemathesis {mode.value}: {total} requests;", dict(sorted(counts.items())))
    assert total >= len(operations(schema)) * 5
    assert not any(key.rsplit(" ", 1)[1].startswith("5") for key in counts)
