"""Memory bench on loopback: peak and after-idle RSS of the server the Procfile starts, per format, table and load.

    uv run python bench/memory_bench.py [--formats csv,json,jsonl,parquet] [--tables t13,wide] [--no-locales]
                                        [--ui] [--idle 4]

Starts the app with the Procfile's web command exactly (as bench/load_test.py does: bash, $PORT, demo mode,
MAX_OUTPUT_MB and MAX_CONCURRENT_JOBS at their defaults), then for every format and table downloads the
largest file MAX_OUTPUT_MB allows, alone and MAX_CONCURRENT_JOBS (2) at once, sampling the server's RSS every
0.1 s; `after` is the RSS once the server has been idle for --idle seconds. Tables: t13, 13 columns at 1,000,000
rows; wide, one 5,000-character text column at the rows that fit (the server's own 422 names the count). Then
idle RSS before and after touching every Faker locale once (GET /api/v1/providers?locale=X and a 20-row
generate). With --ui, the same downloads through the Gradio UI (which writes the file to disk). Targets: peak
<= 450 MB, idle after all locales < 300 MB. Only 127.0.0.1 is ever contacted.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))
from load_test import ROOT, free_port, procfile_command, rss_mb, wait_until_up

PEAK_TARGET, IDLE_TARGET = 450, 300
T13 = {"name": "t13", "columns": [
    {"name": "id", "provider": "random_int", "args": {"min": 1}, "sequence": True},
    {"name": "name", "provider": "name"}, {"name": "email", "provider": "free_email"},
    {"name": "city", "provider": "city"},
    {"name": "amount", "provider": "pyfloat", "args": {"min_value": 1, "max_value": 999, "right_digits": 2}},
    {"name": "created", "provider": "date_time_between", "args": {"start_date": "-1y"}},
    {"name": "phone", "provider": "phone_number"}, {"name": "company", "provider": "company"},
    {"name": "job", "provider": "job"}, {"name": "street", "provider": "street_address"},
    {"name": "zip", "provider": "postcode"}, {"name": "active", "provider": "boolean"},
    {"name": "uid", "provider": "uuid4"}]}
WIDE = {"name": "wide", "columns": [{"name": "body", "provider": "text", "args": {"max_nb_chars": 5000}}]}
TABLES = {"t13": T13, "wide": WIDE}
SMALL = {"name": "small", "columns": [{"name": "name", "provider": "name"}, {"name": "note", "provider": "sentence"}]}
UI_DESCRIPTION = "customers with name, email, city, phone, company, job title, signup date and a long biography"


class Sampler:
    """RSS of the server every 0.1 s in a thread; peak() since the last reset."""

    def __init__(self, pid: int) -> None:
        self.pid, self._peak, self._stop = pid, 0.0, threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.wait(0.1):
            self._peak = max(self._peak, rss_mb(self.pid))

    def reset(self) -> None:
        self._peak = rss_mb(self.pid)

    def peak(self) -> float:
        return max(self._peak, rss_mb(self.pid))

    def stop(self) -> None:
        self._stop.set()


def download(base: str, body: dict, out: list) -> None:
    size = 0
    with httpx.stream("POST", f"{base}/api/v1/generate", json=body, timeout=900) as response:
        for chunk in response.iter_raw():
            size += len(chunk)
        out.append((response.status_code, size))


def rows_that_fit(base: str, schema: dict, fmt: str) -> int:
    """1,000,000 rows, or the count the server's own size limit names in its 422."""
    answer = httpx.post(f"{base}/api/v1/generate", json={"schema": schema, "rows": 1_000_000, "format": fmt,
                                                         "seed": 1}, timeout=60)
    if answer.status_code == 200:
        return 1_000_000
    found = re.search(r"ask for at most ([\d,]+) rows", answer.text)
    if not found:
        raise SystemExit(f"unexpected answer {answer.status_code}: {answer.text[:300]}")
    return int(found.group(1).replace(",", ""))


def settle(pid: int, seconds: float) -> float:
    time.sleep(seconds)
    return rss_mb(pid)


