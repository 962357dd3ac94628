"""Offline planner, text lengths: a stated length in characters ('bio up to 300 characters') or a length word
('a short comment', 'a long description') sets how long a text column's values are."""

from __future__ import annotations

from typing import Any

from .lexicon import Match
from .phrase import Reading

_SHORT, _LONG = frozenset({"short", "brief"}), frozenset({"long", "detailed", "lengthy", "full"})
_CHARACTERS = frozenset({"character", "characters", "char", "chars", "letter", "letters"})


def in_characters(r: Reading, match: Match | None, stopwords: frozenset[str]) -> int | None:
    """'bio up to 300 characters': a range in characters on a text column is its length (not a number
    column); the words 'characters', 'chars', 'letters' leave the name."""
    found = r.mods.range
    if not (match and match.concept.kind == "text" and found and found.high and
            (found.unit_text or "").lower() in _CHARACTERS):
        return None
    r.mods.range = None
    keep = [i for i, t in enumerate(r.tokens) if t.lower() not in _CHARACTERS]
    while keep and r.tokens[keep[-1]].lower() in stopwords:  # 'comment of at most 120 letters'
        keep.pop()
    r.tokens, r.lemmas = [r.tokens[i] for i in keep], [r.lemmas[i] for i in keep]
    return int(max(5, min(5000, found.high)))


def apply(fld: Any, lemmas: list[str], stated: int | None) -> None:
    """A stated length in characters; else 'a short comment' is a sentence or two (80 characters) and 'a long
    description' several paragraphs (1,000)."""
    if fld.provider != "text":
        return
    if stated is not None:
        fld.args = {**fld.args, "max_nb_chars": stated}
        return
    if fld.args.get("max_nb_chars") != 200:
        return
    words = set(lemmas)
    if words & _SHORT:
        fld.args = {**fld.args, "max_nb_chars": 80}
    elif words & _LONG:
        fld.args = {**fld.args, "max_nb_chars": 1000}
