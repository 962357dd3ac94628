"""The unique guard's parts: string hashes that depend on the string alone, the hash set, the suffixing."""

import itertools
import re

import numpy as np
import pyarrow as pa
from faker import Faker
from hypothesis import given, settings
from hypothesis import strategies as st

from synthgen import arrays
from synthgen.engine.block import Block
from synthgen.engine.unique import HashSet, UniqueGuard, hashes

texts = st.lists(st.one_of(st.text(max_size=30), st.sampled_from(["", "a", "a\x00", "é", "abcdefgh", "abcdefgh\x00"])),
                 min_size=1, max_size=40)


@settings(max_examples=60, deadline=None)
@given(values=texts, start=st.integers(0, 5))
def test_a_strings_hash_is_its_own_whatever_the_array(values, start):
    whole = hashes(arrays.strings(values))
    alone = [int(hashes(arrays.strings([v]))[0]) for v in values]
    assert whole.tolist() == alone
    assert hashes(arrays.strings(["x" * 50] * start + values).slice(start)).tolist() == alone
    distinct = {v: h for v, h in zip(values, alone)}
    assert len(set(distinct.values())) == len(distinct)  # no two different strings share a hash here


@settings(max_examples=40, deadline=None)
@given(batches=st.lists(st.lists(st.integers(0, 300), max_size=60), min_size=1, max_size=12),
       probe=st.lists(st.integers(0, 300), max_size=50))
def test_hash_set_answers_like_a_set(batches, probe):
    table, reference = HashSet(), set()
    for batch in batches:
        table.add(np.array(batch, dtype=np.uint64))
        reference.update(batch)
        keys = np.array(probe, dtype=np.uint64)
        assert table.has(keys).tolist() == [k in reference for k in probe]
    sizes = [len(run) for run in table.runs]
    assert all(a > 2 * b for a, b in itertools.pairwise(sizes))  # few runs: each more than twice the next


def guarded(blocks, name="c"):
    guard = UniqueGuard(name)
    return [guard.apply(arrays.strings(values), Block(7, i, 0, len(values), Faker)).to_pylist()
            for i, values in enumerate(blocks)]


def test_repeats_within_and_across_blocks_get_suffixes_and_nothing_else_changes():
    blocks = [["ann@x.org", "bob@x.org", "ann@x.org", None, "cy"], ["cy", "bob@x.org", None, "dee", "cy"]]
    out = guarded(blocks)
    flat = [v for block in out for v in block]
    kept = [v for v in flat if v is not None]
    assert len(set(kept)) == len(kept) == 8
    assert out[0][:2] == ["ann@x.org", "bob@x.org"] and out[0][3] is None and out[1][2] is None
    assert out[1][3] == "dee"
    assert out[0][2].startswith("ann") and out[0][2].endswith("@x.org") and out[0][2][3:-6].isdigit()
    assert out[1][0].startswith("cy") and out[1][0][2:].isdigit()
    assert guarded(blocks) == out  # suffixes come from the block's seed


def test_a_tiny_space_still_comes_out_unique():
    blocks = [["same"] * 500 for _ in range(6)]
    flat = [v for block in guarded(blocks) for v in block]
    assert len(set(flat)) == 3000 and all(v.startswith("same") for v in flat)


def test_repeated_names_get_middle_initials_then_numbers():
    guard = UniqueGuard("n", prefixes=frozenset({"Dr.", "Mr."}))
    names = ["Dr. John Smith", "Dr. John Smith", "Ann Lee", "Ann Lee", "Cher", "Cher", "山田 太郎", "山田 太郎"]
    out = guard.apply(arrays.strings(names), Block(1, 0, 0, len(names), Faker)).to_pylist()
    assert len(set(out)) == len(out)
    assert re.fullmatch(r"Dr\. John [A-Z]\. Smith", out[1]) and re.fullmatch(r"Ann [A-Z]\. Lee", out[3])
    assert re.fullmatch(r"Cher\d{2,}", out[5]) and re.fullmatch(r"山田 太郎\d{2,}", out[7])  # no room / not Latin


def test_a_unique_name_column_reads_like_names():
    from synthgen.engine import iter_batches
    from synthgen.schema import parse_schema

    schema = parse_schema({"columns": [{"name": "n", "provider": "name", "unique": True}]})
    names = pa.Table.from_batches(list(iter_batches(schema, 100_000, 2))).column("n").to_pylist()
    assert len(set(names)) == len(names)
    assert sum(any(c.isdigit() for c in name) for name in names) < len(names) / 10_000  # numbers: a last resort
    assert 0.01 < sum(bool(re.search(r" [A-Z]\. ", name)) for name in names) / len(names) < 0.5
