"""Offline planner, numbers that follow a category of the row: 'monthly price depends on the plan', 'shipping fee
based on the service level' (each choice, in the order listed, takes its own band of the number's range, the
first the lowest), and a charge beside a plan or tier that lists 'Free' is 0 on the free rows. Words live in
data/relations.json ('tiers')."""

from __future__ import annotations

from .blanks import _half_named
from .differences import arg_range
from .fields import Field
from .mentions import Token, owner
from .refs import ref
from .ruledata import words

_NUMBERS = ("random_int", "pyint", "pyfloat", "pydecimal")


def _w() -> dict:
    return words().raw["tiers"]


def _free(f: Field) -> bool:
    return f.provider in _NUMBERS and not (f.formula or f.unique or f.sequence or f.when or f.by or f.entity)


def _range(f: Field) -> tuple[float, float] | None:
    span = arg_range(f)
    return span if span is not None and span[0] >= 0 else None  # a charge: never below 0


def _choice(v: object) -> str:
    return "'" + str(v).replace("'", "") + "'"


def _draw(f: Field, low: float, high: float) -> str:
    if f.provider in ("random_int", "pyint"):
        return f"randint({round(low)}, {max(round(low), round(high))})"
    digits = int(f.args.get("right_digits", 2) or 2)
    return f"round(uniform({low:.{digits}f}, {high:.{digits}f}), {digits})"


def _zero(v: object) -> bool:
    return str(v).lower() in _w()["zero_choices"]


def _bands(f: Field, state: Field) -> None:
    span = _range(f)
    choices = list(state.args.get("elements") or [])
    paid = [v for v in choices if not _zero(v)]
    if span is None or len(paid) < 1 or len(choices) < 2:
        return
    low, high = span
    step = (high - low) / len(paid)
    formula = None
    for k in range(len(paid) - 1, -1, -1):
        a, b = low + step * k, low + step * (k + 1)
        if k == 0 and low == 0:
            a = b / 4  # a paid tier is never free
        draw = _draw(f, a, b)
        formula = draw if formula is None else f"if({ref(state.name)} == {_choice(paid[k])}, {draw}, {formula})"
    for v in choices:
        if _zero(v):
            formula = f"if({ref(state.name)} == {_choice(v)}, 0, {formula})"
    f.formula, f.distribution = formula, None


def read(segs: list[list[Token]], fields: list[Field]) -> None:
    """'monthly price depends on the plan': the price's range split in bands, one per plan in listed order."""
    phrases = sorted((tuple(p) for p in _w()["set_by"]), key=len, reverse=True)
    firsts = {p[0] for p in phrases}
    for seg in segs:
        for i in range(len(seg)):
            if seg[i].kind != "word" or seg[i].text not in firsts:
                continue
            n = next((len(p) for p in phrases if tuple(x.text for x in seg[i:i + len(p)]) == p and
                      all(x.kind == "word" for x in seg[i:i + len(p)])), 0)
            if not n:
                continue
            j = i + n
            while j < len(seg) and seg[j].kind == "word" and seg[j].text in ("the", "its", "their", "a", "each"):
                j += 1
            state = seg[j].field if j < len(seg) and seg[j].kind == "col" else None
            target = owner(seg, i, want=_free, strict=True)
            if state is None or target is None or not _free(target) or state.provider != "random_element" or \
                    state.formula or not state.args.get("elements") or _half_named(seg, i, target):
                continue
            _bands(target, state)


def free_plans(fields: list[Field]) -> None:
    """'plan (Free, Starter, Pro), MRR': a charge of the row is 0 where the plan is free."""
    w = _w()
    plans = [f for f in fields if f.provider == "random_element" and not f.formula and
             set(f.name.lower().split("_")) & set(w["plan_names"]) and any(_zero(v) for v in f.args.get("elements")
                                                                            or [])]
    if len(plans) != 1:
        return
    plan = plans[0]
    for f in fields:
        if not _free(f) or f.explicit or f.kind == "id" or "id" in f.name.lower().split("_") or \
                not set(f.name.lower().split("_")) & set(w["charge_names"]):
            continue
        span = _range(f)
        if span is None:
            continue
        tests = " or ".join(f"{ref(plan.name)} == {_choice(v)}" for v in plan.args["elements"] if _zero(v))
        f.formula, f.distribution = f"if({tests}, 0, {_draw(f, max(span[0], span[1] / 100), span[1])})", None
