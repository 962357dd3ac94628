"""Streaming writers: Arrow record batches in, CSV / JSON / JSONL / Parquet bytes out, block by block.

Every writer consumes one batch at a time and yields its encoded bytes, so no format ever holds the whole
table. Text formats are built with vectorised pyarrow.compute kernels (no per-row Python loop):

- CSV: RFC 4180 with a header row, UTF-8 without BOM, "\\n" line ends, every string cell quoted (embedded
  quotes doubled), nulls as empty unquoted cells, dates 2024-05-01, timestamps 2024-05-01 13:45:00 (fraction
  only when non-zero), booleans true/false, NaN as an empty cell. With safe_csv (the default) string cells
  and header names that a spreadsheet would run as a formula get a leading "'" (docs/csv-safety.md).
- JSON: one array of objects, one object per line; JSONL: one object per line. Dates and timestamps are ISO
  strings (2024-05-01, 2024-05-01T13:45:00), nulls and non-finite floats are null.
- Parquet: pyarrow's ParquetWriter into a sink drained after every row group; reads back equal to the input.
  A row group closes at PARQUET_ROW_GROUP rows or PARQUET_ROW_GROUP_BYTES (16 MB) of Arrow data, whichever comes
  first, so wide rows (long texts) never buffer hundreds of MB.
"""

from __future__ import annotations

import json
import os
import secrets
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import BinaryIO, TypeAlias

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pa_csv

from . import arrays
from .errors import ExportError
from .ordered import default_workers, ordered_map

FORMATS = ("csv", "json", "jsonl", "parquet")
MEDIA_TYPES = {
    "csv": "text/csv; charset=utf-8",
    "json": "application/json",
    "jsonl": "application/x-ndjson",
    "parquet": "application/vnd.apache.parquet",
}
EXTENSIONS = {"csv": ".csv", "json": ".json", "jsonl": ".jsonl", "parquet": ".parquet"}
_EXTRA_EXTENSIONS = {".ndjson": "jsonl", ".pq": "parquet"}

# A cell starting with one of these is run as a formula by Excel, LibreOffice or Google Sheets (OWASP),
# NUL added per OWASP ASVS 5.0 (1.2.10). Neutralised by a leading single quote.
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "\x00")
_TRIGGER_BYTES = np.zeros(256, dtype=bool)
_TRIGGER_BYTES[[ord(c) for c in FORMULA_TRIGGERS]] = True  # all triggers are ASCII: the first byte decides
_PER_SECOND = {"s": 1, "ms": 1_000, "us": 1_000_000, "ns": 1_000_000_000}
PARQUET_ROW_GROUP = 128 * 1024  # rows buffered before a row group is written (small batches are merged)
PARQUET_ROW_GROUP_BYTES = 16 << 20  # ... or Arrow bytes: a row group of 5,000-character texts holds ~3,000 rows

_LS = pa.large_string()
Chunk: TypeAlias = bytes | memoryview | pa.Buffer  # what encoders yield: anything with the buffer protocol
Encoder: TypeAlias = Callable[[Iterator[pa.RecordBatch], pa.Schema, bool], Iterator[Chunk]]
_JSON_SPECIAL = np.zeros(256, dtype=bool)
_JSON_SPECIAL[[*range(0x20), ord('"'), ord("\\")]] = True
_COMMON_ESCAPES = (("\\", "\\\\"), ('"', '\\"'), ("\n", "\\n"), ("\r", "\\r"), ("\t", "\\t"))
_RARE_CONTROLS = tuple(chr(c) for c in range(0x20) if chr(c) not in "\n\r\t")


def format_from_path(path: str | os.PathLike[str]) -> str | None:
    """The format a file name's extension asks for (out.csv -> "csv"), or None if it names none."""
    suffix = Path(path).suffix.lower()
    return next((f for f, ext in EXTENSIONS.items() if ext == suffix), _EXTRA_EXTENSIONS.get(suffix))


def iter_encoded(batches: Iterable[pa.RecordBatch], schema: pa.Schema, fmt: str, *,
                 safe_csv: bool = True) -> Iterator[bytes]:
    """The encoded file as byte chunks, one or more per batch. Raises ExportError now for an unknown format."""
    return _as_bytes(_chunks(batches, schema, fmt, safe_csv))


def _as_bytes(chunks: Iterator[Chunk]) -> Iterator[bytes]:
    for chunk in chunks:
        yield chunk if isinstance(chunk, bytes) else bytes(chunk)


def _chunks(batches: Iterable[pa.RecordBatch], schema: pa.Schema, fmt: str, safe_csv: bool) -> Iterator[Chunk]:
    """The encoded file as bytes-like chunks (Arrow buffers and views too: a file takes them without a copy)."""
    return _encoder(fmt)(_conformed(batches, schema), schema, safe_csv)


