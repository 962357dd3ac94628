"""One version lookup: the CLI's --version, /health and the OpenAPI document all say the installed version."""

from __future__ import annotations

from importlib.metadata import version as installed

from fastapi.testclient import TestClient
from typer.testing import CliRunner

from synthgen.cli import app as cli
from synthgen.config import Settings
from synthgen.version import version
from synthgen.web.app import create_app


def test_every_front_door_says_the_installed_version(tmp_path):
    assert version() == installed("synthgen") and version()[0].isdigit()
    assert CliRunner().invoke(cli, ["--version"]).output.strip() == f"synthgen {version()}"
    settings = Settings(_env_file=None, demo_mode=True, cache_dir=tmp_path / "cache")
    with TestClient(create_app(settings, ui=False)) as client:
        assert client.get("/health").json()["version"] == version()
        assert client.get("/openapi.json").json()["info"]["version"] == version()
