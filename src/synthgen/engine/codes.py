"""Vehicle identification numbers, passwords, ISBNs and random letter strings in bulk, as Faker makes them."""

from __future__ import annotations

import functools
import string
from typing import Any

import numpy as np
import pyarrow as pa

from .. import arrays
from .block import Block
from .patterns import fixed_width_strings
from .pieces import Pieces, concat, interleave

_VIN_CHARS = np.frombuffer(b"1234567890ABCDEFGHJKLMNPRSTUVWXYZ", dtype=np.uint8)  # no I, O, Q


def _vin_weight(chars: np.ndarray) -> np.ndarray:
    """Faker's transliteration: digits as themselves, A-I 1-9, J-R 1-9, S-Z 2-9."""
    c = chars.astype(np.int64)
    return np.select([c <= 64, c <= 73, c <= 82], [c - 48, c - 64, c - 73], c - 81)


def vin(block: Block, key: str) -> pa.Array:
    """Eight characters, the check character (weighted sum mod 11, 10 as 'X'), four characters, four digits."""
    rng, n = block.rng(key), block.n
    out = np.empty((n, 17), dtype=np.uint8)
    out[:, :8] = _VIN_CHARS[rng.integers(0, len(_VIN_CHARS), (n, 8))]
    out[:, 9:13] = _VIN_CHARS[rng.integers(0, len(_VIN_CHARS), (n, 4))]
    out[:, 13:] = rng.integers(0, 10, (n, 4)) + ord("0")
    front = _vin_weight(out[:, :8]) @ np.array([8, 7, 6, 5, 4, 3, 2, 10])
    rear = _vin_weight(out[:, 9:]) @ np.array([9, 8, 7, 6, 5, 4, 3, 2])
    check = (front + rear) % 11
    out[:, 8] = np.where(check == 10, ord("X"), check + ord("0"))
    return fixed_width_strings(out)


_CLASSES = ("!@#$%^&*()_+", string.digits, string.ascii_uppercase, string.ascii_lowercase)
_ALL = np.frombuffer("".join(_CLASSES).encode("ascii"), dtype=np.uint8)


def password(block: Block, key: str, length: int = 10) -> pa.Array:
    """Faker's password() defaults: characters from all four classes, then one of each class (special, digit,
    upper, lower, in that order) at four distinct positions taken in ascending order, as Faker's set of small
    integers iterates."""
    rng, n = block.rng(key), block.n
    out = _ALL[rng.integers(0, len(_ALL), (n, length))]
    spots = np.sort(np.argsort(rng.random((n, length)), axis=1)[:, :len(_CLASSES)], axis=1)
    rows = np.arange(n)
    for i, chars in enumerate(_CLASSES):
        alphabet = np.frombuffer(chars.encode("ascii"), dtype=np.uint8)
        out[rows, spots[:, i]] = alphabet[rng.integers(0, len(alphabet), n)]
    return fixed_width_strings(out)


def isbn(owner: Any, block: Block, key: str, thirteen: bool) -> pa.Array:
    """Faker's isbn13() / isbn10() with '-': an EAN prefix and a registration group of its rules, digits, the
    split of registrant and publication its rules give (compared as Faker compares them: as text), and the check
    digit (ISBN-13: weights 1,3; ISBN-10: 1..9 mod 11, 10 as 'X')."""
    rng, n = block.rng(key), block.n
    combos = [(ean, group) for ean in owner.rules for group in owner.rules[ean]]
    eans = list(owner.rules)
    ean_of = rng.integers(0, len(eans), n)
    pick = np.empty(n, dtype=np.int64)  # Faker: an EAN prefix, then one of its groups
    for e, ean in enumerate(eans):
        rows = np.flatnonzero(ean_of == e)
        mine = [i for i, c in enumerate(combos) if c[0] == ean]
        pick[rows] = np.array(mine)[rng.integers(0, len(mine), len(rows))]
    width = 13 + 4 if thirteen else 10 + 3
    out = np.empty((n, width), dtype=np.uint8)
    for i, (ean, group) in enumerate(combos):
        rows = np.flatnonzero(pick == i)
        if len(rows):
            out[rows] = _isbn_rows(ean, group, owner.rules[ean][group], rng, len(rows), thirteen)
    return fixed_width_strings(out)


