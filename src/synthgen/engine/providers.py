"""Compiles a column into its fastest generator: numpy/Arrow bulk paths first, per-row Faker last."""

from __future__ import annotations

import importlib
from collections.abc import Iterable
from typing import Any

import numpy as np
import pyarrow as pa

from .. import arrays, families
from ..schema import Column
from ..templates import TEMPLATE_ARGS
from . import codes, colors, dates, finance, internet, lorem, numeric, paths
from . import compose as text
from .block import Block, stable_key
from .fallback import per_row, pooled, template_per_row, token_per_row
from .gen import Gen
from .locale_data import Choices, LocaleData, choices_of, keeps
from .lorem import Lorem
from .patterns import (
    LETTERS,
    capacity,
    hex_strings,
    parse_pattern,
    render,
    uuid4_strings,
)
from .people import ADDRESS_FIELDS, PERSON_FIELDS, entity
from .permute import permute
from .pieces import Pieces, as_array

_STRING = pa.string()
_HEX_LENGTHS = {"md5": 32, "sha1": 40, "sha256": 64}
# provider -> (the Faker module whose Provider's method the bulk version follows, that method)
_FINANCE = {
    "credit_card_number": ("faker.providers.credit_card", "_generate_number"),
    "iban": ("faker.providers.bank", "iban"), "bban": ("faker.providers.bank", "bban"),
    "aba": ("faker.providers.bank", "aba"), "ssn": ("faker.providers.ssn.en_US", "ssn"),
    "credit_card_security_code": ("faker.providers.credit_card", "credit_card_security_code"),
}
# Providers that pick a list, then an item of it: their exact weights, over the items (provider -> module).
_NESTED = {"timezone": "faker.providers.date_time", "locale": "faker.providers"}
_EANS = {"ean": 13, "ean13": 13, "ean8": 8}
_CODES = {"vin": "faker.providers.automotive.en_US", "password": "faker.providers.misc"}  # provider -> module
# Providers with a few hundred values at most: each block draws from a pool of Faker's own values (1 call per
# 32 rows), which still holds nearly all of them. Providers with many values are not pooled: a pool would keep
# a 32nd of their variety (a column of card numbers repeating each value 32 times); those without a bulk path
# take the per-row path, slower but as varied as Faker.
POOLED = frozenset(
    {"currency_name", "currency_code", "currency_symbol", "language_code", "language_name", "mime_type",
     "country_calling_code", "unix_device", "unix_partition", "credit_card_expire", "internet_explorer",
     # Browser strings are pooled on purpose: real traffic repeats a few thousand user agents, and Faker's own
     # take 23 s per 1M rows one by one.
     "user_agent", "chrome", "firefox", "safari", "opera"}
)


