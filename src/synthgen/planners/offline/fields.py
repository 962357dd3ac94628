"""Offline planner, fields: one field phrase -> one or more Field specs (provider, args, name, coherence hints)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from . import amounts, codes, counts, examples, lengths, names, scales, shares, skews, standards
from . import modifiers as mod
from . import values as val
from .lexicon import Domain, Lexicon, Match, words
from .match import qualifier, refine, spread
from .phrase import Reading, items_are_fields, read, without_window

_DATE_NAMES = frozenset({"date", "time", "timestamp", "datetime", "day", "at", "on", "when"})
# Examples of these only illustrate ('guest name, e.g. Ann Lee'); of any other column they are its choices
# ('exterior colour like black, white or silver', 'ticker (e.g. AAPL, MSFT)').
_LOOSE_EXAMPLES = ("person", "address", "text", "id", "date", "datetime", "time")
_PLACE_PROVIDERS = frozenset({"city", "country", "state", "state_abbr", "country_code", "current_country"})


@dataclass
class Field:
    """A column in the making: provider and args plus what the planner needs to link columns together."""

    name: str
    provider: str
    args: dict[str, Any] = field(default_factory=dict)
    kind: str = "str"
    concept: str = ""
    role: str = ""
    unique: bool = False
    null_rate: float = 0.0
    weights: list[float] | None = None
    sequence: bool = False
    after: dict[str, Any] | None = None
    entity: str | None = None
    events: tuple[str, ...] = ()
    id_noun: str = ""
    id_style: str = ""
    id_pattern: str = ""
    id_stated: bool = False  # the pattern was stated by example ('like ADM-00001'): kept as written
    explicit: bool = False  # choices, a range or dates were stated
    soft: bool = False  # inferred (a template or an expansion): a stated column of the same kind replaces it
    recognised: bool = True
    open_enum: bool = False  # "status: pending," - the next short items are more choices
    phrase: str = ""
    template: bool = False  # added from a domain's typical columns, not asked for
    tail: tuple[str, ...] = ()  # unknown words after a category word ("status pending"): maybe its first choice
    head_name: str = ""  # the name without those words
    formula: str | None = None  # column rules (rules.py); provider and args stay for a plain fallback
    when: dict[str, Any] | None = None
    distribution: dict[str, Any] | None = None
    zeros: float | None = None  # '0 for most flights': this percent of rows exactly 0 (skews.finish)
    by: dict[str, Any] | None = None
    distinct: int | None = None  # '12 sensors': this many values, each reused across rows
    series: dict[str, Any] | None = None  # 'every 5 minutes': regular timestamps
    clock: tuple[int, int] | None = None  # 'between 07:00 and 10:00': minutes after midnight
    sub_lists: dict[str, list[str]] | None = None  # 'category (food: bread, milk; toys: ball)': each choice's own

    @property
    def confidence(self) -> float:
        """How sure the planner is of this column: stated with its type, read from known words, added from a
        domain's typical columns, or not understood (filled with plain words)."""
        return 0.5 if self.template else 1.0 if self.explicit else 0.9 if self.recognised else 0.2

    @property
    def source(self) -> str:
        """The words the column came from (one line, at most 200 characters), for 'what I understood' views."""
        if self.template:
            return "typical column for this kind of table"
        return " ".join(self.phrase.split())[:200]

    def column(self) -> dict[str, Any]:
        """The column as the schema file (contract 2.1) writes it."""
        col: dict[str, Any] = {"name": self.name}
        if self.formula:
            col["formula"] = self.formula
            if self.when:
                col["when"] = self.when
            if self.null_rate and not self.when and not self.formula.startswith(("bucket(", "if(")):
                # a number computed from others ('final year, blank if still running') is blank as often as said;
                # a band's 'else none' is a label, not a blank
                col["null_rate"] = round(self.null_rate, 3)
            return self._sourced(col)
        col["provider"] = self.provider
        if self.args:
            col["args"] = self.args
        for key in ("unique", "sequence"):
            if getattr(self, key):
                col[key] = True
        if self.null_rate:
            col["null_rate"] = round(self.null_rate, 3)
        for key in ("weights", "entity", "after", "when", "distribution", "by", "distinct", "series"):
            value = getattr(self, key)
            if value:
                col[key] = value
        return self._sourced(col)

    def _sourced(self, col: dict[str, Any]) -> dict[str, Any]:
        if self.source:
            col["source"] = self.source
        return col


