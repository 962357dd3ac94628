"""Load test on loopback: many concurrent clients against a real server, mixing small and large requests.

    uv run python bench/load_test.py [--clients 50] [--seconds 60] [--large-rows 100000] [--max-requests 5000]

Starts the app exactly as the Procfile does (uvicorn main:app, one worker) on 127.0.0.1, runs the clients for
a bounded time and count, samples the server's RSS every half second, then stops it. Prints p50/p95 latency,
responses by status (5xx are errors; 429/503 are the server refusing fairly) and RSS over time.
Only 127.0.0.1 is ever contacted.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import signal
import socket
import statistics
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
SMALL = {"description": "customers with name, email, city and signup date", "rows": 100, "format": "csv"}
SCHEMA = {"name": "bench", "columns": [
    {"name": "id", "provider": "random_int", "args": {"min": 1}, "sequence": True},
    {"name": "name", "provider": "name"}, {"name": "email", "provider": "free_email"},
    {"name": "city", "provider": "city"}, {"name": "amount", "provider": "pyfloat",
                                           "args": {"min_value": 1, "max_value": 999, "right_digits": 2}},
    {"name": "created", "provider": "date_time_between", "args": {"start_date": "-1y"}}]}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def rss_mb(pid: int) -> float:
    """Resident memory of the server and its children, from /proc."""
    total = 0
    for p in [pid, *children(pid)]:
        try:
            for line in Path(f"/proc/{p}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
        except OSError:
            pass
    return total / 1024


def children(pid: int) -> list[int]:
    try:
        return [int(c) for c in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []


async def client(http: httpx.AsyncClient, url: str, deadline: float, large_rows: int, budget: list[int],
                 results: list[tuple[int, float, int]]) -> None:
    rng = random.Random()
    while time.monotonic() < deadline and budget[0] > 0:
        budget[0] -= 1
        large = rng.random() < 0.2
        body = {"schema": SCHEMA, "rows": large_rows, "format": "csv"} if large else SMALL
        start = time.monotonic()
        size = 0
        try:
            async with http.stream("POST", url, json=body) as response:
                async for chunk in response.aiter_bytes():
                    size += len(chunk)
                status = response.status_code
                if status in (429, 503):
                    await asyncio.sleep(min(float(response.headers.get("retry-after", 1)), 2.0))
        except httpx.HTTPError:
            status = -1
        results.append((status, time.monotonic() - start, size))


async def run(args: argparse.Namespace, base: str, pid: int) -> None:
    results: list[tuple[int, float, int]] = []
    samples: list[tuple[float, float]] = []
    deadline = time.monotonic() + args.seconds
    budget = [args.max_requests]
    limits = httpx.Limits(max_connections=args.clients)
    async with httpx.AsyncClient(timeout=120, limits=limits) as http:
        async def sample() -> None:
            start = time.monotonic()
            while time.monotonic() < deadline + 5:
                samples.append((time.monotonic() - start, rss_mb(pid)))
                await asyncio.sleep(0.5)

        sampler = asyncio.create_task(sample())
        await asyncio.gather(*(client(http, f"{base}/api/v1/generate", deadline, args.large_rows, budget, results)
                               for _ in range(args.clients)))
        sampler.cancel()
    report(results, samples, args)


def report(results: list[tuple[int, float, int]], samples: list[tuple[float, float]],
           args: argparse.Namespace) -> None:
    by_status = Counter(status for status, _, _ in results)
    ok = sorted(t for status, t, _ in results if status == 200)
    print(f"\n{len(results)} requests from {args.clients} clients in {args.seconds} s "
          f"(20% of {args.large_rows:,} rows, 80% of 100 rows planned from a description)")
    print("by status:", ", ".join(f"{s}: {n}" for s, n in sorted(by_status.items())))
    print(f"5xx: {sum(n for s, n in by_status.items() if s >= 500 and s != 503)}, "
          f"connection errors: {by_status.get(-1, 0)}")
    if ok:
        p95 = ok[min(len(ok) - 1, int(0.95 * len(ok)))]
        print(f"latency of 200s: p50 {statistics.median(ok):.2f} s, p95 {p95:.2f} s, max {ok[-1]:.2f} s")
    mbs = [m for _, m in samples]
    if mbs:
        print(f"server RSS: start {mbs[0]:.0f} MB, peak {max(mbs):.0f} MB, end {mbs[-1]:.0f} MB (target < 450 MB)")
        step = max(1, len(samples) // 12)
        print("RSS over time:", "  ".join(f"{t:.0f}s:{m:.0f}" for t, m in samples[::step]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=int, default=60)
    parser.add_argument("--large-rows", type=int, default=100_000)
    parser.add_argument("--max-requests", type=int, default=5000)
    args = parser.parse_args()
    port = free_port()
    env = {**os.environ, "PORT": str(port), "WEB_CONCURRENCY": "2", "GRADIO_ANALYTICS_ENABLED": "False",
           "DEMO_MODE": "true", "LOG_LEVEL": "WARNING"}
    server = subprocess.Popen([sys.executable, "-m", "uvicorn", "main:app", "--host", "127.0.0.1", "--port",
                               str(port), "--workers", "1"], cwd=ROOT, env=env, stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(120):
            try:
                if httpx.get(f"{base}/health", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.5)
        else:
            raise SystemExit("the server did not start")
        print(f"server pid {server.pid}, idle RSS {rss_mb(server.pid):.0f} MB")
        asyncio.run(run(args, base, server.pid))
    finally:
        server.send_signal(signal.SIGTERM)
        try:
            server.wait(timeout=25)
        except subprocess.TimeoutExpired:
            server.kill()


if __name__ == "__main__":
    main()
