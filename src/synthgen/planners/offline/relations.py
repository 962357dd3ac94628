"""Offline planner, relations read from the words: 'total = quantity x unit price', 'discount never more than the
price', 'tip up to 25% of the subtotal', 'deposit two or three months' rent' become formulas between columns.

The whole description is read as tokens with the columns marked (mentions.py); a rule is set only where the
words name two planned columns, so prose that names none changes nothing. Words live in data/relations.json."""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise

from . import derived, sums
from .fields import Field
from .mentions import Token, mark, owner, resolve, segments, tokens
from .refs import numeric
from .refs import ref as _ref
from .retype import as_number, as_range, misread, ranged
from .ruledata import Words, rules_data, words

_NUMERIC = ("random_int", "pyint", "pyfloat", "pydecimal")
_INTS = ("random_int", "pyint")
_DATED = ("date_between", "date_time_between")


def ref(f: Field) -> str:
    return _ref(f.name)


_PROSE = frozenset({"x", "times", "plus", "minus", "than", "of", "per", "/", "*", "+", "=", "<", ">", "<=", "%"})


def settable(f: Field) -> bool:
    """A column a relation may turn into a formula: a number, or a column whose values are the relation's own
    words ('quantity x unit price'); never a key, a date, a person, a place, or a list of choices."""
    if f.unique or f.sequence or f.kind == "id" or f.provider in _DATED or f.formula or f.entity:
        return False
    if f.provider == "random_element":
        return any(any(ch.isdigit() for ch in str(e)) or set(str(e).lower().split()) & _PROSE or
                   len(str(e).split()) >= 3 for e in f.args.get("elements") or [])
    return f.provider in _NUMERIC or f.provider in ("pybool", "word", "pystr", "boolean")


def whole(f: Field) -> bool:
    return f.provider in _INTS


def read(fields: list[Field], text: str) -> list[list[Token]]:
    """Formulas from the words, in order: definitions, ratios, comparisons. Returns the marked segments."""
    segs = segments(mark(tokens(text), fields))
    w = words()
    for seg in segs:
        definitions(seg, w, fields)
    for seg in segs:
        ratios(seg, w, fields)
    for seg in segs:
        comparisons(seg, w)
        bands(seg, fields)
        zero_when(seg, fields)
    implied_totals(fields)
    return segs


def implied_totals(fields: list[Field]) -> None:
    """'home goals, away goals, total goals': a whole-number total beside two or more counts of the same thing
    ('home goals', 'away goals') is their sum."""
    for f in fields:
        names = f.name.lower().split("_")
        rest = set(names) - {"total", "overall", "combined"}
        if "total" not in names or not rest or not settable(f) or not whole(f):
            continue
        parts = [g for g in fields if g is not f and whole(g) and numeric(g) and not g.formula and
                 rest < set(g.name.lower().split("_")) and
                 not set(g.name.lower().split("_")) & {"total", "per", "avg", "average", "rate", "unit", "max", "min"}]
        if len(parts) >= 2:
            f.formula = " + ".join(ref(g) for g in parts)


def match_phrase(seg: list[Token], i: int, phrases: tuple[tuple[str, ...], ...]) -> int:
    """The length of the first phrase found at seg[i], 0 if none."""
    for p in phrases:
        if i + len(p) <= len(seg) and all(seg[i + k].kind != "col" and seg[i + k].text == p[k]
                                          for k in range(len(p))):
            return len(p)
    return 0


def _skip_the(seg: list[Token], i: int) -> int:
    while i < len(seg) and seg[i].kind == "word" and seg[i].text in ("the", "its", "their", "a", "an", "of"):
        i += 1
    return i


def _operator(seg: list[Token], i: int, w: Words) -> tuple[str, int] | None:
    for op, phrases in w.operators.items():
        n = match_phrase(seg, i, phrases)
        if n:
            return op, n
    return None


def definitions(seg: list[Token], w: Words, fields: list[Field]) -> None:
    """'gross pay (base + overtime + bonus)', 'total price, which is nights times the nightly rate',
    'copay: fee minus covered': the column before is computed from the columns named."""
    i = 0
    while i < len(seg):
        if seg[i].kind != "col":
            i += 1
            continue
        operands, ops, j, texts = [seg[i].field], [], i + 1, [seg[i].text]
        while True:
            found = _operator(seg, j, w)
            if not found:
                break
            k = _skip_the(seg, j + found[1])
            if k >= len(seg) or seg[k].kind != "col":
                break
            ops.append(found[0])
            operands.append(seg[k].field)
            texts.append(seg[k].text)
            j = k + 1
        if not ops:
            i += 1
            continue
        target = owner(seg, i, want=_settable_for(operands, fields), strict=True)
        if target is not None and misread(target, operands):
            as_number(target, operands[0])  # type: ignore[arg-type]
        operands = sums.alike(target, operands, texts, ops, fields, frozenset(w.raw["money_words"]))
        _define(target, operands, ops, fields)
        i = j


