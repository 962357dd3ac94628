"""Offline planner, values derived from other columns of the row, read from the words: 'the check-in is on the
arrival date' (the same date), 'nights is the difference between them', 'duration_seconds: the gap between
start and end' (a date difference in days, hours, minutes or seconds), 'the package total is the two added
together', 'engagement that adds up the likes, comments and shares' (a sum of the parts named).

A column that the names alone tie to a pair of dates ('nights' beside check-in and a check-out that follows
it, 'duration minutes' beside a start and an end) is their difference too, as a careful reader takes it.
Words live in data/relations.json ('derived')."""

from __future__ import annotations

import re

from .fields import Field
from .mentions import Token, owner
from .refs import numeric, ref
from .retype import as_number
from .ruledata import words

_DATED = ("date_between", "date_time_between")
_WHOLE = ("random_int", "pyint")
_COUNTS = {"two": 2, "both": 2, "three": 3, "four": 4}


def _w() -> dict:
    return words().raw["derived"]


def _dated(f: Field | None) -> bool:
    return f is not None and (f.provider in _DATED or bool(f.formula and f.kind in ("date", "datetime")))


def depends(f: Field, other: Field, fields: list[Field], seen: frozenset[int] = frozenset()) -> bool:
    """Whether f is made from other: through its formula, `after`, `when` or `by`, directly or further."""
    if id(f) in seen:
        return False
    names = {r["column"] for r in (f.after, f.when, f.by) if r}
    for g in fields:
        if g is not f and (g.name in names or (f.formula and _reads(f.formula, g.name))) and \
                (g is other or depends(g, other, fields, seen | {id(f)})):
            return True
    return False


def _reads(formula: str, name: str) -> bool:
    return bool(re.search(rf"(?<![\w\"]){re.escape(name)}(?![\w\"])|col\(\"{re.escape(name)}\"\)", formula))


def _root(f: Field, fields: list[Field]) -> Field:
    """The column a date copies ('check-in = outbound date'), else itself."""
    by_ref = {ref(g.name): g for g in fields}
    seen = 0
    while f.formula and f.formula in by_ref and seen < 5:
        f, seen = by_ref[f.formula], seen + 1
    return f


# ---- the same date ---------------------------------------------------------------------------------------

def same_dates(segs: list[list[Token]], fields: list[Field]) -> None:
    """'the hotel check-in is on the outbound date', 'ship date equals the order date', 'check-out on the same day
    as the return flight': the first date is the second one."""
    filler, marks = set(_w()["same_filler"]), set(_w()["same_marks"])
    for seg in segs:
        for i, t in enumerate(seg):
            if t.kind != "col" or not _dated(t.field) or t.field.unique:  # type: ignore[union-attr]
                continue
            j, said = i + 1, False
            while j < len(seg) and j - i <= 8 and (seg[j].kind == "word" and seg[j].text in filler or
                                                   seg[j].text in ("=", "-", "–", ",", ":")):
                said = said or seg[j].text in marks or seg[j].text == "="
                j += 1
            if not said or j >= len(seg) or seg[j].kind != "col" or not _dated(seg[j].field):
                continue
            a, b = t.field, seg[j].field
            if a is not None and b is not None and b.after and b.after.get("column") == a.name and not b.formula:
                b.after = None  # a guess from the names ('return' after 'check-out'); the words say the same day
            if a is None or b is None or a is b or a.formula or depends(b, a, fields) or \
                    (a.provider in _DATED and b.provider in _DATED and a.provider != b.provider):
                continue
            a.formula, a.after, a.when = ref(b.name), None, None
            a.kind = b.kind if b.kind in ("date", "datetime") else a.kind
            for g in fields:  # whatever followed the copy now follows the date it copies
                if g.after and g.after.get("column") == a.name and g is not b and not depends(b, g, fields):
                    g.after = dict(g.after, column=b.name)


# ---- differences of two dates ----------------------------------------------------------------------------

def _factor(f: Field) -> float | None:
    """How many of the column's units a day holds (seconds 86400, minutes 1440, hours 24, weeks 1/7, days 1);
    None when its name names no unit of time and no days-like word."""
    units = _w()["units_per_day"]
    for part in reversed(f.name.lower().split("_")):
        if part in units:
            return float(units[part])
    return None


def _gap_formula(target: Field, start: Field, end: Field, factor: float) -> str:
    diff = f"{ref(end.name)} - {ref(start.name)}"
    dates = start.provider == end.provider == "date_between" or \
        (start.kind == end.kind == "date" and start.provider not in ("date_time_between",))
    if target.provider not in _WHOLE and target.provider in ("pyfloat", "pydecimal"):
        return f"round(({diff}) * {factor:g}, 2)" if factor != 1 or not dates else f"{diff}"
    if dates and factor == 1:
        return diff
    return f"round(({diff}) * {factor:g})"


