"""API keys as a FastAPI security dependency: OpenAPI lists the bearer scheme (so /docs has an Authorize button)
on every keyed operation, the dependency itself refuses a request without a key wherever the middleware is not in
front, and the API is one router per resource under web/routes/."""

from __future__ import annotations

import importlib
import pkgutil

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from synthgen.web import errors, routes
from synthgen.web.app import create_app
from synthgen.web.services import Services

from .conftest import demo_settings
from .test_api import assert_error

KEYS = "first-key-0123456789,second-key-abcdefghij"
KEYED = [("post", "/api/v1/generate"), ("post", "/api/v1/schema"), ("get", "/api/v1/providers"),
         ("get", "/api/v1/cache/stats"), ("get", "/metrics")]


@pytest.mark.parametrize("api_keys", [None, KEYS])
def test_openapi_lists_the_bearer_scheme_on_every_keyed_operation(tmp_path, api_keys) -> None:
    app = create_app(demo_settings(tmp_path, api_keys=api_keys), ui=False)
    spec = app.openapi()
    (name, scheme), = spec["components"]["securitySchemes"].items()
    assert scheme["type"] == "http" and scheme["scheme"] == "bearer" and "API_KEYS" in scheme["description"]
    for method, path in KEYED:
        assert spec["paths"][path][method]["security"] == [{name: []}], path
        assert "401" in spec["paths"][path][method]["responses"], path
    assert "security" not in spec["paths"]["/health"]["get"]


def test_docs_page_is_served_with_the_spec_that_has_the_scheme(tmp_path) -> None:
    with TestClient(create_app(demo_settings(tmp_path, api_keys=KEYS), ui=False)) as client:
        assert client.get("/docs").status_code == 200  # Swagger UI shows Authorize for a spec with securitySchemes
        assert client.get("/openapi.json").json()["components"]["securitySchemes"]


@pytest.fixture
def bare(tmp_path):
    """The API's routers in an app without the ApiKeyAuth middleware: only the dependency stands guard."""
    app = FastAPI()
    app.state.services = Services(settings=demo_settings(tmp_path, api_keys=KEYS))
    errors.install(app)
    app.include_router(routes.api_router())
    for extra in routes.open_routers():
        app.include_router(extra)
    with TestClient(app) as client:
        yield client


@pytest.mark.parametrize("authorization", [None, "", "Bearer", "Bearer wrong-key-0123456789", "first-key-0123456789",
                                           "Basic Zmlyc3Qta2V5LTAxMjM0NTY3ODk="])
def test_without_the_middleware_the_dependency_refuses_as_the_middleware_would(bare, authorization) -> None:
    headers = {} if authorization is None else {"Authorization": authorization}
    for path in ("/api/v1/providers", "/api/v1/cache/stats", "/metrics"):
        response = bare.get(path, headers=headers)
        assert_error(response, 401, "unauthorized", "Authorization: Bearer")
        assert response.headers["www-authenticate"] == 'Bearer realm="synthgen"'


def test_without_the_middleware_a_valid_key_opens_the_api(bare) -> None:
    assert bare.get("/api/v1/providers", headers={"Authorization": "Bearer first-key-0123456789"}).status_code == 200
    assert bare.get("/api/v1/providers", headers={"Authorization": "bearer  second-key-abcdefghij"}).status_code == 200
    assert bare.get("/health").status_code == 200  # open without a key


def test_one_router_per_resource() -> None:
    modules = sorted(m.name for m in pkgutil.iter_modules(routes.__path__))
    assert modules == ["cache", "generate", "health", "metrics", "providers", "schema"]
    paths = {}
    for name in modules:
        router = importlib.import_module(f"synthgen.web.routes.{name}").router
        paths[name] = sorted(route.path for route in router.routes)
    assert paths == {"cache": ["/cache/stats"], "generate": ["/generate"], "health": ["/health"],
                     "metrics": ["/metrics"], "providers": ["/providers"], "schema": ["/schema"]}
