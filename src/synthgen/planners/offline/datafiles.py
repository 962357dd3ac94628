"""Offline planner, data files: typed models of data/*.json, validated on load with errors naming the file and key."""

from __future__ import annotations

import json
import re
from importlib import resources
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from ...errors import SynthGenError

Kind = Literal["person", "address", "str", "text", "int", "float", "money", "percent", "measure", "date",
               "datetime", "time", "bool", "category", "id", "code", "group"]
NUMERIC_KINDS = frozenset({"int", "float", "money", "percent", "measure"})


class DataFileError(SynthGenError):
    """A data file of the offline planner is malformed: the message names the file and the key."""


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Distribution(_Strict):
    """How a number spreads between its bounds (contract 2.1 `distribution`): most house prices are modest, a few
    are millions (lognormal); hours worked cluster around eight (normal)."""

    kind: Literal["normal", "lognormal", "exponential", "zipf"]
    mean: float | None = None
    sd: float | None = Field(default=None, gt=0)
    median: float | None = Field(default=None, gt=0)
    sigma: float | None = Field(default=None, gt=0)
    a: float | None = Field(default=None, gt=1)

    @model_validator(mode="after")
    def _parameters(self) -> Distribution:
        needs = {"normal": ("mean", "sd"), "lognormal": ("median", "sigma"), "exponential": ("mean",),
                 "zipf": ("a",)}[self.kind]
        missing = [k for k in needs if getattr(self, k) is None]
        if missing:
            raise ValueError(f"a {self.kind} distribution needs {' and '.join(missing)}")
        return self

    def rule(self) -> dict[str, Any]:
        return self.model_dump(exclude_none=True)


class ConceptData(_Strict):
    """One concept of lexicon.json (or a domain's own alias in domains.json): the words that name it and how to
    fill it. Numbers take range + digits (+ unit), categories pool or elements (+ weights), dates window, bools
    chance, ids and codes pattern (+ letters or upper)."""

    keys: tuple[str, ...] = Field(min_length=1)
    kind: Kind
    provider: str = ""
    args: dict[str, Any] = Field(default_factory=dict)
    name: str = ""
    range: tuple[int | float, int | float] | None = None
    digits: int | None = Field(default=None, ge=0, le=8)
    unit: str | None = None
    pool: str = ""
    elements: tuple[str | int | float, ...] | None = None
    weights: tuple[int | float, ...] | None = None
    distribution: Distribution | None = None  # within the range, when no range or unit was stated
    window: tuple[str, str] | None = None
    chance: float | None = Field(default=None, ge=0, le=100)
    pattern: str = ""
    letters: str | None = None
    upper: bool = False
    expand: tuple[str, ...] = ()
    format: str = "auto"
    role: bool = False
    noun: str = ""
    events: tuple[str, ...] = ()
    unique: bool = False
    priority: float = 0
    named: bool = False  # names or titles of things: examples in a description illustrate them, the pool stays

    @model_validator(mode="after")
    def _consistent(self) -> ConceptData:
        if self.range is not None and self.range[0] > self.range[1]:
            raise ValueError(f"range {list(self.range)} runs backwards")
        if self.weights is not None and self.elements is not None and len(self.weights) != len(self.elements):
            raise ValueError(f"{len(self.weights)} weights for {len(self.elements)} elements")
        if self.range is not None and self.kind not in NUMERIC_KINDS:
            raise ValueError(f"range on a {self.kind} concept (only numbers take one)")
        return self


class Concept(ConceptData):
    """A concept with its id (the key in lexicon.json, or 'domain:word' for a domain's own alias)."""

    id: str


class LexiconFile(_Strict):
    about: str = Field("", alias="_about")
    concepts: dict[str, ConceptData]


class Scale(_Strict):
    """What a lexicon concept's values are in one domain or setting: a house's price, a monthly salary, an office's
    temperature. Only the fields given replace the concept's own; `keys`, when given, are the only phrases it
    applies to (a car's 'dealer cost', not every 'cost' at a car dealer)."""

    keys: tuple[str, ...] = ()
    range: tuple[int | float, int | float] | None = None
    digits: int | None = Field(default=None, ge=0, le=8)
    unit: str | None = None
    chance: float | None = Field(default=None, ge=0, le=100)
    pool: str = ""
    elements: tuple[str | int | float, ...] | None = None
    weights: tuple[int | float, ...] | None = None
    distribution: Distribution | None = None  # a new range without one drops the concept's (it fit the old range)

    @model_validator(mode="after")
    def _consistent(self) -> Scale:
        if self.range is not None and self.range[0] > self.range[1]:
            raise ValueError(f"range {list(self.range)} runs backwards")
        return self