@dataclass
class Context:
    lex: Lexicon
    domain: Domain | None
    today: int  # date.toordinal() of today, for stated years
    catalog: frozenset[str] = frozenset()
    aliases: dict[tuple[str, ...], Any] | None = None  # the domain's words, and those of other domains named
    text: str = ""  # the description's words, padded (scales.description_text): what its numbers are of

    def __post_init__(self) -> None:
        if self.aliases is None and self.domain is not None:
            self.aliases = self.domain.aliases


def build(text: str, ctx: Context, *, soft: bool = False) -> list[Field]:
    """The field(s) a phrase names, with every stated choice, range, unit and flag applied; an id's shape
    stated by example ('like ADM-00001', 'S01-S12') when the phrase names an id or a code."""
    coded = standards.as_code(text, ctx.lex, lambda t: _build(t, ctx, soft=soft))  # 'country (ISO code)'
    if coded is not None:
        return coded
    rest, stated = codes.take(text)
    if stated is not None and rest and standards.names_a_standard(text, rest, ctx.lex):
        standard = standards.standard(text, rest, lambda t: _build(t, ctx))
        if standard is not None:
            return standard
    elif stated is not None and rest:
        built = _build(rest, ctx, soft=soft)
        if len(built) == 1 and codes.apply(built[0], stated, text, _coded(built[0], ctx.lex)):
            return built
    rest, uuid = codes.take_uuid(text)  # 'trade_id: uuid', 'session id as UUID', 'ids are GUIDs'
    if uuid and words(rest):
        built = _build(rest, ctx, soft=soft)
        if len(built) == 1 and codes.apply_uuid(built[0], text, _coded(built[0], ctx.lex)):
            return built
    rest, window = counts.take_clock(text)
    if window and rest:
        built = _build(rest, ctx, soft=soft)
        if len(built) == 1 and counts.clock(built[0], window):  # 'clock-in timestamp (between 07:00 and 10:00)'
            built[0].phrase, built[0].explicit = text, True
            return built
    rest, step = counts.take_step(text)
    if step and rest:
        built = _build(rest, ctx, soft=soft)
        if len(built) == 1 and counts.series(built[0], step, ctx.today):  # 'timestamp every 5 minutes'
            built[0].phrase, built[0].explicit = text, True
            return built
    rest, domain = codes.email_domain(text)
    if domain and rest:
        built = _build(rest, ctx, soft=soft)
        if len(built) == 1 and (built[0].provider in _EMAILS or "email" in built[0].name.split("_")):
            built[0].provider, built[0].args, built[0].explicit = "email", {"domain": domain}, True
            return built
    for take, apply in ((skews.take_zeros, skews.zeros), (skews.take_skew, skews.lean)):
        rest, said = take(text)  # '0 for most flights', 'most under $100': where the values lie
        if said is not None and words(rest):
            built = build(rest, ctx, soft=soft)
            if len(built) == 1 and apply(built[0], said):  # type: ignore[arg-type]
                built[0].phrase, built[0].explicit = text, True
                return built
    built = _shared(text, ctx, soft) or amounts.written(text, lambda t: _build(t, ctx, soft=soft)) or \
        _build(text, ctx, soft=soft)
    if len(built) == 1 and standards.card_schemes(built[0]):  # 'card no (visa/mc, valid luhn)'
        built[0].phrase, built[0].explicit = text, True
    return built


_EMAILS = frozenset({"email", "safe_email", "free_email", "company_email", "ascii_email", "ascii_safe_email",
                     "ascii_company_email", "ascii_free_email"})


