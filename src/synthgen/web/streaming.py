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
    """pipeline.batches with its first block already made; `on_batch` sees every block on its way out."""
    batches = pipeline.batches(schema, rows, seed)
    first = next(batches, None)
    blocks = itertools.chain([] if first is None else [first], batches)
    if on_batch is None:
        return blocks
    return _watched(blocks, on_batch)


def _watched(blocks: Iterator[pa.RecordBatch], on_batch: Callable[[pa.RecordBatch], None]) -> Iterator[pa.RecordBatch]:
    for batch in blocks:
        on_batch(batch)
        yield batch


def primed_stream(schema: DatasetSchema, rows: int, fmt: str, seed: int, *, safe_csv: bool = True) -> Iterator[bytes]:
    """The encoded file, as pipeline.stream gives it, with the first block already made."""
    return export.iter_encoded(primed_batches(schema, rows, seed), engine.arrow_schema(schema), fmt,
                               safe_csv=safe_csv)
