"""Offline planner, links: make the columns of a row hang together (ids, people, places, date order) in a locale."""

from __future__ import annotations

import re

from ...schema import ADDRESS_PROVIDERS, PERSON_PROVIDERS
from . import dependents, skews, tiers
from .codes import widen
from .datafiles import Follow
from .fields import Field
from .lexicon import Lexicon
from .ruledata import words
from .rules import column_rules

_CODE_CHARS = re.compile(r"[#?%]")


def link(fields: list[Field], lex: Lexicon, catalog: frozenset[str], head: str, subject: set[str],
         nouns: frozenset[str] = frozenset(), text: str = "") -> None:
    """Everything that needs the whole table: ids, locale providers, entities, date links, unique names, and the
    column rules (totals, parts, grades, status-dependent columns)."""
    ids(fields, lex, head, subject, nouns)
    providers(fields, lex, catalog)
    entities(fields, subject)
    dedupe(fields)
    afters(fields, lex, subject)
    column_rules(fields, lex, text)
    dependents.apply(fields)  # a canary's weight, a crown's cost, a free plan's price: by the row's category
    tiers.free_plans(fields)  # what dependents does not know: a charge is 0 where the plan is free
    skews.finish(fields)  # '0 for most invoices' over whatever the rules drew


def ids(fields: list[Field], lex: Lexicon, head: str, subject: set[str], nouns: frozenset[str] = frozenset()) -> None:
    """One primary key (unique, counting up or patterned); other ids are foreign keys that repeat.

    An id is primary when it names the table's head noun ('order id' in orders), is a bare 'id', names one of the
    domain's nouns, or comes first; a word elsewhere in the header ('scooter rentals') counts for little."""
    candidates = [f for f in fields if f.kind == "id" and f.id_style in ("int", "code")]
    primary, best = None, 0.0
    for position, f in enumerate(candidates):
        score = 3.0 if f.id_noun and f.id_noun == head else 2.5 if not f.id_noun else \
            1.0 if f.id_noun in nouns else 0.4 if f.id_noun in subject else 0.0
        small = f.id_noun in lex.ws("small_sets")
        if fields and f is fields[0] and (not head or (head not in lex.ws("event_heads") and not small)):
            score += 0.5
        score -= position * 0.01
        if score > best:
            primary, best = f, score
    for f in fields:
        if f.kind != "id":
            continue
        prefix = lex.id_prefixes.get(f.id_noun) or re.sub(r"[^A-Za-z]", "", f.id_noun)[:4].upper() or "ID"
        if f.id_style == "uuid":
            f.provider, f.args, f.unique = "uuid4", {}, True
        elif f.id_style == "int":
            if f is primary:
                f.provider, f.args = "random_int", {"min": 1000 if f.id_noun else 1, "max": 999_999_999}
                f.sequence = f.unique = True
            else:
                top = 500 if f.id_noun in lex.ws("small_sets") else 50_000
                f.provider, f.args = "random_int", {"min": 1, "max": top}
                f.unique = f.unique and False
        else:
            pattern = (f.id_pattern or "{P}-########").replace("{P}", prefix)
            if (f is primary or f.unique) and f.id_stated:  # 'like F-001': as stated, with room for 10,000
                f.unique, pattern = True, widen(pattern)
            elif f is primary or f.unique:
                f.unique = True
                while len(_CODE_CHARS.findall(pattern)) < 8:
                    pattern += "#"
            elif not f.id_pattern:
                pattern = prefix + "-" + "#" * (3 if f.id_noun in lex.ws("small_sets") else 6)
            f.provider = "bothify" if "?" in pattern else "numerify"
            f.args = {"text": pattern}
            if "?" in pattern:
                f.args["letters"] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def providers(fields: list[Field], lex: Lexicon, catalog: frozenset[str]) -> None:
    """Swap providers the locale lacks for the nearest it has (zipcode -> postcode -> ...), else plain words."""
    for f in fields:
        if f.provider in catalog:
            continue
        for alternative in lex.fallbacks.get(f.provider, []):
            if alternative in catalog:
                f.provider, f.args = alternative, {}
                break
        else:
            f.provider, f.args, f.kind = "word", {}, "text"