def _encoder(fmt: str) -> Encoder:
    encoder = _ENCODERS.get(fmt.lower()) if isinstance(fmt, str) else None
    if encoder is None:
        raise ExportError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    return encoder


def write(batches: Iterable[pa.RecordBatch], schema: pa.Schema, fmt: str, dest: BinaryIO, *,
          safe_csv: bool = True, on_rows: Callable[[int], object] | None = None) -> int:
    """Write the encoded file to a binary stream; return the rows written. on_rows(n) gets the running total."""
    counted = _Counted(batches)
    reported = 0
    for chunk in _chunks(counted, schema, fmt, safe_csv):
        dest.write(chunk)
        if on_rows is not None and counted.rows != reported:
            reported = counted.rows
            on_rows(reported)
    if on_rows is not None and counted.rows != reported:
        on_rows(counted.rows)
    return counted.rows


def write_file(batches: Iterable[pa.RecordBatch], schema: pa.Schema, fmt: str, path: str | os.PathLike[str], *,
               safe_csv: bool = True, on_rows: Callable[[int], object] | None = None) -> int:
    """Write to `path` atomically: a temp file in the same folder, renamed into place only when complete."""
    path = Path(path)
    _encoder(fmt)  # an unknown format fails before any file is touched
    if path.is_dir():
        raise ExportError(f"cannot write {path}: it is a directory")
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.part")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
    except OSError as exc:
        raise ExportError(f"cannot write {path}: {exc.strerror or exc}") from None
    try:
        with os.fdopen(fd, "wb") as out:
            rows = write(batches, schema, fmt, out, safe_csv=safe_csv, on_rows=on_rows)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise ExportError(f"cannot write {path}: {exc.strerror or exc}") from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return rows


class _Counted:
    """Wraps a batch iterable and counts the rows that went through it."""

    def __init__(self, batches: Iterable[pa.RecordBatch]) -> None:
        self.batches = batches
        self.rows = 0

    def __iter__(self) -> Iterator[pa.RecordBatch]:
        for batch in self.batches:
            self.rows += batch.num_rows
            yield batch


def _conformed(batches: Iterable[pa.RecordBatch], schema: pa.Schema) -> Iterator[pa.RecordBatch]:
    for batch in batches:
        if batch.schema.equals(schema):
            yield batch
            continue
        try:
            yield batch.cast(schema)
        except (pa.ArrowInvalid, pa.ArrowNotImplementedError, ValueError) as exc:
            raise ExportError(f"a block of rows does not match the table's columns: {exc}") from None


# ---- shared column rendering -------------------------------------------------------------------------------

def _decoded(arr: pa.Array) -> pa.Array:
    return arr.dictionary_decode() if pa.types.is_dictionary(arr.type) else arr


def _timestamp_text(arr: pa.Array) -> pa.Array:
    """ISO text with a space between date and time, and a fraction only when non-zero: 2024-05-01 13:45:00."""
    t = arr.type
    seconds = pc.cast(pc.cast(arr, pa.timestamp("s", t.tz), safe=False), pa.string())
    per_second = _PER_SECOND[t.unit]
    if per_second == 1 or len(arr) == 0:
        return seconds
    ticks = np.frombuffer(arr.buffers()[1], np.int64, count=arr.offset + len(arr))[arr.offset:]
    fraction = (ticks % per_second) != 0
    if arr.null_count:
        fraction &= _valid(arr)
    if not fraction.any():
        return seconds
    return pc.if_else(arrays.from_numpy(fraction), pc.cast(arr, pa.string()), seconds)


def _valid(arr: pa.Array) -> np.ndarray:
    """Which cells hold a value, read from the validity bitmap (to_numpy would import pandas)."""
    bitmap = arr.buffers()[0]
    if bitmap is None:
        return np.ones(len(arr), dtype=bool)
    bits = np.unpackbits(np.frombuffer(bitmap, np.uint8), bitorder="little")
    return bits[arr.offset: arr.offset + len(arr)].astype(bool)


def _text_parts(arr: pa.Array) -> tuple[np.ndarray, np.ndarray]:
    """(start offsets, UTF-8 bytes) of a string or large_string array, as numpy views."""
    _, offsets, data = arr.buffers()
    kind = np.int64 if pa.types.is_large_string(arr.type) else np.int32
    bounds = np.frombuffer(offsets, kind, count=arr.offset + len(arr) + 1)[arr.offset:]
    return bounds, (np.frombuffer(data, np.uint8) if data is not None else np.empty(0, np.uint8))


def _finite(arr: pa.Array) -> pa.Array:
    """A float array with NaN and infinities made null (they have no JSON spelling)."""
    return pc.if_else(pc.is_finite(arr), arr, pa.scalar(None, arr.type))


