"""Under /gradio only the routes the page uses answer (an allow-list): the UI's downloads come by an unguessable
link of our own route, never by a server path; Gradio's file, proxy, upload, recording and monitoring routes are
404s: no system file, no cache database, no `..` or encoded trick, no URL fetched on a caller's behalf, no upload
echoed (the one upload the page makes, a schema file, is capped, rate-limited and never served); errors carry no
trace."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from synthgen.cache import SchemaCache
from synthgen.schema import parse_schema
from synthgen.web.app import create_app

from ..web.test_ui import download_href
from .conftest import GENERATE, OPENAI_KEY, FakeLLM, llm_app, openai_error

PASSWD = "root:x:0:0"


def ui_generate(client: TestClient, description: str) -> str:
    """Run the UI's generate over Gradio's HTTP API; the status text it shows."""
    return ui_outputs(client, description)[0]


def ui_outputs(client: TestClient, description: str) -> list:
    response = client.post("/gradio/gradio_api/call/generate", json={"data": [description, 10, "csv", 1, None]})
    assert response.status_code == 200, response.text
    stream = client.get(f"/gradio/gradio_api/call/generate/{response.json()['event_id']}").text
    data = [line for line in stream.splitlines() if line.startswith("data: ")]
    assert data, stream
    return json.loads(data[-1].removeprefix("data: "))


@pytest.fixture(scope="module")
def app_and_download(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("files")
    from synthgen.config import Settings

    settings = Settings(_env_file=None, demo_mode=True, openai_api_key=None, anthropic_api_key=None,
                        cache_dir=tmp / "cache", rate_limit=0, api_keys=None, cors_origins="",
                        max_body_bytes=64 * 1024)
    cache = SchemaCache(settings.cache_dir)
    cache.put("k" * 64, parse_schema({"columns": [{"name": "a", "provider": "name"}]}))
    app = create_app(settings)
    with TestClient(app) as client:
        outputs = ui_outputs(client, "people with name and email")
        link = next(o for o in outputs if isinstance(o, str) and o.startswith("**[Download"))
        yield client, app, download_href(link), settings
    cache.close()


def test_the_download_the_ui_made_is_served(app_and_download) -> None:
    client, _, href, _ = app_and_download
    response = client.get(href)
    assert response.status_code == 200 and response.text.count("\n") == 11
    token = href.split("/")[-2]
    for other in (href.replace(token, "0" * 32), href.rsplit("/", 1)[0] + "/other.csv",
                  href.rsplit("/", 1)[0] + "/..%2F..%2Fcache.db"):
        assert client.get(other).status_code == 404, other


def test_no_server_path_reaches_the_browser(app_and_download) -> None:
    """Gradio's API, its events, the page and its config name no folder of the server (the temp folder, the repo)."""
    client, app, _, _ = app_and_download
    root = app.state.services.downloads.root
    shown = json.dumps(ui_outputs(client, "orders with order id and price"))
    for page in ("/gradio/", "/gradio/config", "/gradio/gradio_api/info"):
        shown += client.get(page).text
    for secret in (str(root), str(root.parent), "/tmp/", os.getcwd(), str(Path(__file__).parents[2]), "file="):
        assert secret not in shown, secret


