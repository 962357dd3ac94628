"""Offline planner: stated values, vocabularies and formats reach the generated rows (choices written with
slashes, shares said in words, e-mail shapes, codes of a standard, stated decimals, card numbers)."""

from __future__ import annotations

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
