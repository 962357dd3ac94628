"""The JSON contract of POST /api/v1/generate and /schema, strictly: exact types (422 naming the field), the true
reason a body cannot be parsed (naming the limit), and errors that never echo unbounded input back."""

from __future__ import annotations

import json
import sys

import pytest
from fastapi.testclient import TestClient

from synthgen.web.errors import MAX_DETAIL, bounded

from .conftest import PEOPLE
from .test_api import GENERATE, assert_error

SCHEMA = "/api/v1/schema"


def post(client: TestClient, path: str, body: bytes | dict):
    content = body if isinstance(body, bytes) else json.dumps(body).encode()
    return client.post(path, content=content, headers={"content-type": "application/json"})


@pytest.mark.parametrize("field,value,words", [
    ("rows", "10", "rows should be a valid integer"),
    ("rows", True, "rows should be a valid integer"),
    ("rows", 10.0, "rows should be a valid integer"),
    ("seed", "42", "seed should be a valid integer"),
    ("seed", False, "seed should be a valid integer"),
    ("raw", "yes", "raw should be a valid boolean"),
    ("raw", 1, "raw should be a valid boolean"),
    ("format", 1, "format"),
    ("locale", 5, "locale"),
])
def test_generate_takes_the_contracts_types_only(client: TestClient, field, value, words) -> None:
    body = {"schema": PEOPLE, "rows": 3, field: value}
    assert_error(post(client, GENERATE, body), 422, "invalid_request", words)


@pytest.mark.parametrize("body,words", [
    ({"description": 42}, "description should be a valid string"),
    ({"description": "people with names", "locale": True}, "locale should be a valid string"),
])
def test_schema_takes_the_contracts_types_only(client: TestClient, body, words) -> None:
    assert_error(post(client, SCHEMA, body), 422, "invalid_request", words)


def test_exact_types_still_pass(client: TestClient) -> None:
    response = post(client, GENERATE, {"schema": PEOPLE, "rows": 3, "seed": 42, "raw": True, "format": "jsonl"})
    assert response.status_code == 200 and len(response.text.splitlines()) == 3
    assert response.headers["x-synthgen-seed"] == "42"


def test_deep_nesting_is_named_with_its_limit(client: TestClient) -> None:
    body = b'{"schema": ' + b"[" * 5000 + b"]" * 5000 + b"}"
    detail = assert_error(post(client, GENERATE, body), 422, "invalid_request", "nested too deeply")["detail"]
    assert f"{sys.getrecursionlimit():,} levels" in detail and "UTF-8" not in detail


def test_a_number_too_long_to_parse_is_named_with_its_limit(client: TestClient) -> None:
    body = b'{"schema": {}, "rows": ' + b"9" * 5000 + b"}"
    detail = assert_error(post(client, GENERATE, body), 422, "invalid_request", "number that is too long")["detail"]
    assert f"{sys.get_int_max_str_digits():,} digits" in detail and "UTF-8" not in detail


def test_bytes_that_are_not_utf8_are_still_named_so(client: TestClient) -> None:
    assert_error(post(client, GENERATE, b'{"description": "\xff\xfe"}'), 422, "invalid_request", "not UTF-8")


def test_a_huge_row_count_is_refused_without_echoing_it(client: TestClient) -> None:
    body = b'{"schema": ' + json.dumps(PEOPLE).encode() + b', "rows": ' + b"9" * 4299 + b"}"
    response = post(client, GENERATE, body)
    detail = assert_error(response, 413, "limit_exceeded", "rows", "4,299 digits")["detail"]
    assert "9" * 40 not in response.text and len(response.text) < 500, detail


def test_error_sentences_are_bounded() -> None:
    assert bounded("rows is " + "1" * 5000) == "rows is 111111111111… (a number of 5,000 digits)"
    assert bounded("seed is 9,223,372,036,854,775,807") == "seed is 9,223,372,036,854,775,807"  # short stays
    long = bounded("x" * 10_000)
    assert len(long) == MAX_DETAIL and long.endswith("…")
