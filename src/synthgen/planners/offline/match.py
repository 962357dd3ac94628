"""Offline planner, matching: which concept a phrase names beyond plain keys (domain words, shapes, 'X name')."""

from __future__ import annotations

from typing import Any

from .lexicon import Domain, Lexicon, Match


def refine(match: Match | None, lemmas: list[str], tokens: list[str], lex: Lexicon, domain: Domain | None
           ) -> Match | None:
    """The lexicon's best match, corrected by the domain, by 'X name' and by word shapes."""
    match = stated_values(match, lemmas, tokens, lex, domain)
    match = name_of_thing(match, lemmas, lex)
    match = person_word(match, lemmas, lex)
    match = domain_word(match, lemmas, lex, domain)
    match = amount_words(match, lemmas, lex, domain)
    match = count_prefix(match, lemmas, tokens, lex)
    return thing_name(shape_rules(match, lemmas, tokens, lex), lemmas, tokens, lex)


def count_prefix(match: Match | None, lemmas: list[str], tokens: list[str], lex: Lexicon) -> Match | None:
    """'n_lessons', 'num players': a count of the plural noun after a count prefix, not that noun."""
    if len(lemmas) < 2 or len(tokens) != len(lemmas) or lemmas[0] not in lex.ws("count_prefixes") or \
            tokens[-1].lower() == lemmas[-1] or (match and match.start == 0 and match.end == len(lemmas)):
        return match
    count = lex.concepts["count"]
    return Match(count, 0, len(lemmas), match.score if match else 1.0, "lexicon")


def domain_word(match: Match | None, lemmas: list[str], lex: Lexicon, domain: Domain | None) -> Match | None:
    """'sale price' in real estate is the domain's price: a lexicon key ending in a word the domain redefines."""
    if not match or not domain or match.via != "lexicon" or match.end - match.start < 2:
        return match
    head = lemmas[match.end - 1]
    alias = domain.aliases.get((head,))
    plain = lex.match([head])
    qualifier = [t for t in lemmas[:match.start] if t not in lex.stopwords]
    if alias and plain and plain.concept.id == match.concept.id and alias.id != match.concept.id and \
            set(qualifier) <= domain.nouns:
        return Match(alias, match.start, match.end, match.score, "alias")
    return match


def stated_values(match: Match | None, lemmas: list[str], tokens: list[str], lex: Lexicon, domain: Domain | None
                  ) -> Match | None:
    """'payment cash/card/mobile': a category word followed by its values is that category with those values
    ('mobile' is a way to pay there, not a phone), when at least half of the words are values it knows."""
    for end in range(1, len(lemmas) - 1):
        found = lex.match(lemmas[:end], domain.aliases if domain else None)
        if found is None or found.concept.kind != "category" or found.end != end:
            continue
        rest = [t for t in lemmas[end:] if t not in lex.stopwords]
        known = lex.value_words(found.concept)
        if len(rest) >= 2 and 2 * sum(t in known for t in rest) >= len(rest):
            values = tuple(t for t in tokens[end:] if t.lower() not in lex.stopwords)
            return Match(found.concept.model_copy(update={"elements": values, "pool": "", "weights": None}),
                         found.start, len(lemmas), found.score, found.via)
        return match
    return match


def person_word(match: Match | None, lemmas: list[str], lex: Lexicon) -> Match | None:
    """'patient name' in a hospital table is the patient's name: a person named before a domain's word for a thing
    ('name' of a hospital) takes the lexicon's reading."""
    if not match or match.via != "alias" or match.concept.kind == "person" or match.start == 0:
        return match
    words_before = qualifier(lemmas, match, lex)
    person = lex.match(words_before) if words_before else None
    if person is None or person.concept.kind != "person" or person.end != len(words_before):
        return match
    plain = lex.match(lemmas) or match
    return match if plain.concept.id == match.concept.id else plain  # a trial participant's age keeps the scale


