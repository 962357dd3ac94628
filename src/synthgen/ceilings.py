"""The library's own hard ceilings, which settings may lower but never raise (MAX_ROWS is checked against them)."""

from __future__ import annotations

MAX_ROWS = 100_000_000  # rows of one request: the Python API's ceiling, and the CLI's unless MAX_ROWS is set
MAX_DESCRIPTION = 2000  # characters of a description