def _order(a: Field, b: Field, fields: list[Field]) -> tuple[Field, Field]:
    """(start, end) of two dates: the one made from the other comes later; else as written."""
    if depends(a, b, fields):
        return b, a
    return a, b


def _set_gap(target: Field, a: Field, b: Field, fields: list[Field]) -> bool:
    factor = _factor(target)
    if factor is None:
        factor = 1.0
    start, end = _order(_root(a, fields), _root(b, fields), fields)
    if start is end or depends(start, target, fields) or depends(end, target, fields):
        return False
    _stretch(target, start, end, factor)
    target.formula, target.distribution, target.when = _gap_formula(target, start, end, factor), None, None
    target.kind = "float" if target.provider in ("pyfloat", "pydecimal") else "int"
    return True


def _stretch(target: Field, start: Field, end: Field, factor: float) -> None:
    """A stated range of the gap ('sessions of 5 to 90 minutes') becomes the end's distance from the start."""
    low, high = target.args.get("min", target.args.get("min_value")), target.args.get("max",
                                                                                      target.args.get("max_value"))
    if not (target.explicit and end.after and end.after.get("column") == start.name and
            isinstance(low, (int, float)) and isinstance(high, (int, float)) and 0 <= low < high):
        return
    days_low, days_high = low / factor, high / factor
    if end.provider == "date_between":
        days_low, days_high = max(0, round(days_low)), max(1, round(days_high))
    end.after = dict(end.after, min_days=round(days_low, 6), max_days=round(days_high, 6))


def _gap_target(f: Field | None) -> bool:
    return f is not None and numeric(f) and not f.formula and not f.by and not f.entity and \
        f.provider in ("random_int", "pyint", "pyfloat", "pydecimal")


def gaps(segs: list[list[Token]], fields: list[Field]) -> None:
    """'nights is the difference between them', 'duration_seconds: the gap between start and end',
    'lead time = delivery date minus order date': the number is the distance between the two dates."""
    triggers, pronouns = set(_w()["gap_words"]), set(_w()["pronouns"])
    for seg in segs:
        for i, t in enumerate(seg):
            if not (t.kind == "word" and t.text in triggers or t.kind == "op" and t.text in ("-", "–") and
                    0 < i < len(seg) - 1 and seg[i - 1].kind == "col" and seg[i + 1].kind == "col"):
                continue
            target = owner(seg, i, want=_gap_target)
            if not _gap_target(target):
                continue
            lo = max(0, i - 1)
            while lo > 0 and not (seg[lo - 1].kind == "op" and seg[lo - 1].text in (";", ")")):
                lo -= 1
            hi = i + 1
            while hi < len(seg) and not (seg[hi].kind == "op" and seg[hi].text in (";", ",", "(", ")")):
                hi += 1
            at = next((k for k in range(i - 1, -1, -1) if seg[k].kind == "col" and seg[k].field is target), i)
            ahead = _distinct([x.field for x in seg[at + 1:hi] if x.kind == "col" and _dated(x.field)], fields)
            if len(ahead) < 2 and any(x.text in pronouns for x in seg[i + 1:hi]):
                ahead = _distinct([x.field for x in seg[:i] if x.kind == "col" and _dated(x.field)], fields)[-2:]
            if len(ahead) == 2 and target is not None:
                minus = t.text in ("minus", "-", "–", "subtracting")  # 'end minus start': the later one first
                one, other = ahead[::-1] if minus else ahead
                _set_gap(target, one, other, fields)


def _distinct(found: list[Field | None], fields: list[Field]) -> list[Field]:
    out: list[Field] = []
    for f in found:
        if f is not None and all(_root(f, fields) is not _root(g, fields) for g in out):
            out.append(f)
    return out


def implied_gaps(fields: list[Field]) -> None:
    """'check-in date, check-out date, number of nights', 'started_at, ended_at, duration_seconds': a length of
    time named beside exactly one pair of dates where one follows the other is their difference."""
    names = _w()["gap_names"]
    pairs = []
    for f in fields:
        if _dated(f) and f.after and not f.unique:
            first = next((g for g in fields if g.name == f.after.get("column") and _dated(g)), None)
            if first is not None:
                pairs.append((first, f))
    if len(pairs) != 1:
        return
    start, end = pairs[0]
    for f in fields:
        parts = set(f.name.lower().split("_"))
        if not _gap_target(f) or f.explicit and f.provider not in _WHOLE or \
                not any(set(n) <= parts for n in names) or set(_w()["not_gap"]) & parts:
            continue
        if _factor(f) is None and not parts & {"nights", "night", "days", "day", "stay"}:
            continue
        _set_gap(f, start, end, fields)


# ---- sums of the parts named -----------------------------------------------------------------------------