def _settable_for(operands: list[Field | None], fields: list[Field]) -> Callable[[Field], bool]:
    """The test for the column a sum or product of `operands` defines."""
    def want(f: Field) -> bool:
        return settable(f) or _echoes(f, None, fields) or misread(f, operands)
    return want


def _bounded_by(of: Field | None) -> Callable[[Field], bool]:
    """The test for the column a bound by `of` limits."""
    def want(f: Field) -> bool:
        return settable(f) or _echoes(f, of) or misread(f, [of])
    return want


def _formula_not_bucket(f: Field) -> bool:
    """A column with a formula that is not a bucketing of another."""
    if not f.formula:
        return False
    return not f.formula.startswith("bucket(")


def _define(target: Field | None, operands: list[Field | None], ops: list[str], fields: list[Field]) -> None:
    if target is None or any(o is None or o is target for o in operands) or not (
            settable(target) or _echoes(target, None, fields)):
        return
    prepared = [o if o is None or numeric(o) or _numbers(o) else ranged(o) or _number_like(o, fields)
                for o in operands]
    if not all(o is not None and (isinstance(o, tuple) or numeric(o) or _numbers(o)) for o in prepared) or \
            target in prepared or \
            len({id(o) for o in prepared}) < len(prepared):
        return  # 'batches x batch size' is never the batch size squared
    terms = [as_range(o) if isinstance(o, tuple) else o for o in prepared]
    text = ref(terms[0])  # type: ignore[arg-type]
    for op, o in zip(ops, terms[1:], strict=True):
        text += f" {op} {ref(o)}"  # type: ignore[arg-type]
    if set(ops) <= {"+", "-"} and all(whole(o) for o in terms if o is not None):
        target.formula = text
    else:
        target.formula = f"round({text}, 2)"
    target.kind = "float"


def _numbers(f: Field) -> bool:
    """A column of listed numbers ('voltage 110 or 230', 'pack size 6, 12 or 24'): a factor like any number."""
    values = f.args.get("elements") or [] if f.provider == "random_element" and not f.unique else []
    return bool(values) and all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in values)


def _number_like(f: Field, fields: list[Field]) -> Field | None:
    """'parts plus labour' where 'labour' also names a stray column of words: the number column named so."""
    return resolve(f.name.split("_"), [g for g in fields if g is not f and numeric(g)])


def _number_before(seg: list[Token], k: int, w: Words) -> tuple[float, float, int] | None:
    """The percentage or range that ends at seg[k]: '25%', '15-35%', '15% to 35%', 'up to 25%' -> (low, high,
    start index), as fractions."""
    t = seg[k] if 0 <= k < len(seg) else None
    if t is None or t.kind != "num" or not t.percent:
        return None
    high = low = t.value or 0.0
    start = k
    if k >= 2 and seg[k - 1].text in ("-", "–", "to", "and") and seg[k - 2].kind == "num":
        low, start = seg[k - 2].value or 0.0, k - 2
    else:
        for p in w.up_to:
            n = len(p)
            if start - n >= 0 and tuple(x.text for x in seg[start - n:start]) == p:
                low, start = 0.0, start - n
                break
    if low > high:
        low, high = high, low
    back = next((n for n in (1, 3) if start >= n and " ".join(x.text for x in seg[start - n:start]) in
                 w.raw["derived"]["around_words"]), 0)
    if back and high < 100 and low == high:
        return 1 - high / 100, 1 + high / 100, start - back  # 'within 10% of planned': 90% to 110% of it
    return low / 100, high / 100, start


def _by_unit(unit: str, fields: list[Field]) -> Field | None:
    """'per 100 km': the one number column whose name ends in that unit (distance_km)."""
    found = [f for f in fields if numeric(f) and f.name.lower().split("_")[-1] == unit]
    return found[0] if len(found) == 1 else None


