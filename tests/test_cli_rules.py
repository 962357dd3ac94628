"""Column rules through the `synthgen` command line: files keep the rules; `schema validate` lists rule problems."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json

import pytest
from typer.testing import CliRunner

from synthgen.cli import app
from synthgen.config import get_settings

READINGS = {"name": "readings", "columns": [
    {"name": "sensor_id", "provider": "bothify", "args": {"text": "S-###"}, "distinct": 4},
    {"name": "at", "provider": "date_time_between", "series": {"start": "2024-03-01T00:00:00", "step": "15m",
                                                                "per": "sensor_id"}},
    {"name": "celsius", "provider": "pyfloat", "args": {"min_value": -10, "max_value": 40, "right_digits": 1},
     "distribution": {"kind": "normal", "mean": 21, "sd": 1.5}},
    {"name": "fahrenheit", "formula": "round(celsius * 9 / 5 + 32, 1)"},
]}


@pytest.fixture(autouse=True)
def clean_settings(monkeypatch, tmp_path):
    monkeypatch.setenv("DEMO_MODE", "true")
    monkeypatch.setenv("CACHE_DIR", str(tmp_path / "cache"))
    get_settings.cache_clear()
    yield
    get_settings.cache_clear()


def run(*args):
    result = CliRunner().invoke(app, [str(a) for a in args])
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result


def test_generate_keeps_series_distinct_and_formula(tmp_path):
    path = tmp_path / "readings.json"
    path.write_text(json.dumps(READINGS))
    result = run("generate", "--schema", path, "--rows", 400, "--seed", 3, "--format", "csv")
    assert result.exit_code == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert len(rows) == 400 and len({r["sensor_id"] for r in rows}) == 4
    for i, row in enumerate(rows):
        assert dt.datetime.fromisoformat(row["at"]) == dt.datetime(2024, 3, 1) + dt.timedelta(minutes=15 * (i // 4))
        assert float(row["fahrenheit"]) == pytest.approx(float(row["celsius"]) * 9 / 5 + 32, abs=0.051)


def test_schema_validate_lists_rule_problems_with_the_rest(tmp_path):
    path = tmp_path / "bad.json"
    path.write_text(json.dumps({"name": "t", "columns": [
        {"name": "price", "provider": "pyfloat", "args": {"maximum": 5}},
        {"name": "a", "formula": "b + 1"}, {"name": "b", "formula": "a + 1"},
        {"name": "city", "provider": "random_element", "by": {"column": "nowhere", "elements": {"x": ["y"]}}},
    ]}))
    result = run("schema", "validate", path)
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert lines[0].startswith("error: column 'price': unknown argument 'maximum'")
    assert any(line.startswith("error: column 'a': its rules make a cycle (a -> b -> a)") for line in lines)
    assert any(line.startswith("error: column 'city': 'by' names 'nowhere'") for line in lines)
    assert "Traceback" not in result.output


def test_schema_validate_accepts_rules(tmp_path):
    path = tmp_path / "readings.json"
    path.write_text(json.dumps(READINGS))
    result = run("schema", "validate", path)
    assert result.exit_code == 0 and result.stdout == "OK: 4 columns\n"