def _match(seg: list[Token], i: int, phrases: list[list[str]]) -> int:
    if seg[i].kind != "word" or seg[i].text not in _firsts(id(phrases), phrases):
        return 0
    for p in sorted(phrases, key=len, reverse=True):
        if i + len(p) <= len(seg) and all(seg[i + k].kind == "word" and seg[i + k].text == p[k]
                                          for k in range(len(p))):
            return len(p)
    return 0


_FIRSTS: dict[int, frozenset[str]] = {}


def _firsts(key: int, phrases: list[list[str]]) -> frozenset[str]:
    if key not in _FIRSTS:
        _FIRSTS[key] = frozenset(p[0] for p in phrases if p)
    return _FIRSTS[key]


def _part(f: Field | None) -> bool:
    return f is not None and numeric(f) and not (f.unique or f.sequence)


def _sum_target(f: Field) -> bool:
    return f.provider in ("random_int", "pyint", "pyfloat", "pydecimal") and not (f.unique or f.sequence) and \
        not f.formula and not f.by


def _echo(f: Field, fields: list[Field]) -> bool:
    """A column whose values are other columns' names ('total: the sum of salaries, equipment and travel')."""
    values = f.args.get("elements") or [] if f.provider == "random_element" and not f.formula else []
    names = [set(g.name.lower().split("_")) for g in fields if g is not f]
    return bool(values) and all(any(set(str(v).lower().replace("_", " ").split()) <= n for n in names)
                                for v in values)


def sums(segs: list[list[Token]], fields: list[Field]) -> None:
    """'package total is the two added together', 'an engagement total that adds up the likes, comments and
    shares', 'gross = the sum of base, overtime and bonus': the total is the sum of the parts."""
    w = _w()
    for seg in segs:
        for i in range(len(seg)):
            n = _match(seg, i, w["sum_words"])
            if not n:
                continue
            target = owner(seg, i, want=lambda f: _sum_target(f) or _echo(f, fields))
            if target is None or not (_sum_target(target) or _echo(target, fields)):
                continue
            hi = i + n
            while hi < len(seg) and not (seg[hi].kind == "op" and seg[hi].text in (";", ")", "(")):
                hi += 1
            parts = [x.field for x in seg[i + n:hi] if x.kind == "col" and _part(x.field) and x.field is not target]
            before = [x.text for x in seg[max(0, i - 3):i]]
            at = next((k for k in range(i - 1, -1, -1) if seg[k].kind == "col" and seg[k].field is target), i)
            if len(parts) < 2:  # 'goals_total: home_goals and away_goals added up'
                parts = [x.field for x in seg[at + 1:i] if x.kind == "col" and _part(x.field)]
            if len(parts) < 2 and any(p in before for p in w["two_words"]):
                earlier = [x.field for x in seg[:i] if x.kind == "col" and _part(x.field) and x.field is not target]
                count = next((_COUNTS[x] for x in before if x in _COUNTS), 0)
                parts = earlier[-count:] if count else earlier
            addends = [p for k, p in enumerate(parts) if p is not None and all(p is not q for q in parts[:k])]
            if len(addends) < 2 or any(depends(p, target, fields) for p in addends):
                continue
            if _echo(target, fields):
                as_number(target, addends[0])  # 'total: the sum of travel cost and ...' read as choices
            text = " + ".join(ref(p.name) for p in addends)
            whole = all(p.provider in _WHOLE or (p.formula and p.kind == "int") for p in addends)
            target.formula = text if whole else f"round({text}, 2)"
            target.distribution, target.kind = None, "int" if whole else "float"



# ---- comparisons read the way a person does ----------------------------------------------------------------

def negated(seg: list[Token], i: int, kind: str) -> str:
    """'can't be more than', 'must not go below', 'won't ever exceed': the comparison turned round."""
    if kind not in ("above", "below"):
        return kind
    k = i - 1
    while k >= 0 and seg[k].kind == "word" and seg[k].text in _w()["negation_fill"]:
        k -= 1
    if k >= 0 and seg[k].kind == "word" and seg[k].text in _w()["negations"]:
        return "at_most" if kind == "above" else "at_least"
    return kind


def this_pair(seg: list[Token], i: int, j: int) -> tuple[Field, Field] | None:
    """'seats_purchased - seats_used is never more than this': (the column compared, the line's own column)."""
    if not (j < len(seg) and seg[j].kind == "word" and seg[j].text in _w()["this_words"]):
        return None
    head = next((t.field for t in seg[:i] if t.kind == "col"), None)
    part = next((seg[k].field for k in range(i - 1, -1, -1) if seg[k].kind == "col"), None)
    if head is None or part is None or head is part:
        return None
    values = head.args.get("elements") or [] if head.provider == "random_element" else []
    named = set(part.name.lower().split("_"))
    if values and numeric(part) and all(set(str(v).lower().replace("_", " ").split()) <= named for v in values):
        as_number(head, part)  # the line's prose ('seats used ...') was read as its values
    return part, head
