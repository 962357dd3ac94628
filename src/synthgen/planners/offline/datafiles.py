"""Offline planner, data files: typed models of data/*.json, validated on load with errors naming the file and key."""

from __future__ import annotations

import json
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


class DomainData(_Strict):
    """One domain of domains.json: the words that trigger it, its template, and what its words mean there."""

    id: str
    name: str
    triggers: tuple[str, ...] = Field(min_length=1)
    template: tuple[str, ...] = ()
    aliases: dict[str, str | ConceptData] = Field(default_factory=dict)

    @model_validator(mode="before")
    @classmethod
    def _alias_keys(cls, data: Any) -> Any:
        """A domain's own alias is named by its key: it gets that key as its one phrase."""
        if isinstance(data, dict) and isinstance(data.get("aliases"), dict):
            data = {**data, "aliases": {k: {"keys": [k], **v} if isinstance(v, dict) and "keys" not in v else v
                                        for k, v in data["aliases"].items()}}
        return data


class DomainsFile(_Strict):
    about: str = Field("", alias="_about")
    domains: tuple[DomainData, ...]


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
