"""Coherent entities: the person (name, email, username) and the place (street, city, state, zip) of a row."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any, TypeAlias

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from .. import arrays, families
from . import internet
from .block import Block
from .compose import Override, compose, select
from .locale_data import TOKEN, LocaleData, Recipe, Vocab
from .patterns import zero_padded
from .pieces import Pieces, concat, interleave
from .slugs import slug, slug_literals, slugify

# Provider -> the entity field it reads (the families table is the one source; kept here for old imports).
PERSON_FIELDS = {provider: member.field for provider, member in families.PERSON.items()}
ADDRESS_FIELDS = {provider: member.field for provider, member in families.PLACE.items()}
# A user-name format's '?' just before the last name ("?{{last_name}}") is the person's own first initial.
_INITIAL = re.compile(r"\?(?=\{\{\s*last_(romanized_)?)")
_SEXED = re.compile(r"_(male|female|nonbinary)$")

Source: TypeAlias = Callable[[str, Block, int, str], "pa.Array | Pieces"]
Text: TypeAlias = pa.Array | Pieces


class Entity:
    """The fields of one entity for one block, each made on first use and then shared by its columns."""

    def __init__(self, kind: str, name: str, data: LocaleData, block: Block, source: Source,
                 sex: str | None = None) -> None:
        self.kind, self.key, self.data, self.block, self.source = kind, f"{kind}:{name}", data, block, source
        self.sex = sex  # fixed by a *_female / *_male / *_nonbinary column of the entity; None: half and half
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
        vocab = self.data.vocab(self.vocab_token(token))
        if vocab is None:
            return None
        rng, n = self.block.rng(self.key, token), self.block.n
        if len(vocab.parts) == 1 or self.sex == "male":
            return vocab, vocab.parts[0].indexes(rng, n)
        if self.sex == "female":  # a locale without a list of its own for the sex: its part of the shared list
            return vocab, vocab.parts[1].indexes(rng, n) + vocab.offset
        female, male = self.get("female_rows"), self.get("male_rows")
        index = np.empty(n, dtype=np.int64)
        index[male] = vocab.parts[0].indexes(rng, len(male))
        index[female] = vocab.parts[1].indexes(rng, len(female)) + vocab.offset
        return vocab, index

    def vocab_token(self, token: str) -> str:
        """The word list a name token draws from: the sex's own list where the entity's sex is fixed."""
        if self.sex is not None and self.data.vocab(f"{token}_{self.sex}") is not None:
            return f"{token}_{self.sex}"
        return token

    def _female_rows(self) -> np.ndarray:
        return np.flatnonzero(self.get("female"))

    def _male_rows(self) -> np.ndarray:
        return np.flatnonzero(~self.get("female"))

    def _word(self, token: str) -> Text:
        found = self.get(token + "_index")
        return self._draw(token) if found is None else Pieces.words(found[0].values, found[1], static=True)

    def _slug(self, token: str) -> Callable[[np.ndarray], Text]:
        if token not in ("first_name", "last_name"):  # years...: drawn for the user name only
            drawn = slugify(self._draw(token), self.data.replacements())
            return lambda rows: Pieces.of(drawn, rows)
        found = self.get(token + "_index")
        if found is None:
            slugs = slugify(self.get(token), self.data.replacements())
            return lambda rows: Pieces.of(slugs, rows)
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
        recipe = self.data.recipe(f"name_{self.sex}") if self.sex is not None else None
        if recipe is not None:
            return compose(recipe, self.block, self.block.n, f"{self.key}/name_{self.sex}", self.source, overrides)
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
        """As Faker's user_name formats, but from the entity's own names: first_name_female, last_name_male...
        are its first and last name, first/last_romanized_name their romanization (ja_JP's own readings,
        else Faker's transliteration), and the '?' before a last name its first initial."""
        owner = self.data.owner("user_name")
        formats = tuple(_INITIAL.sub(lambda m: "{{first_%sinitial}}" % (m.group(1) or ""), slug_literals(f))
                        for f in getattr(owner, "user_name_formats", None) or ("{{first_name}}",))
        recipe = Recipe(formats, None, numerify=True, letters="abcdefghijklmnopqrstuvwxyz")
        tokens = {m.group(1) for f in formats for m in TOKEN.finditer(f)}
        overrides = {t: self._own(t) for t in tokens}  # every word slugged, as Faker slugs the whole name
        return compose(recipe, self.block, self.block.n, f"{self.key}/user_name", self.source, overrides)

    def _own(self, token: str) -> Override:
        """A user-name token filled from the entity's own names (other tokens, such as year, are drawn)."""
        if token in ("first_initial", "first_romanized_initial"):
            first = self._slug("first_name") if token == "first_initial" else self._romanized("first_name")
            return lambda rows: Pieces.of(pc.utf8_slice_codeunits(_text(first(rows)), 0, 1))
        base = _SEXED.sub("", token)
        if base in ("first_name", "last_name"):
            return self._slug(base)
        if base in ("first_romanized_name", "last_romanized_name"):
            return self._romanized(base.replace("_romanized", ""))
        return self._slug(token)

    def _romanized(self, token: str) -> Callable[[np.ndarray], Text]:
        found = self.get(token + "_index")
        if found is None:
            names = slugify(self.get(token), self.data.replacements())
            words = pc.replace_substring(names, "-", "")
            return lambda rows: Pieces.of(words, rows)
        index = found[1]
        words = _romanized_words(self.data, self.vocab_token(token))
        return lambda rows: Pieces.words(words, index[rows], static=True)

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


def _text(value: Text) -> pa.Array:
    return value.array() if isinstance(value, Pieces) else value


def _romanized_words(data: LocaleData, token: str) -> pa.Array:
    """Kept with the locale's data (data.memo), so an evicted locale takes its romanizations with it."""
    return data.memo(f"romanized {token}", lambda: _romanize(data, token))


def _romanize(data: LocaleData, token: str) -> pa.Array:
    """The romanization of each word of a name list, as Faker's user names spell it: the reading Faker keeps
    beside the name (ja_JP's (kanji, kana, romaji) pairs), else its transliteration without spaces or dashes
    (zh_CN "秀英" -> "xiuying")."""
    owner = data.owner(token)
    readings: dict[str, str] = {}
    for attr in dir(owner):
        value = getattr(owner, attr, None) if attr.endswith("_pairs") else None
        if isinstance(value, (list, tuple, dict)):
            for pair in value:
                if isinstance(pair, tuple) and len(pair) == 3:
                    readings.setdefault(str(pair[0]), str(pair[2]))
    replacements = data.replacements()
    vocab = data.vocab(token)
    assert vocab is not None  # only for tokens whose words were indexed (Entity._romanized)
    return arrays.strings([slug(readings[w], replacements) if w in readings else slug(w, replacements).replace("-", "")
                           for w in vocab.values.to_pylist()])


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


def entity(kind: str, name: str, data: LocaleData, block: Block, source: Source, sex: str | None = None) -> Entity:
    """The block's entity of that kind and name, made once and shared by the columns that name it."""
    key = (kind, name)
    if key not in block.memo:
        block.memo[key] = Entity(kind, name, data, block, source, sex)
    return block.memo[key]

