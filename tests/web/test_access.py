"""Who may call what: optional API keys (API_KEYS), CORS (CORS_ORIGINS), and what every response and log line
carries: a request id, never a key. Plus /metrics."""

from __future__ import annotations

import hmac
import io
import json
import logging
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from synthgen.cache import SchemaCache
from synthgen.errors import PlannerTimeout
from synthgen.planners.caching import CachingPlanner
from synthgen.web import logs
from synthgen.web.app import create_app

from .conftest import ORDERS, PEOPLE, FixedPlanner, RaisingPlanner, demo_settings
from .test_api import GENERATE, assert_error
from .test_ui import call

KEYS = "first-key-0123456789,second-key-abcdefghij"
SMALL = {"schema": PEOPLE, "rows": 3, "seed": 1}


# ---- API keys -----------------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def keyed(tmp_path_factory) -> TestClient:
    with TestClient(create_app(demo_settings(tmp_path_factory.mktemp("keyed"), api_keys=KEYS))) as client:
        yield client


def test_the_api_is_open_by_default(client: TestClient) -> None:
    assert client.post(GENERATE, json=SMALL).status_code == 200
    assert client.get("/metrics").status_code == 200


@pytest.mark.parametrize("authorization", [None, "", "Bearer", "Bearer ", "Bearer wrong-key-0123456789",
                                           "Basic Zmlyc3Qta2V5LTAxMjM0NTY3ODk=", "first-key-0123456789",
                                           "Bearer first-key-0123456789x", "Bearer first-key-012345678"])
def test_without_a_valid_key_the_api_is_a_401(keyed: TestClient, authorization: str | None) -> None:
    headers = {} if authorization is None else {"Authorization": authorization}
    for method, path, body in (("POST", GENERATE, SMALL), ("POST", "/api/v1/schema", {"description": ORDERS}),
                               ("GET", "/api/v1/providers", None), ("GET", "/api/v1/cache/stats", None),
                               ("GET", "/metrics", None)):
        response = keyed.request(method, path, json=body, headers=headers)
        assert_error(response, 401, "unauthorized", "Authorization: Bearer")
        assert response.headers["www-authenticate"].startswith("Bearer")
        assert "first-key" not in response.text and "second-key" not in response.text


def test_either_key_opens_the_api(keyed: TestClient) -> None:
    for key in KEYS.split(","):
        response = keyed.post(GENERATE, json=SMALL, headers={"Authorization": f"Bearer {key}"})
        assert response.status_code == 200, response.text
    assert keyed.get("/metrics", headers={"Authorization": "bearer  second-key-abcdefghij"}).status_code == 200


def test_health_and_docs_stay_open(keyed: TestClient) -> None:
    for path in ("/health", "/docs", "/openapi.json", "/gradio/"):
        assert keyed.get(path).status_code == 200, path
    assert "Traceback" not in keyed.get("/api/v1/nothing").text


def test_with_keys_the_ui_asks_for_one_and_gradios_api_needs_it(tmp_path) -> None:
    """API_KEYS closes the UI's back door: Gradio's own API makes no file (and spends no LLM tokens) without a
    login, and the login takes any user name with a key as the password."""
    app = create_app(demo_settings(tmp_path, api_keys=KEYS))
    with TestClient(app) as client:
        downloads = app.state.services.downloads.root
        page = client.get("/gradio/")
        assert page.status_code == 200 and "auth_required" in page.text  # the page is Gradio's login form
        refused = client.post("/gradio/gradio_api/call/generate", json={"data": [ORDERS, 5, "csv", 1, None]})
        assert refused.status_code == 401
        assert client.get("/gradio/config").status_code == 401
        assert client.post("/gradio/gradio_api/queue/join", json={"data": [], "fn_index": 0,
                                                                    "session_hash": "x"}).status_code == 401
        for password in ("", "wrong-key-0123456789", "first-key-012345678", "Bearer first-key-0123456789"):
            assert client.post("/gradio/login", data={"username": "me", "password": password}).status_code >= 400
        assert not any(downloads.rglob("*.csv"))
        assert client.post("/gradio/login", data={"username": "anyone",
                                                  "password": "second-key-abcdefghij"}).status_code == 200
        status = call(client, "generate", [ORDERS, 5, "csv", 1, None])[0]
        assert status.startswith("**Done.**") and any(downloads.rglob("*.csv"))


