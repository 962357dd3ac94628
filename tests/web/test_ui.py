"""The Gradio UI: its handlers in-process, and the mounted app driven over Gradio's HTTP API with TestClient."""

from __future__ import annotations

import csv
import io
import json
import re
import time
from pathlib import Path

import pandas as pd
import pytest
from fastapi.testclient import TestClient

from synthgen.errors import (
    CapacityError,
    LimitError,
    PlannerError,
    PlannerTimeout,
    PlannerUnavailable,
    SchemaError,
)
from synthgen.schema import parse_schema
from synthgen.web.app import create_app
from synthgen.web.downloads import DownloadStore
from synthgen.web.services import Services
from synthgen.web.ui import banner, build_ui, technical_banner
from synthgen.web.ui_logic import HEADERS, PREVIEW_ROWS, Actions, friendly, schema_to_table, table_to_schema

from .conftest import ORDERS, FixedPlanner, RaisingPlanner, demo_settings

RICH = {
    "name": "rich",
    "locale": "en_US",
    "columns": [
        {"name": "id", "provider": "random_int", "args": {"min": 1, "max": 999_999}, "sequence": True},
        {"name": "customer", "provider": "name", "entity": "buyer"},
        {"name": "email", "provider": "email", "entity": "buyer", "unique": True},
        {"name": "tier", "provider": "random_element", "args": {"elements": ["gold", "silver", "bronze"]},
         "weights": [1, 3, 6]},
        {"name": "ordered", "provider": "date_between", "args": {"start_date": "-1y", "end_date": "today"}},
        {"name": "shipped", "provider": "date_between", "args": {"start_date": "-1y", "end_date": "today"},
         "after": {"column": "ordered", "min_days": 1, "max_days": 5}, "null_rate": 0.25},
    ],
}


def call(client: TestClient, api_name: str, data: list) -> list:
    """Run one Gradio event over its HTTP API and return the outputs of its 'complete' message."""
    response = client.post(f"/gradio/gradio_api/call/{api_name}", json={"data": data})
    assert response.status_code == 200, response.text
    event_id = response.json()["event_id"]
    stream = client.get(f"/gradio/gradio_api/call/{api_name}/{event_id}").text
    event = None
    for line in stream.splitlines():
        if line.startswith("event: "):
            event = line.removeprefix("event: ")
        elif line.startswith("data: ") and event in ("complete", "error"):
            assert event == "complete", stream[:2000]
            return json.loads(line.removeprefix("data: "))
    raise AssertionError(f"no complete event in {stream[:2000]}")


def download_href(link: str) -> str:
    """The href of the UI's download link: a path of our own route, never a server path."""
    match = re.fullmatch(r"\*\*\[Download [^\]]+\]\(<(/gradio/downloads/[0-9a-f]{32}/[^>/]+)>\)\*\*", link)
    assert match, link
    return match.group(1)


def download(client: TestClient, link: str) -> bytes:
    response = client.get(download_href(link))
    assert response.status_code == 200, response.text
    assert response.headers["content-disposition"].startswith("attachment")
    return response.content


def table_payload(frame: pd.DataFrame) -> dict:
    return {"headers": list(frame.columns), "data": frame.values.tolist(), "metadata": None}


# ---- the page --------------------------------------------------------------------------------------------------

def test_the_page_and_its_demo_banner(client: TestClient) -> None:
    page = client.get("/gradio/")
    assert page.status_code == 200 and "<html" in page.text.lower()
    config = client.get("/gradio/config").text
    assert "Public demo" in config and "Technical details" in config
    assert "Regenerate from this schema" in config
    assert ORDERS[:40] in config  # the clickable examples


def test_the_banner_speaks_to_visitors_and_keeps_the_detail_one_click_away() -> None:
    """The public banner names no key, no planner, no provider; the technical one (an accordion) does."""
    for mode in ({"mode": "demo"}, {"mode": "llm", "provider": "openai", "model": "gpt-4o-mini"}):
        text = banner(mode).lower()
        for word in ("openai_api_key", "planner", "provider", "llm", "api_provider"):
            assert word not in text, (mode, word)
    assert "public demo" in banner({"mode": "demo"}).lower()
    assert "OPENAI_API_KEY" in technical_banner({"mode": "demo"})
    text = technical_banner({"mode": "llm", "provider": "openai", "model": "gpt-4o-mini"})
    assert "openai" in text and "gpt-4o-mini" in text and "Demo" not in text


