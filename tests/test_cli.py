"""Tests of the `synthgen` command line through Typer's CliRunner, with the real pipeline, engine and exporters."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from synthgen import export
from synthgen.cli import app
from synthgen.config import get_settings
from synthgen.schema import parse_schema

NAMES = ["product_name", "category", "brand", "price", "rating", "in_stock", "sku", "created", "email", "city"]


@pytest.fixture(autouse=True)
def clean_settings(monkeypatch, tmp_path):
    """Each test reads settings afresh, offline (demo mode), with its cache in tmp_path."""
    monkeypatch.setenv("DEMO_MODE", "true")
    monkeypatch.setenv("CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("MAX_ROWS", raising=False)
    get_settings.cache_clear()
    yield
    get_settings.cache_clear()


@pytest.fixture
def schema_file(bench_schema_path) -> Path:
    """The shared ecommerce schema (tests/data holds a copy for when shared/ is absent)."""
    return bench_schema_path


@pytest.fixture
def out_dir(tmp_path) -> Path:
    path = tmp_path / "out"
    path.mkdir()
    return path


def run(*args: str, env: dict[str, str] | None = None):
    result = CliRunner().invoke(app, [str(a) for a in args], env=env)
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception  # an escaped exception is a bug: let pytest show its traceback
    return result


def parse(data: bytes, fmt: str) -> list[dict]:
    if fmt == "csv":
        return list(csv.DictReader(io.StringIO(data.decode("utf-8"), newline="")))
    if fmt == "json":
        return json.loads(data)
    if fmt == "jsonl":
        return [json.loads(line) for line in data.splitlines()]
    return pq.read_table(io.BytesIO(data)).to_pylist()


def write_schema(tmp_path: Path, columns: list[dict], name: str = "bad.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps({"name": "t", "columns": columns}))
    return path


# ---- generate ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("fmt", export.FORMATS)
def test_generate_to_a_file_infers_the_format_and_reports(schema_file, out_dir, fmt):
    path = out_dir / f"data{export.EXTENSIONS[fmt]}"
    result = run("generate", "--schema", schema_file, "--rows", 120, "--seed", 7, "--output", path)
    assert result.exit_code == 0, result.output
    rows = parse(path.read_bytes(), fmt)
    assert len(rows) == 120 and list(rows[0]) == NAMES
    assert result.stdout == ""
    assert result.stderr.strip().startswith(f"wrote 120 rows to {path} in ")
    assert "rows/s" in result.stderr and "seed:" not in result.stderr  # no progress bar when captured
    assert [p.name for p in out_dir.iterdir()] == [path.name]


@pytest.mark.parametrize("fmt", export.FORMATS)
def test_generate_to_stdout(schema_file, fmt):
    result = run("generate", "--schema", schema_file, "--rows", 40, "--seed", 3, "--format", fmt)
    assert result.exit_code == 0, result.output
    rows = parse(result.stdout_bytes, fmt)
    assert len(rows) == 40 and list(rows[0]) == NAMES
    assert result.stderr == ""


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_the_same_seed_gives_the_same_bytes(schema_file, fmt):
    args = ("generate", "--schema", schema_file, "--rows", 300, "-f", fmt)
    first, again, other = run(*args, "--seed", 11), run(*args, "--seed", 11), run(*args, "--seed", 12)
    assert first.stdout_bytes == again.stdout_bytes
    assert first.stdout_bytes != other.stdout_bytes


def test_without_a_seed_the_chosen_seed_is_printed_and_repeats_the_run(schema_file):
    first = run("generate", "--schema", schema_file, "--rows", 50)
    assert first.exit_code == 0
    seed = first.stderr.strip().removeprefix("seed: ")
    assert seed.isdigit()
    assert run("generate", "--schema", schema_file, "--rows", 50, "--seed", seed).stdout_bytes == first.stdout_bytes


def test_csv_cells_are_neutralised_unless_raw(tmp_path):
    path = write_schema(tmp_path, [{"name": "cell", "provider": "random_element", "args": {"elements": ["=1+2"]}},
                                   {"name": "n", "provider": "random_int", "args": {"min": -9, "max": -1}}])
    safe = parse(run("generate", "--schema", path, "--rows", 5, "--seed", 1).stdout_bytes, "csv")
    raw = parse(run("generate", "--schema", path, "--rows", 5, "--seed", 1, "--raw").stdout_bytes, "csv")
    assert {r["cell"] for r in safe} == {"'=1+2"} and {r["cell"] for r in raw} == {"=1+2"}
    assert all(r["n"].startswith("-") for r in safe)  # numbers are never touched


# ---- errors: message, exit code, no traceback, no file -----------------------------------------------------

def assert_fails(result, code: int, *fragments: str, out_dir: Path | None = None) -> None:
    assert result.exit_code == code, result.output
    assert "Traceback" not in result.output
    for fragment in fragments:
        assert fragment in result.stderr, result.stderr
    if out_dir is not None:
        assert list(out_dir.iterdir()) == []


def test_missing_schema_file(tmp_path, out_dir):
    result = run("generate", "--schema", tmp_path / "nope.json", "--rows", 5, "-o", out_dir / "x.csv")
    assert_fails(result, 2, "error: cannot read schema file", "nope.json", out_dir=out_dir)


def test_invalid_json(tmp_path, out_dir):
    path = tmp_path / "broken.json"
    path.write_text('{"columns": [')
    result = run("generate", "--schema", path, "--rows", 5, "-o", out_dir / "x.csv")
    assert_fails(result, 2, "is not valid JSON", "line 1", out_dir=out_dir)


def test_bad_schema_names_each_column_on_its_own_line(tmp_path, out_dir):
    path = write_schema(tmp_path, [
        {"name": "price", "provider": "pyfloat", "args": {"maximum": 5}},
        {"name": "who", "provider": "nmae"},
    ])
    result = run("generate", "--schema", path, "--rows", 5, "-o", out_dir / "x.csv")
    assert_fails(result, 2, out_dir=out_dir)
    lines = result.stderr.strip().splitlines()
    assert lines[0].startswith("error: column 'price': unknown argument 'maximum' for pyfloat; did you mean")
    assert lines[1].startswith("error: column 'who': unknown provider 'nmae'") and "'name'" in lines[1]


@pytest.mark.parametrize("rows", ["0", "-3"])
def test_rows_below_one(schema_file, out_dir, rows):
    result = run("generate", "--schema", schema_file, "--rows", rows, "-o", out_dir / "x.csv")
    assert_fails(result, 2, "--rows", out_dir=out_dir)


def test_rows_over_the_limit(schema_file, out_dir):
    result = run("generate", "--schema", schema_file, "--rows", 101, "-o", out_dir / "x.csv", env={"MAX_ROWS": "100"})
    assert_fails(result, 2, "error: rows is 101; the limit is 100", out_dir=out_dir)


def test_unique_capacity(tmp_path, out_dir):
    path = write_schema(tmp_path, [{"name": "d", "provider": "random_int", "args": {"min": 1, "max": 6},
                                    "unique": True}])
    assert_fails(run("generate", "--schema", path, "--rows", 50, "-o", out_dir / "x.csv"), 2, "error:", "'d'",
                 out_dir=out_dir)


def test_description_and_schema_together(schema_file, out_dir):
    result = run("generate", "people", "--schema", schema_file, "--rows", 5, "-o", out_dir / "x.csv")
    assert_fails(result, 2, "error: give either a DESCRIPTION or --schema FILE", out_dir=out_dir)


def test_neither_description_nor_schema(out_dir):
    assert_fails(run("generate", "--rows", 5, "-o", out_dir / "x.csv"), 2, "exactly one", out_dir=out_dir)


def test_unknown_format(schema_file, out_dir):
    result = run("generate", "--schema", schema_file, "--rows", 5, "--format", "xlsx", "-o", out_dir / "x.csv")
    assert_fails(result, 2, "error: unknown format 'xlsx'; choose one of csv, json, jsonl, parquet", out_dir=out_dir)


def test_unknown_extension_without_format(schema_file, out_dir):
    result = run("generate", "--schema", schema_file, "--rows", 5, "-o", out_dir / "data.xlsx")
    assert_fails(result, 2, "cannot tell the format from the file name 'data.xlsx'", out_dir=out_dir)


def test_unwritable_output_is_an_export_failure(schema_file, out_dir):
    result = run("generate", "--schema", schema_file, "--rows", 5, "-o", out_dir / "missing" / "x.csv")
    assert_fails(result, 1, "error: cannot write", out_dir=out_dir)


def test_bad_setting_is_reported_not_raised(schema_file):
    result = run("generate", "--schema", schema_file, "--rows", 5, env={"MAX_ROWS": "lots"})
    assert_fails(result, 2, "error: setting MAX_ROWS")


# ---- schema, providers, help -------------------------------------------------------------------------------

def test_schema_validate_ok(schema_file):
    result = run("schema", "validate", schema_file)
    assert result.exit_code == 0 and result.stdout == "OK: 10 columns\n"


def test_validate_is_the_contracts_spelling_too(schema_file, tmp_path):
    """ARCHITECTURE 2.5 spells it `synthgen validate FILE`; both spellings check the same way."""
    assert run("validate", schema_file).stdout == "OK: 10 columns\n"
    path = write_schema(tmp_path, [{"name": "price", "provider": "pyfloat", "args": {"maximum": 5}}])
    assert_fails(run("validate", path), 2, "error: column 'price': unknown argument 'maximum'")
    assert_fails(run("validate", tmp_path / "gone.json"), 2, "error: cannot read schema file")


def test_schema_validate_lists_problems(tmp_path):
    path = write_schema(tmp_path, [{"name": "price", "provider": "pyfloat", "args": {"maximum": 5}}])
    assert_fails(run("schema", "validate", path), 2, "error: column 'price': unknown argument 'maximum'")


def test_schema_validate_missing_file(tmp_path):
    assert_fails(run("schema", "validate", tmp_path / "gone.json"), 2, "error: cannot read schema file")


def test_providers_table():
    result = run("providers")
    assert result.exit_code == 0
    for word in ("name", "group", "args", "pyfloat", "email", "random_element"):
        assert word in result.stdout


def test_providers_json_matches_the_catalog():
    result = run("providers", "--json", "--locale", "de_DE")
    assert result.exit_code == 0
    listed = {p["name"]: p for p in json.loads(result.stdout)}
    assert {"name", "group", "args"} <= set(listed["pyfloat"])
    assert "max_value" in listed["pyfloat"]["args"]


def test_providers_unknown_locale():
    assert_fails(run("providers", "--locale", "xx_YY"), 2, "error: locale 'xx_YY' is not a Faker locale")


def test_help_documents_every_command_and_the_validate_form():
    top = run("--help").output
    for command in ("generate", "schema", "providers", "serve"):
        assert command in top
    assert "validate" in run("schema", "--help").output
    serve = run("serve", "--help").output
    assert "--host" in serve and "--port" in serve
    assert "--raw" in run("generate", "--help").output


# ---- description mode (the offline planner: demo mode, no key) ---------------------------------------------

def test_schema_from_a_description_round_trips(tmp_path):
    result = run("schema", "customers", "with", "email", "and", "signup", "date")
    assert result.exit_code == 0, result.output
    schema = parse_schema(result.stdout)
    assert schema.columns
    path = tmp_path / "planned.json"
    path.write_text(result.stdout)
    assert run("schema", "validate", path).stdout == f"OK: {len(schema.columns)} columns\n"


def test_generate_from_a_description():
    result = run("generate", "customers with email and signup date", "--rows", 25, "--seed", 5, "-f", "jsonl")
    assert result.exit_code == 0, result.output
    assert len(parse(result.stdout_bytes, "jsonl")) == 25
    assert "schema: planned by" in result.stderr


def test_empty_description_is_a_usage_error():
    assert_fails(run("schema", " "), 2, "error: description must not be empty")


# ---- the real process ------------------------------------------------------------------------------------

def test_python_dash_m_and_a_closed_pipe_exit_quietly(schema_file):
    proc = subprocess.Popen([sys.executable, "-m", "synthgen", "generate", "--schema", str(schema_file),
                             "--rows", "300000", "--seed", "1"], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    head = proc.stdout.read(200)
    proc.stdout.close()  # like `| head -c 200`
    stderr = proc.stderr.read().decode()
    proc.stderr.close()
    assert proc.wait() == 0, stderr
    assert head.startswith(b'"product_name","category"')
    assert stderr == ""


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs Linux /dev/full")
def test_a_full_disk_on_stdout_is_an_error_line(schema_file):
    with open("/dev/full", "wb") as full:
        proc = subprocess.run([sys.executable, "-m", "synthgen", "generate", "--schema", str(schema_file),
                               "--rows", "100000", "--seed", "1"], stdout=full, stderr=subprocess.PIPE, check=False)
    assert proc.returncode == 1
    assert proc.stderr.decode().strip() == "error: No space left on device"


def test_the_installed_script_and_python_dash_m_give_the_same_file(schema_file):
    script = Path(sys.executable).with_name("synthgen")
    if not script.exists():
        pytest.skip("no console script next to this interpreter (not a uv/pip install)")
    args = ["generate", "--schema", str(schema_file), "--rows", "50", "--seed", "3", "-f", "jsonl"]
    by_script = subprocess.run([str(script), *args], capture_output=True, check=True)
    by_module = subprocess.run([sys.executable, "-m", "synthgen", *args], capture_output=True, check=True)
    assert by_script.stdout == by_module.stdout
    assert len(by_script.stdout.splitlines()) == 50


def test_import_synthgen_loads_the_engine_only_when_used():
    code = ("import sys, synthgen\n"
            "assert 'pyarrow' not in sys.modules and 'synthgen.pipeline' not in sys.modules\n"
            "assert len(synthgen.generate({'columns': [{'name': 'n', 'provider': 'name'}]}, rows=3, seed=1)) == 3\n"
            "assert synthgen.load_schema and 'generate' in dir(synthgen)\n")
    subprocess.run([sys.executable, "-c", code], check=True)


@pytest.mark.parametrize("env", [{}, {"ARROW_DEFAULT_MEMORY_POOL": "system"}])
def test_the_command_line_picks_arrows_jemalloc_pool_unless_told_otherwise(env):
    code = ("from synthgen.__main__ import _arrow_memory_pool\n_arrow_memory_pool()\n"
            "import pyarrow as pa\nprint(pa.default_memory_pool().backend_name, "
            "'jemalloc' in pa.supported_memory_backends())\n")
    environ = {k: v for k, v in os.environ.items() if k != "ARROW_DEFAULT_MEMORY_POOL"} | env
    backend, has_jemalloc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                                           env=environ).stdout.split()
    wanted = env.get("ARROW_DEFAULT_MEMORY_POOL") or ("jemalloc" if has_jemalloc == "True" else "mimalloc")
    assert backend == wanted


def test_a_faker_provider_that_fails_mid_run_is_an_error_naming_the_column(tmp_path, out_dir, flaky_doi) -> None:
    """Faker's own methods can raise on some draws (its es_ES ISBN rules have gaps): a clear error, exit 1,
    no traceback and no output file."""
    schema = tmp_path / "codes.json"
    schema.write_text(json.dumps({"columns": [{"name": "code", "provider": "doi"}]}))
    result = run("generate", "--schema", schema, "--rows", 100, "-o", out_dir / "codes.csv")
    assert_fails(result, 1, "column 'code'", "Faker's doi failed", flaky_doi, out_dir=out_dir)