def probes(download_path: Path, root: Path, cache_db: Path, planted: Path) -> list[str]:
    enc = lambda p: p.replace("/", "%2F")  # noqa: E731
    denc = lambda p: p.replace("/", "%252F")  # noqa: E731
    return [
        "/gradio/gradio_api/file=/etc/passwd",
        "/gradio/file=/etc/passwd",
        "/gradio/gradio_api/file/etc/passwd",
        "/gradio/gradio_api/file//etc/passwd",
        f"/gradio/gradio_api/file={cache_db}",
        f"/gradio/gradio_api/file={cache_db.parent}",
        f"/gradio/gradio_api/file={root}",
        f"/gradio/gradio_api/file={root}/../../../../../../etc/passwd",
        f"/gradio/gradio_api/file={download_path}/../../../../../../../etc/passwd",
        f"/gradio/gradio_api/file={root}/..%2F..%2F..%2F..%2F..%2F..%2Fetc%2Fpasswd",
        f"/gradio/gradio_api/file={root}/..%252F..%252F..%252F..%252F..%252F..%252Fetc%252Fpasswd",
        f"/gradio/gradio_api/file={root}/symlink-to-passwd.csv",
        f"/gradio/gradio_api/file={planted}",
        "/gradio/gradio_api/file=" + enc("/etc/passwd"),
        "/gradio/gradio_api/file=" + denc("/etc/passwd"),
        "/gradio/gradio_api/file=..%2F..%2F..%2F..%2F..%2Fetc%2Fpasswd",
        "/gradio/gradio_api/file=../../../../../../etc/passwd",
        "/gradio/gradio_api/file=main.py",
        "/gradio/gradio_api/file=.env.example",
        "/gradio/gradio_api/file=%2E%2E/%2E%2E/%2E%2E/etc/passwd",
        "/gradio/gradio_api/file=/proc/self/environ",
        "/gradio/gradio_api/file=file:///etc/passwd",
        "/gradio/gradio_api/file=http://169.254.169.254/latest/meta-data/iam/security-credentials/",
        "/gradio/gradio_api/file=http%3A%2F%2F169.254.169.254%2Flatest%2Fmeta-data%2F",
        "/gradio/gradio_api/file=http://[fd00:ec2::254]/latest/meta-data/",
        "/gradio/gradio_api/file=http://metadata.google.internal/computeMetadata/v1/",
        "/gradio/gradio_api/file=https://example.com/big.iso",  # a public URL: never fetched for a caller
        "/gradio/gradio_api/file=//example.com/x",
        "/gradio/gradio_api/proxy=http://169.254.169.254/",
        "/gradio/gradio_api/proxy=https://evil.hf.space/x",
        "/gradio/static/../../../../etc/passwd",
        "/gradio/assets/..%2f..%2f..%2f..%2fetc/passwd",
        "/gradio/static/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
        "/gradio/custom_component/x/client/y/..%2F..%2F..%2Fetc%2Fpasswd",
        f"/gradio/gradio_api/file={download_path}",  # even the UI's own file: only by its link
        f"/gradio/file={download_path}",
        "/gradio/monitoring", "/gradio/monitoring/summary", "/gradio/gradio_api/monitoring/summary",
        "/gradio/gradio_api/upload_progress?upload_id=x", "/gradio/gradio_api/startup-events",
        "/gradio/gradio_api/call/lambda/x", "/gradio/gradio_api/vibe-code", "/gradio/svelte/x.js",
        "/gradio/manifest.json", "/gradio/pwa_icon", "/gradio/gradio_api/deep_link", "/gradio/gradio_api/app_id",
        "/gradio/gradio_api/token", "/gradio/gradio_api/user", "/gradio/runs",
        "/gradio/gradio_api/stream/x/y/z/playlist.m3u8",
    ]


def test_nothing_else_is_served(app_and_download) -> None:
    client, app, _download, settings = app_and_download
    root = app.state.services.downloads.root
    os.symlink("/etc/passwd", root / "symlink-to-passwd.csv")
    planted = root.parent / "planted.csv"  # in Gradio's temp folder, which Gradio itself would serve
    planted.write_text("secret,data\n")
    cache_db = Path(settings.cache_dir) / "cache.db"
    assert cache_db.is_file()
    download_path = next(root.rglob("*.csv"))
    for path in probes(download_path, root, cache_db.resolve(), planted):
        for method in ("GET", "HEAD"):
            response = client.request(method, path)
            assert response.status_code in (403, 404, 405), (method, path, response.status_code)
            assert PASSWD not in response.text and "secret,data" not in response.text
            assert "SQLite format" not in response.text and "Traceback" not in response.text
        # refused by our allow-list, before Gradio could fetch or read anything
        assert response.headers.get("content-type", "").startswith("application/json"), path


@pytest.mark.parametrize("route", ["/gradio/upload",
                                   "/gradio/gradio_api/process_recording",
                                   "/gradio/gradio_api/stream/x", "/gradio/gradio_api/vibe-edit",
                                   "/gradio/gradio_api/run/generate", "/gradio/gradio_api/api/generate",
                                   "/gradio/gradio_api/cancel", "/gradio/gradio_api/reset", "/gradio/dev/reload"])
def test_uploads_and_unused_post_routes_are_closed(app_and_download, route: str) -> None:
    """Off its one upload route (the schema file, tests/web/test_fair_use.py) the UI takes no uploads: nothing is
    written to disk, nothing echoed back (process_recording did, as video)."""
    client, app, _, _ = app_and_download
    folder = app.state.services.downloads.root.parent
    before = set(folder.rglob("*"))
    response = client.post(route, files={"files": ("x.html", b"<script>alert(1)</script>", "text/html")})
    assert response.status_code == 404 and response.json()["error"] == "not_found", route
    assert "<script>" not in response.text and set(folder.rglob("*")) == before


