"""Pattern strings in bulk: Faker's numerify/lexify/bothify/hexify placeholders, hex digests and UUIDs."""

from __future__ import annotations

import string
from dataclasses import dataclass

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from .. import arrays
from .permute import permute

DIGITS = "0123456789"
_EMPTY = "\x00"  # marks an optional placeholder ('!' or '@') that drew "empty"; removed afterwards


@dataclass(frozen=True)
class Slot:
    """One character position: a constant, or a draw from an alphabet (optionally possibly empty)."""

    alphabet: str
    optional: bool = False

    @property
    def size(self) -> int:
        return len(self.alphabet) + (1 if self.optional else 0)


def parse_pattern(text: str, *, numerify: bool = True, letters: str | None = None,
                  hexify: bool = False, upper: bool = False) -> list[Slot]:
    """Slots of a Faker pattern: '#' 0-9, '%' 1-9, '$' 2-9, '!' 0-9 or empty, '@' 1-9 or empty, '?' a letter,
    '^' a hex digit (hexify); anything else is literal."""
    slots = []
    hexdigits = "0123456789ABCDEF" if upper else "0123456789abcdef"
    for ch in text:
        if numerify and ch == "#":
            slots.append(Slot(DIGITS))
        elif numerify and ch == "%":
            slots.append(Slot(DIGITS[1:]))
        elif numerify and ch == "$":
            slots.append(Slot(DIGITS[2:]))
        elif numerify and ch == "!":
            slots.append(Slot(DIGITS, optional=True))
        elif numerify and ch == "@":
            slots.append(Slot(DIGITS[1:], optional=True))
        elif letters is not None and ch == "?":
            slots.append(Slot(letters))
        elif hexify and ch == "^":
            slots.append(Slot(hexdigits))
        else:
            slots.append(Slot(ch))
    return slots


def capacity(slots: list[Slot]) -> int:
    """How many distinct strings the slots can make (an upper bound when optional slots exist)."""
    total = 1
    for slot in slots:
        total *= slot.size
    return total


def _choices(slot: Slot, draws: np.ndarray) -> np.ndarray:
    table = np.frombuffer((slot.alphabet + (_EMPTY if slot.optional else "")).encode("ascii"), dtype=np.uint8)
    return table[draws]


def render(slots: list[Slot], n: int, rng: np.random.Generator, *, unique_index: np.ndarray | None = None,
           key: int = 0) -> pa.Array:
    """n strings from the slots. With unique_index (global row indexes), strings are distinct across the
    whole table: the variable slots spell a keyed permutation of the index in mixed radix."""
    if any(ord(c) > 127 for s in slots for c in s.alphabet):
        return _render_unicode(slots, n, rng)
    variable = [i for i, s in enumerate(slots) if s.size > 1]
    digits: dict[int, np.ndarray] = {}
    if unique_index is not None and variable:
        # Use as many trailing variable slots as fit in 2**62 for the permuted part; draw the rest freely.
        chosen, cap = [], 1
        for i in reversed(variable):
            if cap * slots[i].size > 2**62:
                break
            chosen.append(i)
            cap *= slots[i].size
        value = permute(unique_index, cap, key)
        for i in chosen:
            size = np.uint64(slots[i].size)
            digits[i] = (value % size).astype(np.int64)
            value = value // size
    out = fixed_width_strings(render_matrix(slots, n, rng, digits))
    if any(s.optional for s in slots):
        out = pc.replace_substring(out, _EMPTY, "")
    return out


def render_matrix(slots: list[Slot], n: int, rng: np.random.Generator,
                  digits: dict[int, np.ndarray] | None = None) -> np.ndarray:
    """The (n, slots) matrix of ASCII codes: constants, and draws (or the given `digits` for some slots)."""
    matrix = np.empty((n, len(slots)), dtype=np.uint8)
    for i, slot in enumerate(slots):
        if slot.size == 1:
            matrix[:, i] = ord(slot.alphabet)
        else:
            draws = digits[i] if digits and i in digits else rng.integers(0, slot.size, n)
            matrix[:, i] = _choices(slot, draws)
    return matrix


def fixed_width_strings(matrix: np.ndarray) -> pa.Array:
    """An Arrow string array over an (n, width) matrix of ASCII bytes, without a per-row loop."""
    n, width = matrix.shape
    offsets = np.arange(0, (n + 1) * width, width, dtype=np.int32) if width else np.zeros(n + 1, np.int32)
    data = np.ascontiguousarray(matrix)
    return pa.Array.from_buffers(pa.string(), n, [None, pa.py_buffer(offsets), pa.py_buffer(data)])


def zero_padded(values: np.ndarray, width: int) -> pa.Array:
    """Non-negative integers as decimal text, zero-padded to `width` digits (02134), without a per-row loop."""
    matrix = np.empty((len(values), width), dtype=np.uint8)
    rest = np.asarray(values, dtype=np.int64).copy()
    for i in range(width - 1, -1, -1):
        matrix[:, i] = ord("0") + rest % 10
        rest //= 10
    return fixed_width_strings(matrix)


def _render_unicode(slots: list[Slot], n: int, rng: np.random.Generator) -> pa.Array:
    parts = []
    for slot in slots:
        choices = np.array(list(slot.alphabet) + ([""] if slot.optional else []), dtype=object)
        parts.append(arrays.strings(choices[rng.integers(0, len(choices), n)].tolist()))
    return pc.binary_join_element_wise(*parts, arrays.repeat("", n)) if parts else arrays.repeat("", n)


def hex_strings(n: int, length: int, rng: np.random.Generator) -> pa.Array:
    """n random lowercase hex strings of `length` characters (md5, sha1, sha256)."""
    return render([Slot("0123456789abcdef")] * length, n, rng)


def uuid4_strings(n: int, rng: np.random.Generator) -> pa.Array:
    """n random version-4 UUIDs in canonical form."""
    raw = np.frombuffer(rng.bytes(n * 16), dtype=np.uint8).reshape(n, 16).copy()
    raw[:, 6] = (raw[:, 6] & 0x0F) | 0x40
    raw[:, 8] = (raw[:, 8] & 0x3F) | 0x80
    nibbles = _HEX_PAIRS[raw].view(np.uint8).reshape(n, 32)
    out = np.full((n, 36), ord("-"), dtype=np.uint8)
    for src, dst, width in ((0, 0, 8), (8, 9, 4), (12, 14, 4), (16, 19, 4), (20, 24, 12)):
        out[:, dst:dst + width] = nibbles[:, src:src + width]
    return fixed_width_strings(out)


LETTERS = string.ascii_letters
# Each byte value as its two lowercase hex characters, packed in a little-endian uint16.
_HEX_PAIRS = np.array([ord(f"{b:02x}"[0]) | ord(f"{b:02x}"[1]) << 8 for b in range(256)], dtype="<u2")