def entities(fields: list[Field], subject: set[str]) -> None:
    """Person and address columns of different people or places get different `entity` values.

    'customer name, email' is one person; 'full name, manager name', 'name, manager email' and 'sender name,
    recipient name' are two.
    An unqualified column joins the person named just before it, unless that person already has one like it."""
    for group_providers in (PERSON_PROVIDERS, ADDRESS_PROVIDERS):
        group = [f for f in fields if f.provider in group_providers]
        roles = {f.role for f in group if f.role}
        plain = {f.provider for f in group if not f.role}
        clash = any(f.role and f.provider in plain for f in group)
        nouns = any(_role_noun(f) and f.role not in subject for f in group if f.role)
        other = plain and roles - subject  # 'employees with name, manager email': the manager is someone else
        if not roles or (len(roles) < 2 and not clash and not (nouns and plain) and not other):
            continue
        current, taken = None, set()
        for f in group:
            if f.role:
                f.entity = f.role
                current, taken = (None, set()) if _role_noun(f) else (f.role, {f.provider})
            elif current and f.provider not in taken:
                f.entity = current
                taken.add(f.provider)
            else:
                current = None


def _role_noun(f: Field) -> bool:
    return f.concept in ("person", "place_role")


def afters(fields: list[Field], lex: Lexicon, subject: set[str] | frozenset[str] = frozenset()) -> None:
    """A date that follows another ('ship date' after 'order date') gets `after` with a sensible offset.

    Rules are tried in order over the whole table, so the first rule naming a pair decides which comes first;
    a column that follows another never leads one (the schema allows one level). Datetimes take fractions of a
    day ('datetime_days'); a hotel stay's check-out datetime is nights later ('overnight_days')."""
    dated = [f for f in fields if f.provider in ("date_between", "date_time_between")]
    leaders: set[int] = set()
    for rule in [*lex.follows, *words().follows]:
        followers = _lemma_words(rule.follower, lex)
        for f in dated:
            if f.after is not None or id(f) in leaders:
                continue
            text = " " + " ".join(f.events) + " "
            if not any(f" {w} " in text for w in followers):
                continue
            leader = _leader(f, dated, rule, lex)
            if leader is not None:
                low, high = rule.min_days, rule.max_days
                if f.provider == "date_time_between" and subject & set(rule.overnight_words) and rule.overnight_days:
                    low, high = rule.overnight_days
                elif f.provider == "date_time_between" and rule.datetime_days:
                    low, high = rule.datetime_days
                elif f.provider == "date_between" and 0 < low < 1:
                    low, high = 1, max(1, round(high))  # a later date, never the same one by rounding
                f.after = {"column": leader.name, "min_days": low, "max_days": high}
                leaders.add(id(leader))


def _leader(f: Field, dated: list[Field], rule: Follow, lex: Lexicon) -> Field | None:
    for word in _lemma_words(rule.leaders, lex):
        for other in dated:
            if other is f or other.after is not None or other.provider != f.provider:
                continue
            if f" {word} " in " " + " ".join(other.events) + " ":
                return other
    return None


def _lemma_words(phrases: tuple[str, ...] | list[str], lex: Lexicon) -> list[str]:
    return [" ".join(lex.key_tokens(p)) for p in phrases]


def dedupe(fields: list[Field]) -> None:
    seen: dict[str, int] = {}
    for f in fields:
        base = f.name[:60] or "column"
        name, n = base, seen.get(base, 0)
        while name in seen:
            n += 1
            name = f"{base}_{n + 1}"
        seen[base] = n
        seen[name] = 0
        f.name = name