def shape_rules(match: Match | None, lemmas: list[str], tokens: list[str], lex: Lexicon) -> Match | None:
    """Word shapes the lexicon cannot list: 'approved at' (a time), 'last restocked' (a date), 'courses completed'
    (a count), 'trainer assigned' / 'adopted' (yes or no)."""
    n = len(lemmas)
    covers_last = match is not None and match.end == n
    if n >= 2 and lemmas[-1] == "by" and (match is None or match.end < n):
        return Match(lex.concepts["person"], 0, n, 20.0)
    if n >= 2 and lemmas[-1] in ("at", "on") and not (match and match.end == n):
        return Match(lex.concepts["datetime" if lemmas[-1] == "at" else "date"], n - 1, n, 10.0)
    if n >= 2 and lemmas[0] in ("last", "first", "next", "previous") and (
            match is None or match.concept.kind == "bool"):
        return Match(lex.concepts["date"], 0, n, 10.0)
    if match and match.concept.kind == "bool" and match.start > 0 and covers_last and \
            lex.lemma(tokens[match.start - 1], counts=False) != tokens[match.start - 1]:
        return Match(lex.concepts["count"], match.start - 1, n, 20.0)  # 'seats available', 'courses completed'
    if match and match.concept.id == "person" and match.end == n and tokens[-1] in lex.plural_counts:
        return Match(lex.concepts["count"], match.start, n, 20.0)
    last = tokens[-1] if tokens else ""
    if match and match.concept.id == "level" and match.start > 0 and \
            not set(lemmas[:match.start]) & lex.ws("level_kinds"):
        return Match(lex.concepts["score"], 0, n, 20.0)  # 'expression level', 'triage level': a number
    keyed = match is not None and (match.start, match.end) == (0, n)  # 'day of week', 'time zone': a key itself
    if n >= 2 and lemmas[0] in ("date", "day", "time", "timestamp", "datetime") and match and not keyed and \
            match.concept.kind not in ("date", "datetime", "time"):
        return Match(lex.concepts["date" if lemmas[0] in ("date", "day") else "datetime"], 0, n, 20.0)
    if 2 <= n <= 3 and lemmas[0] in ("on", "in") and (match is None or match.start > 0 and
                                                       match.concept.kind in ("person", "category", "str", "text")):
        return Match(lex.concepts["boolean"], 0, n, 10.0)  # 'on insulin', 'in network'
    if not covers_last and last.isascii() and (last.endswith(("ous", "able", "ible")) or last == "friendly") and \
            (match is None or match.concept.kind in ("person", "text", "category", "str")):
        return Match(lex.concepts["boolean"], n - 1, n, 10.0)
    if match is None and last.isascii() and last.isalpha() and len(last) > 3 and \
            lex.lemma(last, counts=False) != last and not lex.unit([last]):
        return Match(lex.concepts["count"], n - 1, n, 5.0)  # 'birdies', 'violations': things counted
    participle = (len(last) > 4 and last.endswith("ed")) or last in lex.ws("participles")
    first = tokens[0] if tokens else ""
    if n == 2 and (first.endswith("ed") or first in lex.ws("participles")) and lex.lemma(last, counts=False) != last:
        return Match(lex.concepts["count"], 0, n, 20.0)  # 'skipped months', 'missed payments'
    verb = len(first) > 4 and first.endswith("ed") and first.isascii()
    if 2 <= n <= 4 and verb and tokens[1] in lex.ws("verb_next") and \
            (match is None or match.start > 0 and match.concept.kind in ("text", "str", "person", "category")):
        return Match(lex.concepts["boolean"], 0, n, 10.0)  # 'handed to human', 'asked a question'
    counted = match is None or match.end < n or (match.start == n - 1 and match.concept.kind in ("date", "datetime",
                                                                                                  "bool"))
    if n == 2 and participle and lex.lemma(tokens[0], counts=False) != tokens[0] and counted and \
            not (match and match.concept.kind in ("money", "measure", "float")):
        return Match(lex.concepts["count"], 0, n, 20.0)
    if not covers_last and participle and last.isascii() and \
            (match is None or match.concept.kind in ("person", "text", "category", "str")):
        return Match(lex.concepts["boolean"], n - 1, n, 10.0)
    return match


def qualifier(lemmas: list[str], match: Match, lex: Lexicon) -> list[str]:
    """The words before the matched key ('shipping' in 'shipping city'), stopwords left out."""
    return [t for t in lemmas[:match.start] if t not in lex.stopwords]


