"""File names, file paths and URI paths in bulk, as Faker's file and internet providers make them."""

from __future__ import annotations

from typing import Any

import numpy as np
import pyarrow as pa

from .. import arrays
from .block import Block
from .locale_data import Choices, choices_of
from .pieces import Pieces, concat


def extensions(owner: Any) -> Choices:
    """Faker's file_extension(): a category at random, then one of its extensions."""
    groups = owner.file_extensions
    weights: dict[str, float] = {}
    for group in groups.values():
        for extension in group:
            weights[extension] = weights.get(extension, 0.0) + 1 / (len(groups) * len(group))
    return choices_of(list(weights), list(weights.values()))


def file_name(words: pa.Array, exts: Choices, block: Block, key: str) -> Pieces:
    """'method.bmp': a lorem word, a dot, an extension."""
    rng, n = block.rng(key, "file"), block.n
    return concat([Pieces.words(words, rng.integers(0, len(words), n), static=True), ".",
                   Pieces.words(exts.values, exts.indexes(rng, n), static=True)], n)


def file_path(words: pa.Array, exts: Choices, block: Block, key: str) -> pa.Array:
    """'/air/method.bmp': Faker's default depth of one directory, absolute, Linux separators."""
    folder = Pieces.words(words, block.rng(key, "folder").integers(0, len(words), block.n), static=True)
    return concat(["/", folder, "/", file_name(words, exts, block, key)], block.n).array()


def uri_path(parts: list[str], block: Block, key: str) -> pa.Array:
    """'blog/categories': one to three of the URI words, with repeats, joined by '/'."""
    rng, n, size = block.rng(key), block.n, len(parts)
    source = arrays.strings(parts + [p + "/" for p in parts] + [""])
    deep = rng.integers(1, 4, n)
    picks = rng.integers(0, size, (n, 3))
    more = np.arange(3) < deep[:, None] - 1  # another part follows this one
    used = np.arange(3) < deep[:, None]
    grid = np.where(used, picks + np.where(more, size, 0), 2 * size)
    return Pieces(n, [source], grid.reshape(-1), 3).array()