def _shared(text: str, ctx: Context, soft: bool) -> list[Field] | None:
    """A yes/no or category column with stated shares ('pregnant (yes or no, about 35% yes)', 'status ...,
    mostly issued', 'About 5% of trips are marked as delayed'); None when the phrase states none or the share
    belongs to a number ('tax 12-38% of gross')."""
    said, found = shares.take_all(text)
    if not found:
        return None
    whole = not words(said)  # the phrase was only the share: its value names the column
    if whole and not found[0].value:
        return None
    named = " ".join(ctx.lex.lemma(w, counts=False) for w in found[0].value.split())  # 'as readmissions'
    built = _build(named if whole else said, ctx, soft=soft)
    if len(built) != 1:
        return None
    fld = built[0]
    if (whole and fld.kind not in ("bool",) and fld.provider not in ("random_element",)) or (
            fld.provider not in ("boolean", "random_element") and shares.yes_no(found[0].value)):  # '(mostly true)'
        fld.kind, fld.provider, fld.args, fld.recognised = "bool", "boolean", {}, True
    if fld.kind == "bool" and fld.provider == "boolean":
        chance = found[0].chance(set(fld.name.split("_")) | {fld.name.replace("_", " ")})
        fld.args = {**fld.args, "chance_of_getting_true": round(min(100.0, max(0.0, chance or 50)))}
    elif fld.provider == "random_element" and not whole:
        weights = shares.weights_of(found, list(fld.args.get("elements", [])))
        if weights is None:  # 'fare class (economy, premium or business, economy 60%)'
            rest, before = shares.named_before(text, list(fld.args.get("elements", [])))
            again = _build(rest, ctx, soft=soft) if before else []
            if len(again) != 1 or again[0].provider != "random_element" or not again[0].explicit:
                return None
            fld, built = again[0], again
            weights = shares.weights_of(before, list(fld.args.get("elements", [])))
        if weights is None:
            return None
        fld.weights = weights
    else:
        return None
    fld.phrase, fld.explicit = text, True
    return built


_ID_WORDS = frozenset({"id", "identifier", "serial", "plate", "key"})


def _coded(fld: Field, lex: Lexicon) -> bool:
    """Whether a column can take a code's shape: an id, a code, or a name with an id word ('ear tag number')."""
    words_ = set(fld.name.split("_"))
    return fld.kind in ("id", "code") or bool(words_ & (_ID_WORDS | lex.ws("numberish")))


def _build(text: str, ctx: Context, *, soft: bool = False) -> list[Field]:
    lex = ctx.lex
    r = read(text, lex, ctx.today)
    match = _concept(r, ctx)
    if r.unit and not r.unit_named and match and match.concept.kind == "str" and match.concept.provider and \
            lex.unit(r.lemmas[match.start:match.end]):
        r.unit = None  # 'day of week': the unit word is part of a named thing, not a unit
    length = lengths.in_characters(r, match, lex.stopwords)
    if r.items and match and match.concept.kind in ("person", "address", "group", "str") and \
            items_are_fields(r.items, lex) and not re.search(r"\sor\s", text):  # 'a, b or c' are alternatives
        return _said(text, _expand(r.items, r.tokens, match, ctx, soft))
    if not r.items and match and match.concept.kind == "group" and match.start > 0 and \
            match.end - match.start == 1 and r.lemmas[match.start] == "names" and "names" in r.tokens:
        return _build(re.sub(r"\bnames\b", "name", text, count=1), ctx, soft=soft)  # 'host names': the host's name
    if not r.items and match and match.concept.kind == "group":
        return _said(text, _expand([lex.concepts[c].keys[0] for c in match.concept.expand],
                                   r.tokens, match, ctx, True))
    spec, match, explicit, recognised = _values(r, match, ctx)
    done = val.finish(spec, lex)
    fld = Field("", done.provider, done.args, kind=done.kind, weights=done.weights, id_pattern=done.pattern,
                phrase=text, soft=soft, explicit=explicit, recognised=recognised, concept=match.concept.id
                if match else "", null_rate=r.mods.null_rate, open_enum=r.mods.open_enum)
    fld.unique = r.mods.unique and fld.kind in ("str", "id", "code", "person", "int")
    fld.distribution = spread(match, done.provider, done.args)
    lengths.apply(fld, r.lemmas, length)
    if match:
        _link_hints(fld, r.lemmas, match, lex)
    _name(fld, r, match, ctx, spec.kind in ("date", "datetime") and r.window is not None)
    return [fld]


def _said(text: str, fields: list[Field]) -> list[Field]:
    """Columns a phrase opened up into ('names' -> first_name, last_name) say they came from that phrase."""
    for fld in fields:
        fld.phrase = text
    return fields


