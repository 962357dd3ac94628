"""Pieces: text assembled by one take must equal plain Python string concatenation, row by row."""

from __future__ import annotations

import numpy as np
import pyarrow as pa
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from synthgen import arrays
from synthgen.engine.pieces import Pieces, as_array, assemble, concat, interleave

WORDS = ["Smith", "Ng", "", "Müller", "O'Brien", "李"]
OTHER = ["Inc", "LLC", "and Sons"]


def words(values: list[str], index: list[int], static: bool = True) -> Pieces:
    return Pieces.words(arrays.strings(values), np.array(index), static=static)


def texts(p: Pieces) -> list[str]:
    return p.array().to_pylist()


def test_words_literals_and_arrays_concatenate_row_by_row():
    first = words(WORDS, [0, 1, 5, 3])
    plain = arrays.strings(["a", "b", "c", "d"])
    got = concat(["<", first, ", ", plain, " & ", words(OTHER, [2, 0, 1, 1]), ">"], 4)
    assert texts(got) == ["<Smith, a & and Sons>", "<Ng, b & Inc>", "<李, c & LLC>", "<Müller, d & LLC>"]


def test_literal_text_folds_into_static_word_lists_only():
    static = concat([words(WORDS, [0, 1]), "-", words(OTHER, [0, 1])], 2)
    assert static.width == 2 and texts(static) == ["Smith-Inc", "Ng-LLC"]
    dynamic = concat([words(WORDS, [0, 1], static=False), "-", words(OTHER, [0, 1], static=False)], 2)
    assert dynamic.width == 3 and texts(dynamic) == texts(static)
    leading = concat(["(", "(", words(WORDS, [3, 4])], 2)
    assert leading.width == 1 and texts(leading) == ["((Müller", "((O'Brien"]


def test_interleave_puts_subsets_back_in_row_order_and_pads_short_rows():
    long = concat([words(WORDS, [0, 1]), " ", words(OTHER, [2, 0], static=False), "!"], 2)
    short = words(WORDS, [5, 3, 4])
    got = interleave([long, short], [np.array([3, 0]), np.array([1, 4, 2])], 5)
    assert texts(got) == ["Ng Inc!", "李", "O'Brien", "Smith and Sons!", "Müller"]


def test_a_text_can_be_reused_in_a_later_concat_and_selected():
    name = concat([words(WORDS, [0, 1, 3]), " ", words(OTHER, [0, 1, 2], static=False)], 3)
    mail = concat([name.select(np.array([2, 0, 1])), "@", arrays.strings(["x", "y", "z"])], 3)
    assert texts(mail) == ["Müller and Sons@x", "Smith Inc@y", "Ng LLC@z"]
    assert texts(name) == ["Smith Inc", "Ng LLC", "Müller and Sons"]


def test_sources_merged_in_a_different_order_still_point_at_their_words():
    a, b = arrays.strings(["a0", "a1"]), arrays.strings(["b0", "b1", "b2"])
    ab = concat([Pieces.words(a, np.array([1, 0])), Pieces.words(b, np.array([2, 1]))], 2)
    ba = concat([Pieces.words(b, np.array([0, 0])), Pieces.words(a, np.array([0, 1]))], 2)
    mixed = interleave([ab, ba], [np.array([0, 2]), np.array([1, 3])], 4)  # columns mix sources
    assert mixed.cols is None
    later = concat([Pieces.literal("<", 4), mixed], 4)  # moving a mixed grid: one shift per piece
    assert texts(later) == ["<a1b2", "<b0a0", "<a0b1", "<b0a1"]


def test_null_pieces_read_as_empty_and_empty_input_is_fine():
    with_null = arrays.strings(["x", None])
    assert texts(concat([Pieces.of(with_null), "!"], 2)) == ["x!", "!"]
    assert texts(assemble([], [], 0)) == []
    assert texts(concat([], 3)) == ["", "", ""]
    assert as_array(pa.array(["kept"])).to_pylist() == ["kept"]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(st.one_of(st.text(max_size=3), st.integers(0, len(WORDS) - 1)), max_size=4),
                min_size=1, max_size=4),
       st.integers(1, 9), st.randoms(use_true_random=False))
def test_assemble_equals_python_concatenation(formats, n, rnd):
    """Rows pick a format; each format is literals and word draws: the result is the plain Python join."""
    choice = [rnd.randrange(len(formats)) for _ in range(n)]
    groups, order, expected = [], [], [""] * n
    for f, fmt in enumerate(formats):
        rows = np.array([i for i in range(n) if choice[i] == f], dtype=np.int64)
        if not len(rows):
            continue
        parts = []
        for item in fmt:
            if isinstance(item, str):
                parts.append(item)
                for r in rows:
                    expected[r] += item
            else:
                index = np.array([(item + int(r)) % len(WORDS) for r in rows])
                parts.append(words(WORDS, index, static=bool(item % 2)))
                for r, i in zip(rows, index):
                    expected[r] += WORDS[i]
        groups.append(parts)
        order.append(rows)
    assert texts(assemble(groups, order, n)) == expected


@pytest.mark.parametrize("n", [1, 1000])
def test_a_text_longer_than_one_take_of_literals_is_exact(n):
    got = concat([Pieces.literal("ab", n), "c", Pieces.literal("", n)], n)
    assert texts(got) == ["abc"] * n
