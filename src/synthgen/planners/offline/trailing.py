"""Offline planner, trailing: a phrase that only states a constraint ('12 digits', 'sometime in 2023', 'about 5%
missing', 'unique') belongs to the column named just before it ('ticket barcode, 12 digits, unique')."""

from __future__ import annotations

import re
from datetime import date

from . import amounts, codes, skews
from . import modifiers as mod
from .fields import Context, Field, build
from .lexicon import Lexicon, words

_FILLER = re.compile(r"\b(?:sometime|some\s+time|anytime|always|also|but|and|it|they|is|are|be|must|should|only|"
                     r"all|values?|dates?|times?|stamps?|each|every|one|with|of|the|a|an|in|at|on|for|"
                     r"which|that|its|their|dated|roughly|about|around)\b", re.IGNORECASE)


def only_constraint(text: str, lex: Lexicon) -> bool:
    """Whether the phrase states a constraint (a code shape, a uuid, a date window, a range, a blank share,
    'unique', a step or decimals) and names nothing: what is left is filler or a unit ('in mmHg')."""
    for take in (skews.take_skew, skews.take_zeros):  # 'most under 50', 'mostly zero': where its values lie
        rest, lean = take(text)
        if lean is not None and not words(_FILLER.sub(" ", rest)):
            return True
    rest, shape = codes.worded(text)
    rest, uuid = codes.take_uuid(rest)
    said = mods = mod.Modifiers()
    rest = mod.flags(rest, mods)
    rest, written = amounts.take(rest)
    window = mod.find_window(rest, date.today().toordinal())
    if window:
        rest = rest[:window[1][0]] + " " + rest[window[1][1]:]
    found = mod.find_range(rest)
    if found:
        rest = rest[:found.span[0]] + " " + rest[found.span[1]:]
    if not (shape or uuid or said.null_rate or said.unique or written or window or found):
        return False
    plain = re.sub(r"[\d.,;:%()$\u20ac\u00a3+\-~]+", " ", rest)
    left = words(_FILLER.sub(" ", plain))
    if not left:
        return True
    said_in = re.match(r"\s*(?:\w+\s+){0,3}?(?:in|as)\s+(\S.*)$", plain, re.IGNORECASE)  # 'in mmHg', not 'square feet'
    lemmas = lex.lemmas(words(_FILLER.sub(" ", said_in.group(1)))) if said_in else []
    unit = lex.unit(lemmas) if lemmas and len(lemmas) == len(left) else None
    return unit is not None and unit[2] - unit[1] == len(lemmas) and unit[1] == 0


def attach(last: Field, text: str, ctx: Context) -> Field | None:
    """The column before, read again with the constraint added to its words; None if it reads otherwise."""
    if not last.phrase or last.template or last.formula:
        return None
    if re.search(r"\b(?:dates?|times?|timestamps?)\b", text, re.IGNORECASE) and \
            last.kind not in ("date", "datetime", "time"):
        return None  # 'the US state, the date sometime in 2022': a date column of its own, not the state's
    built = build(f"{last.phrase}, {text}", ctx)
    if len(built) != 1:
        return None
    again = built[0]
    again.name = last.name
    return again