def api_case(base: str, pid: int, sampler: Sampler, body: dict, at_once: int, idle: float) -> tuple:
    settle(pid, 0.5)
    before = rss_mb(pid)
    sampler.reset()
    results: list = []
    start = time.monotonic()
    threads = [threading.Thread(target=download, args=(base, {**body, "seed": i + 1}, results)) for i in range(at_once)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    seconds = time.monotonic() - start
    peak = sampler.peak()
    after = settle(pid, idle)
    statuses = sorted({status for status, _ in results})
    size = sum(size for _, size in results) / at_once / 1e6
    return before, peak, after, seconds, statuses, size


def ui_case(base: str, pid: int, sampler: Sampler, fmt: str, rows: int, idle: float) -> tuple:
    """The same description through the Gradio UI (it writes the file to disk): 1,000,000 rows, or the count
    the UI's own size message names."""
    from gradio_client import Client

    client = Client(f"{base}/gradio/", verbose=False, download_files=False)
    status = str(client.predict(UI_DESCRIPTION, 10, fmt, 1, None, api_name="/generate")[0])
    first = str(client.predict(UI_DESCRIPTION, rows, fmt, 1, None, api_name="/generate")[0])
    found = re.search(r"ask for at most ([\d,]+) rows", first)
    rows = int(found.group(1).replace(",", "")) if found else rows
    settle(pid, 0.5)
    before = rss_mb(pid)
    sampler.reset()
    start = time.monotonic()
    try:
        status = str(client.predict(UI_DESCRIPTION, rows, fmt, 1, None, api_name="/generate")[0])
    except Exception as exc:  # noqa: BLE001 - report and go on
        status = f"error: {exc}"
    seconds = time.monotonic() - start
    peak = sampler.peak()
    return before, peak, settle(pid, idle), seconds, [status.splitlines()[0][:60]], rows


def locales_case(base: str, pid: int, sampler: Sampler, idle: float) -> tuple[float, float, float, int]:
    from faker.config import AVAILABLE_LOCALES

    before = settle(pid, idle)
    sampler.reset()
    failed = 0
    with httpx.Client(base_url=base, timeout=60) as http:
        for locale in AVAILABLE_LOCALES:
            ok = http.get("/api/v1/providers", params={"locale": locale}).status_code == 200
            answer = http.post("/api/v1/generate", json={"schema": SMALL, "rows": 20, "locale": locale, "seed": 1})
            failed += not ok or answer.status_code != 200
    return before, sampler.peak(), settle(pid, idle), failed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--formats", default="csv,json,jsonl,parquet")
    parser.add_argument("--tables", default="t13,wide")
    parser.add_argument("--at-once", default="1,2", help="concurrent downloads per case")
    parser.add_argument("--no-locales", action="store_true")
    parser.add_argument("--ui", action="store_true", help="also download through the Gradio UI")
    parser.add_argument("--idle", type=float, default=4.0, help="seconds idle before 'after' is read")
    args = parser.parse_args()
    port = free_port()
    command = procfile_command()
    folder = Path(tempfile.mkdtemp(prefix="synthgen-mem-"))
    env = {**os.environ, "PORT": str(port), "GRADIO_ANALYTICS_ENABLED": "False", "DEMO_MODE": "true",
           "RATE_LIMIT": "0", "CACHE_DIR": str(folder / "cache"), "GRADIO_TEMP_DIR": str(folder / "gradio"),
           "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"}
    for name in ("MALLOC_ARENA_MAX", "MAX_OUTPUT_MB", "MAX_CONCURRENT_JOBS", "MAX_ROWS"):
        env.pop(name, None)  # the Procfile's and config's own defaults apply
    log = folder / "server.log"
    print(f"server: bash -c {command!r} with PORT={port}; load average {os.getloadavg()[0]:.1f} "
          f"on {os.cpu_count()} cores")
    with log.open("wb") as out:
        server = subprocess.Popen(["bash", "-c", command], cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT,
                                  start_new_session=True)
    base = f"http://127.0.0.1:{port}"
    rows_out: list[str] = []
    worst_peak = 0.0
    try:
        wait_until_up(base, log)
        httpx.post(f"{base}/api/v1/generate", json={"schema": SMALL, "rows": 10}, timeout=60).raise_for_status()
        pid = server.pid
        sampler = Sampler(pid)
        print(f"server pid {pid}, idle RSS after a warm-up request {settle(pid, 1):.0f} MB\n")
        header = f"{'case':34} {'rows':>9} {'MB/file':>8} {'before':>7} {'peak':>6} {'after':>6} {'secs':>6}  status"
        print(header)
        print("-" * len(header))
        for table in filter(None, args.tables.split(",")):
            for fmt in args.formats.split(","):
                rows = rows_that_fit(base, TABLES[table], fmt)
                for at_once in (int(n) for n in args.at_once.split(",")):
                    body = {"schema": TABLES[table], "rows": rows, "format": fmt}
                    before, peak, after, secs, statuses, size = api_case(base, pid, sampler, body, at_once, args.idle)
                    worst_peak = max(worst_peak, peak)
                    line = (f"{f'api {table} {fmt} x{at_once}':34} {rows:>9,} {size:>8.0f} {before:>7.0f} "
                            f"{peak:>6.0f} {after:>6.0f} {secs:>6.1f}  {statuses}")
                    print(line, flush=True)
                    rows_out.append(line)
        if args.ui:
            for fmt in args.formats.split(","):
                before, peak, after, secs, statuses, rows = ui_case(base, pid, sampler, fmt, 1_000_000, args.idle)
                worst_peak = max(worst_peak, peak)
                print(f"{f'ui description {fmt} x1':34} {rows:>9,} {'':>8} {before:>7.0f} {peak:>6.0f} "
                      f"{after:>6.0f} {secs:>6.1f}  {statuses}", flush=True)
        if not args.no_locales:
            from faker.config import AVAILABLE_LOCALES

            before, peak, after, failed = locales_case(base, pid, sampler, args.idle)
            worst_peak = max(worst_peak, peak)
            print(f"\nall {len(AVAILABLE_LOCALES)} locales (providers + 20-row generate each, {failed} failed): idle "
                  f"before {before:.0f} MB, peak {peak:.0f} MB, idle after {after:.0f} MB "
                  f"(target < {IDLE_TARGET} MB: {'ok' if after < IDLE_TARGET else 'OVER'})")
        sampler.stop()
        print(f"\nworst peak {worst_peak:.0f} MB (target <= {PEAK_TARGET} MB: "
              f"{'ok' if worst_peak <= PEAK_TARGET else 'OVER'})")
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
            server.wait()
        errors = [line for line in log.read_text(errors="replace").splitlines() if '"ERROR"' in line]
        if errors:
            print(f"server log: {len(errors)} ERROR lines; first: {errors[0][:200]}")
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
