"""The REST API through FastAPI's TestClient: every endpoint, every error status, each format, streaming, seeds."""

from __future__ import annotations

import csv
import io
import json

import pyarrow.parquet as pq
import pytest
from fastapi.testclient import TestClient

from synthgen import pipeline
from synthgen.cache import SchemaCache
from synthgen.errors import PlannerError, PlannerTimeout, PlannerUnavailable
from synthgen.planners.caching import CachingPlanner
from synthgen.schema import parse_schema
from synthgen.web.app import create_app

from .conftest import ORDERS, PEOPLE, FixedPlanner, RaisingPlanner, demo_settings

GENERATE = "/api/v1/generate"


def rows_of_csv(data: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode("utf-8"))))


def assert_error(response, status: int, code: str, *words: str) -> dict:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert body["error"] == code
    assert isinstance(body["detail"], str) and body["detail"]
    for word in words:
        assert word in body["detail"], (word, body["detail"])
    assert "Traceback" not in response.text
    return body


# ---- /health, /, /docs ----------------------------------------------------------------------------------------

def test_health_reports_demo_mode(client: TestClient) -> None:
    body = client.get("/health").json()
    assert body["status"] == "ok"
    assert body["mode"] == "demo"
    assert body["provider"] == "offline"


def test_health_in_llm_mode_never_shows_the_key(tmp_path) -> None:
    settings = demo_settings(tmp_path, demo_mode=None, openai_api_key="sk-test-very-secret-123",
                             openai_model="gpt-test")
    with TestClient(create_app(settings, planner=FixedPlanner(PEOPLE), ui=False)) as client:
        response = client.get("/health")
    body = response.json()
    assert body["mode"] == "llm" and body["provider"] == "openai" and body["model"] == "gpt-test"
    assert "sk-test" not in response.text


def test_root_redirects_a_browser_to_the_ui(client: TestClient) -> None:
    response = client.get("/", follow_redirects=False)
    assert response.status_code in (302, 307)
    assert response.headers["location"].startswith("/gradio")
    assert client.get("/gradio/").status_code == 200


def test_unknown_path_is_a_json_404(client: TestClient) -> None:
    assert_error(client.get("/api/v1/nothing-here"), 404, "not_found")


def test_openapi_documents_every_file_type_and_error(client: TestClient) -> None:
    assert client.get("/docs").status_code == 200
    spec = client.get("/openapi.json").json()
    paths = spec["paths"]
    for path in ("/api/v1/generate", "/api/v1/schema", "/api/v1/providers", "/api/v1/cache/stats", "/health"):
        assert path in paths
    generate = paths["/api/v1/generate"]["post"]["responses"]
    assert set(generate["200"]["content"]) == {"text/csv", "application/json", "application/x-ndjson",
                                               "application/vnd.apache.parquet"}
    assert {"X-SynthGen-Seed", "X-SynthGen-Planner", "X-SynthGen-Cache"} <= set(generate["200"]["headers"])
    for status in ("413", "422", "500", "502", "503", "504"):
        ref = generate[status]["content"]["application/json"]["schema"]["$ref"]
        assert ref.endswith("/ErrorBody"), (status, ref)
    assert "Retry-After" in generate["503"]["headers"]
    assert "HTTPValidationError" not in json.dumps(spec)
    schema_responses = paths["/api/v1/schema"]["post"]["responses"]
    assert {"422", "502", "503", "504"} <= set(schema_responses)


# ---- /api/v1/generate: the file --------------------------------------------------------------------------------

def test_generate_from_a_description(client: TestClient) -> None:
    response = client.post(GENERATE, json={"description": ORDERS, "rows": 25})
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("text/csv")
    disposition = response.headers["content-disposition"]
    assert disposition.startswith("attachment;") and ".csv" in disposition
    assert response.headers["x-synthgen-planner"] == "offline"
    assert response.headers["x-synthgen-cache"] == "none"  # demo mode's offline planner is not cached
    assert int(response.headers["x-synthgen-seed"]) >= 0
    assert response.headers["x-synthgen-rows"] == "25"
    table = rows_of_csv(response.content)
    assert len(table) == 26
    header = [h.lower() for h in table[0]]
    assert any("email" in h for h in header) and any("status" in h for h in header)


