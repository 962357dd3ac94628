"""Keyed bijections on [0, n): unique values by row index, block-independent, in O(1) memory."""

from __future__ import annotations

import numpy as np

_MULT = np.uint64(0x9E3779B97F4A7C15)
_ROUNDS = 4


def _round_keys(key: int) -> list[np.uint64]:
    state = np.random.SeedSequence([key & 0xFFFFFFFF, key >> 32 & 0xFFFFFFFF]).generate_state(_ROUNDS, np.uint64)
    return [np.uint64(k) for k in state]


def _feistel(x: np.ndarray, half_bits: int, keys: list[np.uint64]) -> np.ndarray:
    mask = np.uint64((1 << half_bits) - 1)
    shift = np.uint64(half_bits)
    left, right = x >> shift, x & mask
    with np.errstate(over="ignore"):
        for k in keys:
            f = ((right ^ k) * _MULT) >> np.uint64(64 - half_bits) if half_bits else right * 0
            left, right = right, (left ^ f) & mask
    return (left << shift) | right


def permute(indexes: np.ndarray, n: int, key: int) -> np.ndarray:
    """Map each index in [0, n) to a distinct value in [0, n): a keyed pseudo-random permutation."""
    if n <= 1:
        return np.zeros(len(indexes), dtype=np.uint64)
    if n > 2**62:
        raise ValueError("permutation domain too large")
    bits = max(2, (n - 1).bit_length())
    half = (bits + 1) // 2
    keys = _round_keys(key)
    out = _feistel(indexes.astype(np.uint64), half, keys)
    # Cycle-walking: the Feistel domain is at most 4n, so few passes are needed.
    limit = np.uint64(n)
    todo = out >= limit
    while todo.any():
        out[todo] = _feistel(out[todo], half, keys)
        todo = out >= limit
    return out
