"""The CLI's contract spellings (ARCHITECTURE 2.5): `synthgen validate FILE` is its own command and
`schema validate WORDS` never plans the words by accident; `generate --locale`; `--rows` defaults to the API's."""

from __future__ import annotations

import csv
import io
import json

import pytest

from synthgen import pipeline
from synthgen.web.models import GenerateRequest

from .test_cli import assert_fails, clean_settings, run, schema_file  # noqa: F401 - fixtures

PEOPLE = {"name": "people", "locale": "en_US", "columns": [{"name": "city", "provider": "city"},
                                                           {"name": "n", "provider": "random_int"}]}


@pytest.fixture
def people(tmp_path):
    path = tmp_path / "people.json"
    path.write_text(json.dumps(PEOPLE))
    return path


def rows_of(result) -> list[dict]:
    assert result.exit_code == 0, result.output
    return list(csv.DictReader(io.StringIO(result.stdout)))


def test_schema_validate_of_a_missing_file_is_an_error_with_a_hint_not_a_plan(tmp_path):
    """Before: `schema validate nope.txt` planned a schema for the words "validate nope.txt" (exit 0)."""
    result = run("schema", "validate", tmp_path / "nope.txt")
    assert_fails(result, 2, "error: cannot read schema file", "nope.txt", "hint: to check a schema file use "
                 "`synthgen validate FILE`")
    assert result.stdout == ""  # no schema printed


def test_schema_validate_with_several_words_is_an_error_with_a_hint():
    result = run("schema", "validate", "customer", "emails")
    assert_fails(result, 2, "error: `schema validate` takes one FILE", "hint: ", "synthgen validate FILE")
    assert result.stdout == ""


def test_both_validate_spellings_check_the_same_file(people):
    assert run("validate", people).stdout == run("schema", "validate", people).stdout == "OK: 2 columns\n"


def test_a_description_starting_with_validate_is_planned_when_quoted():
    result = run("schema", "validate customers with email and signup date")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["columns"]


def test_validate_is_listed_as_a_command_of_its_own():
    assert "validate" in run("--help").output
    assert "FILE" in run("validate", "--help").output


def test_generate_locale_sets_the_values_locale(people):
    german = rows_of(run("generate", "--schema", people, "--rows", 30, "--seed", 4, "--locale", "de_DE"))
    english = rows_of(run("generate", "--schema", people, "--rows", 30, "--seed", 4))
    assert [r["city"] for r in german] != [r["city"] for r in english]
    # The same bytes as the pipeline gives for that locale: the CLI only passes it on.
    job = pipeline.start(pipeline.Request(schema=PEOPLE, rows=30, seed=4, locale="de_DE"))
    expected = list(csv.DictReader(io.StringIO(b"".join(job.chunks()).decode())))
    assert german == expected


def test_generate_locale_from_a_description():
    result = run("generate", "customers with name and city", "--rows", 5, "--seed", 1, "--locale", "fr_FR",
                 "-f", "jsonl")
    assert result.exit_code == 0, result.output
    assert len(result.stdout.splitlines()) == 5


def test_generate_unknown_locale_is_refused_before_anything_is_made(people, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    result = run("generate", "--schema", people, "--locale", "xx_YY", "-o", out / "x.csv")
    assert_fails(result, 2, "error: locale 'xx_YY' is not a Faker locale", out_dir=out)


def test_rows_default_to_the_apis_default(people):
    assert pipeline.DEFAULT_ROWS == GenerateRequest.model_fields["rows"].default == 1000
    result = run("generate", "--schema", people, "--seed", 2)
    assert len(rows_of(result)) == pipeline.DEFAULT_ROWS
    assert "1000" in run("generate", "--help").output
