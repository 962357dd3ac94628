"""SchemaCache: planned schemas on disk (diskcache, JSON text only, validated on read); never stops the app."""

from __future__ import annotations

import hashlib
import json
import logging
import sqlite3
import threading
from pathlib import Path
from typing import Any

from .closing import close_quietly
from .errors import SchemaError
from .schema import DatasetSchema, parse_schema

log = logging.getLogger(__name__)

_REJECTED = object()  # what the disk returns for an entry that is not plain JSON text


def _disk_class() -> Any:
    """A diskcache Disk that only ever stores and returns text inline in SQLite: it never unpickles, never opens files.

    diskcache pickles non-text values by default (CVE-2025-69872): an entry planted in the cache directory in
    pickle or file mode could run code or read files on fetch. This disk refuses such entries.
    """
    import diskcache

    class JSONTextDisk(diskcache.Disk):
        def store(self, value: Any, read: bool, key: Any = diskcache.core.UNKNOWN) -> Any:
            if type(value) is not str or read:
                raise TypeError("SchemaCache stores JSON text only")
            return 0, diskcache.core.MODE_RAW, None, value

        def fetch(self, mode: int, filename: Any, value: Any, read: bool) -> Any:
            if mode != diskcache.core.MODE_RAW or type(value) is not str:
                return _REJECTED
            return value

        def get(self, key: Any, raw: bool) -> Any:
            if not raw:
                return _REJECTED  # a pickled key: never unpickle
            return super().get(key, raw)

    return JSONTextDisk


def normalise(description: str) -> str:
    """The description as the cache sees it: casefolded, whitespace collapsed, stripped."""
    return " ".join(description.casefold().split())