def test_generate_from_a_schema_names_the_file_after_it(client: TestClient) -> None:
    response = client.post(GENERATE, json={"schema": PEOPLE, "rows": 10})
    assert response.status_code == 200, response.text
    assert 'filename="people.csv"' in response.headers["content-disposition"]
    assert response.headers["x-synthgen-planner"] == "none"
    assert response.headers["x-synthgen-cache"] == "none"
    table = rows_of_csv(response.content)
    assert table[0] == [c["name"] for c in PEOPLE["columns"]]
    assert len(table) == 11


@pytest.mark.parametrize("fmt", ["csv", "json", "jsonl", "parquet"])
def test_each_format_parses_back(client: TestClient, fmt: str) -> None:
    response = client.post(GENERATE, json={"schema": PEOPLE, "rows": 300, "format": fmt, "seed": 7})
    assert response.status_code == 200, response.text
    names = [c["name"] for c in PEOPLE["columns"]]
    if fmt == "csv":
        assert response.headers["content-type"].startswith("text/csv")
        table = rows_of_csv(response.content)
        assert table[0] == names and len(table) == 301
    elif fmt == "json":
        assert response.headers["content-type"].startswith("application/json")
        records = json.loads(response.content)
        assert len(records) == 300 and list(records[0]) == names
    elif fmt == "jsonl":
        assert response.headers["content-type"].startswith("application/x-ndjson")
        lines = response.content.decode().splitlines()
        assert len(lines) == 300 and list(json.loads(lines[0])) == names
    else:
        assert response.headers["content-type"].startswith("application/vnd.apache.parquet")
        table = pq.read_table(io.BytesIO(response.content))
        assert table.num_rows == 300 and table.column_names == names
    assert response.headers["content-disposition"].endswith(f'people.{fmt}"')


def test_same_seed_same_bytes(client: TestClient) -> None:
    body = {"schema": PEOPLE, "rows": 2000, "seed": 12345}
    first = client.post(GENERATE, json=body)
    second = client.post(GENERATE, json=body)
    other = client.post(GENERATE, json={**body, "seed": 54321})
    assert first.content == second.content
    assert first.content != other.content
    assert first.headers["x-synthgen-seed"] == "12345"


def test_reported_seed_repeats_a_run(client: TestClient) -> None:
    first = client.post(GENERATE, json={"description": ORDERS, "rows": 50, "format": "jsonl"})
    seed = int(first.headers["x-synthgen-seed"])
    again = client.post(GENERATE, json={"description": ORDERS, "rows": 50, "format": "jsonl", "seed": seed})
    assert again.content == first.content


def test_web_stream_is_the_pipeline_stream(client: TestClient) -> None:
    schema = parse_schema(PEOPLE)
    for fmt in ("csv", "jsonl"):
        web = client.post(GENERATE, json={"schema": PEOPLE, "rows": 5000, "format": fmt, "seed": 3}).content
        assert web == b"".join(pipeline.stream(schema, 5000, fmt, 3))


def test_a_large_request_streams_incrementally(client: TestClient) -> None:
    rows = 200_000
    chunks = lines = size = 0
    with client.stream("POST", GENERATE, json={"schema": PEOPLE, "rows": rows, "seed": 1}) as response:
        assert response.status_code == 200
        assert "content-length" not in response.headers  # streamed, not buffered
        for chunk in response.iter_bytes():
            chunks += 1
            size += len(chunk)
            lines += chunk.count(b"\n")
    assert chunks > 1
    assert lines >= rows + 1  # header, rows (a sentence may hold no newline; quoted ones would only add)
    assert size > rows * 20


def test_the_app_answers_while_a_large_file_streams(client: TestClient) -> None:
    with client.stream("POST", GENERATE, json={"schema": PEOPLE, "rows": 500_000, "seed": 2}) as response:
        stream = response.iter_bytes()
        assert next(stream)
        # Mid-download, another request is served: generation runs in the threadpool, not on the event loop.
        assert client.get("/health").json()["status"] == "ok"
        for _ in stream:
            pass


