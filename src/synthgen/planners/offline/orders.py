"""Offline planner, order and blanks read from the words: 'discharge date, which must be after the admission',
'due 21 days after the bill date', 'ends 6 to 24 months later', 'refund date (blank while the refund is pending)'.

A date that follows another gets `after` (or, when that one follows a third, a formula `x + days(...)`, so chains
of any depth keep their order); a column said to be blank while a status holds gets `when` on the status column,
or a share of blanks where no status names the case."""

from __future__ import annotations

import math
import re
from typing import Any

from . import blanks
from .fields import Field
from .mentions import Token, owner, resolve
from .relations import Words, match_phrase, ref
from .ruledata import words

_DATED = ("date_between", "date_time_between")


def _dated(f: Field | None) -> bool:
    return f is not None and f.provider in _DATED


def _leaky(f: Field | None) -> bool:
    """A date column whose phrase's prose became its values ('after the request', 'blank if not yet sold')."""
    if f is not None and f.provider in ("random_int", "pyint", "pyfloat") and not f.formula and \
            set(f.name.split("_")) & {"date", "timestamp", "datetime"}:
        return True  # 'end date 3 to 12 months later' read as a number of months
    if f is None or f.provider != "random_element" or not f.args.get("elements"):
        return False
    name = set(f.name.split("_"))
    return bool(name & {"date", "time", "timestamp", "at", "on", "datetime"}) and \
        any(len(str(e).split()) >= 2 or str(e).lower() in ("later", "after", "before") for e in f.args["elements"])


def _as_date(f: Field, like: Field) -> None:
    f.provider, f.args, f.weights, f.kind, f.explicit = like.provider, dict(like.args), None, like.kind, True


def read(segs: list[list[Token]], fields: list[Field], w: Words) -> None:
    for seg in segs:
        _orders(seg, w, fields)
    for seg in segs:
        _blanks(seg, fields, w)
    blanks.read(segs, fields, w)
    _chains(fields)


def _span(seg: list[Token], end: int, w: Words) -> tuple[float, float, int] | None:
    """'1-10 days', '6 to 24 months', 'two business days', 'one year' ending just before seg[end] ->
    (low, high) in days and where it starts."""
    units = w.raw["units_in_days"]
    k = end - 1
    if k < 0 or seg[k].kind == "op" or seg[k].text not in units:
        return None
    scale = units[seg[k].text]
    if k >= 1 and seg[k - 1].text in ("business", "working"):
        k -= 1
    n = k - 1
    if n < 0 or seg[n].value is None:
        if seg[end - 1].text in ("day", "week", "month", "year", "hour") and n >= 0 and seg[n].text in ("a", "one"):
            return scale, scale, n
        return None
    high = low = seg[n].value or 0.0
    start = n
    if n >= 2 and seg[n - 1].text in ("-", "–", "to", "or", "and") and seg[n - 2].value is not None:
        low, start = seg[n - 2].value or 0.0, n - 2
    if k != end - 1:  # business days: a weekend may fall between
        return low, high * scale, start
    return low * scale, high * scale, start


def _dated_named(seg: list[Token], j: int, fields: list[Field]) -> Field | None:
    """'after the application' where 'application' names several columns: the one date column among them."""
    run = [t for t in seg[j:j + 3] if t.kind == "word"]
    for n in range(len(run), 0, -1):
        found = resolve([t.text for t in run[:n]], [f for f in fields if _dated(f)])
        if found is not None:
            return found
    return None


