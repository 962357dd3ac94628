"""The bytes of a prepared schema for the web (pipeline.stream's composition), with the first block made up front.

Making the first block before the HTTP response starts turns a failure there into a proper JSON error instead of a
truncated 200. Same batches, same encoder, same bytes as pipeline.stream (tests/web check they are equal).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator

import pyarrow as pa

from .. import engine, export, pipeline
from ..schema import DatasetSchema


def primed_batches(schema: DatasetSchema, rows: int, seed: int,
                   on_batch: Callable[[pa.RecordBatch], None] | None = None) -> Iterator[pa.RecordBatch]:
    """pipeline.batches with its first block already made; `on_batch` sees every block on its way out.
    Closing the returned generator closes the engine's (which stops its worker threads)."""
    batches = pipeline.batches(schema, rows, seed)
    first = next(batches, None)
    return _chained(first, batches, on_batch)


def _chained(first: pa.RecordBatch | None, rest: Iterator[pa.RecordBatch],
             on_batch: Callable[[pa.RecordBatch], None] | None) -> Iterator[pa.RecordBatch]:
    try:
        for batch in itertools.chain([] if first is None else [first], rest):
            if on_batch is not None:
                on_batch(batch)
            yield batch
    finally:
        close = getattr(rest, "close", None)
        if callable(close):
            close()


class Stream:
    """The encoded file as an iterator of byte chunks whose close() stops the encoder and the engine at once."""

    def __init__(self, chunks: Iterator[bytes], batches: Iterator[pa.RecordBatch]) -> None:
        self._chunks = chunks
        self._batches = batches

    def __iter__(self) -> Stream:
        return self

    def __next__(self) -> bytes:
        return next(self._chunks)

    def close(self) -> None:
        for part in (self._chunks, self._batches):
            close = getattr(part, "close", None)
            if callable(close):
                close()


def primed_stream(schema: DatasetSchema, rows: int, fmt: str, seed: int, *, safe_csv: bool = True,
                  on_batch: Callable[[pa.RecordBatch], None] | None = None) -> Stream:
    """The encoded file, as pipeline.stream gives it, with the first block already made."""
    batches = primed_batches(schema, rows, seed, on_batch)
    try:
        chunks = export.iter_encoded(batches, engine.arrow_schema(schema), fmt, safe_csv=safe_csv)
    except BaseException:
        batches.close()
        raise
    return Stream(chunks, batches)
