"""Uniqueness for text columns no bijection covers: a table-wide set of hashes, duplicates get a suffix."""

from __future__ import annotations

import numpy as np
import pyarrow as pa

from .. import arrays
from .block import Block

_INITIAL_TRIES = 4  # tries with middle initials before numbers: "John K. Smith" twice, then "John K. L. Smith"
_M1, _M2 = np.uint64(0xBF58476D1CE4E5B9), np.uint64(0x94D049BB133111EB)


def _mix(z: np.ndarray) -> np.ndarray:
    """splitmix64's finaliser: every input bit reaches every output bit."""
    z = (z ^ (z >> np.uint64(30))) * _M1
    z = (z ^ (z >> np.uint64(27))) * _M2
    return z ^ (z >> np.uint64(31))


def hashes(array: pa.Array) -> np.ndarray:
    """A 64-bit hash of each string's bytes (a null hashes like ""), the same on every machine and run.
    The strings are laid out as rows of 8-byte words, zero-padded (one masked copy of Arrow's data), then
    mixed in word by word: a few numpy passes, no Python object per value."""
    array = array.cast(pa.large_string())
    n = len(array)
    if not n:
        return np.empty(0, dtype=np.uint64)
    _, offsets_buffer, data_buffer = array.buffers()
    offsets = np.frombuffer(offsets_buffer, dtype=np.int64, count=n + 1, offset=8 * array.offset)
    data = np.frombuffer(data_buffer, dtype=np.uint8) if data_buffer is not None else np.empty(0, np.uint8)
    lengths = np.diff(offsets)
    width = -(-int(lengths.max()) // 8) * 8
    padded = np.zeros((n, width), dtype=np.uint8)
    padded[np.arange(width) < lengths[:, None]] = data[offsets[0]:offsets[-1]]  # row by row, in order
    words = padded.view("<u8")
    state = _mix(lengths.astype(np.uint64))
    for k in range(words.shape[1]):  # a string's own words only, so its hash is the same in any array
        longer = np.flatnonzero(lengths > 8 * k)
        state[longer] = _mix(state[longer] ^ words[longer, k])
    return state


def _firsts(keys: np.ndarray) -> np.ndarray:
    """True at the first occurrence of each key."""
    first = np.zeros(len(keys), dtype=bool)
    first[np.unique(keys, return_index=True)[1]] = True
    return first


def _within(run: np.ndarray, keys: np.ndarray) -> np.ndarray:
    """Which keys the sorted array `run` holds."""
    if not len(run):
        return np.zeros(len(keys), dtype=bool)
    return run[np.searchsorted(run, keys).clip(0, len(run) - 1)] == keys


class HashSet:
    """A growing set of 64-bit hashes kept as sorted runs whose sizes at least double down the list, so adding
    a block costs amortised O(log n) per hash (one sorted array merged anew per block grows quadratic)."""

    def __init__(self) -> None:
        self.runs: list[np.ndarray] = []

    def has(self, keys: np.ndarray) -> np.ndarray:
        if not self.runs:
            return np.zeros(len(keys), dtype=bool)
        order = np.argsort(keys)
        ordered = keys[order]  # sorted, the look-ups walk each run in order (several times faster)
        found = np.zeros(len(keys), dtype=bool)
        for run in self.runs:
            found |= _within(run, ordered)
        result = np.empty_like(found)
        result[order] = found
        return result

    def add(self, keys: np.ndarray) -> None:
        run = np.sort(keys)
        while self.runs and len(self.runs[-1]) <= 2 * len(run):
            run = np.concatenate([self.runs.pop(), run])
            run.sort(kind="stable")  # in place; timsort merges the two sorted halves in one pass
        self.runs.append(run)


class UniqueGuard:
    """Keeps the hashes of every value a column has produced; a repeat is changed until it is new: a person's
    name gets a middle initial ("John K. Smith"; the first tries, Latin script), anything else a number, one
    more digit at every try (2, 3, 4...; an email's before the '@'). Deterministic: the changes come from the
    block's rng. `prefixes`: for person names, the locale's name prefixes ("Dr.", "Frau") to step over."""

    def __init__(self, name: str, prefixes: frozenset[str] | None = None) -> None:
        self.name = name
        self.prefixes = prefixes
        self.seen = HashSet()

    def apply(self, array: pa.Array, block: Block) -> pa.Array:
        keys, present = hashes(array), arrays.valid(array)
        clash = present & (~_firsts(keys) | self.seen.has(keys))
        bad = np.flatnonzero(clash)
        if not len(bad):
            self.seen.add(keys[present])
            return array
        originals = array.take(arrays.indices(bad)).to_pylist()
        values: list[str] = list(originals)
        todo = np.arange(len(bad))  # positions in `bad` still clashing
        kept = np.sort(keys[present & ~clash])  # this block's values so far
        attempt = 0
        while len(todo):
            attempt += 1
            rng = block.rng(self.name, "unique", attempt)
            if self.prefixes is not None and attempt <= _INITIAL_TRIES:
                letters = rng.integers(65, 91, (len(todo), 1 if attempt <= _INITIAL_TRIES // 2 else 2))
                for i, initials in zip(todo.tolist(), letters.tolist()):
                    middle = " ".join(f"{chr(c)}." for c in initials)
                    values[i] = _with_initial(originals[i], middle, self.prefixes) or originals[i]
            else:
                digits = min(1 + attempt - (_INITIAL_TRIES if self.prefixes is not None else 0), 12)
                suffixes = rng.integers(10 ** (digits - 1), 10**digits, len(todo))
                for i, s in zip(todo.tolist(), suffixes.tolist()):
                    values[i] = _with_suffix(originals[i], s)
            fresh = hashes(arrays.strings([values[i] for i in todo]))
            ok = _firsts(fresh) & ~_within(kept, fresh) & ~self.seen.has(fresh)
            kept = np.sort(np.concatenate([kept, fresh[ok]]), kind="stable")
            todo = todo[~ok]
        self.seen.add(kept)
        positions = np.arange(len(array), dtype=np.int64)
        positions[bad] = len(array) + np.arange(len(bad))
        return pa.concat_arrays([array.cast(pa.string()), arrays.strings(values).cast(pa.string())]).take(
            arrays.indices(positions))


def _with_initial(value: str, middle: str, prefixes: frozenset[str]) -> str | None:
    """The name with middle initials after the given name, or None if it has no room for them."""
    if any(ord(c) >= 0x250 for c in value):  # beyond Latin script, initials are not how names differ
        return None
    words = value.split(" ")
    at = 0
    while at < len(words) - 1 and words[at] in prefixes:
        at += 1
    if at >= len(words) - 1:
        return None
    return " ".join([*words[:at + 1], middle, *words[at + 1:]])


def _with_suffix(value: str, suffix: int) -> str:
    text = str(value)
    at = text.find("@")
    return f"{text[:at]}{suffix}{text[at:]}" if at > 0 else f"{text}{suffix}"
