"""Offline planner, columns filled only in some rows, read from the words: 'satisfaction score, only for resolved
or closed tickets', 'destination warehouse, filled only for transfers', 'interview date (only once they reach the
interview stage)', 'battery level (blank for plugs and bulbs)', 'approved applications also have a home visit
date; the others leave it blank'. The column gets `when` on the category column whose choices the words name
(any category, not only a status; 'plugs' names the choice 'plug'). Runs after orders.py's blanks, which know the
'blank while pending' shapes; words live in data/relations.json."""

from __future__ import annotations

from typing import Any

from .fields import Field
from .mentions import Token, owner, stem
from .relations import Words

_STATE_WORDS = ("status", "state", "stage", "decision", "outcome", "result")
_GENERIC = frozenset({"date", "at", "on", "time", "amount", "amt", "number", "id", "count", "day", "value"})
_LEAD = frozenset({"the", "a", "an", "and", "or", "with", "their", "its", "his", "her", "plus", "also", "then"})
_FLAG_FILL = frozenset({"is", "has", "ha", "was", "had", "did", "flag", "yes", "no"})


def read(segs: list[list[Token]], fields: list[Field], w: Words) -> None:
    for seg in segs:
        _only(seg, fields, w)
        _blank(seg, fields, w)


def _states(fields: list[Field], subject: Field) -> list[Field]:
    """Category columns a condition may name: statuses first, then any other listed choices, then yes/no flags
    ('refunded', 'completed background check')."""
    listed = [f for f in fields if f is not subject and f.provider == "random_element" and not f.formula and
              len(f.args.get("elements") or []) >= 2 and f.explicit]
    flags = [] if _flag(subject) else [f for f in fields if f is not subject and _flag(f)]
    return sorted(listed, key=lambda f: not (f.concept == "status" or f.name.split("_")[-1] in _STATE_WORDS)) + flags


def _flag(f: Field) -> bool:
    return f.provider in ("boolean", "pybool") and not (f.formula or f.when)


def _choices(state: Field) -> list[Any]:
    return [True, False] if _flag(state) else list(state.args.get("elements") or [])


def _stems(text: str) -> list[str]:
    return [stem(x) for x in text.lower().replace("_", " ").replace("-", " ").split() if x]


def _named(state: Field, toks: list[Token]) -> list[Any]:
    """The state's choices the words name, each word compared by its stem ('transfers' names 'transfer')."""
    if _flag(state):  # 'only for refunded orders': the flag's own name says when it holds
        said = {stem(x) for t in toks if t.kind != "op" for x in t.text.split()}
        own = set(_stems(state.name)) - _FLAG_FILL
        return [True] if any(t.kind == "col" and t.field is state for t in toks) or own and own <= said else []
    words = [stem(x) for t in toks if t.kind != "op" for x in t.text.split()]  # a choice may read as a column
    text = " " + " ".join(words) + " "
    out = []
    for v in state.args.get("elements") or []:
        key = " ".join(_stems(str(v)))
        if key and f" {key} " in text:
            out.append(v)
    return out


def clause(seg: list[Token], i: int) -> tuple[int, int]:
    """Where the words around seg[i] start and end: ';', a bracket or the segment's ends."""
    lo = i
    while lo > 0 and not (seg[lo - 1].kind == "op" and seg[lo - 1].text in (";", "(", ")", ":")):
        lo -= 1
    hi = i
    while hi < len(seg) and not (seg[hi].kind == "op" and seg[hi].text in (";", ")")):
        hi += 1
    return lo, hi


def _subject(seg: list[Token], i: int, fields: list[Field]) -> Field | None:
    f = owner(seg, i, want=lambda g: not (g.unique or g.sequence))
    if f is None or f.unique or f.sequence or f.when or f.by or \
            (f.provider == "random_element" and f.explicit and not _leaked(f)) or \
            f.name.split("_")[-1] in _STATE_WORDS:
        return None
    return f


def _leaked(f: Field) -> bool:
    """A column whose values are the condition's own words ('filled only for transfers')."""
    values = [str(v).lower() for v in f.args.get("elements") or []] if f.provider == "random_element" else []
    return bool(values) and all(len(v.split()) >= 3 or " only " in f" {v} " for v in values)