def test_the_queue_is_bounded(settings, tmp_path) -> None:
    """UI_QUEUE_SIZE bounds Gradio's queue: its default (Settings is its only home), or what it is set to."""
    assert build_ui(Services(settings=settings))._queue.max_size == settings.ui_queue_size == 16
    small = demo_settings(tmp_path, ui_queue_size=3)
    assert build_ui(Services(settings=small))._queue.max_size == 3


# ---- over Gradio's HTTP API ------------------------------------------------------------------------------------

def test_generate_then_regenerate_an_edited_schema(client: TestClient) -> None:
    status, table, _state, schema_json, _saved, preview, file_output, *_ = call(
        client, "generate", [ORDERS, 250, "csv", 11, None])
    assert status.startswith("**Done.**") and "**250**" in status and "**11**" in status
    assert table["headers"] == HEADERS
    names = [row[0] for row in table["data"]]
    assert len(names) >= 4 and json.loads(schema_json)["columns"]
    assert len(preview["data"]) == PREVIEW_ROWS and preview["headers"] == names
    rows = list(csv.reader(io.StringIO(download(client, file_output).decode())))
    assert rows[0] == names and len(rows) == 251

    # Edit: the status column gets two new choices; drop the last column; regenerate without the planner.
    edited = [list(r) for r in table["data"][:-1]]
    row = next(r for r in edited if r[1] == "random_element")
    row[2] = json.dumps({"elements": ["alpha", "beta"]})
    row[5] = ""  # and no weights for the old three choices
    out = call(client, "regenerate", [{"headers": HEADERS, "data": edited, "metadata": None}, 40, "jsonl", 5, None])
    status, table2, _, _, _, preview2, file2, *_ = out
    assert status.startswith("**Done.**") and "from your edited schema" in status, status
    assert [r[0] for r in table2["data"]] == names[:-1]
    lines = download(client, file2).decode().splitlines()
    records = [json.loads(line) for line in lines]
    assert len(records) == 40 and {r[row[0]] for r in records} == {"alpha", "beta"}
    assert list(records[0]) == names[:-1] and len(preview2["data"]) == 40


def test_ui_errors_are_friendly_messages(client: TestClient, settings) -> None:
    bad = [["qty", "random_int", "{min: 1}", False, 0, ""]]
    status = call(client, "regenerate", [{"headers": HEADERS, "data": bad, "metadata": None}, 10, "csv", None, None])[0]
    assert status.startswith("**Could not generate.**") and "qty" in status and "not valid JSON" in status
    unknown = [["colour", "colour_name", "", False, 0, ""]]
    status = call(client, "regenerate", [{"headers": HEADERS, "data": unknown, "metadata": None}, 10, "csv", None,
                                         None])[0]
    assert "colour" in status and "color_name" in status
    status = call(client, "generate", [ORDERS, settings.max_rows + 1, "csv", None, None])[0]
    assert status.startswith("**Could not generate.** Too many rows") and f"{settings.max_rows:,}" in status
    status = call(client, "generate", ["", 10, "csv", None, None])[0]
    assert "Describe your dataset first" in status and "Too large" not in status
    for text in (status,):
        assert "Traceback" not in text


def test_planner_failures_in_the_ui(tmp_path) -> None:
    app = create_app(demo_settings(tmp_path), planner=RaisingPlanner(PlannerTimeout("slow")))
    with TestClient(app) as client:
        status = call(client, "generate", [ORDERS, 10, "csv", None, None])[0]
    assert status.startswith("**Could not generate.**") and "too long" in status and "planner" not in status


