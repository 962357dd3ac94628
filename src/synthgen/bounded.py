"""Bounded caches: the one limit on what is kept per Faker locale, so idle memory stays flat whatever was asked.

Everything cached per locale (catalogs, the engine's locale data, compiled tables, the Faker instances that
check a schema's arguments) is kept for at most LOCALES_KEPT keys, least recently used first out. A Faker
instance with its providers is a few MB; touching all of Faker's 110 locales once used to keep them all.
"""

from __future__ import annotations

import functools
import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

LOCALES_KEPT = 8  # locales (or compiled schemas) a cache keeps; a request rarely needs more than one or two

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")
F = TypeVar("F", bound=Callable[..., object])


def per_locale(fn: F) -> F:
    """functools.lru_cache holding at most LOCALES_KEPT results (for functions of a locale)."""
    return functools.lru_cache(maxsize=LOCALES_KEPT)(fn)  # type: ignore[return-value]


class Lru(Generic[K, V]):
    """A thread-safe mapping that keeps the `size` most recently used keys; `get(key, make)` makes a missing
    value outside the lock (two threads may both make one; the first stored wins)."""

    def __init__(self, size: int = LOCALES_KEPT) -> None:
        self.size = size
        self._items: OrderedDict[K, V] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: K, make: Callable[[], V]) -> V:
        with self._lock:
            if key in self._items:
                self._items.move_to_end(key)
                return self._items[key]
        value = make()
        with self._lock:
            value = self._items.setdefault(key, value)
            self._items.move_to_end(key)
            while len(self._items) > self.size:
                self._items.popitem(last=False)
        return value

    def __len__(self) -> int:
        return len(self._items)

    def __contains__(self, key: object) -> bool:
        """Whether `key` is kept now (without making it the most recently used)."""
        with self._lock:
            return key in self._items

    def keys(self) -> list[K]:
        with self._lock:
            return list(self._items)

    def clear(self) -> None:
        with self._lock:
            self._items.clear()
