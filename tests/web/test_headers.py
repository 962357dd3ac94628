"""Security headers on every response (UI, API, errors, refusals), and redirects that never echo the Host header."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from synthgen.web.headers import API_POLICY, UI_POLICY

from .conftest import PEOPLE

COMMON = {"x-content-type-options": "nosniff", "x-frame-options": "DENY", "referrer-policy": "no-referrer"}


def assert_secured(response, policy: str) -> None:
    for name, value in COMMON.items():
        assert response.headers.get(name) == value, (response.request.url, name)
    assert response.headers.get("content-security-policy") == policy, response.request.url


@pytest.mark.parametrize("method,path", [("GET", "/gradio/"), ("GET", "/gradio/config"),
                                         ("GET", "/gradio/theme.css"), ("GET", "/gradio/gradio_api/upload"),
                                         ("POST", "/gradio/gradio_api/process_recording")])
def test_the_ui_gets_its_policy(client: TestClient, method: str, path: str) -> None:
    assert_secured(client.request(method, path), UI_POLICY)
    assert "frame-ancestors 'none'" in UI_POLICY and "default-src 'self'" in UI_POLICY
    assert "unsafe-eval" not in UI_POLICY and "*" not in UI_POLICY  # nothing from elsewhere, no eval


@pytest.mark.parametrize("method,path,body,status", [
    ("GET", "/health", None, 200), ("GET", "/api/v1/providers", None, 200),
    ("POST", "/api/v1/generate", {"schema": PEOPLE, "rows": 2}, 200),  # the file itself
    ("POST", "/api/v1/generate", {"rows": 2}, 422), ("GET", "/nothing", None, 404), ("GET", "/metrics", None, 200),
])
def test_the_api_and_its_errors_get_the_strict_policy(client: TestClient, method, path, body, status) -> None:
    response = client.request(method, path, json=body)
    assert response.status_code == status
    assert_secured(response, API_POLICY)
    assert API_POLICY.startswith("default-src 'none'")


def test_refusals_by_middleware_are_secured_too(client: TestClient) -> None:
    big = client.post("/api/v1/generate", content=b"x" * (6 * 1024 * 1024),
                      headers={"content-type": "application/json"})
    assert big.status_code == 413
    assert_secured(big, API_POLICY)


def test_docs_may_load_their_cdn_but_not_be_framed(client: TestClient) -> None:
    response = client.get("/docs")
    assert response.status_code == 200 and response.headers["content-security-policy"] == "frame-ancestors 'none'"
    assert response.headers["x-frame-options"] == "DENY"


@pytest.mark.parametrize("path,location", [("/", "/gradio/"), ("/gradio", "/gradio/"),
                                           ("/gradio?view=api", "/gradio/?view=api")])
def test_redirects_are_relative_whatever_the_host_header(client: TestClient, path: str, location: str) -> None:
    response = client.get(path, headers={"host": "evil.example"}, follow_redirects=False)
    assert response.status_code in (307, 308) and response.headers["location"] == location
    assert "evil" not in response.text
