"""Offline planner, units: the unit a field phrase asks for ('in celsius', '(kg)', a trailing 'usd', 'mm/s')."""

from __future__ import annotations

import re

from . import modifiers as mod
from .lexicon import Lexicon, symbols, words

_IN_UNIT = re.compile(r"\b(?:in|measured\s+in|expressed\s+in|given\s+in|as|using)\s+(?:the\s+)?$", re.IGNORECASE)


def ratio(text: str, lex: Lexicon) -> bool:
    """'mm/s', 'mg/kg': a unit written as a ratio of short units, not choices."""
    parts = [p.strip().lower() for p in text.split("/")]
    return len(parts) == 2 and all(0 < len(p) <= 3 for p in parts) and any(
        p in lex.unit_short or lex.unit([p]) for p in parts)


def stated(core: str, mods: mod.Modifiers, lex: Lexicon) -> tuple[str, str | None, bool]:
    """The unit the phrase asks for, if any: 'in celsius', '(kg)', a trailing 'usd'. Returns (core, unit, named)."""
    for text in mods.unit_words:
        found = lex.unit(lex.lemmas(words(text)))
        if found:
            return core, found[0], True
    tokens = words(core)
    found = lex.unit(lex.lemmas(tokens))
    if not found:
        if re.search(r"\bin\s+pounds?\b", core, re.IGNORECASE):
            return re.sub(r"\bin\s+pounds?\b", " ", core, flags=re.IGNORECASE), "pound", True
        return core, None, False
    uid, start, end = found
    if start > 0 and _IN_UNIT.search(" ".join(tokens[:start]) + " "):
        cut = re.search(r"\b(?:in|measured\s+in|expressed\s+in|given\s+in|as|using)\s+(?:the\s+)?" +
                        r"\W*".join(re.escape(t) for t in tokens[start:end]), symbols(core).lower())
        return (symbols(core)[:cut.start()] if cut else core), uid, True
    after = tokens[end:]
    if end == len(tokens) or (start == 0 and all(t.endswith("ed") or t in lex.ws("after_unit") for t in after)):
        return core, uid, False  # 'weight kg', a unit alone ('liters'), or 'minutes used'
    return core, None, False
