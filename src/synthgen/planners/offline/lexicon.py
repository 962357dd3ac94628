"""Offline planner, words: the data files loaded once, tokens and lemmas, and phrase-to-concept matching."""

from __future__ import annotations

import difflib
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from .composed import composed_pools
from .datafiles import (
    NUMERIC_KINDS,
    Concept,
    DataFileError,
    DomainData,
    DomainsFile,
    HintsFile,
    LexiconFile,
    PoolsFile,
    Scale,
    Unit,
    read,
)

_SYMBOLS = [
    (re.compile(r"\bg\s*/\s*dl\b", re.IGNORECASE), " gdl "),
    (re.compile(r"\bw\s*/\s*m(?:2|\u00b2)", re.IGNORECASE), " wm2 "),
    (re.compile(r"\b(mmol|mg|ug|\u00b5g)\s*/\s*(l|m3|kg)\b", re.IGNORECASE), r" \1\2 "),
    (re.compile(r"\b(l|m3|kg|km|mi)\s*/\s*(min|h|hr|l|gal|m2)\b", re.IGNORECASE), r" \1per\2 "),
    (re.compile(r"°\s*c\b|\bdeg(?:rees?)?\s*c\b|\bdegrees?\s+celsius\b|℃", re.IGNORECASE), " celsius "),
    (re.compile(r"°\s*f\b|\bdeg(?:rees?)?\s*f\b|℉", re.IGNORECASE), " fahrenheit "),
    (re.compile(r"\bkm\s*/\s*h\b|\bkm/hr?\b", re.IGNORECASE), " kmh "),
    (re.compile(r"\bm\s*/\s*s\b", re.IGNORECASE), " mps "),
    (re.compile(r"\bmg\s*/\s*dl\b", re.IGNORECASE), " mgdl "),
    (re.compile(r"\bsq\.?\s*ft\.?|\bft²|\bft2\b", re.IGNORECASE), " sqft "),
    (re.compile(r"\bsq\.?\s*m\b|\bm²|\bm2\b", re.IGNORECASE), " sqm "),
    (re.compile(r"\bl\s*/\s*100\s*km\b", re.IGNORECASE), " l 100km "),
    (re.compile(r"%"), " percent "),
    (re.compile(r"\$"), " usd "),
    (re.compile(r"€"), " eur "),
    (re.compile(r"£"), " gbp "),
    (re.compile(r"[¥￥]"), " jpy "),
    (re.compile(r"₹"), " inr "),
    (re.compile(r"(?<=\w)'s\b"), ""),
    (re.compile(r"#"), " number "),
    (re.compile(r"&"), " and "),
    (re.compile(r"@"), " at "),
]
_TOKEN = re.compile(r"[^\W_]+", re.UNICODE)
_CAMEL = re.compile(r"(?<=[a-z]{2})(?=[A-Z][a-z])|(?<=[a-z]{2})(?=[A-Z]{2,}\b)")


def symbols(text: str) -> str:
    """Units and symbols spelled as words: '°C' -> 'celsius', '%' -> 'percent', '$' -> 'usd'."""
    text = _CAMEL.sub(" ", text)
    for pattern, word in _SYMBOLS:
        text = pattern.sub(word, text)
    return text


def words(text: str) -> list[str]:
    """Lower-case word tokens of a text, symbols spelled out, snake_case and camelCase split."""
    if len(text) > _WORDS_TEXT:
        return _TOKEN.findall(symbols(text).replace("_", " ").lower())
    return list(_words(text))


_WORDS_TEXT = 200  # texts up to this long have their words kept: lexicon phrases and field phrases, read often


@lru_cache(maxsize=4096)  # about 2 MB at most; a plan reads ~340 texts, mostly the lexicon's own phrases
def _words(text: str) -> tuple[str, ...]:
    return tuple(_TOKEN.findall(symbols(text).replace("_", " ").lower()))


def ascii_words(tokens: list[str]) -> list[str]:
    """Tokens with accents stripped (prénom -> prenom); tokens of other scripts are kept as they are."""
    out = []
    for token in tokens:
        plain = unicodedata.normalize("NFKD", token).encode("ascii", "ignore").decode()
        out.append(plain.lower() if plain and plain.isalnum() else token)
    return out


@dataclass
class Match:
    concept: Concept
    start: int
    end: int
    score: float
    via: str = "lexicon"  # lexicon | alias | typo


