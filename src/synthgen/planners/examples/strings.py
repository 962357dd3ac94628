"""Examples planner, text columns: what a column's strings are, by their values first and their name second
(emails, uuids, urls, ips, phones, currency codes, countries, person names, companies, addresses, free text,
codes with a pattern, or categories)."""

from __future__ import annotations

import functools
import importlib
import re
from collections import Counter
from collections.abc import Callable

from ...catalog import ITEM_LIMIT
from .cells import Cells
from .codes import pattern_of
from .hints import hints

EMAIL = re.compile(r"^[A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$")
UUID = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")
URL = re.compile(r"^https?://[^\s/$.?#][^\s]*$", re.IGNORECASE)
IPV4 = re.compile(r"^((25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(25[0-5]|2[0-4]\d|1?\d?\d)$")
IPV6 = re.compile(r"^[0-9a-fA-F]{0,4}(:[0-9a-fA-F]{0,4}){2,7}$")
PHONE = re.compile(r"^\+?[\d\s().\-x]{7,25}$")
NAME_WORD = re.compile(r"^[A-Z][a-zA-Z'\-]*\.?$")
STREET = re.compile(r"^\d{1,6}[A-Za-z]?\s+\S+(\s+\S+)*$")
COMPANY_ENDING = re.compile(r"\b(Inc|LLC|Ltd|Limited|GmbH|PLC|Corp|Corporation|Group|Co|and Sons|SA|AG)\.?$")
FREE_MAIL = frozenset({"gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "aol.com", "icloud.com",
                       "proton.me", "protonmail.com", "gmx.de", "web.de", "yandex.ru", "mail.ru"})
MOST = 0.9  # share of values that must fit a kind
CATEGORY_LIMIT = 30  # distinct values a category may have
READ_AT_MOST = 2_000  # values of a column read to tell what its text is (the first ones: a sample of a sample)
# Kinds whose values describe someone: generated afresh, never reused as categories, whatever their count.
PERSONAL = frozenset({"email", "phone", "person", "first_name", "last_name", "user_name", "street", "address",
                      "postcode", "ipv4", "ipv6", "uuid", "code", "text", "url"})
_NAME_LOCALES = ("en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL", "pt_BR")


def _share(values: list[str], test: Callable[[str], object]) -> float:
    return sum(1 for v in values if test(v)) / len(values)


@functools.cache
def _names() -> tuple[frozenset[str], frozenset[str]]:
    """First names and last names of a few Faker locales (lower case), for telling a person's name."""
    first: set[str] = set()
    last: set[str] = set()
    for locale in _NAME_LOCALES:
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        first |= {n.lower() for n in getattr(provider, "first_names", ())}
        last |= {n.lower() for n in getattr(provider, "last_names", ())}
    return frozenset(first), frozenset(last)


@functools.cache
def _countries() -> frozenset[str]:
    provider = importlib.import_module("faker.providers.address.en_US").Provider
    return frozenset(c.lower() for c in provider.countries) | {"usa", "uk", "united states", "england"}


@functools.cache
def _currencies() -> frozenset[str]:
    provider = importlib.import_module("faker.providers.currency").Provider
    return frozenset(code for code, _ in provider.currencies)


def is_category(values: list[str], *, rows: int, known: bool = False) -> bool:
    """Few distinct values, most of them seen more than once (or a handful of examples with short values, unless
    they are `known` things Faker makes, such as cities and currency codes: those need repeats)."""
    distinct = len(set(values))
    if distinct > CATEGORY_LIMIT or any(len(v) > ITEM_LIMIT for v in values):
        return False
    repeated = distinct <= max(1, len(values) // 2)
    short = all(len(v) <= 40 and len(v.split()) <= 4 for v in values)
    digits = any(ch.isdigit() for v in values for ch in v)
    return repeated or (not known and short and rows <= 5 and distinct <= 5 and not digits)


def looks_like_names(values: list[str]) -> float:
    """The share of values that read as a person's name: 1 to 4 capitalised words, a known first or last name."""
    first, last = _names()

    def test(value: str) -> bool:
        words = value.replace(",", " ").split()
        if not 1 <= len(words) <= 4 or not all(NAME_WORD.match(w) for w in words):
            return False
        return words[0].lower().rstrip(".") in first or words[-1].lower() in last
    return _share(values, test)


def classify(cells: Cells) -> str:
    """What a text column is: one of email, uuid, url, ipv4, ipv6, phone, currency_code, country, country_code,
    person, first_name, last_name, user_name, company, street, address, city, state, postcode, text, code,
    category, words."""
    values = [str(v) for v in cells.values[:READ_AT_MOST]]
    hint = hints().kind_of(cells.name)
    for kind, test in (("email", EMAIL.match), ("uuid", UUID.match), ("url", URL.match), ("ipv4", IPV4.match)):
        if _share(values, test) >= MOST:
            return kind
    if _share(values, lambda v: IPV6.match(v) and v.count(":") >= 2) >= MOST:
        return "ipv6"
    digits = [sum(ch.isdigit() for ch in v) for v in values]
    phone_like = _share(values, PHONE.match) >= MOST and min(digits) >= 7
    if phone_like and (hint == "phone" or any(not v.isdigit() for v in values) and not hints().is_id(cells.name)):
        return "phone"
    if hint == "postcode":
        return "postcode"
    if all(len(v) == 3 and v.isupper() for v in values) and _share(values, lambda v: v in _currencies()) >= MOST:
        return "category" if is_category(values, rows=len(cells.raw), known=True) else "currency_code"
    if _share(values, lambda v: v.lower() in _countries()) >= MOST or hint == "country":
        if all(len(v) == 2 and v.isupper() for v in values):
            return "country_code"
        return "category" if is_category(values, rows=len(cells.raw), known=True) else "country"
    if hint in ("first_name", "last_name", "user_name"):
        return hint
    name_share = looks_like_names(values)
    if hint == "person" and name_share >= 0.5 or name_share >= 0.8 and all(len(v.split()) >= 2 for v in values):
        return "person"
    if hint == "company" or _share(values, lambda v: COMPANY_ENDING.search(v)) >= 0.5:
        return "company"
    if hint in ("street", "address") or _share(values, STREET.match) >= MOST and any(ch.isalpha() for ch in values[0]):
        if "\n" in "".join(values) or _share(values, lambda v: "," in v) >= 0.5:
            return "address"
        return "street" if _share(values, STREET.match) >= MOST else "address"
    if hint in ("city", "state"):
        return "category" if is_category(values, rows=len(cells.raw), known=True) else hint
    words = [len(v.split()) for v in values]
    if hint == "text" or sum(words) / len(words) >= 6:
        return "text"
    if pattern_of(values) is not None and (any(ch.isdigit() for v in values for ch in v) or hints().is_id(cells.name)):
        return "code"
    if is_category(values, rows=len(cells.raw)):
        return "category"
    return "words"


def email_provider(values: list[str]) -> str:
    """free_email when most addresses are at a free mail domain, safe_email for example.* domains, else email."""
    domains = [v.rsplit("@", 1)[-1].lower() for v in values]
    if _share(domains, lambda d: d in FREE_MAIL) >= 0.5:
        return "free_email"
    if _share(domains, lambda d: d.startswith("example.")) >= 0.5:
        return "safe_email"
    return "email"


def top_values(values: list[object]) -> list[tuple[object, int]]:
    """Each distinct value and how often it was seen, most frequent first (ties: first seen first)."""
    return Counter(values).most_common()
