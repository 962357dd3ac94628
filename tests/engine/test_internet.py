"""User names, emails and domains written the way Faker writes them, in every script."""

import re
from collections import Counter

import pyarrow as pa
import pytest
from faker import Faker
from faker.utils.text import slugify as faker_slugify

from synthgen.engine import iter_batches
from synthgen.engine.locale_data import locale_data
from synthgen.engine.slugs import slug
from synthgen.schema import parse_schema

LOCALES = ["en_US", "de_DE", "fr_FR", "ru_RU", "ja_JP", "zh_CN", "el_GR"]


def rows(locale, n=1500):
    columns = [{"name": p, "provider": p} for p in ("user_name", "email", "company_email", "domain_name", "url")]
    schema = parse_schema({"locale": locale, "columns": columns})
    return pa.Table.from_batches(list(iter_batches(schema, n, 8))).to_pydict()


@pytest.mark.parametrize("locale", ["de_DE", "ru_RU", "ja_JP", "fr_FR", "el_GR"])
def test_a_name_slugs_exactly_as_faker_slugs_it(locale):
    """Faker: user_name() is slugify(_to_ascii(name.lower()), allow_unicode=True), the locale's replacements
    (de_DE "ö" -> "oe", ru_RU's own transliteration) before unidecode."""
    internet = Faker(locale).user_name.__self__
    data = locale_data(locale)
    names = set()
    for token in ("first_name", "last_name", "last_romanized_name", "first_name_female", "last_name_male"):
        choices = data.choices(token)
        names |= set(choices.values.to_pylist()) if choices is not None else set()
    assert names
    for name in sorted(names)[:400]:
        assert slug(name, data.replacements()) == faker_slugify(internet._to_ascii(name.lower()), allow_unicode=True)


@pytest.mark.parametrize("locale", LOCALES)
def test_user_names_emails_and_domains_have_fakers_shape(locale):
    got = rows(locale)
    fake = Faker(locale)
    fake.seed_instance(4)
    theirs = [fake.user_name() for _ in range(1500)]
    for name in got["user_name"]:
        assert re.fullmatch(r"[a-z0-9_-]+", name), name  # Faker slugs the whole name: no dots, no capitals
    digits = sum(any(c.isdigit() for c in u) for u in got["user_name"]) / 1500
    assert abs(digits - sum(any(c.isdigit() for c in u) for u in theirs) / 1500) < 0.1
    tlds = set(fake.tld.__self__.tlds)
    for email, company_email, domain, url in zip(got["email"], got["company_email"], got["domain_name"], got["url"]):
        local, _, host = company_email.partition("@")
        assert re.fullmatch(r"[a-z0-9_-]+", local) and re.fullmatch(r"[a-z0-9-]+\.[a-z]+", host), company_email
        assert re.fullmatch(r"[a-z0-9-]+\.[a-z]+", domain) and domain.split(".")[1] in tlds, domain
        assert re.fullmatch(r"https?://(www\.)?[a-z0-9-]+\.[a-z]+/", url), url
        assert email.isascii() and email == email.lower()


def test_domains_follow_the_locales_own_rule():
    """ja_JP: Faker's domain_word is a romanized surname; ru_RU: the first word of a company ("ООО" -> "ooo")."""
    japanese = {w.lower() for w in locale_data("ja_JP").choices("last_romanized_name").values.to_pylist()}
    assert {d.split(".")[0] for d in rows("ja_JP")["domain_name"]} <= japanese
    fake = Faker("ru_RU")
    fake.seed_instance(1)
    theirs = Counter(fake.domain_word() for _ in range(3000))
    ours = Counter(d.split(".")[0] for d in rows("ru_RU", 3000)["domain_name"])
    common = {w for w, count in theirs.items() if count >= 30}  # company forms (ooo, ip, zao...), not surnames
    assert common and all(ours[w] >= 10 for w in common), (common, ours.most_common(10))
