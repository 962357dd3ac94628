"""Memory when the LLM floods its reply: peak RSS of one planning call against a 200 MB answer on loopback.

    uv run python bench/llm_flood.py [--mb 200] [--src DIR]

Starts a fake OpenAI-compatible server on 127.0.0.1 whose reply to every request is --mb megabytes of JSON-ish
bytes (no Content-Length, so nothing is refused before reading), runs the OpenAI planner's plan against it in this
process with the SDK's own HTTP client, and prints the outcome and the peak RSS before and after (ru_maxrss).
--src runs another checkout's code (e.g. /work/main/src) for a before/after comparison. Only 127.0.0.1 is ever
contacted.
"""

from __future__ import annotations

import argparse
import resource
import socket
import sys
import threading
import time


def flood_server(megabytes: int) -> int:
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)

    def serve(conn: socket.socket) -> None:
        try:
            conn.recv(1 << 20)
            conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n")
            conn.sendall(b'{"id": "x", "choices": [], "padding": "')
            block = b"a" * (1 << 20)
            for _ in range(megabytes):
                conn.sendall(block)
            conn.sendall(b'"}')
        except OSError:
            pass
        finally:
            conn.close()

    def accept() -> None:
        while True:
            conn, _ = listener.accept()
            threading.Thread(target=serve, args=(conn,), daemon=True).start()

    threading.Thread(target=accept, daemon=True).start()
    return listener.getsockname()[1]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--mb", type=int, default=200)
    parser.add_argument("--src", default=None)
    args = parser.parse_args()
    if args.src:
        sys.path.insert(0, args.src)
    from synthgen.config import Settings
    from synthgen.factory import llm_planner

    port = flood_server(args.mb)
    settings = Settings(_env_file=None, openai_api_key="sk-bench-0000", openai_base_url=f"http://127.0.0.1:{port}/v1",
                        planner_timeout=25)
    planner = llm_planner(settings)
    planner.client()  # the SDK import out of the measurement
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    start = time.monotonic()
    try:
        planner.plan("orders")
        outcome = "a schema (unexpected)"
    except Exception as exc:  # noqa: BLE001 - the outcome is what we report
        outcome = f"{type(exc).__name__}: {str(exc)[:110]}"
    after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{args.mb} MB reply, code {args.src or 'this checkout'}: {outcome}")
    print(f"  peak RSS {before:.0f} MB before, {after:.0f} MB after, in {time.monotonic() - start:.1f} s")


if __name__ == "__main__":
    main()
