"""The form's seed: blank gives fresh data each run; the seed used is shown, with "use this seed again"."""

from __future__ import annotations

import math
from typing import Any

from ..errors import LimitError

MAX_SEED = 2**63 - 1  # as the API's (web/models.py) and the engine's
SEED_HELP = f"The seed must be a whole number from 0 to {MAX_SEED:,}"


def parse_seed(value: Any) -> int | None:
    """The Seed box as an int, or None (blank: a fresh seed for this run); a LimitError naming the seed
    otherwise (never the schema table's fault)."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    if isinstance(value, bool):
        raise LimitError(SEED_HELP, field="seed", limit=MAX_SEED)
    if isinstance(value, int):
        number = value
    else:
        text = str(value).strip().replace(",", "").replace("_", "")
        if not text:
            return None
        try:
            number = int(text)
        except ValueError:
            try:
                as_float = float(text)
            except ValueError:
                raise LimitError(f"{SEED_HELP} (you entered {_shown(value)})", field="seed",
                                 limit=MAX_SEED) from None
            if not as_float.is_integer():
                raise LimitError(f"{SEED_HELP} (you entered {_shown(value)})", field="seed",
                                 limit=MAX_SEED) from None
            number = int(as_float)
    if not 0 <= number <= MAX_SEED:
        raise LimitError(f"{SEED_HELP} (you entered {_shown(value)})", field="seed", limit=MAX_SEED)
    return number


def _shown(value: Any) -> str:
    text = str(value).strip()
    return f"\"{text[:40]}…\"" if len(text) > 40 else f"\"{text}\""


def seed_note(seed: int) -> str:
    """The seed a run used (Markdown), and how to get the same data again."""
    return f"Seed used: **{seed}** (the same seed gives the same data again)"


__all__ = ["MAX_SEED", "parse_seed", "seed_note"]
