"""Faker instances lent to one block at a time: idle ones are kept per locale, so a block need not make one.

Making a Faker instance costs 1 ms (a locale already loaded) to 10 ms or more; a block of a provider without a
bulk generator needs one. A block takes an idle instance of its locale (or makes one) the first time it needs
one, and gives it back when it is made, so one instance is never used by two threads at once. Output does not
depend on which instance a block gets: every use reseeds it (Block.seeded_faker: seed_instance per block and
key), and a Faker instance keeps no other state that changes what it draws (our code never touches its `unique`
or `optional` proxies, nor its generator's arguments; the caches some providers keep are deterministic).
Bounded twice: at most IDLE_PER_LOCALE idle instances a locale, for at most LOCALES_KEPT locales (bounded.Lru).
"""

from __future__ import annotations

import threading

from faker import Faker

from ..bounded import LOCALES_KEPT, Lru

IDLE_PER_LOCALE = 4  # idle instances kept a locale: blocks made at once are few (engine.table._making)


class FakerPool:
    """Idle Faker instances per locale; take() one (made when none is idle), give() it back when done."""

    def __init__(self, per_locale: int = IDLE_PER_LOCALE, locales: int = LOCALES_KEPT) -> None:
        self.per_locale = per_locale
        self._idle: Lru[str, list[Faker]] = Lru(locales)
        self._lock = threading.Lock()

    def touch(self, locale: str) -> None:
        """`locale` is in use now (a block of it starts): its idle instances are the last to go. Touched whether or
        not the block needs an instance, so the pool keeps the same recent locales as the other per-locale caches
        (at most LOCALES_KEPT locales' instances alive in all, not that many more here)."""
        with self._lock:
            self._idle.get(locale, list)

    def take(self, locale: str) -> Faker:
        """An instance of `locale` no one else holds: an idle one, or a new one."""
        with self._lock:
            idle = self._idle.get(locale, list)
            if idle:
                return idle.pop()
        return Faker(locale)

    def give(self, locale: str, faker: Faker) -> None:
        """Hand an instance back (its holder must not use it again); kept while there is room."""
        with self._lock:
            idle = self._idle.get(locale, list)
            if len(idle) < self.per_locale and all(f is not faker for f in idle):
                idle.append(faker)

    def idle(self, locale: str) -> int:
        """Idle instances of `locale` kept now."""
        with self._lock:
            return len(self._idle.get(locale, list)) if locale in self._idle else 0

    def locales(self) -> list[str]:
        """The locales with a list of idle instances, least recently used first."""
        return self._idle.keys()

    def clear(self) -> None:
        with self._lock:
            self._idle.clear()


POOL = FakerPool()  # the process's pool (an empty bounded mapping: nothing is made at import time)


class Lease:
    """A block's Faker source (Block.fakers): takes an instance from the pool on first call, the same one after,
    and gives it back on close(). One lease belongs to one block, made by one thread."""

    def __init__(self, locale: str, pool: FakerPool | None = None) -> None:
        self.locale = locale
        self.pool = POOL if pool is None else pool
        self._faker: Faker | None = None
        self.pool.touch(locale)

    def __call__(self) -> Faker:
        if self._faker is None:
            self._faker = self.pool.take(self.locale)
        return self._faker

    def close(self) -> None:
        faker, self._faker = self._faker, None
        if faker is not None:
            self.pool.give(self.locale, faker)
