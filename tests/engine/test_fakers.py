"""The engine's Faker instances: lent to one block at a time from idle ones per locale, bounded, output unchanged."""

import threading

import pytest
from faker import Faker

from synthgen import engine, export
from synthgen.bounded import LOCALES_KEPT
from synthgen.engine import fakers
from synthgen.engine.fakers import IDLE_PER_LOCALE, FakerPool, Lease
from synthgen.schema import parse_schema

# Providers without a bulk generator: every block of these calls a Faker instance.
FAKER_COLUMNS = [{"name": "agent", "provider": "user_agent"}, {"name": "swift", "provider": "swift"},
                 {"name": "mime", "provider": "mime_type"}, {"name": "code", "provider": "pystr_format",
                                                               "args": {"string_format": "??-{{random_digit}}"}},
                 {"name": "port", "provider": "port_number"}, {"name": "tag", "provider": "pricetag"}]


class SpyPool(FakerPool):
    """A pool that records each instance it makes and lends, and fails a test if it lends one already lent."""

    def __init__(self, per_locale: int = IDLE_PER_LOCALE) -> None:
        super().__init__(per_locale)
        self.made: list[Faker] = []
        self.lent: list[Faker] = []
        self.out: set[int] = set()
        self.shared = 0
        self._spy_lock = threading.Lock()

    def take(self, locale: str) -> Faker:
        with self._spy_lock:
            idle = self.idle(locale)
        faker = super().take(locale)
        with self._spy_lock:
            if not idle:
                self.made.append(faker)
            self.shared += id(faker) in self.out
            self.out.add(id(faker))
            self.lent.append(faker)
        return faker

    def give(self, locale: str, faker: Faker) -> None:
        with self._spy_lock:
            self.out.discard(id(faker))
        super().give(locale, faker)


@pytest.fixture
def pool(monkeypatch):
    spy = SpyPool()
    monkeypatch.setattr(fakers, "POOL", spy)
    engine._COMPILED.clear()  # so each schema's size probe (one block of its own) runs in the test
    return spy


def csv(columns, rows, seed, locale="en_US", **kw):
    schema = parse_schema({"name": "t", "locale": locale, "columns": columns})
    return b"".join(export.iter_encoded(engine.iter_batches(schema, rows, seed, **kw), engine.arrow_schema(schema),
                                        "csv"))


def test_consecutive_streams_of_a_locale_reuse_one_instance(pool):
    csv(FAKER_COLUMNS, 100, 1)
    csv(FAKER_COLUMNS[:2], 100, 2)
    csv(FAKER_COLUMNS, 300, 3, block_rows=64, workers=1)  # five blocks, one after the other
    assert len(pool.lent) == (1 + 1) + (1 + 1) + 5  # a size probe and a block per schema, then five blocks
    assert len(pool.made) == 1
    assert all(faker is pool.made[0] for faker in pool.lent)
    assert pool.idle("en_US") == 1 and not pool.out  # every block gave its instance back


def test_concurrent_streams_never_share_an_instance(pool):
    results: dict[int, bytes] = {}

    def run(i: int) -> None:
        results[i] = csv(FAKER_COLUMNS, 2000, i % 2, block_rows=128, workers=2)

    threads = [threading.Thread(target=run, args=(i,)) for i in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert pool.shared == 0  # no instance was lent while another block held it
    assert not pool.out and len(pool.lent) >= 6 * 16
    assert 1 <= pool.idle("en_US") <= IDLE_PER_LOCALE
    # six streams of two seeds: the same bytes as one stream alone on a fresh instance per block
    fresh = FakerPool(per_locale=0)
    fakers.POOL = fresh
    for seed in (0, 1):
        alone = csv(FAKER_COLUMNS, 2000, seed, block_rows=128, workers=1)
        assert all(results[i] == alone for i in range(seed, 6, 2))


def test_a_reused_instance_makes_the_same_bytes_as_a_fresh_one(pool):
    # A pool that never keeps an instance: every block makes its own, as the engine did before the pool.
    fakers.POOL = FakerPool(per_locale=0)
    fresh = {(locale, seed): csv(FAKER_COLUMNS[:4], 500, seed, locale, block_rows=64)
             for locale in ("en_US", "de_DE") for seed in (5, 6)}
    fakers.POOL = pool
    csv([{"name": "other", "provider": "user_agent"}], 300, 99, "de_DE")  # used by another schema first
    for (locale, seed), expected in reversed(fresh.items()):
        assert csv(FAKER_COLUMNS[:4], 500, seed, locale, block_rows=64) == expected
    assert len(pool.made) <= 2 * 2  # de_DE and en_US, at most two blocks at once each


def test_the_pool_is_bounded_per_locale_and_in_locales():
    pool = FakerPool()
    held = [pool.take("en_US") for _ in range(IDLE_PER_LOCALE + 3)]
    assert len({id(f) for f in held}) == len(held)  # held instances are all different
    for faker in held:
        pool.give("en_US", faker)
    pool.give("en_US", held[0])  # given twice: kept once
    assert pool.idle("en_US") == IDLE_PER_LOCALE
    others = ["de_DE", "fr_FR", "ja_JP", "es_ES", "it_IT", "nl_NL", "pt_BR", "pl_PL", "sv_SE"]
    for locale in others:
        pool.give(locale, Faker(locale))
    assert pool.locales() == others[-LOCALES_KEPT:]  # the least recently used locales left, with their instances
    assert pool.idle("en_US") == 0 and pool.idle("sv_SE") == 1


def test_a_lease_takes_once_and_gives_back_on_close():
    pool = FakerPool()
    lease = Lease("en_US", pool)
    assert lease() is lease()
    other = Lease("en_US", pool)
    assert other() is not lease()  # two holders at once: two instances
    held = lease()
    lease.close()
    lease.close()  # closing twice gives back once
    assert pool.idle("en_US") == 1
    assert Lease("en_US", pool)() is held


def test_a_failing_block_gives_its_instance_back(pool):
    # A block that fails after taking an instance still gives it back.
    table = engine.Table(parse_schema({"name": "t", "columns": FAKER_COLUMNS[:1]}))
    original = table._columns

    def failing(block):
        block.fakers()
        raise RuntimeError("boom")

    table._columns = failing
    with pytest.raises(RuntimeError):
        next(table.batches(10, 1))
    table._columns = original
    assert not pool.out and pool.idle("en_US") == 1