def _orders(seg: list[Token], w: Words, fields: list[Field]) -> None:
    i = 0
    while i < len(seg):
        after = match_phrase(seg, i, tuple(tuple(p) for p in w.raw["after_words"]))
        before = 0 if after else match_phrase(seg, i, tuple(tuple(p) for p in w.raw["before_words"]))
        if not (after or before):
            if seg[i].kind == "op" and seg[i].text in ("<", "<=", "≤", ">", ">=", "≥") and i >= 1 and \
                    seg[i - 1].kind == "col" and i + 1 < len(seg) and seg[i + 1].kind == "col":
                a, b = seg[i - 1].field, seg[i + 1].field
                first, then = (a, b) if seg[i].text in ("<", "<=", "≤") else (b, a)
                if first is not None and then is not None and _dated(first) and (_dated(then) or _leaky(then)):
                    _follow(then, first, None, seg[i].text in ("<=", "≥", ">="))
            i += 1
            continue
        n = after or before
        span = _span(seg, i, w)
        start = span[2] if span else i
        j = i + n
        while j < len(seg) and seg[j].kind == "word" and seg[j].text in ("the", "its", "their", "a", "an"):
            j += 1
        other = seg[j].field if j < len(seg) and seg[j].kind == "col" else _dated_named(seg, j, fields)
        subject = owner(seg, start, want=lambda f: _dated(f) or _leaky(f))
        if other is None and seg[i].text in ("later", "earlier"):
            other = _previous_date(seg, start, subject)
        if subject is None or other is None or subject is other:
            i += n
            continue
        first, then = (other, subject) if after else (subject, other)
        days = (span[0], span[1]) if span else None
        rest = " ".join(t.text for t in seg[j:j + 8])
        if days is None and re.search(r"\bsame day\b", rest):
            days = tuple(w.raw["same_or_next_day_days"] if re.search(r"\bnext\b", rest) else w.raw["same_day_days"])
        if before and _dated(other) and (_dated(subject) or _leaky(subject)) and not subject.formula and \
                not subject.unique and not (other.formula and subject.name in other.formula):
            _precede(subject, other, days)
        elif _dated(first) and (_dated(then) or _leaky(then)):
            _follow(then, first, days, False)
        i += n


def _previous_date(seg: list[Token], start: int, subject: Field | None) -> Field | None:
    for k in range(start - 1, -1, -1):
        f = seg[k].field if seg[k].kind == "col" else None
        if f is not None and f is not subject and _dated(f):
            return f
    return None


def _follow(then: Field, first: Field, days: tuple[float, float] | None, same: bool) -> None:
    if then.formula or then.unique or (days is None and then.after and then.after.get("column") == first.name):
        if then.after and not same and first.provider == then.provider == "date_between" and \
                float(then.after.get("min_days") or 0) < 1:  # 'after' a date: a later date, not the same one
            then.after["min_days"] = 1
            then.after["max_days"] = max(1, round(float(then.after.get("max_days") or 1)))
        return  # the pair's own offsets (links.afters) know more than a bare 'after'

    if not _dated(then):
        _as_date(then, first)
    kind = "datetime" if "time" in first.provider else "date"  # the later column takes the first one's type
    low, high = days if days else tuple(words().raw["default_days"][kind])
    if same and not days:
        low = 0
    if kind == "date":
        low, high = max(0 if same else 1, round(low)), max(1, round(high))
        if days and low == 0 and not same:
            low = 1 if high >= 1 else 0
    if high < low:
        low, high = high, low
    if first.after and first.after.get("column") == then.name:
        first.after = None  # the words say the other way round
    then.provider = first.provider if then.provider != first.provider else then.provider
    then.after = {"column": first.name, "min_days": round(low, 4), "max_days": round(max(high, low), 4)}


def _precede(subject: Field, other: Field, days: tuple[float, float] | None) -> None:
    """'registration date (7-30 days before the exam date)': the subject is the other date less that span."""
    kind = "datetime" if "time" in other.provider else "date"
    low, high = days if days else tuple(words().raw["default_days"][kind])
    if kind == "date":
        step = f"days(randint({max(1, math.floor(low))}, {max(1, math.ceil(high))}))"
    else:
        step = f"days(uniform({low:g}, {high:g}))"
    subject.formula, subject.after, subject.kind = f"{ref(other)} - {step}", None, kind
    if other.after and other.after.get("column") == subject.name:
        other.after = None


def _chains(fields: list[Field]) -> None:
    """The schema's `after` reaches one level: a date after a date that itself follows another becomes a formula
    (leader + days), so every link of the chain keeps its order."""
    by_name = {f.name: f for f in fields}
    for _ in range(4):
        changed = False
        for f in fields:
            if not f.after:
                continue
            leader = by_name.get(f.after["column"])
            if leader is None or not (leader.after or leader.formula):
                continue
            low, high = f.after["min_days"], f.after["max_days"]
            if f.provider == "date_between" and leader.provider == "date_between":
                step = f"days(randint({math.floor(low)}, {math.ceil(high)}))"
            else:
                step = f"days(uniform({low:g}, {high:g}))"
            f.formula, f.after = f"{ref(leader)} + {step}", None
            changed = True
        if not changed:
            break


