"""Limits and fair use: body cap (Content-Length and chunked), row/column/description limits, the per-client rate
limit (rightmost X-Forwarded-For), the generation cap, and Gradio's queue cap."""

from __future__ import annotations

import json
import threading

import pytest
from fastapi.testclient import TestClient

from synthgen.planners.base import PlanMeta, PlanResult
from synthgen.schema import MAX_COLUMNS, parse_schema
from synthgen.web.app import create_app
from synthgen.web.ratelimit import RateLimiter, client_identity

from .conftest import ORDERS, PEOPLE, demo_settings
from .test_api import GENERATE, assert_error
from .test_ui import HEADERS, call

SMALL = {"schema": PEOPLE, "rows": 3, "seed": 1}


# ---- body cap ---------------------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def capped(tmp_path_factory) -> TestClient:
    settings = demo_settings(tmp_path_factory.mktemp("capped"), max_body_bytes=4096)
    with TestClient(create_app(settings)) as client:
        yield client


def test_a_declared_length_over_the_cap_is_refused_before_parsing(capped: TestClient) -> None:
    blob = json.dumps({**SMALL, "description": None, "padding": "x" * 5000})
    body = assert_error(capped.post(GENERATE, content=blob, headers={"content-type": "application/json"}),
                        413, "too_large", "4.1 kB (4,096 bytes)", "MAX_BODY_BYTES")
    assert set(body) == {"error", "detail"}


def test_a_chunked_body_over_the_cap_is_refused(capped: TestClient) -> None:
    def chunks():
        yield b'{"schema": {"columns": [], "pad": "'
        for _ in range(50):
            yield b"y" * 200
        yield b'"}}'

    response = capped.post(GENERATE, content=chunks(), headers={"content-type": "application/json"})
    assert response.request.headers.get("transfer-encoding") == "chunked"
    assert_error(response, 413, "too_large", "4.1 kB (4,096 bytes)")


def test_a_chunked_body_under_the_cap_is_served(capped: TestClient) -> None:
    data = json.dumps(SMALL).encode()
    response = capped.post(GENERATE, content=iter([data[:10], data[10:]]), headers={"content-type": "application/json"})
    assert response.request.headers.get("transfer-encoding") == "chunked"
    assert response.status_code == 200, response.text
    assert len(response.text.splitlines()) == 4


def test_gradio_uploads_are_capped_and_never_served_back(capped: TestClient) -> None:
    files = {"files": ("big.json", b"{}\n" * 3000, "application/json")}  # 9 KB: refused by size before anything
    assert_error(capped.post("/gradio/gradio_api/upload", files=files), 413, "too_large")
    small = capped.post("/gradio/gradio_api/upload", files={"files": ("s.json", b'{"columns": []}', "text/plain")})
    assert small.status_code == 200  # the form's "Load a schema file" (read once by ui_schema_file)
    path = small.json()[0]
    for route in (f"/gradio/gradio_api/file={path}", f"/gradio/file={path}"):
        assert_error(capped.get(route), 404, "not_found")  # Gradio's file routes stay closed


# ---- rows, columns, description -----------------------------------------------------------------------------

def test_rows_over_max_rows_names_the_limit(client: TestClient, settings) -> None:
    body = assert_error(client.post(GENERATE, json={"schema": PEOPLE, "rows": settings.max_rows + 1}), 413,
                        "limit_exceeded", "rows", f"{settings.max_rows:,}")
    assert "problems" not in body


def test_a_file_over_max_output_mb_is_refused_naming_the_rows_that_fit(tmp_path) -> None:
    """Rows alone do not bound a file: 5,000-character texts make about 5 kB a row."""
    essays = {"columns": [{"name": "essay", "provider": "text", "args": {"max_nb_chars": 5000}}]}
    with TestClient(create_app(demo_settings(tmp_path, max_output_mb=1))) as client:
        body = assert_error(client.post(GENERATE, json={"schema": essays, "rows": 1000}), 413,
                            "limit_exceeded", "rows is 1,000", "1.0 MB", "ask for at most")
        fit = int(body["detail"].split("ask for at most ")[1].split(" ")[0].replace(",", ""))
        assert 100 < fit < 1000
        served = client.post(GENERATE, json={"schema": essays, "rows": fit, "seed": 2})
        assert served.status_code == 200 and 0.5e6 < len(served.content) <= 1.2e6
        assert client.post(GENERATE, json={"schema": PEOPLE, "rows": 5000}).status_code == 200  # narrow rows
        table = {"headers": HEADERS, "data": [["essay", "text", '{"max_nb_chars": 5000}', False, 0, ""]],
                 "metadata": None}
        status = call(client, "regenerate", [table, 1000, "csv", None, None])[0]
        assert status.startswith("**Could not generate.** Too many rows") and f"at most {fit:,} rows" in status


