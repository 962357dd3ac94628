"""Where the UI writes the files it offers for download: one temp folder per app, one subfolder per request.

Policy: a download lives at most `ttl` seconds and only the newest `keep` downloads are kept; every new download
sweeps the rest, and the whole folder is removed when the app stops.
"""

from __future__ import annotations

import shutil
import tempfile
import time
import uuid
from pathlib import Path


class DownloadStore:
    def __init__(self, parent: str | Path, *, ttl: float = 3600, keep: int = 20) -> None:
        Path(parent).mkdir(parents=True, exist_ok=True)
        self.root = Path(tempfile.mkdtemp(prefix="synthgen-", dir=parent))
        self.ttl = ttl
        self.keep = keep

    def new_path(self, filename: str) -> Path:
        """A fresh path for one download (its folder is created), after sweeping old downloads."""
        self.sweep(reserve=1)
        folder = self.root / f"{time.time_ns():020d}-{uuid.uuid4().hex[:8]}"
        folder.mkdir(parents=True)
        return folder / filename

    def folders(self) -> list[Path]:
        """The download folders, oldest first."""
        if not self.root.exists():
            return []
        return sorted(p for p in self.root.iterdir() if p.is_dir())

    def sweep(self, *, reserve: int = 0) -> None:
        """Delete downloads older than ttl, and the oldest ones beyond `keep - reserve`."""
        folders = self.folders()
        now = time.time()
        excess = max(0, len(folders) - max(0, self.keep - reserve))
        for index, folder in enumerate(folders):
            try:
                too_old = now - folder.stat().st_mtime > self.ttl
            except FileNotFoundError:
                continue
            if index < excess or too_old:
                shutil.rmtree(folder, ignore_errors=True)

    def close(self) -> None:
        shutil.rmtree(self.root, ignore_errors=True)