class DomainData(_Strict):
    """One domain of domains.json: the words that trigger it, its template, what its words mean there (aliases),
    and the scale of lexicon concepts there (scales: concept id -> range, unit, ...)."""

    id: str
    name: str
    triggers: tuple[str, ...] = Field(min_length=1)
    template: tuple[str, ...] = ()
    aliases: dict[str, str | ConceptData] = Field(default_factory=dict)
    scales: dict[str, Scale] = Field(default_factory=dict)
    local: bool = False  # its rows happen in one city (311 requests, taxi rides): coordinates lie around it

    @model_validator(mode="after")
    def _unique_triggers(self) -> DomainData:
        twice = sorted({t for t in self.triggers if self.triggers.count(t) > 1})
        if twice:
            raise ValueError(f"triggers listed twice (each counts toward choosing the domain): {twice}")
        return self

    @model_validator(mode="before")
    @classmethod
    def _alias_keys(cls, data: Any) -> Any:
        """A domain's own alias is named by its key: it gets that key as its one phrase."""
        if isinstance(data, dict) and isinstance(data.get("aliases"), dict):
            data = {**data, "aliases": {k: {"keys": [k], **v} if isinstance(v, dict) and "keys" not in v else v
                                        for k, v in data["aliases"].items()}}
        return data


class ContextData(_Strict):
    """A setting that words anywhere in a description reveal ('office', 'room': indoors), and the scale of lexicon
    concepts there; it applies with or without a domain."""

    id: str
    words: tuple[str, ...] = Field(min_length=1)
    scales: dict[str, Scale] = Field(min_length=1)


class DomainsFile(_Strict):
    about: str = Field("", alias="_about")
    domains: tuple[DomainData, ...]
    contexts: tuple[ContextData, ...] = ()


class ScaleRule(_Strict):
    """One row of scales.json: the realistic range of a concept (or of a number named only by its unit) when
    words say what it is of: a cruise's fare, a price per bag, the number of seasons of a show, annual kWh.
    `things` are looked for in the phrase, then (unless `where` is "phrase") anywhere in the description;
    `heads`, when given, must be words of the phrase ('insurance value' of an artwork, not its ticket price).
    The range is in the concept's own unit (USD for money), or in `unit` for a rule on a bare unit."""

    id: str
    concepts: tuple[str, ...] = ()
    unit: str | None = None
    things: tuple[str, ...] = Field(min_length=1)
    heads: tuple[str, ...] = ()
    where: Literal["phrase", "description"] = "description"
    range: tuple[int | float, int | float]
    digits: int | None = Field(default=None, ge=0, le=8)
    distribution: Distribution | None = None

    @model_validator(mode="after")
    def _consistent(self) -> ScaleRule:
        if self.range[0] > self.range[1]:
            raise ValueError(f"range {list(self.range)} runs backwards")
        if not self.concepts and not self.unit:
            raise ValueError("a scale rule names concepts or a unit")
        return self


class ScalesFile(_Strict):
    about: str = Field("", alias="_about")
    rules: tuple[ScaleRule, ...]


class Unit(_Strict):
    """A unit of hints.json: its spellings, its dimension and scale to the dimension's base, a typical range."""

    words: tuple[str, ...]
    short: tuple[str, ...] = ()
    dim: str
    scale: int | float
    offset: int | float = 0
    suffix: str
    default: tuple[int | float, int | float]
    digits: int = Field(ge=0, le=8)


class Follow(_Strict):
    """A date that follows others (ship date after order date) and by how many days."""

    follower: tuple[str, ...]
    leaders: tuple[str, ...]
    min_days: int | float
    max_days: int | float
    datetime_days: tuple[int | float, int | float] | None = None
    overnight_words: tuple[str, ...] = ()
    overnight_days: tuple[int | float, int | float] | None = None


