"""VINs and passwords in bulk: Faker's check character, alphabets and guarantees."""

import string

import pyarrow as pa
from faker import Faker
from faker.providers.automotive import calculate_vin_str_weight

from synthgen.engine import iter_batches
from synthgen.schema import parse_schema


def column(provider, n=20_000):
    schema = parse_schema({"columns": [{"name": "c", "provider": provider}]})
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