def test_ui_logins_share_the_rate_limit(tmp_path) -> None:
    """Guessing keys at the UI's login costs a rate-limit token per try, like the API's generate."""
    with TestClient(create_app(demo_settings(tmp_path, api_keys=KEYS, rate_limit=3))) as client:
        tries = [client.post("/gradio/login", data={"username": "me", "password": f"guess-{i}"}) for i in range(4)]
    assert [t.status_code >= 400 for t in tries] == [True] * 4
    assert tries[-1].status_code == 429 and "retry-after" in tries[-1].headers
    assert all(t.status_code != 429 for t in tries[:3])


def test_every_key_is_compared_in_constant_time(keyed: TestClient, monkeypatch) -> None:
    compared: list[tuple[bytes, bytes]] = []
    real = hmac.compare_digest

    def spy(a, b):
        compared.append((a, b))
        return real(a, b)

    monkeypatch.setattr(hmac, "compare_digest", spy)
    keyed.get("/api/v1/cache/stats", headers={"Authorization": "Bearer first-key-0123456789"})
    keyed.get("/api/v1/cache/stats", headers={"Authorization": "Bearer nope"})
    assert len(compared) == 4  # both keys, both times, even after a match
    assert all(len(a) == len(b) == 32 for a, b in compared)  # digests: the length of a guess tells nothing


def test_api_keys_never_reach_the_logs(tmp_path) -> None:
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(logs.JSONFormatter())
    logger = logging.getLogger("synthgen")
    logger.addHandler(handler)
    try:
        settings = demo_settings(tmp_path, api_keys=KEYS, log_level="DEBUG")
        with TestClient(create_app(settings, ui=False)) as client:
            client.get("/api/v1/providers", headers={"Authorization": "Bearer first-key-0123456789"})
            client.get("/api/v1/providers", headers={"Authorization": "Bearer second-key-abcdefghij"})
            logging.getLogger("synthgen.test").warning("a careless line with first-key-0123456789 in it")
    finally:
        logger.removeHandler(handler)
    text = stream.getvalue()
    assert "GET /api/v1/providers 200" in text
    assert "first-key" not in text and "second-key" not in text and "[redacted]" in text


# ---- CORS ---------------------------------------------------------------------------------------------------

EVIL = "https://evil.example"


@pytest.mark.parametrize("path", ["/health", "/api/v1/providers", "/gradio/config", "/gradio/", "/metrics"])
def test_no_origin_is_echoed_by_default(client: TestClient, path: str) -> None:
    response = client.get(path, headers={"Origin": EVIL, "Host": "synthgen.example"})
    assert "access-control-allow-origin" not in response.headers
    assert "access-control-allow-credentials" not in response.headers


@pytest.mark.parametrize("path", [GENERATE, "/gradio/gradio_api/queue/join"])
def test_a_preflight_from_another_origin_is_refused(client: TestClient, path: str) -> None:
    response = client.options(path, headers={"Origin": EVIL, "Host": "synthgen.example",
                                             "Access-Control-Request-Method": "POST"})
    assert "access-control-allow-origin" not in response.headers
    assert "access-control-allow-credentials" not in response.headers


def test_configured_origins_may_call_the_api_without_credentials(tmp_path) -> None:
    settings = demo_settings(tmp_path, cors_origins="https://app.example, https://other.example/")
    with TestClient(create_app(settings, ui=False)) as client:
        ok = client.post(GENERATE, json=SMALL, headers={"Origin": "https://other.example"})
        assert ok.headers["access-control-allow-origin"] == "https://other.example"
        assert "access-control-allow-credentials" not in ok.headers
        assert "X-SynthGen-Seed" in ok.headers["access-control-expose-headers"]
        preflight = client.options(GENERATE, headers={"Origin": "https://app.example",
                                                      "Access-Control-Request-Method": "POST",
                                                      "Access-Control-Request-Headers": "authorization,content-type"})
        assert preflight.status_code == 200
        assert preflight.headers["access-control-allow-origin"] == "https://app.example"
        other = client.get("/health", headers={"Origin": EVIL})
        assert "access-control-allow-origin" not in other.headers


