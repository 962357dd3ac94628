"""Card, bank and tax numbers in bulk: valid check digits, Faker's shapes and variety, and each locale's own rule."""

import re
from collections import Counter

import pyarrow as pa
import pytest
from faker import Faker

from synthgen.engine import iter_batches
from synthgen.schema import parse_schema


def column(provider, locale="en_US", n=20_000):
    schema = parse_schema({"locale": locale, "columns": [{"name": "c", "provider": provider}]})
    return pa.Table.from_batches(list(iter_batches(schema, n, 6))).column("c").to_pylist()


def luhn_ok(number):
    digits = [int(c) for c in number][::-1]
    return (sum(digits[0::2]) + sum(sum(divmod(2 * d, 10)) for d in digits[1::2])) % 10 == 0


def iban_ok(iban):
    moved = iban[4:] + iban[:4]
    return int("".join(str(ord(c) - 55) if c.isalpha() else c for c in moved)) % 97 == 1


def aba_ok(number):
    d = [int(c) for c in number]
    return (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + d[2] + d[5] + d[8]) % 10 == 0


def test_card_numbers_pass_luhn_with_fakers_types():
    ours = column("credit_card_number")
    fake = Faker()
    fake.seed_instance(3)
    theirs = [fake.credit_card_number() for _ in range(20_000)]
    assert all(n.isdigit() and luhn_ok(n) for n in ours)
    assert len(set(ours)) > 0.99 * len(ours)  # was a pool: 3% distinct
    assert set(Counter(len(n) for n in ours)) == set(Counter(len(n) for n in theirs))
    for first, share in Counter(n[0] for n in theirs).items():
        assert abs(sum(n[0] == first for n in ours) / len(ours) - share / len(theirs)) < 0.02


@pytest.mark.parametrize("locale", ["en_GB", "de_DE", "fr_FR", "nl_NL", "es_ES"])
def test_ibans_are_valid_and_shaped_like_the_locales(locale):
    ours = column("iban", locale, n=5000)
    theirs = Faker(locale).iban()
    assert all(iban_ok(i) and len(i) == len(theirs) and i[:2] == theirs[:2] for i in ours)
    assert len(set(ours)) == len(ours)
    bban = column("bban", locale, n=500)
    assert all(re.fullmatch(r"[A-Z0-9]+", b) and len(b) == len(theirs) - 4 for b in bban)


def test_aba_and_ssn():
    assert all(len(a) == 9 and aba_ok(a) and 1 <= int(a[:2]) <= 12 for a in column("aba"))
    ssns = column("ssn")
    for ssn in ssns:
        area, group, serial = (int(p) for p in re.fullmatch(r"(\d{3})-(\d{2})-(\d{4})", ssn).groups())
        assert 1 <= area <= 899 and area != 666 and group >= 1 and serial >= 1
    assert len(set(ssns)) > 0.99 * len(ssns)
    assert all(s.startswith("ZZ") for s in column("ssn", "en_GB", n=50))  # the locale's own number


@pytest.mark.parametrize("provider, locale", [("license_plate", "en_US"), ("license_plate", "fr_FR"),
                                              ("passport_number", "en_US"), ("license_plate", "ko_KR")])
def test_plates_and_passports_fill_the_locales_formats(provider, locale):
    fake = Faker(locale)
    fake.seed_instance(1)
    theirs = [getattr(fake, provider)() for _ in range(3000)]
    shapes = {re.sub(r"[A-Z]", "A", re.sub(r"\d", "9", t)) for t in theirs}
    ours = column(provider, locale, n=3000)
    assert {re.sub(r"[A-Z]", "A", re.sub(r"\d", "9", v)) for v in ours} <= shapes | {
        re.sub(r"[A-Z]", "A", re.sub(r"\d", "9", getattr(fake, provider)())) for _ in range(20_000)}
    assert len(set(ours)) >= 0.95 * len(set(theirs))


@pytest.mark.parametrize("provider, length", [("ean13", 13), ("ean8", 8), ("ean", 13)])
def test_eans_carry_their_check_digit(provider, length):
    codes = column(provider, n=5000)
    for code in codes:
        digits = [int(c) for c in code]
        weights = [1, 3] * 6 if length == 13 else [3, 1] * 3 + [3]
        assert len(code) == length and (sum(d * w for d, w in zip(digits, weights)) + digits[-1]) % 10 == 0
    assert len(set(codes)) > 0.98 * len(codes)
