"""The installed package's version: the one lookup the CLI, /health and the OpenAPI document share."""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=1)
def package_version() -> str | None:
    """synthgen's version from its installed metadata; None when it is not installed (run from a bare checkout)."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("synthgen")
    except PackageNotFoundError:
        return None
