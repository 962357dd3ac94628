"""The form a non-coder trusts (issue 14), without a browser: seeds, messages, clearing after a failure, the landing
page, the locale list, plain words, schema files. tests/web/test_browser_form.py checks the same in Chromium."""

from __future__ import annotations

import json
import re

import pytest
from fastapi.testclient import TestClient

from synthgen.errors import LimitError, SchemaError
from synthgen.schema import parse_schema
from synthgen.web.app import FAVICON
from synthgen.web.locales import DEPRECATED, display_name, locale_choices
from synthgen.web.ui_logic import HEADERS
from synthgen.web.ui_messages import ended, friendly
from synthgen.web.ui_schema_file import MAX_SCHEMA_FILE, read_schema_file, save_schema_file
from synthgen.web.ui_seed import MAX_SEED, parse_seed

from .conftest import ORDERS, PEOPLE
from .test_ui import call

# outputs of generate / regenerate, in order
STATUS, TABLE, STATE, JSON, SAVED, PREVIEW, DOWNLOAD, SEED_USED, LAST_SEED, DETAILS = range(10)


# ---- 1. the seed -------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("value", "seed"), [(None, None), ("", None), ("  ", None), ("7", 7), (" 42 ", 42),
                                             ("1,000", 1000), (12, 12), (3.0, 3), ("0", 0), (str(MAX_SEED), MAX_SEED)])
def test_a_seed_box_reads_as_a_seed_or_none(value, seed) -> None:
    assert parse_seed(value) == seed


@pytest.mark.parametrize("value", ["-1", "2.5", "abc", str(MAX_SEED + 1), -3, 1.5, True])
def test_a_bad_seed_names_the_seed_box_not_the_schema_table(value) -> None:
    with pytest.raises(LimitError) as caught:
        parse_seed(value)
    assert caught.value.field == "seed"
    message = friendly(caught.value, "table")
    assert "Seed" in message and "whole number" in message and "schema table" not in message


def seed_of(outputs: list) -> int:
    """The seed a run shows it used ("Seed used: **N**")."""
    match = re.search(r"Seed used: \*\*(\d+)\*\*", outputs[SEED_USED])
    assert match, outputs[SEED_USED]
    return int(match.group(1))


def test_each_run_gets_a_fresh_seed_unless_one_is_given(client: TestClient) -> None:
    first = call(client, "generate", [ORDERS, 20, "csv", "", None])
    second = call(client, "generate", [ORDERS, 20, "csv", None, None])
    assert seed_of(first) != seed_of(second)
    assert first[PREVIEW]["data"] != second[PREVIEW]["data"]  # no more identical data on every visit
    assert f"**{seed_of(first)}**" in first[STATUS]
    again = call(client, "generate", [ORDERS, 20, "csv", str(seed_of(first)), None])
    assert seed_of(again) == seed_of(first) and again[PREVIEW]["data"] == first[PREVIEW]["data"]


# ---- 2. messages -------------------------------------------------------------------------------------------------

def test_messages_say_what_is_wrong_and_how_to_fix_it(client: TestClient, settings) -> None:
    empty = call(client, "generate", ["", 10, "csv", None, None])[STATUS]
    assert "Describe your dataset first" in empty and "Too large" not in empty and "must not be empty" not in empty
    zero = call(client, "generate", [ORDERS, 0, "csv", None, None])[STATUS]
    assert "Rows must be a whole number of at least 1" in zero and "Too large" not in zero
    huge = call(client, "generate", [ORDERS, settings.max_rows + 1, "csv", None, None])[STATUS]
    assert "Too many rows" in huge and f"{settings.max_rows:,}" in huge and "Rows" in huge
    seed = call(client, "regenerate", [{"headers": HEADERS, "data": [["who", "name", "", False, 0, ""]],
                                        "metadata": None}, 10, "csv", "-5", None])[STATUS]
    assert "Seed" in seed and "schema table" not in seed
    unknown = call(client, "regenerate", [{"headers": HEADERS, "data": [["street", "street_nme", "", False, 0, ""]],
                                           "metadata": None}, 10, "csv", None, None])[STATUS]
    assert "street_name" in unknown and "?." not in unknown and ".." not in unknown
    assert "Regenerate from this schema" in unknown


