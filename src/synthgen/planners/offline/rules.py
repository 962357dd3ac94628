"""Offline planner, column rules: totals, parts of a whole, grades from scores and status-dependent columns.

Conservative by design: a rule is set only when the column names say so plainly ('total' with 'quantity' and
'unit price'; 'refund amount' with 'amount'; 'refund date' with a status listing 'refunded'); every other
column stays as it was planned. The words live in data/rules.json."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from functools import cache
from importlib import resources
from itertools import pairwise
from typing import Any

from . import bounds, derived, differences, groups, late, levels, mappings, orders, relations, tiers
from .fields import Field
from .lexicon import Lexicon
from .modifiers import split_items
from .refs import ref
from .ruledata import PartRule, Rules, _norm, rules_data

_DATED = ("date_between", "date_time_between")
_MONEY = ("pyfloat", "pydecimal")
_NUMERIC = ("random_int", "pyint", "pyfloat", "pydecimal")
_NESTED = re.compile(r"^(?P<head>[^():;]+?)\s*\((?P<body>[^()]*)\)\s*$")

def column_rules(fields: list[Field], lex: Lexicon, text: str = "") -> None:
    """Set `formula`, `when`, `by` and `distribution` where the words (relations.py, orders.py) or the column
    names clearly call for them."""
    data = replace(rules_data(), money=frozenset(c.id for c in lex.concepts.values() if c.kind == "money"))
    if text:
        levels.read(fields, text)
        segs = relations.read(fields, text)
        derived.same_dates(segs, fields)
        orders.read(segs, fields, relations.words())
        derived.gaps(segs, fields)
        derived.sums(segs, fields)
        late.read(segs, fields)
        tiers.read(segs, fields)
        mappings.read(fields, segs)
    derived.implied_gaps(fields)
    cities(fields, data)
    subcategories(fields)
    totals(fields, data)
    parts(fields, data)
    bounds.read_pairs(fields)
    differences.nonnegative(fields, frozenset(relations.words().raw["signed_words"]), ref, bounds.uses)
    differences.per_ratios(fields, ref, bounds.uses)
    groups.read(fields)
    groups.levels(fields, frozenset(relations.words().raw["class_words"]),
                  frozenset(relations.words().raw["level_words"]))
    grades(fields, data)
    statuses(fields, data)


def _text(value: str) -> str:
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"


def _words(f: Field) -> list[str]:
    return [w for w in f.name.lower().split("_") if w]


def _has(f: Field, phrase: tuple[str, ...]) -> bool:
    return set(phrase) <= set(_words(f))


def _free(f: Field, when_ok: bool = False) -> bool:
    """A column no rule or key already shapes (a part filled only in some rows is still a part: when_ok)."""
    return not (f.formula or (f.when and not when_ok) or f.unique or f.sequence or f.entity or f.after or f.explicit)


def _money(f: Field, data: Rules) -> bool:
    return f.provider in _MONEY and f.concept in data.money


def totals(fields: list[Field], data: Rules) -> None:
    """'quantity, unit price and total': total = round(quantity * unit_price, 2)."""
    quantities = [f for f in fields if f.concept == "quantity" and f.provider in _NUMERIC]
    if not quantities:  # 'bags sold', 'qty' read as a count or stock: the one whole number named as a quantity
        quantities = [f for f in fields if f.provider in ("random_int", "pyint") and not f.formula and
                      not (f.unique or f.sequence or f.kind == "id") and set(_words(f)) & data.quantity_words]
    if len(quantities) != 1:
        return
    price = next((p for phrase in data.price_words for p in fields
                  if _money(p, data) and _has(p, phrase) and not set(_words(p)) & data.total_words), None)
    if price is None:
        return
    for f in fields:
        words = set(_words(f))
        if f is not price and _money(f, data) and _free(f) and words & data.total_words and not words & data.total_not:
            f.formula = f"round({ref(quantities[0].name)} * {ref(price.name)}, 2)"


def parts(fields: list[Field], data: Rules) -> None:
    """A part never exceeds its whole: refund <= payment, amount paid <= amount due, discount < price."""
    for rule in data.parts:
        for f in fields:
            if not (_money(f, data) and _free(f, when_ok=True) and rule.part in _words(f)):
                continue
            whole = _whole(f, fields, rule, data)
            if whole is not None:
                f.formula = rule.formula.replace("{whole}", ref(whole.name))


def _whole(part: Field, fields: list[Field], rule: PartRule, data: Rules) -> Field | None:
    for phrase in rule.wholes:
        for f in fields:
            if f is part or not _money(f, data) or rule.part in _words(f) or set(_words(f)) & data.not_wholes or \
                    not _has(f, phrase):
                continue
            if f.formula and re.search(rf"\b{re.escape(part.name)}\b", f.formula):
                continue  # the whole is made from the part already
            return f
    return None


def grades(fields: list[Field], data: Rules) -> None:
    """A letter (or pass/fail) grade next to a score: the grade is the score's band."""
    for grade in fields:
        if grade.concept != "grade" and "grade" not in _words(grade):
            continue
        if grade.provider != "random_element" or grade.formula or grade.when:
            continue
        labels = _grade_labels(grade.args.get("elements") or [], data)
        score = _score(grade, fields, data) if labels else None
        if not labels or score is None:
            continue
        low, high = _range(score)
        if low is None or high is None or high <= low:
            continue
        span = high - low
        if len(labels) == 2:
            fractions = [data.pass_at]
        else:
            step = (data.grade_high - data.grade_low) / (len(labels) - 2)
            fractions = [data.grade_low + step * i for i in range(len(labels) - 1)]
        edges = [round(low + span * x, 2) for x in fractions]
        if any(b <= a for a, b in pairwise(edges)):
            continue
        shown = ", ".join(f"{e:g}" for e in edges)
        grade.formula = f"bucket({ref(score.name)}, [{shown}], [{', '.join(_text(x) for x in labels)}])"
        if score.distribution is None and not (score.unique or score.sequence or score.formula):
            score.distribution = {"kind": "normal", "mean": round(low + span * data.score_mean, 2),
                                  "sd": round(span * data.score_sd, 2)}


