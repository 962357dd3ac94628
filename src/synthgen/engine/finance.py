"""Identifiers with structure and check digits, in bulk, as Faker makes them: card numbers (Luhn), BBAN and
IBAN (ISO 13616 mod 97), ABA routing numbers, US social security numbers. Each is a matrix of ASCII codes,
one row per value, filled column by column."""

from __future__ import annotations

import string
from typing import Any

import numpy as np
import pyarrow as pa

from .block import Block
from .patterns import fixed_width_strings, parse_pattern, render_matrix, zero_padded
from .pieces import Pieces, concat, interleave

_ZERO = ord("0")
_LUHN = np.array([0, 2, 4, 6, 8, 1, 3, 5, 7, 9])  # a doubled digit's digit sum


def _digits(rng: np.random.Generator, shape: tuple[int, int]) -> np.ndarray:
    return (rng.integers(0, 10, shape) + _ZERO).astype(np.uint8)


def _pattern(pattern: str, rng: np.random.Generator, n: int) -> np.ndarray:
    """Faker's numerify + '?' as an uppercase letter, as a matrix (patterns without optional slots)."""
    return render_matrix(parse_pattern(pattern, numerify=True, letters=string.ascii_uppercase), n, rng)


def card_numbers(owner: Any, block: Block, key: str) -> pa.Array:
    """Faker's credit_card_number(): a card type (any key of its table, aliases included), one of its
    prefixes ('%' and '#' numerified), random digits to the type's length, and the Luhn check digit."""
    rng, n = block.rng(key), block.n
    cards = [owner.credit_card_types[k] for k in owner.credit_card_types]
    kind = rng.integers(0, len(cards), n)
    texts, order = [], []
    for length in sorted({c.length for c in cards}):
        rows = np.flatnonzero(np.isin(kind, [i for i, c in enumerate(cards) if c.length == length]))
        if not len(rows):
            continue
        number = _digits(rng, (len(rows), length))
        for i in np.unique(kind[rows]):
            mine = np.flatnonzero(kind[rows] == i)
            prefixes = cards[i].prefixes
            which = rng.integers(0, len(prefixes), len(mine))
            for j, prefix in enumerate(prefixes):
                at = mine[which == j]
                number[at, :len(prefix)] = _pattern(prefix, rng, len(at))
        payload = number[:, :-1].astype(np.int64) - _ZERO
        reverse = payload[:, ::-1]
        total = _LUHN[reverse[:, 0::2]].sum(axis=1) + reverse[:, 1::2].sum(axis=1)
        number[:, -1] = (10 - total % 10) % 10 + _ZERO
        texts.append(Pieces.of(fixed_width_strings(number)))
        order.append(rows)
    return interleave(texts, order, n).array()


def bban_matrix(owner: Any, rng: np.random.Generator, n: int) -> np.ndarray:
    return _pattern(owner.bban_format, rng, n)


def iban(owner: Any, block: Block, key: str) -> pa.Array:
    """Faker's iban(): country code, two check digits (98 - number mod 97, letters as 10..35), the BBAN."""
    rng, n = block.rng(key), block.n
    bban = bban_matrix(owner, rng, n)
    country = np.frombuffer(owner.country_code.encode("ascii"), dtype=np.uint8)
    tail = np.concatenate([bban, np.broadcast_to(np.append(country, [_ZERO, _ZERO]), (n, 4))], axis=1)
    rest = np.zeros(n, dtype=np.int64)
    for column in tail.T:
        letter = column >= ord("A")
        value = np.where(letter, column.astype(np.int64) - ord("A") + 10, column.astype(np.int64) - _ZERO)
        rest = (rest * np.where(letter, 100, 10) + value) % 97
    check = 98 - rest
    head = np.empty((n, 4), dtype=np.uint8)
    head[:, :2] = country
    head[:, 2], head[:, 3] = check // 10 + _ZERO, check % 10 + _ZERO
    return fixed_width_strings(np.concatenate([head, bban], axis=1))


def bban(owner: Any, block: Block, key: str) -> pa.Array:
    return fixed_width_strings(bban_matrix(owner, block.rng(key), block.n))


def aba(block: Block, key: str) -> pa.Array:
    """Faker's aba(): a Federal Reserve district 01-12, six digits, and the 3-7-1 check digit."""
    rng, n = block.rng(key), block.n
    d = np.empty((n, 9), dtype=np.int64)
    district = rng.integers(1, 13, n)
    d[:, 0], d[:, 1] = district // 10, district % 10
    d[:, 2:8] = rng.integers(0, 10, (n, 6))
    total = 3 * (d[:, 0] + d[:, 3] + d[:, 6]) + 7 * (d[:, 1] + d[:, 4] + d[:, 7]) + d[:, 2] + d[:, 5]
    d[:, 8] = (-total) % 10  # ceil(total / 10) * 10 - total
    return fixed_width_strings((d + _ZERO).astype(np.uint8))


def us_ssn(block: Block, key: str) -> pa.Array:
    """en_US ssn(): area 001-899 (666 becomes 667), group 01-99, serial 0001-9999."""
    rng, n = block.rng(key), block.n
    area = rng.integers(1, 900, n)
    area[area == 666] = 667
    group, serial = rng.integers(1, 100, n), rng.integers(1, 10000, n)
    return concat([Pieces.of(zero_padded(area, 3)), "-", Pieces.of(zero_padded(group, 2)), "-",
                   Pieces.of(zero_padded(serial, 4))], n).array()


def ean(length: int, block: Block, key: str) -> pa.Array:
    """Faker's ean(length) without prefixes: random digits and the check digit (weights 1,3,... for EAN-13,
    3,1,... for EAN-8)."""
    rng, n = block.rng(key), block.n
    code = rng.integers(0, 10, (n, length))
    weights = np.resize([1, 3] if length == 13 else [3, 1], length - 1)
    code[:, -1] = (10 - (code[:, :-1] @ weights) % 10) % 10
    return fixed_width_strings((code + _ZERO).astype(np.uint8))


def security_codes(owner: Any, block: Block, key: str) -> pa.Array:
    """Faker's credit_card_security_code(): a card type (any key), then as many digits as its code has."""
    rng, n = block.rng(key), block.n
    lengths = np.array([owner.credit_card_types[k].security_code_length for k in owner.credit_card_types])
    width = lengths[rng.integers(0, len(lengths), n)]
    texts, order = [], []
    for size in np.unique(width):
        rows = np.flatnonzero(width == size)
        texts.append(Pieces.of(zero_padded(rng.integers(0, 10**int(size), len(rows)), int(size))))
        order.append(rows)
    return interleave(texts, order, n).array()
