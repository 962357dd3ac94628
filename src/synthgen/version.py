"""The one lookup of SynthGen's version (the CLI's --version, the OpenAPI document, /health)."""

from __future__ import annotations

from functools import lru_cache

UNKNOWN = "0.0.0"  # run from a source tree that was never installed


@lru_cache(maxsize=1)
def version() -> str:
    """The installed package's version, or UNKNOWN when the package is not installed."""
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as installed

    try:
        return installed("synthgen")
    except PackageNotFoundError:
        return UNKNOWN