@pytest.mark.parametrize(("text", "out"), [("did you mean 'street_name'?", "did you mean 'street_name'?"),
                                           ("rows is 5", "rows is 5."), ("done.", "done."), ("", "")])
def test_no_doubled_punctuation(text: str, out: str) -> None:
    assert ended(text) == out


def test_schema_problems_say_where_to_fix_them() -> None:
    error = SchemaError(["column 'a': unknown provider 'x'; did you mean 'name'?"])
    assert "schema table" in friendly(error, "table") and "?." not in friendly(error, "table")
    assert "Fix the file" in friendly(error, "file") and "schema table" not in friendly(error, "file")
    assert "Fix them" in friendly(SchemaError(["a", "b"]), "table")


# ---- 3. after a failure ------------------------------------------------------------------------------------------

def test_a_failure_clears_the_previous_preview_file_and_seed(client: TestClient) -> None:
    done = call(client, "generate", [ORDERS, 15, "csv", 3, None])
    assert done[PREVIEW]["data"] and done[DOWNLOAD].startswith("**[Download")
    failed = call(client, "generate", [ORDERS, 2.5, "csv", 3, None])
    assert failed[STATUS].startswith("**Could not generate.**")
    assert failed[PREVIEW]["data"] in ([], [[]]) and failed[DOWNLOAD] == "" and failed[SEED_USED] == ""


# ---- 4. the landing page -----------------------------------------------------------------------------------------

def test_the_landing_page_hides_the_empty_preview_and_download(client: TestClient) -> None:
    config = client.get("/gradio/config").json()
    by_id = {c.get("props", {}).get("elem_id"): c for c in config["components"]}
    assert by_id["result"]["props"]["visible"] is False  # the preview and the download live in it
    assert by_id["seed-box"]["props"]["visible"] is False
    assert by_id["seed"]["props"]["value"] in ("", None)  # no 0 in the seed box


def test_the_favicon_is_served_from_the_package(client: TestClient) -> None:
    response = client.get("/favicon.ico")
    assert response.status_code == 200 and response.content == FAVICON.read_bytes()
    assert response.content[:4] == b"\x00\x00\x01\x00"  # an ICO file


def test_the_locale_list_shows_plain_names_and_no_deprecated_locale() -> None:
    choices = dict(locale_choices())
    assert choices["English (United States)"] == "en_US" and choices["German (Germany)"] == "de_DE"
    assert choices["French (Canada)"] == "fr_CA"
    assert not set(DEPRECATED) & set(choices.values())
    assert all("_" not in label and "[" not in label for label in choices), [c for c in choices if "_" in c]
    assert len(choices) == len(set(choices.values()))
    assert display_name("de") == "German" and display_name("xx_YY") == "xx (YY)"


def test_rows_with_decimals_are_refused_not_rounded(client: TestClient) -> None:
    status = call(client, "generate", [ORDERS, 2.5, "csv", None, None])[STATUS]
    assert "Rows must be a whole number" in status and "no decimals" in status


@pytest.mark.parametrize(("description", "name"), [
    ("E-commerce product catalog with SKU, product name and price", "e_commerce_product_catalog"),
    ("Customer orders with order id and email", "customer_orders"),
])
def test_dataset_names_keep_their_words(description: str, name: str) -> None:
    from synthgen import pipeline

    assert pipeline.plan(description).schema.name == name


# ---- 5. plain words ----------------------------------------------------------------------------------------------

