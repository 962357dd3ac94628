"""Closing things that may or may not be closeable (iterators, streams, caches, planners): close and close_quietly."""

from __future__ import annotations

import logging
from typing import Any


def close(thing: Any) -> None:
    """Call `thing.close()` when it has one (a generator, a stream); its errors propagate."""
    closer = getattr(thing, "close", None)
    if callable(closer):
        closer()


def close_quietly(thing: Any, log: logging.Logger | None = None) -> None:
    """close(thing), never raising: for shutting down or abandoning something that may already be broken. A failure
    is logged as a warning (with its traceback) on `log`, when given."""
    try:
        close(thing)
    except Exception:
        if log is not None:
            log.warning("could not close %r", thing, exc_info=True)
