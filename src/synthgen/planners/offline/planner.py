"""The offline planner (demo mode): reads a description with a curated lexicon; no network, no key, no LLM."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from ...bounded import Lru
from ...catalog import get_catalog, known_locale
from ...errors import NotUnderstood, SchemaError
from ...schema import DatasetSchema
from ..base import PlanMeta, PlanResult
from . import counts, examples, periods, scales, shares, skews, trailing
from . import modifiers as mod
from .details import is_detail
from .fields import Context, Field, build
from .lexicon import Domain, Lexicon, ascii_words, lexicon, words
from .links import link
from .phrase import type_word
from .places import localise
from .rules import nested_lists
from .sentences import read_sentences
from .table import header_window, locale_of
from .text import Parsed, Phrase, header_text, normalize, split_description, split_list, strip_groups
from .validate import merge, validated

MAX_FIELDS = 100
_LISTED = re.compile(r"[:,;\n]|\b(with|having|including|containing|columns?|fields?)\b", re.IGNORECASE)
# 'date_of_birth: date, patients aged 3 to 90': a line that begins with a date type names one column
_TYPED = re.compile(r"^\s*(?:date|datetime|timestamp)\s*(?:,|$)", re.IGNORECASE)
PLANS_KEPT = 64  # planned schemas kept in memory: a plan costs 10-20 ms of CPU, a kept one a few kB


class OfflinePlanner:
    """Turns a description into a validated schema without any LLM (the demo mode planner).

    The last PLANS_KEPT plans are kept, keyed by (description, locale, today's date): the same words always
    give the same schema on a given day. Stated calendar dates ('sometime in 2022') become ISO dates; a plan
    reads today only for words relative to it ('since last year'). A kept plan is handed out as a copy, with
    what the planner says of it (notes, unrecognised words, confidence per column)."""

    name = "offline"
    model: str | None = None

    def __init__(self) -> None:
        self._plans: Lru[tuple[str, str | None, int], _Plan] = Lru(PLANS_KEPT)

    def plan(self, description: str, *, locale: str | None = None) -> PlanResult:
        if locale is not None and not known_locale(locale):
            raise SchemaError(f"locale '{locale}' is not a Faker locale (e.g. en_US, de_DE, fr_FR, ja_JP)")
        kept = self._plans.get((description, locale, date.today().toordinal()),
                               lambda: self._read(description, locale))
        meta = PlanMeta(planner="offline", notes=list(kept.notes), unrecognised=list(kept.unrecognised),
                        confidence=dict(kept.confidence))
        return PlanResult(schema=kept.schema.model_copy(deep=True), meta=meta)

    def _read(self, description: str, locale: str | None) -> _Plan:
        notes: list[str] = []
        reader = _Reader(lexicon(), normalize(description), locale, notes)
        schema = reader.schema()
        return _Plan(schema, tuple(notes), tuple(reader.unrecognised), tuple(reader.confidence.items()))


@dataclass(frozen=True)
class _Plan:
    """One kept plan: the schema and what the planner says of it (PlanMeta's notes, unrecognised, confidence)."""

    schema: DatasetSchema
    notes: tuple[str, ...]
    unrecognised: tuple[str, ...]
    confidence: tuple[tuple[str, float], ...]


class _Reader:
    """One planning run: the parsed description, the chosen locale and domain, and the fields found."""

    def __init__(self, lex: Lexicon, text: str, locale: str | None, notes: list[str]) -> None:
        self.lex, self.text, self.notes = lex, text, notes
        self.unrecognised: list[str] = []
        self.confidence: dict[str, float] = {}
        self.parsed: Parsed = split_description(text, self._field_line)
        self.phrases = self._phrases()
        self.locale = locale or locale_of(self.parsed, self.lex, self.notes)
        self.local = self.locale != "en_US"  # 'German customers': addresses, and so countries, are in Germany
        self.catalog = frozenset(get_catalog(self.locale).names())
        self.domain_score = 0.0
        self.domain, self.domain_in_header = self._domain()
        self.lemmas = self.lex.lemmas(words(self.text), counts=False)
        self.ctx = Context(lex, self.domain, date.today().toordinal(), self.catalog, self._aliases(),
                           scales.description_text(self.lemmas))

    def schema(self) -> DatasetSchema:
        """The schema; raises NotUnderstood when nothing in the description reads as a column or a domain."""
        fields = self._fields()
        stated = [f for f in fields if f.recognised and not f.soft] or [f for f in fields if f.recognised]
        self.unrecognised = [_short(f.phrase) for f in fields if not f.recognised and not f.soft]
        listed = _LISTED.search(self.text) is not None
        if self.domain and (not stated or (self.domain_in_header and len(stated) < 2 and not listed)):
            # 'hotel bookings', 'students and grades': a domain named, no list of columns
            fields = merge(self._template(self.domain.template), fields)
            self.notes.append(f"no list of columns was given, so typical '{self.domain.id}' columns were made")
        elif not stated and self._subject()[0] and not listed and len(words(self.text)) <= 4:
            fields = self._template(self._generic_template())  # 'volunteers', 'widgets': a subject named alone
            self.notes.append("no columns were named, so a small table of typical columns was made")
        elif not stated:
            raise NotUnderstood(unrecognised=self.unrecognised or [_short(self.text)])
        self.notes += [f"'{p}' was not recognised; it is filled with plain words" for p in self.unrecognised]
        if len(fields) > MAX_FIELDS:
            self.notes.append(f"only the first {MAX_FIELDS} columns were kept")
            fields = fields[:MAX_FIELDS]
        header_window(fields, self.parsed, self.lex)
        localise(fields, self.text, self.domain, self.lex, self.locale)
        if self.local:
            for f in fields:
                if f.concept == "country" and not f.explicit and not f.role and "current_country" in self.catalog:
                    f.provider, f.args = "current_country", {}
        head, subject = self._subject()
        nouns = self.domain.nouns if self.domain and head not in self.lex.ws("event_heads") else frozenset()
        link(fields, self.lex, self.catalog, head, subject, nouns, self.text)
        counts.distinct_counts(fields, self.text, self.lex.lemma)  # '12 sensors'; a series reports per sensor
        periods.apply(fields, " ".join([self.parsed.header, *self.parsed.context]),
                      [*(p.text for p in self.phrases), *(f.phrase for f in fields)], self.lex, self.ctx.today)
        counts.clock_times(fields)  # 'clock-in between 07:00 and 10:00': on the row's date
        self.confidence = {f.name: f.confidence for f in fields}
        return validated(self._name(), self.locale, fields, self.notes)

    # -- reading -------------------------------------------------------------------------------------------

    def _fields(self) -> list[Field]:
        fields: list[Field] = []
        open_field: Field | None = None
        phrases = self.phrases
        for index, phrase in enumerate(phrases):
            text = phrase.text
            bare, stated = shares.take_all(text) if open_field is not None else (text, [])
            if stated and open_field is not None and not all(
                    s.value and s.value.lower() in bare.lower() + " " + " ".join(
                        str(e).lower() for e in open_field.args["elements"]) for s in stated):
                bare, stated = text, []  # 'fraud flag (roughly 5% flagged)' is a column of its own
            if open_field is not None and (self._absorbable(bare) or (stated and not words(bare))):
                items = mod.split_items(bare) if words(bare) else []
                for value in mod.elements_of(items)[0]:
                    if value not in open_field.args["elements"]:
                        open_field.args["elements"].append(value)
                open_field.weights = shares.weights_of(stated, open_field.args["elements"]) if stated else None
                if phrase.joiner in ("and", "or") or re.search(r"\bor\b", text, re.IGNORECASE):
                    open_field = None
                continue
            open_field = None
            if skews.of_earlier(text, fields):  # 'Most loans are returned.', 'Most delays are 0.': earlier columns'
                continue
            nested = nested_lists(text)
            if nested is not None:
                text = nested[0]
            again = trailing.attach(fields[-1], text, self.ctx) if fields and trailing.only_constraint(
                text, self.lex) else None
            if again is not None:  # 'ticket barcode, 12 digits, unique': the constraints are the barcode's
                fields[-1] = again
                continue
            built = build(text, self.ctx)
            if self._noise(text.split(":")[0] if phrase.spec else text, any(f.recognised for f in built)):
                continue
            if nested is not None and len(built) == 1 and built[0].provider == "random_element" and \
                    built[0].args.get("elements") == list(nested[1]):
                built[0].sub_lists = nested[1]
            fields += built
            last = fields[-1] if fields else None
            following = phrases[index + 1].text if index + 1 < len(phrases) else ""
            if last is not None and last.provider == "random_element" and (
                    last.open_enum or (last.tail and following and self._absorbable(following))):
                if last.tail and not last.open_enum:
                    last.args["elements"], last.weights = [" ".join(last.tail)], None
                    last.name, last.explicit = last.head_name or last.name, True
                open_field = last
        return fields

    def _phrases(self) -> list[Phrase]:
        """The parsed phrases, with a leading domain noun ("Hospital patients, ...") taken as the header and
        "Customer: name, email" lists opened up."""
        out: list[Phrase] = []
        for i, phrase in enumerate(self.parsed.phrases):
            core, groups = strip_groups(phrase.text)
            if i == 0 and len(groups) == 1 and core.strip() and self._titled(words(core)) and \
                    self._all_fields(groups[0]):  # 'students (name, grade 1-12)', 'Flight schedule (...)'
                self.parsed.header = self.parsed.header or header_text(core)
                out += split_list(groups[0], phrase.clause, listed=True)
                continue
            bullets = phrase.bullet and "(" in phrase.text and sum(1 for p in self.parsed.phrases if p.bullet) >= 3
            # '- vendor names (company names, not people)\n- total\n- due date': a field with its remark, no title
            if i == 0 and not phrase.spec and not bullets and ((not self.parsed.header and self._header_like(
                    phrase, self.parsed.phrases)) or self._title_over_rows(phrase)):
                self.parsed.header = self.parsed.header or header_text(phrase.text)
                continue
            split = mod.enum_split(strip_groups(phrase.text)[0]) if ":" in phrase.text and not phrase.spec else None
            if split and not self._match(split[0]) and self._all_fields(split[1]):
                if not self.parsed.header:
                    self.parsed.header = header_text(split[0])
                out += split_list(split[1], phrase.clause, listed=True)
                continue
            out.append(phrase)
        return read_sentences([p for phrase in out for p in _pair(phrase, self.lex)], self.lex, self._absorbable)

    def _title_over_rows(self, phrase: Phrase) -> bool:
        """'Exam results for a high school. Every row is one student's result: ...': a lone plural title line before
        a later sentence that already named the rows."""
        alone = sum(1 for p in self.parsed.phrases if p.clause == phrase.clause) == 1
        tokens = words(phrase.text)
        later = any(p.clause > 0 for p in self.parsed.phrases)
        return (phrase.clause == 0 and alone and later and not re.search(r"[(\d:]", phrase.text)
                and 0 < len(tokens) <= 6
                and (self._plural_head(tokens) or 1 in self.parsed.led))  # 'Tree survey. Every row is one tree: ...'

    def _header_like(self, phrase: Phrase, phrases: list[Phrase]) -> bool:
        """A leading phrase that names the table ('Hospital patients', 'users of a mobile app')."""
        tokens = words(strip_groups(phrase.text)[0])
        lemmas = self.lex.lemmas(tokens)
        singular = self.lex.lemmas(tokens, counts=False)
        plural = self._plural_head(tokens)
        if tokens and len(phrases) == 1 and not self.parsed.context and len(tokens) <= 5 and \
                (plural or any(self._trigger_hits(singular, d) for d in self.lex.domains)):
            return True  # the whole description is 'weather', 'hotel rooms', 'volunteers'
        if tokens and sum(1 for p in phrases if p.clause == phrase.clause) == 1 and phrase.clause == 0 and \
                len({p.clause for p in phrases}) >= 3 and "(" not in phrase.text and \
                (plural or self._head(singular) in self.lex.ws("title_heads")):
            return True  # 'Streaming catalog of tracks' over one column per line
        if not tokens or not any(self._trigger_hits(singular, d) for d in self.lex.domains):
            return False
        alone = sum(1 for p in phrases if p.clause == phrase.clause) == 1
        found = self.lex.match(lemmas)
        return (alone or plural) and (found is None or plural or found.concept.id in ("person", "full_name"))

    def _field_line(self, left: str, right: str, spec: bool = False) -> bool:
        """'status: pending, shipped' is one field with choices; 'Orders: id, status' a header and fields; among
        'name: what it holds' lines (`spec`), every line is a field unless its right side lists fields."""
        if spec:
            items = [p.text for p in split_list(right, 0, listed=True)]
            # 'date_of_birth: date, patients aged 3 to 90'
            if _TYPED.match(right) or (items and type_word(items[0], self.lex)):
                return True
            named = self._match(left)
            if named and named.end == len(self.lex.lemmas(words(left))) and named.concept.kind == "category":
                return True  # 'rider_type: adult, student, senior or child': a category's choices
            return any(is_detail(i, self.lex) for i in items) or not self._all_fields(right) or examples.follow(right)
        tokens = words(left)
        lemmas = self.lex.lemmas(tokens)
        if not lemmas or len(lemmas) > 4 or self._plural_head(tokens):
            return False
        found = self.lex.match(lemmas)
        return found is not None and found.end == len(lemmas) and not self._all_fields(right)

    def _titled(self, tokens: list[str]) -> bool:
        """A table's title: a plural head ('students') or a title noun ('flight schedule', 'sales ledger')."""
        return self._plural_head(tokens) or (0 < len(tokens) <= 5 and self._head(
            self.lex.lemmas(tokens, counts=False)) in self.lex.ws("title_heads"))

    def _plural_head(self, tokens: list[str]) -> bool:
        """Whether the phrase's head noun is plural ('users of an app', 'daily prices'): tables, not fields."""
        head = len(tokens) - 1
        for i, token in enumerate(tokens):
            if i > 0 and token in self.lex.prepositions:
                head = i - 1
                break
        token = tokens[head] if tokens else ""
        return bool(token) and (self.lex.lemma(token, counts=False) != token or token in (
            "people", "staff", "data", "children", "sales", "goods", "analytics", "logistics", "series"))

    def _match(self, text: str) -> Any:
        return self.lex.match(self.lex.lemmas(words(text)))

    def _all_fields(self, text: str) -> bool:
        """True when a list names fields ('ticker, buy or sell, price'), not choices ('pending, shipped')."""
        items = [p.text for p in split_list(text, 0, listed=True)]
        ctx = Context(self.lex, None, date.today().toordinal(), frozenset())
        hits = 0
        for item in items:
            if is_detail(item, self.lex) and words(item)[:1] and words(item)[0] in self.lex.ws("remark_leads"):
                continue  # '(company names, not people)': a remark, never a field
            built = build(item, ctx)
            if built and built[0].recognised and built[0].concept and built[0].kind != "bool":
                hits += 1
        return len(items) >= 2 and hits * 2 >= len(items) and hits >= 2

    def _absorbable(self, text: str) -> bool:
        """Short items that name no field: the next choices of an open list ('status: pending, shipped')."""
        if "(" in text or ":" in text or mod.find_range(text) or re.search(r"[^\W_]_[^\W_]", text):
            return False  # 'stop_to' after 'stop_from' is a column's name, never a choice
        items = mod.split_items(text)
        for item in items or [text]:
            tokens = words(item)
            if not tokens or len(tokens) > 3:
                return False
            found = self.lex.match(self.lex.lemmas(tokens))
            if found is not None and found.concept.kind not in ("category", "bool"):
                return False
        return True

    def _noise(self, text: str, recognised: bool) -> bool:
        """Prose and instructions that are not fields ('ignore the rules', 'make it realistic')."""
        tokens = words(strip_groups(text)[0]) or words(text)
        if not tokens or all(t.isdigit() for t in tokens) or mod.period_sentence(text, self.ctx.today):
            return True  # 'Checkouts happen in March 2022' places the rows in time (periods.py), names no column
        lemmas = self.lex.lemmas(tokens)
        found = self.lex.match(lemmas)
        instruction = tokens[0] in self.lex.hints.instruction_words and len(tokens) >= 2 and \
            "_" not in (text.split() or [""])[0] and \
            (found is None or (found.start > 0 and len(tokens) >= 4)) and \
            not (found is not None and found.start == 1 and found.concept.kind == "id")  # 'return id like RMA-1'
        meta = found is None and not recognised and any(t in self.lex.ws("meta_words") for t in lemmas)
        prose = found is None and not recognised and len([t for t in lemmas if t not in self.lex.stopwords]) > 5
        code = found is None and len(re.findall(r"[(){}\[\]<>=;'\"`\\|$]", strip_groups(text)[0])) >= 2
        if instruction or meta or prose or code:
            self.notes.append(f"ignored '{_short(text)}' (not a column)")
            return True
        return False

    # -- domain, locale, name -----------------------------------------------------------------------------

    def _trigger_hits(self, lemmas: list[str], domain: Domain) -> int:
        joined = " " + " ".join(lemmas) + " "
        return sum(len(t) for t in domain.triggers if f" {' '.join(t)} " in joined)

    def _domain(self) -> tuple[Domain | None, bool]:
        context = [c for c in self.parsed.context if header_text(c) != self.parsed.header]
        header = self.lex.lemmas(words(" ".join([self.parsed.header, *context])), counts=False)
        body = self.lex.lemmas(words(" ".join(strip_groups(p.text)[0] for p in self.phrases)), counts=False)
        head = self._head(header)
        joined = " " + " ".join(header) + " "
        best, best_score, in_header = None, 0.0, False
        for order, domain in enumerate(self.lex.domains):
            in_head = self._trigger_hits(header, domain)
            score = 3 * in_head + self._trigger_hits(body, domain) - order * 0.001
            if head and any(t[-1] == head and f" {' '.join(t)} " in joined for t in domain.triggers):
                score += 4
            if score > best_score:
                best, best_score, in_header = domain, score, in_head > 0
        self.domain_score = best_score
        return (best, in_header) if best_score >= 0.5 else (None, False)

    def _aliases(self) -> dict[tuple[str, ...], Any] | None:
        """The domain's words, then those of other domains the header names ('pet insurance': a pet's age)."""
        settings = self.lex.settings_in(self.lemmas)  # 'office': indoors
        if self.domain is None:
            return settings or None
        header = self.lex.lemmas(words(self.parsed.header), counts=False)
        merged: dict[tuple[str, ...], Any] = {}
        for domain in self.lex.domains:
            if domain is not self.domain and self._trigger_hits(header, domain):
                merged.update(domain.aliases)
        merged.update(self.domain.aliases)
        return {**settings, **merged}  # a domain's own word ('temperature' of a patient) beats the setting's

    def _head(self, lemmas: list[str]) -> str:
        """The head noun of a header: the word before its first preposition ('users of an app' -> user)."""
        for i, lemma in enumerate(lemmas):
            if i > 0 and lemma in self.lex.prepositions:
                return lemmas[i - 1]
        return lemmas[-1] if lemmas else ""

    def _subject(self) -> tuple[str, set[str]]:
        lemmas = [t for t in self.lex.lemmas(ascii_words(words(self.parsed.header)), counts=False)
                  if t not in self.lex.stopwords and t not in self.lex.ws("table_name_drop")]
        head = self._head(lemmas)
        if self.domain:
            head = head or self.lex.lemmas(words(self.domain.name.replace("_", " ")), counts=False)[-1]
            if head not in self.lex.ws("event_heads"):
                return head, set(lemmas) | set(self.domain.nouns)
        return head, set(lemmas)

    def _name(self) -> str:
        header = self.parsed.header
        window = mod.find_window(header, date.today().toordinal())
        if window:
            header = header[:window[1][0]] + " " + header[window[1][1]:]
        joined = {t for m in _HYPHENATED.finditer(header) for t in ascii_words(words(m.group()))}  # "E-commerce"
        tokens = [t for t in ascii_words(words(header)) if (t not in self.lex.stopwords or t in joined)
                  and t not in self.lex.ws("table_name_drop") and (t,) not in self.lex.locales and not t.isdigit()]
        name = "_".join(tokens[-4:])[:60].strip("_")
        strong = self.domain and (self.domain_in_header or self.domain_score >= 2)
        return name or (self.domain.name if strong and self.domain is not None else "dataset")

    # -- templates and validation --------------------------------------------------------------------------

    def _generic_template(self) -> list[str]:
        """A table for a subject no domain knows: people for 'volunteers', things for 'widgets'."""
        head, _ = self._subject()
        if not head or not head.isascii() or not head.isalpha():
            return list(self.lex.hints.generic_template)
        found = self.lex.match([head])
        kind = "people" if found and found.concept.id == "person" else "things"
        return [f"{head} id", *(self.lex.hints.generic_people if kind == "people" else self.lex.hints.generic_things)]

    def _template(self, phrases: list[str]) -> list[Field]:
        out: list[Field] = []
        for phrase in phrases:
            out += build(phrase, self.ctx, soft=True)
        for fld in out:
            fld.template = True
        return out


_HYPHENATED = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)+")  # a word made of words: its parts stay in the table name
_PAIR = re.compile(r"^(?P<pre>(?:[^\W\d_][\w-]*\s+){0,3}?)(?P<a>[^\W\d_][\w-]*)(?P<at>\s+(?:at|on|time|date))?\s*/\s*"
                   r"(?P<b>[^\W\d_][\w-]*)(?P=at)?(?P<post>(?:\s+[^\W\d_][\w-]*){0,2})\s*(?P<group>\(.*\))?\s*$",
                   re.IGNORECASE)


def _pair(phrase: Phrase, lex: Lexicon) -> list[Phrase]:
    """'starts at / ends at (June 2023)', 'shift start/end ts': two columns sharing their other words."""
    found = _PAIR.match(phrase.text)
    if not found or f"{found['a']}/{found['b']}".lower() not in lex.ws("paired_ends"):
        return [phrase]
    pre, post, at = found["pre"], found["post"] or "", found["at"] or ""
    named = lex.match(lex.lemmas(words(f"{pre} {post}")))
    if named and named.concept.kind in ("category", "bool"):
        return [phrase]  # 'priority low/high', 'power on/off': a category's choices
    group = f" ({found['group'][1:-1]})" if found["group"] else ""
    return [Phrase(f"{pre}{side}{at}{post}{group}".strip(), phrase.clause, phrase.listed, phrase.joiner if i == 0
                   else "and", phrase.bullet, phrase.spec) for i, side in enumerate((found["a"], found["b"]))]


def _short(text: str) -> str:
    return text if len(text) <= 60 else text[:57] + "..."
