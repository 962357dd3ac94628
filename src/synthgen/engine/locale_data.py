"""Faker's own data for a locale, found and checked once: word lists behind providers, and format recipes."""

from __future__ import annotations

import ast
import importlib
import inspect
import re
import string
import textwrap
import threading
from collections import Counter, OrderedDict
from dataclasses import dataclass
from typing import Any

import numpy as np
import pyarrow as pa
from faker import Faker

from .. import arrays
from ..bounded import per_locale
from .slugs import slug

TOKEN = re.compile(r"\{\{\s*(\w+)(?::\s*\w+?)?\s*\}\}")
_SAMPLES = 60
_POOL_SAMPLES, _POOL_MAX = 400, 64


_TABLE_SLOTS = 1 << 20


@dataclass(frozen=True)
class Weights:
    """Weighted draws of positions. A table of 2**20 slots, each position holding a share of slots as close
    to its weight as slots allow, costs one random integer and one lookup per value; weights too small for
    a slot of their own fall back to Walker's alias method (exact, about three times slower)."""

    table: np.ndarray | None
    alias: tuple[np.ndarray, np.ndarray] | None

    def arrays(self) -> tuple[np.ndarray, ...]:
        """The table, or the two alias tables."""
        return (self.table,) if self.table is not None else self.alias or ()

    def same_as(self, other: Weights) -> bool:
        mine, theirs = self.arrays(), other.arrays()
        return len(mine) == len(theirs) and all(np.array_equal(a, b) for a, b in zip(mine, theirs))

    def draw(self, rng: np.random.Generator, n: int) -> np.ndarray:
        if self.table is not None:
            return self.table[rng.integers(0, _TABLE_SLOTS, n, dtype=np.int32)]
        assert self.alias is not None  # weights_of makes a table or alias tables
        keep, alias = self.alias
        picks = rng.integers(0, len(keep), n, dtype=np.int32)
        return np.where(rng.random(n, dtype=np.float32) < keep[picks], picks, alias[picks])


def weights_of(weights: Any) -> Weights:
    w = np.asarray(weights, dtype=np.float64)
    share = w / w.sum() * _TABLE_SLOTS
    positive = share[w > 0]
    if len(positive) and positive.min() >= 1.0:
        slots = np.floor(share).astype(np.int64)
        short = _TABLE_SLOTS - int(slots.sum())  # largest remainders get the slots left over
        slots[np.argsort(slots - share)[:short]] += 1
        dtype = np.uint16 if len(w) <= 65536 else np.int32
        return Weights(np.repeat(np.arange(len(w), dtype=dtype), slots), None)
    return Weights(None, alias_tables(w))


@dataclass(frozen=True)
class Choices:
    """The values a provider picks from, with their weights (None: uniform)."""

    values: pa.Array
    weights: Weights | None

    def indexes(self, rng: np.random.Generator, n: int) -> np.ndarray:
        if self.weights is None:
            return rng.integers(0, len(self.values), n, dtype=np.int32)
        return self.weights.draw(rng, n)

    def draw(self, rng: np.random.Generator, n: int) -> pa.Array:
        return self.values.take(arrays.indices(self.indexes(rng, n)))

    def same_as(self, other: Choices) -> bool:
        """The same words with the same weights."""
        if not self.values.equals(other.values) or (self.weights is None) != (other.weights is None):
            return False
        return self.weights is None or (other.weights is not None and self.weights.same_as(other.weights))


def choices_of(elements: Any, weights: Any = None) -> Choices:
    """Choices over a list (or an OrderedDict of value -> weight, as Faker keeps weighted lists)."""
    if isinstance(elements, dict):
        values, weights = list(elements.keys()), list(elements.values())
    else:
        values = list(elements)
    return Choices(arrays.strings([str(v) for v in values]), None if weights is None else weights_of(weights))


