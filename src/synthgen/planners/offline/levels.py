"""Offline planner, numbers and bands stated per choice: 'price per seat, set by the plan (Starter 12, Growth 25,
Enterprise 60)' makes the price follow the plan (a formula of if()s); 'letter grade from the score (A 90+, B 80-89,
F below 60)' makes the grade the score's band (bucket). Read from the column's own listed values or from a bracket
in the description; a list whose labels are not some column's choices, or no score named, changes nothing."""

from __future__ import annotations

import re
from typing import Any

from .fields import Field
from .modifiers import split_items
from .refs import ref

_DATED = ("date_between", "date_time_between")
_NUMERIC = ("random_int", "pyint", "pyfloat", "pydecimal")
_BRACKET = re.compile(r"\(([^()]{3,400})\)")
_NUMBER = r"-?\d[\d,]*(?:\.\d+)?"
_PAIR = re.compile(rf"^(?P<label>[A-Za-z][A-Za-z.'&+/ -]*?)\s*(?::|=|->|→|\bat\b|\bcosts?\b|\bis\b|\bgets?\b)?\s*"
                   rf"[$€£]?\s*(?P<num>{_NUMBER})(?:\s*[A-Za-z$€£%/.]+(?:\s+[A-Za-z/.]+)?)?$")
_BAND_WORDS = frozenset({"above", "below", "over", "under", "more", "less", "least", "up", "higher", "lower", "to"})
_LOW = re.compile(rf"^(?:(?P<a>{_NUMBER})\s*\+|(?P<b>{_NUMBER})\s*(?:and|or)\s*(?:above|over|up|more|higher)|"
                  rf"(?:>=?|≥|above|over|at least|from)\s*(?P<c>{_NUMBER})(?:\s*(?:-|–|to)\s*{_NUMBER})?|"
                  rf"(?P<d>{_NUMBER})\s*(?:-|–|to)\s*{_NUMBER})$")
_UNDER = re.compile(rf"^(?:<=?|≤|below|under|less than|beneath)\s*(?P<n>{_NUMBER})$")


def _num(text: str) -> float:
    return float(text.replace(",", ""))


def _norm(value: Any) -> str:
    return re.sub(r"[_\-\s]+", " ", str(value)).strip().lower()


def pairs(items: list[str]) -> dict[str, float] | None:
    """['Starter 12', 'Growth $25', 'Enterprise: 60 USD'] -> {'Starter': 12, ...}; None unless every item is so."""
    out: dict[str, float] = {}
    for item in items:
        found = _PAIR.match(str(item).strip())
        if not found or _norm(found["label"]) in {_norm(k) for k in out} or \
                set(str(item).lower().replace("+", " up ").split()) & _BAND_WORDS:
            return None
        out[found["label"].strip()] = _num(found["num"])
    return out if len(out) >= 2 else None


def bands(items: list[str]) -> list[tuple[str, float | None]] | None:
    """['A 90+', 'B 80-89', 'F below 60'] -> [('F', None), ('B', 80), ('A', 90)], lowest band first."""
    out: list[tuple[str, float | None]] = []
    for item in items:
        band = _band(str(item).split())
        if band is None:
            return None
        out.append(band)
    if len(out) < 2 or sum(1 for _, low in out if low is None) > 1:
        return None
    out.sort(key=lambda b: float("-inf") if b[1] is None else b[1])
    lows = [low for _, low in out if low is not None]
    return out if len(set(lows)) == len(lows) else None


def _band(words: list[str]) -> tuple[str, float | None] | None:
    """['low', '740', 'and', 'above'] -> ('low', 740); ['F', 'below', '60'] -> ('F', None): a label of one to
    three words, then the band's numbers."""
    for k in range(1, min(4, len(words))):
        label, spec = " ".join(words[:k]).rstrip(":="), " ".join(words[k:]).strip("():= ").lower()
        # 'A for 90 and above'
        spec = re.sub(r"^(?:for|if|when|means|is|gets)\s+(?:scores?\s+|a\s+score\s+of\s+)?", "", spec)
        if not label[:1].isalpha() or any(ch.isdigit() for ch in label):
            return None
        low = _LOW.match(spec)
        if low:
            return label, _num(next(g for g in low.groups() if g is not None))
        if _UNDER.match(spec):
            return label, None
    return None


