"""Memory bounds of the running app that can be checked by structure (RSS figures live in bench/memory_bench.py)."""

from __future__ import annotations

import gc

from faker import Faker

from synthgen.bounded import LOCALES_KEPT
from synthgen.catalog import Catalog
from synthgen.engine.locale_data import LocaleData

# More locales than any cache may keep, with different scripts and provider sets.
LOCALES = ["en_US", "de_DE", "fr_FR", "ja_JP", "ru_RU", "es_ES", "it_IT", "pt_BR", "zh_CN", "ko_KR", "el_GR",
           "pl_PL", "nl_NL", "sv_SE"]
SCHEMA = {"name": "people", "columns": [
    {"name": "name", "provider": "name"}, {"name": "city", "provider": "city"},
    {"name": "postcode", "provider": "postcode"}, {"name": "email", "provider": "email"},
    {"name": "note", "provider": "sentence"}]}


def _live(kind: type) -> list:
    gc.collect()
    return [o for o in gc.get_objects() if type(o) is kind]


def test_touching_many_locales_keeps_at_most_a_few_locales_alive(client, _session_faker):
    assert len(LOCALES) > LOCALES_KEPT
    for locale in LOCALES:
        assert client.get("/api/v1/providers", params={"locale": locale}).status_code == 200
        answer = client.post("/api/v1/generate", json={"schema": SCHEMA, "rows": 20, "format": "csv",
                                                       "locale": locale, "seed": 1})
        assert answer.status_code == 200, answer.text
        assert answer.text.count("\n") == 21  # header and 20 rows: the locale was really used
    # Faker instances, the engine's locale data and catalogs of at most LOCALES_KEPT locales stay reachable;
    # the newest locale is among them (an LRU, not a cache that stopped filling).
    faker_locales = {tuple(f.locales) for f in _live(Faker) if f is not _session_faker}  # not Faker's pytest plugin's
    assert len(faker_locales) <= LOCALES_KEPT, sorted(faker_locales)
    data = _live(LocaleData)
    assert len(data) <= LOCALES_KEPT and LOCALES[-1] in {d.locale for d in data}
    catalogs = _live(Catalog)
    assert len(catalogs) <= LOCALES_KEPT and LOCALES[-1] in {c.locale for c in catalogs}


def test_a_locale_used_again_after_eviction_gives_the_same_rows(client):
    body = {"schema": SCHEMA, "rows": 30, "format": "jsonl", "locale": "de_DE", "seed": 7}
    first = client.post("/api/v1/generate", json=body).content
    for locale in LOCALES:  # push de_DE out of every cache
        client.get("/api/v1/providers", params={"locale": locale})
    assert client.post("/api/v1/generate", json=body).content == first


def test_memory_goes_back_to_the_system_when_the_last_job_ends(client):
    from synthgen.web import memory
    from synthgen.web.gate import Gate

    assert client.app.state.services.gate.on_idle is memory.release  # the app's gate trims the heap
    calls = []
    gate = Gate(2, on_idle=lambda: calls.append(gate.active))
    big, small = gate.enter(rows=1_000_000), gate.enter(rows=10)
    big.release()
    assert calls == []  # a job still runs: its memory is in use
    small.release()
    assert calls == [0]
    gate.enter(rows=10).release()
    assert calls == [0]  # small files alone free little: no trim after each
    memory.release()  # harmless on any platform (no glibc: nothing to do)


def test_a_failing_idle_hook_does_not_fail_the_request():
    from synthgen.web.gate import Gate

    def broken() -> None:
        raise OSError("no malloc_trim here")

    gate = Gate(1, on_idle=broken)
    gate.enter().release()
    gate.enter().release()  # the slot was given back despite the hook failing