def _isbn_rows(ean: str, group: str, rules: list, rng: np.random.Generator, n: int, thirteen: bool) -> np.ndarray:
    size = 13 - len(ean) - len(group) - 1
    reg_pub = rng.integers(0, 10, (n, size))
    head = reg_pub[:, :-1] @ (10 ** np.arange(size - 2, -1, -1))  # reg_pub[:-1] as a number
    cut = np.full(n, -1, dtype=np.int64)
    m = size - 1
    for strict in (True, False):  # the first rule whose range holds reg_pub[:-1], compared as text as Faker
        for low, high, length in rules:  # does; where that finds none (Faker raises), compared as numbers
            above = head >= int(low[:m]) + (strict and len(low) > m)
            hit = (cut < 0) & above & (head <= int(high[:m]))
            cut[hit] = length
    cut[cut < 0] = 0
    fixed = [int(c) for c in (ean + group if thirteen else group)]
    body = np.concatenate([np.broadcast_to(fixed, (n, len(fixed))), reg_pub], axis=1)
    if thirteen:
        check = (10 - (body @ np.resize([1, 3], body.shape[1])) % 10) % 10
    else:
        check = (body @ np.arange(1, body.shape[1] + 1)) % 11
    digits = np.concatenate([body, check[:, None]], axis=1) + ord("0")
    digits[:, -1] = np.where(check == 10, ord("X"), digits[:, -1])
    # dashes after the EAN (ISBN-13), the group, the registrant, and before the check digit
    breaks = ([len(ean)] if thirteen else []) + [len(fixed)]
    dash = np.zeros((n, digits.shape[1] + 3 + thirteen), dtype=bool)
    rows = np.arange(n)
    spots = [np.full(n, b + i) for i, b in enumerate(breaks)]
    spots.append(len(fixed) + cut + len(breaks))
    spots.append(np.full(n, dash.shape[1] - 2))
    for spot in spots:
        dash[rows, spot] = True
    out = np.full(dash.shape, ord("-"), dtype=np.uint8)
    out[~dash] = digits.reshape(-1)
    return out


_LETTERS = np.frombuffer(string.ascii_letters.encode("ascii"), dtype=np.uint8)


def pystr(block: Block, key: str, min_chars: int | None, max_chars: int, prefix: str, suffix: str) -> pa.Array:
    """Faker's pystr(): ASCII letters, max_chars of them (or between min_chars and max_chars), between a prefix
    and a suffix."""
    rng, n = block.rng(key), block.n
    lengths = np.full(n, max_chars) if min_chars is None else rng.integers(min_chars, max_chars + 1, n)
    letters = _LETTERS[rng.integers(0, len(_LETTERS), (n, max_chars))]
    offsets = np.zeros(n + 1, dtype=np.int32)
    np.cumsum(lengths, out=offsets[1:])
    data = letters[np.arange(max_chars) < lengths[:, None]]  # row by row, in order
    body = pa.Array.from_buffers(pa.string(), n, [None, pa.py_buffer(offsets), pa.py_buffer(data.tobytes())])
    if not prefix and not suffix:
        return body
    return concat([prefix, Pieces.of(body), suffix], n).array()


@functools.lru_cache(maxsize=8)
def placeholder_postcodes(owner: Any) -> tuple[tuple[str, ...], dict[str, pa.Array]] | None:
    """en_GB's and en_IE's postcodes: a format (en_IE: one pattern) whose every character names a set that
    Faker draws one item of ("AN NEE": a postal zone letter, a digit, a space...). None for other locales."""
    from faker.providers.address.en_GB import Provider as British
    from faker.providers.address.en_IE import Provider as Irish

    method = getattr(type(owner), "postcode", None)
    if method is British.postcode:
        formats = tuple(owner.postcode_formats)
    elif method is Irish.postcode:
        formats = (owner.postcode_pattern,)
    else:
        return None
    sets = {str(k): arrays.strings([str(item) for item in v]) for k, v in owner._postcode_sets.items()}
    if not formats or any(ch not in sets for f in formats for ch in f):
        return None
    return formats, sets


def placeholder_codes(formats: tuple[str, ...], sets: dict[str, pa.Array], block: Block, n: int,
                      key: str) -> Pieces:
    """n codes as Faker's placeholder loop makes them: a format drawn evenly, then one item of each
    placeholder's set, evenly."""
    choice = block.rng(key, "format").integers(0, len(formats), n)
    groups, order = [], []
    for f, fmt in enumerate(formats):
        where = np.flatnonzero(choice == f)
        if not len(where):
            continue
        parts = [Pieces.words(sets[ch], block.rng(key, f, i).integers(0, len(sets[ch]), len(where)), static=True)
                 for i, ch in enumerate(fmt)]
        groups.append(concat(parts, len(where)))
        order.append(where)
    return interleave(groups, order, n)