def _concept(r: Reading, ctx: Context) -> Match | None:
    """The concept the naming words point to: lexicon keys and the domain's words, then the refinements."""
    lex, aliases = ctx.lex, ctx.aliases
    lemmas = r.lemmas
    match = lex.match(lemmas, aliases)
    trailing = lex.unit(lemmas) if r.unit and not r.unit_named else None
    time_word = trailing and lex.units[trailing[0]].dim == "duration" and match and match.start >= trailing[1]
    if trailing and not time_word and 0 < trailing[1] and trailing[2] == len(lemmas) and (
            match is None or match.end <= trailing[1] or match.start >= trailing[1]):
        inner = lex.match(lemmas[:trailing[1]], aliases)  # 'SpO2 %': the measure, not the percentage
        if inner and inner.end == trailing[1]:
            match = inner
    if match and ctx.domain and match.via == "alias" and qualifier(lemmas, match, lex) \
            and not set(qualifier(lemmas, match, lex)) <= ctx.domain.nouns:
        match = lex.rescaled(lex.match(lemmas), lemmas, aliases) or match  # 'guest name' in hotels: a person
    match = refine(match, lemmas, r.tokens, lex, ctx.domain)
    if r.mods.hint and (match is None or match.concept.kind in ("id", "text") or r.mods.type_hint == "uuid"):
        match = Match(lex.concepts[r.mods.hint], len(lemmas), len(lemmas), 10.0, "hint")
    return scales.rescale(match, lemmas, ctx.text)  # 'price per bag', a cruise's fare: at their own scale


def _values(r: Reading, match: Match | None, ctx: Context) -> tuple[val.Spec, Match | None, bool, bool]:
    """The value spec: the concept's, then stated choices, yes/no, range, dates, unit and type applied in turn.
    Returns the spec, the (possibly changed) match, whether anything was stated, whether it was recognised."""
    lex, mods = ctx.lex, r.mods
    spec = val.from_concept(match, lex) if match else val.from_words(r.tokens, lex, ctx.catalog)
    if spec.kind == "date" and not spec.provider and {"time", "timestamp", "datetime", "hour"} & set(r.lemmas):
        spec.kind = "datetime"
    elif spec.kind == "datetime" and not spec.provider and r.lemmas and r.lemmas[-1] in ("date", "day", "dob"):
        spec.kind = "date"
        win_from, win_to = spec.window or ("-1y", "today")
        spec.window = ("today" if win_from == "now" else win_from, "today" if win_to == "now" else win_to)
    unit = ("gbp" if spec.kind == "money" else "lb") if r.unit == "pound" else r.unit
    recognised = match is not None or bool(spec.provider and spec.kind != "text")
    explicit = stated_items = False
    several = len(r.items or []) >= 2 or r.mods.open_enum  # 'colour like black, white, ...': more follow
    places = spec.provider in _PLACE_PROVIDERS and several  # 'city (such as Paris, Rome or Oslo)'
    loose = _LOOSE_EXAMPLES if several else _LOOSE_EXAMPLES + ("str", "code")  # 'seat (e.g. 12A)' illustrates
    worded = bool(match and match.concept.provider in lex.ws("digit_providers") and r.items and
                  match.concept.id != "card_number" and  # its schemes become card_type (standards.card_schemes)
                  not any(c.isdigit() for item in r.items for c in str(item)))  # 'iban (valid, with spaces)': a remark
    named = bool(match and match.concept.named)  # 'wine name (for example Opus One)': wines, that one among them
    if r.items and not worded and (named or not (match and not r.exact and (match.concept.kind in loose or not several)
                                                 and not places)):  # one example ('room, e.g. 12B') illustrates
        letters = mod.letter_range(r.items[0]) if len(r.items) == 1 else None
        elements, weights = mod.elements_of(letters or r.items)
        if match and match.concept.id == "grade" and letters and letters[-1] == "F":  # A-F: no E grade
            elements = [e for e in elements if e != "E"] or elements
        examples.stated(spec, elements, weights, r, match, lex)  # 'like 3.2.1': that shape; 'e.g. Merlot': wines
        explicit = recognised = stated_items = True
    elif r.boolean and not (spec.kind in ("date", "datetime") and set(r.lemmas) & _DATE_NAMES):
        spec.kind, spec.provider, recognised = "bool", "", True
    if spec.kind == "bool" and mods.chance is not None:
        spec.chance = mods.chance
    if mods.range and val.apply_range(spec, mods.range, match, lex):
        explicit = recognised = True
    if spec.kind in ("date", "datetime") and r.window:
        spec.window, spec.provider, spec.args, explicit = r.window, "", {}, True
    elif spec.kind in ("date", "datetime", "time") and not r.items and not (match and match.concept.id == "dob") and (
            (unit and lex.units[unit].dim == "duration") or (mods.range and not mod.in_years(mods.range))):
        match = Match(lex.concepts["duration"], match.start if match else 0, match.end if match else 0, 10.0)
        spec = val.from_concept(match, lex)  # 'finish time in minutes between 120 and 360' is a duration
        if mods.range:
            val.apply_range(spec, mods.range, match, lex)
    if unit and not stated_items and val.apply_unit(spec, lex.units[unit], match, lex,
                                                    explicit_range=mods.range is not None):
        recognised = True
        if mods.range is None and (match is None or match.concept.kind not in val.NUMERIC):
            scales.unit_scale(spec, unit, r.lemmas, ctx.text)
        elif mods.range is not None and mods.range.around is not None:
            scales.around(spec, mods.range.around, lex.units[unit])
    else:
        r.unit_named = False
    if mods.range is None and scales.magnitude(spec, r.text):  # 'in million EUR': written in millions
        recognised = True
    if mods.type_hint and mods.type_hint != "uuid":
        val.apply_type(spec, mods.type_hint, lex)
        recognised = recognised or mods.type_hint != "str"
        if spec.kind in ("date", "datetime") and r.window and spec.window != r.window and not spec.provider:
            spec.window, explicit = r.window, True  # 'started_on: date, sometime in 2021-2023'
    r.unit = unit
    return spec, match, explicit, recognised


