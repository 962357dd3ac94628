"""Load test on loopback: many concurrent clients against the server the Procfile starts, small and large requests.

    uv run python bench/load_test.py [--clients 50] [--seconds 60] [--large-rows 100000] [--large-share 0.2]
                                     [--max-requests 20000] [--rate-limit 30]
    uv run python bench/load_test.py --labels 4000     # the metric-label probe instead of the load

Starts the app with the Procfile's web command exactly (through bash, $PORT set, so MALLOC_ARENA_MAX and every
uvicorn flag apply) in demo mode, waits for /health, runs the clients for a bounded time and count, samples the
server's RSS every half second, reads /metrics, then sends SIGTERM. Each client gets its own address in
X-Forwarded-For, as Heroku's router would append it, so the per-client rate limit sees 50 clients (--rate-limit 0
turns the limit off to measure raw capacity). Prints, for small and large requests apart, the share answered 200,
responses by status (5xx are errors; 429/503 are the server refusing fairly, with Retry-After, which the clients
honour up to 2 s) and p50/p95 latency, small requests also split by whether a large one was in flight when they
started; and RSS over time.
With --labels N it sends N requests with random methods (any token is a method to HTTP) and random paths instead,
and prints /metrics' size, its number of lines and the server's RSS before and after.
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
import string
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
ERRORS: Counter[str] = Counter()  # connection errors seen by the clients, by kind
SMALL = {"description": "customers with name, email, city and signup date", "rows": 100, "format": "csv"}
WIDE = [{"name": f"text{i}", "provider": "text", "args": {"max_nb_chars": 200}} for i in range(2)]  # ~380 B/row
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


def wait_until_up(base: str, log: Path) -> None:
    """Wait (up to about 2 minutes) until the server answers /health; exit with its log's tail if it never does."""
    for _ in range(240):
        try:
            if httpx.get(f"{base}/health", timeout=1).status_code == 200:
                return
        except httpx.HTTPError:
            time.sleep(0.5)
    raise SystemExit("the server did not start:\n" + log.read_text()[-2000:])


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
                 budget: list[int], results: list[tuple[str, int, float, int, bool]], in_flight: list[int]) -> None:
    rng = random.Random(index)
    headers = {"X-Forwarded-For": f"10.{index // 250}.{index % 250}.1"}  # what the router would append
    while time.monotonic() < deadline and budget[0] > 0:
        budget[0] -= 1
        large = rng.random() < args.large_share
        body = {"schema": SCHEMA, "rows": args.large_rows, "format": "csv"} if large else args.small_body
        start = time.monotonic()
        beside_large = in_flight[0] > 0  # a large request was in flight when this one started
        in_flight[0] += large
        size = 0
        wait = 0.0
        try:
            async with http.stream("POST", url, json=body, headers=headers) as response:
                async for chunk in response.aiter_bytes():
                    size += len(chunk)
                status = response.status_code
                if status in (429, 503):
                    wait = min(float(response.headers.get("retry-after", 1)), 2.0)
        except httpx.HTTPError as exc:
            status = -1
            ERRORS[f"{'large' if large else 'small'}: {type(exc).__name__}: {exc}"[:160]] += 1
        finally:
            in_flight[0] -= large
        results.append(("large" if large else "small", status, time.monotonic() - start, size, beside_large))
        if wait:
            await asyncio.sleep(wait)


async def run(args: argparse.Namespace, base: str, pid: int) -> tuple[list, list, str]:
    results: list[tuple[str, int, float, int, bool]] = []
    samples: list[tuple[float, float]] = []
    deadline = time.monotonic() + args.seconds
    budget = [args.max_requests]
    in_flight = [0]
    # Idle connections are dropped after 2 s, before uvicorn's 5 s keep-alive timeout: with both at 5 s (httpx's
    # default) a client could reuse a connection the server was closing, and report a ReadError of its own making.
    limits = httpx.Limits(max_connections=args.clients + 5, keepalive_expiry=2)
    async with httpx.AsyncClient(timeout=120, limits=limits) as http:
        async def sample() -> None:
            start = time.monotonic()
            while time.monotonic() < deadline + 5:
                samples.append((time.monotonic() - start, rss_mb(pid)))
                await asyncio.sleep(0.5)

        sampler = asyncio.create_task(sample())
        await asyncio.gather(*(client(i, http, f"{base}/api/v1/generate", deadline, args, budget, results,
                                      in_flight) for i in range(args.clients)))
        sampler.cancel()
        metrics = (await http.get(f"{base}/metrics")).text
    return results, samples, metrics


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def describe(label: str, rows: list) -> None:
    """Share answered 200, statuses and latency of one kind of request."""
    if not rows:
        print(f"{label}: none")
        return
    statuses = Counter(status for _, status, _, _, _ in rows)
    ok = [seconds for _, status, seconds, _, _ in rows if status == 200]
    not_limited = len(rows) - statuses.get(429, 0)
    line = (f"{label}: n={len(rows)}, 200: {statuses.get(200, 0) / len(rows):.1%}"
            + (f" ({statuses.get(200, 0) / not_limited:.1%} of those not rate-limited)"
               if statuses.get(429) and not_limited else "")
            + "; by status: " + ", ".join(f"{s}: {n}" for s, n in sorted(statuses.items())))
    if ok:
        line += (f"; latency of 200s p50 {statistics.median(ok):.3f} s, p95 {percentile(ok, 0.95):.3f} s, "
                 f"max {max(ok):.3f} s")
    print(line)