def test_csv_cells_are_escaped_unless_raw(client: TestClient) -> None:
    schema = {"name": "formulas", "columns": [
        {"name": "cell", "provider": "random_element", "args": {"elements": ["=1+1", "@SUM(A1)"]}}]}
    safe = rows_of_csv(client.post(GENERATE, json={"schema": schema, "rows": 20, "seed": 1}).content)
    raw = rows_of_csv(client.post(GENERATE, json={"schema": schema, "rows": 20, "seed": 1, "raw": True}).content)
    assert all(row[0].startswith("'") for row in safe[1:])
    assert {row[0] for row in raw[1:]} <= {"=1+1", "@SUM(A1)"}


def test_locale_overrides_the_schema(client: TestClient) -> None:
    schema = {"name": "cities", "columns": [{"name": "city", "provider": "city"}]}
    response = client.post(GENERATE, json={"schema": schema, "rows": 5, "locale": "de_DE", "seed": 4})
    assert response.status_code == 200, response.text


# ---- /api/v1/generate: errors ----------------------------------------------------------------------------------

@pytest.mark.parametrize(("body", "field"), [
    ({"description": ORDERS, "rows": 0}, "rows"),
    ({"description": ORDERS, "rows": "many"}, "rows"),
    ({"description": ORDERS, "rows": 10, "format": "xml"}, "format"),
    ({"description": ORDERS, "seed": -1}, "seed"),
    ({"description": ORDERS, "locale": "xx_YY"}, "locale"),
    ({"description": "   "}, "description"),
    ({"description": ORDERS, "colour": "red"}, "colour"),
    ({"description": ORDERS, "schema": PEOPLE}, "schema"),
    ({"rows": 10}, "description"),
    ({"schema": "not an object"}, "schema"),
])
def test_validation_errors_name_the_field(client: TestClient, body: dict, field: str) -> None:
    assert_error(client.post(GENERATE, json=body), 422, "invalid_request", field)


def test_a_body_that_is_not_json_is_a_422(client: TestClient) -> None:
    response = client.post(GENERATE, content=b'{"rows": 1,', headers={"content-type": "application/json"})
    assert_error(response, 422, "invalid_request", "JSON")


def test_rows_over_the_limit_is_a_413(client: TestClient, settings) -> None:
    body = assert_error(client.post(GENERATE, json={"description": ORDERS, "rows": settings.max_rows + 1}),
                        413, "limit_exceeded", "rows")
    assert f"{settings.max_rows:,}" in body["detail"]


def test_a_smaller_max_rows_setting_is_enforced(tmp_path) -> None:
    with TestClient(create_app(demo_settings(tmp_path, max_rows=100), ui=False)) as client:
        assert client.post(GENERATE, json={"schema": PEOPLE, "rows": 100}).status_code == 200
        assert_error(client.post(GENERATE, json={"schema": PEOPLE, "rows": 101}), 413, "limit_exceeded", "rows")


def test_a_long_description_is_a_413(client: TestClient) -> None:
    assert_error(client.post(GENERATE, json={"description": "word " * 1000}), 413, "limit_exceeded", "description")


def test_a_huge_body_is_a_413(client: TestClient) -> None:
    blob = json.dumps({"description": "x", "padding": "y" * (6 * 1024 * 1024)})
    response = client.post(GENERATE, content=blob, headers={"content-type": "application/json"})
    assert_error(response, 413, "too_large", "body")


@pytest.mark.parametrize(("column", "words"), [
    ({"name": "colour", "provider": "colour_name"}, ["colour", "color_name"]),
    ({"name": "qty", "provider": "random_int", "args": {"maximum": 5}}, ["qty", "maximum"]),
    ({"name": "qty", "provider": "random_int", "args": {"min": 9, "max": 1}}, ["qty", "min"]),
    ({"name": "odds", "provider": "name", "null_rate": 2}, ["null_rate"]),
])
def test_schema_problems_are_422_naming_the_column(client: TestClient, column: dict, words: list[str]) -> None:
    schema = {"name": "bad", "columns": [{"name": "ok", "provider": "name"}, column]}
    assert_error(client.post(GENERATE, json={"schema": schema, "rows": 5}), 422, "invalid_schema", *words)


def test_several_schema_problems_are_all_listed(client: TestClient) -> None:
    schema = {"columns": [{"name": "a", "provider": "nope"}, {"name": "b", "provider": "neither"}]}
    body = assert_error(client.post(GENERATE, json={"schema": schema}), 422, "invalid_schema", "'a'", "'b'")
    assert len(body["problems"]) == 2


