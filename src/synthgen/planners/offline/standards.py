"""Offline planner, standards: a code standard named in a phrase ('diagnosis code (ICD-10)', 'dx (ICD-10 code)',
'condition (icd10)') gives that standard's own values, not codes shaped like its name."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from . import codes
from .lexicon import Lexicon, words

Field = Any  # fields.Field (not imported: fields imports this module)


def names_a_standard(text: str, rest: str, lex: Lexicon) -> bool:
    """Whether the 'example' cut from a phrase (`text` without it is `rest`) names a concept the lexicon knows
    with values of its own ('ICD-10', 'IATA code'), rather than showing a code's shape ('INV-2024-001')."""
    kept = words(rest)
    shown = [w for w in words(text) if w not in kept]
    found = lex.match(lex.lemmas(shown)) if shown else None
    return bool(found and found.end - found.start == len(shown) and found.concept.kind in ("category", "code", "str"))


def standard(text: str, rest: str, build: Callable[[str], list[Field]]) -> list[Field] | None:
    """The standard's own values (its examples only illustrate it: 'ICD-10, like J45.909'), under the name the
    rest of the phrase gives; None if the standard has no list of values."""
    kept = words(rest)
    named = " ".join(w for w in words(text) if w not in kept)
    for _ in range(4):  # the examples after the standard's name go too
        again, more = codes.take(rest)
        if more is None or not words(again):
            break
        rest = again
    own, head = build(named), build(rest)
    if len(own) != 1 or len(head) != 1 or own[0].provider != "random_element":
        return None
    own[0].name, own[0].phrase, own[0].explicit = head[0].name, text, True
    return own


# The card schemes a card-number column may name ('card no (visa/mc, valid luhn)'), as Faker's card_type.
_SCHEMES = {"visa": "visa", "mastercard": "mastercard", "master card": "mastercard", "mc": "mastercard",
            "amex": "amex", "american express": "amex", "discover": "discover", "diners": "diners",
            "diners club": "diners", "jcb": "jcb", "maestro": "maestro"}


def card_schemes(fld: Field) -> bool:
    """A card-number column given 'choices' ('visa/mc, valid luhn', 'amex or visa', 'debit/credit'): valid numbers,
    of the (first) card scheme named if any, never those words. True if it was one."""
    if fld.concept != "card_number" or fld.provider != "random_element":
        return False
    named: list[str] = []
    for element in fld.args.get("elements", []):
        for part in str(element).lower().replace("/", ",").split(","):
            tokens = words(part)
            scheme = _SCHEMES.get(" ".join(tokens))
            if scheme:
                named.append(scheme)  # other words ('debit/credit', 'valid checksum') describe the number
    fld.provider, fld.kind, fld.weights = "credit_card_number", "str", None
    fld.args = {"card_type": named[0]} if named else {}
    return True


# '(ISO code)', '(IATA code)', '(NAICS)', '(ISO 3166 alpha-2)': the column holds the code of what it names
_CODE_NOTE = re.compile(r"\s*\(\s*((?:(?:iso|iata|icao|naics|sic|mcc|alpha|standard|two|three|letter|code|codes|"
                        r"\d{1,4})[\s,-]*)+)\)\s*$", re.IGNORECASE)
_STANDARD_WORDS = frozenset({"iso", "iata", "icao", "naics", "sic", "mcc", "code", "codes"})


def coded_head(text: str) -> tuple[str, str] | None:
    """'destination country (ISO code)' -> ('destination country', 'destination country code'): the head and
    the same head read as a code, when a trailing parenthesis names only a code standard; else None."""
    found = _CODE_NOTE.search(text)
    if not found or not set(words(found.group(1))) & _STANDARD_WORDS:
        return None
    head = text[:found.start()].strip()
    return (head, f"{head} code") if words(head) else None


def as_code(text: str, lex: Lexicon, build: Callable[[str], list[Field]]) -> list[Field] | None:
    """The column of 'country (ISO code)' as a country code, named as the head names it; None when the head
    read as a code is no code concept of the lexicon ('airline code' is, 'colour code' is not)."""
    pair = coded_head(text)
    if pair is None:
        return None
    head, coded = pair
    tokens = lex.lemmas(words(coded))
    found = lex.match(tokens)
    if not found or found.end != len(tokens) or found.end - found.start < 2 or found.concept.kind == "id":
        return None
    own, named = build(coded), build(head)
    if len(own) != 1 or len(named) != 1 or own[0].concept == named[0].concept:
        return None
    own[0].name, own[0].phrase, own[0].explicit = named[0].name, text, True
    return own