def report(results: list, samples: list, metrics: str, args: argparse.Namespace, log: Path) -> None:
    by_status = Counter(status for _, status, _, _, _ in results)
    print(f"\n{len(results)} requests from {args.clients} clients in {args.seconds} s "
          f"({args.large_share:.0%} of {args.large_rows:,} rows from a schema, the rest "
          + (f"{args.small_rows:,} rows of a wide schema" if args.small_rows else "100 rows planned from a description")
          + f"); RATE_LIMIT={args.rate_limit}")
    print("by status:", ", ".join(f"{s}: {n}" for s, n in sorted(by_status.items())))
    print(f"5xx other than 503 busy: {sum(n for s, n in by_status.items() if s >= 500 and s != 503)}, "
          f"connection errors: {by_status.get(-1, 0)}")
    for error, count in ERRORS.most_common(5):
        print(f"  connection error x{count}: {error}")
    small = [r for r in results if r[0] == "small"]
    large = [r for r in results if r[0] == "large"]
    describe("small", small)
    describe("  small, a large one in flight", [r for r in small if r[4]])
    describe("  small, no large one in flight", [r for r in small if not r[4]])
    describe("large", large)
    refused = [seconds for _, status, seconds, _, _ in large if status == 503]
    if refused:
        print(f"large 503s answered in: p50 {statistics.median(refused) * 1000:.1f} ms, "
              f"p95 {percentile(refused, 0.95) * 1000:.1f} ms, max {max(refused) * 1000:.0f} ms")
    mbs = [m for _, m in samples]
    if mbs:
        print(f"server RSS: start {mbs[0]:.0f} MB, peak {max(mbs):.0f} MB, end {mbs[-1]:.0f} MB (target < 450 MB)")
        step = max(1, len(samples) // 14)
        print("RSS over time (s:MB):", "  ".join(f"{t:.0f}:{m:.0f}" for t, m in samples[::step]))
    wanted = ("synthgen_rows_generated_total", "synthgen_busy_total", "synthgen_lane_busy_total",
              "synthgen_rate_limited_total", "synthgen_http_client_disconnects_total", "synthgen_planner_calls_total")
    print("from /metrics:", "; ".join(line for line in metrics.splitlines() if line.startswith(wanted)))
    lines = log.read_text(errors="replace").splitlines()
    bad = [line for line in lines if not line.startswith("{")]
    print(f"server log: {len(lines)} lines, {len(lines) - len(bad)} JSON"
          + (f"; first non-JSON line: {bad[0][:160]}" if bad else ""))
    incomplete = [line for line in lines if '"complete": false' in line and '"status": 0' not in line]
    if incomplete:
        print(f"  responses the server did not finish: {len(incomplete)}; first: {incomplete[0][:300]}")
    loud = [line for line in lines if '"level": "WARNING"' in line or '"level": "ERROR"' in line]
    for line in loud[:5]:
        print("  server warning/error:", line[:300])


async def probe_labels(base: str, pid: int, count: int) -> None:
    """Item 3 of the issue: requests with random (long) methods and paths must not grow /metrics or memory."""
    rng = random.Random(3)
    letters = string.ascii_uppercase

    async with httpx.AsyncClient(timeout=30, limits=httpx.Limits(max_connections=20)) as http:
        before = (await http.get(f"{base}/metrics")).text
        rss_before = rss_mb(pid)
        statuses: Counter[int] = Counter()
        gate = asyncio.Semaphore(20)

        async def one() -> None:
            method = "".join(rng.choices(letters, k=rng.randint(3, 8000)))  # h11 takes up to 16 kB
            path = "/" + "/".join("".join(rng.choices(string.ascii_lowercase, k=12)) for _ in range(rng.randint(1, 6)))
            async with gate:
                try:
                    statuses[(await http.request(method, f"{base}{path}")).status_code] += 1
                except httpx.HTTPError:
                    statuses[-1] += 1

        await asyncio.gather(*(one() for _ in range(count)))
        after = (await http.get(f"{base}/metrics")).text
        rss_after = rss_mb(pid)
    print(f"\n{count} requests with random methods and paths; by status: "
          + ", ".join(f"{s}: {n}" for s, n in sorted(statuses.items())))
    print(f"/metrics: {len(before):,} bytes, {len(before.splitlines())} lines before; "
          f"{len(after):,} bytes, {len(after.splitlines())} lines after")
    print(f"server RSS: {rss_before:.0f} MB before, {rss_after:.0f} MB after")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=int, default=60)
    parser.add_argument("--large-rows", type=int, default=100_000)
    parser.add_argument("--large-share", type=float, default=0.2)
    parser.add_argument("--max-requests", type=int, default=20_000)
    parser.add_argument("--rate-limit", type=int, default=30, help="RATE_LIMIT for the server (0: off)")
    parser.add_argument("--small-rows", type=int, default=0,
                        help="small requests ask for this many rows of a wide schema (about 380 bytes a row: "
                             "10,000 rows are about the largest small file) instead of 100 rows from a description")
    parser.add_argument("--labels", type=int, default=0,
                        help="instead of the load: send this many requests with random methods and paths")
    args = parser.parse_args()
    args.small_body = ({"schema": {**SCHEMA, "columns": SCHEMA["columns"] + WIDE}, "rows": args.small_rows,
                        "format": "csv"} if args.small_rows else SMALL)
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
        wait_until_up(base, log)
        # One request of each kind first: the offline planner loads its data on first use (about 1.5 s).
        for body in (SMALL, {"schema": SCHEMA, "rows": 10}):
            httpx.post(f"{base}/api/v1/generate", json=body, timeout=60).raise_for_status()
        print(f"server pid {server.pid}, idle RSS after a warm-up request {rss_mb(server.pid):.0f} MB")
        if args.labels:
            asyncio.run(probe_labels(base, server.pid, args.labels))
        else:
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
    if not args.labels:
        report(results, samples, metrics, args, log)
    shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
