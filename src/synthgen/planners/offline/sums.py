"""Offline planner, the terms of a sum are alike: 'total = parts + labour' beside labour_hours and labour_cost_eur
adds the labour cost, not the hours, since the other term and the total are money. Words in data/relations.json."""

from __future__ import annotations

import re

from .fields import Field
from .mentions import resolve


def _money(f: Field, words: frozenset[str]) -> bool:
    return bool(set(f.name.lower().split("_")) & words)


def alike(target: Field | None, operands: list[Field | None], texts: list[str], ops: list[str],
          fields: list[Field], words: frozenset[str]) -> list[Field | None]:
    """The operands, each term of a money sum that is not money swapped for the money column its words name."""
    from .relations import numeric
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


_NUMERIC = ("random_int", "pyint", "pyfloat", "pydecimal")
_DIFF = re.compile(r"(?:round\(|floor\()?\s*([\w]+|col\(\"[^\"]+\"\))\s*-\s*([\w]+|col\(\"[^\"]+\"\))\s*(?:,\s*\d+\s*)?\)?")


def _range(f: Field) -> tuple[float, float] | None:
    low = f.args.get("min", f.args.get("min_value"))
    high = f.args.get("max", f.args.get("max_value"))
    if isinstance(low, (int, float)) and isinstance(high, (int, float)) and high > low:
        return float(low), float(high)
    return None


def nonnegative(fields: list[Field], signed: frozenset[str]) -> None:
    """'net pay = gross - tax': a difference that names no signed quantity (profit, change, balance...) never
    goes below zero, so the amount taken off becomes a share of the amount it is taken from, the share read from
    the two columns' own ranges (tax ~ a third of gross pay, deductions ~ a fifth)."""
    from .bounds import _uses
    from .rules import ref
    by_ref = {ref(f.name): f for f in fields}
    for d in fields:
        m = _DIFF.fullmatch(d.formula or "")
        if m is None or set(d.name.lower().split("_")) & signed:
            continue
        a, b = by_ref.get(m.group(1)), by_ref.get(m.group(2))
        if a is None or b is None or a is b or b.formula or b.unique or b.sequence or b.by or b.entity or \
                b.when or b.provider not in _NUMERIC or _uses(a, b, fields):
            continue
        ra, rb = _range(a), _range(b)
        if ra is None or rb is None or ra[0] < 0 or rb[0] < 0 or rb[1] <= ra[0]:
            continue  # no range to read, or the difference is never negative already
        ratio = (rb[0] + rb[1]) / max(ra[0] + ra[1], 1e-9)
        low, high = min(0.85, ratio * 0.5), min(0.95, ratio * 1.5)
        draw = f"{ref(a.name)} * uniform({low:.3g}, {high:.3g})"
        ints = b.provider in ("random_int", "pyint")
        b.formula = f"floor({draw})" if ints else f"round({draw}, 2)"
        b.distribution = None
