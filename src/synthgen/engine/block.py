"""Blocks and seeding: every random draw of a block flows from (seed, block index, a stable key)."""

from __future__ import annotations

import datetime as dt
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pyarrow as pa
from faker import Faker

from .. import arrays, clock

BLOCK_ROWS = 32768  # rows per block; fixed, so output never depends on how the stream is consumed
BLOCK_BYTES = 16 << 20  # wide schemas get fewer rows per block (a power of two), so a block stays near this
MIN_BLOCK_ROWS = 8


def stable_key(text: str) -> int:
    """A key that depends only on the text (not on Python's per-process hash salt)."""
    return zlib.crc32(text.encode("utf-8"))


@dataclass
class Block:
    """One block of rows being made: its place in the table and its random sources."""

    seed: int
    index: int
    start: int  # global index of the block's first row
    n: int
    fakers: Callable[[], Faker]  # the Faker instance this block holds, taken on first use (most blocks need none)
    memo: dict[Any, Any] = field(default_factory=dict)  # shared values: entities, finished columns
    now: dt.datetime | None = None  # the request's clock reading, which relative dates resolve against

    @property
    def moment(self) -> dt.datetime:
        """The moment "today" and "now" mean for this block: the request's (read once per request)."""
        if self.now is None:
            self.now = clock.now()
        return self.now

    def rng(self, *key: int | str) -> np.random.Generator:
        """A numpy generator for this block and key; the same key always gives the same stream."""
        ints = [k if isinstance(k, int) else stable_key(k) for k in key]
        return np.random.default_rng([self.seed, self.index, *ints])

    def seeded_faker(self, *key: int | str) -> Faker:
        """The locale's Faker instance, reseeded for this block and key (seed_instance, never Faker.seed)."""
        state = self.rng(*key, "faker").integers(0, 2**63 - 1)
        faker = self.fakers()
        faker.seed_instance(int(state))
        return faker

    @property
    def row_ids(self) -> np.ndarray:
        """Global row indexes of this block."""
        return np.arange(self.start, self.start + self.n, dtype=np.int64)


def with_nulls(array: pa.Array, rng: np.random.Generator, rate: float) -> pa.Array:
    """Blank out cells at `rate`, drawn from `rng`."""
    if rate <= 0:
        return array
    mask = rng.random(len(array)) < rate
    if not mask.any():
        return array
    return pa.compute.if_else(arrays.from_numpy(mask), pa.nulls(len(array), array.type), array)
