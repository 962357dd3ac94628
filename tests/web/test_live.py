"""The app under a real uvicorn on loopback, with the Procfile's proxy flags: a client that leaves mid-stream stops
its generation and frees its slot; the rate limit keys on the rightmost X-Forwarded-For even though uvicorn's
--proxy-headers rewrites request.client from the leftmost; a client dribbling its body is cut off (BODY_TIMEOUT)."""

from __future__ import annotations

import http.client
import json
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

import httpx
import pytest
import uvicorn

from synthgen.web.app import create_app

from .conftest import PEOPLE, demo_settings

GENERATE = "/api/v1/generate"
BIG = 5_000_000


def wait_for(condition, seconds: float = 60) -> bool:
    """Poll `condition` until it holds or `seconds` pass (a bound on waiting, not an assertion about time)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return condition()


def engine_threads() -> list[str]:
    return [t.name for t in threading.enumerate() if t.name.startswith("synthgen-block")]


@contextmanager
def serve(settings) -> Iterator[tuple[str, object]]:
    """The app under a real uvicorn on a free loopback port, in a thread."""
    app = create_app(settings, ui=False)
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    # As the Procfile runs it: proxy headers trusted from anywhere (Heroku's router has no fixed address).
    config = uvicorn.Config(app, host="127.0.0.1", port=port, proxy_headers=True, forwarded_allow_ips="*",
                            log_level="critical", access_log=False, lifespan="on")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    base = f"http://127.0.0.1:{port}"
    assert wait_for(lambda: server.started, 60)
    try:
        yield base, app
    finally:
        server.should_exit = True
        thread.join(30)


@pytest.fixture(scope="module")
def live(tmp_path_factory) -> Iterator[tuple[str, object]]:
    with serve(demo_settings(tmp_path_factory.mktemp("live"), max_rows=BIG, rate_limit=0)) as running:
        yield running


def test_a_client_leaving_mid_stream_stops_generation_and_frees_its_slot(live) -> None:
    base, app = live
    services = app.state.services
    before = services.metrics.value("synthgen_rows_generated_total", door="api")
    with (httpx.Client(base_url=base, timeout=60) as client,
          client.stream("POST", GENERATE, json={"schema": PEOPLE, "rows": BIG, "seed": 1}) as response):
        assert response.status_code == 200
        received = 0
        for chunk in response.iter_bytes():
            received += len(chunk)
            if received > 256 * 1024:
                break
        assert services.gate.active == 1
    # The connection is closed here, about 0.1% into the file.
    assert wait_for(lambda: services.gate.active == 0), "the slot never came back"
    assert wait_for(lambda: not engine_threads()), engine_threads()  # the engine's pool is shut down
    made = services.metrics.value("synthgen_rows_generated_total", door="api") - before
    assert 0 < made < BIG // 2, made  # generation stopped, far from the end
    assert wait_for(lambda: services.metrics.value("synthgen_rows_generated_total", door="api") - before == made, 2)
    # And the freed slot serves the next request.
    with httpx.Client(base_url=base, timeout=60) as client:
        assert client.post(GENERATE, json={"schema": PEOPLE, "rows": 10}).status_code == 200


def test_several_clients_leaving_free_every_slot(live) -> None:
    base, app = live
    gate = app.state.services.gate
    with (httpx.Client(base_url=base, timeout=60) as one, httpx.Client(base_url=base, timeout=60) as two,
          one.stream("POST", GENERATE, json={"schema": PEOPLE, "rows": BIG, "seed": 2}) as first,
          two.stream("POST", GENERATE, json={"schema": PEOPLE, "rows": BIG, "seed": 3}) as second):
        streams = [first.iter_bytes(), second.iter_bytes()]  # kept: a dropped iterator closes its stream
        assert all(next(stream) for stream in streams)
        assert gate.active == 2
        with httpx.Client(base_url=base, timeout=60) as third:
            busy = third.post(GENERATE, json={"schema": PEOPLE, "rows": 20_000})
            assert busy.status_code == 503 and int(busy.headers["retry-after"]) > 0
    assert wait_for(lambda: gate.active == 0)
    assert wait_for(lambda: not engine_threads()), engine_threads()


def test_the_rate_limit_uses_the_rightmost_address_behind_uvicorns_proxy_headers(live) -> None:
    base, app = live
    limiter = app.state.services.limiter
    old = limiter.per_minute, limiter.capacity, limiter.rate
    limiter.per_minute, limiter.capacity, limiter.rate = 2, 2.0, 2 / 60  # this test only
    try:
        with httpx.Client(base_url=base, timeout=60) as client:
            statuses = []
            for i in range(5):
                headers = {"X-Forwarded-For": f"198.18.{i}.1, 203.0.113.77"}  # the left part changes every time
                statuses.append(client.post(GENERATE, json={"schema": PEOPLE, "rows": 5}, headers=headers).status_code)
            assert statuses == [200, 200, 429, 429, 429]
            other = client.post(GENERATE, json={"schema": PEOPLE, "rows": 5},
                                headers={"X-Forwarded-For": "198.18.0.1, 203.0.113.78"})
            assert other.status_code == 200
    finally:
        limiter.per_minute, limiter.capacity, limiter.rate = old


# ---- a client that stops reading -----------------------------------------------------------------------------

STALL = 2.0  # WRITE_TIMEOUT of the server below: seconds a send may wait for the client


@pytest.fixture(scope="module")
def patient(tmp_path_factory) -> Iterator[tuple[str, object]]:
    settings = demo_settings(tmp_path_factory.mktemp("stall"), max_rows=BIG, rate_limit=0, max_concurrent_jobs=1,
                             write_timeout=STALL)
    with serve(settings) as running:
        yield running


def stalled_request(base: str, rows: int) -> socket.socket:
    """Send a download request on a raw socket with a small receive buffer, and never read the answer."""
    host, port = base.removeprefix("http://").split(":")
    sock = socket.socket()
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
    sock.connect((host, int(port)))
    body = json.dumps({"schema": PEOPLE, "rows": rows, "seed": 4}).encode()
    sock.sendall(b"POST " + GENERATE.encode() + b" HTTP/1.1\r\nHost: " + host.encode() +
                 b"\r\nContent-Type: application/json\r\nContent-Length: " + str(len(body)).encode() +
                 b"\r\n\r\n" + body)
    return sock


def test_a_client_that_stops_reading_loses_its_slot_after_the_write_timeout(patient) -> None:
    """Two such clients used to hold every slot for as long as they liked, and every other download got 503."""
    base, app = patient
    services = app.state.services
    before = services.metrics.value("synthgen_rows_generated_total", door="api")
    sock = stalled_request(base, BIG)
    try:
        assert wait_for(lambda: services.gate.large.active == 1), "the download never started"
        # Its buffers fill, the server's send waits, and after WRITE_TIMEOUT the response is abandoned.
        assert wait_for(lambda: services.gate.active == 0), "a client that never reads kept its slot"
        assert wait_for(lambda: not engine_threads()), engine_threads()  # its generation stopped
        made = services.metrics.value("synthgen_rows_generated_total", door="api") - before
        assert 0 < made < BIG // 2, made
        with httpx.Client(base_url=base, timeout=60) as client:
            # The freed slot serves the next large download, while the stalled socket is still open.
            response = client.post(GENERATE, json={"schema": PEOPLE, "rows": 20_000, "seed": 5})
            assert response.status_code == 200 and len(response.text.splitlines()) == 20_001
            metrics = client.get("/metrics").text
        assert "synthgen_jobs_active 0" in metrics
    finally:
        sock.close()


def test_a_slow_reader_that_keeps_reading_gets_the_whole_file(patient) -> None:
    """WRITE_TIMEOUT bounds each wait for the client, not the download: a slow but steady reader (small socket
    buffer, 8 kB reads with pauses, so a 16 MB file takes several WRITE_TIMEOUTs) is served to the end."""
    base, app = patient
    body = {"schema": PEOPLE, "rows": 200_000, "seed": 6}
    with httpx.Client(base_url=base, timeout=60) as client:
        whole = client.post(GENERATE, json=body).content
    host, port = base.removeprefix("http://").split(":")
    sock = socket.socket()
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
    sock.connect((host, int(port)))
    connection = http.client.HTTPConnection(host, int(port), timeout=60)
    connection.sock = sock
    received = bytearray()
    pause = threading.Event()
    try:
        connection.request("POST", GENERATE, body=json.dumps(body), headers={"Content-Type": "application/json"})
        response = connection.getresponse()
        assert response.status == 200
        while chunk := response.read(8192):
            received += chunk
            pause.wait(0.002)
    finally:
        connection.close()
    assert len(whole) > 10_000_000 and bytes(received) == whole
    assert wait_for(lambda: app.state.services.gate.active == 0)

@pytest.fixture(scope="module")
def impatient(tmp_path_factory) -> Iterator[int]:
    """The whole app (UI included) under uvicorn with BODY_TIMEOUT=1 s; yields its port."""
    app = create_app(demo_settings(tmp_path_factory.mktemp("slow"), body_timeout=1.0))
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning",
                                           access_log=False, lifespan="on"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    assert wait_for(lambda: server.started, 60)
    try:
        yield port
    finally:
        server.should_exit = True
        thread.join(30)


def dribble(port: int, path: str, head: bytes, body: bytes, pause: float) -> bytes:
    """Send the headers, then the body one byte per `pause` seconds until the server answers; all it sent back."""
    with socket.create_connection(("127.0.0.1", port), timeout=60) as sock:
        sock.sendall(f"POST {path} HTTP/1.1\r\nHost: x\r\n".encode() + head + b"\r\n")
        sock.setblocking(False)
        received = b""
        for byte in body:
            try:
                sock.send(bytes([byte]))
            except OSError:  # the server closed the connection
                break
            time.sleep(pause)
            try:
                received += sock.recv(65536)
            except BlockingIOError:
                continue
            if received:
                break
        sock.settimeout(60)
        try:
            while chunk := sock.recv(65536):
                received += chunk
        except OSError:
            pass
        return received  # recv returned b"": the server closed the connection


@pytest.mark.parametrize("path,kind", [(GENERATE, "length"), (GENERATE, "chunked"),
                                       ("/gradio/gradio_api/queue/join", "length")])
def test_a_body_dribbled_a_byte_at_a_time_is_cut_off(impatient: int, path: str, kind: str) -> None:
    body = b'{"description": "people with name and email", "rows": 10, "padding": "' + b"x" * 400 + b'"}'
    if kind == "length":
        head = b"Content-Type: application/json\r\nContent-Length: " + str(len(body)).encode() + b"\r\n"
        payload = body
    else:
        head = b"Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n"
        payload = b"".join(b"1\r\n" + bytes([b]) + b"\r\n" for b in body)
    # 0.1 s a byte: the ~500-byte body would take ~50 s; the server stops waiting after BODY_TIMEOUT (1 s).
    answer = dribble(impatient, path, head, payload, 0.1)
    status_line, _, rest = answer.partition(b"\r\n")
    assert status_line.startswith(b"HTTP/1.1 408"), answer[:300]
    headers, _, content = rest.partition(b"\r\n\r\n")
    assert b"connection: close" in headers.lower()
    detail = json.loads(content)
    assert detail["error"] == "timeout" and "BODY_TIMEOUT" in detail["detail"] and "within 1 s " in detail["detail"]


def test_a_prompt_body_is_served(impatient: int) -> None:
    response = httpx.post(f"http://127.0.0.1:{impatient}{GENERATE}", json={"schema": PEOPLE, "rows": 3}, timeout=60)
    assert response.status_code == 200 and len(response.text.splitlines()) == 4
