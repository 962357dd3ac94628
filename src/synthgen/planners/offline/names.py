"""Offline planner, names and roles: snake_case column names, person/place roles, date events, id nouns."""

from __future__ import annotations

import re
from typing import NamedTuple

from .lexicon import Lexicon, Match, ascii_words, words

NAME_MAX = 48
_AUX = ("is", "has", "was", "are", "have", "had", "can", "did", "does", "will", "should", "were")


class Roles(NamedTuple):
    """What links a column to others: its person/place role, date events, and how it identifies rows."""

    role: str = ""
    events: tuple[str, ...] = ()
    id_style: str = ""  # int | code | uuid, for ids
    id_noun: str = ""  # what the id identifies: 'order' in 'order id'
    id_pattern: str = ""
    unique: bool = False


def roles(lemmas: list[str], match: Match, kind: str, lex: Lexicon) -> Roles:
    """Role words of person/address columns ('sender', 'shipping', 'player_2'), date events, and id nouns."""
    c = match.concept
    qualifier = [t for t in lemmas[:match.start] if (t not in lex.stopwords or t in ("from", "to")) and not t.isdigit()
                 and t not in lex.hints.generic_qualifiers and (t,) not in lex.locales]
    role = ""
    events: tuple[str, ...] = ()
    if c.kind in ("person", "address"):
        words_ = qualifier + ([t for t in lemmas[match.start:match.end] if t not in ("name", "full")]
                              if c.role else [])
        words_ += [t for t in lemmas[match.end:] if t.isdigit() or (len(t) == 1 and t.isalpha())]
        role = "_".join(words_)[:32]
    if kind in ("date", "datetime") or c.kind in ("date", "datetime"):
        events = tuple(t for t in lemmas if t not in lex.ws("date_words"))
        if c.events:
            events = tuple(t for e in c.events for t in lex.key_tokens(e))
    if c.kind != "id":
        return Roles(role, events)
    style, key = c.format, lemmas[match.start:match.end]
    noun = c.noun or (qualifier[-1] if qualifier else "")
    if style == "auto":
        numberish = any(k in lex.ws("numberish") for k in key) or \
            len(key) > 1 and key[-1] not in ("id", "identifier", "key")
        style = "code" if numberish else "int"
        if not noun and len(key) > 1:
            noun = key[0]
    return Roles(role, events, style, noun, c.pattern, c.unique)


def column_name(tokens: list[str], lemmas: list[str], match: Match | None, boolean: bool, lex: Lexicon) -> str:
    """snake_case column name from the phrase: 'order date' -> order_date, 'date of the order' -> order_date,
    'whether they were approved' -> is_approved."""
    drop = set(lex.hints.name_drop)
    pairs = [(t, lemmas[i] if i < len(lemmas) else t) for i, t in enumerate(tokens)]
    for filler in sorted(lex.ws("name_fillers"), key=len, reverse=True):  # 'order date sometime', 'whole-number'
        gram = words(filler)
        n = len(gram)
        for i in range(len(pairs) - n, -1, -1):
            if [p[0] for p in pairs[i:i + n]] == gram and len(pairs) > n:
                del pairs[i:i + n]
    while pairs and (pairs[0][0] in drop or pairs[0][0] in ("whether", "if", "the", "a", "an")):
        pairs.pop(0)
    stop = next((i for i, p in enumerate(pairs) if i > 0 and (p[0] in lex.ws("name_stops") or
                                                             p[1] in lex.ws("name_stops"))), None)
    if stop is not None:  # 'contact email about 8% missing', 'verified with about 30% yes': the head
        pairs = pairs[:stop]
    pairs = [p for p in pairs if p[0] not in drop or p[0] in _AUX]
    if boolean:
        aux = next((i for i, p in enumerate(pairs) if p[0] in _AUX), None)
        subject = [p for p in pairs[:aux] if p[0] not in lex.stopwords] if aux else []
        if aux is not None and aux > 0 and subject and aux + 1 < len(pairs):
            pairs = subject + pairs[aux + 1:]  # 'whether pets are allowed' -> pets_allowed
        elif aux is not None and aux > 0:
            pairs = pairs[aux:]
        if pairs and pairs[0][0] in _AUX:
            word = {"was": "is", "were": "is", "are": "is", "have": "has", "had": "has"}.get(pairs[0][0], pairs[0][0])
            pairs = ([(word, word)] if word in ("is", "has") else []) + pairs[1:]
    surface = [p[0] for p in pairs]
    if "of" in surface[1:-1] and match and "of" not in lemmas[match.start:match.end]:
        i = surface.index("of")
        surface = surface[i + 1:] + surface[:i]
    surface = [t for t in surface if t and t not in (("of",) if len(surface) > 3 else ())]
    surface = [t for i, t in enumerate(surface) if not t.isdigit() or i in (0, len(surface) - 1)]
    if len(surface) > 4 and match:
        keep = [t for t in lemmas[max(0, match.start - 1):match.end] if t not in lex.stopwords]
        surface = keep or surface[:4]
    name = "_".join(surface)[:NAME_MAX].strip("_") or "_".join(tokens[:4])[:NAME_MAX].strip("_")
    return re.sub(r"_+", "_", name)


def singular(name: str, kind: str, match: Match | None, lex: Lexicon) -> str:
    """Plural words of a column name made singular, as a data engineer names columns: prices -> price,
    blood_types -> blood_type, hire_dates -> hire_date. Counts keep their plural (guests, nights, pages_viewed:
    how many), and so do free text (notes, special_requests) and words that only look plural (status, sales).
    In a number, a plural is made singular only when its singular is the concept's own word (ages -> age)."""
    if kind == "text":  # 'post texts', 'product descriptions' (plural as listed); 'notes', 'special_requests' stay
        parts = name.split("_")
        one = lex.lemma(parts[-1], counts=False)
        if one in lex.ws("singular_texts"):
            return "_".join([*parts[:-1], one])
        whole = "_".join(lex.lemma(p, counts=False) if p.endswith("s") else p for p in parts)
        keys = set(match.concept.keys) if match else set()
        return whole if whole.replace("_", " ") in keys and name.replace("_", " ") not in keys else name
    if kind == "bool":
        return name
    keys = {w for k in match.concept.keys for w in k.split()} if match else set()  # 'publication year'
    numeric = kind in ("int", "float", "measure", "money", "percent")
    out = []
    for part in name.split("_"):
        one = "id" if part == "ids" else lex.lemma(part, counts=False) if part.endswith("s") else part
        out.append(part if numeric and (one not in keys or part in keys) else one)
    return "_".join(out)


def with_unit(name: str, unit: str, lex: Lexicon) -> str:
    """'temperature' asked 'in celsius' -> temperature_c; 'amount in USD' -> amount_usd."""
    suffix = lex.units[unit].suffix
    if suffix in name.split("_") or any(w in name for w in words(unit)):
        return name
    return f"{name}_{suffix}"[:NAME_MAX]


def choices_name(items: list[str] | None, lex: Lexicon) -> str:
    """A name for bare choices: 'buy or sell' -> side (a lexicon concept), else 'buy_or_sell'."""
    if not items:
        return ""
    found = lex.match(lex.lemmas(words(" ".join(items))))
    if found and found.concept.kind == "category":
        return found.concept.name or "_".join(words(found.concept.keys[0]))
    joined = "_or_".join("_".join(ascii_words(words(i))) for i in items[:3])
    return joined[:NAME_MAX] if len(items) <= 3 else "category"
