"""Provider families (person, place, date): the one table that validation and the engine both read."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal, Protocol

SEXES = ("male", "female", "nonbinary")


@dataclass(frozen=True)
class Member:
    """A provider whose columns of one `entity` describe one person or one place in a row."""

    family: Literal["person", "place"]
    field: str  # the entity's field the column shows ("first_name", "email", "postcode", ...)
    sex: str | None = None  # the sex a *_male / *_female / *_nonbinary provider fixes for its whole entity


def _person() -> dict[str, Member]:
    fields = {"name": "name", "first_name": "first_name", "last_name": "last_name", "prefix": "prefix",
              "suffix": "suffix", "user_name": "user_name", "email": "email", "safe_email": "email",
              "ascii_email": "email", "ascii_safe_email": "email", "free_email": "free_email",
              "ascii_free_email": "free_email", "company_email": "company_email",
              "ascii_company_email": "company_email"}
    table = {provider: Member("person", field) for provider, field in fields.items()}
    for word in ("name", "first_name", "last_name", "prefix", "suffix"):
        table |= {f"{word}_{sex}": Member("person", word, sex) for sex in SEXES}
    return table


def _place() -> dict[str, Member]:
    fields = {"address": "address", "street_address": "street_address", "street_name": "street_name",
              "building_number": "building_number", "secondary_address": "secondary_address", "city": "city",
              "state": "state", "state_abbr": "state_abbr", "administrative_unit": "administrative_unit",
              "postcode": "postcode", "zipcode": "postcode", "postalcode": "postcode",
              "postcode_in_state": "postcode", "zipcode_in_state": "postcode", "postalcode_in_state": "postcode"}
    return {provider: Member("place", field) for provider, field in fields.items()}


PERSON: dict[str, Member] = _person()
PLACE: dict[str, Member] = _place()
MEMBERS: dict[str, Member] = PERSON | PLACE
# Place-like providers no entity can link, with the reason validation gives: Faker keeps no tie between a
# locale's fake cities and its country list (en_US lists "United States of America" while current_country()
# says "United States"; de_DE lists German names, current_country() gives English ones) or its coordinates.
UNLINKABLE = {
    "country": "Faker's country list has no tie to the locale's addresses",
    "country_code": "Faker's country codes have no tie to the locale's addresses",
    "current_country": "Faker's current_country has no tie to the locale's country list",
    "current_country_code": "Faker's current_country_code has no tie to the locale's country list",
    "latitude": "Faker's coordinates belong to no city of the locale",
    "longitude": "Faker's coordinates belong to no city of the locale",
}
# Providers whose values are dates or datetimes (Arrow date32 / timestamp): what `after` may follow.
DATE: frozenset[str] = frozenset(
    {"date_between", "date_time_between", "date_between_dates", "date_time_between_dates", "date_object",
     "date_this_century", "date_this_decade", "date_this_year", "date_this_month", "date_time_this_century",
     "date_time_this_decade", "date_time_this_year", "date_time_this_month", "past_date", "future_date",
     "past_datetime", "future_datetime", "date_of_birth", "date_time", "date_time_ad"}
)


class _Column(Protocol):
    @property
    def name(self) -> str: ...
    @property
    def provider(self) -> str | None: ...
    @property
    def entity(self) -> str | None: ...


def entity_key(col: _Column) -> tuple[str, str] | None:
    """(family, entity name) of a column that belongs to an entity; None for any other column."""
    member = MEMBERS.get(col.provider or "")
    return None if member is None else (member.family, col.entity or "")


def sexes(columns: Iterable[_Column]) -> dict[tuple[str, str], str]:
    """The sex each person entity is fixed to by a *_male / *_female / *_nonbinary column (first one wins)."""
    fixed: dict[tuple[str, str], str] = {}
    for col in columns:
        member = MEMBERS.get(col.provider or "")
        if member is not None and member.sex is not None:
            fixed.setdefault(("person", col.entity or ""), member.sex)
    return fixed


def entity_problems(columns: list[_Column]) -> list[str]:
    """Every misuse of `entity`, naming the column: on a provider no entity links, or one person given two sexes."""
    problems: list[str] = []
    fixed = sexes(columns)
    for col in columns:
        where = f"column '{col.name}'"
        if col.entity is not None and col.provider in UNLINKABLE:
            problems.append(f"{where}: 'entity' cannot link {col.provider} to other columns "
                            f"({UNLINKABLE[col.provider]}); remove 'entity' from it")
        elif col.entity is not None and col.provider not in MEMBERS:
            problems.append(f"{where}: 'entity' applies to person or address providers, not {col.provider}")
        member = MEMBERS.get(col.provider or "")
        if member is not None and member.sex is not None and fixed[("person", col.entity or "")] != member.sex:
            who = f"entity '{col.entity}'" if col.entity else "the row's person (no 'entity')"
            problems.append(f"{where}: {col.provider} makes {who} {member.sex}, but an earlier column made it "
                            f"{fixed[('person', col.entity or '')]}; give one of them another 'entity'")
    return problems