def _blanks(seg: list[Token], fields: list[Field], w: Words) -> None:
    """'blank while the refund is pending or rejected', 'empty unless delivered', 'no issue date yet while under
    review', 'empty for current staff (about 85% are current)'."""
    blank = set(w.raw["blank_words"])
    states = [f for f in fields if f.provider == "random_element" and f.args.get("elements") and
              (f.concept == "status" or f.name.split("_")[-1] in ("status", "state", "stage", "decision", "outcome",
                                                                  "result"))]
    for i, t in enumerate(seg):
        subject: Field | None = None
        if t.kind == "word" and t.text in blank:
            subject = owner(seg, i)
        elif t.kind == "word" and t.text == "no" and i + 1 < len(seg) and seg[i + 1].kind == "col" and \
                any(x.text in w.raw["no_yet"] for x in seg[i + 2:i + 4]):
            subject = seg[i + 1].field
        if subject is None or subject in states or subject.unique or subject.sequence:
            continue
        lo, hi = blanks.clause(seg, i)  # the words around it, up to ';', a bracket or the segment's ends
        clause = seg[lo:hi]
        cut = next(k for k, x in enumerate(clause) if x is t)
        end = next((k for k in range(cut + 1, len(clause) - 1) if _lists(clause, k, states)), len(clause))
        ahead = " " + " ".join(x.text for x in clause[cut:end]) + " "
        behind = " " + " ".join(x.text for x in clause[:cut]) + " "
        unless = any(f" {u} " in ahead for u in w.raw["blank_unless"])
        for state in states:
            if state is subject:
                continue
            values = [v for v in state.args["elements"] if f" {_norm(v)} " in _norm_text(ahead)] or \
                [v for v in state.args["elements"] if f" {_norm(v)} " in _norm_text(behind)]
            if values and len(values) < len(state.args["elements"]):
                if _negated(_norm_text(ahead), values[0], w):
                    unless = not unless  # 'empty if not issued yet': filled once issued
                if unless:
                    subject.when = {"column": state.name, "in": values}
                else:
                    subject.when = {"column": state.name, "not_in": values}
                subject.null_rate = 0.0  # the words' blanks are the condition's rows, not random ones
                if _leaky(subject):
                    _as_date(subject, _sibling_date(fields, subject))
                break
        else:
            share = next((x.value for x in clause if x.kind == "num" and x.percent), None)
            if share is None:
                share = next((x.value for x in _tail(seg, i) if x.kind == "num" and x.percent), None)
            if not subject.when and not _closed(subject, t.text):
                subject.null_rate = min(0.95, (share / 100) if share else w.raw["default_blank_share"])
                if _leaky(subject):
                    _as_date(subject, _sibling_date(fields, subject))


def _closed(subject: Field, word: str) -> bool:
    """A yes/no column, or one of listed choices, that its own words do not leave blank: another column's
    'blank otherwise' is no random blank share of it; nor is a blank word that is one of its choices ('none')."""
    listed = subject.args.get("elements", []) if subject.provider == "random_element" else []
    choices = {str(e).lower() for e in listed}
    closed = subject.provider == "boolean" or (bool(choices) and subject.explicit)
    return word in choices or (closed and word not in re.findall(r"[a-z]+", subject.phrase.lower()))  # 'none' tier


def _lists(clause: list[Token], k: int, states: list[Field]) -> bool:
    """True when clause[k] starts a state column's own list ('status (processing, shipped)'): the condition's
    words end before it."""
    x = clause[k]
    return x.kind == "col" and any(x.field is f for f in states) and \
        clause[k + 1].kind == "op" and clause[k + 1].text in ("(", ":")


def _negated(text: str, value: Any, w: Words) -> bool:
    """True when a negation stands just before the named choice ('if not issued', 'when not yet approved')."""
    at = text.find(f" {_norm(value)} ")
    words = text[:at].split()[-3:] if at >= 0 else []
    return any(x in w.raw["negation_words"] for x in words)


def _sibling_date(fields: list[Field], f: Field) -> Field:
    for other in fields:
        if other is not f and _dated(other):
            return other
    return Field("", "date_between", {"start_date": "-2y", "end_date": "today"}, kind="date")


def _tail(seg: list[Token], i: int) -> list[Token]:
    return seg[i:i + 20]


def _norm(value: Any) -> str:
    return re.sub(r"[_\-\s]+", " ", str(value)).strip().lower()


def _norm_text(text: str) -> str:
    return " " + re.sub(r"[_\-\s]+", " ", text).strip().lower() + " "
