"""Internet values in bulk: IPv4 addresses, domains, URLs and host names, shaped as Faker makes them."""

from __future__ import annotations

import functools

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from .. import arrays
from .block import Block
from .compose import TokenSource, compose, join, joined_by
from .fallback import pooled
from .locale_data import LocaleData, Recipe, keeps
from .pieces import Pieces, as_array, concat, interleave
from .slugs import slug_literals, slugify

OCTETS = arrays.strings([str(i) for i in range(256)])
_TWO_DIGITS = arrays.strings([f"{i:02d}" for i in range(100)])
HEX_PAIRS = arrays.strings([f"{i:02x}" for i in range(256)])
_PRIVATE = ((10, 0, 8), (172, 16, 12), (192, 168, 16))  # network, second octet, prefix length
_NOT_PUBLIC_FIRST = {0, 10, 100, 127, 169, 172, 192, 198, 203, 224, 240, 255}
_PUBLIC_FIRST = np.array([i for i in range(1, 224) if i not in _NOT_PUBLIC_FIRST])
_HOST_PREFIXES = ("db", "srv", "desktop", "laptop", "lt", "email", "web")


def _dotted(octets: np.ndarray, n: int) -> pa.Array:
    return joined_by(".", [OCTETS.take(arrays.indices(octets[:, i])) for i in range(4)], n)


def ipv4(block: Block, n: int, key: str, kind: str = "any") -> pa.Array:
    """Dotted quads: any address, public ones (outside private and reserved blocks), or private ones."""
    rng = block.rng(key)
    octets = rng.integers(0, 256, (n, 4))
    if kind == "public":
        octets[:, 0] = _PUBLIC_FIRST[rng.integers(0, len(_PUBLIC_FIRST), n)]
    elif kind == "private":
        net = rng.integers(0, 3, n)
        octets[:, 0] = np.array([p[0] for p in _PRIVATE])[net]
        octets[:, 1] = np.where(net == 1, 16 + octets[:, 1] % 16, np.where(net == 2, 168, octets[:, 1]))
    return _dotted(octets, n)


def domain_words(data: LocaleData, source: TokenSource, block: Block, n: int, key: str) -> pa.Array:
    """As Faker's domain_word: the first word of a company name, slugged ("Smith-Jones" -> "smith-jones",
    ru_RU "ИП «...»" -> "ip"), or the locale's own domain_word (ja_JP: a romanized surname), drawn from a pool."""
    owner = data.owner("domain_word")
    if owner is not None and not keeps(owner, "domain_word", "faker.providers.internet"):
        return slugify(pooled("domain_word", block, n, key))
    replacements, recipe = data.replacements(), data.recipe("company")
    if recipe is None:
        company = as_array(source("company", block, n, key + "/company"))
        return slugify(pc.replace_substring_regex(company, pattern=" .*", replacement=""), replacements)

    def slugged(token: str, block: Block, n: int, key: str) -> pa.Array:  # a word list's few distinct values
        return slugify(source(token, block, n, key), replacements, first_word=True)

    # Only the formats' first words are made: "{{last_name}}, {{last_name}} and ..." -> "{{last_name}}"
    first = Recipe(tuple(slug_literals(_first_word(f)) for f in recipe.formats), recipe.weights, recipe.numerify,
                   recipe.letters)
    return as_array(compose(first, block, n, key + "/company", slugged))


def _first_word(fmt: str) -> str:
    """A format up to its first space outside a {{token}}."""
    depth = 0
    for i, c in enumerate(fmt):
        depth += c == "{"
        depth -= c == "}"
        if c == " " and depth == 0:
            return fmt[:i]
    return fmt


def domain_name(data: LocaleData, source: TokenSource, block: Block, n: int, key: str) -> pa.Array:
    return join([domain_words(data, source, block, n, key), ".", source("tld", block, n, key + "/tld")], n)


def url(data: LocaleData, source: TokenSource, block: Block, n: int, key: str) -> pa.Array:
    rng = block.rng(key, "url")
    scheme = pc.if_else(arrays.from_numpy(rng.random(n) < 0.5), arrays.repeat("https://", n),
                        arrays.repeat("http://", n))
    www = pc.if_else(arrays.from_numpy(rng.random(n) < 0.5), arrays.repeat("www.", n), arrays.repeat("", n))
    return join([scheme, www, domain_name(data, source, block, n, key), "/"], n)


def hostname(data: LocaleData, source: TokenSource, block: Block, n: int, key: str) -> pa.Array:
    rng = block.rng(key, "host")
    prefix = arrays.strings(list(_HOST_PREFIXES)).take(arrays.indices(rng.integers(0, len(_HOST_PREFIXES), n)))
    number = _TWO_DIGITS.take(arrays.indices(rng.integers(0, 100, n)))
    return join([prefix, "-", number, ".", domain_name(data, source, block, n, key)], n)


@functools.cache
def _hex_groups() -> pa.Array:
    return arrays.strings([f"{i:x}" for i in range(1 << 16)])


def ipv6(block: Block, n: int, key: str) -> pa.Array:
    """Faker's ipv6(): a random 128-bit address in its compressed form (eight hex groups without leading
    zeros; a run of zero groups, about one address in 600 million, becomes '::' as ipaddress writes it)."""
    groups = block.rng(key).integers(0, 1 << 16, (n, 8))
    parts: list = []
    for i in range(8):
        parts += [":"] if i else []
        parts.append(Pieces.words(_hex_groups(), groups[:, i], static=True))
    text = concat(parts, n).array()
    zero = groups == 0
    runs = np.flatnonzero((zero[:, 1:] & zero[:, :-1]).any(axis=1))
    if not len(runs):
        return text
    from ipaddress import IPv6Address

    fixed = [str(IPv6Address(sum(int(g) << (16 * (7 - i)) for i, g in enumerate(groups[r])))) for r in runs]
    keep = np.delete(np.arange(n), runs)
    return interleave([Pieces.of(text, keep), Pieces.of(arrays.strings(fixed))], [keep, runs], n).array()


def mac_address(block: Block, n: int, key: str) -> pa.Array:
    raw = block.rng(key).integers(0, 256, (n, 6))
    return joined_by(":", [HEX_PAIRS.take(arrays.indices(raw[:, i])) for i in range(6)], n)


BULK = {"ipv4": "any", "ipv4_public": "public", "ipv4_private": "private"}  # and ipv6, made by ipv6()
COMPOSED = {"domain_word": domain_words, "domain_name": domain_name, "url": url, "hostname": hostname}