def test_events_cannot_skip_the_queue(app_and_download) -> None:
    """The examples' loader is the one direct (unqueued) call the page makes; generate through it is refused."""
    client, app, _, _ = app_and_download
    blocks = next(r for r in app.routes if getattr(r, "path", "") == "/gradio").app.get_blocks()
    index = next(i for i, fn in blocks.fns.items() if fn.api_name == "generate")
    before = set(app.state.services.downloads.root.rglob("*.csv"))
    for route in ("/gradio/gradio_api/run/predict", "/gradio/gradio_api/run/generate"):
        response = client.post(route, json={"data": ["people with name", 10, "csv", 1, None], "fn_index": index})
        assert response.status_code == 404, (route, response.text)
    assert set(app.state.services.downloads.root.rglob("*.csv")) == before  # no file made


def test_every_gradio_route_off_the_allow_list_is_closed(app_and_download) -> None:
    """Each route Gradio mounts (with its path parameters filled in) answers only if the page needs it."""
    from synthgen.web.ui_guard import allowed

    client, app, _, _ = app_and_download
    mount = next(r for r in app.routes if getattr(r, "path", "") == "/gradio")
    opened = set()
    for route in mount.app.routes:
        path = re.sub(r"\{[^}]+\}", "x", getattr(route, "path", "")) or "/"
        for method in sorted(getattr(route, "methods", None) or {"GET"}):
            if allowed(method, path):
                opened.add(f"{method} {path}")
                continue
            response = client.request(method, "/gradio" + path)
            assert response.status_code == 404, (method, path, response.status_code)
    assert opened <= {"GET /", "HEAD /", "GET /config", "GET /config/", "GET /theme.css", "GET /favicon.ico",
                      "GET /robots.txt", "GET /assets/x", "GET /static/x", "GET /gradio_api/info",
                      "GET /gradio_api/info/", "GET /gradio_api/heartbeat/x", "GET /gradio_api/queue/data",
                      "POST /gradio_api/queue/join", "POST /gradio_api/call/x", "POST /gradio_api/run/x",
                      "GET /gradio_api/call/x/x",
                      "POST /gradio_api/upload", "GET /gradio_api/upload_progress",  # the schema file (issue 14)
                      "POST /login", "POST /login/", "GET /login_check", "GET /login_check/", "GET /logout",
                      "GET /logout/", "HEAD /theme.css", "HEAD /assets/x", "HEAD /static/x"}, opened


def test_no_error_body_carries_a_trace_or_a_secret(tmp_path) -> None:
    echo = f"Incorrect API key provided: {OPENAI_KEY}"
    api = FakeLLM(openai_error(401, echo))
    with llm_app(tmp_path, api, ui=True, max_body_bytes=4096) as client:
        responses = [
            client.post(GENERATE, json={"description": "orders"}),  # the LLM rejects the key (and echoes it)
            client.post("/api/v1/schema", json={"description": "orders"}),
            client.post(GENERATE, content=b"{not json", headers={"content-type": "application/json"}),
            client.post(GENERATE, content=b"x" * 10_000, headers={"content-type": "application/json"}),
            client.post(GENERATE, json={"schema": {"columns": [{"name": "a", "provider": "__class__"}]}}),
            client.post(GENERATE, json={"schema": {"columns": "nope"}, "rows": -1}),
            client.get("/api/v1/providers", params={"locale": "../../etc"}),
            client.get("/nothing"), client.put(GENERATE), client.delete("/health"),
            client.get("/gradio/gradio_api/file=/etc/passwd"),
            client.post("/gradio/gradio_api/call/generate", json={"data": "garbage"}),
            client.post("/gradio/gradio_api/queue/join", content=b"[]"),
        ]
        ui_status = ui_generate(client, "orders")
    assert responses[0].status_code == 502
    for response in responses:
        text = response.text
        assert response.status_code >= 400, (response.request.url, response.status_code)
        for leak in ("Traceback", 'File "/', ".py\", line", OPENAI_KEY, "SECRET", "sk-test"):
            assert leak not in text, (response.request.url, leak, text[:300])
    assert OPENAI_KEY not in ui_status and "Traceback" not in ui_status
    assert "rejected the API key" in responses[0].json()["detail"]