class SchemaCache:
    """Validated schemas keyed by description, planner, model, locale and a salt.

    The salt is whatever else changes what a planner answers for the same words (factory.make_cache gives the LLM
    prompt's version, so a new prompt starts afresh); the cache knows nothing of planners.

    Every failure of the cache directory (missing and not creatable, unwritable, corrupt: at open or later, on
    any thread's connection) logs one warning and leaves the cache off for this process, with the reason in
    stats(); a directory deleted while running is recreated on next use. A busy database (a lock timeout) is a
    miss, not a breakage.

    `size_limit` (bytes kept before the least recently used entries go) has no default of its own here: settings
    hold it (CACHE_SIZE_LIMIT), and factory.make_cache passes it; None leaves diskcache's own limit.
    """

    def __init__(self, directory: str | Path, *, size_limit: int | None = None, enabled: bool = True,
                 salt: str = "") -> None:
        self.directory = Path(directory)
        self.salt = salt
        self.size_limit = size_limit
        self.enabled = enabled
        self.hits = 0
        self.misses = 0
        self.dropped = 0
        self._cache: Any = None
        self._broken = False
        self.reason: str | None = None if enabled else "off (CACHE_ENABLED=false)"
        self._lock = threading.RLock()

    def __repr__(self) -> str:
        return f"SchemaCache({str(self.directory)!r}, enabled={self.enabled})"

    def make_key(self, description: str, *, planner: str, model: str | None, locale: str | None) -> str:
        """sha256 of the normalised description, planner, model, salt and locale."""
        material = json.dumps([normalise(description), planner, model or "", self.salt, locale or ""])
        return hashlib.sha256(material.encode("utf-8")).hexdigest()

    @property
    def active(self) -> bool:
        """True when the cache is enabled and its directory works."""
        return self._open() is not None

    def _open(self) -> Any:
        if not self.enabled or self._broken:
            return None
        with self._lock:
            if self._cache is not None and not (self.directory / "cache.db").is_file():
                log.warning("schema cache at %s disappeared; recreating it", self.directory)
                self._close()
            if self._cache is None:
                try:
                    import diskcache

                    limit = {} if self.size_limit is None else {"size_limit": self.size_limit}
                    self._cache = diskcache.Cache(str(self.directory), timeout=1, disk=_disk_class(),
                                                  eviction_policy="least-recently-used", **limit)
                except Exception as exc:  # noqa: BLE001 - any failure to open means: work uncached
                    self._broken = True
                    self.reason = f"unusable: {_reason(exc)}"
                    log.warning("schema cache at %s is unusable (%s); planning continues uncached",
                                self.directory, _reason(exc))
                    return None
            return self._cache

    def _close(self) -> None:
        close_quietly(self._cache)  # closing a broken cache must not fail (it was reported when found broken)
        self._cache = None

    def _failed(self, action: str, exc: BaseException) -> None:
        """A call on an open cache failed: a broken database turns the cache off for good (one warning); a
        passing failure (the database busy) warns and the call counts as a miss."""
        if not _breaks(exc):
            log.warning("schema cache %s failed at %s (%s); continuing uncached", action, self.directory,
                        _reason(exc))
            return
        with self._lock:
            if self._broken:
                return  # another thread found it first and said so
            self._broken = True
            self.reason = f"broken: {_reason(exc)}"
            self._close()
        log.warning("schema cache at %s is broken (%s on %s); it is off for this process, planning continues "
                    "uncached", self.directory, _reason(exc), action)

    def get(self, key: str) -> DatasetSchema | None:
        """The cached schema for `key`, or None. An entry that is not a valid schema is deleted and counted."""
        cache = self._open()
        if cache is None:
            return None
        try:
            value = cache.get(key, default=None)
        except Exception as exc:  # noqa: BLE001 - a failing read is a miss
            self._failed("read", exc)
            value = None
        if value is None:
            self._count("misses")
            return None
        try:
            if value is _REJECTED or not isinstance(value, str):
                raise SchemaError("the entry is not JSON text")
            schema = parse_schema(value)
        except SchemaError as exc:
            self._count("dropped")
            self._count("misses")
            log.warning("dropped an invalid schema cache entry (%s)", "; ".join(exc.problems)[:200])
            try:
                cache.delete(key)
            except Exception as exc2:  # noqa: BLE001
                self._failed("delete", exc2)
            return None
        self._count("hits")
        return schema

    def put(self, key: str, schema: DatasetSchema) -> bool:
        """Store a validated schema as JSON text; False when the cache is off or the write failed."""
        cache = self._open()
        if cache is None:
            return False
        text = parse_schema(schema).to_json()
        try:
            return bool(cache.set(key, text))
        except Exception as exc:  # noqa: BLE001 - a failing write only loses the cache entry
            self._failed("write", exc)
            return False

    def _count(self, name: str) -> None:
        with self._lock:
            setattr(self, name, getattr(self, name) + 1)

    def stats(self) -> dict[str, Any]:
        """{"enabled", "hits", "misses", "entries", "bytes", "dropped"}, and "reason" when not enabled; hits and
        misses count this process."""
        cache = self._open()
        entries = size = 0
        if cache is not None:
            try:
                entries, size = len(cache), int(cache.volume())
            except Exception as exc:  # noqa: BLE001
                self._failed("stats", exc)
        enabled = cache is not None and not self._broken  # a stats call can be the one that finds it broken
        stats: dict[str, Any] = {"enabled": enabled, "hits": self.hits, "misses": self.misses,
                                 "entries": entries if enabled else 0, "bytes": size if enabled else 0,
                                 "dropped": self.dropped}
        if not enabled:
            stats["reason"] = self.reason or "off"
        return stats

    def clear(self) -> int:
        """Remove every entry; the number removed."""
        cache = self._open()
        if cache is None:
            return 0
        try:
            return int(cache.clear())
        except Exception as exc:  # noqa: BLE001
            self._failed("clear", exc)
            return 0

    def close(self) -> None:
        with self._lock:
            self._close()


def _breaks(exc: BaseException) -> bool:
    """True for a failure that will not pass: the database file is corrupt, not a database, unwritable or gone
    wrong; False for a lock timeout or a busy database (another process writing), which passes."""
    if not isinstance(exc, sqlite3.DatabaseError):
        return False
    text = str(exc).lower()
    return not (isinstance(exc, sqlite3.OperationalError) and ("locked" in text or "busy" in text))


def _reason(exc: BaseException) -> str:
    """A short, secret-free reason: the exception type and, for OS errors, the OS message."""
    if isinstance(exc, OSError) and exc.strerror:
        return f"{type(exc).__name__}: {exc.strerror}"
    if isinstance(exc, sqlite3.Error):
        return f"{type(exc).__name__}: {str(exc)[:120]}"
    return type(exc).__name__
