"""What the planner understood, at the web front doors: POST /api/v1/schema's understood/unrecognised/notes, the
X-SynthGen-Unrecognised header of /generate, the UI's status message, and NotUnderstood as a 422 everywhere."""

from __future__ import annotations

import json
from urllib.parse import unquote

import h11
import pytest
from fastapi.testclient import TestClient

from synthgen.errors import NotUnderstood, SchemaError
from synthgen.planners.base import PlanMeta, PlanResult
from synthgen.schema import parse_schema
from synthgen.web.api import MAX_UNRECOGNISED_HEADER, unrecognised_header
from synthgen.web.app import create_app
from synthgen.web.ui_logic import friendly, schema_to_table, table_to_schema

from .conftest import RaisingPlanner, demo_settings
from .test_ui import call

GENERATE, SCHEMA = "/api/v1/generate", "/api/v1/schema"
PLANNED = {"name": "shop", "locale": "en_US", "columns": [
    {"name": "order_id", "provider": "uuid4", "unique": True},
    {"name": "status", "provider": "random_element", "args": {"elements": ["paid", "refunded"]},
     "source": "status (paid, refunded)"},
    {"name": "amount", "provider": "pyfloat", "args": {"min_value": 1, "max_value": 50, "right_digits": 2},
     "source": "amount up to 50"},
    {"name": "refund", "formula": "round(amount / 2, 2)", "when": {"column": "status", "in": ["refunded"]},
     "source": "half refunds"},
]}
UNRECOGNISED = ["flux capacitor", "Größe, été", "**bold** <b>"]


class TellingPlanner:
    """A planner that reports what it did not understand, how sure it is, and a note."""

    name = "telling"
    model = "telling-1"

    def __init__(self, unrecognised: list[str] | None = None) -> None:
        self.unrecognised = UNRECOGNISED if unrecognised is None else unrecognised

    def plan(self, description: str, *, locale: str | None = None) -> PlanResult:
        meta = PlanMeta(planner=self.name, model=self.model, unrecognised=list(self.unrecognised),
                        confidence={"status": 0.9, "refund": 0.4}, notes=["guessed the currency"])
        return PlanResult(parse_schema(PLANNED), meta)


@pytest.fixture(scope="module")
def telling(tmp_path_factory) -> TestClient:
    settings = demo_settings(tmp_path_factory.mktemp("telling"), cors_origins="https://app.example")
    with TestClient(create_app(settings, planner=TellingPlanner(), ui=False)) as client:
        yield client


def test_the_schema_endpoint_says_what_was_understood(telling: TestClient) -> None:
    body = telling.post(SCHEMA, json={"description": "shop orders"}).json()
    assert body["understood"] == [
        {"column": "order_id", "source": None, "confidence": None},
        {"column": "status", "source": "status (paid, refunded)", "confidence": 0.9},
        {"column": "amount", "source": "amount up to 50", "confidence": None},
        {"column": "refund", "source": "half refunds", "confidence": 0.4}]
    assert body["unrecognised"] == UNRECOGNISED and body["notes"] == ["guessed the currency"]
    assert body["schema"]["columns"][3]["source"] == "half refunds"
    # the schema, sources and all, goes straight back in and gives the same file as without its sources
    with_sources = telling.post(GENERATE, json={"schema": body["schema"], "rows": 200, "seed": 4})
    plain = {**body["schema"], "columns": [{k: v for k, v in c.items() if k != "source"}
                                           for c in body["schema"]["columns"]]}
    assert with_sources.status_code == 200 and with_sources.content == telling.post(
        GENERATE, json={"schema": plain, "rows": 200, "seed": 4}).content
    assert "x-synthgen-unrecognised" not in with_sources.headers  # no planner, nothing to report
    # a locale the request asks for re-validates the planned schema: the sources stay
    german = telling.post(SCHEMA, json={"description": "shop orders", "locale": "de_DE"}).json()
    assert german["schema"]["locale"] == "de_DE" and german["understood"] == body["understood"]


def test_the_openapi_spec_shows_the_new_fields(telling: TestClient) -> None:
    spec = telling.get("/openapi.json").json()
    schemas = spec["components"]["schemas"]
    assert {"understood", "unrecognised", "notes"} <= set(schemas["SchemaResponse"]["properties"])
    assert set(schemas["Understood"]["properties"]) == {"column", "source", "confidence"}
    headers = spec["paths"][GENERATE]["post"]["responses"]["200"]["headers"]
    assert "X-SynthGen-Unrecognised" in headers


def test_generate_from_a_description_reports_the_unrecognised_words_in_a_header(telling: TestClient) -> None:
    response = telling.post(GENERATE, json={"description": "shop orders", "rows": 5},
                            headers={"Origin": "https://app.example"})
    assert response.status_code == 200
    value = response.headers["x-synthgen-unrecognised"]
    assert value == "flux capacitor, Gr%C3%B6%C3%9Fe%2C %C3%A9t%C3%A9, **bold** <b>" and value.isascii()
    assert [unquote(part) for part in value.split(", ")] == UNRECOGNISED
    assert "X-SynthGen-Unrecognised" in response.headers["access-control-expose-headers"]