def _grade_labels(elements: list[Any], data: Rules) -> list[str] | None:
    """The grades from worst to best: letters (A+ best, F worst) or fail/pass; None for anything else."""
    values = [str(e) for e in elements]
    if len(values) < 2 or len(set(values)) != len(values):
        return None
    if all(data.letters.fullmatch(v.upper()) for v in values):
        order = {"+": 0, "": 1, "-": 2}
        return sorted(values, key=lambda v: (v[0].upper(), order[v[1:]]), reverse=True)
    lowered = [v.lower() for v in values]
    if len(values) == 2 and lowered[0] in data.passing | data.failing and lowered[1] in data.passing | data.failing \
            and (lowered[0] in data.passing) != (lowered[1] in data.passing):
        return values if lowered[1] in data.passing else values[::-1]
    return None


def _score(grade: Field, fields: list[Field], data: Rules) -> Field | None:
    """The one score beside the grade; of several, the one sharing a word with it ('exam score', 'exam grade')."""
    scores = [f for f in fields if f is not grade and f.provider in _NUMERIC and not f.formula and
              (f.concept == "score" or set(_words(f)) & data.score_words)]
    if len(scores) == 1:
        return scores[0]
    own = set(_words(grade)) - {"grade", "letter"}
    shared = [f for f in scores if own & set(_words(f))]
    return shared[0] if len(shared) == 1 else None


def _range(f: Field) -> tuple[float | None, float | None]:
    args = f.args
    low = args.get("min", args.get("min_value"))
    high = args.get("max", args.get("max_value"))
    return (float(low) if isinstance(low, (int, float)) else None, float(high) if isinstance(high, (int, float))
            else None)


def statuses(fields: list[Field], data: Rules) -> None:
    """'status: paid, refunded; refund date': the refund date is filled only for refunded rows (`when`); so are
    a refund amount and a refund reason (rules with 'amounts')."""
    states = [f for f in fields if f.provider == "random_element" and f.explicit and not f.formula and
              (f.concept == "status" or bool(set(_words(f)[-1:]) & data.state_words))]
    for f in fields:
        if any(f is s for s in states) or f.when or f.unique or f.sequence or set(_words(f)) & data.not_yet:
            continue
        dated = f.provider in _DATED
        detail = _money(f, data) or bool(f.formula) or (f.provider == "random_element" and "reason" in _words(f))
        if not (dated or detail):
            continue
        for rule in data.status:
            if not (set(_words(f)) & rule.words) or (not dated and not rule.amounts):
                continue
            for state in states:
                values = state.args.get("elements") or []
                chosen = [v for v in values if _norm(v) in rule.values]
                if chosen and len(chosen) < len(values):
                    f.when = {"column": state.name, "in": chosen}
                    break
            if f.when:
                break