class Compiler:
    """Turns columns of one locale into generators; also the token source for composed text."""

    def __init__(self, data: LocaleData, columns: Iterable[Column] = ()) -> None:
        self.data = data
        self.sexes = families.sexes(columns)  # person entities a *_female / *_male column fixes

    # tokens (no-argument providers used inside formats) ---------------------------------------------------
    def token(self, name: str, block: Block, n: int, key: str) -> pa.Array | Pieces:
        """n values of a token: word lists and formats as Pieces (their bytes move once, at the end)."""
        if name == "postcode":  # en_GB, en_IE: a set per placeholder
            found = codes.placeholder_postcodes(self.data.owner(name))
            if found is not None:
                return codes.placeholder_codes(*found, block, n, key)
        choices = self.data.choices(name)
        if choices is not None:
            return Pieces.words(choices.values, choices.indexes(block.rng(key), n), static=True)
        recipe = self.data.recipe(name)
        if recipe is not None:
            return text.compose(recipe, block, n, key, self.token)
        lists = self.data.word_product(name)
        if lists is not None:
            return text.word_product(lists, block, n, key)
        pool = self.data.pool(name)
        if pool is not None:
            return pool.draw(block.rng(key), n)
        return token_per_row(name, block, n, key)

    # columns ------------------------------------------------------------------------------------------------
    def column(self, col: Column) -> Gen:
        provider, args = col.provider_name, col.args
        if provider == "random_element":
            return _categories(col)
        if provider in numeric.GENERATORS:
            gen = numeric.GENERATORS[provider](col, args)
            if gen is not None:
                return gen
        if provider in dates.GENERATOR_NAMES:
            gen = dates.make(col, col.faker_args)
            if gen is not None:
                return gen
        gen = self._strings(col)
        if gen is not None:
            return gen
        if provider in POOLED and not col.unique:
            return _pooled(col)
        if provider in TEMPLATE_ARGS:
            return template_per_row(col, self.data.locale)
        return per_row(col, self.data.locale)

    def _strings(self, col: Column) -> Gen | None:
        provider, args = col.provider_name, col.args
        if provider in ("bothify", "numerify", "lexify", "hexify") and isinstance(args.get("letters", ""), str):
            return _pattern(col)  # (letters as a list: Faker picks list items, the per-row path does the same)
        if provider == "uuid4" and not args:
            return Gen(lambda b: _uuid(col, b), pa.string(), unique_native=True)
        if provider in _HEX_LENGTHS and not args:
            length = _HEX_LENGTHS[provider]
            return Gen(lambda b: hex_strings(b.n, length, b.rng(col.name)), pa.string())
        if provider in colors.BULK and not args:
            make_colors = colors.BULK[provider]
            return Gen(lambda b: make_colors(b, col.name), pa.string())
        if provider in internet.BULK and not args:
            kind = internet.BULK[provider]
            return Gen(lambda b: internet.ipv4(b, b.n, col.name, kind), pa.string())
        if provider in internet.COMPOSED and not args:
            make = internet.COMPOSED[provider]
            return Gen(lambda b: make(self.data, self.token, b, b.n, col.name), pa.string())
        if provider == "ipv6" and not args:
            return Gen(lambda b: internet.ipv6(b, b.n, col.name), pa.string())
        if provider == "mac_address" and not args:
            return Gen(lambda b: internet.mac_address(b, b.n, col.name), pa.string())
        if provider in PERSON_FIELDS and (not args or provider == "email" and set(args) <= {"domain", "safe"}):
            return self._entity(col, "person", PERSON_FIELDS[provider])
        if provider in ADDRESS_FIELDS and not args:
            return self._entity(col, "place", ADDRESS_FIELDS[provider])
        if provider in ("sentence", "paragraph", "text", "word"):
            return self._lorem(col)
        if provider in ("slug", "file_name", "file_path", "uri_path") and not args:
            return self._path(col)
        if provider in _CODES and not args and keeps(self.data.owner(provider), provider, _CODES[provider]):
            make_code = codes.vin if provider == "vin" else codes.password
            return Gen(lambda b: make_code(b, col.name), pa.string())
        if provider == "pystr" and keeps(self.data.owner(provider), provider, "faker.providers.python"):
            low, high = args.get("min_chars"), int(args.get("max_chars", 20))
            if low is None or int(low) <= high:  # else Faker's own assertion speaks at validation
                before, after = str(args.get("prefix", "")), str(args.get("suffix", ""))
                low = None if low is None else int(low)
                return Gen(lambda b: codes.pystr(b, col.name, low, high, before, after), pa.string())
        if provider in ("isbn13", "isbn10") and not args:
            owner, thirteen = self.data.owner(provider), provider == "isbn13"
            if keeps(owner, provider, "faker.providers.isbn") and keeps(owner, "_body", "faker.providers.isbn"):
                return Gen(lambda b: codes.isbn(owner, b, col.name, thirteen), pa.string())
        if provider in _EANS and not args and self._plain_ean(provider):
            length = _EANS[provider]
            return Gen(lambda b: finance.ean(length, b, col.name), pa.string())
        if provider in _NESTED and not args:
            found = _nested(self.data.owner(provider), provider)
            if found is not None:
                return _from_choices(col, found)
        if provider in _FINANCE and not args:
            gen = self._finance(col)
            if gen is not None:
                return gen
        if args:
            return None
        choices = self.data.choices(provider)
        if choices is not None:
            return _from_choices(col, choices)
        if self.data.recipe(provider) or self.data.word_product(provider):
            return Gen(lambda b: as_array(self.token(provider, b, b.n, col.name)), pa.string())
        pool = self.data.pool(provider)
        return _from_choices(col, pool) if pool is not None else None

    def _entity(self, col: Column, kind: str, field: str) -> Gen:
        domain = col.args.get("domain")
        sex = self.sexes.get((kind, col.entity or ""))

        def fn(block: Block) -> pa.Array:
            person = entity(kind, col.entity or "", self.data, block, self.token, sex)
            if domain:
                return text.join([person.get("user_name"), "@" + str(domain)], block.n)
            if field == "email" and col.args.get("safe") is False:
                return person.array("free_email")
            return person.array(field)

        # Single-word fields hold only as many distinct values as their word list.
        single = field in ("first_name", "last_name", "prefix", "suffix")
        words = self.data.choices(f"{field}_{sex}" if sex else col.provider_name) if single else None
        return Gen(fn, pa.string(), capacity=len(words.values) if words is not None else None)

    def _lorem(self, col: Column) -> Gen:
        args, data = col.args, self.data
        words = [str(w) for w in args["ext_word_list"]] if args.get("ext_word_list") else None
        provider = col.provider
        if provider == "word":
            pool = arrays.strings(words) if words is not None else data.word_list()
            size = len(pool)
            return Gen(lambda b: pool.take(arrays.indices(b.rng(col.name).integers(0, size, b.n))), pa.string(),
                       capacity=size)
        made = Lorem.of(data.owner("sentence"), words if words is not None else data.word_list().to_pylist())
        if provider == "sentence":
            nb, var = int(args.get("nb_words", 6)), bool(args.get("variable_nb_words", True))
            return Gen(lambda b: lorem.sentence(made, b, col.name, nb, var), pa.string())
        if provider == "paragraph":
            nb, var = int(args.get("nb_sentences", 3)), bool(args.get("variable_nb_sentences", True))
            return Gen(lambda b: lorem.paragraph(made, b, col.name, nb, var), pa.string())
        limit = int(args.get("max_nb_chars", 200))
        return Gen(lambda b: lorem.text(made, b, col.name, limit), pa.string())

    def _finance(self, col: Column) -> Gen | None:
        """Card numbers, bank numbers, US SSNs in bulk, where the locale uses Faker's own method for them."""
        module, method = _FINANCE[col.provider_name]
        owner = self.data.owner(col.provider_name)
        if not keeps(owner, method, module):
            return None
        if col.provider == "credit_card_number":
            return Gen(lambda b: finance.card_numbers(owner, b, col.name), pa.string())
        if col.provider == "credit_card_security_code":
            return Gen(lambda b: finance.security_codes(owner, b, col.name), pa.string())
        if col.provider == "aba":
            return Gen(lambda b: finance.aba(b, col.name), pa.string())
        if col.provider == "ssn":
            return Gen(lambda b: finance.us_ssn(b, col.name), pa.string())
        if not isinstance(getattr(owner, "bban_format", None), str) or not keeps(owner, "bban", module):
            return None
        make = finance.iban if col.provider == "iban" else finance.bban
        return Gen(lambda b: make(owner, b, col.name), pa.string())

    def _plain_ean(self, provider: str) -> bool:
        """Faker's own ean methods (en_US's ean13 only adds options on top), over its own _ean."""
        owner = self.data.owner(provider)
        base = "faker.providers.barcode"
        return keeps(owner, "_ean", base) and (keeps(owner, provider, base) or (
            provider == "ean13" and keeps(owner, provider, base + ".en_US")))

    def _path(self, col: Column) -> Gen | None:
        owner = self.data.owner(col.provider_name)
        if col.provider == "slug":
            from faker.providers.lorem.en_US import Provider as English  # Faker's slug: English words always

            made = Lorem.of(self.data.owner("sentence"), list(English.word_list))
            return Gen(lambda b: lorem.slug(made, b, col.name), pa.string())
        if col.provider == "uri_path":
            parts = list(getattr(owner, "uri_paths", ()))
            return Gen(lambda b: paths.uri_path(parts, b, col.name), pa.string()) if parts else None
        if not getattr(owner, "file_extensions", None):
            return None
        words, exts = self.data.word_list(), paths.extensions(owner)
        if col.provider == "file_name":
            return Gen(lambda b: paths.file_name(words, exts, b, col.name).array(), pa.string())
        return Gen(lambda b: paths.file_path(words, exts, b, col.name), pa.string())


