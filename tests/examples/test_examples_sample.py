"""Reading a sample (planners/examples/sample.py, cells.py): JSON lists, JSON lines, CSV text and files into typed
columns, and every kind of bad sample refused with a sentence naming the problem."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from synthgen import ExamplesError, SchemaError
from synthgen.planners.examples import MAX_FIELDS, MAX_RECORDS, read_sample
from synthgen.planners.examples.cells import read

DATA = Path(__file__).parent.parent / "data" / "examples"


def test_a_json_list_keeps_its_types_and_flattens_nested_objects() -> None:
    sample = read_sample([{"id": 1, "who": {"city": "Lyon", "zip": "69001"}, "ok": True},
                          {"id": 2, "who": {"city": "Nice"}, "ok": False}])
    assert sample.columns == ["id", "who.city", "who.zip", "ok"]
    assert sample.typed and sample.rows[1] == [2, "Nice", None, False]


def test_json_lines_csv_text_and_csv_in_an_object_read_alike() -> None:
    lines = '{"a": 1, "b": "x"}\n{"a": 2, "b": "y"}\n'
    assert read_sample(lines).rows == [[1, "x"], [2, "y"]]
    csv_text = "a,b\n1,x\n2,\n"
    for sample in (read_sample(csv_text), read_sample({"csv": csv_text})):
        assert sample.columns == ["a", "b"] and sample.rows == [["1", "x"], ["2", None]] and not sample.typed


def test_files_are_read_by_their_extension() -> None:
    orders = read_sample(DATA / "orders.csv")
    assert orders.name == "orders" and len(orders.rows) == 60 and "customer_email" in orders.columns
    people = read_sample(DATA / "people.jsonl")
    assert people.typed and "address.city" in people.columns and len(people.rows) == 30


@pytest.mark.parametrize(("sample", "words"), [
    ({"a": 1}, "list of objects"),
    ([1, 2], "item 1 is a number"),
    ([{"a": 1}, "x"], "item 2 is a string"),
    ([], "empty"),
    ("", "empty"),
    ("a,b\n", "no example rows"),
    ([{}], "no keys"),
    ([{"a": {"b": 1}}, {"a": 2}], "mixed shapes: 'a'"),
    ("a,b\n1,2,3\n", "row 2 has 3 fields, the header has 2"),
    ('a,b\n"1,2\n', "does not parse"),
    ("[1, 2", "not valid JSON"),
    ([{"x" * 70: 1}], "the limit is 64"),
    ("a,a\n1,2\n", "appears twice"),
    (",b\n1,2\n", "column 1 has no name"),
    (42, "not int"),
])
def test_a_bad_sample_is_refused_naming_the_problem(sample: object, words: str) -> None:
    with pytest.raises(ExamplesError) as caught:
        read_sample(sample)
    assert words in caught.value.detail
    assert isinstance(caught.value, SchemaError) and caught.value.code == "invalid_examples"


def test_the_limits_on_records_and_columns() -> None:
    with pytest.raises(ExamplesError, match=f"more than {MAX_RECORDS:,} records"):
        read_sample([{"a": i} for i in range(MAX_RECORDS + 1)])
    with pytest.raises(ExamplesError, match=f"{MAX_FIELDS + 1} columns; the limit is {MAX_FIELDS}"):
        read_sample([{f"c{i}": i for i in range(MAX_FIELDS + 1)}])
    assert len(read_sample([{"a": i} for i in range(MAX_RECORDS)]).rows) == MAX_RECORDS


def test_a_file_that_cannot_be_read_names_the_file(tmp_path: Path) -> None:
    with pytest.raises(ExamplesError, match="cannot read sample file .*missing.csv"):
        read_sample(tmp_path / "missing.csv")
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"not": "a list"}))
    with pytest.raises(ExamplesError, match="bad.json: examples must be a list of objects, not an object"):
        read_sample(bad)
    latin = tmp_path / "latin.csv"
    latin.write_bytes("name\nJos\xe9\n".encode("latin-1"))
    with pytest.raises(ExamplesError, match="not UTF-8"):
        read_sample(latin)


def test_csv_cells_are_typed_by_their_text() -> None:
    assert read("n", ["1", "-20", ""], typed=False).kind == "int"
    money = read("p", ["1.5", "20.25", "3"], typed=False)
    assert money.kind == "float" and money.decimals == 2 and money.values == [1.5, 20.25, 3.0]
    assert read("z", ["00123", "04567"], typed=False).kind == "str"  # leading zeros: a code, not a number
    assert read("b", ["true", "FALSE"], typed=False).values == [True, False]
    day = read("d", ["03/15/2024", "12/01/2023"], typed=False)
    assert day.kind == "date" and day.fmt == "%m/%d/%Y" and day.values[0] == dt.date(2024, 3, 15)
    stamp = read("t", ["2024-01-02 10:20:30", None], typed=False)
    assert stamp.kind == "datetime" and stamp.fmt == "%Y-%m-%d %H:%M:%S" and stamp.null_share == 0.5


def test_json_values_keep_their_json_type() -> None:
    assert read("n", ["1", "2"], typed=True).kind == "str"  # text in JSON stays text
    assert read("n", [1, 2.5], typed=True).kind == "float"
    assert read("d", ["2024-01-02T03:04:05+02:00"], typed=True).kind == "datetime"
