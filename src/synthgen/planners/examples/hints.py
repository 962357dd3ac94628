"""Examples planner, name hints: data/hints.json (what a column's name says its text is), typed and loaded once."""

from __future__ import annotations

import functools
import json
import re
from importlib import resources

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from ...errors import SynthGenError

_SPLIT = re.compile(r"[\s_.\-/]+|(?<=[a-z])(?=[A-Z])")


class HintsError(SynthGenError):
    """data/hints.json is malformed (a packaging bug): the message names the key."""


class KindWords(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    kind: str
    words: tuple[str, ...] = Field(min_length=1)


class Hints(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    about: str = Field(alias="_about")
    kinds: tuple[KindWords, ...]
    personal: frozenset[str]
    id_words: frozenset[str]

    def kind_of(self, column: str) -> str | None:
        """The kind a column's name points to (its whole name, else its last word, else any word), or None."""
        words = name_words(column)
        joined = "_".join(words)
        for probe in (joined, "".join(words)):
            for entry in self.kinds:
                if probe in entry.words:
                    return entry.kind
        telling = [w for w in words if w != "name"]  # "name" alone is the whole name, else any thing's name
        for entry in self.kinds:  # the last telling word first: "address.city" is a city
            if telling and telling[-1] in entry.words:
                return entry.kind
        for entry in self.kinds:
            if any(w in entry.words for w in telling):
                return entry.kind
        return None

    def is_id(self, column: str) -> bool:
        words = name_words(column)
        return bool(words) and (words[-1] in self.id_words or column.lower().endswith("id"))


def name_words(column: str) -> list[str]:
    """A column name's words, lower case: "customerEmail" and "customer_email" -> ["customer", "email"]."""
    return [w.lower() for w in _SPLIT.split(column.strip()) if w]


@functools.cache
def hints() -> Hints:
    text = resources.files(__package__).joinpath("data/hints.json").read_text(encoding="utf-8")
    try:
        return Hints.model_validate(json.loads(text))
    except (ValidationError, ValueError) as exc:
        raise HintsError(f"examples planner data/hints.json is malformed: {exc}") from None