def neutralise(arr: pa.Array) -> pa.Array:
    """String cells starting with a formula trigger get a leading "'"; nulls and other cells are unchanged."""
    if not pa.types.is_string(arr.type) and not pa.types.is_large_string(arr.type):
        arr = arr.cast(pa.string())
    bounds, data = _text_parts(arr)
    if len(arr) == 0 or len(data) == 0:
        return arr
    starts = bounds[:-1]
    nonempty = bounds[1:] > starts
    risky = nonempty & _TRIGGER_BYTES[data[np.where(nonempty, starts, 0)]]
    if arr.null_count:
        risky &= _valid(arr)
    if not risky.any():
        return arr
    n = len(arr)
    prefixed = pc.binary_join_element_wise(arrays.repeat("'", n).cast(arr.type), arr,
                                           arrays.repeat("", n).cast(arr.type))
    return pc.if_else(arrays.from_numpy(risky), prefixed, arr)


def neutralise_name(name: str) -> str:
    """The same rule for one header name."""
    return "'" + name if name.startswith(FORMULA_TRIGGERS) else name


def _is_text(t: pa.DataType) -> bool:
    return pa.types.is_string(t) or pa.types.is_large_string(t) or pa.types.is_string_view(t)


# ---- CSV ---------------------------------------------------------------------------------------------------

_CSV_OPTIONS = {"quoting_style": "needed", "eol": "\n", "delimiter": ","}


def _csv_column(arr: pa.Array, safe: bool) -> pa.Array:
    arr = _decoded(arr)
    t = arr.type
    if _is_text(t):
        return neutralise(arr) if safe else arr
    if pa.types.is_timestamp(t):
        return _timestamp_text(arr)
    if pa.types.is_floating(t):
        return pc.if_else(pc.is_nan(arr), pa.nulls(len(arr), t), arr)
    return arr


def _encode_csv(batches: Iterator[pa.RecordBatch], schema: pa.Schema, safe: bool) -> Iterator[Chunk]:
    names = [neutralise_name(n) if safe else n for n in schema.names]
    header = pa.BufferOutputStream()
    empty = pa.Table.from_arrays([arrays.strings([]) for _ in names], names=names)
    pa_csv.write_csv(empty, header, pa_csv.WriteOptions(include_header=True, **_CSV_OPTIONS))
    yield header.getvalue().to_pybytes()
    # Arrow converts batch_size rows at a time (default 1,024); whole blocks at once are ~20% faster.
    body = pa_csv.WriteOptions(include_header=False, batch_size=65_536, **_CSV_OPTIONS)

    def encode(batch: pa.RecordBatch) -> Chunk:
        cols = [_csv_column(batch.column(i), safe) for i in range(batch.num_columns)]
        if len(cols) == 1 and cols[0].null_count:
            # a lone empty cell is a blank line, which readers skip: write nulls as "" so the row survives
            cols[0] = pc.fill_null(pc.cast(cols[0], pa.string()), "")
        sink = pa.BufferOutputStream()
        pa_csv.write_csv(pa.RecordBatch.from_arrays(cols, names=names), sink, body)
        return sink.getvalue()

    yield from _encoded_blocks(encode, batches)


def _encoded_blocks(encode: Callable[[pa.RecordBatch], Chunk], batches: Iterator[pa.RecordBatch]) -> Iterator[Chunk]:
    """Each non-empty batch encoded, in order; blocks are encoded in worker threads while the caller writes."""
    return ordered_map(encode, (b for b in batches if b.num_rows), default_workers(), "synthgen-encode")


# ---- JSON / JSONL ------------------------------------------------------------------------------------------

def _json_escaped(arr: pa.Array) -> pa.Array:
    """String values escaped for a JSON string literal (without the quotes); the escape passes run only if needed."""
    arr = pc.cast(arr, _LS)
    bounds, data = _text_parts(arr)
    body = data[bounds[0]:bounds[-1]] if len(arr) else data[:0]
    if _JSON_SPECIAL[body].any():
        for raw, escaped in _COMMON_ESCAPES:
            arr = pc.replace_substring(arr, raw, escaped)
        if pc.any(pc.match_substring_regex(arr, r"[\x00-\x1f]")).as_py():
            for ch in _RARE_CONTROLS:
                arr = pc.replace_substring(arr, ch, f"\\u{ord(ch):04x}")
    return arr


