"""Text in bulk from Faker's formats and word lists: '{{token}}' templates, word products."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TypeAlias

import numpy as np
import pyarrow as pa

from .block import Block
from .locale_data import TOKEN, Recipe
from .patterns import parse_pattern, render
from .pieces import Part, Pieces, assemble, concat

# Draws n values of a token (a provider name) for the rows of a block; the str is a sub-stream key.
TokenSource: TypeAlias = Callable[[str, Block, int, str], "pa.Array | Pieces"]
# A token's values for given rows of the block: text aligned with the block, or a function of the rows.
Override: TypeAlias = pa.Array | Pieces | Callable[[np.ndarray], "pa.Array | Pieces"]


def _parts(fmt: str) -> list[tuple[bool, str]]:
    """A format as (is_token, text) pieces."""
    out, pos = [], 0
    for m in TOKEN.finditer(fmt):
        if m.start() > pos:
            out.append((False, fmt[pos:m.start()]))
        out.append((True, m.group(1)))
        pos = m.end()
    if pos < len(fmt):
        out.append((False, fmt[pos:]))
    return out


def join(parts: list[Part], n: int) -> pa.Array:
    """Concatenate texts and literal strings element-wise."""
    return concat(parts, n).array()


def compose(recipe: Recipe, block: Block, n: int, key: str, source: TokenSource,
            overrides: Mapping[str, Override] | None = None, rows: np.ndarray | None = None) -> Pieces:
    """n strings from a recipe: each row picks a format (by weight), tokens come from `source` or
    `overrides` (texts aligned with the block's rows; `rows` selects which rows are being made)."""
    rng = block.rng(key, "format")
    formats = recipe.formats
    if len(formats) == 1:
        choice = np.zeros(n, dtype=np.int64)
    elif recipe.weights is None:
        choice = rng.integers(0, len(formats), n)
    else:
        w = np.asarray(recipe.weights, dtype=np.float64)
        choice = np.searchsorted(np.cumsum(w / w.sum()), rng.random(n), side="right").clip(0, len(formats) - 1)
    groups, order = [], []
    for f, fmt in enumerate(formats):
        where = np.flatnonzero(choice == f) if len(formats) > 1 else np.arange(n)
        if not len(where):
            continue
        subset_rows = where if rows is None else rows[where]
        groups.append(_fill(fmt, recipe, block, len(where), f"{key}/{f}", source, overrides, subset_rows))
        order.append(where)
    return assemble(groups, None if len(formats) == 1 else order, n)


def _fill(fmt: str, recipe: Recipe, block: Block, n: int, key: str, source: TokenSource,
          overrides: Mapping[str, Override] | None, rows: np.ndarray) -> list[Part]:
    parts: list[Part] = []
    used: set[str] = set()
    for i, (is_token, text) in enumerate(_parts(fmt)):
        # An override fills a token once: in "{{last_name}}-{{last_name}}" the second name is another one.
        if is_token and overrides and text in overrides and text not in used:
            used.add(text)
            given = overrides[text]
            parts.append(given(rows) if callable(given) else select(given, rows))
        elif is_token:
            parts.append(source(text, block, n, f"{key}/{i}"))
        elif recipe.numerify or recipe.letters:
            slots = parse_pattern(text, numerify=recipe.numerify, letters=recipe.letters)
            parts.append(render(slots, n, block.rng(key, i)) if any(s.size > 1 for s in slots) else text)
        else:
            parts.append(text)
    return parts


def select(text: pa.Array | Pieces, rows: np.ndarray) -> Pieces:
    """The rows `rows` of a text, without copying its bytes."""
    return text.select(rows) if isinstance(text, Pieces) else Pieces.of(text, rows)


def joined_by(separator: str, columns: list[Part], n: int) -> pa.Array:
    """Element-wise join of n-long texts with a separator between them."""
    parts: list[Part] = []
    for i, column in enumerate(columns):
        parts += [separator, column] if i else [column]
    return join(parts, n)


def word_product(lists: list, block: Block, n: int, key: str) -> Pieces:
    """One word from each list, joined by spaces (catch_phrase, bs)."""
    parts: list[Part] = []
    for i, c in enumerate(lists):
        parts += [" "] if i else []
        parts.append(Pieces.words(c.values, c.indexes(block.rng(key, i), n), static=True))
    return concat(parts, n)