def test_the_main_view_speaks_the_users_language(client: TestClient) -> None:
    """'planner' and 'provider' only in the Technical details accordion and the JSON view."""
    config = client.get("/gradio/config").json()
    technical = {"technical", "technical-mode", "technical-run", "schema-json"}
    for component in config["components"]:
        props = component.get("props", {})
        if props.get("elem_id") in technical:
            continue
        for key in ("value", "label", "headers", "placeholder"):
            text = json.dumps(props.get(key) or "").lower()
            if props.get("elem_id") == "description" or "examples" in str(props.get("label", "")).lower():
                continue
            assert "planner" not in text and "provider" not in text and "openai" not in text, (props, key)
    status = call(client, "generate", [ORDERS, 10, "csv", 1, None])
    assert "planner" not in status[STATUS].lower() and "offline" in status[DETAILS]


# ---- 6. schema files ---------------------------------------------------------------------------------------------

def test_a_schema_saved_from_the_form_loads_back(client: TestClient, tmp_path) -> None:
    out = call(client, "generate", [ORDERS, 10, "csv", 4, None])
    assert out[SAVED].startswith("**[Save this schema:")
    href = re.search(r"\(<(/gradio/downloads/[0-9a-f]{32}/[^>/]+)>\)", out[SAVED]).group(1)
    assert href.endswith("/customer_orders.schema.json")
    response = client.get(href)
    assert response.status_code == 200 and response.headers["content-disposition"].startswith("attachment")
    saved = response.content
    path = tmp_path / "orders.schema.json"
    path.write_bytes(saved)
    assert read_schema_file(str(path)) == parse_schema(out[JSON])
    assert not path.exists()  # an uploaded file is read once, not kept
    api = client.post("/api/v1/generate", json={"schema": json.loads(saved), "rows": 3, "seed": 1})
    assert api.status_code == 200  # the same file the API takes


def test_save_schema_file_writes_the_schema(tmp_path) -> None:
    from synthgen.web.downloads import DownloadStore

    schema = parse_schema(PEOPLE)
    path = save_schema_file(schema, DownloadStore(tmp_path))
    assert path is not None and path.name == "people.schema.json" and parse_schema(path.read_text()) == schema
    assert save_schema_file(schema, None) is None


@pytest.mark.parametrize(("content", "words"), [
    (b"not json", ["not a schema file", "not valid JSON", "line 1"]),
    (b"\xff\xfe\x00garbage", ["not a schema file", "not text"]),
    (b'["a", "b"]', ["no \"columns\" list"]),
    (b'{"name": "x"}', ["no \"columns\" list"]),
    (b'{"columns": [{"name": "a", "provider": "nope"}]}', ["nope"]),
])
def test_a_bad_schema_file_gets_a_plain_message(tmp_path, content: bytes, words: list[str]) -> None:
    path = tmp_path / "mine.json"
    path.write_bytes(content)
    with pytest.raises(SchemaError) as caught:
        read_schema_file(str(path))
    message = friendly(caught.value, "file")
    for word in words:
        assert word in message, message
    assert "Traceback" not in message and str(tmp_path) not in message and "Fix the file" in message


def test_a_huge_or_missing_file_is_refused(tmp_path) -> None:
    big = tmp_path / "big.json"
    big.write_bytes(b" " * (MAX_SCHEMA_FILE + 1))
    with pytest.raises(SchemaError, match="at most"):
        read_schema_file(str(big))
    with pytest.raises(SchemaError, match="no file was chosen"):
        read_schema_file(None)


def test_an_api_request_body_loads_as_its_schema(tmp_path) -> None:
    path = tmp_path / "request.json"
    path.write_text(json.dumps({"schema": PEOPLE, "rows": 10}))
    assert read_schema_file(str(path)) == parse_schema(PEOPLE)


# ---- 7. the schema table -----------------------------------------------------------------------------------------

def test_the_schema_table_keeps_its_columns_and_truncates_long_cells(client: TestClient) -> None:
    config = client.get("/gradio/config").json()
    table = next(c for c in config["components"] if c.get("props", {}).get("elem_id") == "schema-table")["props"]
    assert table["col_count"] == [len(HEADERS), "fixed"]  # no column can be added or deleted from the page
    assert table["max_chars"] and all(str(w).endswith("px") for w in table["column_widths"])
