"""Examples planner, reading a sample: a JSON list of objects, JSONL, or CSV (text or a file) into records of one
shape, with the limits (1..MAX_RECORDS records, at most MAX_FIELDS columns) and errors naming the problem.

Nested objects are flattened into dotted names ({"address": {"city": "Lyon"}} -> "address.city"); an array is
kept as its JSON text. Every front door reads a sample here: the Python API, the CLI's --like and the API's
`examples`."""

from __future__ import annotations

import csv
import io
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ...errors import ExamplesError
from ...schema import MAX_COLUMNS, MAX_NAME_LENGTH, _name, text_problem

MAX_RECORDS = 10_000
MAX_FIELDS = MAX_COLUMNS
MAX_FILE_BYTES = 64 * 1024 * 1024  # a sample file the CLI reads (the API's bodies are capped by MAX_BODY_BYTES)
SUFFIXES = {".csv": "csv", ".tsv": "csv", ".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl"}


@dataclass(frozen=True)
class Sample:
    """Records of one shape: the column names in order, and each record's values (None where a key is missing).
    `typed`: the values came from JSON (numbers are numbers); False for CSV, where every cell is text."""

    name: str
    columns: list[str]
    rows: list[list[Any]]
    typed: bool

    def column(self, index: int) -> list[Any]:
        return [row[index] for row in self.rows]

    def canonical(self) -> str:
        """The sample as exact JSON text (what a cache key is made from)."""
        return json.dumps({"name": self.name, "columns": self.columns, "rows": self.rows, "typed": self.typed},
                          ensure_ascii=False, separators=(",", ":"), default=str)


def read_sample(source: Any, *, name: str | None = None) -> Sample:
    """A Sample from a list of objects, {"csv": text}, a path (.csv, .json, .jsonl), or text (JSON, JSONL or CSV)."""
    if isinstance(source, Sample):
        return source
    if isinstance(source, os.PathLike):
        return read_file(source, name=name)
    if isinstance(source, dict) and set(source) == {"csv"}:
        if not isinstance(source["csv"], str):
            raise ExamplesError("examples.csv must be the CSV file's text")
        return from_csv(source["csv"], name=name or "examples")
    if isinstance(source, (str, bytes)):
        return from_text(_decoded(source, "the examples"), name=name or "examples")
    if isinstance(source, dict):
        raise ExamplesError("examples must be a list of objects (one per example row), or {\"csv\": \"...\"}; "
                            "got one object")
    if isinstance(source, (list, tuple)):
        return from_records(list(source), name=name or "examples")
    raise ExamplesError(f"examples must be a list of objects, not {type(source).__name__}")