def _free(f: Field) -> bool:
    return not (f.unique or f.sequence or f.entity or f.kind == "id" or f.provider in _DATED or f.formula or f.when)


def _choices(f: Field) -> list[str]:
    return [str(e) for e in f.args.get("elements") or []] if f.provider == "random_element" else []


def _quote(value: str) -> str:
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"


def _listings(fields: list[Field], text: str) -> list[tuple[Field, list[str], str]]:
    """(column, listed items, the line's words) from each column's own values and each bracket in the text; a
    bracket belongs to the column whose words come last before it on its line."""
    out = [(f, _choices(f), f.phrase.lower()) for f in fields if _choices(f)]
    for f in fields:  # 'letter grade (which must match the score: A for 90 and above, B for 80-89, ...)'
        for found in _BRACKET.finditer(f.phrase):
            if ":" in found[1]:
                out.append((f, split_items(found[1].split(":", 1)[1]), f.phrase.lower()))
    for found in _BRACKET.finditer(text):
        start = max(text.rfind("\n", 0, found.start()), text.rfind(". ", 0, found.start())) + 1
        best, at = None, -1
        for f in fields:
            head = " ".join(f.phrase.split()[:4])
            k = text.rfind(head, start, found.start() + 1) if head else -1
            if k > at:
                best, at = f, k
        if best is not None:
            out.append((best, split_items(found[1]), text[start:found.start()].lower()))
    return out


def read(fields: list[Field], text: str) -> None:
    """Numbers set by a category, then bands of a score (see the module's docstring)."""
    for target, items, line in _listings(fields, text):
        if not _free(target) or not (target.provider in _NUMERIC or _choices(target)):
            continue
        numbers = pairs(items)
        if numbers and _by_choice(target, numbers, fields):
            continue
        ladder = bands(items)
        if ladder:
            _banded(target, ladder, line, fields)


def _by_choice(target: Field, numbers: dict[str, float], fields: list[Field]) -> bool:
    labels = {_norm(k): v for k, v in numbers.items()}
    for key in fields:
        keys = _choices(key)
        if key is target or key.formula or len(keys) < 2 or {_norm(k) for k in keys} - set(labels):
            continue  # every choice of the key has its number
        whole = all(float(v).is_integer() for v in labels.values())
        shown = [str(int(labels[_norm(k)])) if whole else f"{labels[_norm(k)]:g}" for k in keys]
        formula = shown[-1]
        for k, v in zip(reversed(keys[:-1]), reversed(shown[:-1]), strict=True):
            formula = f"if({_ref(key)} == {_quote(k)}, {v}, {formula})"
        target.formula, target.kind = formula, "int" if whole else "float"
        return True
    return False


def _banded(target: Field, ladder: list[tuple[str, float | None]], line: str, fields: list[Field]) -> None:
    """The score is the number column named on the line before the list ('letter grade from the math score')."""
    named = [f for f in fields if f is not target and f.provider in _NUMERIC and not (f.unique or f.sequence) and
             " ".join(f.name.lower().split("_")) in line]
    if not named:
        return
    score = max(named, key=lambda f: len(f.name))
    edges = [low for _, low in ladder[1:]]
    shown = ", ".join(f"{e:g}" for e in edges)
    labels = ", ".join(_quote(label) for label, _ in ladder)
    target.formula = f"bucket({_ref(score)}, [{shown}], [{labels}])"
    target.kind = "category"


def _ref(f: Field) -> str:
    return ref(f.name)