def alias_tables(weights: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Vose's alias method: O(1) exact weighted draws, two vectorised lookups per value."""
    size = len(weights)
    scaled = weights * size / weights.sum()
    keep = np.ones(size, dtype=np.float32)
    alias = np.arange(size)
    small = [i for i in range(size) if scaled[i] < 1.0]
    large = [i for i in range(size) if scaled[i] >= 1.0]
    while small and large:
        s, g = small.pop(), large.pop()
        keep[s], alias[s] = scaled[s], g
        scaled[g] -= 1.0 - scaled[s]
        (small if scaled[g] < 1.0 else large).append(g)
    return keep, alias


@dataclass(frozen=True)
class Vocab:
    """A word list drawn by position: its words, their user-name slugs, and its parts (male, female) if any."""

    values: pa.Array
    slugs: pa.Array
    parts: tuple[Choices, ...]
    offset: int  # where the second part starts in `values`


@dataclass(frozen=True)
class Recipe:
    """A provider that fills one of its formats: tokens {{x}} from other providers, '#'/'?' as in bothify."""

    formats: tuple[str, ...]
    weights: tuple[float, ...] | None
    numerify: bool = False
    letters: str | None = None


# provider -> (attribute holding its formats, numerify the literals, letters for '?')
_RECIPES = {
    "name": ("formats", False, None), "name_male": ("formats_male", False, None),
    "name_female": ("formats_female", False, None), "name_nonbinary": ("formats_nonbinary", False, None),
    "company": ("formats", False, None), "city": ("city_formats", False, None),
    "street_name": ("street_name_formats", False, None), "street_address": ("street_address_formats", True, None),
    "address": ("address_formats", False, None), "building_number": ("building_number_formats", True, None),
    "secondary_address": ("secondary_address_formats", True, None), "postcode": ("postcode_formats", True, None),
    "phone_number": ("formats", True, None), "basic_phone_number": ("basic_formats", True, None),
    "msisdn": ("msisdn_formats", True, None), "ssn": ("ssn_formats", True, None),
    "license_plate": ("license_formats", True, string.ascii_uppercase),
    "passport_number": ("passport_number_formats", True, string.ascii_uppercase),
}
# Codes whose recipe holds only where the locale's method is a plain fill of one list of formats (its flags,
# numerify and letters, read from the method itself): en_GB postcodes, bn_BD digits, de_AT phone numbers...
_PLAIN_FILLS = frozenset({"postcode", "phone_number", "basic_phone_number", "msisdn", "building_number",
                          "secondary_address"})
# Recipes that hold only where the locale keeps Faker's own method (others fill the same formats differently).
_BASE_METHOD = {"license_plate": "faker.providers.automotive", "passport_number": "faker.providers.passport"}
# provider -> attribute holding a list of word lists, one word drawn from each and joined by spaces
_WORD_PRODUCTS = {"catch_phrase": "catch_phrase_words", "bs": "bsWords"}  # Faker's own attribute names


class LocaleData:
    """What the engine knows about one Faker locale; built lazily, one provider at a time."""

    def __init__(self, locale: str) -> None:
        self.locale = locale
        self.faker = Faker(locale)  # for discovery only; tables make their own instance
        self._lock = threading.RLock()
        self._choices: dict[str, Choices | None] = {}
        self._recipes: dict[str, Recipe | None] = {}
        self._vocabs: dict[str, Vocab | None] = {}
        self._found: dict[tuple[str, str], Any] = {}

    def owner(self, provider: str) -> Any:
        try:
            return getattr(getattr(self.faker, provider), "__self__", None)
        except AttributeError:  # some locales' providers reach for data they do not have
            return None

    def choices(self, provider: str) -> Choices | None:
        """If the no-argument provider only ever returns items of one of its provider's lists, that list."""
        with self._lock:
            if provider not in self._choices:
                self._choices[provider] = self._find_choices(provider)
            return self._choices[provider]

    def recipe(self, provider: str) -> Recipe | None:
        with self._lock:
            if provider not in self._recipes:
                self._recipes[provider] = self._find_recipe(provider)
            return self._recipes[provider]

    def vocab(self, token: str) -> Vocab | None:
        """The words behind a name token (first_name, last_name, prefix, suffix), split by sex if possible."""
        with self._lock:
            if token in self._vocabs:
                return self._vocabs[token]
        male, female = self.choices(token + "_male"), self.choices(token + "_female")
        parts: tuple[Choices, ...]
        if male is not None and female is not None:  # e.g. en_US: one list of last names for both
            parts = (male,) if male.same_as(female) else (male, female)
        else:
            either = self.choices(token)
            parts = (either,) if either is not None else ()
        vocab = None
        if parts:
            values = pa.concat_arrays([p.values for p in parts])
            replacements = self.replacements()
            vocab = Vocab(values, arrays.strings([slug(v, replacements) for v in values.to_pylist()]), parts,
                          len(parts[0].values))
        with self._lock:
            self._vocabs[token] = vocab
        return vocab

    def word_product(self, provider: str) -> list[Choices] | None:
        """For catch_phrase and bs: the word lists one word is drawn from each."""
        return self._cached("product", provider, self._find_word_product)

    def pool(self, provider: str) -> Choices | None:
        """For a provider with few distinct values (month names, currency codes...), their frequencies."""
        return self._cached("pool", provider, self._sample_pool)

    def replacements(self) -> tuple[tuple[str, str], ...]:
        """The locale's own transliterations for user names and domains (de_DE "ö" -> "oe")."""
        return tuple(tuple(pair) for pair in getattr(self.owner("user_name"), "replacements", ()) or ())

    def name_prefixes(self) -> frozenset[str]:
        """The words that may open a person's name ("Dr.", "Frau", "Mx.")."""
        lists = [self.choices(p) for p in ("prefix", "prefix_female", "prefix_male", "prefix_nonbinary")]
        return frozenset(str(v) for c in lists if c is not None for v in c.values.to_pylist())

    def word_list(self) -> pa.Array:
        """The lorem words of the locale."""
        return self._cached("words", "", lambda _: arrays.strings(list(self.faker.get_words_list())))

    def memo(self, key: str, make: Any) -> Any:
        """make(), computed once for this locale and kept as long as its data is (not in a cache of its own)."""
        return self._cached("memo", key, lambda _: make())

    def _cached(self, kind: str, name: str, find: Any) -> Any:
        # Discovery seeds and calls the shared Faker: one thread at a time, so results never depend on timing.
        with self._lock:
            if (kind, name) not in self._found:
                self._found[kind, name] = find(name)
            return self._found[kind, name]

    def _find_word_product(self, provider: str) -> list[Choices] | None:
        attr = _WORD_PRODUCTS.get(provider)
        lists = getattr(self.owner(provider), attr, None) if attr else None
        if not lists or not all(isinstance(x, (list, tuple)) and x for x in lists):
            return None
        return [choices_of(words) for words in lists]

    def _sample_pool(self, provider: str) -> Choices | None:
        self.faker.seed_instance(4242)
        try:
            method = getattr(self.faker, provider)
            counts = Counter(str(method()) for _ in range(_POOL_SAMPLES))
        except Exception:  # noqa: BLE001 - providers that need arguments are not pooled
            return None
        if len(counts) > _POOL_MAX or sum(1 for c in counts.values() if c == 1) > 2:
            return None
        return choices_of(list(counts), list(counts.values()))

    def _find_choices(self, provider: str) -> Choices | None:
        owner = self.owner(provider)
        method = getattr(self.faker, provider, None)
        if owner is None or method is None or _required_args(method):
            return None
        self.faker.seed_instance(12345)
        try:
            seen = {method() for _ in range(_SAMPLES)}
        except Exception:  # noqa: BLE001 - a provider that cannot run bare is not a list provider
            return None
        if not all(isinstance(v, str) for v in seen):
            return None
        best = None
        for attr in dir(owner):
            if attr.startswith("_"):
                continue
            value = getattr(owner, attr, None)
            if isinstance(value, (list, tuple, OrderedDict, dict)) and len(value) >= 2:
                keys = value.keys() if isinstance(value, dict) else value
                if not all(isinstance(k, str) for k in keys):
                    continue
                if seen <= set(keys) and (best is None or len(value) < len(best)):
                    best = value
        if best is None:
            return None
        if isinstance(best, dict) and not all(isinstance(w, (int, float)) for w in best.values()):
            return choices_of(list(best))  # values that are not weights (color_name: name -> hex): its keys, evenly
        return choices_of(best)

    def _plain_tokens(self, formats: list[str]) -> bool:
        """Whether the formats' tokens return text with no '#', '%', '$', '!', '@' or '?' (sampled)."""
        self.faker.seed_instance(777)
        for token in {m.group(1) for f in formats for m in TOKEN.finditer(f)}:
            try:
                values = [str(getattr(self.faker, token)()) for _ in range(_SAMPLES)]
            except Exception:  # noqa: BLE001 - a token Faker cannot fill: no recipe
                return False
            if any(ch in value for value in values for ch in "#%$!@?"):
                return False
        return True

    def _find_recipe(self, provider: str) -> Recipe | None:
        spec = _RECIPES.get(provider)
        owner = self.owner(provider)
        if spec is None or owner is None:
            return None
        attr, numerify, letters = spec
        formats: Any  # whatever the Faker provider keeps under that name
        if provider in _BASE_METHOD:
            formats = getattr(owner, attr, None)
            if not keeps(owner, provider, _BASE_METHOD[provider]) or not formats:
                return None
        elif provider not in _PLAIN_FILLS:
            formats = getattr(owner, attr, None)
            try:  # the recipe holds only if this locale's method really reads that attribute
                source = inspect.getsource(type(owner).__dict__.get(provider) or getattr(type(owner), provider))
            except (OSError, TypeError):
                return None
            if not formats or attr not in source:
                return None
        else:  # the recipe holds only if this locale's method is a plain fill of one list of formats
            plain = _plain_fill(owner, provider)
            if plain is None:
                return None
            attr, numerify, letters = plain
            formats = getattr(owner, attr, None)
            texts = [formats] if isinstance(formats, str) else list(formats or ())
            if not texts or not all(isinstance(f, str) for f in texts):
                return None
            if letters == string.ascii_uppercase and any(TOKEN.sub("", f) != TOKEN.sub("", f).upper() for f in texts):
                return None  # .upper() would change the format's own text too
            if (numerify or letters) and not self._plain_tokens(texts):
                return None  # numerify(parse(...)) fills placeholders its tokens return (vi_VN building numbers)
        tokens = {m.group(1) for f in (formats.keys() if isinstance(formats, dict) else formats)
                  for m in TOKEN.finditer(f)}
        if not all(callable(getattr(self.faker, t, None)) for t in tokens):
            return None  # a locale whose formats name a missing provider (Faker's es_AR formats_male)
        if isinstance(formats, dict):
            return Recipe(tuple(formats), tuple(float(w) for w in formats.values()), numerify, letters)
        if isinstance(formats, str):
            formats = (formats,)
        return Recipe(tuple(formats), None, numerify, letters)


# What a plain fill may call: pick a format, fill its tokens, numerify/lexify it, upper-case it.
_FILL_CALLS = frozenset({"random_element", "parse", "numerify", "bothify", "lexify", "upper"})


def _plain_fill(owner: Any, provider: str) -> tuple[str, bool, str | None] | None:
    """(the attribute holding the formats, numerify?, letters for '?') if the locale's method only picks one
    format of one list and fills it (Faker's own `bothify(random_element(self.postcode_formats)).upper()`),
    else None: en_GB's postcode draws each letter from its own sets, bn_BD's turns digits Bengali, de_AT's
    phone_number reads landline_formats, no_NO's building number replaces '?' with a suffix."""
    try:
        method = type(owner).__dict__.get(provider) or getattr(type(owner), provider)
        tree = ast.parse(textwrap.dedent(inspect.getsource(method)))
    except (OSError, TypeError, SyntaxError, AttributeError):
        return None
    body = tree.body[0]
    if not isinstance(body, ast.FunctionDef) or any(
            isinstance(node, (ast.For, ast.While, ast.Lambda, ast.comprehension)) for node in ast.walk(body)):
        return None
    calls, lists = set(), []
    for node in ast.walk(body):
        if isinstance(node, ast.Call):
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
            calls.add(name)
            if name == "random_element" and len(node.args) == 1 and isinstance(node.args[0], ast.Attribute):
                lists.append(node.args[0].attr)
    if not calls <= _FILL_CALLS or len(lists) != 1 or not lists[0].endswith("formats"):
        return None
    letters = None
    if calls & {"bothify", "lexify"}:
        letters = string.ascii_uppercase if "upper" in calls else string.ascii_letters
    return lists[0], bool(calls & {"numerify", "bothify"}), letters


def keeps(owner: Any, method: str, module: str) -> bool:
    """Whether a locale's provider uses Faker's own `module`.Provider.`method` (which a bulk path follows)."""
    return owner is not None and getattr(type(owner), method, None) is getattr(
        importlib.import_module(module).Provider, method, None)


def _required_args(method: Any) -> bool:
    try:
        params = inspect.signature(method).parameters.values()
    except (TypeError, ValueError):
        return True
    return any(p.default is inspect.Parameter.empty and p.kind in (p.POSITIONAL_OR_KEYWORD, p.KEYWORD_ONLY)
               for p in params)


@per_locale
def locale_data(locale: str) -> LocaleData:
    return LocaleData(locale)
