"""Where the UI writes the files it offers for download, and the route that serves them by an unguessable link.

Policy: one temp folder per app and one subfolder per download, named by a random token. The browser gets the link
`/gradio/downloads/<token>/<file name>` (never a server path). A download lives `ttl` seconds after it is finished;
the store holds at most `max_bytes` and `keep` downloads, the oldest evicted first (never one still being written,
never the newest); every finished download sweeps the rest, and the whole folder is removed when the app stops.
"""

from __future__ import annotations

import os
import re
import secrets
import shutil
import tempfile
import threading
import time
from pathlib import Path

from fastapi import APIRouter, Request
from fastapi.responses import FileResponse, JSONResponse, Response

from ..config import default, defaults

ROUTE = "downloads"  # under the UI's mount path
_TOKEN = re.compile(r"\A[0-9a-f]{32}\Z")


class DownloadStore:
    def __init__(self, parent: str | Path, *, ttl: float = default("ui_download_ttl"), max_bytes: int | None = None,
                 keep: int = 40) -> None:  # a run keeps two: its file and its schema
        """`max_bytes`: disk the files may hold (None: UI_DOWNLOADS_MB's default, twice MAX_OUTPUT_MB's)."""
        Path(parent).mkdir(parents=True, exist_ok=True)
        self.root = Path(tempfile.mkdtemp(prefix="synthgen-", dir=parent))
        self.ttl = ttl
        self.max_bytes = defaults().ui_downloads_bytes if max_bytes is None else max_bytes
        self.keep = keep
        self._writing: set[Path] = set()
        self._lock = threading.Lock()

    def new_path(self, filename: str) -> Path:
        """A fresh path for one download (its folder is created and marked as being written until done())."""
        self.sweep()
        folder = self.root / f"{time.time_ns():020d}-{secrets.token_hex(16)}"
        folder.mkdir(parents=True)
        with self._lock:
            self._writing.add(folder)
        return folder / filename

    def done(self, path: Path, *, ok: bool = True) -> None:
        """The file at `path` is finished (or failed: then it is removed); sweep the store to its bounds."""
        with self._lock:
            self._writing.discard(path.parent)
        if not ok:
            shutil.rmtree(path.parent, ignore_errors=True)
        else:
            try:
                now = time.time_ns()  # not utime's default: the kernel's coarse clock would tie with earlier ones
                os.utime(path.parent, ns=(now, now))  # its age counts from now: the finished file is the newest
            except FileNotFoundError:
                pass
        self.sweep()

    @staticmethod
    def link(path: Path) -> str:
        """The part of the download's URL after /downloads/: '<token>/<file name>'."""
        return f"{path.parent.name.rpartition('-')[2]}/{path.name}"

    def find(self, token: str, filename: str) -> Path | None:
        """The finished, unexpired download with this token and file name, or None."""
        if not _TOKEN.match(token):
            return None
        self.sweep()
        for folder in self.folders():
            if folder.name.endswith("-" + token) and folder not in self._writing:
                path = folder / filename
                if "/" not in filename and "\\" not in filename and path.is_file() and not path.is_symlink():
                    return path
        return None

    def folders(self) -> list[Path]:
        """The download folders, oldest first (by the time each was finished, or started if still being written)."""
        if not self.root.exists():
            return []
        dated = []
        for folder in self.root.iterdir():
            try:
                dated.append((folder.stat().st_mtime_ns, folder.name, folder))
            except FileNotFoundError:
                continue
        return [folder for _, _, folder in sorted(dated) if folder.is_dir()]

    def sweep(self) -> None:
        """Delete downloads older than ttl, then the oldest finished ones beyond `keep` or `max_bytes`."""
        now = time.time()
        sized: list[tuple[Path, int]] = []
        for folder in self.folders():
            try:
                if now - folder.stat().st_mtime > self.ttl and folder not in self._writing:
                    shutil.rmtree(folder, ignore_errors=True)
                    continue
                sized.append((folder, sum(f.stat().st_size for f in folder.iterdir() if f.is_file())))
            except FileNotFoundError:
                continue
        total, count = sum(size for _, size in sized), len(sized)
        for folder, size in sized[:-1]:  # oldest first; the newest always stays
            if total <= self.max_bytes and count <= self.keep:
                break
            if folder in self._writing:
                continue
            shutil.rmtree(folder, ignore_errors=True)
            total, count = total - size, count - 1

    def close(self) -> None:
        shutil.rmtree(self.root, ignore_errors=True)


def router(prefix: str) -> APIRouter:
    """GET <prefix>/downloads/<token>/<file name>: the file as an attachment, or a JSON 404 (expired or unknown)."""
    routes = APIRouter(include_in_schema=False)

    @routes.get(f"{prefix}/{ROUTE}/{{token}}/{{filename}}")
    def download(token: str, filename: str, request: Request) -> Response:
        store = request.app.state.services.downloads
        path = store.find(token, filename) if store is not None else None
        if path is None:
            return JSONResponse({"error": "not_found", "detail": "no such download (downloads expire; generate the "
                                                                 "file again)"}, status_code=404)
        return FileResponse(path, filename=filename, content_disposition_type="attachment")

    return routes