def ratios(seg: list[Token], w: Words, fields: list[Field]) -> None:
    """'fee is 1.5% of the cost', 'tax 12-38% of gross', 'tip up to 25% of the subtotal', 'deposit two or three
    months' rent', 'fuel 25 to 40 litres per 100 km': the column is that share of the other."""
    for k, t in enumerate(seg):
        if t.kind == "word" and t.text == "of":
            j = _skip_the(seg, k + 1)
            if j < len(seg) and seg[j].kind == "col":
                found = _number_before(seg, k - 1, w)
                if found:
                    _share(owner(seg, found[2], want=settable, strict=True), seg[j].field, found[0], found[1], False)
        elif t.kind == "word" and t.text in w.multiples and k >= 1 and seg[k - 1].value is not None:
            j = _skip_the(seg, k + 1)
            if j < len(seg) and seg[j].kind == "col":
                high = low = seg[k - 1].value or 0.0
                start, integers = k - 1, False
                if k >= 3 and seg[k - 2].text in ("or", "to", "-", "–", "and") and seg[k - 3].value is not None:
                    low, start = seg[k - 3].value or 0.0, k - 3
                    integers = seg[k - 2].text == "or" and float(low).is_integer() and float(high).is_integer()
                _share(owner(seg, start, want=settable, strict=True), seg[j].field, low, high, integers)
        elif t.kind == "word" and t.text == "per" and k >= 2:
            j = k + 1
            per = 1.0
            if j < len(seg) and seg[j].kind == "num":
                per, j = seg[j].value or 1.0, j + 1
            if j >= len(seg) or per <= 0:
                continue
            of = seg[j].field if seg[j].kind == "col" else _by_unit(seg[j].text, fields)
            if of is None:
                continue
            n = k - 1 if seg[k - 1].kind in ("word", "col") else k
            if n < 1 or seg[n - 1].kind != "num" or seg[n - 1].percent:
                continue
            high = low = seg[n - 1].value or 0.0
            start = n - 1
            if n >= 3 and seg[n - 2].text in ("-", "–", "to") and seg[n - 3].kind == "num":
                low, start = seg[n - 3].value or 0.0, n - 3
            _share(owner(seg, start, want=settable, strict=True), of, low / per, high / per, False)


def _share(part: Field | None, of: Field | None, low: float, high: float, integers: bool) -> None:
    if part is None or of is None or part is of or not settable(part) or not numeric(of) or high <= 0:
        return
    if of.formula and part.name in of.formula:
        return
    if integers:
        draw = f"randint({low:g}, {high:g})"
    elif low == high:
        draw = f"{low:g}"
    else:
        draw = f"uniform({low:g}, {high:g})"
    value = f"{ref(of)} * {draw}"
    counted = whole(of) and (whole(part) or part.provider not in ("pyfloat", "pydecimal"))  # 'absent pupils'
    if counted and low < 1 < high and not integers:  # 'within 10% of planned', kept inside
        part.formula = f"clip(round({value}), ceil({ref(of)} * {low:g}), floor({ref(of)} * {high:g}))"
    elif counted:
        part.formula = f"floor({value})" if low == 0 else f"round({value})"  # 'at most 5% of': never above it
    else:
        part.formula = f"round({value}, 2)"


def _echoes(f: Field, of: Field | None, fields: list[Field] | None = None) -> bool:
    """A column whose values are other columns' names: 'seats sold <= seats', 'list price / square feet' read
    as choices."""
    values = f.args.get("elements") or [] if f.provider == "random_element" else []
    alone: list[Field | None] = [of]
    others = [g for g in (fields or alone) if g is not None and g is not f]
    names = [set(g.name.lower().split("_")) for g in others]
    return bool(values) and all(
        any(set(str(v).lower().replace("_", " ").split()) <= n for n in names) for v in values)


def comparisons(seg: list[Token], w: Words) -> None:
    """'refund never more than the amount paid', 'dealer cost below the asking price', 'sold <= seats': the
    part is drawn as a share of the whole (dates are ordered by orders.py)."""
    i = 0
    while i < len(seg):
        kind, n = None, 0
        for name, phrases in (("at_most", w.at_most), ("at_least", w.at_least), ("below", w.below),
                              ("above", w.above)):
            n = match_phrase(seg, i, phrases)
            if n:
                kind = name
                break
        if not kind:
            _including(seg, i, w)
            i += 1
            continue
        kind = derived.negated(seg, i, kind)  # 'can't be more than the capacity': at most
        j = _skip_the(seg, i + n)
        this = derived.this_pair(seg, i, j)  # 'seats_purchased - seats_used is never more than this'
        if j < len(seg) and seg[j].kind == "col" or this:
            of = this[1] if this else seg[j].field
            part = this[0] if this else owner(seg, i, want=_bounded_by(of), strict=True)
            if part is not None and of is not None and part is not of and misread(part, [of]):
                as_number(part, of)
            if part is not None and of is not None and part is not of and (settable(part) or _echoes(part, of)) \
                    and numeric(of) and not part.formula and not part.unique and \
                    not (of.formula and part.name in of.formula) and part.provider not in _DATED:
                _bounded(part, of, kind, w)
        i += n


