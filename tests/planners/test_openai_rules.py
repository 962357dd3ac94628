"""Column rules over the LLM wire: a model's answer carrying rules becomes a valid schema (real openai SDK over an
httpx2 MockTransport); a malformed rule is sent back in the one repair round."""

from __future__ import annotations

import copy
import json

import httpx2
import pytest

from synthgen.engine import iter_batches
from synthgen.errors import PlannerError
from synthgen.planners.openai_planner import OpenAIPlanner
from synthgen.planners.prompt import system_prompt
from synthgen.planners.wire import WireSchema, from_schema, to_schema_dict, wire_json_schema
from synthgen.schema import parse_schema

NONE = {"unique": False, "null_rate": 0, "weights": None, "entity": None, "after": None, "sequence": False,
        "formula": None, "when": None, "by": None, "distribution": None, "distinct": None, "series": None}


def col(name: str, provider: str, args: list | None = None, **keys) -> dict:
    return {"name": name, "provider": provider, "args": args or [], **NONE, **keys}


ANSWER = {"name": "orders", "locale": "en_US", "columns": [
    col("status", "random_element", [{"key": "elements", "value": ["paid", "refunded"]}], weights=[9, 1]),
    col("amount", "pyfloat", [{"key": "min_value", "value": 5}, {"key": "max_value", "value": 500},
                              {"key": "right_digits", "value": 2}],
        distribution={"kind": "lognormal", "mean": None, "sd": None, "median": 60, "sigma": 0.6, "a": None}),
    col("refund", "", formula="round(amount * uniform(0.2, 1.0), 2)",
        when={"column": "status", "in": ["refunded"], "not_in": None}),
    col("country", "random_element", [{"key": "elements", "value": ["France", "Japan"]}]),
    col("city", "random_element", [{"key": "elements", "value": ["Elsewhere"]}],
        by={"column": "country", "elements": [{"when": "France", "elements": ["Paris", "Lyon"], "weights": [3, 1]},
                                              {"when": "Japan", "elements": ["Osaka"], "weights": None}]}),
    col("store", "bothify", [{"key": "text", "value": "ST-##"}], distinct=5),
    col("at", "date_time_between", series={"start": "2024-01-01T08:00:00", "step": "1h", "per": "store"}),
]}


def completion(content: str) -> httpx2.Response:
    return httpx2.Response(200, json={
        "id": "chatcmpl-1", "object": "chat.completion", "created": 0, "model": "gpt-4o-mini",
        "choices": [{"index": 0, "finish_reason": "stop",
                     "message": {"role": "assistant", "content": content, "refusal": None}}],
        "usage": {"prompt_tokens": 2000, "completion_tokens": 500, "total_tokens": 2500}})


def planner_over(*replies) -> tuple[OpenAIPlanner, list[dict]]:
    bodies: list[dict] = []
    queue = list(replies)

    def handler(request: httpx2.Request) -> httpx2.Response:
        bodies.append(json.loads(request.content))
        return queue.pop(0)

    planner = OpenAIPlanner(model="gpt-4o-mini", api_key="sk-test-0123456789", timeout=20,
                            http_client=httpx2.Client(transport=httpx2.MockTransport(handler)), sleep=lambda _s: None)
    return planner, bodies


def test_an_answer_with_rules_becomes_a_valid_schema_that_keeps_them():
    planner, bodies = planner_over(completion(json.dumps(ANSWER)))
    schema = planner.plan("orders with refunds, cities by country, hourly store reports").schema
    by_name = {c.name: c for c in schema.columns}
    assert by_name["refund"].provider is None and by_name["refund"].formula.startswith("round(amount")
    assert by_name["refund"].when.in_ == ["refunded"]
    assert by_name["city"].by.elements == {"France": ["Paris", "Lyon"], "Japan": ["Osaka"]}
    assert by_name["city"].by.weights == {"France": [3.0, 1.0]}
    assert by_name["amount"].distribution.median == 60 and by_name["store"].distinct == 5
    assert by_name["at"].series.per == "store"
    rows = [r for b in iter_batches(schema, 200, 1) for r in b.to_pylist()]
    assert all((r["refund"] is not None) == (r["status"] == "refunded") for r in rows)
    assert all(r["city"] in {"France": {"Paris", "Lyon"}, "Japan": {"Osaka"}}[r["country"]] for r in rows)
    # the model was told about the rules, and the strict format lets it send them
    (body,) = bodies
    assert body["messages"][0]["content"] == system_prompt(None) and "formula: a value computed" in system_prompt(None)
    props = body["response_format"]["json_schema"]["schema"]["$defs"]["WireColumn"]["properties"]
    assert {"formula", "when", "by", "distribution", "distinct", "series"} <= set(props)


def test_a_malformed_rule_gets_the_repair_round():
    bad = copy.deepcopy(ANSWER)
    bad["columns"][2]["formula"] = "round(amont * 2, 2)"
    bad["columns"][4]["by"]["elements"][1]["when"] = "Peru"
    planner, bodies = planner_over(completion(json.dumps(bad)), completion(json.dumps(ANSWER)))
    result = planner.plan("orders")
    assert result.meta.repaired
    repair = bodies[1]["messages"][-1]["content"]
    assert "column 'refund': formula: unknown column 'amont'" in repair
    assert "column 'city': 'by.elements' has a list for 'Peru', which is not a value of 'country'" in repair
    assert result.schema.columns[2].formula == "round(amount * uniform(0.2, 1.0), 2)"


def test_a_rule_still_wrong_after_the_repair_fails_clearly():
    bad = copy.deepcopy(ANSWER)
    bad["columns"][2]["when"] = {"column": "status", "in": ["refunded"], "not_in": ["paid"]}
    planner, _ = planner_over(completion(json.dumps(bad)), completion(json.dumps(bad)))
    with pytest.raises(PlannerError, match="exactly one of 'in' or 'not_in'"):
        planner.plan("orders")


def test_every_rule_round_trips_through_the_wire():
    schema = parse_schema(to_schema_dict(WireSchema.model_validate(ANSWER)))
    again = parse_schema(to_schema_dict(from_schema(schema)))
    assert again == schema
    assert "formula" in wire_json_schema()["$defs"]["WireColumn"]["required"]
