"""Offline planner, the terms of a sum are alike: 'total = parts + labour' beside labour_hours and labour_cost_eur
adds the labour cost, not the hours, since the other term and the total are money. Words in data/relations.json."""

from __future__ import annotations

from .fields import Field
from .mentions import resolve
from .refs import numeric


def _money(f: Field, words: frozenset[str]) -> bool:
    return bool(set(f.name.lower().split("_")) & words)


def alike(target: Field | None, operands: list[Field | None], texts: list[str], ops: list[str],
          fields: list[Field], words: frozenset[str]) -> list[Field | None]:
    """The operands, each term of a money sum that is not money swapped for the money column its words name."""
    if target is None or not set(ops) <= {"+", "-"} or len(texts) != len(operands):
        return operands
    known = [o for o in [target, *operands] if o is not None]
    if sum(_money(o, words) for o in known) < 2:
        return operands
    out = list(operands)
    for k, (o, text) in enumerate(zip(operands, texts, strict=True)):
        if o is None or _money(o, words):
            continue
        found = resolve(text.split(), [g for g in fields if g is not target and g not in out and numeric(g) and
                                       _money(g, words)])
        if found is not None:
            out[k] = found
    return out
