"""Memory bounds of the running app that can be checked by structure (RSS figures live in bench/memory_bench.py)."""

from __future__ import annotations

import gc
import os

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
    from synthgen.web.gate import TRIM_AFTER_SMALL, Gate

    assert client.app.state.services.gate.on_idle is memory.release  # the app's gate trims the heap
    calls = []
    gate = Gate(2, on_idle=lambda: calls.append(gate.active), idle_delay=3600)  # the timer: the test below
    big, small = gate.enter(rows=1_000_000), gate.enter(rows=10)
    big.release()
    assert calls == []  # a job still runs: its memory is in use
    small.release()
    assert calls == [0]
    gate.enter(rows=10).release()
    assert calls == [0]  # small files alone free little: no trim after each
    for _ in range(TRIM_AFTER_SMALL - 2):
        gate.enter(rows=10).release()
    assert calls == [0]
    gate.enter(rows=10).release()  # but many of them (all 110 locales, say) are worth a trim
    assert calls == [0, 0]
    gate.enter(rows=10).release()
    assert calls == [0, 0]  # counted again from there
    memory.release()  # harmless on any platform (no glibc: nothing to do)


def test_a_few_small_jobs_are_trimmed_after_once_the_server_is_idle():
    """The tail of a run of small requests (fewer than TRIM_AFTER_SMALL since the last trim) is trimmed once no
    job has run for idle_delay seconds; a job running then puts it off to its own release."""
    import threading

    from synthgen.web.gate import Gate

    calls, ran = [], threading.Event()
    gate = Gate(2, on_idle=lambda: (calls.append(gate.active), ran.set()), idle_delay=0.05)
    for _ in range(3):
        gate.enter(rows=10).release()
    assert ran.wait(30) and calls == [0]  # once, for the three
    ran.clear()
    held = gate.enter(rows=10)
    gate.enter(rows=10).release()  # a job still runs: no timer yet
    held.release()  # now idle: the timer starts
    assert ran.wait(30) and calls == [0, 0]


def test_a_failing_idle_hook_does_not_fail_the_request():
    from synthgen.web.gate import Gate

    def broken() -> None:
        raise OSError("no malloc_trim here")

    gate = Gate(1, on_idle=broken)
    gate.enter().release()
    gate.enter().release()  # the slot was given back despite the hook failing


def test_the_procfile_keeps_arrows_own_buffers_off_mimalloc():
    """memory.tune() sets pyarrow's default pool to the system allocator, but Arrow's C++ code (the Parquet
    writer, compute kernels) reads ARROW_DEFAULT_MEMORY_POOL once and used mimalloc, which kept ~40 MB of a
    session's buffers resident after it (in-process bench: idle after a download of each format 305 MB with it,
    263 MB without). The Procfile's own environment prefix must send them to the system allocator too."""
    import shlex
    import subprocess
    import sys

    from .test_procfile import web_line

    assignments = []
    for word in shlex.split(web_line(), posix=False):
        if "=" not in word or word.startswith("-"):
            break
        assignments.append(word)
    assert any(a.startswith("ARROW_DEFAULT_MEMORY_POOL=") for a in assignments)
    code = ("import io, pyarrow as pa, pyarrow.parquet as pq; from synthgen.web import memory; memory.tune(); "
            "t = pa.table({'s': pa.array(['x' * 5000] * 2000)}); pq.write_table(t, io.BytesIO()); "
            "print(pa.mimalloc_memory_pool().max_memory())")
    env = {k: v for k, v in os.environ.items() if k not in ("ARROW_DEFAULT_MEMORY_POOL", "MALLOC_ARENA_MAX")}
    done = subprocess.run(["bash", "-c", " ".join(assignments) + f" {shlex.quote(sys.executable)} -c "
                           + shlex.quote(code)], env=env, capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert int(done.stdout.strip()) == 0  # not one byte went through mimalloc
