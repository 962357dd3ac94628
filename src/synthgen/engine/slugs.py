"""Text as Faker puts it in user names and domains: its _to_ascii (the locale's replacements, then
unidecode), then text.slugify."""

from __future__ import annotations

import re
from functools import lru_cache

import pyarrow as pa

from .. import arrays
from .pieces import Pieces, as_array

_NOT_WORD = re.compile(r"[^\w\s-]")
_SPACES = re.compile(r"[-\s]+")
Replacements = tuple[tuple[str, str], ...]


@lru_cache(maxsize=65536)
def slug(value: str, replacements: Replacements = ()) -> str:
    """Text as Faker puts it in a user name or domain: lowercase, the locale's replacements ("ö" -> "oe"),
    then ASCII, no punctuation but '_' and '-', spaces as '-' (its _to_ascii, then text.slugify)."""
    value = value.lower()
    for search, replace in replacements:
        value = value.replace(search, replace)
    if not value.isascii():
        from faker.decode import (
            unidecode,  # 150 ms to import: only for non-ASCII locales
        )

        value = unidecode(value)
    return _SPACES.sub("-", _NOT_WORD.sub("", value).strip().lower())


def slugify(text: pa.Array | Pieces, replacements: Replacements = (), *, first_word: bool = False) -> pa.Array:
    """Each value (or its first word) as `slug` makes it, done once per distinct value."""
    encoded = as_array(text).dictionary_encode()
    values = encoded.dictionary.to_pylist()
    slugs = arrays.strings([slug(v.split(" ")[0] if first_word else v, replacements) for v in values])
    return slugs.take(encoded.indices)


def slug_literals(fmt: str) -> str:
    """A format with its literal text as slugify leaves it, when Faker slugs what it makes (the dot of
    "{{first_name}}.{{last_name}}" goes); '?' and '#' stay for bothify."""
    parts = re.split(r"(\{\{[^}]*\}\})", fmt)
    return "".join(p if p.startswith("{{") else re.sub(r"[^\w?#-]", "", p.lower()) for p in parts)
