"""pipeline.start, the one sequencer: every front door (CLI, API, UI, Python) gives the same bytes for the same seed
in every format, a Job fails before its first byte, and the limits are checked before anything costly."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")

from fastapi.testclient import TestClient
from typer.testing import CliRunner

import synthgen
from synthgen import export, pipeline
from synthgen.cli import app as cli_app
from synthgen.config import get_settings
from synthgen.errors import ExamplesError, ExportError, GenerationError, LimitError, SchemaError
from synthgen.factory import make_planner
from synthgen.pipeline import Job, Limits, Request, start
from synthgen.planners.base import PlanMeta, PlanResult
from synthgen.schema import parse_schema
from synthgen.web.app import create_app
from synthgen.web.downloads import DownloadStore
from synthgen.web.services import Services
from synthgen.web.ui_logic import Actions, schema_to_table

from .web.conftest import demo_settings

ROWS, SEED = 3000, 41
DESCRIPTION = "customers with name, email, signup date, plan (free, pro, team) and monthly spend"
SCHEMA = {
    "name": "members",
    "locale": "en_US",
    "columns": [
        {"name": "id", "provider": "random_int", "args": {"min": 1, "max": 10_000_000}, "sequence": True,
         "unique": True},
        {"name": "name", "provider": "name"},
        {"name": "email", "provider": "email", "null_rate": 0.1},
        {"name": "plan", "provider": "random_element", "args": {"elements": ["free", "pro", "=team"]},
         "weights": [5, 3, 1]},
        {"name": "spend", "provider": "pyfloat", "args": {"min_value": 0, "max_value": 500, "right_digits": 2}},
        {"name": "joined", "provider": "date_between", "args": {"start_date": "2024-01-01", "end_date": "2024-12-31"}},
        {"name": "renewed", "provider": "date_between", "after": {"column": "joined", "min_days": 1, "max_days": 90}},
        {"name": "active", "provider": "boolean"},
    ],
}


# ---- the four front doors, one file each --------------------------------------------------------------------------

@pytest.fixture(scope="module")
def web(tmp_path_factory: pytest.TempPathFactory):
    """The API (under TestClient) and the UI's handlers, on one demo-mode Services."""
    folder = tmp_path_factory.mktemp("web")
    settings = demo_settings(folder)
    actions = Actions(Services(settings=settings, planner=make_planner(settings), downloads=DownloadStore(folder)))
    with TestClient(create_app(settings, ui=False)) as client:
        yield client, actions


def by_python(kind: str, fmt: str, tmp: Path) -> bytes:
    path = tmp / f"python{export.EXTENSIONS[fmt]}"
    source = DESCRIPTION if kind == "description" else SCHEMA
    assert synthgen.write(source, ROWS, path, seed=SEED) == ROWS  # the format from the extension
    return path.read_bytes()


def by_cli(kind: str, fmt: str, tmp: Path, monkeypatch: pytest.MonkeyPatch) -> bytes:
    monkeypatch.setenv("DEMO_MODE", "true")
    monkeypatch.setenv("CACHE_DIR", str(tmp / "cache"))
    monkeypatch.delenv("MAX_ROWS", raising=False)
    get_settings.cache_clear()
    path = tmp / f"cli{export.EXTENSIONS[fmt]}"
    if kind == "description":
        source = [DESCRIPTION]
    else:
        schema_file = tmp / "schema.json"
        schema_file.write_text(json.dumps(SCHEMA), encoding="utf-8")
        source = ["--schema", str(schema_file)]
    try:
        result = CliRunner().invoke(cli_app, ["generate", *source, "--rows", str(ROWS), "--seed", str(SEED),
                                              "--format", fmt, "--output", str(path)])
    finally:
        get_settings.cache_clear()
    assert result.exit_code == 0, result.output
    return path.read_bytes()


