"""Faker providers that draw from Python's global `random`: pinned to a seed of their own while they run."""

from __future__ import annotations

import random
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

_GLOBAL_RANDOM = threading.Lock()


def uses_global_random(method: Any) -> bool:
    """True for a provider whose module draws from Python's global `random` (es_MX curp, es_ES nif, sv_SE ssn,
    every locale's passport_gender, ...) rather than only from its Faker instance's own, seeded, generator."""
    module = sys.modules.get(getattr(method, "__module__", None) or "")
    return module is not None and getattr(module, "random", None) is random


@contextmanager
def pinned_global_random(method: Any) -> Iterator[None]:
    """For such a provider, seed the global `random` from the instance's own seeded stream while it makes a
    block's values (one column at a time, process-wide), then put the global state back: the same seed then
    gives the same values, as it does for every other provider."""
    generator = getattr(getattr(method, "__self__", None), "generator", None)
    if generator is None or not uses_global_random(method):
        yield
        return
    seed = generator.random.getrandbits(64)
    with _GLOBAL_RANDOM:
        state = random.getstate()
        random.seed(seed)
        try:
            yield
        finally:
            random.setstate(state)
