"""Lorem text in bulk, as Faker's lorem provider makes it: sentence, paragraph and text, built as Pieces.

Each word slot of a row becomes one piece drawn from a variant of the word list that already carries what
follows the word ("Word " opening a sentence, "word " inside it, "word." closing it, "word. " when another
sentence follows), so a row is a single take. The locale's word connector and sentence punctuation are
Faker's own (ja_JP joins words with nothing and ends with "。").

text() follows Faker's rule: below 25 characters (max_nb_chars) words, below 100 whole sentences, above
that whole paragraphs, joined while they stay under the limit. Unlike Faker, paragraphs are joined by the
word connector rather than a newline, which keeps every CSV record on one line.
"""

from __future__ import annotations

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from .. import arrays
from .block import Block
from .pieces import Pieces, interleave

# Variants of the word list, in the order they sit in Lorem.source.
_OPEN, _OPEN_END, _OPEN_END_MORE, _INNER, _END, _END_MORE, _CAP, _CAP_END = range(8)
_EMPTY = 8  # one empty string after the variants
_TRIES = 30  # draws of a row's text before it falls back to words


class Lorem:
    """A word list with its variants, the locale's connector and punctuation, and each word's length."""

    def __init__(self, words: list[str], connector: str = " ", punctuation: str = ".") -> None:
        self.size = len(words)
        self.connector, self.punctuation = connector, punctuation
        c, p = connector, punctuation
        capital = [w[:1].upper() + w[1:] for w in words]  # text() capitalises like this; sentence() titles
        variants = ([w.title() + c for w in words], [w.title() + p for w in words],
                    [w.title() + p + c for w in words], [w + c for w in words], [w + p for w in words],
                    [w + p + c for w in words], [w + c for w in capital], [w + p for w in capital])
        self.source = arrays.strings([v for variant in variants for v in variant] + [""])
        self.lengths = np.array([len(w) for w in words], dtype=np.int64)  # characters, as Faker counts
        self.empty = _EMPTY * self.size

    @classmethod
    def of(cls, owner: object, words: list[str]) -> Lorem:
        """For a locale's lorem provider (its connector and punctuation), with these words."""
        return cls(words, getattr(owner, "word_connector", " "), getattr(owner, "sentence_punctuation", "."))

    def randomized(self, nb: int, variable: bool, rng: np.random.Generator, size: int | tuple) -> np.ndarray:
        if not variable:
            return np.full(size, max(nb, 0), dtype=np.int64)
        return np.maximum((nb * rng.integers(60, 141, size)) // 100, 1)  # Faker's randomize_nb_elements

    def sentences(self, counts: np.ndarray, lengths: np.ndarray, rng: np.random.Generator) -> Pieces:
        """Rows of counts[i] sentences joined by the connector; sentence k has lengths[k] words (k counts
        through all rows' sentences in order)."""
        index = rng.integers(0, max(self.size, 1), int(lengths.sum()))
        return self._place(counts, lengths, index)

    def _place(self, counts: np.ndarray, lengths: np.ndarray, index: np.ndarray) -> Pieces:
        n = len(counts)
        more = np.ones(len(lengths), dtype=bool)  # another sentence of the row follows
        more[np.cumsum(counts[counts > 0]) - 1] = False
        kind = self._kinds(lengths, more, index)
        through = np.zeros(len(lengths) + 1, dtype=np.int64)  # words before each sentence, and in all
        np.cumsum(lengths, out=through[1:])
        last = np.cumsum(counts)
        words = through[last] - through[last - counts]  # per row
        width = int(words.max(initial=0))
        grid = np.full((n, width), self.empty, dtype=np.int32)
        grid[np.arange(width) < words[:, None]] = kind  # row by row, in order
        return Pieces(n, [self.source], grid.reshape(-1), width)

    def _kinds(self, lengths: np.ndarray, more: np.ndarray, index: np.ndarray) -> np.ndarray:
        """Each word's piece (int32): its index in the variant its place in the sentence calls for. Sentence k
        has lengths[k] words; more[k]: another sentence of the row follows it."""
        ends = np.cumsum(lengths) - 1  # each sentence's last word
        starts = ends - (lengths - 1)
        kind = np.full(len(index), _INNER, dtype=np.int32)
        kind[ends] = np.where(more, _END_MORE, _END)
        kind[starts] = np.where(lengths == 1, np.where(more, _OPEN_END_MORE, _OPEN_END), _OPEN)
        kind *= self.size
        kind += index.astype(np.int32, copy=False)
        return kind

    def words_text(self, n: int, max_chars: int, rng: np.random.Generator) -> Pieces:
        """Faker's text() under 25 characters: words while they stay under the limit, a capital, punctuation."""
        step = len(self.connector)
        shortest = int(self.lengths.min()) if self.size else 1
        slots = min(max_chars // max(shortest + step, 1) + 1, 400)
        index = rng.integers(0, max(self.size, 1), (n, slots))
        short = np.flatnonzero(self.lengths < max_chars)
        if len(short):  # Faker starts over until the first word fits: the first word is a short one
            index[:, 0] = short[rng.integers(0, len(short), n)]
        sizes = self.lengths[index] + step
        sizes[:, 0] -= step
        kept = np.maximum((np.cumsum(sizes, axis=1) < max_chars).sum(axis=1), 1)
        column = np.arange(slots)
        kind = np.where(column == 0, np.where(kept[:, None] == 1, _CAP_END, _CAP),
                        np.where(column == kept[:, None] - 1, _END, _INNER))
        grid = np.where(column < kept[:, None], kind * self.size + index, self.empty)
        width = int(kept.max(initial=0))
        return Pieces(n, [self.source], np.ascontiguousarray(grid[:, :width]).reshape(-1), width)

    def text(self, n: int, max_chars: int, rng: np.random.Generator) -> Pieces:
        """Faker's text(): words below 25 characters, whole sentences below 100, whole paragraphs above, added
        while the text stays under max_chars. Like Faker, a row whose first sentence (or paragraph) is already
        too long draws it again; rows still without one after _TRIES draws get words instead."""
        if max_chars < 25:
            return self.words_text(n, max_chars, rng)
        per_unit = 1 if max_chars < 100 else 3  # sentences per paragraph, randomised as Faker does
        step, stop = len(self.connector), len(self.punctuation)
        used = np.zeros(n, dtype=np.int64)  # characters so far
        units = np.zeros(n, dtype=np.int64)  # units kept
        words = np.zeros(n, dtype=np.int64)  # words kept
        drawn: list[tuple[np.ndarray, ...]] = []  # each round's kept units: rows, sentences, words, int32 indexes
        misses = np.zeros(n, dtype=np.int64)  # first units drawn too long
        todo = np.arange(n)
        while len(todo):  # one more unit for each row still open
            per = self.randomized(per_unit, per_unit > 1, rng, len(todo))
            lengths = self.randomized(6, True, rng, int(per.sum()))
            index = rng.integers(0, max(self.size, 1), int(lengths.sum()))
            chars = np.add.reduceat(self.lengths[index], np.cumsum(lengths) - lengths) + (lengths - 1) * step + stop
            chars = np.add.reduceat(chars, np.cumsum(per) - per) + (per - 1) * step
            started = used[todo] > 0
            chars += np.where(started, step, 0)
            fits = used[todo] + chars < max_chars
            if fits.any():
                sentences = np.repeat(fits, per)
                owner, kept = todo[fits], per[fits]
                drawn.append((owner, kept, lengths[sentences], index[np.repeat(sentences, lengths)].astype(np.int32)))
                used[owner] += chars[fits]
                units[owner] += 1
                words[owner] += np.add.reduceat(drawn[-1][2], np.cumsum(kept) - kept)
            misses[todo[~started & ~fits]] += 1
            todo = todo[fits | ~started & (misses[todo] < _TRIES)]  # open while units fit, or it has none yet
        rows = np.flatnonzero(used)
        whole = self._laid_out(drawn, units, words, rows)
        fallback = np.flatnonzero(used == 0)
        if not len(fallback):
            return whole
        short = self.words_text(len(fallback), max_chars, rng)
        return interleave([whole, short], [rows, fallback], n) if len(rows) else short

    def _laid_out(self, drawn: list, units: np.ndarray, words: np.ndarray, rows: np.ndarray) -> Pieces:
        """The kept units of all rounds, each row's in round order, as the rows `rows` of one int32 grid. Each
        round's words go straight to their places: no array of all the block's words is ever reordered (that
        took about 66 MB of int64 working arrays for one 2,048-row block of 5,000-character texts)."""
        width = int(words.max(initial=0))
        at_row = np.zeros(len(units), dtype=np.int64)  # where each row's next word goes in the grid
        at_row[rows] = np.arange(len(rows), dtype=np.int64) * width
        grid = np.full(len(rows) * width, self.empty, dtype=np.int32)
        placed = np.zeros(len(units), dtype=np.int64)  # units placed so far, per row
        for owner, per, lengths, index in drawn:
            placed[owner] += 1
            more = np.ones(len(lengths), dtype=bool)  # another sentence of the row follows
            more[np.cumsum(per)[placed[owner] == units[owner]] - 1] = False  # a row's last unit's last sentence
            unit_words = np.add.reduceat(lengths, np.cumsum(per) - per)
            at = np.repeat(at_row[owner] - (np.cumsum(unit_words) - unit_words), unit_words)
            at += np.arange(len(index), dtype=np.int64)
            grid[at] = self._kinds(lengths, more, index)
            at_row[owner] += unit_words
        return Pieces(len(rows), [self.source], grid, width)


def sentence(lorem: Lorem, block: Block, key: str, nb: int, variable: bool) -> pa.Array:
    rng = block.rng(key, "sentence")
    if nb <= 0:
        return arrays.repeat("", block.n)
    lengths = lorem.randomized(nb, variable, rng, block.n)
    return lorem.sentences(np.ones(block.n, dtype=np.int64), lengths, rng).array()


def paragraph(lorem: Lorem, block: Block, key: str, nb: int, variable: bool) -> pa.Array:
    rng = block.rng(key, "paragraph")
    if nb <= 0:
        return arrays.repeat("", block.n)
    counts = lorem.randomized(nb, variable, rng, block.n)  # sentences per row, same randomisation
    return lorem.sentences(counts, lorem.randomized(6, True, rng, int(counts.sum())), rng).array()


def slug(lorem: Lorem, block: Block, key: str) -> pa.Array:
    """Faker's slug(): text(20) of its English words, joined the locale's way, slugified ('center-outside')."""
    made = lorem.words_text(block.n, 20, block.rng(key, "slug")).array()
    made = pc.utf8_lower(pc.replace_substring(made, lorem.punctuation, ""))
    return pc.replace_substring(made, " ", "-")


def text(lorem: Lorem, block: Block, key: str, max_chars: int) -> pa.Array:
    return lorem.text(block.n, max_chars, block.rng(key, "text")).array()
