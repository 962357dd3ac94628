"""Colour codes in bulk, colour names as a word list, and finite sets drawn from pools: Faker's values and shapes."""

import re

import pyarrow as pa
import pytest
from faker import Faker

from synthgen.engine import iter_batches
from synthgen.schema import parse_schema

SHAPES = {
    "hex_color": r"#[0-9a-f]{6}",
    "safe_hex_color": r"#([0-9a-f])\1([0-9a-f])\2([0-9a-f])\3",
    "rgb_color": r"(\d{1,3}),(\d{1,3}),(\d{1,3})",
    "rgb_css_color": r"rgb\((\d{1,3}),(\d{1,3}),(\d{1,3})\)",
}


def column(provider, n=20_000, seed=4):
    schema = parse_schema({"columns": [{"name": "c", "provider": provider}]})
    return pa.Table.from_batches(list(iter_batches(schema, n, seed))).column("c").to_pylist()


@pytest.mark.parametrize("provider", sorted(SHAPES))
def test_colour_codes_have_fakers_shape_and_spread(provider):
    ours = column(provider)
    for value in ours:
        match = re.fullmatch(SHAPES[provider], value)
        assert match, value
        assert all(int(g) <= 255 for g in match.groups() if g.isdigit())
    fake = Faker()
    fake.seed_instance(4)
    theirs = [getattr(fake, provider)() for _ in range(20_000)]
    assert len(set(ours)) >= 0.95 * len(set(theirs))


@pytest.mark.parametrize("provider", ["color_name", "currency_code", "currency_symbol", "language_code",
                                      "mime_type", "language_name", "country_calling_code"])
def test_finite_sets_give_fakers_values_with_most_of_their_variety(provider):
    fake = Faker()
    fake.seed_instance(9)
    theirs = {getattr(fake, provider)() for _ in range(20_000)}
    ours = column(provider)
    assert set(ours) <= theirs | {getattr(fake, provider)() for _ in range(100_000)}
    assert len(set(ours)) >= 0.8 * len(theirs)
