"""A written file is whole or absent: writers fill a temp name beside the target, renamed into place on success.

On any failure (a bad value, a full disk, an interrupt) the temp file and the companions a database engine
leaves beside it (SQLite's -journal, DuckDB's .wal) are deleted, and a file already at the target is untouched.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ..errors import ExportError

_COMPANIONS = ("-journal", "-wal", "-shm", ".wal")


@contextmanager
def atomic_path(path: str | os.PathLike[str]) -> Iterator[Path]:
    """Yield a fresh temp path in the target's folder; rename it to `path` when the block ends without error."""
    target = Path(path)
    if target.is_dir():
        raise ExportError(f"cannot write {target}: it is a directory")
    if not target.parent.is_dir():
        raise ExportError(f"cannot write {target}: the folder {target.parent} does not exist")
    tmp = target.with_name(f".{target.name}.{secrets.token_hex(4)}.part")
    try:
        yield tmp
        os.replace(tmp, target)
    except OSError as exc:
        _remove(tmp)
        raise ExportError(f"cannot write {target}: {exc.strerror or exc}") from None
    except BaseException:
        _remove(tmp)
        raise
    finally:
        for suffix in _COMPANIONS:  # left by an engine even on success they would be stale: never keep them
            Path(f"{tmp}{suffix}").unlink(missing_ok=True)


def _remove(tmp: Path) -> None:
    tmp.unlink(missing_ok=True)
