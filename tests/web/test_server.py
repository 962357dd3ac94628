"""Where a local run listens: 127.0.0.1 unless a platform set $PORT or --host is given (the Procfile says 0.0.0.0)."""

from __future__ import annotations

import runpy
from pathlib import Path
from typing import Any

import pytest
import uvicorn
from typer.testing import CliRunner

from synthgen.cli import app as cli
from synthgen.web import server

from .conftest import demo_settings

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture()
def served(monkeypatch) -> list[dict[str, Any]]:
    """uvicorn.run's arguments, recorded instead of serving."""
    calls: list[dict[str, Any]] = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **kwargs: calls.append(kwargs))
    return calls


@pytest.mark.parametrize("environ,host", [({}, "127.0.0.1"), ({"PORT": ""}, "127.0.0.1"),
                                          ({"PORT": "5000"}, "0.0.0.0"), ({"HOST": "0.0.0.0"}, "127.0.0.1")])
def test_the_default_host(environ: dict[str, str], host: str) -> None:
    assert server.default_host(environ) == host


def test_run_listens_locally_unless_the_platform_sets_port(served, monkeypatch, tmp_path) -> None:
    settings = demo_settings(tmp_path)
    monkeypatch.delenv("PORT", raising=False)
    server.run(settings, app=object())
    monkeypatch.setenv("PORT", "5123")
    server.run(settings, app=object())
    server.run(settings, host="10.1.2.3", app=object())
    assert [c["host"] for c in served] == ["127.0.0.1", "0.0.0.0", "10.1.2.3"]


def test_synthgen_serve_listens_locally_by_default(served, monkeypatch, tmp_path) -> None:
    monkeypatch.delenv("PORT", raising=False)
    monkeypatch.setattr(server, "run", lambda settings, host=None, port=None, app=None:
                        served.append({"host": host or server.default_host(), "port": port}))
    runner = CliRunner()
    assert runner.invoke(cli, ["serve"]).exit_code == 0
    assert runner.invoke(cli, ["serve", "--host", "0.0.0.0", "--port", "9000"]).exit_code == 0
    assert served == [{"host": "127.0.0.1", "port": None}, {"host": "0.0.0.0", "port": 9000}]


def test_python_main_py_listens_locally(served, monkeypatch) -> None:
    monkeypatch.delenv("PORT", raising=False)
    monkeypatch.setenv("DEMO_MODE", "true")
    monkeypatch.chdir(ROOT)
    runpy.run_path(str(ROOT / "main.py"), run_name="__main__")
    assert served[-1]["host"] == "127.0.0.1"


def test_the_procfile_still_listens_on_every_interface() -> None:
    assert "--host 0.0.0.0" in (ROOT / "Procfile").read_text()