def _nested(owner: Any, provider: str) -> Choices | None:
    """timezone: a country, then one of its time zones; locale: a language, then one of its territories."""
    module = importlib.import_module(_NESTED[provider])
    base = module.BaseProvider if provider == "locale" else module.Provider
    if owner is None or getattr(type(owner), provider, None) is not getattr(base, provider):
        return None
    if provider == "timezone":
        lists = [country.timezones for country in owner.countries]
    else:
        lists = [[f"{language}_{where}" for where in places]
                 for language, places in base.language_locale_codes.items()]
    weights: dict[str, float] = {}
    for items in lists:
        for item in items:
            weights[item] = weights.get(item, 0.0) + 1 / (len(lists) * len(items))
    return choices_of(list(weights), list(weights.values()))


def _pooled(col: Column) -> Gen:
    provider, args = col.provider_name, col.faker_args

    def fn(block: Block) -> pa.Array:
        return pooled(provider, block, block.n, col.name, **args)

    return Gen(fn, pa.string())


def _element_type(elements: list[Any]) -> pa.DataType:
    if all(isinstance(e, bool) for e in elements):
        return pa.bool_()
    if all(isinstance(e, int) and not isinstance(e, bool) for e in elements):
        return pa.int64()
    if all(isinstance(e, (int, float)) and not isinstance(e, bool) for e in elements):
        return pa.float64()
    return pa.string()