def test_too_many_columns_names_the_limit(client: TestClient) -> None:
    schema = {"columns": [{"name": f"c{i}", "provider": "name"} for i in range(MAX_COLUMNS + 1)]}
    assert_error(client.post(GENERATE, json={"schema": schema, "rows": 1}), 422, "invalid_schema",
                 "columns", str(MAX_COLUMNS))


def test_a_long_description_names_the_limit(client: TestClient) -> None:
    for path in (GENERATE, "/api/v1/schema"):
        assert_error(client.post(path, json={"description": "x" * 2001}), 413, "limit_exceeded",
                     "description", "2,000")


# ---- who the client is --------------------------------------------------------------------------------------

def xff(*values: str) -> list[tuple[bytes, bytes]]:
    return [(b"x-forwarded-for", v.encode()) for v in values]


@pytest.mark.parametrize(("headers", "peer", "expected"), [
    (xff("6.6.6.6, 10.0.0.1, 203.0.113.9"), "10.1.1.1", "203.0.113.9"),  # rightmost: what the router appended
    (xff("6.6.6.6", "203.0.113.9"), "10.1.1.1", "203.0.113.9"),  # several headers are one list
    (xff("203.0.113.9 , "), "10.1.1.1", "203.0.113.9"),  # blanks skipped
    ([], "198.51.100.7", "198.51.100.7"),  # no proxy: the socket peer
    (xff(""), "198.51.100.7", "198.51.100.7"),
    ([], None, "unknown"),
])
def test_the_client_is_the_rightmost_forwarded_address_or_the_peer(headers, peer, expected) -> None:
    assert client_identity(headers, peer) == expected


# ---- the token bucket ---------------------------------------------------------------------------------------

class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_a_bucket_allows_a_burst_then_one_per_interval() -> None:
    clock = Clock()
    limiter = RateLimiter(6, clock=clock)  # 6 a minute: one token every 10 s
    assert [limiter.take("a") for _ in range(6)] == [0] * 6
    assert limiter.take("a") == 10
    assert limiter.take("b") == 0  # another client has its own bucket
    clock.now += 5
    assert limiter.take("a") == 5
    clock.now += 5
    assert limiter.take("a") == 0
    clock.now += 3600  # a bucket never holds more than a minute's worth
    assert [limiter.take("a") for _ in range(7)] == [0] * 6 + [10]
    assert limiter.refused == 3


def test_zero_turns_the_limit_off_and_buckets_stay_bounded() -> None:
    off = RateLimiter(0)
    assert not off.enabled and all(off.take("a") == 0 for _ in range(1000)) and len(off) == 0
    limiter = RateLimiter(5, max_clients=100)
    for i in range(1000):
        limiter.take(f"client-{i}")
    assert len(limiter) == 100


# ---- the rate limit over HTTP -------------------------------------------------------------------------------

@pytest.fixture
def limited(tmp_path) -> TestClient:
    with TestClient(create_app(demo_settings(tmp_path, rate_limit=3))) as client:
        yield client


def test_past_the_limit_is_a_429_with_retry_after(limited: TestClient) -> None:
    assert [limited.post(GENERATE, json=SMALL).status_code for _ in range(3)] == [200] * 3
    response = limited.post(GENERATE, json=SMALL)
    body = assert_error(response, 429, "rate_limited", "3 a minute")
    assert 1 <= int(response.headers["retry-after"]) <= 20
    assert set(body) == {"error", "detail"}
    # The schema endpoint shares the client's bucket; cheap GETs are never limited.
    assert_error(limited.post("/api/v1/schema", json={"description": ORDERS}), 429, "rate_limited")
    assert limited.get("/api/v1/providers").status_code == 200
    assert limited.get("/health").status_code == 200
    metrics = limited.get("/metrics").text
    assert "synthgen_rate_limited_total 2" in metrics


def test_a_forged_leftmost_address_does_not_dodge_the_limit(limited: TestClient) -> None:
    statuses = [limited.post(GENERATE, json=SMALL,
                             headers={"X-Forwarded-For": f"10.9.8.{i}, 192.0.2.{i}, 203.0.113.50"}).status_code
                for i in range(6)]
    assert statuses == [200, 200, 200, 429, 429, 429]
    # Another address appended by the router is another client, whatever it put on the left.
    other = limited.post(GENERATE, json=SMALL, headers={"X-Forwarded-For": "10.9.8.1, 203.0.113.51"})
    assert other.status_code == 200
    # And without the header, the socket peer (TestClient's) is the client.
    assert limited.post(GENERATE, json=SMALL).status_code == 200