def test_unique_capacity_is_a_422(client: TestClient) -> None:
    schema = {"columns": [{"name": "coin", "provider": "random_element", "args": {"elements": ["H", "T"]},
                           "unique": True}]}
    assert_error(client.post(GENERATE, json={"schema": schema, "rows": 10}), 422, "unique_capacity", "coin")


@pytest.mark.parametrize(("error", "status", "code"), [
    (PlannerError("the model answered with no columns"), 502, "planner_failed"),
    (PlannerTimeout("no answer within 20 s"), 504, "planner_timeout"),
    (PlannerUnavailable("rate limited", retry_after=17), 503, "planner_unavailable"),
])
def test_planner_failures_map_to_gateway_statuses(tmp_path, error, status: int, code: str) -> None:
    with TestClient(create_app(demo_settings(tmp_path), planner=RaisingPlanner(error), ui=False)) as client:
        for path in (GENERATE, "/api/v1/schema"):
            response = client.post(path, json={"description": ORDERS})
            assert_error(response, status, code, error.detail)
            if status == 503:
                assert response.headers["retry-after"] == "17"
        # A request that brings its own schema never calls the planner.
        assert client.post(GENERATE, json={"schema": PEOPLE, "rows": 3}).status_code == 200


def test_a_bug_is_a_generic_500_without_a_traceback(tmp_path) -> None:
    app = create_app(demo_settings(tmp_path), planner=RaisingPlanner(RuntimeError("secret internals")), ui=False)
    with TestClient(app, raise_server_exceptions=False) as client:
        response = client.post(GENERATE, json={"description": ORDERS})
    body = assert_error(response, 500, "internal_error")
    assert "secret internals" not in response.text and "RuntimeError" not in body["detail"]


# ---- /api/v1/schema, /api/v1/providers, /api/v1/cache/stats --------------------------------------------------

def test_schema_endpoint_returns_a_schema_generate_accepts(client: TestClient) -> None:
    response = client.post("/api/v1/schema", json={"description": ORDERS})
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["planner"] == "offline" and body["cache_hit"] is False
    schema = body["schema"]
    assert schema["locale"] == "en_US" and schema["columns"]
    parse_schema(schema)
    assert client.post(GENERATE, json={"schema": schema, "rows": 5}).status_code == 200
    german = client.post("/api/v1/schema", json={"description": ORDERS, "locale": "de_DE"}).json()["schema"]
    assert german["locale"] == "de_DE"


def test_schema_endpoint_validates_its_body(client: TestClient) -> None:
    assert_error(client.post("/api/v1/schema", json={}), 422, "invalid_request", "description")
    assert_error(client.post("/api/v1/schema", json={"description": "x", "locale": "nope"}), 422,
                 "invalid_request", "locale")


def test_providers_lists_the_catalog(client: TestClient) -> None:
    body = client.get("/api/v1/providers").json()
    names = {p["name"] for p in body["providers"]}
    assert {"name", "email", "random_int", "random_element"} <= names
    assert body["count"] == len(body["providers"]) and body["locale"] == "en_US"
    assert {"name", "group", "returns", "args", "doc"} <= set(body["providers"][0])
    german = client.get("/api/v1/providers", params={"locale": "de_DE"}).json()
    assert german["locale"] == "de_DE" and german["count"] > 0
    assert_error(client.get("/api/v1/providers", params={"locale": "xx"}), 422, "invalid_request", "locale")


def test_cache_stats_in_demo_mode(client: TestClient) -> None:
    body = client.get("/api/v1/cache/stats").json()
    assert body["enabled"] is False and body["hits"] == 0


def test_cache_hits_through_the_real_cache(tmp_path) -> None:
    settings = demo_settings(tmp_path)
    cache = SchemaCache(tmp_path / "schemas")
    inner = FixedPlanner(PEOPLE)
    with TestClient(create_app(settings, planner=CachingPlanner(inner, cache), ui=False)) as client:
        first = client.post(GENERATE, json={"description": "some people", "rows": 5})
        second = client.post(GENERATE, json={"description": "Some   PEOPLE", "rows": 5})
        schema = client.post("/api/v1/schema", json={"description": "some people"}).json()
        stats = client.get("/api/v1/cache/stats").json()
    assert first.headers["x-synthgen-cache"] == "miss"
    assert second.headers["x-synthgen-cache"] == "hit"
    assert first.headers["x-synthgen-planner"] == "fixed"
    assert schema["cache_hit"] is True
    assert inner.calls == 1
    assert stats["enabled"] is True and stats["hits"] == 2 and stats["misses"] == 1 and stats["entries"] == 1


