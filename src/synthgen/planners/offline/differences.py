"""Offline planner, differences and ratios kept in range: 'net pay = gross - tax' never goes below zero (the
amount taken off becomes a share of the amount it comes from), 'yield per hectare = yield / area' lands in the
ratio's own range (the amount divided becomes the ratio's range times the divisor). Called by rules.py, which
passes how a formula names a column and whether one formula reads another."""

from __future__ import annotations

import re
from collections.abc import Callable

from .fields import Field
from .lexicon import lexicon

Ref = Callable[[str], str]
Uses = Callable[[Field, Field, list[Field]], bool]


_NUMERIC = ("random_int", "pyint", "pyfloat", "pydecimal")
_DIFF = re.compile(r"(?:round\(|floor\()?\s*([\w]+|col\(\"[^\"]+\"\))\s*-\s*"
                   r"([\w]+|col\(\"[^\"]+\"\))\s*(?:,\s*\d+\s*)?\)?")


def arg_range(f: Field) -> tuple[float, float] | None:
    """A numeric column's stated (min, max) from its arguments, when both are numbers and min < max."""
    low = f.args.get("min", f.args.get("min_value"))
    high = f.args.get("max", f.args.get("max_value"))
    if isinstance(low, (int, float)) and isinstance(high, (int, float)) and high > low:
        return float(low), float(high)
    return None


def nonnegative(fields: list[Field], signed: frozenset[str], ref: Ref, uses: Uses) -> None:
    """'net pay = gross - tax': a difference that names no signed quantity (profit, change, balance...) never
    goes below zero, so the amount taken off becomes a share of the amount it is taken from, the share read from
    the two columns' own ranges (tax ~ a third of gross pay, deductions ~ a fifth)."""
    by_ref = {ref(f.name): f for f in fields}
    for d in fields:
        m = _DIFF.fullmatch(d.formula or "")
        if m is None or set(d.name.lower().split("_")) & signed:
            continue
        a, b = by_ref.get(m.group(1)), by_ref.get(m.group(2))
        if a is None or b is None or a is b or b.formula or b.unique or b.sequence or b.by or b.entity or \
                b.when or b.provider not in _NUMERIC or uses(a, b, fields):
            continue
        ra, rb = arg_range(a), arg_range(b)
        if ra is None or rb is None or ra[0] < 0 or rb[0] < 0 or rb[1] <= ra[0]:
            continue  # no range to read, or the difference is never negative already
        ratio = (rb[0] + rb[1]) / max(ra[0] + ra[1], 1e-9)
        low, high = min(0.85, ratio * 0.5), min(0.95, ratio * 1.5)
        draw = f"{ref(a.name)} * uniform({low:.3g}, {high:.3g})"
        ints = b.provider in ("random_int", "pyint")
        b.formula = f"floor({draw})" if ints else f"round({draw}, 2)"
        b.distribution = None


_RATIO = re.compile(r"round\(\s*([\w]+|col\(\"[^\"]+\"\))\s*/\s*([\w]+|col\(\"[^\"]+\"\))\s*,\s*\d+\s*\)")


def per_ratios(fields: list[Field], ref: Ref, uses: Uses) -> None:
    """'yield per hectare = yield / area': an amount per unit has a realistic range of its own (a few tonnes a
    hectare, dollars a square foot), which two independent draws would miss (343 t/ha); when the words stated
    no range for the amount divided, it becomes the ratio's own range times the divisor, so the ratio lands
    in its range and the division still holds."""
    by_ref = {ref(f.name): f for f in fields}
    concepts = lexicon().concepts
    for d in fields:
        m = _RATIO.fullmatch(d.formula or "")
        if m is None or "per" not in d.name.lower().split("_"):
            continue
        a, b = by_ref.get(m.group(1)), by_ref.get(m.group(2))
        if a is None or b is None or a is b or a.explicit or a.formula or a.unique or a.sequence or a.by or \
                a.entity or a.when or a.provider not in _NUMERIC or uses(b, a, fields):
            continue
        span = arg_range(d) if d.provider in _NUMERIC else None
        concept = concepts.get(d.concept or "")
        if span is None and concept is not None and concept.kind not in ("percent",) and concept.range:
            low, high = concept.range
            span = (float(low), float(high)) if high > low else None
        rb = arg_range(b)
        if span is None or span[0] < 0 or rb is None or rb[0] < 0 or d.concept == a.concept:
            continue  # the ratio's range is the amount's own, not a per-unit one ('rent per m2' read as rent)
        draw = f"{ref(b.name)} * uniform({span[0]:g}, {span[1]:g})"
        a.formula = f"floor({draw})" if a.provider in ("random_int", "pyint") else f"round({draw}, 2)"
        a.distribution = None
