"""Offline planner, choices across phrases: a column's choices or examples that a list cut into pieces ('the
cabin class, which is economy, premium economy, business or first', 'the result as home win, draw or away win',
'the defect type, for example scratch, dent or crack', 'a booking reference, like K7PQ2Z') read back as one."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from .codes import is_code
from .lexicon import Lexicon, words

if TYPE_CHECKING:  # text.py reads sentences, which read this module: a Phrase is only named here
    from .text import Phrase

_GROUP = re.compile(r"\([^()]*\)|\[[^\[\]]*\]|\{[^{}]*\}")

_AS = re.compile(r"^(\s*[^\W\d][\w' -]{0,30}?)\s+(?:recorded\s+|given\s+|shown\s+|coded\s+|written\s+)?as\s+"
                 r"(?!an?\s|the\s|its\s|their\s)([^\W\d][\w'-]*(?:\s[\w'-]+)?)\s*$", re.IGNORECASE)

_AS_LIST = re.compile(r"^(\s*[^\W\d][\w' -]{0,30}?)\s+(?:recorded\s+|given\s+|shown\s+|coded\s+|written\s+)?as\s+"
                      r"(?!an?\s|the\s|its\s|"
                      r"their\s)((?:[^\W\d][\w'-]*(?:\s[\w'-]+)?,\s*)*[^\W\d][\w'-]*(?:\s[\w'-]+)?,?"
                      r"\s+or\s+[^\W\d][\w'-]*(?:\s[\w'-]+)?)\s*$", re.IGNORECASE)


def as_choices(phrases: list[Phrase]) -> list[Phrase]:
    """'the result as home win, draw or away win' -> 'the result one of home win, draw or away win': short pieces
    after 'X as A' that end in an 'or' are X's choices."""
    out = list(phrases)
    dropped: set[int] = set()
    for i, phrase in enumerate(out):
        if id(phrase) in dropped:
            continue
        whole = _AS_LIST.match(phrase.text)
        if whole:  # already one phrase: 'the outcome as white, black or draw'
            out[i] = replace(phrase, text=f"{whole.group(1)} one of {whole.group(2)}")
            continue
        found = _AS.match(phrase.text)
        if not found:
            continue
        rest = []
        for nxt in out[i + 1:]:
            if nxt.clause != phrase.clause or len(re.sub(r"\s(?:or|and)\s", " ", nxt.text).split()) > (
                    5 if " or " in nxt.text else 3) or re.search(r"[(:\d]", nxt.text):
                break
            rest.append(nxt)
            if nxt.joiner == "or" or " or " in nxt.text:
                break
        if rest and (rest[-1].joiner == "or" or " or " in rest[-1].text) and rest[0].joiner == ",":
            listed = found.group(2) + "".join(f"{', ' if p.joiner == ',' else ' or '}{p.text}" for p in rest)
            out[i] = replace(phrase, text=f"{found.group(1)} one of {listed}")
            dropped.update(id(p) for p in rest)
    return [p for p in out if id(p) not in dropped]


EXAMPLE = re.compile(r"^\s*(?:for\s+example|for\s+instance|e\.?\s?g\.?|such\s+as)\s+\S", re.IGNORECASE)


def lone_code(text: str, lex: Lexicon) -> bool:
    """A lone example of a code ('K7PQ2Z' after 'a booking reference of six letters and numbers, like'): letters
    and digits that name no column."""
    token = text.strip(" .")
    return bool(re.fullmatch(r"(?=\S*\d)(?=\S*[A-Z])[A-Z0-9][A-Z0-9-]{1,15}", token)) and lex.match(
        lex.lemmas(words(token))) is None


RELATIVE_FIRST = re.compile(r"^\s*(?:which|that)\s+(?:is|are|can\s+be|could\s+be|will\s+be|must\s+be|should\s+be|"
                             r"may\s+be)\s+([^\W\d][\w'-]*(?:\s[\w'-]+)?(?:(?:,|"
                             r"\s+or)\s+[\w' -]+)*)\s*$", re.IGNORECASE)


