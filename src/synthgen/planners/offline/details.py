"""Offline planner, details: tell a column's details (conditions, relations, shares, remarks) from its choices."""

from __future__ import annotations

import itertools
import re
from datetime import date

from . import modifiers as mod
from .lexicon import Lexicon, words
from .text import mask

# 'quantity x unit price', 'list price / square feet', 'base + overtime', 'A >= 90': a relation, not a choice
_OPERATOR = re.compile(r"\w\s+(?:x|\*|\+|=|times|plus|minus|divided\s+by|multiplied\s+by)\s+\w|[<>]=?|\u00d7|"
                       r"\w\s*[*+=]\s*\w", re.IGNORECASE)
_RATIO = re.compile(r"\w+\s+\w+\s+/\s+\w|\w\s+/\s+\w+\s+\w")  # 'list price / square feet' (one '/' only)
# '90% delivered', '1% lost': shares of other choices
_SHARE_LEAD = re.compile(r"^\s*~?\s*\d+(?:\.\d+)?\s*%\s*"
                         r"(?!(?:yes|true|positive|flagged|of\s+(?:the\s+)?(?:rows|time))\b)\w")
_BUCKET = re.compile(r"^\s*\S{1,12}\s*(?:>=|<=|>|<|=)\s*\d")  # 'A >= 90, B >= 80': a mapping from another column
_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "your"})


def is_detail(text: str, lex: Lexicon) -> bool:
    """True when a clause says something about a column (a condition, a relation, a share, a remark) rather
    than naming one of its choices: 'after the request', 'blank while pending', 'quantity x unit price',
    'about 35% yes', 'never more than the fee', 'the doctor's full name', 'weekdays only'."""
    text = text.strip()
    tokens = words(text)
    if not tokens:
        return False
    found = mod.find_range(text)
    rest = words(text[:found.span[0]] + " " + text[found.span[1]:]) if found else []
    if found and len(rest) <= 2 and not set(rest) & (lex.ws("detail_conditions") | lex.ws("detail_tails") |
                                                     lex.ws("detail_alone")):  # 'at most 3 decimals': a format
        return False  # '18-65', 'up to $800', 'USD 80k-3M': a range, read as one ('6-24 months later' is not)
    ratio = _RATIO.search(text) and text.count("/") == 1  # 'checking / savings / money market': choices
    if _SHARE_LEAD.match(text) or _OPERATOR.search(text) or ratio or \
            mod.find_window(text, date.today().toordinal()):
        return True
    first = tokens[0]
    if len(tokens) >= 2 and (first in lex.ws("remark_leads") or tokens[-1] in lex.ws("remark_tails")):
        return True  # 'not people', 'valid luhn', 'club names', 'ISO format': a remark on the values, not a choice
    if first in lex.ws("detail_leads") or " ".join(tokens[:2]) in lex.ws("detail_leads") or \
            (first == "in" and re.search(r"\d", text)) or \
            (first == "with" and len(tokens) > 2 and tokens[1] in lex.ws("detail_leads")):  # 'with about 30% yes'
        return True
    if len(tokens) >= 3 and (tokens[1] in ("per", "across", "throughout") or first == "same"):
        return True  # 'fixed per sensor', 'same across a store' (but 'fixed' alone is a choice)
    if any(a in lex.ws("detail_links") and b in _DETERMINERS for a, b in itertools.pairwise(tokens)):
        return True  # 'matches the restaurant', 'letter grade following the score'

    if any(t in lex.ws("detail_verbs") for t in tokens) or ("'s" in text.lower() and len(tokens) >= 3) or \
            re.search(r"\ws'(?:\s|$)", text):  # "the doctor's full name", "three months' rent"
        return True
    conditions = lex.ws("detail_conditions") - {"for"}
    if any(t in conditions for t in tokens[1:]) or (first[:1].isdigit() and len(tokens) > 1 and tokens[1] == "for"):
        return True
    if len(tokens) >= 2 and tokens[-1] in lex.ws("detail_tails"):
        return True
    longest = max(len(re.findall(r"\w+", piece)) for piece in re.split(r"\s+(?:or|and)\s+|\s+[/|]\s+", text))
    return (first in _DETERMINERS and len(tokens) >= 3) or longest >= 5


def split_details(text: str, lex: Lexicon) -> tuple[str, list[str]]:
    """A parenthesised group or a 'name: ...' description cut at ';' and ',' into what names values (choices,
    a range, a unit, a type) and the details: ('pending, refunded', []) or ('yes or no', ['about 35% yes'])."""
    masked = mask(text)
    cuts = [i for i, ch in enumerate(masked) if ch in ",;"]
    parts = [(text[a + 1:b], text[b] if b < len(text) else "") for a, b in zip([-1, *cuts], [*cuts, len(text)],
                                                                                 strict=True)]
    if len(parts) == 1 and not is_detail(text, lex):
        return text, []
    buckets = sum(1 for p, _ in parts if _BUCKET.match(p))
    keep, details = [], []
    for part, sep in parts:
        if not part.strip():
            continue
        if (buckets >= 2 and _BUCKET.match(part)) or is_detail(part, lex):
            details.append(part.strip())
        else:
            keep.append(part.strip())
    if not details:
        return text, []
    return ", ".join(keep), details
