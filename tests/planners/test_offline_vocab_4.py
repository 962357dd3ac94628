"""Offline planner: stated values, vocabularies and formats reach the generated rows (choices written with
slashes, shares said in words, e-mail shapes, codes of a standard, stated decimals, card numbers)."""

from __future__ import annotations

import re
from typing import Any

import pyarrow as pa
import pytest

from synthgen.engine import iter_batches
from synthgen.planners.offline.planner import OfflinePlanner


def rows(description: str, n: int = 200) -> dict[str, list[Any]]:
    schema = OfflinePlanner().plan(description).schema
    return pa.Table.from_batches(list(iter_batches(schema, n, 7))).to_pydict()


def values(description: str, name: str, n: int = 200) -> list[Any]:
    table = rows(description, n)
    assert name in table, f"{name} not in {sorted(table)}"
    return table[name]


# -- choices separated by ' / ' are choices, even when one of them is two words ('money market') -------------

@pytest.mark.parametrize(("description", "name", "choices"), [
    ("loans table\nloan_id: string\nloan_type: mortgage / auto / personal loan\nrisk: low / medium / high",
     "loan_type", {"mortgage", "auto", "personal loan"}),
    ("support tickets\nticket_id: int\nchannel: phone / web form / live chat", "channel",
     {"phone", "web form", "live chat"}),
    ("savings products\nproduct: checking / savings / money market\nrate: percent", "product",
     {"checking", "savings", "money market"}),
    ("farm plots: plot id, crop type (winter wheat / spring barley / oats), tonnes", "crop_type",
     {"winter wheat", "spring barley", "oats"}),
    ("gym classes\nclass_kind: spin / hot yoga / body pump / pilates", "class_kind",
     {"spin", "hot yoga", "body pump", "pilates"}),
])
def test_slash_separated_choices_are_the_values(description: str, name: str, choices: set[str]) -> None:
    assert set(values(description, name)) == choices


def test_one_slash_between_two_amounts_is_still_a_ratio() -> None:
    got = values("listings\nprice_per_sqft: list price / square feet", "price_per_sqft")
    assert all(isinstance(v, float | int) for v in got)


# -- shares said with a quantity word ('most are active', 'the majority of tickets are normal') ----------------

@pytest.mark.parametrize(("description", "name", "value", "window"), [
    ("members table\nmember_id: int\nstatus: active / lapsed / banned (most are active)", "status", "active",
     (0.65, 0.93)),
    ("tickets: id, priority (low, medium, high; the majority are low), opened at", "priority", "low", (0.55, 0.85)),
    ("vehicles: vin, fuel (petrol, diesel or electric, a few are electric)", "fuel", "electric", (0.02, 0.2)),
    ("orders: id, status (pending, shipped, delivered; nearly all are delivered)", "status", "delivered",
     (0.82, 0.99)),
    ("users with a status of active, suspended or deleted; most users are active", "status", "active", (0.65, 0.93)),
    ("A table of library loans. Each loan has a status which is on loan, returned or overdue. Most loans are returned.",
     "status", "returned", (0.65, 0.93)),
    ("Tickets with an id and a priority of low, normal or urgent. The majority of tickets are normal.", "priority",
     "normal", (0.55, 0.85)),
])
def test_quantity_words_set_a_share(description: str, name: str, value: str, window: tuple[float, float]) -> None:
    got = values(description, name, 400)
    share = sum(1 for v in got if v == value) / len(got)
    assert window[0] <= share <= window[1], share
    assert not any(n.startswith(("most", "tickets_majority")) for n in rows(description, 5))


# -- a code standard named in the phrase gives that standard's codes, not codes shaped like its name ------------

_ICD10 = r"[A-Z]\d[0-9A-Z](?:\.[0-9A-Z]{1,4})?"


