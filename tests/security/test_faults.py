"""Faults at the API: the LLM rate limits, fails, is overloaded or hangs (at most one retry, within the budget, then
503/504 with Retry-After, the key in no log or response); the cache directory vanishes, cannot be written, or holds
a corrupt or tampered entry (the app keeps serving; the tampered entry is refused on read)."""

from __future__ import annotations

import json
import shutil
import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Self

import httpx2
import pytest

from synthgen.planners.caching import CachingPlanner

from .conftest import (
    ANTHROPIC_KEY,
    GENERATE,
    GOOD,
    OPENAI_KEY,
    SCHEMA,
    FakeLLM,
    anthropic_error,
    anthropic_reply,
    column,
    good_with,
    llm_app,
    openai_error,
    openai_reply,
)

ASK = {"description": "orders with status and total", "rows": 20}
KEY_ECHO = f"Incorrect API key provided: {OPENAI_KEY}"


def assert_clean(response, *secrets: str) -> None:
    for secret in (*secrets, "SECRET", "Traceback"):
        assert secret not in response.text
        assert secret not in json.dumps(dict(response.headers))


# ---- the LLM fails ------------------------------------------------------------------------------------------

def test_429_twice_is_a_503_with_the_services_retry_after(tmp_path, capture_logs) -> None:
    api = FakeLLM(openai_error(429, KEY_ECHO, {"retry-after": "1"}), openai_error(429, KEY_ECHO, {"retry-after": "3"}))
    sleeps: list[float] = []
    with llm_app(tmp_path, api, sleeps=sleeps) as client:
        response = client.post(GENERATE, json=ASK)
    assert response.status_code == 503 and response.json()["error"] == "planner_unavailable"
    assert response.headers["retry-after"] == "3"
    assert api.calls == 2 and sleeps == [1.0]  # one retry, after the wait the service asked for
    assert_clean(response, OPENAI_KEY)
    assert OPENAI_KEY not in capture_logs.getvalue() and "SECRET" not in capture_logs.getvalue()


def test_a_retry_after_beyond_the_budget_is_a_503_at_once(tmp_path) -> None:
    api = FakeLLM(openai_error(429, "slow down", {"retry-after": "120"}))
    sleeps: list[float] = []
    with llm_app(tmp_path, api, sleeps=sleeps) as client:
        response = client.post(SCHEMA, json={"description": "orders"})
    assert response.status_code == 503 and response.headers["retry-after"] == "120"
    assert api.calls == 1 and sleeps == []


def test_429_then_an_answer_is_served(tmp_path) -> None:
    api = FakeLLM(openai_error(429, "slow down", {"retry-after": "2"}), openai_reply(GOOD))
    sleeps: list[float] = []
    with llm_app(tmp_path, api, sleeps=sleeps) as client:
        response = client.post(GENERATE, json=ASK)
    assert response.status_code == 200 and sleeps == [2.0] and api.calls == 2


def test_anthropic_529_overloaded_twice_is_a_503(tmp_path, capture_logs) -> None:
    api = FakeLLM(anthropic_error(529, "overloaded_error", "Overloaded"),
                  anthropic_error(529, "overloaded_error", f"Overloaded {ANTHROPIC_KEY}", {"retry-after": "7"}))
    sleeps: list[float] = []
    with llm_app(tmp_path, api, "anthropic", sleeps=sleeps) as client:
        response = client.post(GENERATE, json=ASK)
    assert response.status_code == 503 and response.headers["retry-after"] == "7"
    assert "overloaded" in response.json()["detail"]
    assert api.calls == 2 and len(sleeps) == 1
    assert_clean(response, ANTHROPIC_KEY)
    assert ANTHROPIC_KEY not in capture_logs.getvalue()


def test_500_twice_is_retried_once_and_never_leaks(tmp_path, capture_logs) -> None:
    api = FakeLLM(openai_error(500, KEY_ECHO))
    sleeps: list[float] = []
    with llm_app(tmp_path, api, sleeps=sleeps) as client:
        response = client.post(GENERATE, json=ASK)
    assert response.status_code == 503 and "server error (HTTP 500)" in response.json()["detail"]
    assert int(response.headers["retry-after"]) > 0
    assert api.calls == 2 and len(sleeps) == 1
    assert_clean(response, OPENAI_KEY)
    assert OPENAI_KEY not in capture_logs.getvalue()