def name_of_thing(match: Match | None, lemmas: list[str], lex: Lexicon) -> Match | None:
    """'warehouse name' is the warehouse, not a person's name: a non-person qualifier of 'name' wins."""
    if not match or match.concept.id != "full_name":
        return match
    words_before = qualifier(lemmas, match, lex)
    if not words_before:
        return match
    inner = lex.match(words_before)
    if inner and inner.concept.kind not in ("person", "address", "group", "id", "bool", "date", "datetime", *NUMBERS) \
            and inner.end == len(words_before):  # a count's name ('child name' of 'children') is a person's
        return Match(inner.concept, inner.start, match.end, match.score, inner.via)
    return match


def thing_name(match: Match | None, lemmas: list[str], tokens: list[str], lex: Lexicon) -> Match | None:
    """'guild name', 'farm name', 'map name': the name of a thing the lexicon has no vocabulary for is a plausible
    name of that thing ('Willow Creek Farm', 'Iron Ridge Guild'; a map or a level is named bare), never a person's
    name nor lorem words."""
    if not match or match.concept.id not in ("thing_name", "full_name"):
        return match
    span = [t for t in tokens[:match.end] if t.lower() not in lex.stopwords]
    if match.concept.id == "full_name":
        before = qualifier(lemmas, match, lex)
        inner = lex.match(before) if before else None
        if not before or set(before) & lex.ws("person_name_qualifiers") or \
                (inner and inner.concept.kind not in ("id", "bool", "date", "datetime")):
            return match
        span = [t for t in tokens[:match.start] if t.lower() not in lex.stopwords]
    elif span and lex.lemma(span[-1].lower(), counts=False) == "name":
        span = span[:-1]
    noun = [lex.lemma(t.lower(), counts=False) for t in span[-2:]]
    if not noun or not all(t.isalpha() for t in noun):
        return match
    stems = lex.pool(lex.concepts["thing_name"].pool)
    tail = "" if noun[-1] in lex.ws("bare_names") else " " + " ".join(t.capitalize() for t in noun)
    concept = lex.concepts["thing_name"].model_copy(update={"elements": tuple(s + tail for s in stems), "pool": ""})
    return Match(concept, match.start if match.concept.id == "thing_name" else 0, match.end, match.score, match.via)


def amount_words(match: Match | None, lemmas: list[str], lex: Lexicon, domain: Domain | None) -> Match | None:
    """'cost to date', 'spent to date': a sum so far, not a date; 'amount refunded', 'total raised': an amount,
    not a yes/no or a time."""
    n = len(lemmas)
    if n >= 3 and lemmas[-2:] == ["to", "date"]:
        inner = lex.match(lemmas[:-2], domain.aliases if domain else None)
        if inner and inner.concept.kind in NUMBERS:
            return Match(inner.concept, inner.start, n, inner.score, inner.via)
    if n >= 2 and lemmas[0] in lex.ws("amount_heads") and match and match.start > 0 and \
            match.concept.kind in ("bool", "date", "datetime", "time"):
        head = lex.match(lemmas[:1], domain.aliases if domain else None)
        if head and head.concept.kind == "money":
            return Match(head.concept, 0, n, match.score, head.via)
    if n >= 2 and match and 0 < match.start and match.end == n and match.concept.kind in ("bool", "date", "datetime",
                                                                                        "time") and \
            all(t.endswith("ed") for t in lemmas[match.start:]):  # 'quantity received', 'units returned': a number
        head = lex.match(lemmas[:match.start], domain.aliases if domain else None)
        if head and head.start == 0 and head.end == match.start and head.concept.kind in NUMBERS:
            return Match(head.concept, 0, n, match.score, head.via)
    return match


NUMBERS = ("money", "int", "float", "measure", "percent")


def spread(match: Match | None, provider: str, args: dict[str, Any]) -> dict[str, Any] | None:
    """The concept's distribution, when the column kept the concept's own range (nothing stated, no unit
    converted): house prices lognormal around 350k within 75k-2.5M."""
    concept = match.concept if match else None
    if concept is None or concept.distribution is None or concept.range is None or \
            provider not in ("pyfloat", "random_int"):
        return None
    low, high = args.get("min_value", args.get("min")), args.get("max_value", args.get("max"))
    if low is None or high is None or abs(low - concept.range[0]) > 1e-9 or abs(high - concept.range[1]) > 1e-9:
        return None
    return concept.distribution.rule()
