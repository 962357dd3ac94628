"""Rows hang together: one person per row, one place per row, dates that follow dates; locales."""

import datetime as dt
import unicodedata

import pyarrow as pa
from faker import Faker

from synthgen.engine import iter_batches
from synthgen.engine.people import ADDRESS_FIELDS, PERSON_FIELDS
from synthgen.schema import parse_schema


def rows(columns, n=2000, locale="en_US", seed=5):
    schema = parse_schema({"locale": locale, "columns": columns})
    return pa.Table.from_batches(list(iter_batches(schema, n, seed))).to_pylist()


def ascii_lower(text):
    return "".join(c for c in unicodedata.normalize("NFKD", text) if c.isalnum()).lower()


def test_email_and_username_belong_to_the_name():
    data = rows([{"name": "first", "provider": "first_name"}, {"name": "last", "provider": "last_name"},
                 {"name": "full", "provider": "name"}, {"name": "email", "provider": "free_email"},
                 {"name": "login", "provider": "user_name"}])
    for r in data:
        assert r["first"] in r["full"] and r["last"] in r["full"]
        local = r["email"].split("@")[0]
        assert local == r["login"]
        assert ascii_lower(r["first"]) in local or ascii_lower(r["last"]) in local
        assert r["email"].split("@")[1] in ("gmail.com", "yahoo.com", "hotmail.com")


def test_two_entities_are_two_people():
    data = rows([{"name": "sender", "provider": "name", "entity": "sender"},
                 {"name": "sender_email", "provider": "email", "entity": "sender"},
                 {"name": "recipient", "provider": "name", "entity": "recipient"}])
    assert sum(r["sender"] != r["recipient"] for r in data) > 0.95 * len(data)
    for r in data:
        local = r["sender_email"].split("@")[0]
        assert any(ascii_lower(part) in local for part in r["sender"].split() if len(part) >= 2)


def test_zip_belongs_to_the_state():
    ranges = Faker("en_US").zipcode_in_state.__self__.states_postcode
    data = rows([{"name": "state", "provider": "state_abbr"}, {"name": "zip", "provider": "zipcode"},
                 {"name": "city", "provider": "city"}, {"name": "address", "provider": "address"}])
    for r in data:
        low, high = ranges[r["state"]]
        assert low <= int(r["zip"]) <= high and len(r["zip"]) == 5
        assert r["city"] in r["address"] and r["zip"] in r["address"] and r["state"] in r["address"]


def test_state_name_matches_its_abbreviation():
    faker = Faker("en_US")
    names = dict(zip([a for a in faker.zipcode_in_state.__self__.states_abbr if a != "DC"],
                     faker.state.__self__.states))
    for r in rows([{"name": "s", "provider": "state"}, {"name": "a", "provider": "state_abbr"}], 500):
        assert names[r["a"]] == r["s"]


def test_due_date_follows_loan_date():
    data = rows([{"name": "loan", "provider": "date_between", "args": {"start_date": "-1y"}},
                 {"name": "due", "provider": "date_between", "after": {"column": "loan", "min_days": 7,
                                                                      "max_days": 30}},
                 {"name": "opened", "provider": "date_time_between", "null_rate": 0.2},
                 {"name": "closed", "provider": "date_time_between", "after": {"column": "opened", "max_days": 2}}])
    for r in data:
        assert dt.timedelta(days=7) <= r["due"] - r["loan"] <= dt.timedelta(days=30)
        if r["opened"] is None:
            assert r["closed"] is None
        else:
            assert dt.timedelta(0) <= r["closed"] - r["opened"] <= dt.timedelta(days=2)


def test_locale_drives_names_and_addresses():
    german = Faker("de_DE")
    last_names = set(german.last_name.__self__.last_names)
    data = rows([{"name": "last", "provider": "last_name"}, {"name": "phone", "provider": "phone_number"}],
                300, locale="de_DE")
    assert sum(r["last"] in last_names for r in data) == len(data)
    japanese = rows([{"name": "name", "provider": "name"}, {"name": "email", "provider": "email"}], 50, "ja_JP")
    assert all(any(ord(ch) > 0x3000 for ch in r["name"]) for r in japanese)
    assert all(r["email"].isascii() for r in japanese)


def test_double_barrelled_names_join_two_different_names():
    data = rows([{"name": "name", "provider": "name"}, {"name": "last", "provider": "last_name"}], 3000,
                locale="de_DE")
    doubles = [r["name"] for r in data if "-" in r["name"].split()[-1]]
    assert len(doubles) > 20
    same = [n for n in doubles if len(set(n.split()[-1].split("-"))) == 1]
    assert len(same) / len(doubles) < 0.05, same  # chance repeats only, not the same name twice by design


PEOPLE_AND_PLACES = sorted({*PERSON_FIELDS, *ADDRESS_FIELDS, "phone_number", "company", "job", "catch_phrase",
                            "sentence", "country", "url"})


def test_every_faker_locale_generates_people_and_places():
    import warnings

    from faker.config import AVAILABLE_LOCALES

    from synthgen.catalog import get_catalog

    failures = {}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # Faker warns about its deprecated locales (fr_QC)
        for locale in AVAILABLE_LOCALES:
            catalog = get_catalog(locale)
            columns = [{"name": p, "provider": p} for p in PEOPLE_AND_PLACES if p in catalog]
            try:
                made = rows(columns, 50, locale=locale)
            except Exception as exc:  # noqa: BLE001 - collect every locale's failure, then report them all
                failures[locale] = repr(exc)
                continue
            fake = Faker(locale)
            empty = {k for r in made for k, v in r.items() if v is None or v == ""}
            unlike_faker = {k for k in empty if all(getattr(fake, k)() != "" for _ in range(5))}
            if unlike_faker:  # (some locales have no name prefixes: Faker gives "" there too)
                failures[locale] = f"empty values in {sorted(unlike_faker)}"
    assert not failures, failures


def test_a_person_has_one_sex_and_names_of_its_lists_in_faker_proportions():
    from faker.providers.person.en_US import Provider as fake

    male, female = set(fake.first_names_male), set(fake.first_names_female)
    data = rows([{"name": "first", "provider": "first_name"}, {"name": "prefix", "provider": "prefix"},
                 {"name": "last", "provider": "last_name"}], n=20000)
    women = [r for r in data if r["first"] in female and r["first"] not in male]
    men = [r for r in data if r["first"] in male and r["first"] not in female]
    assert abs(len(women) - len(men)) < 0.05 * len(data)  # half and half, as Faker draws
    assert all(r["prefix"] in fake.prefixes_female for r in women)
    assert all(r["prefix"] in fake.prefixes_male for r in men)
    # en_US keeps one list of last names for both sexes: drawn once, by Faker's weights
    shares = {name: sum(r["last"] == name for r in data) / len(data) for name in ("Smith", "Johnson")}
    weights = fake.last_names
    for name, share in shares.items():
        assert abs(share - weights[name] / sum(weights.values())) < 0.004
