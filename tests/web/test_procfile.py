"""The Procfile's web command, run as Heroku runs it: binds $PORT, one process under WEB_CONCURRENCY=2, JSON log
lines, and SIGTERM in the middle of a large download ends the process within 25 s (Heroku kills at 30 s)."""

from __future__ import annotations

import http.client
import json
import os
import shlex
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PROCFILE = ROOT / "Procfile"


def web_line() -> str:
    lines = [line for line in PROCFILE.read_text().splitlines() if line.startswith("web:")]
    assert len(lines) == 1, "the Procfile needs exactly one web: line"
    return lines[0].removeprefix("web:").strip()


def web_words() -> list[str]:
    """The web command's words, without leading VAR=value assignments."""
    words = shlex.split(web_line())
    while words and "=" in words[0] and not words[0].startswith("-"):
        words.pop(0)
    return words


def cmdline(pid: int) -> str:
    return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")


def child_pids(pid: int) -> list[int]:
    """The direct children of `pid` (from /proc)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(entry.name))
        except (OSError, ValueError, IndexError):
            continue
    return found


def children(pid: int) -> list[str]:
    """Command lines of the direct children of `pid`."""
    return [cmdline(child) for child in child_pids(pid)]


def web_process(shell: int) -> int:
    """The web process: bash itself when it exec'd the command, else bash's only child."""
    if "uvicorn" in cmdline(shell):
        return shell
    kids = child_pids(shell)
    assert len(kids) == 1, [cmdline(k) for k in kids]
    return kids[0]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_procfile_pins_one_worker() -> None:
    command = web_words()
    assert command[0] == "uvicorn" and "main:app" in command
    assert command[command.index("--workers") + 1] == "1"
    assert command[command.index("--port") + 1] == "$PORT"
    assert "MALLOC_ARENA_MAX" in web_line()  # a flat memory profile (see synthgen.web.memory.tune)
    assert "ARROW_DEFAULT_MEMORY_POOL=${ARROW_DEFAULT_MEMORY_POOL:-system}" in web_line()  # read once, by C++
    assert command[command.index("--log-config") + 1] == "logging.json"  # JSON lines from the first one
    assert "--no-access-log" in command  # our own access line (with the request id) replaces uvicorn's
    assert int(command[command.index("--timeout-graceful-shutdown") + 1]) <= 20


SHUTDOWN_LIMIT = 25  # seconds from SIGTERM to exit: Heroku sends SIGKILL at 30


def download(port: int, progress: list[int], started: threading.Event) -> None:
    """Stream a file far too large to finish before shutdown, reading it as a slow client would."""
    body = json.dumps({"schema": {"name": "big", "columns": [
        {"name": "id", "provider": "random_int", "args": {"min": 1, "max": 10**9}, "sequence": True},
        {"name": "name", "provider": "name"}, {"name": "email", "provider": "email"}]},
        "rows": 50_000_000, "seed": 1}).encode()
    request = urllib.request.Request(f"http://127.0.0.1:{port}/api/v1/generate", data=body,
                                     headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=120) as response:
            while chunk := response.read(65536):
                progress[0] += len(chunk)
                started.set()
                time.sleep(0.01)
    except (OSError, ValueError, http.client.HTTPException):  # the server went away mid-file: expected
        pass
    finally:
        started.set()


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="counts processes through /proc (Linux)")
def test_procfile_web_process_serves_one_worker_and_stops_on_sigterm(tmp_path) -> None:
    port = free_port()
    # As Heroku runs it: through bash (which expands $PORT), in a process group of its own.
    command = ["bash", "-c", web_line()]
    path = f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"  # this environment's uvicorn
    env = {**os.environ, "PATH": path, "PORT": str(port), "WEB_CONCURRENCY": "2", "DEMO_MODE": "true",
           "GRADIO_ANALYTICS_ENABLED": "False", "CACHE_DIR": str(tmp_path / "cache"),
           "GRADIO_TEMP_DIR": str(tmp_path / "gradio"), "MAX_ROWS": "100000000",
               "MAX_OUTPUT_MB": "1000000"}
    env.pop("MALLOC_ARENA_MAX", None)  # the Procfile's default is under test
    env.pop("ARROW_DEFAULT_MEMORY_POOL", None)
    log = (tmp_path / "web.log").open("wb")
    process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT,
                               start_new_session=True)
    try:
        health = None
        deadline = time.monotonic() + 120  # a bound on start-up, not an assertion about it
        while time.monotonic() < deadline and process.poll() is None:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/health", timeout=5) as response:
                    health = json.loads(response.read())
                break
            except (urllib.error.URLError, ConnectionError):
                time.sleep(0.25)
        assert health is not None, (tmp_path / "web.log").read_text()
        assert health["status"] == "ok" and health["mode"] == "demo"
        # One worker: uvicorn serves from its own process; a multi-worker supervisor would have spawned children.
        web = web_process(process.pid)
        assert "uvicorn" in cmdline(web)
        environ = Path(f"/proc/{web}/environ").read_bytes().split(b"\0")
        assert b"MALLOC_ARENA_MAX=2" in environ and b"ARROW_DEFAULT_MEMORY_POOL=system" in environ
        workers = [c for c in children(web) if "resource_tracker" not in c]
        assert workers == [], workers
        progress, started = [0], threading.Event()
        client = threading.Thread(target=download, args=(port, progress, started), daemon=True)
        client.start()
        assert started.wait(60) and progress[0] > 0
        signalled = time.monotonic()
        os.killpg(process.pid, signal.SIGTERM)  # Heroku signals every process of the dyno
        # uvicorn shuts down gracefully (cutting the download after --timeout-graceful-shutdown), then re-raises
        # the signal: exit status 0 or "killed by SIGTERM".
        assert process.wait(timeout=SHUTDOWN_LIMIT) in (0, -signal.SIGTERM)
        took = time.monotonic() - signalled
        client.join(30)
        print(f"SIGTERM during a download: exited {took:.1f} s later, after {progress[0] / 1e6:.0f} MB")
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
        log.close()
    output = (tmp_path / "web.log").read_text()
    assert "Application shutdown complete" in output and "Finished server process" in output
    assert "Traceback" not in output
    records = [json.loads(line) for line in output.splitlines()]  # every line one JSON object
    assert not any("color_message" in r for r in records)  # uvicorn's ANSI-coloured copy of a message
    access = [r for r in records if r["logger"] == "synthgen.web.access"]
    assert any(r["path"] == "/health" and r["status"] == 200 and r["request_id"] for r in access)