class Place(_Strict):
    """A city that latitude and longitude columns can lie around: its centre and a radius in degrees of latitude."""

    lat: float = Field(ge=-90, le=90)
    lon: float = Field(ge=-180, le=180)
    radius: float = Field(gt=0, le=2)


class HintsFile(_Strict):
    """hints.json: the reader's small word lists, units, locales and follow rules."""

    about: str = Field("", alias="_about")
    stopwords: tuple[str, ...]
    name_drop: tuple[str, ...]
    prepositions: tuple[str, ...]
    generic_qualifiers: tuple[str, ...]
    instruction_words: tuple[str, ...]
    plural_keep: tuple[str, ...]
    plural_counts: tuple[str, ...]
    locales: dict[str, str]
    locale_skip: tuple[str, ...]
    units: dict[str, Unit]
    distributive: tuple[str, ...]
    follows: tuple[Follow, ...]
    provider_fallbacks: dict[str, tuple[str, ...]]
    catalog_guess_skip: tuple[str, ...]
    id_prefixes: dict[str, str]
    category_fallback: tuple[str, ...]
    generic_template: tuple[str, ...]
    type_words: dict[str, str]
    ie_plurals: tuple[str, ...]
    generic_people: tuple[str, ...]
    generic_things: tuple[str, ...]
    abbreviations: dict[str, str]
    word_sets: dict[str, tuple[str, ...]]
    places: dict[str, Place]  # a city named in lower case -> where its points lie
    locale_places: dict[str, str]  # a locale -> its main city, for a local domain's points when no city is named

    @model_validator(mode="after")
    def _known_places(self) -> HintsFile:
        unknown = sorted(v for v in self.locale_places.values() if v not in self.places)
        if unknown:
            raise ValueError(f"locale_places name cities missing from places: {unknown}")
        return self


class PoolsFile(_Strict):
    model_config = ConfigDict(extra="allow", frozen=True)
    about: tuple[str, ...] | str = Field("", alias="_about")

    def lists(self) -> dict[str, tuple[str, ...]]:
        return {k: tuple(v) for k, v in (self.__pydantic_extra__ or {}).items()}

    @model_validator(mode="after")
    def _lists(self) -> PoolsFile:
        for key, value in (self.__pydantic_extra__ or {}).items():
            if not isinstance(value, list) or not value or not all(isinstance(v, str) and v for v in value):
                raise ValueError(f"pool {key!r} must be a non-empty list of words")
        return self


class TextRecipe(_Strict):
    """One composed pool of texts.json: how many distinct values to make, and the formats they are made from (each
    '{list}' is a word of that word list)."""

    count: int = Field(ge=2, le=1000)
    formats: tuple[str, ...] = Field(min_length=1)


class TextsFile(_Strict):
    """texts.json: word lists, and the pools of titles, names and short texts composed from them."""

    about: str = Field("", alias="_about")
    pools: dict[str, TextRecipe]
    words: dict[str, tuple[str, ...]]

    @model_validator(mode="after")
    def _known_lists(self) -> TextsFile:
        for name, recipe in self.pools.items():
            for fmt in recipe.formats:
                unknown = [w for w in re.findall(r"\{(\w+)\}", fmt) if w not in self.words]
                if unknown:
                    raise ValueError(f"pool {name!r}: format {fmt!r} names no word list {unknown[0]!r}")
        empty = [k for k, v in self.words.items() if not v]
        if empty:
            raise ValueError(f"word list {empty[0]!r} is empty")
        return self


def read(name: str, model: type[BaseModel]) -> Any:
    """data/NAME validated as MODEL; a DataFileError names the file and the key path on bad data."""
    text = resources.files("synthgen.planners.offline").joinpath("data", name).read_text(encoding="utf-8")
    return parse(name, json.loads(text), model)


def parse(name: str, raw: Any, model: type[BaseModel]) -> Any:
    try:
        return model.model_validate(raw)
    except ValidationError as exc:
        err = exc.errors()[0]
        where = ".".join(str(p) for p in err["loc"]) or "(top)"
        more = f" (and {exc.error_count() - 1} more)" if exc.error_count() > 1 else ""
        raise DataFileError(f"data/{name}: {where}: {err['msg']}{more}") from None
