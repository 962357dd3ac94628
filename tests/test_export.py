"""Tests of synthgen.export: every format parsed back equals the input; CSV injection policy; atomic files."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import math

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from synthgen import export
from synthgen.errors import ExportError

SCHEMA = pa.schema([
    ("id", pa.int64()), ("price", pa.float64()), ("ok", pa.bool_()), ("day", pa.date32()),
    ("at", pa.timestamp("us")), ("name", pa.string()), ("note", pa.large_string()),
])
ROWS = [
    {"id": 1, "price": 9.99, "ok": True, "day": dt.date(2024, 5, 1), "at": dt.datetime(2024, 5, 1, 13, 45),
     "name": "Zoë Ångström", "note": 'says "hi", then\nleaves'},
    {"id": None, "price": None, "ok": None, "day": None, "at": None, "name": None, "note": None},
    {"id": -5, "price": -0.5, "ok": False, "day": dt.date(1999, 12, 31),
     "at": dt.datetime(2001, 2, 3, 4, 5, 6, 789), "name": "", "note": "tab\there, crlf\r\nend, back\\slash"},
    {"id": 2**62, "price": 1e300, "ok": True, "day": dt.date(2024, 2, 29), "at": dt.datetime(1970, 1, 1),
     "name": "日本語テキスト 🎉", "note": "a,b,c"},
]


def batches_of(rows: list[dict], schema: pa.Schema = SCHEMA, size: int = 2) -> list[pa.RecordBatch]:
    return [pa.RecordBatch.from_pylist(rows[i:i + size], schema=schema) for i in range(0, len(rows), size)]


def encode(rows: list[dict], fmt: str, schema: pa.Schema = SCHEMA, **kw) -> bytes:
    return b"".join(export.iter_encoded(batches_of(rows, schema), schema, fmt, **kw))


def read_csv(data: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode("utf-8"), newline="")))


def csv_cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def json_value(value: object) -> object:
    if isinstance(value, dt.datetime):
        return value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


# ---- round trips -------------------------------------------------------------------------------------------

def test_csv_round_trip_with_header_nulls_unicode_quotes_newlines_commas():
    data = encode(ROWS, "csv", safe_csv=False)
    table = read_csv(data)
    assert table[0] == SCHEMA.names
    assert len(table) == len(ROWS) + 1
    for got, row in zip(table[1:], ROWS):
        expected = [csv_cell(row[n]) for n in SCHEMA.names]
        assert got[:1] + got[2:] == expected[:1] + expected[2:]
        assert (float(got[1]) if got[1] else None) == row["price"]


def test_csv_formats_dates_timestamps_and_booleans_plainly():
    text = encode(ROWS[:1], "csv").decode()
    assert text.splitlines()[1].startswith('1,9.99,true,2024-05-01,"2024-05-01 13:45:00",')
    assert "\r\n" not in text.replace('crlf\r\n', "")  # line ends are \n
    assert text.endswith("\n")


def test_csv_keeps_a_non_zero_fraction_of_a_second():
    assert "2001-02-03 04:05:06.000789" in encode(ROWS, "csv").decode()


def test_json_is_one_valid_array_equal_to_the_input():
    got = json.loads(encode(ROWS, "json"))
    assert got == [{k: json_value(v) for k, v in row.items()} for row in ROWS]
    assert got[0]["at"] == "2024-05-01T13:45:00"


def test_jsonl_is_one_object_per_line_equal_to_the_input():
    lines = encode(ROWS, "jsonl").decode().split("\n")
    assert lines[-1] == ""
    assert [json.loads(line) for line in lines[:-1]] == [{k: json_value(v) for k, v in row.items()} for row in ROWS]


def test_parquet_reads_back_equal():
    data = encode(ROWS, "parquet")
    assert pq.read_table(io.BytesIO(data)).equals(pa.Table.from_pylist(ROWS, schema=SCHEMA))


@pytest.mark.parametrize("fmt", export.FORMATS)
def test_zero_rows_is_a_valid_empty_file(fmt):
    data = b"".join(export.iter_encoded([], SCHEMA, fmt))
    if fmt == "csv":
        assert read_csv(data) == [SCHEMA.names]
    elif fmt == "json":
        assert json.loads(data) == []
    elif fmt == "jsonl":
        assert data == b""
    else:
        table = pq.read_table(io.BytesIO(data))
        assert table.num_rows == 0 and table.schema.equals(SCHEMA)


@pytest.mark.parametrize("fmt", export.FORMATS)
def test_empty_batches_are_skipped(fmt):
    empty = pa.RecordBatch.from_pylist([], schema=SCHEMA)
    chunks = [empty, *batches_of(ROWS[:1]), empty]
    assert b"".join(export.iter_encoded(chunks, SCHEMA, fmt)) == encode(ROWS[:1], fmt)


def test_nan_and_infinity_never_reach_json():
    schema = pa.schema([("x", pa.float64())])
    rows = [{"x": math.nan}, {"x": math.inf}, {"x": -math.inf}, {"x": 1.5}]
    assert json.loads(encode(rows, "json", schema)) == [{"x": None}, {"x": None}, {"x": None}, {"x": 1.5}]
    assert read_csv(encode(rows, "csv", schema))[1] == [""]


def test_control_characters_are_escaped_in_json():
    schema = pa.schema([("s", pa.string())])
    rows = [{"s": "".join(chr(c) for c in range(32)) + '"\\'}]
    data = encode(rows, "jsonl", schema)
    assert json.loads(data) == rows[0]
    assert not any(b < 0x20 for b in data[:-1])  # only the final line end is a raw control character


def test_dictionary_columns_are_written_as_their_values():
    arr = pa.array(["a", "=b", None, "a"]).dictionary_encode()
    batch = pa.record_batch([arr], names=["c"])
    text = b"".join(export.iter_encoded([batch], batch.schema, "csv")).decode()
    assert read_csv(text.encode())[1:] == [["a"], ["'=b"], [""], ["a"]]
    lines = b"".join(export.iter_encoded([batch], batch.schema, "jsonl")).splitlines()
    assert [json.loads(line)["c"] for line in lines] == ["a", "=b", None, "a"]


@pytest.mark.parametrize("fmt", ["csv", "json", "jsonl"])
def test_text_formats_stream_block_by_block(fmt):
    consumed = []

    def source():
        for i, batch in enumerate(batches_of(ROWS, size=1)):
            consumed.append(i)
            yield batch

    before_rows = {"csv": encode(ROWS, "csv").index(b"\n") + 1, "json": 1, "jsonl": 0}[fmt]  # header, "[", ""
    chunks = export.iter_encoded(source(), SCHEMA, fmt)
    out = b""
    while len(out) <= before_rows:  # up to the first row's bytes
        out += next(chunks)
    # bytes came out before the rest of the rows were made (blocks are encoded at most two ahead)
    assert 1 <= len(consumed) <= 3 < len(ROWS)
    out += b"".join(chunks)
    assert out == encode(ROWS, fmt)


def test_parquet_streams_one_row_group_at_a_time():
    schema = pa.schema([("n", pa.int64())])
    size = export.PARQUET_ROW_GROUP
    consumed = []

    def source():
        for i in range(3):
            consumed.append(i)
            yield pa.record_batch([pa.array(range(i * size, (i + 1) * size), pa.int64())], schema=schema)

    chunks = export.iter_encoded(source(), schema, "parquet")
    first = next(chunks)
    assert first.startswith(b"PAR1") and consumed == [0]
    data = first + b"".join(chunks)
    meta = pq.ParquetFile(io.BytesIO(data)).metadata
    assert meta.num_rows == 3 * size and meta.num_row_groups == 3
    assert pq.read_table(io.BytesIO(data))["n"].to_pylist() == list(range(3 * size))


def test_parquet_row_groups_are_bounded_in_bytes_for_wide_rows():
    """Long texts: a row group closes at PARQUET_ROW_GROUP_BYTES of Arrow data, long before PARQUET_ROW_GROUP
    rows (128K rows of 4,000 characters would buffer 500 MB), and is handed on before the next batches are made."""
    schema = pa.schema([("body", pa.string())])
    rows_per_batch, width = 1_000, 4_000
    batch_bytes = rows_per_batch * width
    batches = 3 * export.PARQUET_ROW_GROUP_BYTES // batch_bytes  # about three row groups' worth
    consumed = []

    def source():
        for i in range(batches):
            consumed.append(i)
            yield pa.record_batch([pa.array([f"{i:04d}" + "x" * (width - 4)] * rows_per_batch)], schema=schema)

    chunks = export.iter_encoded(source(), schema, "parquet")
    out = [next(chunks)]
    assert len(consumed) <= export.PARQUET_ROW_GROUP_BYTES // batch_bytes + 1 < batches  # one group, not all
    out += list(chunks)
    parquet = pq.ParquetFile(io.BytesIO(b"".join(out)))
    groups = [parquet.metadata.row_group(i).num_rows for i in range(parquet.metadata.num_row_groups)]
    assert len(groups) >= 3 and sum(groups) == batches * rows_per_batch
    assert all(rows * width <= export.PARQUET_ROW_GROUP_BYTES + batch_bytes for rows in groups)
    body = parquet.read()["body"]
    assert [body[i * rows_per_batch].as_py()[:4] for i in range(batches)] == [f"{i:04d}" for i in range(batches)]


# ---- CSV injection -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("trigger", export.FORMULA_TRIGGERS)
def test_every_trigger_character_is_neutralised(trigger):
    schema = pa.schema([("s", pa.string()), ("l", pa.large_string())])
    value = trigger + "HYPERLINK(\"http://x\")"
    cells = read_csv(encode([{"s": value, "l": value}], "csv", schema))[1]
    assert cells == ["'" + value, "'" + value]


def test_numbers_and_harmless_strings_are_untouched():
    schema = pa.schema([("i", pa.int64()), ("f", pa.float64()), ("s", pa.string())])
    rows = [{"i": -5, "f": -2.5, "s": "a=b"}, {"i": 3, "f": 1.0, "s": "'quoted"}, {"i": None, "f": None, "s": None},
            {"i": 0, "f": 0.0, "s": " =space first"}]
    assert read_csv(encode(rows, "csv", schema))[1:] == [["-5", "-2.5", "a=b"], ["3", "1", "'quoted"], ["", "", ""],
                                                        ["0", "0", " =space first"]]


def test_header_names_are_neutralised_too():
    schema = pa.schema([("=cmd", pa.int64()), ("-x", pa.string()), ("plain", pa.string())])
    assert read_csv(encode([], "csv", schema))[0] == ["'=cmd", "'-x", "plain"]
    assert read_csv(encode([], "csv", schema, safe_csv=False))[0] == ["=cmd", "-x", "plain"]


def test_raw_opt_out_writes_values_as_they_are():
    schema = pa.schema([("s", pa.string())])
    rows = [{"s": "=1+2"}, {"s": "+33 6 12"}, {"s": "@SUM(A1)"}]
    assert [r[0] for r in read_csv(encode(rows, "csv", schema, safe_csv=False))[1:]] == ["=1+2", "+33 6 12", "@SUM(A1)"]


def test_injection_policy_applies_to_csv_only():
    schema = pa.schema([("s", pa.string())])
    assert json.loads(encode([{"s": "=1+2"}], "json", schema)) == [{"s": "=1+2"}]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(st.none(), st.text()), max_size=20))
def test_any_text_round_trips_through_csv(values):
    schema = pa.schema([("s", pa.string())])
    rows = [{"s": v} for v in values]
    raw = [r[0] for r in read_csv(encode(rows, "csv", schema, safe_csv=False))[1:]]
    safe = [r[0] for r in read_csv(encode(rows, "csv", schema))[1:]]
    assert raw == [v or "" for v in values]
    assert safe == [("'" + v if v.startswith(export.FORMULA_TRIGGERS) else v) if v else "" for v in values]
    assert not any(cell.startswith(export.FORMULA_TRIGGERS) for cell in safe)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.fixed_dictionaries({
    "i": st.one_of(st.none(), st.integers(-2**63, 2**63 - 1)),
    "f": st.one_of(st.none(), st.floats(allow_nan=False, allow_infinity=False)),
    "s": st.one_of(st.none(), st.text()),
}), max_size=10))
def test_any_values_round_trip_through_json_and_jsonl(rows):
    schema = pa.schema([("i", pa.int64()), ("f", pa.float64()), ("s", pa.large_string())])
    assert json.loads(encode(rows, "json", schema)) == rows
    assert [json.loads(line) for line in encode(rows, "jsonl", schema).splitlines()] == rows


# ---- errors and files --------------------------------------------------------------------------------------

def test_unknown_format_fails_before_anything_is_read():
    def never():
        raise AssertionError("the batches must not be touched")
        yield

    with pytest.raises(ExportError) as info:
        export.iter_encoded(never(), SCHEMA, "xlsx")
    assert "'xlsx'" in str(info.value) and "csv, json, jsonl, parquet" in str(info.value)


def test_tables_match_the_declared_formats():
    assert set(export.MEDIA_TYPES) == set(export.EXTENSIONS) == set(export.FORMATS)
    assert export.format_from_path("out/data.JSONL") == "jsonl"
    assert export.format_from_path("x.ndjson") == "jsonl"
    assert export.format_from_path("x.txt") is None


@pytest.mark.parametrize("fmt", export.FORMATS)
def test_write_counts_rows_and_writes_the_same_bytes_as_iter_encoded(fmt):
    sink = io.BytesIO()  # write() hands Arrow buffers and views straight to the stream, iter_encoded() bytes
    assert export.write(batches_of(ROWS, size=2), SCHEMA, fmt, sink) == len(ROWS)
    assert sink.getvalue() == encode(ROWS, fmt)


@pytest.mark.parametrize("fmt", export.FORMATS)
def test_write_file_writes_the_whole_file_and_reports_progress(tmp_path, fmt):
    path = tmp_path / f"out{export.EXTENSIONS[fmt]}"
    seen: list[int] = []
    rows = export.write_file(batches_of(ROWS, size=1), SCHEMA, fmt, path, on_rows=seen.append)
    assert rows == len(ROWS)
    assert path.read_bytes() == encode(ROWS, fmt)
    assert seen == sorted(seen) and seen[-1] == len(ROWS)
    assert [p.name for p in tmp_path.iterdir()] == [path.name]


@pytest.mark.parametrize("fmt", export.FORMATS)
def test_write_file_leaves_no_file_when_the_rows_fail_midway(tmp_path, fmt):
    def failing():
        yield from batches_of(ROWS[:2])
        raise RuntimeError("engine broke")

    path = tmp_path / "out.data"
    with pytest.raises(RuntimeError, match="engine broke"):
        export.write_file(failing(), SCHEMA, fmt, path)
    assert list(tmp_path.iterdir()) == []


def test_write_file_keeps_an_existing_file_when_it_fails(tmp_path):
    path = tmp_path / "out.csv"
    path.write_text("old")

    def failing():
        yield from batches_of(ROWS)
        raise RuntimeError("stop")

    with pytest.raises(RuntimeError):
        export.write_file(failing(), SCHEMA, "csv", path)
    assert path.read_text() == "old" and [p.name for p in tmp_path.iterdir()] == ["out.csv"]


def test_write_file_reports_an_unwritable_destination(tmp_path):
    with pytest.raises(ExportError, match="cannot write"):
        export.write_file(batches_of(ROWS), SCHEMA, "csv", tmp_path / "missing" / "out.csv")
    with pytest.raises(ExportError, match="directory"):
        export.write_file(batches_of(ROWS), SCHEMA, "csv", tmp_path)


def test_write_file_rejects_an_unknown_format_without_creating_a_file(tmp_path):
    with pytest.raises(ExportError, match="unknown format"):
        export.write_file(batches_of(ROWS), SCHEMA, "xml", tmp_path / "out.xml")
    assert list(tmp_path.iterdir()) == []
