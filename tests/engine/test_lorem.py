"""Lorem columns (sentence, paragraph, text) read like Faker's: its words, its lengths, its limits, its locales."""

import statistics
import tracemalloc

import numpy as np
import pyarrow as pa
import pytest
from faker import Faker
from faker.providers.lorem.en_US import Provider as English

from synthgen.engine import iter_batches
from synthgen.engine.lorem import Lorem
from synthgen.errors import SchemaError
from synthgen.schema import parse_schema

LIMITS = [5, 24, 25, 60, 99, 100, 200, 1000]


def values(columns, n=3000, locale="en_US", seed=3):
    schema = parse_schema({"locale": locale, "columns": columns})
    return pa.Table.from_batches(list(iter_batches(schema, n, seed, block_rows=1024))).to_pydict()


def faker_values(locale, provider, args, n=1500):
    fake = Faker(locale)
    fake.seed_instance(11)
    return [getattr(fake, provider)(**args) for _ in range(n)]


@pytest.mark.parametrize("locale, connector, stop", [("en_US", " ", "."), ("de_DE", " ", "."), ("ja_JP", "", "。")])
def test_text_stays_under_the_limit_in_whole_sentences_of_the_locale(locale, connector, stop):
    got = values([{"name": f"t{limit}", "provider": "text", "args": {"max_nb_chars": limit}} for limit in LIMITS]
                 + [{"name": "s", "provider": "sentence"}, {"name": "p", "provider": "paragraph"}], locale=locale)
    words = {w.lower() for w in Faker(locale).get_words_list()}
    for name, column in got.items():
        limit = int(name[1:]) if name.startswith("t") else None
        for text in column:
            assert text.endswith(stop) and (limit is None or len(text) <= limit), (name, text)
            assert text[0] == text[0].upper()
            if connector:
                assert "\n" not in text and "  " not in text
                assert {w.strip(".").lower() for w in text.split(connector)} <= words, text
            else:
                assert " " not in text


@pytest.mark.parametrize("provider, args", [("sentence", {}), ("paragraph", {}), ("text", {}),
                                            ("text", {"max_nb_chars": 60}), ("text", {"max_nb_chars": 1000}),
                                            ("sentence", {"nb_words": 12})])
def test_lengths_follow_faker(provider, args):
    """Mean length within 5% of per-row Faker's, and the same longest-possible shape."""
    ours = [len(v) for v in values([{"name": "c", "provider": provider, "args": args}])["c"]]
    theirs = [len(v) for v in faker_values("en_US", provider, args)]
    assert abs(statistics.mean(ours) / statistics.mean(theirs) - 1) < 0.05
    assert abs(statistics.pstdev(ours) / statistics.pstdev(theirs) - 1) < 0.2


def test_fixed_counts_are_exact():
    got = values([{"name": "s", "provider": "sentence", "args": {"nb_words": 4, "variable_nb_words": False}},
                  {"name": "p", "provider": "paragraph",
                   "args": {"nb_sentences": 5, "variable_nb_sentences": False}}], n=500)
    assert all(len(s.split(" ")) == 4 for s in got["s"])
    assert all(p.count(".") == 5 and p.count(". ") == 4 for p in got["p"])
    assert len(set(got["s"])) > 490  # and they differ


def test_ext_word_list_is_the_only_vocabulary():
    words = ["alpha", "beta", "gamma"]
    got = values([{"name": p, "provider": p, "args": {"ext_word_list": words}}
                  for p in ("sentence", "paragraph", "text")], n=500)
    for column in got.values():
        for text in column:
            assert {w.strip(".").lower() for w in text.split(" ")} <= set(words)


def test_text_falls_back_to_words_when_sentences_cannot_fit():
    """Sentences have at least three words; with 20-letter words none fits in 60 characters, so (where Faker
    would draw forever) the text is words, still under the limit."""
    got = values([{"name": "t", "provider": "text", "args": {"max_nb_chars": 60, "ext_word_list": ["w" * 20]}}],
                 n=200)
    assert set(got["t"]) == {"W" + "w" * 19 + " " + "w" * 20 + "."}


def test_text_whose_words_cannot_fit_is_refused_by_name():
    with pytest.raises(SchemaError, match=r"column 'bio': max_nb_chars=30 leaves no room .* 40 characters"):
        parse_schema({"columns": [{"name": "bio", "provider": "text",
                                   "args": {"max_nb_chars": 30, "ext_word_list": ["x" * 40]}}]})


def test_same_seed_same_text_other_seed_other_text():
    columns = [{"name": "t", "provider": "text"}, {"name": "p", "provider": "paragraph"}]
    assert values(columns, n=300) == values(columns, n=300)
    assert values(columns, n=300)["t"] != values(columns, n=300, seed=4)["t"]


def test_text_of_a_fixed_seed_is_the_same_text_as_before():
    """Pinned values (made by the earlier, int64 layout): how a block's text is laid out in memory must not
    change a byte of it."""
    lorem = Lorem(["ab", "cd", "efg", "hi"])
    assert lorem.text(5, 110, np.random.default_rng(5)).array().to_pylist() == [
        "Ab ab hi ab efg hi. Ab cd cd cd hi ab. Hi hi hi ab. Hi efg efg cd efg hi. Ab hi ab cd hi hi.",
        "Cd efg cd efg efg efg ab hi. Efg hi cd. Cd hi ab ab. Ab hi hi cd cd. Hi hi efg cd.",
        "Cd efg ab hi cd. Ab hi cd efg efg ab cd. Efg ab efg hi efg efg cd. Ab ab hi cd cd efg. Efg hi efg hi.",
        "Ab efg hi hi hi cd. Ab hi efg hi ab. Ab efg cd cd. Hi ab cd efg. Efg ab ab.",
        "Hi ab efg. Cd cd hi. Efg hi efg hi cd. Cd hi ab ab."]


def test_a_block_of_long_texts_is_laid_out_in_int32_with_little_working_memory():
    """One 2,048-row block of 5,000-character texts (the widest block a 1 GB download makes): its pieces are
    int32 and numpy's working arrays peak under twice the text itself (10 MB). The earlier layout reordered
    int64 arrays of all the block's words and peaked at 66 MB, which pushed a wide download past 450 MB."""
    lorem = Lorem(list(English.word_list))
    tracemalloc.start()
    try:
        pieces = lorem.text(2048, 5000, np.random.default_rng(1))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    made = pieces.array()
    assert pieces.flat.dtype == np.int32 and pieces.width > 500
    assert len(made) == 2048 and 4500 < statistics.mean(len(t) for t in made.to_pylist()) < 5000
    assert peak < 2 * made.nbytes, (peak, made.nbytes)