def _link_hints(fld: Field, lemmas: list[str], match: Match, lex: Lexicon) -> None:
    hints = names.roles(lemmas, match, fld.kind, lex)
    fld.role, fld.events = hints.role, hints.events
    if hints.id_style and not (fld.explicit and fld.kind in ("int", "float")):  # screen number (1-12)
        fld.kind, fld.id_style, fld.id_noun, fld.id_pattern = "id", hints.id_style, hints.id_noun, hints.id_pattern
        fld.unique = fld.unique or hints.unique


def _name(fld: Field, r: Reading, match: Match | None, ctx: Context, dated: bool) -> None:
    """The column name, and what a following list of choices would rename it to ('status pending, ...')."""
    lex = ctx.lex
    tokens = without_window(r, ctx.today) if dated else r.tokens
    fld.name = names.column_name(tokens, r.lemmas, match, r.boolean, lex) or \
        (match.concept.name if match else "") or names.choices_name(r.items, lex) or "column"
    if match and fld.kind == "category" and not fld.explicit and 0 < match.end < len(r.tokens) and \
            not re.search(r"[^\W_]_[^\W_]", r.text) and \
            not lex.match(r.lemmas[match.end:]):
        fld.tail = tuple(r.tokens[match.end:])
        fld.head_name = names.column_name(r.tokens[:match.end], r.lemmas[:match.end], match, False, lex)
    fld.name = names.singular(fld.name, fld.kind, match, lex)
    if r.unit_named and r.unit:
        fld.name = names.with_unit(fld.name, r.unit, lex)
    if r.ident:  # 'member_since: date, ...': the name the description gives
        fld.name = r.ident


def _expand(items: list[str], tokens: list[str], match: Match, ctx: Context, soft: bool) -> list[Field]:
    """'shipping address (street, city, zip)' -> shipping_street, shipping_city, shipping_zip, one place."""
    head = [t for t in tokens[:match.start] if t not in ctx.lex.stopwords]
    if match.concept.role:
        head += tokens[match.start:match.end]
    out: list[Field] = []
    for item in items:
        text = item if not head or item.lower().startswith(" ".join(head).lower()) else f"{' '.join(head)} {item}"
        out += [f for f in build(text, ctx, soft=soft) if f.recognised]
    return out