def by_api(kind: str, fmt: str, client: TestClient) -> bytes:
    source = {"description": DESCRIPTION} if kind == "description" else {"schema": SCHEMA}
    response = client.post("/api/v1/generate", json={**source, "rows": ROWS, "seed": SEED, "format": fmt})
    assert response.status_code == 200, response.text
    assert response.headers["x-synthgen-seed"] == str(SEED)
    assert response.headers["x-synthgen-planner"] == ("offline" if kind == "description" else "none")
    return response.content


def by_ui(kind: str, fmt: str, actions: Actions) -> bytes:
    if kind == "description":
        result = actions.generate(DESCRIPTION, ROWS, fmt, SEED)
    else:
        table = schema_to_table(parse_schema(SCHEMA))
        result = actions.regenerate(table, {"name": SCHEMA["name"], "locale": "en_US"}, ROWS, fmt, SEED)
    assert result.seed == SEED and result.written.rows == ROWS
    return result.written.path.read_bytes()


@pytest.mark.parametrize("kind", ["schema", "description"])
@pytest.mark.parametrize("fmt", export.FORMATS)
def test_every_front_door_gives_the_same_bytes(kind: str, fmt: str, web, tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    client, actions = web
    files = {"python": by_python(kind, fmt, tmp_path), "cli": by_cli(kind, fmt, tmp_path, monkeypatch),
             "api": by_api(kind, fmt, client), "ui": by_ui(kind, fmt, actions)}
    reference = files["python"]
    assert len(reference) > ROWS * 10  # a real file, not an empty one
    for door, data in files.items():
        assert data == reference, f"{door} differs from the Python API ({fmt}, from a {kind})"
    if fmt == "csv" and kind == "schema":
        assert b'"\'=team"' in reference  # every door escapes formula-like cells by default


# ---- the Job -----------------------------------------------------------------------------------------------------

def test_the_job_reports_what_it_will_make_before_any_row() -> None:
    job = start(Request(description=DESCRIPTION, rows=500, format="jsonl"))
    assert isinstance(job, Job) and job.rows == 500 and 0 <= job.seed < 2**31
    assert job.meta is not None and job.meta.planner == "offline"
    assert [f.name for f in job.arrow_schema] == [c.name for c in job.schema.columns]
    assert job.filename == job.schema.filename_stem + ".jsonl"
    assert job.estimated_bytes > 500 * 10
    first = b"".join(job.chunks())
    assert first == b"".join(job.chunks())  # the rows are made afresh from the seed: the same bytes every time
    again = start(Request(description=DESCRIPTION, rows=500, format="jsonl", seed=job.seed))
    assert b"".join(again.chunks()) == first
    assert len(first.splitlines()) == 500


def test_batches_and_dataframe_hold_the_same_rows() -> None:
    job = start(Request(schema=SCHEMA, rows=2500, seed=3))
    with job.batches() as batches:
        counted = sum(batch.num_rows for batch in batches)
    assert counted == 2500
    frame = job.to_pandas()
    assert list(frame.columns) == [c["name"] for c in SCHEMA["columns"]]
    assert frame["id"].is_unique and (frame["renewed"] > frame["joined"]).all()
    assert frame.equals(synthgen.generate(SCHEMA, rows=2500, seed=3))


def test_a_failure_in_the_first_block_comes_before_the_first_byte(flaky_doi: str) -> None:
    job = start(Request(schema={"columns": [{"name": "code", "provider": "doi"}]}, rows=50, seed=1))
    with pytest.raises(GenerationError, match="column 'code'"):
        job.chunks()  # raised here, when the stream is made: a front door has sent nothing yet


def test_write_file_never_leaves_half_a_file(tmp_path: Path) -> None:
    job = start(Request(schema=SCHEMA, rows=200_000, seed=5))
    seen = []

    def fail_on_the_second_block(batch: object) -> None:
        seen.append(batch)
        if len(seen) == 2:
            raise RuntimeError("disk gone")

    target = tmp_path / "members.csv"
    with pytest.raises(RuntimeError, match="disk gone"):
        job.write_file(target, on_batch=fail_on_the_second_block)
    assert len(seen) == 2 and list(tmp_path.iterdir()) == []  # neither the file nor its temp part
    assert job.write_file(target) == 200_000 and target.stat().st_size > 0


def test_the_requests_locale_wins_over_the_schemas() -> None:
    assert start(Request(schema=SCHEMA, rows=5, locale="de_DE")).schema.locale == "de_DE"
    assert start(Request(schema=parse_schema(SCHEMA), rows=5, locale="fr_FR")).schema.locale == "fr_FR"
    assert start(Request(description=DESCRIPTION, rows=5, locale="ja_JP")).schema.locale == "ja_JP"


class Counting:
    """A planner that counts its calls and plans one column."""

    name, model = "counting", None

    def __init__(self) -> None:
        self.calls = 0

    def plan(self, description: str, *, locale: str | None = None) -> PlanResult:
        self.calls += 1
        return PlanResult(parse_schema({"name": "c", "columns": [{"name": "city", "provider": "city"}]}),
                          PlanMeta(planner=self.name, unrecognised=["zorp"]))


def test_a_plan_made_beforehand_is_used_and_the_planner_is_not_called() -> None:
    planner, made = Counting(), Counting().plan("cities")
    seen: list[PlanResult] = []
    job = start(Request(description="cities", rows=5), planner=planner, planned=made, on_plan=seen.append)
    assert planner.calls == 0 and job.meta is made.meta and seen[0].schema == job.schema
    job = start(Request(description="cities", rows=5), planner=planner)
    assert planner.calls == 1 and job.meta.unrecognised == ["zorp"]


# ---- checks and limits, before anything costly ------------------------------------------------------------------

@pytest.mark.parametrize(("request_", "error", "words"), [
    (Request(rows=5), SchemaError, "exactly one of"),
    (Request(description="cities", schema=SCHEMA, rows=5), SchemaError, "exactly one of"),
    (Request(description="cities", rows=0), LimitError, "at least 1"),
    (Request(description="cities", rows=11), LimitError, "rows is 11; the limit is 10"),
    (Request(description="cities", rows=5, format="xlsx"), ExportError, "unknown format 'xlsx'"),
    (Request(description="x" * 31, rows=5), LimitError, "description is 31 characters; the limit is 30"),
    (Request(description="   ", rows=5), LimitError, "must not be empty"),
    (Request(examples=[1, 2], rows=5), ExamplesError, "item 1 is a number"),
])
def test_bad_requests_fail_before_the_planner_is_called(request_: Request, error: type, words: str) -> None:
    planner = Counting()
    with pytest.raises(error, match=words):
        start(request_, limits=Limits(rows=10, description=30), planner=planner)
    assert planner.calls == 0


def test_the_size_limit_names_the_rows_that_fit() -> None:
    limits = Limits(bytes=100_000)
    with pytest.raises(LimitError) as caught:
        start(Request(schema=SCHEMA, rows=50_000), limits=limits)
    fit = caught.value.limit
    assert caught.value.field == "rows" and 0 < fit < 50_000
    assert f"ask for at most {fit:,} rows" in caught.value.detail
    assert start(Request(schema=SCHEMA, rows=fit), limits=limits).rows == fit


def test_a_unique_column_too_small_for_the_rows_fails_at_start() -> None:
    schema = {"columns": [{"name": "flag", "provider": "boolean", "unique": True}]}
    with pytest.raises(SchemaError, match="flag"):
        start(Request(schema=schema, rows=3))


def test_limits_from_settings(tmp_path: Path) -> None:
    server = Limits.from_settings(demo_settings(tmp_path, max_rows=5000, max_output_mb=2))
    assert (server.rows, server.bytes) == (5000, 2_000_000)
    assert Limits.from_settings(demo_settings(tmp_path, max_rows=5000), local=True) == Limits(rows=5000)
    # on the user's own machine MAX_ROWS applies only when set, and there is no size cap
    assert Limits.from_settings(demo_settings(tmp_path), local=True) == Limits()
    assert Limits().rows == pipeline.LIBRARY_MAX_ROWS and Limits().bytes is None
