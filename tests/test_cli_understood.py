"""What the planner understood, at the command line: `synthgen schema` and `synthgen generate` from a description
print one "not understood: ..." line and the planner's notes on stderr; the printed schema keeps each column's
source and loads back; NotUnderstood is a clear error with an example and exit code 2."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

import synthgen.factory
from synthgen.cli import app
from synthgen.config import get_settings
from synthgen.errors import NotUnderstood
from synthgen.planners.base import PlanMeta, PlanResult
from synthgen.schema import load_schema, parse_schema

PLANNED = {"name": "shop", "locale": "en_US", "columns": [
    {"name": "order_id", "provider": "uuid4", "unique": True},
    {"name": "status", "provider": "random_element", "args": {"elements": ["paid", "refunded"]},
     "source": "status (paid, refunded)"},
    {"name": "amount", "provider": "pyfloat", "args": {"min_value": 1, "max_value": 50, "right_digits": 2},
     "source": "amount up to 50"},
]}


class StubPlanner:
    name = "stub"
    model = "stub-1"

    def __init__(self, error: Exception | None = None, unrecognised: tuple[str, ...] = ("flux capacitor", "warp")):
        self.error = error
        self.unrecognised = list(unrecognised)

    def plan(self, description: str, *, locale: str | None = None) -> PlanResult:
        if self.error is not None:
            raise self.error
        meta = PlanMeta(planner=self.name, model=self.model, unrecognised=self.unrecognised,
                        notes=["guessed the currency"])
        return PlanResult(parse_schema(PLANNED), meta)


@pytest.fixture(autouse=True)
def offline(monkeypatch, tmp_path):
    monkeypatch.setenv("DEMO_MODE", "true")
    monkeypatch.setenv("CACHE_DIR", str(tmp_path / "cache"))
    get_settings.cache_clear()
    yield
    get_settings.cache_clear()


def use(monkeypatch, planner: StubPlanner) -> None:
    monkeypatch.setattr(synthgen.factory, "make_planner", lambda settings, **_: planner)


def run(*args: str):
    result = CliRunner().invoke(app, list(args))
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result


def test_schema_prints_what_was_not_understood_and_keeps_the_sources(monkeypatch, tmp_path) -> None:
    use(monkeypatch, StubPlanner())
    result = run("schema", "shop orders with a flux capacitor")
    assert result.exit_code == 0, result.stderr
    assert result.stderr.splitlines() == ["schema: planned by stub (stub-1)", "not understood: flux capacitor, warp",
                                          "note: guessed the currency"]
    printed = json.loads(result.stdout)
    assert [c.get("source") for c in printed["columns"]] == [None, "status (paid, refunded)", "amount up to 50"]
    path = tmp_path / "shop.json"
    path.write_text(result.stdout, encoding="utf-8")
    assert load_schema(path) == parse_schema(PLANNED)
    assert run("validate", str(path)).stdout.strip() == "OK: 3 columns"


def test_generate_prints_them_too_and_nothing_when_all_was_understood(monkeypatch) -> None:
    use(monkeypatch, StubPlanner())
    result = run("generate", "shop orders", "--rows", "3", "--seed", "1")
    assert result.exit_code == 0 and "not understood: flux capacitor, warp" in result.stderr.splitlines()
    assert len(result.stdout.splitlines()) == 4  # header and three rows
    use(monkeypatch, StubPlanner(unrecognised=()))
    quiet = run("generate", "shop orders", "--rows", "3", "--seed", "1")
    assert "not understood" not in quiet.stderr and quiet.stdout == result.stdout


@pytest.mark.parametrize("command", [("schema", "asdf qwerty"), ("generate", "asdf qwerty", "--rows", "3")])
def test_not_understood_is_an_error_with_an_example_and_exit_code_2(monkeypatch, command) -> None:
    use(monkeypatch, StubPlanner(NotUnderstood(unrecognised=["asdf", "qwerty"])))
    result = run(*command)
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr == ("error: nothing in the description reads as a column (not understood: 'asdf', "
                             "'qwerty'); name the columns you want and their values, "
                             f"e.g. \"{NotUnderstood.EXAMPLE}\"\n")