# ---- request ids and JSON logs ------------------------------------------------------------------------------

def test_every_response_carries_a_request_id(client: TestClient) -> None:
    responses = [client.get("/health"), client.post(GENERATE, json=SMALL), client.get("/api/v1/nothing"),
                 client.post(GENERATE, json={"rows": 0}), client.get("/gradio/config"),
                 client.get("/gradio/gradio_api/file=/etc/passwd")]
    ids = [r.headers["x-request-id"] for r in responses]
    assert len(set(ids)) == len(ids) and all(len(i) == 32 for i in ids)


def test_a_tame_incoming_request_id_is_kept_and_a_wild_one_replaced(client: TestClient) -> None:
    assert client.get("/health", headers={"X-Request-ID": "abc-123.DEF_456"}).headers["x-request-id"] == \
        "abc-123.DEF_456"
    for wild in (b"x", b"a" * 65, "evil\u00e9id-123456".encode(), b"id with spaces 1", b'{"level": "x"}'):
        got = client.get("/health", headers={"X-Request-ID": wild})
        assert got.headers["x-request-id"].encode() != wild and len(got.headers["x-request-id"]) == 32


def test_logs_are_one_json_object_a_line_with_the_request_id(tmp_path) -> None:
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(logs.JSONFormatter())
    logger = logging.getLogger("synthgen")
    logger.addHandler(handler)
    planner = RaisingPlanner(PlannerTimeout("no answer within 20 s"))
    try:
        with TestClient(create_app(demo_settings(tmp_path, log_level="INFO"), planner=planner, ui=False)) as client:
            ok = client.post(GENERATE, json=SMALL)
            failed = client.post(GENERATE, json={"description": ORDERS})
    finally:
        logger.removeHandler(handler)
    lines = [json.loads(line) for line in stream.getvalue().splitlines()]
    assert lines and all({"ts", "level", "logger", "msg"} <= set(line) for line in lines)
    access = [line for line in lines if line["logger"] == "synthgen.web.access"]
    by_id = {line["request_id"]: line for line in access}
    assert by_id[ok.headers["x-request-id"]]["status"] == 200
    assert by_id[ok.headers["x-request-id"]]["route"] == GENERATE
    assert by_id[failed.headers["x-request-id"]]["status"] == 504
    # The warning logged while the failed request was served carries its id too.
    warning = [line for line in lines if line["logger"] == "synthgen.web" and "PlannerTimeout" in line["msg"]]
    assert warning and warning[0]["request_id"] == failed.headers["x-request-id"]


def test_the_procfile_log_config_is_the_formatter_config() -> None:
    shipped = json.loads((Path(__file__).resolve().parents[2] / "logging.json").read_text())
    assert shipped == logs.uvicorn_log_config("INFO")


# ---- /metrics -----------------------------------------------------------------------------------------------

def samples(text: str) -> dict[str, float]:
    out = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            name, value = line.rsplit(" ", 1)
            out[name] = float(value)
    return out


