"""Offline planner, composed pools: titles, names and short texts made once from the word lists of data/texts.json
('The Silent Harbor', 'Cloudy Bay Pinot Noir', 'Cannot reset my password'), so such columns read as their kind
of text, not as lorem or slogans."""

from __future__ import annotations

import random
import re

from .datafiles import DataFileError, TextsFile, read

_SLOT = re.compile(r"\{(\w+)\}")


def composed_pools() -> dict[str, tuple[str, ...]]:
    """Every pool of texts.json: `count` distinct values each, the same on every run (a fixed seed per pool)."""
    data: TextsFile = read("texts.json", TextsFile)
    return {name: _compose(name, recipe.formats, recipe.count, data.words) for name, recipe in data.pools.items()}


def _compose(name: str, formats: tuple[str, ...], count: int, words: dict[str, tuple[str, ...]]) -> tuple[str, ...]:
    rng = random.Random(f"synthgen/texts/{name}")
    made: dict[str, None] = {}
    for _ in range(count * 20):
        if len(made) >= count:
            break
        made.setdefault(_one(rng.choice(formats), words, rng), None)
    if len(made) < 2:
        raise DataFileError(f"data/texts.json: pools.{name}: its formats make fewer than 2 distinct values")
    return tuple(made)


def _one(fmt: str, words: dict[str, tuple[str, ...]], rng: random.Random) -> str:
    """One value of a format; a list named twice ('{abstract} and {abstract}') gives two different words."""
    used: set[str] = set()

    def word(match: re.Match[str]) -> str:
        choices = words[match.group(1)]
        pick = rng.choice(choices)
        for _ in range(4):
            if pick not in used:
                break
            pick = rng.choice(choices)
        used.add(pick)
        return pick

    return _SLOT.sub(word, fmt)
