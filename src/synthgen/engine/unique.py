"""Uniqueness for text columns no bijection covers: a table-wide set of hashes, duplicates get a suffix."""

from __future__ import annotations

import numpy as np
import pyarrow as pa

from .. import arrays
from .block import Block


def _hashes(values: list[str | None]) -> np.ndarray:
    import pandas as pd  # imported here: only unique text columns need it

    return pd.util.hash_array(np.array(values, dtype=object), categorize=False)


class UniqueGuard:
    """Keeps the hashes of every value a column has produced; a repeat gets a numeric suffix
    (before the '@' of an email) until it is new. Deterministic: suffixes come from the block's rng."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.seen = np.empty(0, dtype=np.uint64)  # sorted

    def _known(self, hashes: np.ndarray) -> np.ndarray:
        if not len(self.seen):
            return np.zeros(len(hashes), dtype=bool)
        pos = np.searchsorted(self.seen, hashes).clip(0, len(self.seen) - 1)
        return self.seen[pos] == hashes

    def apply(self, array: pa.Array, block: Block) -> pa.Array:
        original = array.to_pylist()
        values = list(original)
        present = np.array([v is not None for v in values])
        hashes = _hashes(values)
        attempt = 0
        while True:
            repeated = self._known(hashes)
            first = np.zeros(len(hashes), dtype=bool)
            first[np.unique(hashes, return_index=True)[1]] = True
            bad = np.flatnonzero(present & (repeated | ~first))
            if not len(bad):
                break
            attempt += 1
            digits = min(2 + attempt // 3, 12)
            suffixes = block.rng(self.name, "unique", attempt).integers(10 ** (digits - 1), 10**digits, len(bad))
            for i, s in zip(bad.tolist(), suffixes.tolist()):
                values[i] = _with_suffix(original[i], s)
            hashes[bad] = _hashes([values[i] for i in bad])
        self.seen = np.union1d(self.seen, hashes[present])
        return arrays.strings(values)


def _with_suffix(value: str, suffix: int) -> str:
    text = str(value)
    at = text.find("@")
    return f"{text[:at]}{suffix}{text[at:]}" if at > 0 else f"{text}{suffix}"
