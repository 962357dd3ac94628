"""Offline planner, categories that determine others: 'subcategory within the category', 'breed matching the
species', 'cuisine (matches the restaurant)', 'stadium (the home team's ground)', 'the hotel and the city it is in',
and pairs that go together unasked (model and make, city and state): the dependent column gets `by`.

Values come from data/mappings.json where it knows the determining value (Toyota's models, a dog's breeds, Texas's
cities); otherwise the dependent's own values are shared out, each to one determining value, so every dependent
value always comes with the same determining value."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from functools import cache
from importlib import resources
from typing import Any

from .fields import Field
from .mentions import Token, owner

_SKIP = ("the", "its", "their", "to", "with", "per", "on", "by", "one", "a", "an", "each", "of", "in", "upon")
_FAKER_KEYS = {"state": "state"}  # a Faker provider a known vocabulary can stand in for


@cache
def data() -> dict[str, Any]:
    """data/mappings.json, read on first use."""
    return json.loads(resources.files("synthgen.planners.offline").joinpath("data", "mappings.json")
                      .read_text(encoding="utf-8"))


def _norm(value: Any) -> str:
    return re.sub(r"[_\-\s]+", " ", str(value)).strip().lower()


def _categorical(f: Field | None) -> bool:
    return f is not None and not (f.formula or f.unique or f.sequence or f.kind == "id") and (
        (f.provider == "random_element" and bool(f.args.get("elements"))) or f.provider in _FAKER_KEYS or
        f.provider == "city")


def _dependable(f: Field) -> bool:
    return _categorical(f) or (f.provider in ("random_int", "pyint", "job") and not (f.unique or f.sequence or
                                                                                     f.formula or f.kind == "id"))


def _other_categorical(dependent: Field | None) -> Callable[[Field], bool]:
    """A test for a categorical column other than `dependent`."""
    def want(f: Field) -> bool:
        return f is not dependent and _categorical(f)
    return want


def read(fields: list[Field], segs: list[list[Token]]) -> None:
    pairs: list[tuple[Field | None, Field | None]] = []  # either side may be unfound: skipped below
    triggers = set(data()["triggers"])
    for seg in segs:
        for i, t in enumerate(seg):
            if t.kind == "word" and t.text in triggers:
                j = i + 1
                while j < len(seg) and seg[j].kind == "word" and seg[j].text in _SKIP:
                    j += 1
                if j < len(seg) and seg[j].kind == "col":
                    pairs.append((owner(seg, i, want=_dependable), seg[j].field))
            elif t.kind == "col" and t.depth and t.text.endswith("'s"):
                pairs.append((owner(seg, i, want=_dependable), t.field))
            elif t.kind == "word" and t.text == "it" and i >= 1 and seg[i - 1].kind == "col" and \
                    " ".join(x.text for x in seg[i + 1:i + 3]) in ("is in", "belongs to", "sits in", "lies in"):
                dependent = seg[i - 1].field
                pairs.append((dependent, owner(seg, i - 1, want=_other_categorical(dependent))))
    asked = len(pairs)
    pairs += _named_pairs(fields)
    american = any(f.provider in ("zipcode", "zipcode_in_state") for f in fields) or \
        any(t.text in ("us", "usa", "american", "america", "zip", "zipcode", "usd") or
            (t.text == "united" and k + 1 < len(seg) and seg[k + 1].text == "states")
            for seg in segs for k, t in enumerate(seg))
    done: set[int] = set()
    for n, (dependent, determinant) in enumerate(pairs):
        if dependent is None or determinant is None or dependent is determinant or id(dependent) in done:
            continue
        free = dependent.provider in ("job",) and _vocabulary(determinant) is not None  # Faker's any job title
        if not _categorical(determinant):
            _listed_ids(determinant)
        if dependent.provider in ("random_int", "pyint") and _categorical(determinant):
            _numbers(dependent, len(determinant.args["elements"]))
        if not ((_categorical(dependent) or free) and _categorical(determinant)) or determinant.by and \
                determinant.by.get("column") == dependent.name:
            continue
        if determinant.provider in _FAKER_KEYS and not american:
            continue  # Faker's states follow the locale; the vocabulary knows US states only
        if _apply(dependent, determinant, fields, shared=n < asked):
            done.add(id(dependent))


_ID_RANGE = re.compile(r"\b([A-Za-z]+[-_]?)(\d+)\s*(?:-|–|to|\.\.+|…)\s*\1(\d+)\b")
MAX_LISTED = 500


def _listed_ids(f: Field) -> None:
    """'sensor_id (S01-S12)': the twelve ids themselves, so columns fixed per sensor can follow them."""
    found = _ID_RANGE.search(f.phrase or "")
    if f.formula or f.by or not found:
        return
    low, high = int(found[2]), int(found[3])
    if not 0 <= high - low < MAX_LISTED:
        return
    width = len(found[2])
    f.provider, f.args = "random_element", {"elements": [f"{found[1]}{n:0{width}d}" for n in range(low, high + 1)]}
    f.weights, f.unique, f.sequence, f.kind, f.entity = None, False, False, "category", None


def _numbers(f: Field, count: int) -> None:
    """A whole-number column fixed per key (a room number per sensor): that many numbers from its range."""
    low, high = f.args.get("min"), f.args.get("max")
    if f.formula or f.unique or f.sequence or not isinstance(low, int) or not isinstance(high, int) or high < low:
        return
    span = high - low + 1
    picks = list(dict.fromkeys(low + (i * 7919) % span for i in range(min(count, span))))
    f.provider, f.args, f.weights, f.kind = "random_element", {"elements": picks}, None, "category"


def _named_pairs(fields: list[Field]) -> list[tuple[Field, Field]]:
    """(model, make), (breed, species), (city, state): of several, the determinant sharing most words with the
    dependent ('destination city' and 'destination state')."""
    out: list[tuple[Field, Field]] = []
    for dep_words, key_words in data()["pairs"]:
        for d in fields:
            names = set(d.name.lower().split("_"))
            if not set(dep_words) <= names or set(key_words) <= names:
                continue
            keys = [k for k in fields if k is not d and set(key_words) <= set(k.name.lower().split("_")) and
                    not set(dep_words) <= set(k.name.lower().split("_"))]
            if keys:
                keys.sort(key=lambda k: -len(names & set(k.name.lower().split("_"))))
                out.append((d, keys[0]))
    return out


def _vocabulary(determinant: Field) -> dict[str, list[str]] | None:
    aliases = data()["aliases"]
    for word in reversed(determinant.name.lower().split("_")):
        kind = aliases.get(word, word)
        if kind in data()["values"]:
            return data()["values"][kind]
    return None


def _lookup(value: str, vocab: dict[str, list[str]]) -> list[str] | None:
    key = _norm(value)
    index = {_norm(k): v for k, v in vocab.items()}
    if key in index:
        return index[key]
    padded = f" {key} "
    for k, v in sorted(index.items(), key=lambda kv: -len(kv[0])):
        if f" {k} " in padded:
            return v
    return None


def _addressed(f: Field, fields: list[Field]) -> bool:
    """A Faker state beside a zip code or street: Faker keeps them in one place; a list of states would not."""
    return any(g is not f and (g.provider in ("zipcode", "postcode", "zipcode_in_state", "street_address", "address")
                               or {"zip", "zipcode", "postcode", "postal"} & set(g.name.split("_"))) for g in fields)


def _apply(dependent: Field, determinant: Field, fields: list[Field], shared: bool = True) -> bool:
    """`by` from the vocabulary; else, when the words asked for it (`shared`), the dependent's own values
    shared out."""
    vocab = _vocabulary(determinant)
    if determinant.provider in _FAKER_KEYS:
        if not vocab:
            return False
        if _addressed(determinant, fields):  # Faker's state stays with its zip code; the city follows the state
            return _by_vocabulary(dependent, determinant, vocab)
        determinant.provider, determinant.args, determinant.weights = "random_element", {"elements": list(vocab)}, None
        determinant.kind, determinant.entity = "category", None
    keys = [str(k) for k in determinant.args.get("elements") or []]
    own = [str(v) for v in dependent.args.get("elements") or []] if dependent.provider == "random_element" else []
    lists: dict[str, list[Any]] = {}
    if vocab:
        for k in keys:
            found = _lookup(k, vocab)
            if found and dependent.explicit and own:
                found = [v for v in found if _norm(v) in {_norm(o) for o in own}] or None
            if not found:
                lists = {}
                break
            lists[k] = list(found)
    if not lists:
        if not own or not keys or not shared:
            return False
        if len(own) >= len(keys):  # each dependent value goes with one determining value
            lists = {k: [v for j, v in enumerate(own) if j % len(keys) == i] for i, k in enumerate(keys)}
        else:  # each determining value has one dependent value
            lists = {k: [own[i % len(own)]] for i, k in enumerate(keys)}
    every = list(dict.fromkeys(v for vs in lists.values() for v in vs))
    dependent.provider, dependent.args, dependent.weights = "random_element", {"elements": every}, None
    dependent.kind, dependent.entity, dependent.explicit = "category", None, True
    dependent.by = {"column": determinant.name, "elements": lists}
    return True


def _by_vocabulary(dependent: Field, determinant: Field, vocab: dict[str, list[str]]) -> bool:
    """A city `by` a state Faker draws (the vocabulary's keys are its values): real cities of the row's state."""
    if dependent.provider not in ("city",) or dependent.explicit:
        return False
    every = list(dict.fromkeys(v for vs in vocab.values() for v in vs))
    dependent.provider, dependent.args, dependent.weights = "random_element", {"elements": every}, None
    dependent.kind, dependent.entity, dependent.explicit = "category", None, True
    dependent.by = {"column": determinant.name, "elements": {k: list(v) for k, v in vocab.items()}}
    return True
