"""A table's Arrow batches made ready for SQL, column by column with pyarrow.compute (no per-row Python loop).

- `for_sql`: what every database gets: dictionaries decoded, NaN and infinities made NULL (no SQL type of money
  or dates holds them, and the JSON export nulls them too), a float column with a scale rounded and turned into
  decimal128(18, scale) (too big a value is an ExportError naming the column and the limit).
- `copy_text`: rows in PostgreSQL's COPY text format (tab between cells, \\N for NULL, backslash, tab, newline
  and carriage return escaped), for the .sql script and the live load alike.
- `sqlite_rows`: plain Python tuples for sqlite3, dates and times as ISO text (SQLite's own convention).
"""

from __future__ import annotations

import functools
from collections.abc import Iterator

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from .. import arrays
from ..dataset_stream import TableStream
from ..errors import ExportError
from .sqltypes import MONEY_PRECISION

_LS = pa.large_string()
_COPY_ESCAPES = (("\\", "\\\\"), ("\t", "\\t"), ("\n", "\\n"), ("\r", "\\r"))


@functools.cache
def _text_const(text: str) -> pa.Scalar:
    """A large_string scalar, made without pa.scalar (which imports pandas on first use: a second)."""
    return arrays.strings([text]).cast(_LS)[0]


def _null(t: pa.DataType) -> pa.Scalar:
    return pa.nulls(1, t)[0]


def for_sql(batch: pa.RecordBatch, stream: TableStream) -> list[pa.Array]:
    """The batch's columns as every SQL writer takes them (see the module's docstring)."""
    if not batch.schema.equals(stream.arrow_schema):
        try:
            batch = batch.cast(stream.arrow_schema)
        except (pa.ArrowInvalid, pa.ArrowNotImplementedError, ValueError) as exc:
            raise ExportError(f"table {stream.name!r}: a block of rows does not match the table's columns: "
                              f"{exc}") from None
    return [_column(batch.column(i), name, stream) for i, name in enumerate(batch.schema.names)]


def _column(arr: pa.Array, name: str, stream: TableStream) -> pa.Array:
    if pa.types.is_dictionary(arr.type):
        arr = arr.dictionary_decode()
    if not pa.types.is_floating(arr.type):
        return arr
    if arr.null_count < len(arr):
        arr = pc.if_else(pc.is_finite(arr), arr, _null(arr.type))
    scale = stream.scales.get(name)
    if scale is None:
        return arr
    try:
        return pc.cast(pc.round(arr, scale), pa.decimal128(MONEY_PRECISION, scale))
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError):
        limit = "9" * (MONEY_PRECISION - scale) + ("." + "9" * scale if scale else "")
        raise ExportError(f"table {stream.name!r}, column {name!r}: a value is too large for NUMERIC("
                          f"{MONEY_PRECISION}, {scale}) (at most {limit})") from None


def _text(arr: pa.Array) -> pa.Array:
    """Each value as text in the spelling PostgreSQL and SQLite read back: ISO dates, 'YYYY-MM-DD HH:MM:SS'
    timestamps (a fraction only when there is one), true/false."""
    t = arr.type
    if pa.types.is_string(t) or pa.types.is_large_string(t) or pa.types.is_string_view(t):
        return pc.cast(arr, _LS)
    if pa.types.is_null(t):
        return pa.nulls(len(arr), _LS)
    text = pc.cast(arr, _LS)
    if pa.types.is_timestamp(t) or pa.types.is_time(t):
        text = pc.replace_substring_regex(text, r"\.0+(Z?)$", r"\1")
    return text


def _is_text(t: pa.DataType) -> bool:
    return pa.types.is_string(t) or pa.types.is_large_string(t) or pa.types.is_string_view(t)


def _copy_escaped(arr: pa.Array, table: str, column: str) -> pa.Array:
    if not len(arr) or arr.null_count == len(arr):
        return arr
    if pc.any(pc.match_substring(arr, "\x00")).as_py():
        raise ExportError(f"table {table!r}, column {column!r}: a value holds a NUL character, which "
                          "PostgreSQL text cannot store")
    if pc.any(pc.match_substring_regex(arr, r"[\\\t\n\r]")).as_py():
        for raw, escaped in _COPY_ESCAPES:
            arr = pc.replace_substring(arr, raw, escaped)
    return arr


def copy_text(batch: pa.RecordBatch, stream: TableStream) -> bytes:
    """The batch's rows in COPY text format, each line ended by a newline."""
    if not batch.num_rows:
        return b""
    pieces: list[pa.Array | pa.Scalar] = []
    for i, arr in enumerate(for_sql(batch, stream)):
        text = _text(arr)
        if _is_text(arr.type):
            text = _copy_escaped(text, stream.name, batch.schema.names[i])
        if pa.types.is_boolean(arr.type):
            text = pc.if_else(arr, _text_const("t"), _text_const("f"))
        pieces += [pc.fill_null(text, _text_const("\\N")), _text_const("\t")]
    pieces[-1] = _text_const("\n")
    lines = pc.binary_join_element_wise(*pieces, _text_const(""))
    _, offsets, data = lines.buffers()
    bounds = np.frombuffer(offsets, np.int64, count=lines.offset + len(lines) + 1)[lines.offset:]
    return bytes(memoryview(data)[bounds[0]:bounds[-1]])


def sqlite_rows(batch: pa.RecordBatch, stream: TableStream) -> Iterator[tuple[object, ...]]:
    """The batch's rows as tuples of int, float, str, bool or None (dates and times as ISO text)."""
    columns = []
    for arr in for_sql(batch, stream):
        if pa.types.is_decimal(arr.type):
            # SQLite stores NUMERIC values as REAL: the float nearest the decimal (through its text: Arrow's
            # decimal -> float cast is off by an ulp, 801.06 -> 801.0600000000001)
            arr = pc.cast(pc.cast(arr, pa.string()), pa.float64())
        elif pa.types.is_temporal(arr.type):
            arr = _text(arr)
        columns.append(arr.to_pylist())
    return zip(*columns, strict=True)
