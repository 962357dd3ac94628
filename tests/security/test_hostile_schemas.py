"""Hostile schemas (issue 10): odd characters in every string of a schema, huge provider arguments and unsafe
templates, sent through the real app, the LLM planner, the CLI and the Python API: a clear refusal, never a 500."""

from __future__ import annotations

import copy
import json

import pytest
from typer.testing import CliRunner

from synthgen.cli import app as cli_app
from synthgen.errors import SchemaError
from synthgen.schema import parse_schema

from .conftest import GENERATE, SCHEMA, FakeLLM, column, good_with, llm_app, no_rows_and_nothing_cached, openai_reply

VALID = {"name": "orders", "locale": "en_US", "columns": [
    {"name": "id", "provider": "bothify", "args": {"text": "ID-####"}, "unique": True},
    {"name": "status", "provider": "random_element", "args": {"elements": ["new", "paid"]}, "weights": [1, 2]},
    {"name": "buyer", "provider": "name", "entity": "buyer"},
    {"name": "note", "provider": "text", "args": {"max_nb_chars": 50, "ext_word_list": ["alpha", "beta"]}},
    {"name": "paid_on", "provider": "date_between", "args": {"start_date": "2024-01-01", "end_date": "2024-12-31"}},
    {"name": "refund_on", "provider": "date_between", "after": {"column": "paid_on", "max_days": 9}},
    {"name": "code", "provider": "pystr_format", "args": {"string_format": "A{{random_int}}-##", "letters": "XY"}},
]}
NEVER = ["\ud800", "\udfff", "\x00"]  # not text: refused wherever they are
ODD = ["\u2028", "\u202e"]  # text, but not in a name
NAMES = {"name", "entity", "column"}  # keys whose strings are names (dataset, column, entity, after.column)


def string_paths(data, path=()):
    """(path, is a key) of every string in the schema, keys of objects included."""
    if isinstance(data, str):
        yield path, False
    elif isinstance(data, dict):
        for key, value in data.items():
            yield (*path, key), True
            yield from string_paths(value, (*path, key))
    elif isinstance(data, list):
        for i, value in enumerate(data):
            yield from string_paths(value, (*path, i))


def label(path):
    """The path as SchemaError names it: columns[6].args.string_format."""
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else part)
    return text


def spoiled(path, is_key, char):
    """VALID with `char` put inside the string (or the key) at `path`."""
    data = copy.deepcopy(VALID)
    parent = data
    for part in path[:-1]:
        parent = parent[part]
    last = path[-1]
    if is_key:
        parent[last[:1] + char + last[1:]] = parent.pop(last)
    else:
        parent[last] = parent[last][:1] + char + parent[last][1:]
    return data


CASES = [(path, is_key, char) for path, is_key in string_paths(VALID) for char in NEVER + ODD]


def test_the_fuzzed_schema_is_valid_and_covers_every_kind_of_string():
    assert parse_schema(VALID).name == "orders"
    labels = {label(path) for path, is_key in string_paths(VALID) if not is_key}
    assert {"name", "locale", "columns[0].name", "columns[0].provider", "columns[0].args.text",
            "columns[1].args.elements[0]", "columns[2].entity", "columns[3].args.ext_word_list[1]",
            "columns[4].args.start_date", "columns[5].after.column", "columns[6].args.string_format",
            "columns[6].args.letters"} <= labels


@pytest.mark.parametrize("path,is_key,char", CASES, ids=[f"{label(p)}{'(key)' if k else ''}-U+{ord(c):04X}"
                                                        for p, k, c in CASES])
def test_api_never_answers_500_and_names_the_field(client, path, is_key, char):
    body = {"schema": spoiled(path, is_key, char), "rows": 5, "format": "jsonl", "seed": 1}
    response = client.post(GENERATE, content=json.dumps(body), headers={"Content-Type": "application/json"})
    assert response.status_code in (200, 422), response.text
    if char in NEVER or (path[-1] in NAMES and not is_key and path[0] != "locale"):
        assert response.status_code == 422
        where = label(path[:-1]) if is_key else label(path)
        error = response.json()
        assert error["error"] == "invalid_schema" and error["detail"]
        if char in NEVER:
            assert f"{where}: " in error["detail"]
            assert ("NUL" if char == "\x00" else f"lone surrogate (U+{ord(char):04X})") in error["detail"]
    if response.status_code == 200:
        rows = [json.loads(line) for line in response.text.strip("\n").split("\n")]  # not splitlines: U+2028
        assert len(rows) == 5


@pytest.mark.parametrize("path,is_key,char", [c for c in CASES if c[2] in NEVER],
                         ids=[f"{label(p)}-U+{ord(c):04X}" for p, k, c in CASES if c in NEVER])
def test_python_api_raises_a_schema_error_naming_the_field(path, is_key, char):
    with pytest.raises(SchemaError) as info:
        parse_schema(spoiled(path, is_key, char))
    where = (label(path[:-1]) if is_key else label(path)) or "the schema"
    assert any(p.startswith(f"{where}: ") for p in info.value.problems), info.value.problems


