"""SchemaCache over a real diskcache in tmp_path: keys, counting, validation on read, and every broken directory."""

from __future__ import annotations

import logging
import shutil

import diskcache
import pytest
from hypothesis import given
from hypothesis import strategies as st

from synthgen.cache import SchemaCache, normalise
from synthgen.schema import parse_schema

SCHEMA = parse_schema({
    "name": "people", "locale": "en_US",
    "columns": [
        {"name": "id", "provider": "uuid4", "unique": True},
        {"name": "full_name", "provider": "name", "entity": "person"},
        {"name": "plan", "provider": "random_element", "args": {"elements": ["free", "pro"]}, "weights": [4, 1]},
    ],
})


def key(description: str = "People with a plan", **kw) -> str:
    args = {"planner": "openai", "model": "gpt-4o-mini", "locale": None} | kw
    return SchemaCache(".").make_key(description, **args)  # nothing is opened to make a key


def test_key_normalises_the_description_only():
    assert normalise("  People\twith   a\nPLAN ") == "people with a plan"
    assert key("People with a plan") == key("  people   WITH a\n plan  ")
    base = key()
    assert len({base, key(planner="anthropic"), key(model="gpt-4o"), key(locale="de_DE"),
                key("People with plans")}) == 5
    salted = SchemaCache(".", salt="prompt-2").make_key("People with a plan", planner="openai", model="gpt-4o-mini",
                                                        locale=None)
    assert salted != base
    assert salted == SchemaCache(".", salt="prompt-2").make_key("people with a plan", planner="openai",
                                                                model="gpt-4o-mini", locale=None)


@given(st.lists(st.text(alphabet=st.characters(categories=["L", "N", "P"]), min_size=1, max_size=8),
                min_size=1, max_size=6),
       st.lists(st.sampled_from([" ", "  ", "\t", "\n", " \r\n "]), min_size=7, max_size=7))
def test_key_ignores_case_and_spacing(words, gaps):
    plain = " ".join(words)
    spaced = gaps[0] + "".join(w + gaps[(i + 1) % 7] for i, w in enumerate(words))
    assert key(plain) == key(spaced) == key(plain.casefold()) == key(spaced.casefold())


def test_miss_put_hit_and_stats(tmp_path):
    cache = SchemaCache(tmp_path / "c")
    assert cache.get(key()) is None
    assert cache.put(key(), SCHEMA) is True
    assert cache.get(key("PEOPLE  with a plan")) == SCHEMA
    stats = cache.stats()
    assert stats["enabled"] is True
    assert (stats["hits"], stats["misses"], stats["entries"], stats["dropped"]) == (1, 1, 1, 0)
    assert stats["bytes"] > 0
    assert set(stats) == {"enabled", "hits", "misses", "entries", "bytes", "dropped"}


def test_entries_are_plain_json_text_and_survive_a_restart(tmp_path):
    SchemaCache(tmp_path).put(key(), SCHEMA)
    with diskcache.Cache(str(tmp_path)) as raw:
        stored = raw.get(key())
    assert isinstance(stored, str) and parse_schema(stored) == SCHEMA
    assert SchemaCache(tmp_path).get(key()) == SCHEMA


def test_disabled(tmp_path):
    off = SchemaCache(tmp_path / "off", enabled=False)
    assert off.put(key(), SCHEMA) is False
    assert off.get(key()) is None
    assert off.stats() == {"enabled": False, "hits": 0, "misses": 0, "entries": 0, "bytes": 0, "dropped": 0,
                           "reason": "off (CACHE_ENABLED=false)"}
    assert not (tmp_path / "off").exists()


def test_a_corrupt_entry_is_dropped_and_counted(tmp_path, caplog):
    with diskcache.Cache(str(tmp_path)) as raw:
        raw.set(key(), '{"name": "people", "columns": [')
    cache = SchemaCache(tmp_path)
    assert cache.get(key()) is None
    assert cache.stats()["dropped"] == 1 and cache.stats()["entries"] == 0
    assert "dropped an invalid schema cache entry" in caplog.text


@pytest.mark.parametrize("provider", ["seed_instance", "__class__", "__init__", "binary"])
def test_a_tampered_entry_with_a_forbidden_provider_is_never_served(tmp_path, provider):
    cache = SchemaCache(tmp_path)
    cache.put(key(), SCHEMA)
    tampered = SCHEMA.to_json().replace('"provider": "uuid4"', f'"provider": "{provider}"')
    assert provider in tampered
    with diskcache.Cache(str(tmp_path)) as raw:
        raw.set(key(), tampered)
    assert cache.get(key()) is None
    assert cache.get(key()) is None  # deleted, so now a plain miss
    assert cache.stats()["dropped"] == 1
    assert cache.stats()["misses"] == 2


class Boom:
    """Unpickling this would record that code ran."""

    ran = False

    def __reduce__(self):
        return (Boom._run, ())

    @staticmethod
    def _run():
        Boom.ran = True
        return "pwned"