def test_schema_file_uploads_are_rate_limited(limited: TestClient) -> None:
    """The form's one upload (a schema file) spends the client's tokens: uploads cannot fill the disk at will."""
    files = {"files": ("s.json", b'{"columns": []}', "application/json")}
    assert [limited.post("/gradio/gradio_api/upload", files=files).status_code for _ in range(3)] == [200] * 3
    assert_error(limited.post("/gradio/gradio_api/upload", files=files), 429, "rate_limited")


def test_the_ui_generate_shares_the_limit_with_a_friendly_message(limited: TestClient) -> None:
    for _ in range(3):
        assert limited.post(GENERATE, json=SMALL).status_code == 200
    status = call(limited, "generate", [ORDERS, 10, "csv", 1, None])[0]
    assert "faster than this demo allows" in status and "seconds" in status


@pytest.mark.parametrize("kind", ["starlette", "dict", "gradio"])
def test_the_ui_reads_the_rightmost_address_from_any_shape_of_headers(tmp_path, kind: str) -> None:
    from types import SimpleNamespace

    from gradio.route_utils import Obj
    from starlette.datastructures import Headers

    from synthgen.factory import planner_mode
    from synthgen.web.ratelimit import RateLimited
    from synthgen.web.services import Services
    from synthgen.web.ui import _limit

    settings = demo_settings(tmp_path, rate_limit=1)
    services = Services.from_settings(settings, planner_mode(settings))

    def request(forwarded: str) -> SimpleNamespace:
        raw = {"x-forwarded-for": forwarded, "host": "synthgen.example"}
        headers = {"starlette": Headers(raw), "dict": raw, "gradio": Obj(raw)}[kind]
        return SimpleNamespace(headers=headers, client=SimpleNamespace(host="10.0.0.9"))

    _limit(services, request("6.6.6.6, 203.0.113.5"))
    with pytest.raises(RateLimited):
        _limit(services, request("7.7.7.7, 203.0.113.5"))  # a new leftmost: the same client
    _limit(services, request("6.6.6.6, 203.0.113.6"))  # another router-appended address: another client


# ---- the generation cap and the UI queue --------------------------------------------------------------------

def test_max_concurrent_jobs_sets_the_cap(tmp_path) -> None:
    app = create_app(demo_settings(tmp_path, max_concurrent_jobs=1), ui=False)
    with TestClient(app) as client:
        gate = app.state.services.gate
        assert gate.limit == 1
        with client.stream("POST", GENERATE, json={"schema": PEOPLE, "rows": 300_000, "seed": 1}) as response:
            chunks = response.iter_bytes()  # kept: a dropped iterator would close the stream
            assert next(chunks)
            assert gate.active == 1
            busy = client.post(GENERATE, json={**SMALL, "rows": 20_000})  # large: over SMALL_ROWS
            assert_error(busy, 503, "busy")
            assert int(busy.headers["retry-after"]) > 0
            assert client.post(GENERATE, json=SMALL).status_code == 200  # small requests have their own lane
        assert gate.active == 0
        assert "synthgen_busy_total 1" in client.get("/metrics").text


class BlockingPlanner:
    """Plans only when released, so UI events pile up in Gradio's queue."""

    name = "blocking"
    model = None

    def __init__(self) -> None:
        self.release = threading.Event()
        self.started = threading.Semaphore(0)

    def plan(self, description: str, *, locale: str | None = None) -> PlanResult:
        self.started.release()
        self.release.wait(60)
        return PlanResult(parse_schema(PEOPLE), PlanMeta(planner=self.name))


def test_a_full_ui_queue_says_busy_at_once(tmp_path) -> None:
    planner = BlockingPlanner()
    settings = demo_settings(tmp_path, max_concurrent_jobs=1, ui_queue_size=2)
    with TestClient(create_app(settings, planner=planner)) as client:
        try:
            events = []
            first = client.post("/gradio/gradio_api/call/generate", json={"data": [ORDERS, 5, "csv", 1, None]})
            events.append(first.json()["event_id"])
            assert planner.started.acquire(timeout=30)  # running, holding the only worker
            for _ in range(2):  # waiting in the queue
                response = client.post("/gradio/gradio_api/call/generate", json={"data": [ORDERS, 5, "csv", 1, None]})
                assert response.status_code == 200, response.text
                events.append(response.json()["event_id"])
            full = client.post("/gradio/gradio_api/call/generate", json={"data": [ORDERS, 5, "csv", 1, None]})
            assert full.status_code == 503  # the page shows "This application is currently busy. Please try again."
            assert "Queue is full" in full.text and "Traceback" not in full.text
        finally:
            planner.release.set()
        for event in events:
            assert "event: complete" in client.get(f"/gradio/gradio_api/call/generate/{event}").text