def _set(subject: Field, state: Field, values: list[Any], keep: bool, fields: list[Field]) -> None:
    if _flag(state) and not keep:
        values, keep = [not values[0]], True
    subject.when = {"column": state.name, "in" if keep else "not_in": values}
    subject.null_rate = 0.0
    if _leaked(subject):  # the values of the column of the same thing ('destination warehouse' -> 'warehouse')
        head = subject.name.split("_")[-1]
        like = next((g for g in fields if g is not subject and g.provider == "random_element" and not _leaked(g)
                     and g.name.split("_")[-1] == head and g.args.get("elements")), None)
        if like is not None:
            subject.args, subject.weights, subject.kind = {"elements": list(like.args["elements"])}, None, like.kind


def _only(seg: list[Token], fields: list[Field], w: Words) -> None:
    """'only for resolved tickets', 'only once they reach the interview stage': filled for those choices."""
    after, filled = set(w.raw["only_next"]), set(w.raw["filled_words"])
    for i, t in enumerate(seg):
        k = i + 1
        while k < len(seg) and k - i <= 3 and seg[k].text in filled and seg[k].text not in after:
            k += 1  # 'only filled in for', 'only given to'
        if not (t.kind == "word" and t.text in w.raw["only_words"] and k < len(seg) and seg[k].text in after):
            continue
        subject = _subject(seg, i, fields)
        if subject is None:
            continue
        _, hi = clause(seg, i)
        ahead = seg[i + 1:hi]
        if any(x.text in w.raw["those_words"] for x in ahead) and not any(x.kind == "col" for x in ahead):
            kin = _kin_flag(subject, fields)  # 'the background check date is only filled in for those who have'
            if kin is not None:
                _set(subject, kin, [True], True, fields)
                continue
        for state in _states(fields, subject):
            if _flag(state) and _half_named(seg, i, subject):
                continue  # 'churn date only for churned' where only 'date' named a column: not that one
            values = _named(state, ahead)
            listed = _choices(state)
            if values and any(x.text in w.raw["reach_words"] for x in ahead):
                values = listed[listed.index(values[0]):]  # reaching a stage: that stage and the later ones
            if values and len(values) < len(listed):
                _set(subject, state, values, True, fields)
                break


def _blank(seg: list[Token], fields: list[Field], w: Words) -> None:
    """'blank for plugs and bulbs' (any category, plurals), 'approved ones have it; the others leave it blank'."""
    blank = set(w.raw["blank_words"])
    for i, t in enumerate(seg):
        if not (t.kind == "word" and t.text in blank):
            continue
        lo, hi = clause(seg, i)
        others = any(x.text in w.raw["others_words"] for x in seg[lo:hi])
        subject = _subject(seg, i, fields) or (_had(seg[:lo], w) if others else None)
        if subject is None:
            continue
        ahead, behind = seg[i + 1:hi], seg[lo:i]
        unless = any(x.text in w.raw["blank_unless"] for x in ahead)
        if any(x.text in w.raw["negation_words"] for x in ahead):
            unless = not unless  # 'empty when there was no refund': filled for refunds
        for state in _states(fields, subject):
            listed = _choices(state)
            values = _named(state, ahead) if any(x.text in w.raw["blank_if"] or x.text in w.raw["blank_unless"]
                                                  for x in ahead) else []
            keep = unless
            if not values and others:
                values, keep = _named(state, seg[:lo]) or _named(state, behind), True
            if values and len(values) < len(listed):
                _set(subject, state, values, keep, fields)
                break


def _half_named(seg: list[Token], i: int, subject: Field) -> bool:
    """Whether a word right before the subject's mention is left over from the column's own name."""
    at = next((k for k in range(i - 1, -1, -1) if seg[k].kind == "col" and seg[k].field is subject), None)
    if at is None or at == 0:
        return False
    before = seg[at - 1]
    return before.kind == "col" or before.kind == "word" and before.text not in _LEAD and before.value is None


def _kin_flag(subject: Field, fields: list[Field]) -> Field | None:
    """The one yes/no flag sharing a word with the column ('background check date', 'completed background
    check'), words of time and amount aside."""
    own = set(_stems(subject.name)) - _GENERIC
    kin = [f for f in fields if f is not subject and _flag(f) and own & set(_stems(f.name))]
    return kin[0] if len(kin) == 1 else None


def _had(toks: list[Token], w: Words) -> Field | None:
    """'approved applications also have a home visit date': the column they have."""
    for k, t in enumerate(toks):
        if t.kind == "word" and t.text in w.raw["have_words"]:
            col = next((x for x in toks[k + 1:k + 4] if x.kind == "col"), None)
            f = col.field if col is not None else None
            if f is not None and not (f.unique or f.sequence or f.when or f.kind == "id"):
                return f
    return None