def _json_column(arr: pa.Array, name: str) -> tuple[pa.Array, bool]:
    """(JSON text of each value as large_string, whether it still needs its quotes); nulls stay null."""
    arr = _decoded(arr)
    t = arr.type
    if pa.types.is_integer(t) or pa.types.is_boolean(t):
        return pc.cast(arr, _LS), False
    if pa.types.is_floating(t):
        return pc.cast(_finite(arr), _LS), False
    if pa.types.is_timestamp(t):
        return pc.cast(pc.replace_substring(_timestamp_text(arr), " ", "T", max_replacements=1), _LS), True
    if pa.types.is_date(t):
        return pc.cast(pc.cast(arr, pa.string()), _LS), True
    if pa.types.is_null(t):
        return pa.nulls(len(arr), _LS), False
    try:
        return _json_escaped(arr if _is_text(t) else pc.cast(arr, pa.string())), True
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError):
        raise ExportError(f"column {name!r} has type {t}, which JSON export does not support") from None


def _ls(text: str) -> pa.Scalar:
    return pa.scalar(text, _LS)


def _joined_bytes(rows: pa.Array) -> memoryview:
    """The concatenation of a (non-null) large_string array's values: a view of its buffer, no copy."""
    bounds, data = _text_parts(rows)
    return data[bounds[0]:bounds[-1]].data


def _json_rows(batch: pa.RecordBatch, keys: list[str], first: str, last: str) -> Chunk:
    """Each row as `first` + {"key":value,...} + `last`, all rows concatenated.

    One binary_join_element_wise over alternating constant text and value columns; the quotes of string
    columns without nulls ride on the constant text, so they cost no extra pass.
    """
    if not keys:
        return (first + "{}" + last).encode() * batch.num_rows
    pieces: list[pa.Array | pa.Scalar] = []
    text = first + "{"
    for i, key in enumerate(keys):
        values, quoted = _json_column(batch.column(i), batch.schema.names[i])
        text += ("," if i else "") + key + ":"
        if quoted and not values.null_count:
            pieces += [_ls(text + '"'), values]
            text = '"'
            continue
        if quoted:
            values = pc.binary_join_element_wise(_ls('"'), values, _ls('"'), _ls(""))
        pieces += [_ls(text), pc.fill_null(values, _ls("null"))]
        text = ""
    pieces.append(_ls(text + "}" + last))
    return _joined_bytes(pc.binary_join_element_wise(*pieces, _ls("")))


def _keys(schema: pa.Schema) -> list[str]:
    return [json.dumps(name, ensure_ascii=False) for name in schema.names]


def _encode_jsonl(batches: Iterator[pa.RecordBatch], schema: pa.Schema, safe: bool) -> Iterator[Chunk]:
    keys = _keys(schema)
    yield from _encoded_blocks(lambda batch: _json_rows(batch, keys, "", "\n"), batches)


def _encode_json(batches: Iterator[pa.RecordBatch], schema: pa.Schema, safe: bool) -> Iterator[Chunk]:
    keys = _keys(schema)
    yield b"["
    for i, chunk in enumerate(_encoded_blocks(lambda batch: _json_rows(batch, keys, ",\n", ""), batches)):
        yield chunk if i else chunk[1:]  # no comma before the very first row
    yield b"\n]\n"


# ---- Parquet -----------------------------------------------------------------------------------------------

class _DrainSink:
    """A write-only file object that keeps what ParquetWriter wrote until drained."""

    closed = False

    def __init__(self) -> None:
        self._chunks: list[bytes] = []
        self._pos = 0

    def write(self, data: bytes) -> int:
        self._chunks.append(bytes(data))
        self._pos += len(data)
        return len(data)

    def tell(self) -> int:
        return self._pos

    def flush(self) -> None:
        pass

    def writable(self) -> bool:
        return True

    def close(self) -> None:
        pass

    def drain(self) -> list[bytes]:
        """What was written since the last drain, as written (joining would copy a whole row group again)."""
        data, self._chunks = self._chunks, []
        return data


def _encode_parquet(batches: Iterator[pa.RecordBatch], schema: pa.Schema, safe: bool) -> Iterator[bytes]:
    sink = _DrainSink()
    import pyarrow.parquet as pq  # ~10 ms to import: only for Parquet

    writer = pq.ParquetWriter(sink, schema)
    pending: list[pa.RecordBatch] = []
    rows = size = 0
    try:
        for batch in batches:
            pending.append(batch)
            rows += batch.num_rows
            size += batch.nbytes
            if rows >= PARQUET_ROW_GROUP or size >= PARQUET_ROW_GROUP_BYTES:
                writer.write_table(pa.Table.from_batches(pending, schema=schema), row_group_size=rows)
                pending, rows, size = [], 0, 0
                yield from sink.drain()
        if rows:
            writer.write_table(pa.Table.from_batches(pending, schema=schema), row_group_size=rows)
    finally:
        writer.close()
    yield from sink.drain()


_ENCODERS: dict[str, Encoder] = {
    "csv": _encode_csv, "json": _encode_json, "jsonl": _encode_jsonl, "parquet": _encode_parquet,
}
