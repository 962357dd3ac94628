"""Where a small request's time goes: CPU per request in process, a per-thread profile, and small beside large.

    uv run python bench/small_request.py [--requests 200] [--profile 50] [--top 15]

1. The load bench's small body (100 rows planned from a description, CSV) POSTed through the real app under
   TestClient: process CPU and wall time per request (client and server both run in this process), and GET
   /health's as the floor of any request.
2. cProfile sees one thread only, so each server-side step is profiled on the thread that runs it: planning
   (Services.plan), validation and the first block (web.api._file_response), the block's columns
   (engine Table._arrays), encoding (primed.Stream.__next__). Prints CPU and wall per request of each, and
   the top functions by own time.
3. A 100-row stream made while two 200,000-row streams of long texts are being made (their 2,048-row blocks
   hold the engine's making slots): p50 and p90 latency.
Figures depend on the machine's load: say how loaded it was (uptime) when you quote them.
"""

from __future__ import annotations

import argparse
import cProfile
import functools
import os
import pstats
import statistics
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")

SMALL = {"description": "customers with name, email, city and signup date", "rows": 100, "format": "csv"}


class ThreadProfiles:
    """Wraps functions so that each call is profiled on its own thread while `on` is set."""

    def __init__(self) -> None:
        self.on = False
        self.stats: dict[str, pstats.Stats] = {}
        self.times: dict[str, list[tuple[float, float]]] = {}
        self._lock = threading.Lock()

    def wrap(self, name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(fn)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            if not self.on:
                return fn(*args, **kwargs)
            profile, cpu, wall = cProfile.Profile(), time.thread_time(), time.perf_counter()
            profile.enable()
            try:
                return fn(*args, **kwargs)
            finally:
                profile.disable()
                with self._lock:
                    self.times.setdefault(name, []).append((time.thread_time() - cpu, time.perf_counter() - wall))
                    if name in self.stats:
                        self.stats[name].add(profile)
                    else:
                        self.stats[name] = pstats.Stats(profile)
        return wrapper


def in_process(requests: int, profiled: int, top: int) -> None:
    from fastapi.testclient import TestClient

    from synthgen import primed
    from synthgen.config import Settings
    from synthgen.engine import table
    from synthgen.web import services
    from synthgen.web.app import create_app
    from synthgen.web.routes import generate as api

    profiles = ThreadProfiles()
    services.Services.plan = profiles.wrap("plan", services.Services.plan)  # type: ignore[method-assign]
    api._file_response = profiles.wrap("file_response", api._file_response)
    table.Table._arrays = profiles.wrap("block columns", table.Table._arrays)  # type: ignore[method-assign]
    primed.Stream.__next__ = profiles.wrap("encode", primed.Stream.__next__)  # type: ignore[method-assign]
    folder = Path(tempfile.mkdtemp(prefix="synthgen-small-"))
    settings = Settings(_env_file=None, demo_mode=True, openai_api_key=None,  # type: ignore[call-arg]
                        anthropic_api_key=None, cache_dir=folder / "cache", log_level="WARNING", rate_limit=0,
                        api_keys=None, cors_origins="")
    with TestClient(create_app(settings)) as client:
        for _ in range(20):
            client.post("/api/v1/generate", json=SMALL).raise_for_status()
        cpu, wall = time.process_time(), time.perf_counter()
        for _ in range(requests):
            client.post("/api/v1/generate", json=SMALL)
        print(f"POST small: process CPU {(time.process_time() - cpu) / requests * 1000:.1f} ms a request, "
              f"wall {(time.perf_counter() - wall) / requests * 1000:.1f} ms ({requests} requests, client included)")
        cpu = time.process_time()
        for _ in range(requests):
            client.get("/health")
        print(f"GET /health: process CPU {(time.process_time() - cpu) / requests * 1000:.1f} ms a request")
        profiles.on = True
        for _ in range(profiled):
            client.post("/api/v1/generate", json=SMALL)
        profiles.on = False
    print(f"\nper step, {profiled} profiled requests (the profiler slows each step down; compare them, not totals;"
          " file_response includes the first block's columns, whose own profile replaces its while they run):")
    for name, times in profiles.times.items():
        cpu_ms, wall_ms = (sum(t[i] for t in times) / profiled * 1000 for i in (0, 1))
        print(f"  {name}: {len(times) / profiled:.0f} call(s) a request, "
              f"thread CPU {cpu_ms:.1f} ms, wall {wall_ms:.1f} ms")
    for name, stats in profiles.stats.items():
        print(f"\n== {name}: top {top} functions by own time")
        stats.sort_stats("tottime").print_stats(top)


def beside_large(samples: int = 40) -> None:
    from synthgen import engine
    from synthgen.schema import parse_schema

    wide = parse_schema({"name": "wide", "columns": [{"name": f"t{i}", "provider": "text",
                                                      "args": {"max_nb_chars": 2000}} for i in range(4)]})
    small = parse_schema({"name": "small", "columns": [{"name": "n", "provider": "name"},
                                                       {"name": "e", "provider": "email"},
                                                       {"name": "c", "provider": "city"}]})
    list(engine.iter_batches(small, 100, 1))
    list(engine.iter_batches(wide, 10, 1))
    stop = threading.Event()

    def large() -> None:
        while not stop.is_set():
            for _ in engine.iter_batches(wide, 200_000, 1):
                if stop.is_set():
                    break

    threads = [threading.Thread(target=large) for _ in range(2)]
    for thread in threads:
        thread.start()
    time.sleep(1)
    latencies = []
    for i in range(samples):
        start = time.perf_counter()
        list(engine.iter_batches(small, 100, i))
        latencies.append(time.perf_counter() - start)
        time.sleep(0.05)
    stop.set()
    for thread in threads:
        thread.join()
    latencies.sort()
    print(f"\n100-row stream beside two 200,000-row streams of four 2,000-character texts "
          f"({engine.compile_schema(wide).block_rows(200_000):,}-row blocks): p50 "
          f"{statistics.median(latencies) * 1000:.0f} ms, p90 {latencies[int(0.9 * samples)] * 1000:.0f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--profile", type=int, default=50)
    parser.add_argument("--top", type=int, default=15)
    args = parser.parse_args()
    print(f"load average: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    in_process(args.requests, args.profile, args.top)
    beside_large()


if __name__ == "__main__":
    main()
