"""A Job's output as closeable iterators whose first block is made when they are made: a failure there comes before
the first byte (a JSON error for the API, not a truncated 200), and close() stops the engine's threads at once."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator
from types import TracebackType
from typing import Self

import pyarrow as pa

from .closing import close as _close


class Batches:
    """Record batches, the first one already made; `on_batch` sees each on its way out. A context manager."""

    def __init__(self, batches: Iterator[pa.RecordBatch], on_batch: Callable[[pa.RecordBatch], object] | None) -> None:
        self._rest = batches
        first = next(batches, None)  # made now
        self._chain = self._chained(first, on_batch)

    def _chained(self, first: pa.RecordBatch | None,
                 on_batch: Callable[[pa.RecordBatch], object] | None) -> Iterator[pa.RecordBatch]:
        try:
            for batch in itertools.chain([] if first is None else [first], self._rest):
                if on_batch is not None:
                    on_batch(batch)
                yield batch
        finally:
            _close(self._rest)

    def __iter__(self) -> Batches:
        return self

    def __next__(self) -> pa.RecordBatch:
        return next(self._chain)

    def close(self) -> None:
        """Stop: the engine's worker threads end (also when no batch was taken yet)."""
        _close(self._chain)
        _close(self._rest)

    def __enter__(self) -> Self:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self.close()


def primed(batches: Iterator[pa.RecordBatch], on_batch: Callable[[pa.RecordBatch], object] | None = None) -> Batches:
    """`batches` with its first block made now."""
    return Batches(batches, on_batch)


class Stream:
    """The encoded file as an iterator of byte chunks whose close() stops the encoder and the engine at once."""

    def __init__(self, chunks: Iterator[bytes], batches: Batches) -> None:
        self._chunks = chunks
        self._batches = batches

    def __iter__(self) -> Stream:
        return self

    def __next__(self) -> bytes:
        return next(self._chunks)

    def close(self) -> None:
        _close(self._chunks)
        self._batches.close()