def test_a_pickled_entry_is_never_unpickled(tmp_path):
    with diskcache.Cache(str(tmp_path)) as raw:
        raw.set(key(), Boom())  # diskcache's default disk pickles it
        raw.set(key("bytes"), b"\x80\x04not text")
    Boom.ran = False
    cache = SchemaCache(tmp_path)
    assert cache.get(key()) is None
    assert cache.get(key("bytes")) is None
    assert Boom.ran is False
    assert cache.stats()["dropped"] == 2


def test_a_directory_under_a_regular_file_works_uncached(tmp_path, caplog):
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    cache = SchemaCache(blocker / "cache")
    assert cache.put(key(), SCHEMA) is False
    assert cache.get(key()) is None
    assert cache.stats()["enabled"] is False
    assert caplog.text.count("planning continues uncached") == 1  # one warning, not one per call


def test_a_corrupt_sqlite_file_works_uncached(tmp_path, caplog):
    (tmp_path / "cache.db").write_bytes(b"this is not a database" * 100)
    cache = SchemaCache(tmp_path)
    assert cache.get(key()) is None
    assert cache.put(key(), SCHEMA) is False
    assert cache.stats()["enabled"] is False
    assert cache.stats()["reason"] == "unusable: DatabaseError: file is not a database"
    assert caplog.text.count("unusable") == 1


def in_new_thread(fn):
    """fn() on a fresh thread, as each web request may be (diskcache opens one SQLite connection per thread)."""
    import threading

    out = []
    thread = threading.Thread(target=lambda: out.append(fn()))
    thread.start()
    thread.join()
    return out[0]


def test_a_database_corrupted_while_in_use_warns_once_and_turns_the_cache_off(tmp_path, caplog):
    cache = SchemaCache(tmp_path)
    assert cache.put(key(), SCHEMA) is True and cache.get(key()) == SCHEMA
    (tmp_path / "cache.db").write_bytes(b"\0garbage" * 4096)  # overwritten under the running app
    caplog.clear()
    for i in range(3):  # three requests, each on its own thread with its own connection
        assert in_new_thread(lambda i=i: cache.get(key(f"request {i}"))) is None
        assert in_new_thread(lambda i=i: cache.put(key(f"request {i}"), SCHEMA)) is False
    stats = cache.stats()
    assert stats["enabled"] is False and stats["reason"].startswith("broken: DatabaseError")
    assert (stats["entries"], stats["bytes"]) == (0, 0)
    assert cache.active is False
    warnings = [r.getMessage() for r in caplog.records if r.levelname == "WARNING"]
    assert len(warnings) == 1 and "is broken" in warnings[0] and "off for this process" in warnings[0]


def test_a_busy_database_is_a_miss_not_a_breakage(tmp_path, caplog):
    import sqlite3

    cache = SchemaCache(tmp_path)
    assert cache.put(key(), SCHEMA) is True
    other = sqlite3.connect(tmp_path / "cache.db", isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")  # another process holds the write lock past the cache's 1 s timeout
    try:
        assert in_new_thread(lambda: cache.put(key("another"), SCHEMA)) is False
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert "write failed" in caplog.text and "is broken" not in caplog.text
    assert cache.stats()["enabled"] is True and "reason" not in cache.stats()
    assert cache.put(key("another"), SCHEMA) is True and cache.get(key("another")) == SCHEMA


def test_a_directory_deleted_between_calls_is_recreated(tmp_path, caplog):
    directory = tmp_path / "data" / "cache"
    cache = SchemaCache(directory)
    cache.put(key(), SCHEMA)
    assert cache.get(key()) == SCHEMA
    shutil.rmtree(tmp_path / "data")  # e.g. a Heroku dyno restart
    assert cache.get(key()) is None  # a miss, not a crash
    assert directory.is_dir()
    shutil.rmtree(directory)
    directory.mkdir()  # emptied by someone else: the stale database is not used either
    assert cache.get(key()) is None
    assert cache.put(key(), SCHEMA) is True
    assert cache.get(key()) == SCHEMA
    assert "recreating" in caplog.text


def test_size_limit_evicts_least_recently_used(tmp_path):
    big = parse_schema({"name": "big", "columns": [
        {"name": "code", "provider": "random_element",
         "args": {"elements": [f"item-{i:06d}-padding" for i in range(2000)]}},
    ]})  # about 50 kB of JSON text
    cache = SchemaCache(tmp_path, size_limit=2**20)
    cache.put(key("kept"), big)
    for i in range(30):  # about 2 MB in all
        cache.put(key(f"filler {i}"), big)
        assert cache.get(key("kept")) is not None  # used all the time: never the least recently used
    stats = cache.stats()
    assert stats["entries"] < 30
    assert stats["bytes"] < 2 * 2**20
    assert cache.get(key("filler 0")) is None  # the oldest unused entries went first


def test_warnings_carry_no_secrets(tmp_path, caplog, monkeypatch):
    caplog.set_level(logging.DEBUG)
    monkeypatch.setenv("OPENAI_API_KEY", "sk-should-not-appear-123456")
    blocker = tmp_path / "file"
    blocker.write_text("x")
    SchemaCache(blocker / "c").get(key())
    assert "sk-should-not-appear" not in caplog.text