@cache
def rules_countries() -> tuple[str, ...]:
    """The countries rules.json lists cities of, as written there (aliases aside)."""
    raw = json.loads(resources.files("synthgen.planners.offline").joinpath("data", "rules.json")
                     .read_text(encoding="utf-8"))
    return tuple(raw["cities"]["countries"])


def cities(fields: list[Field], data: Rules) -> None:
    """'country (France, Japan) and city': the city is one of the row's country's large cities (`by`), when
    every listed country is known and the table has one country column and one plain city column."""
    countries = [f for f in fields if f.concept == "country"]
    towns = [f for f in fields if f.concept == "city" and f.provider == "city" and not f.role]
    if len(countries) != 1 or len(towns) != 1:
        return
    country, town = countries[0], towns[0]
    if country.provider == "country" and not (country.explicit or country.unique or country.entity or town.explicit):
        # 'city and country' with no list: countries the data knows cities of, each city in its own country
        named = list(dict.fromkeys(c for c in rules_countries()))
        country.provider, country.args, country.weights, country.kind = "random_element", {"elements": named}, \
            None, "category"
        country.explicit = True
    listed = country.args.get("elements") or []
    if country.provider != "random_element" or not country.explicit or not listed or town.explicit or \
            town.unique or not all(_norm(c) in data.cities for c in listed):
        return
    lists = {str(c): list(data.cities[_norm(c)]) for c in listed}
    every = list(dict.fromkeys(city for names in lists.values() for city in names))
    town.provider, town.args, town.weights, town.entity, town.kind = "random_element", {"elements": every}, None, \
        None, "category"
    town.by = {"column": country.name, "elements": lists,
               "weights": {c: list(range(len(names), 0, -1)) for c, names in lists.items()}}


def nested_lists(text: str) -> tuple[str, dict[str, list[str]]] | None:
    """'category (food: bread, milk; toys: ball, kite)' -> ('category (food, toys)', {'food': [...], ...}):
    two or more 'choice: sub-choices' parts, split by ';', in one bracket after the column's words."""
    found = _NESTED.match(text.strip())
    if not found or not found["head"].strip():
        return None
    parts = [p for p in found["body"].split(";") if p.strip()]
    lists: dict[str, list[str]] = {}
    for part in parts:
        key, sep, rest = part.partition(":")
        key, items = key.strip(), split_items(rest)
        if not sep or not key or len(key.split()) > 4 or not items or key in lists:
            return None
        lists[key] = items
    if len(lists) < 2:
        return None
    return f"{found['head'].strip()} ({', '.join(lists)})", lists


def subcategories(fields: list[Field]) -> None:
    """The sub-choices given with each choice ('category (food: bread, milk; toys: ball)') go to the column
    'sub' + its name (subcategory, subtype), made when the description does not name it: `by` the choice."""
    for f in list(fields):
        lists = f.sub_lists
        if not lists or f.provider != "random_element" or f.args.get("elements") != list(lists):
            continue
        wanted = "sub" + f.name.replace("_", "")
        sub = next((s for s in fields if s is not f and s.name.replace("_", "") == wanted), None)
        if sub is None:
            if len(fields) >= 100:
                continue
            sub = Field(f"sub{f.name}", "random_element", phrase=f.phrase, explicit=True)
            fields.insert(fields.index(f) + 1, sub)
        if sub.formula or sub.unique or sub.sequence:
            continue
        every = list(dict.fromkeys(x for items in lists.values() for x in items))
        sub.provider, sub.args, sub.weights, sub.entity, sub.kind = "random_element", {"elements": every}, None, None, \
            "category"
        sub.by = {"column": f.name, "elements": {k: list(v) for k, v in lists.items()}}
