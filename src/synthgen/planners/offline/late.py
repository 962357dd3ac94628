"""Offline planner, charges for lateness read from the words: 'late fee, $0.25 per day late', 'penalty of 2 per
hour overdue', 'credit 10 per minute delayed' is the rate times how far the actual date passed the due one (0 when
on time). The due date is the dated column named as one (due, deadline, expected ...), the actual one the dated
column named as the event (returned, delivered, paid ...). Words live in data/relations.json ('late')."""

from __future__ import annotations

from .fields import Field
from .mentions import Token, owner
from .refs import ref
from .ruledata import words

_DATED = ("date_between", "date_time_between")
_MONEY = ("pyfloat", "pydecimal", "random_int", "pyint")


def _one(fields: list[Field], names: set[str], but: Field | None = None) -> Field | None:
    found = [f for f in fields if f is not but and (f.provider in _DATED or f.kind in ("date", "datetime")) and
             set(f.name.lower().split("_")) & names]
    return found[0] if len(found) == 1 else None


def read(segs: list[list[Token]], fields: list[Field]) -> None:
    w = words().raw["late"]
    units = words().raw["derived"]["units_per_day"]
    for seg in segs:
        for k, t in enumerate(seg):
            if t.text != "per":
                continue
            said = " ".join(x.text for x in seg[k + 1:k + 3]).split()[:2]  # 'day late' may read as a column
            if not (t.kind == "word" and t.text == "per" and 1 <= k and len(said) == 2 and
                    seg[k - 1].kind == "num" and not seg[k - 1].percent and said[0] in units and
                    said[1] in w["late_words"]):
                continue
            target = owner(seg, k - 1, want=lambda f: f.provider in _MONEY and not (f.formula or f.unique))
            due = _one(fields, set(w["due_names"]))
            actual = _one(fields, set(w["actual_names"]), but=due)
            if target is None or due is None or actual is None or target.formula or target.unique:
                continue
            _around(actual, due, fields)
            per_day = float(units[said[0]])
            late = f"{ref(actual.name)} - {ref(due.name)}"
            if per_day != 1 or "time" in actual.provider or "time" in due.provider:
                late = f"({late}) * {per_day:g}"
            rate = seg[k - 1].value or 0.0
            target.formula = _unless_blank(f"round({rate:g} * max(0, {late}), 2)", actual, rate * per_day, fields)
            target.distribution, target.kind = None, "float"


def _around(actual: Field, due: Field, fields: list[Field]) -> None:
    """An actual date drawn on its own may never meet the due one (submitted last year, due next month): it falls
    around the due date instead, some early and some late, unless another rule already places it."""
    if actual.formula or actual.after or due.formula and ref(actual.name) in due.formula or \
            due.after and due.after.get("column") == actual.name:
        return
    w = words().raw["late"]
    if "time" in actual.provider or "time" in due.provider:
        low, high = w["around_datetime_days"]
        actual.formula = f"{ref(due.name)} + days(uniform({low:g}, {high:g}))"
        actual.kind = "datetime"
    else:
        low, high = w["around_date_days"]
        actual.formula = f"{ref(due.name)} + days(randint({low}, {high}))"
        actual.kind = "date"


def _text(v: object) -> str:
    return "true" if v is True else "false" if v is False else "'" + str(v).replace("'", "") + "'"


def _unless_blank(charge: str, actual: Field, per_day: float, fields: list[Field]) -> str:
    """The charge where the actual date is filled only in some rows ('return date, empty if not returned yet'):
    there it is computed; elsewhere 0, or days late so far for rows whose state says late ('overdue')."""
    when = actual.when
    state = next((f for f in fields if when and f.name == when.get("column")), None)
    if not when or state is None:
        return charge
    values = when.get("in", when.get("not_in")) or []
    if "in" in when:
        test = " or ".join(f"{ref(state.name)} == {_text(v)}" for v in values)
    else:
        test = " and ".join(f"{ref(state.name)} != {_text(v)}" for v in values)
    if not test:
        return charge
    late_words = set(words().raw["late"]["late_words"])
    behind = [v for v in state.args.get("elements") or [] if v not in values and
              set(str(v).lower().replace("_", " ").split()) & late_words]
    low, high = words().raw["late"]["so_far_days"]
    other = "0"
    if behind:
        test_late = " or ".join(f"{ref(state.name)} == {_text(v)}" for v in behind)
        other = f"if({test_late}, round({per_day:g} * randint({low}, {high}), 2), 0)"
    return f"if({test}, {charge}, {other})"