def test_a_confidence_out_of_range_is_held_to_0_1_not_a_500(tmp_path) -> None:
    planner = TellingPlanner()
    original = planner.plan

    def plan(description: str, *, locale: str | None = None) -> PlanResult:
        result = original(description, locale=locale)
        result.meta.confidence = {"order_id": 1.5, "status": -0.2, "amount": float("nan")}
        return result

    planner.plan = plan  # type: ignore[method-assign]
    with TestClient(create_app(demo_settings(tmp_path), planner=planner, ui=False)) as client:
        body = client.post(SCHEMA, json={"description": "shop orders"}).json()
    assert [u["confidence"] for u in body["understood"]] == [1.0, 0.0, None, None]


def test_the_header_is_absent_when_the_planner_understood_everything(tmp_path) -> None:
    with TestClient(create_app(demo_settings(tmp_path), planner=TellingPlanner([]), ui=False)) as client:
        response = client.post(GENERATE, json={"description": "shop orders", "rows": 5})
        assert response.status_code == 200 and "x-synthgen-unrecognised" not in response.headers
        assert client.post(SCHEMA, json={"description": "shop orders"}).json()["unrecognised"] == []


def test_the_header_is_capped_and_never_cuts_a_character() -> None:
    many = [f"phrase number {i}" for i in range(100)]
    value = unrecognised_header(many)
    assert len(value) <= MAX_UNRECOGNISED_HEADER + 5 and value.endswith(", ...")
    assert [unquote(p) for p in value.split(", ")[:-1]] == many[: value.count(", ")]
    one = unrecognised_header(["é" * 400])
    assert len(one) <= MAX_UNRECOGNISED_HEADER and one.endswith("...") and set(unquote(one[:-3])) == {"é"}


@pytest.mark.parametrize("phrases", [["Give "], [" it", "seats "], ["  "]])
def test_phrases_with_spaces_at_their_ends_make_a_header_a_real_server_sends(phrases: list[str]) -> None:
    """The offline planner once reported 'Give ' (with its space): uvicorn's h11 refused the header value and
    the request died mid-response. Spaces at the ends are escaped, so the value is legal and reads back."""
    value = unrecognised_header(phrases)
    h11.Response(status_code=200, headers=[("x-synthgen-unrecognised", value)])  # raises on an illegal value
    assert [unquote(p) for p in value.split(", ")] == phrases


@pytest.mark.parametrize("path", [SCHEMA, GENERATE])
def test_not_understood_is_a_422_that_shows_an_example(tmp_path, path: str) -> None:
    planner = RaisingPlanner(NotUnderstood(unrecognised=["asdf", "qwerty"]))
    with TestClient(create_app(demo_settings(tmp_path), planner=planner, ui=False)) as client:
        response = client.post(path, json={"description": "asdf qwerty"})
    assert response.status_code == 422 and response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert body["error"] == "not_understood"
    assert body["detail"] == ("nothing in the description reads as a column (not understood: 'asdf', 'qwerty'); "
                              f"name the columns you want and their values, e.g. \"{NotUnderstood.EXAMPLE}\"")


def test_a_planner_schema_error_reaches_the_user_unchanged(tmp_path) -> None:
    error = SchemaError("column 'x': provider 'nope' is not allowed")
    with TestClient(create_app(demo_settings(tmp_path), planner=RaisingPlanner(error), ui=False)) as client:
        for path in (SCHEMA, GENERATE):
            response = client.post(path, json={"description": "x"})
            assert response.status_code == 422
            assert response.json() == {"error": "invalid_schema", "detail": error.detail}


# ---- the UI ------------------------------------------------------------------------------------------------------

def test_the_ui_status_shows_what_was_not_understood_and_the_notes(tmp_path) -> None:
    with TestClient(create_app(demo_settings(tmp_path), planner=TellingPlanner())) as client:
        status, table, _, schema_json, *_ = call(client, "generate", ["shop orders", 10, "csv", 1, None])
    assert status.startswith("**Done.**")
    assert ("**Not understood** (no column made from these words; rephrase them or add the columns in the schema "
            "table): flux capacitor, Größe, été, \\*\\*bold\\*\\* \\<b\\>") in status
    assert "**Note:** guessed the currency" in status
    # the schema shown for download, and the editable table, keep the sources
    assert json.loads(schema_json)["columns"][1]["source"] == "status (paid, refunded)"
    assert '"source": "half refunds"' in table["data"][3][5]


def test_the_ui_says_when_nothing_was_understood(tmp_path) -> None:
    planner = RaisingPlanner(NotUnderstood(unrecognised=["asdf"]))
    with TestClient(create_app(demo_settings(tmp_path), planner=planner)) as client:
        status = call(client, "generate", ["asdf", 10, "csv", None, None])[0]
    assert status.startswith("**Could not generate.** Could not find any columns in this description: nothing in "
                             "the description reads as a column (not understood: 'asdf')")
    assert NotUnderstood.EXAMPLE in status and "schema table" not in status


def test_the_editable_table_keeps_the_sources() -> None:
    schema = parse_schema(PLANNED)
    assert table_to_schema(schema_to_table(schema), name="shop") == schema
    assert friendly(NotUnderstood("nothing here")) == "Could not find any columns in this description: nothing here."
