"""Vehicle identification numbers and passwords in bulk, as Faker's en_US-style defaults make them."""

from __future__ import annotations

import string

import numpy as np
import pyarrow as pa

from .block import Block
from .patterns import fixed_width_strings

_VIN_CHARS = np.frombuffer(b"1234567890ABCDEFGHJKLMNPRSTUVWXYZ", dtype=np.uint8)  # no I, O, Q


def _vin_weight(chars: np.ndarray) -> np.ndarray:
    """Faker's transliteration: digits as themselves, A-I 1-9, J-R 1-9, S-Z 2-9."""
    c = chars.astype(np.int64)
    return np.select([c <= 64, c <= 73, c <= 82], [c - 48, c - 64, c - 73], c - 81)


def vin(block: Block, key: str) -> pa.Array:
    """Eight characters, the check character (weighted sum mod 11, 10 as 'X'), four characters, four digits."""
    rng, n = block.rng(key), block.n
    out = np.empty((n, 17), dtype=np.uint8)
    out[:, :8] = _VIN_CHARS[rng.integers(0, len(_VIN_CHARS), (n, 8))]
    out[:, 9:13] = _VIN_CHARS[rng.integers(0, len(_VIN_CHARS), (n, 4))]
    out[:, 13:] = rng.integers(0, 10, (n, 4)) + ord("0")
    front = _vin_weight(out[:, :8]) @ np.array([8, 7, 6, 5, 4, 3, 2, 10])
    rear = _vin_weight(out[:, 9:]) @ np.array([9, 8, 7, 6, 5, 4, 3, 2])
    check = (front + rear) % 11
    out[:, 8] = np.where(check == 10, ord("X"), check + ord("0"))
    return fixed_width_strings(out)


_CLASSES = ("!@#$%^&*()_+", string.digits, string.ascii_uppercase, string.ascii_lowercase)
_ALL = np.frombuffer("".join(_CLASSES).encode("ascii"), dtype=np.uint8)


def password(block: Block, key: str, length: int = 10) -> pa.Array:
    """Faker's password() defaults: characters from all four classes, then one of each class (special, digit,
    upper, lower, in that order) at four distinct positions taken in ascending order, as Faker's set of small
    integers iterates."""
    rng, n = block.rng(key), block.n
    out = _ALL[rng.integers(0, len(_ALL), (n, length))]
    spots = np.sort(np.argsort(rng.random((n, length)), axis=1)[:, :len(_CLASSES)], axis=1)
    rows = np.arange(n)
    for i, chars in enumerate(_CLASSES):
        alphabet = np.frombuffer(chars.encode("ascii"), dtype=np.uint8)
        out[rows, spots[:, i]] = alphabet[rng.integers(0, len(alphabet), n)]
    return fixed_width_strings(out)
