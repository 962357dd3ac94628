"""VINs, passwords and ISBNs in bulk: Faker's check characters, alphabets, rules and guarantees."""

import contextlib
import re
import string

import pyarrow as pa
import pytest
from faker import Faker
from faker.providers.automotive import calculate_vin_str_weight

from synthgen.engine import iter_batches
from synthgen.schema import parse_schema


def column(provider, n=20_000, locale="en_US"):
    schema = parse_schema({"locale": locale, "columns": [{"name": "c", "provider": provider}]})
    return pa.Table.from_batches(list(iter_batches(schema, n, 2))).column("c").to_pylist()


def test_vins_carry_fakers_check_character():
    allowed = set("1234567890ABCDEFGHJKLMNPRSTUVWXYZ")
    vins = column("vin")
    for vin in vins:
        assert len(vin) == 17 and set(vin) <= allowed | {"X"} and vin[13:].isdigit()
        total = calculate_vin_str_weight(vin[:8], [8, 7, 6, 5, 4, 3, 2, 10]) + \
            calculate_vin_str_weight(vin[9:], [9, 8, 7, 6, 5, 4, 3, 2])
        assert vin[8] == ("X" if total % 11 == 10 else str(total % 11))
    assert len(set(vins)) == len(vins)
    assert 0.05 < sum(v[8] == "X" for v in vins) / len(vins) < 0.13  # one check value in eleven


def test_passwords_have_every_class_like_fakers():
    special = set("!@#$%^&*()_+")
    ours = column("password")
    fake = Faker()
    fake.seed_instance(1)
    theirs = [fake.password() for _ in range(20_000)]
    for password in ours:
        assert len(password) == 10
        assert special & set(password) and set(string.digits) & set(password)
        assert set(string.ascii_uppercase) & set(password) and set(string.ascii_lowercase) & set(password)
        assert set(password) <= special | set(string.ascii_letters + string.digits)
    assert len(set(ours)) == len(ours)
    share = sum(c in special for p in ours for c in p) / (10 * len(ours))
    assert abs(share - sum(c in special for p in theirs for c in p) / (10 * len(theirs))) < 0.01


@pytest.mark.parametrize("locale", ["en_US", "es_ES"])
def test_isbns_follow_the_locales_rules_with_valid_check_digits(locale):
    fake = Faker(locale)
    fake.seed_instance(3)
    shape = {"isbn13": set(), "isbn10": set()}
    for provider, seen in shape.items():
        for _ in range(3000):
            with contextlib.suppress(Exception):  # Faker's es_ES rules leave gaps it raises on
                seen.add(re.sub(r"\d", "9", getattr(fake, provider)()))
    for provider, weights in (("isbn13", [1, 3] * 6 + [1]), ("isbn10", list(range(1, 11)))):
        values = column(provider, locale=locale, n=5000)
        assert {re.sub(r"\d", "9", v) for v in values} <= shape[provider] | {re.sub(r"\d", "9", v) for v in
                                                                             values if v.endswith("X")}
        assert len(set(values)) > 0.99 * len(values)
        for value in values:
            digits = [10 if c == "X" else int(c) for c in value.replace("-", "")]
            total = sum(d * w for d, w in zip(digits, weights))
            assert total % (10 if provider == "isbn13" else 11) == 0, value


def test_pystr_follows_its_arguments():
    schema = parse_schema({"columns": [
        {"name": "plain", "provider": "pystr"},
        {"name": "ranged", "provider": "pystr", "args": {"min_chars": 3, "max_chars": 8, "prefix": "ID-",
                                                         "suffix": "!"}}]})
    table = pa.Table.from_batches(list(iter_batches(schema, 5000, 1))).to_pydict()
    assert all(len(v) == 20 and v.isascii() and v.isalpha() for v in table["plain"])
    lengths = {len(v) - 4 for v in table["ranged"]}
    assert lengths == set(range(3, 9))
    assert all(v.startswith("ID-") and v.endswith("!") and v[3:-1].isalpha() for v in table["ranged"])
    assert len(set(table["plain"])) == 5000