def test_a_planned_schema_that_cannot_be_made_is_still_shown_for_fixing(tmp_path) -> None:
    coin = {"name": "coins", "columns": [{"name": "side", "provider": "random_element",
                                          "args": {"elements": ["H", "T"]}, "unique": True}]}
    with TestClient(create_app(demo_settings(tmp_path), planner=FixedPlanner(coin))) as client:
        status, table, _, schema_json, *_ = call(client, "generate", ["coin tosses", 10, "csv", 1, None])
    assert status.startswith("**Could not generate.**") and "side" in status
    assert table["data"][0][:2] == ["side", "random_element"] and json.loads(schema_json)["name"] == "coins"


def test_downloads_are_removed_when_the_app_stops(tmp_path) -> None:
    app = create_app(demo_settings(tmp_path))
    with TestClient(app) as client:
        call(client, "generate", [ORDERS, 10, "csv", None, None])
        root = app.state.services.downloads.root
        assert any(root.rglob("*.csv"))
    assert not root.exists()


# ---- the handlers in-process -----------------------------------------------------------------------------------

@pytest.fixture()
def actions(settings, tmp_path) -> Actions:
    from synthgen.factory import make_planner

    services = Services(settings=settings, planner=make_planner(settings), downloads=DownloadStore(tmp_path))
    return Actions(services)


def test_generate_writes_the_file_and_keeps_a_preview(actions: Actions) -> None:
    seen: list[float] = []
    result = actions.generate(ORDERS, 30_000, "parquet", 9, progress=lambda f, d: seen.append(f))
    import pyarrow.parquet as pq

    assert pq.read_metadata(result.written.path).num_rows == 30_000
    assert len(result.written.preview) == PREVIEW_ROWS
    assert seen[0] == 0.0 and seen[-1] == 1.0 and seen == sorted(seen)
    assert result.seed == 9 and result.planner == "offline"


def test_ui_file_is_the_api_file(actions: Actions, client: TestClient) -> None:
    schema = parse_schema(RICH)
    result = actions.regenerate(schema_to_table(schema), {"name": "rich", "locale": "en_US"}, 3000, "csv", 21)
    api = client.post("/api/v1/generate", json={"schema": RICH, "rows": 3000, "seed": 21})
    assert result.written.path.read_bytes() == api.content


def test_table_round_trip_keeps_every_key() -> None:
    schema = parse_schema(RICH)
    table = schema_to_table(schema)
    assert list(table.columns) == HEADERS
    assert json.loads(table.loc[3, "more (JSON)"]) == {"weights": [1.0, 3.0, 6.0]}
    back = table_to_schema(table, name="rich", locale="en_US")
    assert back == schema


def test_table_from_strings_and_blank_rows() -> None:
    rows = [["n", "random_int", '{"min": 1, "max": 3}', "true", "0.5", ""], ["", "", "", "", "", ""],
            ["who", "name", None, None, None, None]]
    schema = table_to_schema(rows)
    assert [c.name for c in schema.columns] == ["n", "who"]
    assert schema.columns[0].unique is True and schema.columns[0].null_rate == 0.5
    assert schema.columns[1].args == {} and schema.columns[1].null_rate == 0


@pytest.mark.parametrize(("rows", "words"), [
    ([["qty", "random_int", "{min: 1}", False, 0, ""]], ["row 1", "qty", "options", "JSON"]),
    ([["qty", "random_int", "[1, 2]", False, 0, ""]], ["qty", "JSON object"]),
    ([["qty", "random_int", "", False, "often", ""]], ["qty", "blanks", "from 0 to 1"]),
    ([["a", "name", "", False, 0, "{"], ["b", "nope", "", False, 0, ""]], ["'more'"]),
    ([], ["empty"]),
])
def test_table_problems_name_the_row(rows: list, words: list[str]) -> None:
    with pytest.raises(SchemaError) as caught:
        table_to_schema(rows)
    for word in words:
        assert word in str(caught.value)