def test_500_twice_is_a_503_with_retry_after(tmp_path) -> None:
    api = FakeLLM(openai_error(500))
    with llm_app(tmp_path, api, sleeps=[]) as client:
        response = client.post(GENERATE, json=ASK)
    assert response.status_code == 503 and int(response.headers["retry-after"]) > 0


def test_a_read_timeout_twice_is_a_504_with_retry_after(tmp_path) -> None:
    def hang(request: httpx2.Request) -> httpx2.Response:
        raise httpx2.ReadTimeout("timed out", request=request)

    api = FakeLLM(hang)
    with llm_app(tmp_path, api, sleeps=[]) as client:
        response = client.post(GENERATE, json=ASK)
    assert response.status_code == 504 and response.json()["error"] == "planner_timeout"
    assert int(response.headers["retry-after"]) > 0
    assert api.calls == 2


@contextmanager
def silent_server() -> Iterator[tuple[int, list[socket.socket]]]:
    """A loopback TCP server that accepts connections and never answers: an LLM that hangs."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)
    accepted: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        listener.settimeout(0.1)
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
                accepted.append(conn)
            except OSError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    try:
        yield listener.getsockname()[1], accepted
    finally:
        stop.set()
        thread.join()
        for conn in accepted:
            conn.close()
        listener.close()


def test_an_llm_that_hangs_is_a_504_within_the_budget(tmp_path, capture_logs) -> None:
    """The real SDK and HTTP stack against a server that never answers, with a 1 s PLANNER_TIMEOUT."""
    from fastapi.testclient import TestClient

    from synthgen.factory import make_planner
    from synthgen.web.app import create_app

    from .conftest import llm_settings

    with silent_server() as (port, accepted):
        settings = llm_settings(tmp_path, openai_base_url=f"http://127.0.0.1:{port}/v1", planner_timeout=1.0)
        with TestClient(create_app(settings, planner=make_planner(settings), ui=False)) as client:
            response = client.post(GENERATE, json=ASK)
            schema = client.post(SCHEMA, json={"description": "another"})
        connections = len(accepted)
    assert response.status_code == 504 and schema.status_code == 504
    assert "did not produce a schema within 1 s" in response.json()["detail"]
    assert int(response.headers["retry-after"]) > 0
    assert 2 <= connections <= 4  # each request: the call, and at most one retry
    assert_clean(response, OPENAI_KEY)
    assert OPENAI_KEY not in capture_logs.getvalue()


# ---- the cache fails ----------------------------------------------------------------------------------------

def cache_of(client) -> object:
    planner = client.app.state.services.planner
    assert isinstance(planner, CachingPlanner)
    return planner.cache


def test_the_cache_directory_deleted_between_requests(tmp_path) -> None:
    api = FakeLLM(openai_reply(GOOD))
    with llm_app(tmp_path, api) as client:
        assert client.post(GENERATE, json=ASK).headers["x-synthgen-cache"] == "miss"
        assert client.post(GENERATE, json=ASK).headers["x-synthgen-cache"] == "hit"
        shutil.rmtree(tmp_path / "cache")  # a Heroku restart: the dyno's disk is gone
        again = client.post(GENERATE, json=ASK)
        assert again.status_code == 200 and again.headers["x-synthgen-cache"] == "miss"
        assert client.post(GENERATE, json=ASK).headers["x-synthgen-cache"] == "hit"  # recreated
        assert api.calls == 2


def test_an_unwritable_cache_directory(tmp_path) -> None:
    blocker = tmp_path / "not-a-directory"
    blocker.write_text("a file where the cache's parent should be")
    api = FakeLLM(openai_reply(GOOD))
    with llm_app(tmp_path, api, cache_dir=blocker / "cache") as client:
        for _ in range(2):
            response = client.post(GENERATE, json=ASK)
            assert response.status_code == 200 and response.headers["x-synthgen-cache"] == "none"
        assert client.get("/api/v1/cache/stats").json()["enabled"] is False
        assert client.get("/health").status_code == 200
    assert api.calls == 2  # uncached, still serving


@pytest.mark.parametrize("when", ["before start", "while running"])
def test_a_corrupt_cache_database(tmp_path, when: str, capture_logs) -> None:
    api = FakeLLM(openai_reply(GOOD))
    db = tmp_path / "cache" / "cache.db"
    if when == "before start":
        db.parent.mkdir(parents=True)
        db.write_bytes(b"this is not a database" * 100)
    with llm_app(tmp_path, api) as client:
        assert client.post(GENERATE, json=ASK).status_code == 200
        if when == "while running":
            db.write_bytes(b"\0garbage" * 4096)
        for _ in range(3):
            response = client.post(GENERATE, json=ASK)
            assert response.status_code == 200 and response.headers["x-synthgen-cache"] == "none"
            assert client.post(SCHEMA, json={"description": "other"}).status_code == 200
        stats = client.get("/api/v1/cache/stats").json()
    # Found broken once, said once, off for the process, and the stats say so and why.
    assert stats["enabled"] is False and stats["entries"] == 0
    assert stats["reason"].startswith("unusable: DatabaseError" if when == "before start" else "broken: DatabaseError")
    cache_warnings = [line for line in capture_logs.getvalue().splitlines()
                      if '"synthgen.cache"' in line and '"WARNING"' in line]
    assert len(cache_warnings) == 1, cache_warnings


@pytest.mark.parametrize("tamper", ["forbidden provider", "pickled object", "not a schema"])
def test_a_tampered_entry_is_refused_on_read(tmp_path, tamper: str) -> None:
    import diskcache

    api = FakeLLM(openai_reply(GOOD))
    with llm_app(tmp_path, api) as client:
        first = client.post(GENERATE, json={**ASK, "seed": 5})
        assert first.headers["x-synthgen-cache"] == "miss"
        evil = {"name": "evil", "columns": [{"name": "x", "provider": "__class__"},
                                            {"name": "y", "provider": "os.system", "args": {"command": "id"}}]}
        with diskcache.Cache(str(tmp_path / "cache")) as raw:
            (key,) = list(raw.iterkeys())
            if tamper == "forbidden provider":
                raw.set(key, json.dumps(evil))
            elif tamper == "pickled object":
                raw.set(key, {"__reduce__": "os.system"})  # stored with pickle by diskcache's default disk
            else:
                raw.set(key, "[1, 2, 3]")
        second = client.post(GENERATE, json={**ASK, "seed": 5})
        assert second.status_code == 200 and second.headers["x-synthgen-cache"] == "miss"
        assert second.content == first.content  # planned afresh: the same schema, the same bytes
        stats = client.get("/api/v1/cache/stats").json()
        assert stats["dropped"] == 1 and stats["entries"] == 1
        assert client.post(GENERATE, json={**ASK, "seed": 5}).headers["x-synthgen-cache"] == "hit"
        assert "synthgen_cache_dropped_total 1" in client.get("/metrics").text
    assert api.calls == 2


def test_a_hostile_answer_is_never_cached_for_the_next_request(tmp_path) -> None:
    bad = good_with(column("x", "seed_instance"))
    api = FakeLLM(openai_reply(bad), openai_reply(bad), openai_reply(GOOD))
    with llm_app(tmp_path, api) as client:
        assert client.post(GENERATE, json=ASK).status_code == 502
        assert client.get("/api/v1/cache/stats").json()["entries"] == 0
        assert client.post(GENERATE, json=ASK).status_code == 200
    assert api.calls == 3


# ---- the LLM drips or floods its reply (real SDKs, real sockets on 127.0.0.1) --------------------------------

class LoopbackLLM:
    """A loopback HTTP server answering every request with `respond(conn)`; counts the reply bytes it sent."""

    def __init__(self, respond) -> None:
        self.respond = respond
        self.sent = 0
        self.requests = 0
        self.stop = threading.Event()
        self._listener = socket.socket()
        self._listener.bind(("127.0.0.1", 0))
        self._listener.listen(8)
        self._threads: list[threading.Thread] = []
        self._conns: list[socket.socket] = []

    @property
    def port(self) -> int:
        return self._listener.getsockname()[1]

    def send(self, conn: socket.socket, data: bytes) -> bool:
        try:
            conn.sendall(data)
        except OSError:
            return False  # the client hung up
        self.sent += len(data)
        return True

    def _serve(self, conn: socket.socket) -> None:
        conn.settimeout(5)
        seen = b""
        try:
            while b"\r\n\r\n" not in seen:
                seen += conn.recv(65536)
            head, _, body = seen.partition(b"\r\n\r\n")
            length = next((int(line.split(b":")[1]) for line in head.split(b"\r\n")
                           if line.lower().startswith(b"content-length:")), 0)
            while len(body) < length:
                body += conn.recv(65536)
        except OSError:
            return
        self.requests += 1
        self.respond(self, conn)

    def _accept(self) -> None:
        self._listener.settimeout(0.1)
        while not self.stop.is_set():
            try:
                conn, _ = self._listener.accept()
            except OSError:
                continue
            self._conns.append(conn)
            thread = threading.Thread(target=self._serve, args=(conn,), daemon=True)
            thread.start()
            self._threads.append(thread)

    def __enter__(self) -> Self:
        thread = threading.Thread(target=self._accept, daemon=True)
        thread.start()
        self._threads.append(thread)
        return self

    def __exit__(self, *exc) -> None:
        self.stop.set()
        for conn in self._conns:
            conn.close()
        for thread in self._threads:
            thread.join(10)
        self._listener.close()


def loopback_app(tmp_path, server: LoopbackLLM, provider: str = "openai", **overrides):
    from fastapi.testclient import TestClient

    from synthgen.factory import make_planner
    from synthgen.web.app import create_app

    from .conftest import llm_settings

    base = f"http://127.0.0.1:{server.port}"
    settings = llm_settings(tmp_path, provider, **{"openai_base_url": base + "/v1", "anthropic_base_url": base,
                                                   "planner_timeout": 1.0, **overrides})
    planner = make_planner(settings)  # the SDK's own HTTP client, over real sockets
    planner.inner.client()  # the SDK's first import (seconds on a loaded machine) out of the way of a 1 s budget
    return TestClient(create_app(settings, planner=planner, ui=False))


def good_body(provider: str) -> bytes:
    reply = anthropic_reply(GOOD) if provider == "anthropic" else openai_reply(GOOD)
    return reply.content


@pytest.mark.parametrize("provider", ["openai", "anthropic"])
def test_a_reply_dripping_a_byte_at_a_time_is_a_504_within_the_budget(tmp_path, provider: str) -> None:
    body = good_body(provider)

    def drip(server: LoopbackLLM, conn: socket.socket) -> None:
        head = f"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n"
        server.send(conn, head.encode())
        for i in range(len(body)):
            if server.stop.wait(0.05) or not server.send(conn, body[i : i + 1]):
                return  # each byte well inside the per-read timeout, the whole far past the 1 s budget

    with LoopbackLLM(drip) as server, loopback_app(tmp_path, server, provider) as client:
        response = client.post(SCHEMA, json={"description": "orders"})
        body_sent = server.sent
    assert response.status_code == 504 and response.json()["error"] == "planner_timeout"
    assert "within 1 s (PLANNER_TIMEOUT)" in response.json()["detail"]
    assert server.requests == 1 and body_sent < len(body) // 2  # cut mid-reply, not read to the end


def test_a_flood_of_50_mb_is_a_502_after_about_1_mb(tmp_path) -> None:
    def flood(server: LoopbackLLM, conn: socket.socket) -> None:
        server.send(conn, b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n")
        server.send(conn, b'{"id": "x", "choices": [], "padding": "')
        for _ in range(50 * 16):
            if not server.send(conn, b"a" * 65536):
                return

    with LoopbackLLM(flood) as server, loopback_app(tmp_path, server, planner_timeout=10.0) as client:
        response = client.post(GENERATE, json=ASK)
        assert client.get("/health").status_code == 200
    assert response.status_code == 502 and response.json()["error"] == "planner_failed"
    assert "over 1,000,000 bytes" in response.json()["detail"]
    assert server.sent < 16 * 2**20  # what the client read (1 MB) plus the sockets' buffers, of 50 MB
    assert_clean(response, OPENAI_KEY)


def test_headers_dripping_forever_are_a_504_at_the_budget(tmp_path) -> None:
    """Where the planner's own budget cannot reach (inside the HTTP client, before the reply's headers are in),
    the app stops waiting at PLANNER_TIMEOUT + 1 s; the stuck call keeps its planning slot until it ends."""

    def drip_headers(server: LoopbackLLM, conn: socket.socket) -> None:
        server.send(conn, b"HTTP/1.1 200 OK\r\n")
        while not server.stop.wait(0.1) and server.send(conn, b"X"):
            pass

    with LoopbackLLM(drip_headers) as server, loopback_app(tmp_path, server, max_concurrent_plans=1) as client:
        response = client.post(SCHEMA, json={"description": "orders"})
        busy = client.post(SCHEMA, json={"description": "more orders"})
        assert client.get("/health").status_code == 200
    assert response.status_code == 504 and response.json()["error"] == "planner_timeout"
    assert busy.status_code == 503 and busy.json()["error"] == "planner_busy"
    assert server.requests == 1
