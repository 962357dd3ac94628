"""Text built from pieces: each row is a few words picked by position from some source string arrays.

Until the end a row's pieces are only integers, so joining texts, mixing formats and putting subsets of rows
back in order move integers, not bytes. The text is then made by one `take` over the sources: a take's data
buffer holds its values end to end, so the pieces of a row, taken in order, already spell the row, and the
rows start at every `width`-th offset. Rows of one text all have `width` pieces (shorter ones end in empty
pieces). Literal text next to a word list is folded into a copy of the list ("{{last_name}}, " draws from
last names with ", " already appended), so it costs no piece.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from functools import lru_cache
from typing import TypeAlias

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from .. import arrays


class Pieces:
    """n rows of text, `width` pieces each. `flat` holds the pieces' positions in the sources laid end to end,
    row after row (int64, or int32 where the sources are small: lorem's grids); `cols` (when known) is the
    source each of the `width` columns draws from; `static` marks one word per row from a long-lived word
    list, which literal text may be folded into."""

    __slots__ = ("cols", "flat", "n", "sources", "static", "width")

    def __init__(self, n: int, sources: list[pa.Array], flat: np.ndarray, width: int,
                 cols: tuple[int, ...] | None = None, static: bool = False) -> None:
        self.n, self.sources, self.flat, self.width, self.cols, self.static = n, sources, flat, width, cols, static

    @classmethod
    def words(cls, values: pa.Array, index: np.ndarray, *, static: bool = False) -> Pieces:
        """values[index[i]] for each row i. static: `values` is a word list that outlives the block."""
        return cls(len(index), [values], index, 1, (0,), static)

    @classmethod
    def of(cls, array: pa.Array, rows: np.ndarray | None = None) -> Pieces:
        """An array's values (or those at `rows`), one piece per row."""
        return cls.words(array, np.arange(len(array), dtype=np.int64) if rows is None else rows)

    @classmethod
    def literal(cls, text: str, n: int) -> Pieces:
        return cls(n, [_literal(text)], np.broadcast_to(np.int64(0), (n,)), 1, (0,))

    def select(self, rows: np.ndarray) -> Pieces:
        """The given rows, in that order."""
        flat = self.flat.reshape(self.n, self.width)[rows].reshape(-1)
        return Pieces(len(rows), self.sources, flat, self.width, self.cols, self.static)

    def array(self) -> pa.Array:
        """The text: one take over the sources, cut every `width` pieces. A null piece reads as ""."""
        sources = [s if s.type == pa.string() else s.cast(pa.string()) for s in self.sources]
        values = sources[0] if len(sources) == 1 else pa.concat_arrays(sources)
        if values.null_count:
            values = pc.fill_null(values, _literal("")[0])
        flat = self.flat  # int32 positions (lorem's grids) are taken as they are, not widened to int64
        taken = values.take(arrays.from_numpy(flat) if flat.dtype == np.int32 else arrays.indices(flat))
        if self.width == 1:
            return taken
        if self.width == 0:
            return arrays.repeat("", self.n)
        offsets = np.frombuffer(taken.buffers()[1], np.int32, count=len(self.flat) + 1)[:: self.width]
        return pa.Array.from_buffers(pa.string(), self.n, [None, pa.py_buffer(np.ascontiguousarray(offsets)),
                                                           taken.buffers()[2]])


Part: TypeAlias = Pieces | pa.Array | pa.ChunkedArray | str


def as_array(value: Pieces | pa.Array) -> pa.Array:
    return value.array() if isinstance(value, Pieces) else value


def concat(parts: Sequence[Part], n: int) -> Pieces:
    """Row i is row i of every part, end to end (a str part is the same text on every row)."""
    return assemble([parts], None, n)


def interleave(texts: Sequence[Pieces], order: Sequence[np.ndarray], n: int) -> Pieces:
    """Rows made for subsets, back in row order: texts[j] holds the rows order[j] (together, every row once)."""
    return assemble([[t] for t in texts], order, n)


def assemble(groups: Sequence[Sequence[Part]], order: Sequence[np.ndarray] | None, n: int) -> Pieces:
    """concat each group of parts, then interleave the groups (order None: one group, all rows in order);
    both in one pass, straight into the result's grid of positions."""
    sizes = [n] if order is None else [len(rows) for rows in order]
    texts = [_folded(parts, size) for parts, size in zip(groups, sizes)]
    if not texts:
        return Pieces.literal("", n)
    if order is None and len(texts[0]) == 1:
        return texts[0][0]
    widths = [sum(p.width for p in text) for text in texts]
    width = max(widths)
    if any(w < width for w in widths):  # shorter rows end in empty pieces
        texts = [text + [Pieces.literal("", size)] * (width - w) for text, size, w in zip(texts, sizes, widths)]
    sources, shifts, cols = _merged([p for text in texts for p in text])
    grid = np.empty((n, width), dtype=np.int64)
    done = 0
    layouts = set()  # each group's column sources, if known
    for g, text in enumerate(texts):
        at = 0
        for p in text:
            shift = _grid_shift(shifts[done], p)
            if order is None:
                np.add(p.flat.reshape(n, p.width), shift, out=grid[:, at:at + p.width], dtype=np.int64)
            else:
                grid[order[g], at:at + p.width] = np.add(p.flat.reshape(p.n, p.width), shift, dtype=np.int64)
            at += p.width
            done += 1
        known = cols[done - len(text):done]
        laid = [part for part in known if part is not None]
        layouts.add(tuple(c for part in laid for c in part) if len(laid) == len(known) else None)
    return Pieces(n, sources, grid.reshape(-1), width, layouts.pop() if len(layouts) == 1 else None)


def _folded(parts: Sequence[Part], n: int) -> list[Pieces]:
    """The parts as Pieces, with literal text folded into a neighbouring word list where there is one."""
    out: list[Pieces] = []
    prefix = ""
    for part in parts:
        if isinstance(part, pa.ChunkedArray):
            part = part.combine_chunks()
        if isinstance(part, pa.Array):
            part = Pieces.of(part)
        if isinstance(part, str):
            if not part:
                continue
            last = out[-1] if out else None
            if last is not None and last.static and not prefix:
                out[-1] = Pieces.words(_affixed(last.sources[0], "", part), last.flat, static=True)
            else:
                prefix += part
            continue
        if prefix and part.static:
            part = Pieces.words(_affixed(part.sources[0], prefix, ""), part.flat, static=True)
        elif prefix:
            out.append(Pieces.literal(prefix, n))
        prefix = ""
        out.append(part)
    if prefix or not out:
        out.append(Pieces.literal(prefix, n))
    return out


# What moves a text's positions into merged sources: one for all, per column, per piece.
Shift: TypeAlias = int | np.ndarray


def _grid_shift(shift: Shift, p: Pieces) -> Shift:
    """The shift shaped to add to p's (n, width) grid of positions."""
    if isinstance(shift, np.ndarray) and shift.size == p.n * p.width:
        return shift.reshape(p.n, p.width)
    return shift  # an int, or one per column (broadcast over the rows)


def _merged(texts: Sequence[Pieces]) -> tuple[list[pa.Array], list[Shift], list[tuple[int, ...] | None]]:
    """One source list for several texts (an array shared by some of them appears once); what to add to
    each text's positions to point into it, and its column sources (if known) renumbered for it."""
    sources: list[pa.Array] = []
    where: dict[int, tuple[int, int]] = {}  # id(source) -> (its number, its start) in the merged list
    size = 0
    shifts, cols = [], []
    for p in texts:
        starts, numbers = [], []
        for s in p.sources:
            if id(s) not in where:
                where[id(s)] = (len(sources), size)
                sources.append(s)
                size += len(s)
            numbers.append(where[id(s)][0])
            starts.append(where[id(s)][1])
        shifts.append(_shift(p, starts))
        cols.append(None if p.cols is None else tuple(numbers[c] for c in p.cols))
    return sources, shifts, cols


def _shift(p: Pieces, starts: list[int]) -> Shift:
    """What moves p's positions from its own source list to the merged one."""
    if len(starts) == 1:
        return starts[0]
    old = np.cumsum([0] + [len(s) for s in p.sources[:-1]])
    shift = np.asarray(starts) - old
    if np.all(shift == shift[0]):
        return int(shift[0])
    if p.cols is not None:  # one shift per column of the grid
        return shift[list(p.cols)]
    return shift[np.searchsorted(old, p.flat, side="right") - 1]


@lru_cache(maxsize=1024)
def _literal(text: str) -> pa.Array:
    return arrays.strings([text])  # one array per text, so texts that share a literal share its source


_AFFIXED: dict[tuple[int, str, str], tuple[pa.Array, pa.Array]] = {}
_AFFIXED_LOCK = threading.Lock()


def _affixed(values: pa.Array, before: str, after: str) -> pa.Array:
    """The word list with text before and after every word; made once per list and text."""
    key = (id(values), before, after)
    with _AFFIXED_LOCK:
        hit = _AFFIXED.get(key)
        if hit is not None and hit[0] is values:
            return hit[1]
    n = len(values)
    made = pc.binary_join_element_wise(arrays.repeat(before, n), values.cast(pa.string()), arrays.repeat(after, n),
                                       arrays.repeat("", n))
    with _AFFIXED_LOCK:
        if len(_AFFIXED) >= 4096:
            _AFFIXED.clear()
        _AFFIXED[key] = (values, made)  # holding `values` keeps its id from being reused
    return made
