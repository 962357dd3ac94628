"""Load test on loopback: many concurrent clients against the server the Procfile starts, small and large requests.

    uv run python bench/load_test.py [--clients 50] [--seconds 60] [--large-rows 100000] [--large-share 0.2]
                                     [--max-requests 20000] [--rate-limit 30]

Starts the app with the Procfile's web command exactly (through bash, $PORT set, so MALLOC_ARENA_MAX and every
uvicorn flag apply) in demo mode, waits for /health, runs the clients for a bounded time and count, samples the
server's RSS every half second, reads /metrics, then sends SIGTERM. Each client gets its own address in
X-Forwarded-For, as Heroku's router would append it, so the per-client rate limit sees 50 clients (--rate-limit 0
turns the limit off to measure raw capacity). Prints p50/p95 latency by kind, responses by status (5xx are errors;
429/503 are the server refusing fairly, with Retry-After, which the clients honour up to 2 s) and RSS over time.
Only 127.0.0.1 is ever contacted.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
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


def procfile_command() -> str:
    """The Procfile's web command, verbatim."""
    lines = [line for line in (ROOT / "Procfile").read_text().splitlines() if line.startswith("web:")]
    if len(lines) != 1:
        raise SystemExit("the Procfile needs exactly one web: line")
    return lines[0].removeprefix("web:").strip()


