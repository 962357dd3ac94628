"""Arrow arrays straight from numpy buffers and Python strings, without pyarrow's pandas probe.

`pyarrow.array()` and `pyarrow.scalar()` import pandas on first use to check for pandas types, which costs
about a second of start-up; the CLI never needs pandas, so the engine and the exporters build arrays here.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pyarrow as pa

_NUMPY_TYPES = {
    np.dtype(np.int64): pa.int64(), np.dtype(np.float64): pa.float64(), np.dtype(np.int32): pa.int32(),
    np.dtype(bool): pa.bool_(),
}


_STORAGE = {pa.int64().id: np.int64, pa.float64().id: np.float64, pa.int32().id: np.int32,
            pa.date32().id: np.int32, pa.timestamp("us").id: np.int64}


def _bits(flags: np.ndarray) -> pa.Buffer:
    return pa.py_buffer(np.packbits(flags.astype(bool, copy=False), bitorder="little"))


def from_numpy(values: np.ndarray, type_: pa.DataType | None = None, *, mask: np.ndarray | None = None) -> pa.Array:
    """An Arrow array over a 1-d numpy array; `mask` True marks nulls. datetime64 becomes date32 (or a
    microsecond timestamp when `type_` says so), NaT becomes null."""
    values = np.ascontiguousarray(values)
    if values.dtype.kind == "M":
        if type_ is None or pa.types.is_date32(type_):
            type_, values = pa.date32(), values.astype("datetime64[D]").view(np.int64)
        else:
            type_, values = pa.timestamp("us"), values.astype("datetime64[us]").view(np.int64)
        nat = values == np.iinfo(np.int64).min
        mask = nat if mask is None else (mask | nat)
        if pa.types.is_date32(type_):
            values = np.where(nat, 0, values).astype(np.int32)
    type_ = type_ or _NUMPY_TYPES.get(values.dtype)
    if type_ is None:
        raise TypeError(f"no Arrow type for numpy {values.dtype}")
    if pa.types.is_boolean(type_):
        data = _bits(values)
    else:
        data = pa.py_buffer(np.ascontiguousarray(values, dtype=_STORAGE[type_.id]))
    validity = None if mask is None or not mask.any() else _bits(~mask)
    return pa.Array.from_buffers(type_, len(values), [validity, data],
                                 null_count=0 if validity is None or mask is None else int(mask.sum()))


def valid(array: pa.Array) -> np.ndarray:
    """Which values are not null, from the validity bitmap (Array.to_numpy would import pandas)."""
    bitmap = array.buffers()[0]
    if bitmap is None or not array.null_count:
        return np.ones(len(array), dtype=bool)
    bits = np.unpackbits(np.frombuffer(bitmap, dtype=np.uint8), bitorder="little")
    return bits[array.offset:array.offset + len(array)].astype(bool)


def indices(values: np.ndarray) -> pa.Array:
    """Take-indices for `Array.take`."""
    return from_numpy(values.astype(np.int64, copy=False), pa.int64())


def strings(values: Sequence[str | None]) -> pa.Array:
    """A string array from Python strings (None is null)."""
    encoded = [b"" if v is None else str(v).encode("utf-8") for v in values]
    offsets = np.zeros(len(encoded) + 1, dtype=np.int64)
    np.cumsum([len(b) for b in encoded], out=offsets[1:])
    kind = pa.string() if offsets[-1] < 2**31 else pa.large_string()
    nulls = np.array([v is None for v in values], dtype=bool)
    validity = _bits(~nulls) if nulls.any() else None
    return pa.Array.from_buffers(kind, len(encoded), [validity, pa.py_buffer(
        offsets.astype(np.int32) if kind == pa.string() else offsets), pa.py_buffer(b"".join(encoded))],
        null_count=int(nulls.sum()))


def repeat(text: str, n: int) -> pa.Array:
    """`text` n times, as a string array (stands in for a scalar in element-wise kernels)."""
    raw = text.encode("utf-8")
    offsets = np.arange(0, (n + 1) * len(raw), len(raw) or 1, dtype=np.int64)[: n + 1] if raw else np.zeros(
        n + 1, np.int64)
    kind = pa.string() if len(raw) * n < 2**31 else pa.large_string()
    return pa.Array.from_buffers(kind, n, [None, pa.py_buffer(offsets.astype(np.int32) if kind == pa.string()
                                                              else offsets), pa.py_buffer(raw * n)])


def temporal_numpy(array: pa.Array) -> np.ndarray:
    """A date32 or timestamp[us] array as numpy datetime64 (nulls become NaT), read from its buffers."""
    storage, unit = (np.int32, "D") if pa.types.is_date32(array.type) else (np.int64, "us")
    raw = np.frombuffer(array.buffers()[1], dtype=storage)[array.offset: array.offset + len(array)]
    values = raw.astype(np.int64).view(f"datetime64[{unit}]").copy()
    if array.null_count:
        valid = np.unpackbits(np.frombuffer(array.buffers()[0], dtype=np.uint8), bitorder="little")
        values[~valid[array.offset: array.offset + len(array)].astype(bool)] = np.datetime64("NaT")
    return values
