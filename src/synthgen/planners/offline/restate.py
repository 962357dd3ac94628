"""Offline planner, restating: a field phrase written as a person talks, said again as the column it names
('the date they signed up' -> 'signed up date', 'how many units were defective' -> 'defective units count',
'emails built from their names' -> 'emails (built from their names)'), and 'a city with its country' opened into
the two columns it asks for."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from .lexicon import Lexicon, words

if TYPE_CHECKING:  # text.py reads sentences, which read this module: a Phrase is only named here
    from .text import Phrase

# 'the date they signed up', 'the day she was hired', 'the time we checked in': the event names the date
_WHEN_THEY = re.compile(r"^\s*(?:the\s+)?(date|day|time|timestamp|year|month)\s+(?:when\s+|that\s+|on\s+which\s+)?"
                        r"(?:they|he|she|it|we|you|i)\s+(?:(?:was|were|got|have\s+been|had\s+been)\s+)?"
                        r"([a-z]{3,}(?:ed|en|wn|ld|nt|ught|id|ft|ot))(\s+(?:up|in|out|on|off|back|over|down|away))?\b(.*)$",
                        re.IGNORECASE)
# 'how many units in the batch were defective', 'how many tickets were sold': a count of those things
_HOW_MANY = re.compile(r"^\s*(?:the\s+)?(?:how\s+many|number\s+of)\s+([^\W\d][\w-]*(?:\s+[^\W\d][\w-]*)?)"
                       r"(?:\s+(?:in|of|on|per|for)\s+(?:the\s+|a\s+|an\s+|each\s+|that\s+)?[^\W\d][\w-]*)?\s+"
                       r"(?:were|was|are|is|got|get|have\s+been|had\s+been)\s+([^\W\d][\w-]*)\s*(.*)$", re.IGNORECASE)
_HOW_MANY_BARE = re.compile(r"^\s*how\s+many\s+([^\W\d][\w-]*(?:\s+[^\W\d][\w-]*)?)\s*(\(.*\))?\s*$", re.IGNORECASE)
# 'emails built from their names', 'monthly fees set by the membership type': how values are made, a detail
_MADE_FROM = re.compile(r"^(?P<column>[^()]+?)\s+(?P<said>(?:built|made|generated|derived|formed|composed|created|"
                        r"taken|drawn|computed|calculated|set|determined|based|chosen|picked|assigned|decided|driven|"
                        r"priced|fixed|tied)\s+(?:from|by|on|using|with|according\s+to|off)\b.*)$", re.IGNORECASE)
# 'seats_used is never more than this': said of the column from the other side ('never less than seats_used')
_THAN_THIS = re.compile(r"\b(?P<other>[^\W\d][\w]*(?:\s[^\W\d][\w]*)?)\s+"
                        r"(?:is|are|must\s+be|should\s+be|will\s+be)\s+(?P<neg>never|not|always)?\s*"
                        r"(?P<cmp>more|greater|higher|larger|bigger|less|fewer|lower|smaller|above|below)"
                        r"(?:\s+than)?\s+(?:this|it|that)\b", re.IGNORECASE)
_FLIP = {"more": "less", "greater": "less", "higher": "lower", "larger": "smaller", "bigger": "smaller", "less": "more",
         "fewer": "more", "lower": "higher", "smaller": "larger", "above": "below", "below": "above"}
# 'churn date only for churned accounts', 'refund amount only when refunded': when the column is filled
_ONLY = re.compile(r"^(?P<column>[^()]+?)\s+(?P<said>only\s+(?:for|when|if|while|after|before|on|in|with)\b.*)$",
                   re.IGNORECASE)
# 'a destination city with its country', 'the author and their nationality': two columns, the second owned
_WITH_ITS = re.compile(r"^(?P<owner>[^()]+?)\s+(?:with|and|plus|along\s+with)\s+(?:its|their|his|her)\s+"
                       r"(?P<owned>[^\W\d][\w -]{0,30})$", re.IGNORECASE)
# 'all volunteers must be 18 or older', 'most passengers are in economy': said of the rows, not a column
_QUANTIFIED = re.compile(r"^\s*(most|all|nearly\s+all|almost\s+all|some|many|few|every|each)\s+(?:of\s+(?:the|our)\s+)?"
                         r"([^\W\d][\w-]*)\s+(?:are|is|were|must\s+be|should\s+be|have\s+to\s+be|need\s+to\s+be)\s+"
                         r"(?:in\s+|on\s+|at\s+)?(?:the\s+)?(.+)$", re.IGNORECASE)
_AGE_BOUND = re.compile(r"\d+\s*(?:\+|or\s+older|or\s+over|and\s+over|and\s+up|years?\s+or\s+older)|"
                        r"(?:at\s+least|over|older\s+than)\s+\d+", re.IGNORECASE)
_AUXILIARY = frozenset({"have", "has", "had", "haven't", "hasn't", "hadn't", "do", "does", "did", "don't", "doesn't",
                        "didn't", "not", "is", "are", "was", "were", "isn't", "aren't", "wasn't", "weren't", "t", "s",
                        "can", "can't", "cannot", "will", "won't", "would", "should", "some", "others", "so", "too",
                        "haven", "hasn", "hadn", "don", "doesn", "didn", "isn", "aren", "wasn", "weren", "won",
                        "shouldn"})


def restate(phrase: Phrase, lex: Lexicon) -> list[Phrase]:
    """The phrase as the column(s) it names; [] when it names none ('and some haven't')."""
    text = phrase.text
    tokens = words(text)
    if tokens and all(t.lower() in _AUXILIARY or t.lower().rstrip("'") in _AUXILIARY for t in tokens) and \
            "(" not in text:
        return []  # 'some have completed a check and some haven't': the rest of a sentence, no column
    this = _THAN_THIS.search(text)
    if this and this.start() > 0:  # 'seats_purchased - seats_used is never more than this'
        flipped = _FLIP[this.group("cmp").lower()]
        than = "" if flipped in ("above", "below") else " than"
        said = f"{this.group('neg') or ''} {flipped}{than} {this.group('other')}".strip()
        phrase.text = text[:this.start()].rstrip() + f" {said}" + text[this.end():]
        text = phrase.text
    rows = _QUANTIFIED.match(text)
    if rows and "(" not in text and lex.lemma(rows.group(2).lower(), counts=False) != rows.group(2).lower():
        said = rows.group(3).strip(" .")
        if _AGE_BOUND.search(said):  # the people's age: the age or birth date column's bound (sentences._ages)
            phrase.text = f"{rows.group(2)} ({said})"
        else:  # 'most passengers are in economy': a share of an earlier column's choice (planner, shares.py)
            phrase.text = f"{rows.group(1)} {rows.group(2)} are {said}"
        return [phrase]
    when = _WHEN_THEY.match(text)
    if when:
        particle = when.group(3) or ""
        event = "date" if when.group(1).lower() == "day" else when.group(1)  # 'the day they were discharged'
        phrase.text = f"{when.group(2)}{particle} {event}{when.group(4)}".strip()
        return [phrase]
    counted = _HOW_MANY.match(text)
    if counted and _noun(counted.group(1), lex) and counted.group(2).lower() not in lex.stopwords:
        rest = counted.group(3).strip()
        phrase.text = f"{counted.group(2)} {counted.group(1)} count" + (f" ({rest.strip('()')})" if rest else "")
        return [phrase]
    bare = _HOW_MANY_BARE.match(text)
    if bare and _noun(bare.group(1), lex):  # 'how many guests (1-6)' -> 'guests count (1-6)'
        phrase.text = f"{bare.group(1)} count" + (f" {bare.group(2)}" if bare.group(2) else "")
        return [phrase]
    made = (_MADE_FROM.match(text) or _ONLY.match(text)) if not re.search(r"[:(]", text) and not phrase.spec else None
    if made and _named(made.group("column"), lex) and not re.search(r"\b(?:that|which|who|is|are|was|were)\b",
                                                                    made.group("column"), re.IGNORECASE):
        phrase.text = f"{made.group('column').strip()} ({made.group('said').strip(' .')})"
        return [phrase]
    owned = _WITH_ITS.match(text) if "(" not in text else None
    if owned and _named(owned.group("owner"), lex) and _named(owned.group("owned"), lex):
        owner = [t for t in words(owned.group("owner")) if t.lower() not in lex.stopwords]
        qualifier = owner[:-1] if len(owner) > 1 else owner  # 'destination city' -> 'destination country'
        second = " ".join([*qualifier, owned.group("owned").strip()])
        phrase.text = owned.group("owner").strip()
        return [phrase, replace(phrase, text=second, joiner="and")]
    return [phrase]


def _named(text: str, lex: Lexicon) -> bool:
    """Whether the words name a column the lexicon knows ('emails', 'destination city')."""
    lemmas = lex.lemmas(words(text))
    return bool(lemmas) and lex.match(lemmas) is not None


def _noun(text: str, lex: Lexicon) -> bool:
    """A plural noun (or two words ending in one) that is not a function word: what 'how many' counts."""
    tokens = words(text)
    return bool(tokens) and tokens[0].lower() not in lex.stopwords and \
        lex.lemma(tokens[-1].lower(), counts=False) != tokens[-1].lower()
