"""Coherent entities: the person (name, email, username) and the place (street, city, state, zip) of a row."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pyarrow as pa

from .. import arrays
from . import internet
from .block import Block
from .compose import Override, compose, select
from .locale_data import TOKEN, LocaleData, Recipe, Vocab
from .patterns import zero_padded
from .pieces import Pieces, concat, interleave
from .slugs import slug_literals, slugify

# Provider -> the entity field it reads.
PERSON_FIELDS = {
    "name": "name", "first_name": "first_name", "last_name": "last_name", "prefix": "prefix", "suffix": "suffix",
    "user_name": "user_name", "email": "email", "safe_email": "email", "ascii_email": "email",
    "ascii_safe_email": "email", "free_email": "free_email", "ascii_free_email": "free_email",
    "company_email": "company_email", "ascii_company_email": "company_email",
}
ADDRESS_FIELDS = {
    "address": "address", "street_address": "street_address", "street_name": "street_name",
    "building_number": "building_number", "secondary_address": "secondary_address", "city": "city",
    "state": "state", "state_abbr": "state_abbr", "administrative_unit": "administrative_unit",
    "postcode": "postcode",
    "zipcode": "postcode", "postalcode": "postcode", "postcode_in_state": "postcode",
    "zipcode_in_state": "postcode", "postalcode_in_state": "postcode",
}

Source = Callable[[str, Block, int, str], "pa.Array | Pieces"]
Text = pa.Array | Pieces


class Entity:
    """The fields of one entity for one block, each made on first use and then shared by its columns."""

    def __init__(self, kind: str, name: str, data: LocaleData, block: Block, source: Source) -> None:
        self.kind, self.key, self.data, self.block, self.source = kind, f"{kind}:{name}", data, block, source
        self.values: dict[str, Any] = {}

    def get(self, field: str) -> Any:
        if field not in self.values:
            self.values[field] = getattr(self, "_" + field)()
        return self.values[field]

    def array(self, field: str) -> pa.Array:
        """A text field as an Arrow array (made once, then shared by the columns that read it)."""
        value = self.get(field)
        if isinstance(value, Pieces):
            value = self.values[field] = value.array()
        return value

    def _draw(self, token: str) -> Text:
        return self.source(token, self.block, self.block.n, f"{self.key}/{token}")

    def _compose(self, provider: str, overrides: dict[str, Override]) -> Text:
        recipe = self.data.recipe(provider)
        if recipe is None:
            return self._draw(provider)
        recipe = civil(recipe)
        return compose(recipe, self.block, self.block.n, f"{self.key}/{provider}", self.source, overrides)

    # person -------------------------------------------------------------------------------------------------
    def _female(self) -> np.ndarray:
        return self.block.rng(self.key, "sex").random(self.block.n) < 0.5

    def _indexes(self, token: str) -> tuple[Vocab, np.ndarray] | None:
        """Positions in the locale's word list (by sex where the locale has both), so the word and its
        ASCII slug come from the same draw without re-encoding strings."""
        vocab = self.data.vocab(token)
        if vocab is None:
            return None
        rng, n = self.block.rng(self.key, token), self.block.n
        if len(vocab.parts) == 1:
            return vocab, vocab.parts[0].indexes(rng, n)
        female, male = self.get("female_rows"), self.get("male_rows")
        index = np.empty(n, dtype=np.int64)
        index[male] = vocab.parts[0].indexes(rng, len(male))
        index[female] = vocab.parts[1].indexes(rng, len(female)) + vocab.offset
        return vocab, index

    def _female_rows(self) -> np.ndarray:
        return np.flatnonzero(self.get("female"))

    def _male_rows(self) -> np.ndarray:
        return np.flatnonzero(~self.get("female"))

    def _word(self, token: str) -> Text:
        found = self.get(token + "_index")
        return self._draw(token) if found is None else Pieces.words(found[0].values, found[1], static=True)

    def _slug(self, token: str) -> Override:
        if token not in ("first_name", "last_name"):  # romanized names, years...: drawn for the user name only
            return slugify(self._draw(token), self.data.replacements())
        found = self.get(token + "_index")
        if found is None:
            return slugify(self.get(token), self.data.replacements())
        vocab, index = found
        return lambda rows: Pieces.words(vocab.slugs, index[rows], static=True)

    def _first_name_index(self) -> tuple[Vocab, np.ndarray] | None:
        return self._indexes("first_name")

    def _last_name_index(self) -> tuple[Vocab, np.ndarray] | None:
        return self._indexes("last_name")

    def _prefix_index(self) -> tuple[Vocab, np.ndarray] | None:
        return self._indexes("prefix")

    def _suffix_index(self) -> tuple[Vocab, np.ndarray] | None:
        return self._indexes("suffix")

    def _first_name(self) -> Text:
        return self._word("first_name")

    def _last_name(self) -> Text:
        return self._word("last_name")

    def _prefix(self) -> Text:
        return self._word("prefix")

    def _suffix(self) -> Text:
        return self._word("suffix")

    def _name(self) -> Text:
        first, last = self.get("first_name"), self.get("last_name")
        overrides = {"first_name": first, "last_name": last}
        for sex in ("male", "female", "nonbinary"):
            overrides |= {f"first_name_{sex}": first, f"last_name_{sex}": last}
        male, female = self.data.recipe("name_male"), self.data.recipe("name_female")
        if male is None or female is None:
            return self._compose("name", overrides)
        is_female = self.get("female")
        out: list[Pieces] = []
        order = []
        for recipe, sex, where in ((male, "male", np.flatnonzero(~is_female)),
                                   (female, "female", np.flatnonzero(is_female))):
            if len(where):
                out.append(compose(recipe, self.block, len(where), f"{self.key}/name_{sex}", self.source,
                                   overrides, rows=where))
                order.append(where)
        return interleave(out, order, self.block.n)

    def _user_name(self) -> Text:
        owner = self.data.owner("user_name")
        formats = tuple(slug_literals(f) for f in getattr(owner, "user_name_formats", None) or ("{{first_name}}",))
        recipe = Recipe(formats, None, numerify=True, letters="abcdefghijklmnopqrstuvwxyz")
        tokens = {m.group(1) for f in formats for m in TOKEN.finditer(f)}
        overrides = {t: self._slug(t) for t in tokens}  # every word slugged, as Faker slugs the whole name
        return compose(recipe, self.block, self.block.n, f"{self.key}/user_name", self.source, overrides)

    def _with_domain(self, domain: Text) -> Pieces:
        return concat([self.get("user_name"), "@", domain], self.block.n)

    def _email(self) -> Pieces:
        return self._with_domain(self._draw("safe_domain_name"))

    def _free_email(self) -> Pieces:
        return self._with_domain(self._draw("free_email_domain"))

    def _company_email(self) -> Pieces:
        key = f"{self.key}/company_email"  # Faker: the user name at a company's domain name
        return self._with_domain(internet.domain_name(self.data, self.source, self.block, self.block.n, key))

    # place --------------------------------------------------------------------------------------------------
    def _state_index(self) -> np.ndarray:
        table = _state_table(self.data)
        return self.block.rng(self.key, "state").integers(0, len(table[0]), self.block.n)

    def _state(self) -> Text:
        table = _state_table(self.data)
        if table[0] is None:
            return self._draw("state")
        return Pieces.words(table[0], self.get("state_index"), static=True)

    def _administrative_unit(self) -> Text:
        """The state, prefecture, region... of the locale (the state itself where states carry zip ranges)."""
        return self.get("state") if _state_table(self.data)[0] is not None else self._draw("administrative_unit")

    def _state_abbr(self) -> Text:
        table = _state_table(self.data)
        if table[0] is None:
            return self._draw("state_abbr")
        return Pieces.words(table[1], self.get("state_index"), static=True)

    def _postcode(self) -> Text:
        low, high = _state_table(self.data)[2:]
        if low is None:
            return self._draw("postcode")
        index = self.get("state_index")
        rng = self.block.rng(self.key, "zip")
        codes = low[index] + (rng.random(self.block.n) * (high[index] - low[index] + 1)).astype(np.int64)
        return zero_padded(codes, len(str(int(high.max()))))  # as Faker pads: 00501, 02134

    def _city(self) -> Text:
        return self._draw("city")

    def _street_name(self) -> Text:
        return self._draw("street_name")

    def _building_number(self) -> Text:
        return self._draw("building_number")

    def _secondary_address(self) -> Text:
        return self._draw("secondary_address")

    def _field(self, field: str) -> Override:
        """The entity's field for the rows a format asks for, made only if some format uses it (a locale may
        lack a field, e.g. secondary_address, and then none of its formats names it)."""
        return lambda rows: select(self.get(field), rows)

    def _street_address(self) -> Text:
        return self._compose("street_address", {f: self._field(f) for f in
                                                ("building_number", "street_name", "secondary_address")})

    def _address(self) -> Text:
        overrides = {f: self._field(f) for f in ("street_address", "city", "postcode")}
        overrides["zipcode"] = self._field("postcode")
        if _state_table(self.data)[0] is not None:
            overrides |= {"state": self._field("state"), "state_abbr": self._field("state_abbr")}
        return self._compose("address", overrides)


def civil(recipe: Recipe) -> Recipe:
    """The recipe without military mail formats (APO/FPO/DPO), which carry no city or state of their own."""
    keep = [i for i, f in enumerate(recipe.formats) if "{{military" not in f]
    if not keep or len(keep) == len(recipe.formats):
        return recipe
    weights = None if recipe.weights is None else tuple(recipe.weights[i] for i in keep)
    return Recipe(tuple(recipe.formats[i] for i in keep), weights, recipe.numerify, recipe.letters)


def _table_for(data: LocaleData) -> tuple:
    owner = data.owner("state_abbr") if hasattr(data.faker, "state_abbr") else None
    names = getattr(owner, "states", None)
    abbrs = getattr(owner, "states_abbr", None)
    ranges = getattr(owner, "states_postcode", None)
    if not (names and abbrs and ranges):
        return None, None, None, None
    abbrs = [a for a in abbrs if a in ranges and a != "DC"]
    if len(abbrs) != len(names) or any(n[0] != a[0] for n, a in zip(names, abbrs)):
        return None, None, None, None
    low = np.array([ranges[a][0] for a in abbrs], dtype=np.int64)
    high = np.array([ranges[a][1] for a in abbrs], dtype=np.int64)
    return arrays.strings(list(names)), arrays.strings(abbrs), low, high


def _state_table(data: LocaleData) -> tuple:
    return data.memo("state_table", lambda: _table_for(data))  # kept with the locale's data, no longer


def entity(kind: str, name: str, data: LocaleData, block: Block, source: Source) -> Entity:
    """The block's entity of that kind and name, made once and shared by the columns that name it."""
    key = (kind, name)
    if key not in block.memo:
        block.memo[key] = Entity(kind, name, data, block, source)
    return block.memo[key]

