"""Sizes for people: the one way SynthGen writes a byte count in a message (decimal units, as MAX_OUTPUT_MB is)."""

from __future__ import annotations

_UNITS = (("GB", 1e9), ("MB", 1e6), ("kB", 1e3))


def human_size(count: float) -> str:
    """'1.0 GB', '5.2 MB', '4.1 kB', '512 bytes': one decimal in kB and up, thousands separated."""
    for unit, scale in _UNITS:
        if count >= scale:
            return f"{count / scale:,.1f} {unit}"
    return f"{count:,.0f} bytes"


def exact_size(count: int) -> str:
    """A limit as people read it and as it is set: '5.2 MB (5,242,880 bytes)'; '512 bytes' below a kB."""
    short = human_size(count)
    return short if count < _UNITS[-1][1] else f"{short} ({count:,} bytes)"