@pytest.mark.parametrize(("description", "name"), [
    ("Health insurance claims\n* claim id\n* diagnosis code (ICD-10, like J45.909)\n* billed amount", "diagnosis_code"),
    ("claims: claim id, diagnosis code (ICD-10), billed amount", "diagnosis_code"),
    ("visits: visit id, dx (ICD-10 code), doctor", "dx_code"),
    ("patients: id, condition (icd10), ward", "condition"),
    ("diagnoses: code (ICD-10, e.g. E11.9), description", "code"),
])
def test_a_named_standard_gives_its_codes(description: str, name: str) -> None:

    got = values(description, name, 50)
    assert all(re.fullmatch(_ICD10, str(v)) for v in got), got[:5]


def test_an_example_code_still_sets_the_pattern() -> None:

    got = values("invoices: id, code like INV-2024-001, total", "code", 20)
    assert all(re.fullmatch(r"INV-2024-\d{3,}", str(v)) for v in got), got[:5]


# -- a card number's stated schemes and checksum are a shape, not two choices ------------------------------------

def _luhn(number: str) -> bool:
    digits = [int(d) for d in number if d.isdigit()]
    total = sum(d if i % 2 == 0 else (d * 2 - 9 if d * 2 > 9 else d * 2) for i, d in enumerate(reversed(digits)))
    return len(digits) >= 12 and total % 10 == 0


@pytest.mark.parametrize(("description", "name", "first"), [
    ("card txns: txn id, card no (visa/mc, valid luhn), merchant, amt", "card_no", ("4", "5", "2")),
    ("payments: id, card number (amex or visa), amount", "card_number", ("3", "4")),
    ("wallet: id, card (visa, mastercard, discover), status (active, blocked)", "card", ("4", "5", "2", "6")),
    ("subscriptions: id, card number (valid luhn), plan", "card_number", tuple("0123456789")),
    ("refunds: id, cc (luhn valid), refunded at", "cc", tuple("0123456789")),
])
def test_card_numbers_are_valid_of_the_named_schemes(description: str, name: str, first: tuple[str, ...]) -> None:
    got = [str(v) for v in values(description, name, 50)]
    assert all(_luhn(v) and v.startswith(first) for v in got), got[:5]


# -- '|' separated choices; common category columns get their own vocabulary, not a generic tier list -----------

def test_pipe_separated_choices_of_several_words() -> None:
    got = set(values("job queue\njob_id: int\nstage: data intake | manual review | final sign off | archived\n"
                     "owner: person", "stage"))
    assert got == {"data intake", "manual review", "final sign off", "archived"}


@pytest.mark.parametrize(("description", "name", "some_of"), [
    ("bank: id, account type, balance", "account_type", {"Checking", "Savings", "Money Market"}),
    ("insurance claims: id, claim type, amount", "claim_type", {"Collision", "Theft", "Fire"}),
    ("town hall records: id, permit type, address", "permit_type", {"Electrical", "Plumbing", "Demolition"}),
    ("hr absences: employee, leave type, days", "leave_type", {"Vacation", "Sick", "Parental"}),
    ("adjusters: policy no, type of loss, paid out", "type_of_loss", {"Water Damage", "Storm Damage"}),
])
def test_common_category_columns_have_their_own_vocabulary(description: str, name: str, some_of: set[str]) -> None:
    got = set(values(description, name))
    assert some_of <= got and not got & {"Standard", "Premium", "Basic"}, got


# -- '(ISO code)', '(IATA code)', '(NAICS code)': the column holds that standard's code of what it names ----------

@pytest.mark.parametrize(("description", "name", "shape"), [
    ("shipments: id, destination country (ISO code), weight", "destination_country", r"[A-Z]{2}"),
    ("users: id, country (ISO 3166 alpha-2), signup date", "country", r"[A-Z]{2}"),
    ("flights: id, airline (IATA code), fare", "airline", r"[A-Z0-9]{2}"),
    ("firms: id, industry (NAICS code), revenue", "industry", r"\d{6}"),
    ("card payments: id, mcc code, amount", "mcc_code", r"\d{4}"),
    ("readers: id, language (ISO 639 code), joined", "language", r"[a-z]{2,3}"),
])
def test_a_parenthesised_standard_gives_codes(description: str, name: str, shape: str) -> None:
    got = [str(v) for v in values(description, name, 50)]
    assert all(re.fullmatch(shape, v) for v in got), got[:5]
