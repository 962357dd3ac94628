"""The examples planner over shipped samples (tests/data/examples): the schema it infers (patterns, types, ranges,
categories, entities, relations), rows made from it that pass the checks the examples pass, and nothing personal
from the sample in 10,000 generated rows."""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import pandas as pd
import pytest

import synthgen
from synthgen.planners.examples import ExamplesPlanner, kinds

DATA = Path(__file__).parent.parent / "data" / "examples"
ORDERS = DATA / "orders.csv"
PEOPLE = DATA / "people.jsonl"


def _sample_rows(path: Path) -> list[dict[str, str]]:
    with path.open(newline="") as fh:
        return list(csv.DictReader(fh))


@pytest.fixture(scope="module")
def orders_plan() -> synthgen.PlanResult:
    return ExamplesPlanner().plan_examples(ORDERS)


@pytest.fixture(scope="module")
def orders() -> pd.DataFrame:
    return synthgen.generate(examples=ORDERS, rows=10_000, seed=15)


def _columns(result: synthgen.PlanResult) -> dict[str, dict]:
    return {c["name"]: c for c in json.loads(result.schema.to_json())["columns"]}


def test_every_column_says_it_came_from_the_examples(orders_plan: synthgen.PlanResult) -> None:
    assert [c.source for c in orders_plan.schema.columns] == [f"from examples: {c.name}"
                                                              for c in orders_plan.schema.columns]
    assert orders_plan.meta.planner == "examples" and orders_plan.schema.name == "orders"
    assert kinds(orders_plan)["customer_email"] == "email"


def test_patterns_of_ids_and_codes_are_kept(orders_plan: synthgen.PlanResult) -> None:
    cols = _columns(orders_plan)
    assert cols["order_id"] == {"name": "order_id", "provider": "numerify", "args": {"text": "ORD-####"},
                                "unique": True, "source": "from examples: order_id"}
    assert cols["invoice"]["args"] == {"text": "INV-2024-#####"} and cols["invoice"]["unique"]
    assert cols["sku"]["provider"] == "bothify" and cols["sku"]["args"]["text"] == "??##-??"
    assert cols["sku"]["args"]["letters"] == "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def test_types_ranges_and_categories_are_recovered(orders_plan: synthgen.PlanResult) -> None:
    cols = _columns(orders_plan)
    rows = _sample_rows(ORDERS)
    prices = [float(r["unit_price"]) for r in rows]
    assert cols["unit_price"]["provider"] == "pyfloat"
    assert cols["unit_price"]["args"] == {"min_value": min(prices), "max_value": max(prices), "right_digits": 2}
    assert cols["unit_price"]["distribution"]["kind"] == "lognormal"  # drawn lognormal by tests' own sample maker
    dates = sorted(r["ordered_on"] for r in rows)
    assert cols["ordered_on"] == {"name": "ordered_on", "provider": "date_between",
                                  "args": {"start_date": dates[0], "end_date": dates[-1]},
                                  "source": "from examples: ordered_on"}
    status = [r["status"] for r in rows]
    elements = cols["status"]["args"]["elements"]
    assert sorted(elements) == ["paid", "refunded", "shipped"]
    assert cols["status"]["weights"] == [status.count(e) for e in elements]
    assert cols["gift"]["provider"] == "pybool"
    share = [r["gift"] for r in rows].count("true") / len(rows)
    assert cols["gift"]["args"]["truth_probability"] == round(share * 100)
    assert cols["review"]["provider"] == "text" and cols["review"]["null_rate"] == 0.25
    assert cols["customer_name"]["provider"] == "name" and cols["phone"]["provider"] == "phone_number"


def test_entities_and_relations_are_recovered(orders_plan: synthgen.PlanResult) -> None:
    cols = _columns(orders_plan)
    assert cols["customer_name"]["entity"] == cols["customer_email"]["entity"] == "customer"
    assert cols["total"]["formula"] == "round(quantity * unit_price, 2)" and "provider" not in cols["total"]
    assert cols["shipped_on"]["after"] == {"column": "ordered_on", "min_days": 1, "max_days": 9}
    assert cols["refunded_at"]["when"] == {"column": "status", "in": ["refunded"]}
    assert cols["currency"]["by"]["column"] == "country"
    assert cols["currency"]["by"]["elements"] == {"France": ["EUR"], "Japan": ["JPY"], "Germany": ["EUR"],
                                                  "Brazil": ["BRL"]}
    notes = " | ".join(orders_plan.meta.notes)
    assert "'shipped_on' comes 1 days to 9 days after 'ordered_on'" in notes
    assert "values reused from the examples (low-cardinality categories only): country, currency, status" in notes


