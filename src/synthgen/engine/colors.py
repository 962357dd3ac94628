"""Colour codes in bulk, the way Faker's color provider formats them: hex triplets and RGB triples."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pyarrow as pa

from .block import Block
from .internet import HEX_PAIRS, OCTETS
from .pieces import Part, Pieces, concat


def _bytes(values: pa.Array, columns: np.ndarray, between: str, before: str, after: str) -> pa.Array:
    n = len(columns)
    parts: list[Part] = [before] if before else []
    for i in range(columns.shape[1]):
        parts += [between] if i and between else []
        parts.append(Pieces.words(values, columns[:, i], static=True))
    return concat(parts + ([after] if after else []), n).array()


def hex_color(block: Block, key: str) -> pa.Array:
    """'#1a2b3c': one of 1..0xffffff, as Faker draws it."""
    value = block.rng(key).integers(1, 1 << 24, block.n)
    return _bytes(HEX_PAIRS, np.stack([value >> 16, (value >> 8) & 255, value & 255], axis=1), "", "#", "")


def safe_hex_color(block: Block, key: str) -> pa.Array:
    """'#33cc99': each channel one of the 16 doubled digits."""
    return _bytes(HEX_PAIRS, block.rng(key).integers(0, 16, (block.n, 3)) * 17, "", "#", "")


def rgb_color(block: Block, key: str) -> pa.Array:
    """'12,200,7'."""
    return _bytes(OCTETS, block.rng(key).integers(0, 256, (block.n, 3)), ",", "", "")


def rgb_css_color(block: Block, key: str) -> pa.Array:
    """'rgb(12,200,7)'."""
    return _bytes(OCTETS, block.rng(key).integers(0, 256, (block.n, 3)), ",", "rgb(", ")")


BULK: dict[str, Callable[[Block, str], pa.Array]] = {
    "hex_color": hex_color, "safe_hex_color": safe_hex_color, "rgb_color": rgb_color, "rgb_css_color": rgb_css_color,
}