def children(pid: int) -> list[int]:
    try:
        return [int(c) for c in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []


def rss_mb(pid: int) -> float:
    """Resident memory of the server process tree (bash, if it did not exec, and uvicorn), from /proc."""
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        todo += children(p)
        try:
            for line in Path(f"/proc/{p}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
        except OSError:
            pass
    return total / 1024


async def client(index: int, http: httpx.AsyncClient, url: str, deadline: float, args: argparse.Namespace,
                 budget: list[int], results: list[tuple[str, int, float, int]]) -> None:
    rng = random.Random(index)
    headers = {"X-Forwarded-For": f"10.{index // 250}.{index % 250}.1"}  # what the router would append
    while time.monotonic() < deadline and budget[0] > 0:
        budget[0] -= 1
        large = rng.random() < args.large_share
        body = {"schema": SCHEMA, "rows": args.large_rows, "format": "csv"} if large else SMALL
        start = time.monotonic()
        size = 0
        wait = 0.0
        try:
            async with http.stream("POST", url, json=body, headers=headers) as response:
                async for chunk in response.aiter_bytes():
                    size += len(chunk)
                status = response.status_code
                if status in (429, 503):
                    wait = min(float(response.headers.get("retry-after", 1)), 2.0)
        except httpx.HTTPError:
            status = -1
        results.append(("large" if large else "small", status, time.monotonic() - start, size))
        if wait:
            await asyncio.sleep(wait)


async def run(args: argparse.Namespace, base: str, pid: int) -> tuple[list, list, str]:
    results: list[tuple[str, int, float, int]] = []
    samples: list[tuple[float, float]] = []
    deadline = time.monotonic() + args.seconds
    budget = [args.max_requests]
    limits = httpx.Limits(max_connections=args.clients + 5)
    async with httpx.AsyncClient(timeout=120, limits=limits) as http:
        async def sample() -> None:
            start = time.monotonic()
            while time.monotonic() < deadline + 5:
                samples.append((time.monotonic() - start, rss_mb(pid)))
                await asyncio.sleep(0.5)

        sampler = asyncio.create_task(sample())
        await asyncio.gather(*(client(i, http, f"{base}/api/v1/generate", deadline, args, budget, results)
                               for i in range(args.clients)))
        sampler.cancel()
        metrics = (await http.get(f"{base}/metrics")).text
    return results, samples, metrics


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def report(results: list, samples: list, metrics: str, args: argparse.Namespace, log: Path) -> None:
    by_status = Counter(status for _, status, _, _ in results)
    print(f"\n{len(results)} requests from {args.clients} clients in {args.seconds} s "
          f"({args.large_share:.0%} of {args.large_rows:,} rows from a schema, the rest 100 rows planned from a "
          f"description); RATE_LIMIT={args.rate_limit}")
    print("by status:", ", ".join(f"{s}: {n}" for s, n in sorted(by_status.items())))
    print(f"5xx other than 503 busy: {sum(n for s, n in by_status.items() if s >= 500 and s != 503)}, "
          f"connection errors: {by_status.get(-1, 0)}")
    kinds: dict[str, list[float]] = defaultdict(list)
    for kind, status, seconds, _ in results:
        if status == 200:
            kinds[kind].append(seconds)
            kinds["all"].append(seconds)
    for kind in ("small", "large", "all"):
        if kinds[kind]:
            t = kinds[kind]
            print(f"latency of 200s, {kind:5}: n={len(t)}, p50 {statistics.median(t):.3f} s, "
                  f"p95 {percentile(t, 0.95):.3f} s, max {max(t):.3f} s")
    for code in (429, 503):
        refused = [seconds for _, status, seconds, _ in results if status == code]
        if refused:
            print(f"{code} refusals answered in: p50 {statistics.median(refused) * 1000:.1f} ms, "
                  f"p95 {percentile(refused, 0.95) * 1000:.1f} ms, max {max(refused) * 1000:.0f} ms")
    mbs = [m for _, m in samples]
    if mbs:
        print(f"server RSS: start {mbs[0]:.0f} MB, peak {max(mbs):.0f} MB, end {mbs[-1]:.0f} MB (target < 450 MB)")
        step = max(1, len(samples) // 14)
        print("RSS over time (s:MB):", "  ".join(f"{t:.0f}:{m:.0f}" for t, m in samples[::step]))
    wanted = ("synthgen_rows_generated_total", "synthgen_busy_total", "synthgen_rate_limited_total",
              "synthgen_http_client_disconnects_total", "synthgen_planner_calls_total")
    print("from /metrics:", "; ".join(line for line in metrics.splitlines() if line.startswith(wanted)))
    lines = log.read_text(errors="replace").splitlines()
    bad = [line for line in lines if not line.startswith("{")]
    print(f"server log: {len(lines)} lines, {len(lines) - len(bad)} JSON"
          + (f"; first non-JSON line: {bad[0][:160]}" if bad else ""))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=int, default=60)
    parser.add_argument("--large-rows", type=int, default=100_000)
    parser.add_argument("--large-share", type=float, default=0.2)
    parser.add_argument("--max-requests", type=int, default=20_000)
    parser.add_argument("--rate-limit", type=int, default=30, help="RATE_LIMIT for the server (0: off)")
    args = parser.parse_args()
    port = free_port()
    command = procfile_command()
    folder = Path(tempfile.mkdtemp(prefix="synthgen-load-"))
    env = {**os.environ, "PORT": str(port), "WEB_CONCURRENCY": "2", "GRADIO_ANALYTICS_ENABLED": "False",
           "DEMO_MODE": "true", "RATE_LIMIT": str(args.rate_limit), "CACHE_DIR": str(folder / "cache"),
           "GRADIO_TEMP_DIR": str(folder / "gradio"),
           "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"}
    env.pop("MALLOC_ARENA_MAX", None)  # the Procfile's own default applies
    log = folder / "server.log"
    print(f"server: bash -c {command!r} with PORT={port}")
    with log.open("wb") as out:
        server = subprocess.Popen(["bash", "-c", command], cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT,
                                  start_new_session=True)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(240):
            try:
                if httpx.get(f"{base}/health", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.5)
        else:
            raise SystemExit("the server did not start:\n" + log.read_text()[-2000:])
        # One request of each kind first: the offline planner loads its data on first use (about 1.5 s).
        for body in (SMALL, {"schema": SCHEMA, "rows": 10}):
            httpx.post(f"{base}/api/v1/generate", json=body, timeout=60).raise_for_status()
        print(f"server pid {server.pid}, idle RSS after a warm-up request {rss_mb(server.pid):.0f} MB")
        results, samples, metrics = asyncio.run(run(args, base, server.pid))
    finally:
        signalled = time.monotonic()
        os.killpg(server.pid, signal.SIGTERM)
        try:
            server.wait(timeout=30)
            print(f"server exited {time.monotonic() - signalled:.1f} s after SIGTERM (status {server.returncode})")
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
            server.wait()
            print("server did not exit within 30 s of SIGTERM: killed")
    report(results, samples, metrics, args, log)
    shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
