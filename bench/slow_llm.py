"""A slow or dripping LLM against the real server: do /health and schema-only generation stay responsive?

    uv run python bench/slow_llm.py [--requests 50] [--delay 30] [--drip] [--timeout 20] [--src DIR]

Starts a fake OpenAI-compatible LLM on 127.0.0.1 that answers every request after --delay seconds (or, with
--drip, sends its reply one byte every 2 s), then the app (uvicorn main:app, one worker, CACHE_ENABLED=false,
RATE_LIMIT=0, MAX_CONCURRENT_JOBS=64 so the generation gate is not what refuses) pointed at it. Fires --requests
concurrent description requests at /api/v1/generate and, while they are pending, probes /health and a schema-only
/api/v1/generate every 0.5 s. Prints the probes' latency (p50, max) and the description requests' statuses and
latency. --src runs another checkout's code (e.g. /work/main/src) for a before/after comparison. Only 127.0.0.1 is
ever contacted.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
COLUMN = {"unique": False, "null_rate": 0, "weights": None, "entity": None, "after": None, "sequence": False}
SCHEMA = {"name": "orders", "locale": "en_US", "columns": [{"name": "id", "provider": "uuid4", "args": [], **COLUMN},
                                                           {"name": "who", "provider": "name", "args": [], **COLUMN}]}
PROBE_SCHEMA = {"schema": {"name": "p", "columns": [{"name": "x", "provider": "name"}]}, "rows": 10}


def completion() -> bytes:
    return json.dumps({
        "id": "c1", "object": "chat.completion", "created": 0, "model": "bench",
        "choices": [{"index": 0, "finish_reason": "stop",
                     "message": {"role": "assistant", "content": json.dumps(SCHEMA), "refusal": None}}],
        "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2}}).encode()


def llm_server(delay: float, drip: bool) -> ThreadingHTTPServer:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

        def do_POST(self) -> None:
            self.rfile.read(int(self.headers.get("content-length", 0)))
            body = completion()
            if not drip:
                time.sleep(delay)
            self.send_response(200)
            self.send_header("content-type", "application/json")
            self.send_header("content-length", str(len(body)))
            self.end_headers()
            try:
                if drip:
                    for i in range(len(body)):
                        self.wfile.write(body[i : i + 1])
                        self.wfile.flush()
                        time.sleep(2)
                else:
                    self.wfile.write(body)
            except OSError:
                pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


async def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--requests", type=int, default=50)
    parser.add_argument("--delay", type=float, default=30)
    parser.add_argument("--drip", action="store_true")
    parser.add_argument("--timeout", type=float, default=20)
    parser.add_argument("--src", default=str(ROOT / "src"))
    args = parser.parse_args()

    llm = llm_server(args.delay, args.drip)
    port = free_port()
    env = {**os.environ, "OPENAI_API_KEY": "sk-bench-0000", "PYTHONPATH": args.src,
           "OPENAI_BASE_URL": f"http://127.0.0.1:{llm.server_address[1]}/v1", "CACHE_ENABLED": "false",
           "RATE_LIMIT": "0", "MAX_CONCURRENT_JOBS": "64", "PLANNER_TIMEOUT": str(args.timeout),
           "LOG_LEVEL": "WARNING", "GRADIO_ANALYTICS_ENABLED": "False", "CACHE_DIR": tempfile.mkdtemp()}
    command = [sys.executable, "-m", "uvicorn", "main:app", "--port", str(port), "--workers", "1", "--log-level",
               "warning"]
    # Started once, before any request is sent: Popen returns at once and nothing waits behind it.
    server = subprocess.Popen(command, cwd=ROOT, env=env,  # noqa: ASYNC220
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        async with httpx.AsyncClient(base_url=base, timeout=120,
                                     limits=httpx.Limits(max_connections=args.requests + 10)) as client:
            for _ in range(300):
                try:
                    if (await client.get("/health")).status_code == 200:
                        break
                except httpx.TransportError:
                    await asyncio.sleep(0.2)
            statuses: Counter[int] = Counter()
            latencies: list[float] = []

            async def describe(i: int) -> None:
                start = time.monotonic()
                response = await client.post("/api/v1/generate", json={"description": f"orders {i}", "rows": 10})
                statuses[response.status_code] += 1
                latencies.append(time.monotonic() - start)

            probes: dict[str, list[float]] = {"/health": [], "schema-only /generate": []}
            done = asyncio.Event()

            async def probe() -> None:
                await asyncio.sleep(1)  # let the description requests reach the planner
                while not done.is_set():
                    for name, call in (("/health", lambda: client.get("/health")),
                                       ("schema-only /generate",
                                        lambda: client.post("/api/v1/generate", json=PROBE_SCHEMA))):
                        start = time.monotonic()
                        response = await call()
                        assert response.status_code == 200, response.text
                        probes[name].append(time.monotonic() - start)
                    await asyncio.sleep(0.5)

            prober = asyncio.create_task(probe())
            started = time.monotonic()
            await asyncio.gather(*(describe(i) for i in range(args.requests)))
            done.set()
            await prober
            wall = time.monotonic() - started
    finally:
        server.terminate()
        server.wait(30)
        llm.shutdown()
    mode = "dripping a byte every 2 s" if args.drip else f"answering after {args.delay:g} s"
    print(f"{args.requests} description requests, LLM {mode}, PLANNER_TIMEOUT={args.timeout:g}, code {args.src}")
    for name, values in probes.items():
        if values:
            print(f"  {name:24s} probes {len(values):3d}  p50 {statistics.median(values) * 1000:8.0f} ms  "
                  f"max {max(values) * 1000:8.0f} ms")
    print(f"  description requests: {dict(sorted(statuses.items()))}, latency p50 "
          f"{statistics.median(latencies):.1f} s, max {max(latencies):.1f} s, all done in {wall:.1f} s")


if __name__ == "__main__":
    asyncio.run(main())