def test_metrics_count_requests_rows_cache_and_planner_calls(tmp_path) -> None:
    cache = SchemaCache(tmp_path / "schemas")
    settings = demo_settings(tmp_path)
    with TestClient(create_app(settings, planner=CachingPlanner(FixedPlanner(PEOPLE), cache))) as client:
        client.post(GENERATE, json={"description": "people", "rows": 10})
        client.post(GENERATE, json={"description": "people", "rows": 20})
        client.post(GENERATE, json={"schema": PEOPLE, "rows": 7})
        client.post(GENERATE, json={"rows": 0})
        call(client, "regenerate", [{"headers": ["column", "provider", "arguments (JSON)", "unique", "null rate",
                                                 "more (JSON)"], "data": [["n", "name", "", False, 0, ""]],
                                     "metadata": None}, {"name": "x", "locale": "en_US"}, 12, "csv", 1, None])
        response = client.get("/metrics")
    assert response.headers["content-type"].startswith("text/plain; version=0.0.4")
    got = samples(response.text)
    assert got['synthgen_http_requests_total{method="POST",route="/api/v1/generate",status="200"}'] == 3
    assert got['synthgen_http_requests_total{method="POST",route="/api/v1/generate",status="422"}'] == 1
    assert got['synthgen_http_request_duration_seconds_count{route="/api/v1/generate"}'] == 4
    assert got['synthgen_http_request_duration_seconds_bucket{route="/api/v1/generate",le="+Inf"}'] == 4
    assert got['synthgen_rows_generated_total{door="api"}'] == 37
    assert got['synthgen_rows_generated_total{door="ui"}'] == 12
    assert got["synthgen_cache_hits_total"] == 1 and got["synthgen_cache_misses_total"] == 1
    assert got['synthgen_planner_calls_total{planner="fixed",result="ok"}'] == 1
    assert got['synthgen_planner_calls_total{planner="fixed",result="cache_hit"}'] == 1
    assert got["synthgen_jobs_active"] == 0 and got["synthgen_jobs_limit"] == 2
    assert got["process_resident_memory_bytes"] > 10_000_000


def test_metrics_count_planner_failures(tmp_path) -> None:
    planner = RaisingPlanner(PlannerTimeout("slow"))
    with TestClient(create_app(demo_settings(tmp_path), planner=planner, ui=False)) as client:
        client.post(GENERATE, json={"description": ORDERS})
        client.post("/api/v1/schema", json={"description": ORDERS})
        client.post("/api/v1/schema", json={"description": "x" * 3000})  # refused before the planner: not a call
        got = samples(client.get("/metrics").text)
    assert got['synthgen_planner_failures_total{error="planner_timeout",planner="fake"}'] == 2
    assert got['synthgen_planner_calls_total{planner="fake",result="planner_timeout"}'] == 2
    assert got['synthgen_http_requests_total{method="POST",route="/api/v1/schema",status="504"}'] == 1


def test_random_methods_and_paths_keep_the_metrics_bounded(tmp_path) -> None:
    """Any token is a method to HTTP and any path reaches the middleware: labels fold them into 'other'."""
    import random
    import string

    rng = random.Random(7)
    with TestClient(create_app(demo_settings(tmp_path), ui=False)) as client:
        client.get("/health")
        before = client.get("/metrics").text
        for i in range(400):
            method = "".join(rng.choices(string.ascii_uppercase, k=rng.randint(3, 40)))
            path = "/" + "/".join("".join(rng.choices(string.ascii_lowercase + "._-", k=8)) for _ in range(3))
            assert client.request(method, path if i % 2 else "/health").status_code in (404, 405)
        after = client.get("/metrics").text
    got = samples(after)
    requests = {name: value for name, value in got.items() if name.startswith("synthgen_http_requests_total{")}
    assert sum(requests.values()) == 402  # every request counted...
    assert len(requests) <= 6, sorted(requests)  # ...in a handful of series
    assert got['synthgen_http_requests_total{method="other",route="other",status="404"}'] == 200
    assert got['synthgen_http_requests_total{method="other",route="/health",status="405"}'] == 200
    assert {line.split('method="')[1].split('"')[0] for line in requests} <= {"GET", "other"}
    assert len(after) < len(before) + 4000  # a few new lines, not 400 of them


def test_a_metric_never_holds_more_than_max_series_label_sets() -> None:
    """The backstop for a label a future caller forgets to bound: new label sets fold into one 'other' series."""
    from synthgen.web.metrics import MAX_SERIES, Metrics

    metrics = Metrics()
    for i in range(MAX_SERIES + 300):
        metrics.inc("synthgen_planner_calls_total", planner=f"p{i}", result="ok")
        metrics.observe(0.01, route=f"/r{i}")
    got = samples(metrics.render())
    calls = [n for n in got if n.startswith("synthgen_planner_calls_total{")]
    assert len(calls) == MAX_SERIES + 1
    assert got['synthgen_planner_calls_total{planner="other",result="other"}'] == 300
    assert metrics.total("synthgen_planner_calls_total") == MAX_SERIES + 300  # nothing lost, only folded
    assert got['synthgen_http_request_duration_seconds_count{route="other"}'] == 300