def test_generated_rows_pass_the_checks_the_examples_pass(orders: pd.DataFrame) -> None:
    sample = pd.DataFrame(_sample_rows(ORDERS))
    for frame in (sample, orders):
        assert frame["order_id"].str.fullmatch(r"ORD-\d{4,}").all() and frame["order_id"].is_unique
        assert frame["invoice"].str.fullmatch(r"INV-2024-\d{5}").all()
        assert frame["sku"].str.fullmatch(r"[A-Z]{2}\d{2}-[A-Z]{2}").all()
        assert frame["customer_email"].str.contains("@").all()
        q = pd.to_numeric(frame["quantity"])
        price = pd.to_numeric(frame["unit_price"])
        assert ((pd.to_numeric(frame["total"]) - (q * price).round(2)).abs() < 0.011).all()
        gap = (pd.to_datetime(frame["shipped_on"]) - pd.to_datetime(frame["ordered_on"])).dt.days
        assert gap.between(1, 9).all()
        refunded = frame["status"] == "refunded"
        filled = frame["refunded_at"].replace("", None).notna()
        assert (filled == refunded).all()
        pairs = set(zip(frame["country"], frame["currency"]))
        assert pairs <= {("France", "EUR"), ("Japan", "JPY"), ("Germany", "EUR"), ("Brazil", "BRL")}
    assert len(orders) == 10_000
    assert pd.to_numeric(orders["unit_price"]).between(3.64, 91.92).all()
    shares = orders["status"].value_counts(normalize=True)
    expected = sample["status"].value_counts(normalize=True)
    assert (shares - expected).abs().max() < 0.03  # the observed weights, not uniform
    assert set(orders["status"]) == set(expected.index)


def test_nothing_personal_from_the_sample_appears_in_the_output(orders: pd.DataFrame) -> None:
    # (codes are drawn afresh in their pattern too, but 10,000 draws of INV-2024-##### meet a few of the sample's
    # 60 by chance, so they are not counted here)
    sample = _sample_rows(ORDERS)
    made = set()
    for column in ("customer_name", "customer_email", "phone", "review"):
        made |= set(orders[column].dropna().astype(str))
    for row in sample:
        for column in ("customer_name", "customer_email", "phone", "review"):
            assert row[column] == "" or row[column] not in made, (column, row[column])
    emails = {row["customer_email"] for row in sample}
    assert not emails & set(orders["customer_email"])


def test_a_json_lines_sample_keeps_sequences_entities_and_shapes() -> None:
    result = synthgen.plan(examples=PEOPLE)
    cols = _columns(result)
    assert cols["id"]["sequence"] and cols["id"]["args"] == {"min": 1000, "step": 1} and cols["id"]["unique"]
    assert cols["name"]["entity"] == cols["email"]["entity"]
    assert cols["signup"]["provider"] == "date_time_between"
    assert cols["signup"]["args"]["start_date"].startswith("2023-")
    assert cols["score"]["distribution"]["kind"] == "normal"
    assert cols["address.city"]["args"]["elements"] and cols["address.street"]["provider"] == "street_address"
    assert cols["ip"]["provider"] == "ipv4" and cols["website"]["provider"] == "url"
    frame = synthgen.generate(examples=PEOPLE, rows=500, seed=3)
    assert list(frame["id"][:3]) == [1000, 1001, 1002]
    people = [json.loads(line) for line in PEOPLE.read_text().splitlines()]
    assert not {p["name"] for p in people} & set(frame["name"])
    assert not {p["email"] for p in people} & set(frame["email"])
    # the email belongs to the generated person, as in the sample
    last = frame["name"].str.split().str[-1].str.lower()
    assert sum(n in e for n, e in zip(last, frame["email"])) > 0.3 * len(frame)


def test_three_api_examples_are_enough() -> None:
    examples = [{"id": "user-001", "name": "Alice Okafor", "email": "alice.okafor@example.com", "plan": "pro",
                 "signed_up": "2024-01-05"},
                {"id": "user-002", "name": "Bruno Lindqvist", "email": "bruno.lindqvist@example.com", "plan": "free",
                 "signed_up": "2024-02-11"},
                {"id": "user-003", "name": "Carla Moreau", "email": "carla.moreau@example.com", "plan": "free",
                 "signed_up": "2024-03-20"}]
    frame = synthgen.generate(examples=examples, rows=2_000, seed=1)
    assert frame["id"].str.fullmatch(r"user-\d{3,}").all() and frame["id"].is_unique  # widened to hold 2,000
    assert set(frame["plan"]) == {"pro", "free"}
    assert not {e["email"] for e in examples} & set(frame["email"])
    planned = synthgen.plan(examples=examples)
    assert any("count up" in note for note in planned.meta.notes)
    assert frame.equals(synthgen.generate(examples=examples, rows=2_000, seed=1))


def test_a_personal_looking_column_is_never_reused_even_with_few_values() -> None:
    examples = [{"customer": name, "tier": tier} for name, tier in
                [("Alice Okafor", "gold"), ("Bruno Lindqvist", "silver"), ("Alice Okafor", "gold"),
                 ("Bruno Lindqvist", "gold")] * 3]
    cols = _columns(synthgen.plan(examples=examples))
    assert cols["customer"]["provider"] == "name"
    assert cols["tier"]["provider"] == "random_element"
    frame = synthgen.generate(examples=examples, rows=2_000, seed=2)
    assert not {"Alice Okafor", "Bruno Lindqvist"} & set(frame["customer"])


def test_the_python_api_refuses_two_sources() -> None:
    with pytest.raises(synthgen.SchemaError, match="not both"):
        synthgen.generate("people with names", rows=5, examples=[{"a": 1}])
    with pytest.raises(synthgen.ExamplesError, match="list of objects"):
        synthgen.generate(examples=[1, 2], rows=5)
    assert re.search("examples", synthgen.generate.__doc__ or "")
