"""An ordered map over an iterable, run in worker threads (numpy and Arrow release the GIL as they work)."""

from __future__ import annotations

import itertools
import os
from collections import deque
from collections.abc import Callable, Generator, Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TypeVar

In = TypeVar("In")
Out = TypeVar("Out")

_END = object()


def default_workers() -> int:
    """Threads worth running: one per core, at most two (the dyno and the bench machine have two)."""
    return min(2, os.cpu_count() or 1)


def ordered_map(fn: Callable[[In], Out], items: Iterable[In], workers: int, name: str = "synthgen"
                ) -> Generator[Out, None, None]:
    """fn(item) for each item, in item order, computed up to `workers` items ahead. One worker or fewer, or a
    single item (a small file's one block): in this thread, as starting threads would cost more than the work.
    Closing the iterator cancels what has not started and waits for what has (one item each)."""
    if workers <= 1:
        yield from map(fn, items)
        return
    rest = iter(items)
    first, second = next(rest, _END), next(rest, _END)
    if second is _END:
        if first is not _END:
            yield fn(first)  # type: ignore[arg-type]
        return
    pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix=name)
    pending: deque[Future[Out]] = deque()
    try:
        for item in itertools.chain((first, second), rest):
            pending.append(pool.submit(fn, item))  # type: ignore[arg-type]
            while len(pending) > workers or pending and pending[0].done():  # hand results on as soon as ready
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