def _categories(col: Column) -> Gen:
    elements = list(col.args.get("elements", ["a", "b", "c"]))
    type_ = _element_type(elements)
    if type_ == pa.string():
        choices = choices_of([str(e) for e in elements], col.weights)
    else:
        numbers = np.array(elements, dtype={pa.bool_(): bool, pa.int64(): np.int64}.get(type_, np.float64))
        choices = Choices(arrays.from_numpy(numbers), choices_of(elements, col.weights).weights)
    return _from_choices(col, choices, type_)


def _from_choices(col: Column, choices: Choices, type_: pa.DataType = _STRING) -> Gen:
    size = len(choices.values)
    key = stable_key(col.name)

    def fn(block: Block) -> pa.Array:
        if col.unique:
            return choices.values.take(arrays.indices(permute(block.row_ids, size, key)))
        return choices.draw(block.rng(col.name), block.n)

    return Gen(fn, type_, capacity=size, unique_native=True)


def _pattern(col: Column) -> Gen:
    provider, args = col.provider_name, col.args
    default = {"bothify": "## ??", "numerify": "###", "lexify": "????", "hexify": "^^^^"}[provider]
    letters = args.get("letters", LETTERS) if provider in ("bothify", "lexify") else None
    slots = parse_pattern(str(args.get("text", default)), numerify=provider in ("bothify", "numerify"),
                          letters=letters, hexify=provider == "hexify", upper=bool(args.get("upper", False)))
    key = stable_key(col.name)

    def fn(block: Block) -> pa.Array:
        rows = block.row_ids if col.unique else None
        return render(slots, block.n, block.rng(col.name), unique_index=rows, key=key)

    optional = any(s.optional for s in slots)
    return Gen(fn, pa.string(), capacity=capacity(slots), unique_native=not optional)


def _uuid(col: Column, block: Block) -> pa.Array:
    values = uuid4_strings(block.n, block.rng(col.name))
    if not col.unique:
        return values
    # Distinct by construction: the 62 low bits spell a keyed permutation of the row index.
    index = permute(block.row_ids, 2**62, stable_key(col.name))
    tail = np.char.zfill(np.char.mod("%x", (index | np.uint64(2**63)).astype(np.uint64)), 16)
    head = np.array(values.to_pylist(), dtype=object)
    merged = [f"{h[:19]}{t[:4]}-{t[4:]}" for h, t in zip(head, tail.tolist())]
    return arrays.strings(merged)
