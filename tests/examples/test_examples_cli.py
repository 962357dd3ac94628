"""`synthgen generate --like SAMPLE` and `synthgen schema --like SAMPLE` (Typer's CliRunner, the real pipeline):
rows like the sample, the inferred schema on stdout with what was read on stderr, and bad samples as one
`error:` line and exit code 2."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from synthgen.cli import app
from synthgen.config import get_settings
from synthgen.schema import parse_schema

DATA = Path(__file__).parent.parent / "data" / "examples"


@pytest.fixture(autouse=True)
def clean_settings(monkeypatch, tmp_path):
    monkeypatch.setenv("DEMO_MODE", "false")
    monkeypatch.setenv("CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("MAX_ROWS", raising=False)
    get_settings.cache_clear()
    yield
    get_settings.cache_clear()


def run(*args: object):
    result = CliRunner().invoke(app, [str(a) for a in args])
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result


def test_generate_like_a_csv_sample(tmp_path: Path) -> None:
    out = tmp_path / "more.csv"
    result = run("generate", "--like", DATA / "orders.csv", "--rows", 300, "--seed", 5, "--output", out)
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(out.read_text())))
    assert len(rows) == 300 and list(rows[0]) == next(csv.reader(io.StringIO((DATA / "orders.csv").read_text())))
    assert all(r["order_id"].startswith("ORD-") for r in rows)
    assert "schema: planned by examples" in result.stderr
    assert "note: 'total' = round(quantity * unit_price, 2) in every example" in result.stderr


def test_generate_like_a_jsonl_sample_as_jsonl() -> None:
    result = run("generate", "--like", DATA / "people.jsonl", "--rows", 5, "--seed", 1, "--format", "jsonl")
    assert result.exit_code == 0, result.output
    people = [json.loads(line) for line in result.stdout.splitlines()]
    assert [p["id"] for p in people] == [1000, 1001, 1002, 1003, 1004] and "address.city" in people[0]


def test_schema_like_prints_an_editable_schema_and_caches_it(tmp_path: Path) -> None:
    first = run("schema", "--like", DATA / "orders.csv")
    assert first.exit_code == 0, first.output
    schema = parse_schema(first.stdout)
    assert {c.source for c in schema.columns} == {f"from examples: {c.name}" for c in schema.columns}
    saved = tmp_path / "orders.json"
    saved.write_text(first.stdout)
    again = run("generate", "--schema", saved, "--rows", 3, "--seed", 2)
    assert again.exit_code == 0 and again.stdout.startswith('"order_id"')
    cached = run("schema", "--like", DATA / "orders.csv")
    assert "from cache" in cached.stderr and cached.stdout == first.stdout


@pytest.mark.parametrize(("content", "name", "words"), [
    ("a,b\n1,2,3\n", "bad.csv", "row 2 has 3 fields, the header has 2"),
    ('{"a": 1}', "one.json", "examples must be a list of objects, not an object"),
    ("", "empty.csv", "the sample is empty"),
    ('[{"a": {"b": 1}}, {"a": 3}]', "mixed.json", "mixed shapes"),
])
def test_a_bad_sample_is_one_error_line_and_exit_code_2(tmp_path: Path, content: str, name: str, words: str) -> None:
    path = tmp_path / name
    path.write_text(content)
    for command in (["generate", "--like", path, "--rows", 5], ["schema", "--like", path]):
        result = run(*command)
        assert result.exit_code == 2 and words in result.stderr and "Traceback" not in result.output


def test_like_is_one_source_among_others(tmp_path: Path) -> None:
    result = run("generate", "people", "--like", DATA / "orders.csv")
    assert result.exit_code == 2 and "exactly one of them" in result.stderr
    result = run("schema")
    assert result.exit_code == 2 and "DESCRIPTION or --like SAMPLE" in result.stderr
    missing = run("generate", "--like", tmp_path / "nope.csv")
    assert missing.exit_code == 2 and "cannot read sample file" in missing.stderr
