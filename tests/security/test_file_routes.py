"""Gradio's file routes serve only the downloads the UI made: no system file, no cache database, no `..` or encoded
trick, no URL fetched on a caller's behalf; uploads are capped and never served back; errors carry no trace."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from synthgen.cache import SchemaCache
from synthgen.schema import parse_schema
from synthgen.web.app import create_app

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
        yield client, app, outputs[-1], settings
    cache.close()


def test_the_download_the_ui_made_is_served(app_and_download) -> None:
    client, _, download, _ = app_and_download
    url = download["url"]
    response = client.get(url[url.index("/gradio/"):])
    assert response.status_code == 200 and response.text.count("\n") == 11


def probes(download_path: str, root: Path, cache_db: Path, planted: Path) -> list[str]:
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
    ]


def test_nothing_else_is_served(app_and_download) -> None:
    client, app, download, settings = app_and_download
    root = app.state.services.downloads.root
    os.symlink("/etc/passwd", root / "symlink-to-passwd.csv")
    planted = root.parent / "planted.csv"  # in Gradio's temp folder, which Gradio itself would serve
    planted.write_text("secret,data\n")
    cache_db = Path(settings.cache_dir) / "cache.db"
    assert cache_db.is_file()
    for path in probes(download["path"], root, cache_db.resolve(), planted):
        for method in ("GET", "HEAD"):
            response = client.request(method, path)
            assert response.status_code in (403, 404, 405), (method, path, response.status_code)
            assert PASSWD not in response.text and "secret,data" not in response.text
            assert "SQLite format" not in response.text and "Traceback" not in response.text
        if "file=" in path or "proxy=" in path:  # refused by our guard, before Gradio could fetch anything
            assert response.headers.get("content-type", "").startswith("application/json"), path


def test_uploads_are_capped_and_never_served_back(app_and_download) -> None:
    client, _, _, settings = app_and_download
    big = client.post("/gradio/gradio_api/upload", files={"files": ("x.html", b"<script>" * 20_000, "text/html")})
    assert big.status_code == 413 and big.json()["error"] == "too_large"
    small = client.post("/gradio/gradio_api/upload",
                        files={"files": ("x.html", b"<script>alert(1)</script>", "text/html")})
    assert small.status_code == 200
    (uploaded,) = small.json()
    served = client.get(f"/gradio/gradio_api/file={uploaded}")
    assert served.status_code == 404 and "<script>" not in served.text


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
