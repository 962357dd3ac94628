"""The Procfile's web command, run as Heroku runs it: binds $PORT, one process under WEB_CONCURRENCY=2, SIGTERM."""

from __future__ import annotations

import json
import os
import shlex
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PROCFILE = ROOT / "Procfile"


def web_command(port: int) -> list[str]:
    lines = [line for line in PROCFILE.read_text().splitlines() if line.startswith("web:")]
    assert len(lines) == 1, "the Procfile needs exactly one web: line"
    command = lines[0].removeprefix("web:").strip()
    return shlex.split(command.replace("${PORT}", str(port)).replace("$PORT", str(port)))


def children(pid: int) -> list[str]:
    """Command lines of the direct children of `pid` (from /proc)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            ppid = int(stat.rsplit(")", 1)[1].split()[1])
            if ppid == pid:
                found.append((entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace"))
        except (OSError, ValueError, IndexError):
            continue
    return found


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_procfile_pins_one_worker() -> None:
    command = web_command(8000)
    assert command[0] == "uvicorn" and "main:app" in command
    assert command[command.index("--workers") + 1] == "1"
    assert command[command.index("--port") + 1] == "8000"


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="counts processes through /proc (Linux)")
def test_procfile_web_process_serves_one_worker_and_stops_on_sigterm(tmp_path) -> None:
    port = free_port()
    command = web_command(port)
    command[0] = str(Path(sys.executable).with_name("uvicorn"))  # this environment's uvicorn
    env = {**os.environ, "PORT": str(port), "WEB_CONCURRENCY": "2", "DEMO_MODE": "true",
           "GRADIO_ANALYTICS_ENABLED": "False", "CACHE_DIR": str(tmp_path / "cache"),
           "GRADIO_TEMP_DIR": str(tmp_path / "gradio")}
    log = (tmp_path / "web.log").open("wb")
    process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
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
        # One worker: uvicorn serves from this very process; a multi-worker supervisor would have spawned children.
        workers = [c for c in children(process.pid) if "resource_tracker" not in c]
        assert workers == [], workers
        process.send_signal(signal.SIGTERM)
        # uvicorn shuts down gracefully, then re-raises the signal: exit status 0 or "killed by SIGTERM".
        assert process.wait(timeout=60) in (0, -signal.SIGTERM)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        log.close()
    output = (tmp_path / "web.log").read_text()
    assert "Application shutdown complete" in output and "Finished server process" in output
    assert "Traceback" not in output