# ---- the cap on files made at once -----------------------------------------------------------------------------

def test_beyond_the_cap_is_a_503_and_slots_come_back(tmp_path) -> None:
    from synthgen.web.gate import Gate

    app = create_app(demo_settings(tmp_path), ui=False)
    with TestClient(app) as client:
        app.state.services.gate = gate = Gate(1)
        body = {"schema": PEOPLE, "rows": 300_000, "seed": 1}
        with client.stream("POST", GENERATE, json=body) as response:
            chunks = response.iter_bytes()
            assert next(chunks)
            assert gate.active == 1
            busy = client.post(GENERATE, json={"schema": PEOPLE, "rows": 20_000})
            assert_error(busy, 503, "busy", "try again")
            assert int(busy.headers["retry-after"]) > 0
            # A small request has a lane of its own: a big download does not crowd it out.
            assert client.post(GENERATE, json={"schema": PEOPLE, "rows": 5}).status_code == 200
            # A request that fails validation never takes a slot.
            assert_error(client.post(GENERATE, json={"schema": PEOPLE, "rows": 0}), 422, "invalid_request")
        # The client left half-way: the slot is free again.
        assert gate.active == 0
        assert client.post(GENERATE, json={"schema": PEOPLE, "rows": 5}).status_code == 200
        bad = {"schema": {"columns": [{"name": "x", "provider": "nope"}]}}
        assert client.post(GENERATE, json=bad).status_code == 422
        assert gate.active == 0


# ---- whatever a client sends, never a 500 -----------------------------------------------------------------------

def test_no_body_a_client_sends_is_a_500(client: TestClient) -> None:
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    scalars = (st.none() | st.booleans() | st.integers(-2**70, 2**70)
               | st.floats(allow_nan=False, allow_infinity=False) | st.text(max_size=30))
    values = st.recursive(scalars, lambda inner: st.lists(inner, max_size=3)
                          | st.dictionaries(st.text(max_size=8), inner, max_size=3), max_leaves=8)
    column = st.fixed_dictionaries({"name": st.text(max_size=10), "provider": st.sampled_from(
        ["name", "random_int", "random_element", "pyfloat", "date_between", "nope", ""])},
        optional={"args": st.dictionaries(st.sampled_from(["min", "max", "elements", "text", "x"]), values, max_size=3),
                  "unique": values, "null_rate": values, "weights": values, "after": values, "entity": values})
    body = st.fixed_dictionaries({}, optional={
        "description": st.text(max_size=60) | values,
        "schema": st.fixed_dictionaries({"columns": st.lists(column, max_size=3)}, optional={"locale": values})
        | values,
        "rows": st.integers(-5, 2_000_000) | values,
        "format": st.sampled_from(["csv", "json", "parquet", "x"]) | values,
        "seed": st.integers(-3, 2**64) | values, "locale": st.sampled_from(["en_US", "de_DE", "xx"]) | values,
        "raw": values})

    @settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
    @given(body)
    def check(payload: dict) -> None:
        if isinstance(payload.get("rows"), int) and payload["rows"] > 5000:
            payload["rows"] %= 5000  # keep each example quick; the row limit has its own tests
        response = client.post(GENERATE, json=payload)
        assert response.status_code < 500 or response.status_code in (502, 503, 504), (payload, response.text)
        if response.status_code != 200:
            assert set(response.json()) <= {"error", "detail", "problems"}

    check()


def test_a_faker_provider_that_fails_is_a_422_naming_the_column(client: TestClient, flaky_doi: str) -> None:
    schema = {"columns": [{"name": "code", "provider": "doi"}]}
    assert_error(client.post(GENERATE, json={"schema": schema, "rows": 50}), 422, "generation_failed",
                 "column 'code'", flaky_doi)
