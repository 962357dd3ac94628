"""The per-row path: Faker providers that draw from Python's global `random` still repeat with the seed."""

from __future__ import annotations

import random

import pytest

from synthgen import pipeline

# Each of these draws from the module-level `random` (Faker's own code), not only its seeded instance.
GLOBAL_RANDOM_COLUMNS = {
    "es_MX": ["curp", "rfc", "elector_code"],
    "es_ES": ["nif", "nie", "cif"],
    "sv_SE": ["ssn", "org_id"],
    "en_US": ["passport_gender"],
}


@pytest.mark.parametrize("locale", sorted(GLOBAL_RANDOM_COLUMNS))
def test_providers_drawing_from_the_global_random_repeat_with_the_seed(locale):
    schema = {"name": "ids", "locale": locale,
              "columns": [{"name": p, "provider": p} for p in GLOBAL_RANDOM_COLUMNS[locale]]}
    random.seed(1)
    first = pipeline.generate(schema, 300, seed=9)
    random.seed(2)  # whatever else the process did with the global random in between
    random.random()
    second = pipeline.generate(schema, 300, seed=9)
    assert first.equals(second)
    for column in first.columns:
        assert first[column].nunique() > 1  # still random across rows
    other = pipeline.generate(schema, 300, seed=10)
    assert not first.equals(other)


def test_the_global_random_is_left_as_it_was():
    schema = {"name": "ids", "locale": "es_MX", "columns": [{"name": "curp", "provider": "curp"}]}
    random.seed(5)
    expected = random.Random(5).random()
    pipeline.generate(schema, 50, seed=1)
    assert random.random() == expected