def _including(seg: list[Token], i: int, w: Words) -> None:
    """'total bill between 15 and 150, including the overage charge': the part named after 'including' is at most
    the column the words speak of."""
    n = match_phrase(seg, i, tuple(tuple(p) for p in w.raw.get("including_words", [])))
    j = _skip_the(seg, i + n) if n else len(seg)
    part = seg[j].field if j < len(seg) and seg[j].kind == "col" else None
    total = owner(seg, i, want=numeric) if part is not None else None
    if part is not None and total is not None and part is not total and settable(part) and numeric(total) and \
            not part.formula and not (total.formula and part.name in total.formula):
        draw = f"{ref(total)} * uniform(0, {w.raw['including_share']:g})"  # a part of the whole, often small
        part.formula = f"floor({draw})" if whole(total) and whole(part) else f"round({draw}, 2)"


def _bounded(part: Field, of: Field, kind: str, w: Words) -> None:
    low, high = w.part_low, 1.0
    if kind == "below":
        high = w.part_high_strict
    elif kind in ("above", "at_least"):
        low, high = w.above_ratio if kind == "above" else (1.0, w.above_ratio[1])
    if kind in ("at_most", "below"):
        names = part.name.lower().split("_")
        rule = next((r for r in rules_data().parts if r.part in names), None)
        if rule is not None:  # a discount is a small share of the price, a refund up to all of it
            part.formula = rule.formula.replace("{whole}", ref(of))
            return
    draw = f"{ref(of)} * uniform({low:g}, {high:g})"
    if whole(of) and (whole(part) or part.provider not in ("pyfloat", "pydecimal")):
        part.formula = f"floor({draw})" if kind in ("at_most", "below") else f"ceil({draw})"
    else:
        part.formula = f"round({draw}, 2)"


_AT_LEAST = (("at", "least"), (">=",), ("≥",), ("=>",), ("from",), (">",))
_ELSE = ("else", "otherwise", "below", "rest", "anything", "lower")


def bands(seg: list[Token], fields: list[Field]) -> None:
    """'letter grade (A >= 90, B >= 80, C >= 70, else F)': the grade is the band the score falls in (bucket)."""
    found: list[tuple[float, str]] = []
    first, other = None, None
    for i, t in enumerate(seg):
        if t.kind == "word" and len(t.text) <= 12:
            n = match_phrase(seg, i + 1, _AT_LEAST)
            if n and i + 1 + n < len(seg) and seg[i + 1 + n].kind == "num":
                found.append((seg[i + 1 + n].value or 0.0, t.raw or t.text))
                first = i if first is None else first
            elif t.text in _ELSE and i + 1 < len(seg) and seg[i + 1].kind == "word" and found:
                other = seg[i + 1].raw or seg[i + 1].text
    if len(found) < 2 or first is None or other is None:
        return
    named = {x.lower() for x in [other, *(label for _, label in found)]}
    grade = owner(seg, first, want=lambda f: settable(f) or (  # the reader gives a band its labels as choices
        f.provider == "random_element" and bool(f.args.get("elements")) and
        {str(e).lower() for e in f.args["elements"]} <= named))
    if grade is None:
        return
    scores = [f for f in fields if f is not grade and numeric(f)]
    if len(scores) > 1:
        scores = [f for f in scores if set(f.name.lower().split("_")) & rules_data().score_words]
    if len(scores) != 1:
        return
    found.sort()
    edges = [v for v, _ in found]
    if any(b <= a for a, b in pairwise(edges)):
        return
    labels = [other] + [label for _, label in found]
    shown = ", ".join(f"{e:g}" for e in edges)
    quoted = ", ".join("'" + x.replace("'", "") + "'" for x in labels)
    grade.formula = f"bucket({ref(scores[0])}, [{shown}], [{quoted}])"
    grade.kind = "category"


def zero_when(seg: list[Token], fields: list[Field]) -> None:
    """'approved payout (at most the claimed amount; 0 for denied claims)': 0 where the status says so."""
    states = [f for f in fields if f.provider == "random_element" and f.args.get("elements") and not f.formula]
    for i, t in enumerate(seg[:-1]):
        if not ((t.kind == "num" and t.value == 0 and not t.percent) or t.text == "zero") or \
                seg[i + 1].text not in ("for", "when", "if", "on"):
            continue
        ahead = " " + " ".join(x.text for x in seg[i + 2:i + 6]) + " "
        target = owner(seg, i, want=_formula_not_bucket)
        if target is None or target.formula is None:
            continue
        for state in states:
            values = [v for v in state.args["elements"] if f" {str(v).lower()} " in ahead]
            if values and len(values) < len(state.args["elements"]):
                listed = ", ".join("'" + str(v).replace("'", "") + "'" for v in values)
                test = " or ".join(f"{ref(state)} == {x}" for x in listed.split(", "))
                target.formula = f"if({test}, 0, {target.formula})"
                break
