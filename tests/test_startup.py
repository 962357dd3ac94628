"""What `synthgen generate` loads: only what making the file needs. The web stack, the LLM SDKs, pandas, Parquet,
the schema cache and Rich stay out of a CSV run (from a schema, or from a description in demo mode), so start-up
pays for none of them. Each run is a fresh interpreter: what a user's shell starts."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

NOT_NEEDED = ["pandas", "gradio", "fastapi", "starlette", "uvicorn", "openai", "anthropic", "httpx", "httpx2",
              "diskcache", "pyarrow.parquet", "pyarrow.dataset", "rich", "sqlite3", "synthgen.web"]

PROGRAM = """
import json, sys
from typer.testing import CliRunner
from synthgen.cli import app
result = CliRunner().invoke(app, json.loads(sys.argv[1]))
print(json.dumps({"code": result.exit_code, "output": result.output, "modules": sorted(sys.modules)}))
"""


def loaded(tmp_path: Path, *args: str) -> tuple[str, set[str]]:
    env = {"DEMO_MODE": "true", "CACHE_DIR": str(tmp_path / "cache"), "PATH": "/usr/bin:/bin"}
    out = subprocess.run([sys.executable, "-c", PROGRAM, json.dumps(list(args))], capture_output=True, text=True,
                         check=True, env=env, cwd=tmp_path)
    report = json.loads(out.stdout)
    assert report["code"] == 0, report["output"]
    return report["output"], set(report["modules"])


def test_a_csv_from_a_schema_loads_only_what_it_needs(tmp_path):
    schema = tmp_path / "people.json"
    schema.write_text(json.dumps({"name": "people", "columns": [{"name": "email", "provider": "email"}]}))
    output, modules = loaded(tmp_path, "generate", "--rows", "3", "--seed", "1", "--schema", str(schema))
    assert output.splitlines()[-4] == '"email"'  # and 3 rows; the seed is given, so stderr says nothing
    assert {"numpy", "pyarrow", "faker", "synthgen.engine", "synthgen.export"} <= modules  # it did the work
    assert sorted(modules & set(NOT_NEEDED)) == []
    assert not any(m.startswith("synthgen.planners.offline") for m in modules)  # no description: no planner


def test_a_csv_from_a_description_loads_no_llm_sdk_and_no_web(tmp_path):
    output, modules = loaded(tmp_path, "generate", "--rows", "2", "--seed", "1", "customers with name and email")
    assert '"name","email"' in output.splitlines()  # stderr's "schema: planned by offline" comes first
    assert "synthgen.planners.offline" in modules
    assert sorted(modules & set(NOT_NEEDED)) == []
    assert "inflect" in modules and "typeguard" not in modules  # inflect without typeguard's re-compiling (about 2 s)