@pytest.mark.parametrize("char", NEVER)
@pytest.mark.parametrize("path", [("columns", 1, "args", "elements", 0), ("columns", 0, "args", "text"),
                                  ("columns", 3, "args", "ext_word_list", 0), ("columns", 4, "args", "start_date"),
                                  ("columns", 5, "after", "column"), ("name",)])
def test_cli_validate_prints_the_problem_and_exits_2(tmp_path, path, char):
    """The issue's repro: JSON "\\ud800" escapes in a schema file."""
    file = tmp_path / "bad.json"
    file.write_text(json.dumps(spoiled(path, False, char)), encoding="utf-8")  # ensure_ascii: "\ud800" escapes
    for args in (["schema", "validate", str(file)], ["generate", "--schema", str(file), "--rows", "3"]):
        result = CliRunner().invoke(cli_app, args)
        assert result.exit_code == 2, result.output
        assert not isinstance(result.exception, Exception) or isinstance(result.exception, SystemExit)
        assert f"{label(path)}: contains " in result.stderr and "Traceback" not in result.output


@pytest.mark.parametrize("field", ["description", "locale"])
@pytest.mark.parametrize("char", NEVER)
def test_description_and_locale_with_non_text_are_422(client, field, char):
    for url in (GENERATE, SCHEMA):
        body = {"description": "orders with id and total", field: f"en{char}US"}
        response = client.post(url, content=json.dumps(body), headers={"Content-Type": "application/json"})
        assert response.status_code == 422, response.text
        assert response.json()["detail"].startswith(f"{field}: contains ")


def test_an_unknown_field_with_a_surrogate_is_422_not_500(client):
    body = json.dumps({"description": "orders", "rows\ud800": 5})
    response = client.post(GENERATE, content=body, headers={"Content-Type": "application/json"})
    assert response.status_code == 422 and response.json()["error"] == "invalid_request"


# ---- the probe's huge arguments and templates, through every door ---------------------------------------------

HOSTILE = [
    ({"name": "p", "provider": "uri_path", "args": {"deep": 10**8}}, "argument 'deep' of uri_path must be between 1"),
    ({"name": "p", "provider": "uri", "args": {"deep": 10**8}}, "argument 'deep' of uri must be between 1"),
    ({"name": "p", "provider": "file_path", "args": {"depth": 300_000}}, "argument 'depth' of file_path must be"),
    ({"name": "p", "provider": "pystr_format", "args": {"string_format": "{{binary}}" * 50}},
     "token '{{binary}}': provider 'binary' is not allowed"),
    ({"name": "p", "provider": "pystr_format", "args": {"string_format": "{{seed_instance}}"}},
     "token '{{seed_instance}}'"),
    ({"name": "p", "provider": "pystr_format", "args": {"string_format": "{{__init__}}"}}, "token '{{__init__}}'"),
]


@pytest.mark.parametrize("col,fragment", HOSTILE)
def test_api_refuses_the_probes_schemas(client, col, fragment):
    schema = copy.deepcopy(VALID)
    schema["columns"].append(col)
    response = client.post(GENERATE, json={"schema": schema, "rows": 5})
    assert response.status_code == 422
    assert "column 'p': " in response.json()["detail"] and fragment in response.json()["detail"]


def test_cli_refuses_the_probes_schemas(tmp_path):
    for i, (col, fragment) in enumerate(HOSTILE):
        file = tmp_path / f"s{i}.json"
        file.write_text(json.dumps({"columns": [col]}))
        result = CliRunner().invoke(cli_app, ["schema", "validate", str(file)])
        assert result.exit_code == 2 and "error: column 'p': " in result.stderr and fragment in result.stderr


def test_llm_answer_with_a_hostile_column_is_never_run(tmp_path):
    """The planner validates the model's answer like a user's file: a hostile column twice is a 502, and no row."""
    hostile = column("p", "pystr_format", [{"key": "string_format", "value": "{{binary}}" * 50}])
    deep = column("q", "uri_path", [{"key": "deep", "value": 10**8}])
    api = FakeLLM(openai_reply(good_with(hostile, deep)))
    with llm_app(tmp_path, api) as client:
        response = client.post(GENERATE, json={"description": "orders with a code", "rows": 5})
        assert response.status_code == 502, response.text
        repair = json.dumps(api.bodies[1]["messages"][-1])
        assert "{{binary}}" in repair and "argument 'deep' of uri_path must be between 1 and 20" in repair, repair
        no_rows_and_nothing_cached(client)


@pytest.mark.parametrize("provider,args,fragment", [
    ("uri_path", '{"deep": 100000000}', "argument 'deep' of uri_path must be between 1 and 20"),
    ("pystr_format", '{"string_format": "{{binary}}{{binary}}"}', "token '{{binary}}': provider 'binary'"),
    ("random_element", '{"elements": ["a", "\\ud800"]}', "columns[0].args.elements[1]: contains a lone surrogate"),
])
def test_ui_table_refuses_the_same_schemas(provider, args, fragment):
    from synthgen.web.ui_logic import table_to_schema

    with pytest.raises(SchemaError) as info:
        table_to_schema([["p", provider, args, False, 0, ""]])
    assert any(fragment in p for p in info.value.problems), info.value.problems