def closes(following: list[Phrase], clause: int) -> bool:
    """Whether the short pieces after a first choice run on to a last one after 'or' ('premium economy, business
    or first'): the rest of a list of choices."""
    for nxt in following:
        if nxt.clause != clause or len(words(nxt.text)) > 4 or re.search(r"[(:\d]", nxt.text) or nxt.joiner == "and":
            return False
        if nxt.joiner == "or" or re.search(r"\sor\s", nxt.text):
            return True
    return False


def coded(text: str) -> bool:
    """Whether a phrase ends with an example of a code ('id like PT-00001', 'e.g. A320'): letters and digits."""
    core = text
    while _GROUP.search(core):  # the text without its (...) groups
        core = _GROUP.sub(" ", core)
    shown = re.split(r"\b(?:like|such\s+as|e\.g\.?)\s+", core, flags=re.IGNORECASE)[-1].split()
    last = shown[-1:] or [""]
    return bool(re.search(r"\d", last[0]) and re.search(r"[^\W\d_]", last[0])) or is_code(last[0]) or (
        len(shown) == 2 and bool(re.search(r"\d", shown[0])) and shown[1].isupper())  # '1998.45.2', '823.914 SMI'


# 'the funding agency is NSF', 'cabin class: economy', 'a status of active': a column and its first choice
_ENUM_OPEN = re.compile(r"^(?P<subject>[^\W\d][\w' -]{0,40}?)\s*(?::|\s(?P<verb>is|are|of|should\s+be|must\s+be|"
                        r"can\s+be|"
                        r"will\s+be|such\s+as|like|e\.g\.?))\s+(?:either\s+|"
                        r"one\s+of\s+)?(?P<first>[^\W_][\w'./-]*(?:\s[\w'./-]+){0,2})$", re.IGNORECASE)


def enumerations(phrases: list[Phrase], lex: Lexicon) -> list[Phrase]:
    """'The funding agency is NSF, NIH, DOE or a private foundation', 'cabin class: economy, premium economy,
    business or first', 'a status of active, frozen or cancelled': the pieces after the first choice are its
    other choices (up to the one after 'or'), never columns of their own."""
    out: list[Phrase] = []
    i = 0
    while i < len(phrases):
        phrase = phrases[i]
        found = _ENUM_OPEN.match(phrase.text.strip(" ."))
        end = i + 1
        while found and end < len(phrases) and phrases[end].clause == phrase.clause and \
                len(words(phrases[end].text)) <= 4 and not re.search(r"[(:\d]", phrases[end].text) and \
                phrases[end].joiner != "and":
            if phrases[end].joiner == "or" or re.search(r"\sor\s", phrases[end].text):
                break
            end += 1
        last = phrases[end] if found and end < len(phrases) else None
        closes = last is not None and last.clause == phrase.clause and len(words(last.text)) <= 5 and \
            not re.search(r"[(:\d]", last.text) and (last.joiner == "or" or re.search(r"\sor\s", last.text))
        if found and closes and last is not None and coded(found.group("first")) and not re.search(r"\d", last.text):
            closes = False  # 'pet ID like PET-00042, ..., species dog or cat': examples of a code, then columns
        if found and found.group("verb") == "of":
            subject = lex.match(lex.lemmas(words(found.group("subject"))))
            closes = closes and subject is not None and subject.concept.kind == "category"
        if not found or not closes or last is None:
            out.append(phrase)
            i += 1
            continue
        members = [p.text.strip(" .") for p in phrases[i + 1:end]]
        tail = last.text.strip(" .") if last.joiner != "or" else "or " + last.text.strip(" .")
        head = phrase.text.strip(" .")
        if found.group("verb") == "of":  # 'a status of active, ...' -> 'status (active, ...)'
            head = found.group("subject").strip() + " (" + found.group("first")
        text = ", ".join([head, *members])
        text += (", " if last.joiner != "or" else " ") + tail + (")" if found.group("verb") == "of" else "")
        out.append(replace(phrase, text=text))
        i = end + 1
    return out