@pytest.mark.parametrize(("error", "words"), [
    (SchemaError(["column 'a': unknown provider 'x'"]), ["column 'a'", "schema table", "Regenerate"]),
    (SchemaError(["p1", "p2", "p3"]), ["3 problems", "- p2"]),
    (CapacityError(["column 'c': only 2 values"]), ["column 'c'"]),
    (LimitError("rows is 5; the limit is 4", field="rows", limit=4), ["Too many rows", "the limit is 4", "Rows"]),
    (LimitError("description must not be empty", field="description", limit=1), ["Describe your dataset first"]),
    (PlannerTimeout("x"), ["too long"]),
    (PlannerUnavailable("x", retry_after=12), ["12 seconds"]),
    (PlannerError("no columns"), ["no columns", "naming the columns"]),
    (KeyError("internal detail"), ["our side"]),
])
def test_friendly_messages(error: Exception, words: list[str]) -> None:
    message = friendly(error)
    for word in words:
        assert word in message
    assert "internal detail" not in message and "Traceback" not in message


def test_bad_row_and_seed_inputs(actions: Actions) -> None:
    with pytest.raises(LimitError, match="rows"):
        actions.generate(ORDERS, None, "csv", None)
    with pytest.raises(LimitError, match="rows"):
        actions.generate(ORDERS, 2.5, "csv", None)
    for seed in (-3, "1.5", "abc", 2**63):
        with pytest.raises(LimitError, match="seed") as caught:
            actions.generate(ORDERS, 5, "csv", seed)
        assert caught.value.field == "seed"


# ---- the download folder policy --------------------------------------------------------------------------------

def _finished(store: DownloadStore, name: str, size: int = 1) -> Path:
    path = store.new_path(name)
    path.write_bytes(b"x" * size)
    store.done(path)
    return path


def test_download_store_keeps_the_newest(tmp_path) -> None:
    store = DownloadStore(tmp_path, keep=3)
    paths = [_finished(store, f"f{i}.csv") for i in range(5)]
    assert [p.exists() for p in paths] == [False, False, True, True, True]
    store.close()
    assert not store.root.exists()


def test_download_store_holds_at_most_its_byte_budget_oldest_first(tmp_path) -> None:
    store = DownloadStore(tmp_path, max_bytes=1000)
    paths = [_finished(store, f"f{i}.csv", 400) for i in range(4)]
    assert [p.exists() for p in paths] == [False, False, True, True]  # 800 bytes kept of 1,600 written
    huge = _finished(store, "huge.csv", 5000)  # over the budget alone: the newest always stays, the rest go
    assert huge.exists() and not any(p.exists() for p in paths)


def test_a_download_being_written_is_never_evicted_nor_served(tmp_path) -> None:
    store = DownloadStore(tmp_path, max_bytes=1000)
    writing = store.new_path("slow.csv")
    writing.write_bytes(b"x" * 600)
    token, name = store.link(writing).split("/")
    assert store.find(token, name) is None  # not finished yet
    later = _finished(store, "fast.csv", 600)  # over budget, but the older file is still being written
    assert writing.exists() and later.exists()
    store.done(writing)
    assert store.find(token, name) == writing
    store.done(store.new_path("failed.csv"), ok=False)  # a failed write leaves nothing behind
    assert not any(store.root.rglob("failed.csv"))


def test_download_store_drops_old_downloads(tmp_path) -> None:
    import os

    store = DownloadStore(tmp_path, ttl=60)
    old = _finished(store, "old.csv")
    token, name = store.link(old).split("/")
    past = time.time() - 120
    os.utime(old.parent, (past, past))
    assert store.find(token, name) is None and not old.exists()  # an expired link serves nothing
    _finished(store, "new.csv")
    assert not old.exists()


def test_download_links_are_random_tokens_not_paths(tmp_path) -> None:
    store = DownloadStore(tmp_path)
    path = _finished(store, "people.csv")
    token, name = store.link(path).split("/")
    assert re.fullmatch(r"[0-9a-f]{32}", token) and name == "people.csv" and str(tmp_path) not in store.link(path)
    assert store.find(token, name) == path
    for bad in ((token, "../people.csv"), (token, "other.csv"), ("0" * 32, name), (token[:-1], name),
                (token + "/..", name)):
        assert store.find(*bad) is None, bad