def read_file(path: str | os.PathLike[str], *, name: str | None = None) -> Sample:
    """A sample file: CSV (.csv, .tsv), a JSON list (.json) or JSON lines (.jsonl, .ndjson); by its content
    when the extension says nothing."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ExamplesError(f"{path} is {size:,} bytes; a sample file may hold at most {MAX_FILE_BYTES:,} "
                                f"bytes (and {MAX_RECORDS:,} records)")
        data = path.read_bytes()
    except OSError as exc:
        raise ExamplesError(f"cannot read sample file {path}: {exc.strerror or exc}") from None
    text = _decoded(data, str(path))
    stem = path.stem or "examples"
    kind = SUFFIXES.get(path.suffix.lower())
    try:
        if kind == "csv":
            return from_csv(text, name=name or stem, delimiter="\t" if path.suffix.lower() == ".tsv" else ",")
        if kind == "json":
            return from_records(_json(text, "the file"), name=name or stem)
        if kind == "jsonl":
            return from_records(_jsonl(text), name=name or stem)
        return from_text(text, name=name or stem)
    except ExamplesError as exc:
        raise ExamplesError([f"{path}: {p}" for p in exc.problems]) from None


def from_text(text: str, *, name: str = "examples") -> Sample:
    """JSON (a list of objects), JSON lines, or else CSV with a header row."""
    body = text.strip()
    if body.startswith("["):
        return from_records(_json(body, "the examples"), name=name)
    if body.startswith("{"):
        lines = [line for line in body.splitlines() if line.strip()]
        if len(lines) > 1 and all(line.lstrip().startswith("{") for line in lines):
            return from_records(_jsonl(body), name=name)
        return from_records([_json(body, "the examples")], name=name)
    return from_csv(text, name=name)


def _decoded(data: str | bytes, what: str) -> str:
    if isinstance(data, str):
        text = data
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise ExamplesError(f"{what} is not UTF-8 text") from None
    problem = text_problem(text)
    if problem:
        raise ExamplesError(f"{what} {problem}")
    return text.removeprefix("\ufeff")


def _json(text: str, what: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise ExamplesError(f"{what} is not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}") from None
    except RecursionError:
        raise ExamplesError(f"{what} is nested too deeply") from None


def _jsonl(text: str) -> list[Any]:
    records = []
    for number, line in enumerate(text.splitlines(), 1):
        if line.strip():
            records.append(_json(line, f"line {number}"))
        if len(records) > MAX_RECORDS:
            break
    return records


def from_csv(text: str, *, name: str = "examples", delimiter: str = ",") -> Sample:
    """CSV text with a header row; an empty cell is a missing value."""
    try:
        table = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True))
    except csv.Error as exc:
        raise ExamplesError(f"the CSV does not parse: {exc}") from None
    table = [row for row in table if any(cell.strip() for cell in row)]
    if not table:
        raise ExamplesError("the sample is empty: give a header row and at least one example row")
    header = [cell.strip() for cell in table[0]]
    if len(table) == 1:
        raise ExamplesError("the sample has a header row but no example rows; give at least one")
    for number, row in enumerate(table[1:], 2):
        if len(row) != len(header):
            raise ExamplesError(f"the CSV does not parse: row {number} has {len(row)} fields, the header has "
                                f"{len(header)}")
    _check_names(header)
    _check_size(len(table) - 1, len(header))
    return Sample(name, header, [[cell if cell.strip() else None for cell in row] for row in table[1:]], typed=False)


def from_records(records: Any, *, name: str = "examples") -> Sample:
    """A list of JSON objects of one shape; nested objects flattened to dotted names, arrays kept as JSON text."""
    if not isinstance(records, list):
        raise ExamplesError(f"examples must be a list of objects, not {_kind(records)}")
    if not records:
        raise ExamplesError("the sample is empty: give at least one example object")
    _check_size(len(records), 0)
    flat: list[dict[str, Any]] = []
    shapes: dict[str, str] = {}
    for number, record in enumerate(records, 1):
        if not isinstance(record, dict):
            raise ExamplesError(f"examples must be a list of objects; item {number} is {_kind(record)}")
        row: dict[str, Any] = {}
        _flatten(record, "", row, shapes, number)
        flat.append(row)
    columns = list(dict.fromkeys(key for row in flat for key in row))
    if not columns:
        raise ExamplesError("the sample is empty: its objects have no keys")
    _check_names(columns)
    _check_size(len(flat), len(columns))
    return Sample(name, columns, [[row.get(c) for c in columns] for row in flat], typed=True)


def _flatten(value: dict[str, Any], prefix: str, out: dict[str, Any], shapes: dict[str, str], number: int) -> None:
    for key, item in value.items():
        name = f"{prefix}{key}"
        shape = "object" if isinstance(item, dict) else "value" if item is not None else None
        if shape is not None and shapes.setdefault(name, shape) != shape:
            raise ExamplesError(f"mixed shapes: '{name}' is {'an object' if shape == 'value' else 'a value'} in an "
                                f"earlier example but {'a value' if shape == 'value' else 'an object'} in item "
                                f"{number}; give every example the same shape")
        problem = text_problem(item) if isinstance(item, str) else None
        if name not in shapes and problem is None:  # a key is checked the first time it is seen
            problem = text_problem(str(key))
        if problem:
            raise ExamplesError(f"item {number}, '{ascii(name)[1:-1][:60]}': {problem}")
        if isinstance(item, dict):
            _flatten(item, f"{name}.", out, shapes, number)
        elif isinstance(item, list):
            out[name] = json.dumps(item, ensure_ascii=False)
        else:
            out[name] = item
        if len(out) > MAX_FIELDS:
            _check_size(1, len(out))


def _check_names(columns: list[str]) -> None:
    seen: set[str] = set()
    for index, column in enumerate(columns, 1):
        if not column.strip():
            raise ExamplesError(f"column {index} has no name; every column needs one")
        if len(column) > MAX_NAME_LENGTH:
            raise ExamplesError(f"column '{column[:40]}...' has a name of {len(column)} characters; the limit is "
                                f"{MAX_NAME_LENGTH}")
        try:
            _name(column)
        except ValueError as exc:
            raise ExamplesError(f"column {index} ('{ascii(column)[1:-1][:40]}') has a name that {exc}") from None
        if column in seen:
            raise ExamplesError(f"column '{column}' appears twice; column names must be unique")
        seen.add(column)


def _check_size(records: int, columns: int) -> None:
    if records > MAX_RECORDS:
        raise ExamplesError(f"the sample has more than {MAX_RECORDS:,} records; give at most {MAX_RECORDS:,} "
                            "(a few hundred are plenty)")
    if columns > MAX_FIELDS:
        raise ExamplesError(f"the sample has {columns} columns; the limit is {MAX_FIELDS}")


def _kind(value: Any) -> str:
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, list):
        return "a list"
    if value is None:
        return "null"
    return {bool: "a boolean", int: "a number", float: "a number", str: "a string"}.get(type(value), "a value")