@dataclass
class Domain:
    id: str
    name: str
    triggers: list[tuple[str, ...]]
    template: list[str]
    aliases: dict[tuple[str, ...], Concept] = field(default_factory=dict)
    nouns: frozenset[str] = frozenset()
    local: bool = False


@dataclass
class Setting:
    """A setting (indoors, ...) named by words anywhere in a description, and the concepts it scales."""

    id: str
    words: tuple[tuple[str, ...], ...]
    aliases: dict[tuple[str, ...], Concept]


class Lexicon:
    """Every data file of the offline planner, indexed for matching."""

    def __init__(self) -> None:
        hints: HintsFile = read("hints.json", HintsFile)
        self.hints = hints
        self.pools: dict[str, tuple[str, ...]] = read("pools.json", PoolsFile).lists()
        for name, values in composed_pools().items():  # titles, names and short texts made from texts.json
            if name in self.pools:
                raise DataFileError(f"data/texts.json: pools.{name}: data/pools.json already has a pool {name!r}")
            self.pools[name] = values
        self.plural_keep = frozenset(hints.plural_keep)
        self.plural_counts = frozenset(hints.plural_counts)
        self.abbreviations = {k: tuple(v.split()) for k, v in hints.abbreviations.items()}
        self.word_sets = {k: frozenset(v) for k, v in hints.word_sets.items()}
        self.ie_plurals = frozenset(hints.ie_plurals)
        self.stopwords = frozenset(hints.stopwords)
        self.prepositions = frozenset(hints.prepositions)
        self.units: dict[str, Unit] = hints.units
        self.concepts: dict[str, Concept] = {}
        self.index: dict[str, list[tuple[tuple[str, ...], Concept]]] = {}
        for cid, spec in read("lexicon.json", LexiconFile).concepts.items():
            concept = Concept.model_construct(id=cid, **spec.__dict__)
            self.concepts[cid] = concept
            for key in concept.keys:
                self._add(self.index, self.key_tokens(key), concept)
        for cid, concept in self.concepts.items():
            self._check("lexicon.json", f"concepts.{cid}", concept)
        self.known = {t for keys in self.index.values() for k, _ in keys for t in k} | self.stopwords
        self.vocab = tuple(sorted(t for t in self.known if len(t) >= 4))
        domains = read("domains.json", DomainsFile)
        self.domains = [self._domain(d) for d in domains.domains]
        self.settings = [Setting(c.id, tuple(tuple(self.lemma(w, counts=False) for w in words(t)) for t in c.words),
                                 self._scaled("domains.json", f"contexts.{c.id}", c.scales, {}))
                         for c in domains.contexts]
        self.known |= {t for d in self.domains for k in d.aliases for t in k}
        self.unit_index: dict[tuple[str, ...], str] = {}
        self.unit_short: dict[str, str] = {}
        for uid, unit in self.units.items():
            for w in unit.words:
                self.unit_index[tuple(words(w))] = uid
            for w in unit.short:
                self.unit_short[w] = uid
        self.locales = {tuple(words(k)): v for k, v in hints.locales.items()}
        self.follows = hints.follows
        self.fallbacks: dict[str, tuple[str, ...]] = hints.provider_fallbacks
        self.id_prefixes: dict[str, str] = hints.id_prefixes
        self._value_words: dict[tuple[Any, ...], frozenset[str]] = {}

    def _check(self, file: str, where: str, concept: Concept) -> None:
        """Names a concept gives that another file must hold: its pool, its unit, the concepts it expands to."""
        if concept.pool and concept.pool not in self.pools:
            raise DataFileError(f"data/{file}: {where}.pool: no pool {concept.pool!r} in data/pools.json")
        if concept.unit and concept.unit not in self.units:
            raise DataFileError(f"data/{file}: {where}.unit: no unit {concept.unit!r} in data/hints.json")
        for cid in concept.expand:
            if cid not in self.concepts:
                raise DataFileError(f"data/{file}: {where}.expand: no concept {cid!r} in data/lexicon.json")

    @staticmethod
    def _add(index: dict[str, list[tuple[tuple[str, ...], Concept]]], key: tuple[str, ...], concept: Concept) -> None:
        if key:
            index.setdefault(key[0], []).append((key, concept))

    def _domain(self, data: DomainData) -> Domain:
        aliases: dict[tuple[str, ...], Concept] = {}
        for key, target in data.aliases.items():
            if isinstance(target, str):
                if target not in self.concepts:
                    raise DataFileError(f"data/domains.json: {data.id}.aliases.{key}: no concept {target!r} "
                                        "in data/lexicon.json")
                concept = self.concepts[target]
            else:
                concept = Concept.model_construct(id=f"{data.id}:{key}", **target.__dict__)
                self._check("domains.json", f"{data.id}.aliases.{key}", concept)
            aliases[self.key_tokens(key)] = concept
        aliases = self._scaled("domains.json", f"{data.id}.scales", data.scales, aliases)
        triggers = [tuple(self.lemma(w, counts=False) for w in words(t)) for t in data.triggers]
        nouns = frozenset(self.lemma(w, counts=False) for w in words(data.name.replace("_", " "))) | \
            frozenset(triggers[0])
        return Domain(data.id, data.name, triggers, list(data.template), aliases, nouns, data.local)

    def _scaled(self, file: str, where: str, scales: dict[str, Scale],
                aliases: dict[tuple[str, ...], Concept]) -> dict[tuple[str, ...], Concept]:
        """Aliases plus every key of each scaled concept, naming a copy of it with the scale's range, unit, ...
        (same id, so rules between columns still know it); the domain's own aliases win."""
        out = dict(aliases)
        for cid, scale in scales.items():
            base = self.concepts.get(cid)
            if base is None:
                raise DataFileError(f"data/{file}: {where}.{cid}: no concept {cid!r} in data/lexicon.json")
            if scale.range is not None and base.kind not in NUMERIC_KINDS:
                raise DataFileError(f"data/{file}: {where}.{cid}.range: {cid} is a {base.kind}, not a number")
            update = {k: getattr(scale, k) for k in scale.model_fields_set if k != "keys"}
            if "range" in update and "distribution" not in update:
                update["distribution"] = None  # the concept's spread was for its own range
            scaled = base.model_copy(update=update)
            self._check(file, f"{where}.{cid}", scaled)
            for key in scale.keys or base.keys:
                out.setdefault(self.key_tokens(key), scaled)
        return out

    @staticmethod
    def rescaled(match: Match | None, lemmas: list[str], aliases: dict[tuple[str, ...], Concept] | None
                 ) -> Match | None:
        """A lexicon match in the domain's (or setting's) scale: 'gross pay' in a payroll is a monthly salary even
        when the domain's word does not apply as an alias."""
        scaled = aliases.get(tuple(lemmas[match.start:match.end])) if match and aliases else None
        if match is None or scaled is None or scaled.id != match.concept.id:
            return match
        return Match(scaled, match.start, match.end, match.score, match.via)

    def value_words(self, concept: Concept) -> frozenset[str]:
        """The lower-case words of a category's values ('credit', 'card', 'cash' for payment methods)."""
        key = (concept.id, concept.pool, concept.elements)
        found = self._value_words.get(key)
        if found is None:
            values = concept.elements or self.pools.get(concept.pool, ())
            found = frozenset(self.lemma(w) for v in values for w in words(str(v)))
            self._value_words[key] = found
        return found

    def settings_in(self, lemmas: list[str]) -> dict[tuple[str, ...], Concept]:
        """The scaled concepts of every setting whose words the description's lemmas hold ('office': indoors)."""
        out: dict[tuple[str, ...], Concept] = {}
        text = f" {' '.join(lemmas)} "
        for setting in self.settings:
            if any(f" {' '.join(w)} " in text for w in setting.words):
                out.update(setting.aliases)
        return out

    def ws(self, name: str) -> frozenset[str]:
        """A word set of hints.json ('small_sets', 'event_heads', 'participles', ...)."""
        return self.word_sets[name]

    def lemma(self, word: str, *, counts: bool = True) -> str:
        """The singular of a plural noun (cities -> city, diagnoses -> diagnosis, people -> person), by inflect;
        words that only look plural (status, analysis, gps, sales) and listed words stay.

        Plurals that name counts ('guests', 'seats') stay plural for concept keys (`counts`), so 'guests' is a
        number and 'guest' a person; domain words and plural checks pass counts=False."""
        if len(word) <= 3 or word in self.plural_keep or not word.isascii() or not word.isalpha() or \
                (counts and word in self.plural_counts):
            return word
        if word in self.ie_plurals:
            return word[:-1]
        if word.endswith(("ss", "us", "is", "ics")):  # status, analysis, physics; but skus -> sku, a known word
            single = _singular(word) if word.endswith("us") else word
            return single if single != word and single in getattr(self, "known", ()) else word
        return _singular(word)

    def key_tokens(self, text: str) -> tuple[str, ...]:
        return tuple(self.lemma(w) for w in words(text))

    def lemmas(self, tokens: list[str], *, counts: bool = True) -> list[str]:
        """Lemmas of tokens, one-word abbreviations spelled out when not lexicon words ('amt' -> amount)."""
        out = []
        for t in tokens:
            full = self.abbreviations.get(t)
            word = full[0] if full and len(full) == 1 and t not in self.index else t
            out.append(self.lemma(word, counts=counts))
        return out

    def correct(self, lemmas: list[str]) -> tuple[list[str], bool]:
        """Lemmas with likely typos of lexicon words fixed ('adress' -> 'address'), and whether any changed."""
        out, changed = [], False
        for lem in lemmas:
            fixed = _closest(lem, self.vocab) if len(lem) >= 4 and lem not in self.known and lem.isascii() \
                and lem.isalpha() and not lem.endswith(("ed", "ing", "er", "ly", "ous", "able", "ible")) else None
            out.append(fixed or lem)
            changed |= bool(fixed)
        return out, changed

    def match(self, lemmas: list[str], aliases: dict[tuple[str, ...], Concept] | None = None) -> Match | None:
        """The best concept named in `lemmas`: longest key first, then the one holding the head word."""
        n = len(lemmas)
        if not n:
            return None
        head = n - 1
        for i, lem in enumerate(lemmas):
            if i > 0 and lem in self.prepositions:
                head = i - 1
                break
        best = self._best(lemmas, head, aliases)
        single = [self.lemma(w, counts=False) if w in self.plural_counts else w for w in lemmas]
        if single != lemmas:  # 'medical conditions' is a medical condition, not a count of 'conditions'
            other = self._best(single, head, aliases)
            if other and (best is None or other.end - other.start > best.end - best.start):
                return other
        return best

    def _best(self, lemmas: list[str], head: int,
              aliases: dict[tuple[str, ...], Concept] | None) -> Match | None:
        n = len(lemmas)
        best: Match | None = None
        sources = [(self.index, "lexicon", 0.0)]
        if aliases:
            alias_index: dict[str, list[tuple[tuple[str, ...], Concept]]] = {}
            for key, concept in aliases.items():
                self._add(alias_index, key, concept)
            sources.insert(0, (alias_index, "alias", 0.5))
        for index, via, bonus in sources:
            for i in range(n):
                for key, concept in index.get(lemmas[i], ()):
                    j = i + len(key)
                    if j > n or tuple(lemmas[i:j]) != key:
                        continue
                    score = 10 * len(key) + (12 if i <= head < j else 0) + (3 if j == n else 0) + bonus + i * 0.01
                    score += concept.priority
                    if best is None or score > best.score:
                        best = Match(concept, i, j, score, via)
        return best

    def unit(self, lemmas: list[str]) -> tuple[str, int, int] | None:
        """A unit named in the tokens: (unit id, start, end), the last one, longest spelling first."""
        found, i = None, 0
        while i < len(lemmas):
            for j in range(min(len(lemmas), i + 4), i, -1):
                uid = self.unit_index.get(tuple(lemmas[i:j]))
                if uid:
                    found = (uid, i, j)
                    i = j - 1
                    break
            i += 1
        return found

    def pool(self, name: str) -> list[str]:
        return list(self.pools.get(name, ()))


@lru_cache(maxsize=8192)
def _singular(word: str) -> str:
    """inflect's singular of an English noun, or the word itself when it is not a plural."""
    global _inflect
    if _inflect is None:
        from ...inflection import engine  # inflect, on the first plan (about 10 MB), without typeguard's cost

        _inflect = engine()
    found = _inflect.singular_noun(word)
    return found if isinstance(found, str) and found else word


_inflect: Any = None


@lru_cache(maxsize=4096)
def _closest(word: str, vocab: tuple[str, ...]) -> str | None:
    close = difflib.get_close_matches(word, vocab, n=3, cutoff=0.82)
    for candidate in close:  # a typo keeps its first two letters and about its length ('salery' -> salary)
        if candidate[:2] == word[:2] and abs(len(candidate) - len(word)) <= 1:
            return candidate
    return None


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The offline planner's data, loaded on first use (never at import time)."""
    return Lexicon()
