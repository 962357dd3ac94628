"""POST /api/v1/generate and /api/v1/schema with `examples` (a list of objects, or {"csv": text}): the file of rows
like them, the inferred schema with "from examples" as every column's source, and bad samples as a 4xx JSON error
naming the problem (never a 500); bodies stay capped by MAX_BODY_BYTES."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from synthgen.web.app import create_app

from .conftest import demo_settings

DATA = Path(__file__).parent.parent / "data" / "examples"
EXAMPLES = [{"id": "user-001", "name": "Alice Okafor", "email": "alice.okafor@example.com", "plan": "pro"},
            {"id": "user-002", "name": "Bruno Lindqvist", "email": "bruno.lindqvist@example.com", "plan": "free"},
            {"id": "user-003", "name": "Carla Moreau", "email": "carla.moreau@example.com", "plan": "free"}]


@pytest.fixture(scope="module")
def api(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    settings = demo_settings(tmp_path_factory.mktemp("examples"), max_body_bytes=64 * 1024)
    with TestClient(create_app(settings, ui=False)) as client:
        yield client


def test_generate_from_examples_streams_rows_like_them(api: TestClient) -> None:
    response = api.post("/api/v1/generate", json={"examples": EXAMPLES, "rows": 50, "seed": 3, "format": "jsonl"})
    assert response.status_code == 200, response.text
    rows = [json.loads(line) for line in response.text.splitlines()]
    assert len(rows) == 50 and set(rows[0]) == {"id", "name", "email", "plan"}
    assert all(r["id"].startswith("user-") and r["plan"] in ("pro", "free") for r in rows)
    assert not {e["email"] for e in EXAMPLES} & {r["email"] for r in rows}
    assert response.headers["X-SynthGen-Planner"] == "examples"
    assert response.headers["X-SynthGen-Rows"] == "50"
    again = api.post("/api/v1/generate", json={"examples": EXAMPLES, "rows": 50, "seed": 3, "format": "jsonl"})
    assert again.content == response.content and again.headers["X-SynthGen-Cache"] == "hit"


def test_generate_from_csv_text(api: TestClient) -> None:
    text = (DATA / "orders.csv").read_text()
    response = api.post("/api/v1/generate", json={"examples": {"csv": text}, "rows": 20, "seed": 1})
    assert response.status_code == 200, response.text
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert len(rows) == 20 and all(r["order_id"].startswith("ORD-") for r in rows)


def test_schema_from_examples_says_what_was_inferred(api: TestClient) -> None:
    response = api.post("/api/v1/schema", json={"examples": EXAMPLES, "locale": "en_GB"})  # not planned before
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["planner"] == "examples" and body["usage"]["input_tokens"] == 0 and not body["cache_hit"]
    assert body["schema"]["locale"] == "en_GB"
    assert [u["source"] for u in body["understood"]] == [f"from examples: {c}" for c in ("id", "name", "email",
                                                                                        "plan")]
    columns = {c["name"]: c for c in body["schema"]["columns"]}
    assert columns["id"]["args"] == {"text": "user-###"} and columns["email"]["entity"] == columns["name"]["entity"]
    assert any(note.startswith("'plan': category") for note in body["notes"])
    made = api.post("/api/v1/generate", json={"schema": body["schema"], "rows": 5, "seed": 1})
    assert made.status_code == 200  # the inferred schema is ready to POST back


@pytest.mark.parametrize(("path", "body", "words"), [
    ("/api/v1/generate", {"examples": [1, 2], "rows": 5}, "item 1 is a number"),
    ("/api/v1/generate", {"examples": [], "rows": 5}, "empty"),
    ("/api/v1/generate", {"examples": [{"a": {"b": 1}}, {"a": 2}], "rows": 5}, "mixed shapes"),
    ("/api/v1/generate", {"examples": {"csv": "a,b\n1,2,3\n"}, "rows": 5}, "does not parse"),
    ("/api/v1/schema", {"examples": [{f"c{i}": i for i in range(201)}]}, "201 columns; the limit is 200"),
    ("/api/v1/schema", {"examples": {"name": "x"}}, "list of objects"),
])
def test_a_bad_sample_is_a_422_naming_the_problem(api: TestClient, path: str, body: dict, words: str) -> None:
    response = api.post(path, json=body)
    assert response.status_code == 422, response.text
    assert response.json()["error"] == "invalid_examples" and words in response.json()["detail"]


def test_examples_are_a_list_or_csv_text(api: TestClient) -> None:
    response = api.post("/api/v1/generate", json={"examples": "id,name\n1,x\n", "rows": 5})
    assert response.status_code == 422 and 'a list of objects, or {"csv": "the CSV text"}' in response.json()["detail"]


def test_exactly_one_source(api: TestClient) -> None:
    both = api.post("/api/v1/generate", json={"examples": EXAMPLES, "description": "people", "rows": 5})
    assert both.status_code == 422 and "exactly one of 'description', 'schema' or 'examples'" in both.text
    neither = api.post("/api/v1/schema", json={})
    assert neither.status_code == 422 and "'description' or 'examples'" in neither.text


def test_a_sample_over_the_body_cap_is_a_413(api: TestClient) -> None:
    big = [{"id": i, "note": "x" * 100} for i in range(1_000)]  # about 120 kB, over this app's 64 kB
    response = api.post("/api/v1/generate", json={"examples": big, "rows": 5})
    assert response.status_code == 413 and "MAX_BODY_BYTES" in response.json()["detail"]
