"""What an LLM planner understood: the words each column came from (`source`) and the phrases it could not read
(`unrecognised`), over the real openai and anthropic SDKs on an httpx2 MockTransport; a reply with no column
is NotUnderstood; a cache hit keeps the sources."""

from __future__ import annotations

import copy
import json

import httpx2
import pytest

from synthgen.cache import SchemaCache
from synthgen.engine import iter_batches
from synthgen.errors import NotUnderstood
from synthgen.planners.anthropic_planner import TOOL_NAME, AnthropicPlanner
from synthgen.planners.caching import CachingPlanner
from synthgen.planners.openai_planner import OpenAIPlanner
from synthgen.planners.prompt import system_prompt
from synthgen.planners.wire import WireSchema, from_schema, to_schema_dict, unrecognised_words, wire_json_schema
from synthgen.schema import MAX_SOURCE_LENGTH, parse_schema

NONE = {"unique": False, "null_rate": 0, "weights": None, "entity": None, "after": None, "sequence": False,
        "formula": None, "when": None, "by": None, "distribution": None, "distinct": None, "series": None}


def col(name: str, source: str, provider: str, args: list | None = None, **keys) -> dict:
    return {"name": name, "source": source, "provider": provider, "args": args or [], **NONE, **keys}


DESCRIPTION = ("payments with id, status (paid, refunded), amount 5 to 500, refunds for refunded ones, city by "
               "country, paid date and a refund date after it, plus a flux capacitor")
ANSWER = {"name": "payments", "locale": "en_US", "unrecognised": ["flux capacitor"], "columns": [
    col("payment_id", "", "uuid4", unique=True),
    col("status", "status (paid, refunded)", "random_element",
        [{"key": "elements", "value": ["paid", "refunded"]}], weights=[9, 1]),
    col("amount", "amount 5 to 500", "pyfloat", [{"key": "min_value", "value": 5}, {"key": "max_value", "value": 500},
                                                 {"key": "right_digits", "value": 2}]),
    col("refund", "refunds for refunded ones", "", formula="round(amount * uniform(0.2, 1.0), 2)",
        when={"column": "status", "in": ["refunded"], "not_in": None}),
    col("country", "country", "random_element", [{"key": "elements", "value": ["France", "Japan"]}]),
    col("city", "city by country", "random_element", [{"key": "elements", "value": ["Elsewhere"]}],
        by={"column": "country", "elements": [{"when": "France", "elements": ["Paris", "Lyon"], "weights": None},
                                              {"when": "Japan", "elements": ["Osaka"], "weights": None}]}),
    col("paid_on", "paid date", "date_between", [{"key": "start_date", "value": "2024-01-01"},
                                                 {"key": "end_date", "value": "2024-12-31"}]),
    col("refunded_on", "a refund date after it", "date_between",
        after={"column": "paid_on", "min_days": 1, "max_days": 30},
        when={"column": "status", "in": ["refunded"], "not_in": None}),
]}
NOTHING = {"name": "dataset", "locale": "en_US", "unrecognised": ["asdf", "qwerty"], "columns": []}


# ---- the two SDKs over a mock transport --------------------------------------------------------------------------

def completion(answer: dict) -> httpx2.Response:
    return httpx2.Response(200, json={
        "id": "chatcmpl-1", "object": "chat.completion", "created": 0, "model": "gpt-4o-mini",
        "choices": [{"index": 0, "finish_reason": "stop",
                     "message": {"role": "assistant", "content": json.dumps(answer), "refusal": None}}],
        "usage": {"prompt_tokens": 2000, "completion_tokens": 500, "total_tokens": 2500}})


def tool_message(answer: dict) -> httpx2.Response:
    return httpx2.Response(200, json={
        "id": "msg_01", "type": "message", "role": "assistant", "model": "claude-sonnet-4-6",
        "content": [{"type": "tool_use", "id": "toolu_01", "name": TOOL_NAME, "input": answer}],
        "stop_reason": "tool_use", "stop_sequence": None, "usage": {"input_tokens": 2200, "output_tokens": 450}})


def openai_over(*answers: dict):
    bodies: list[dict] = []
    replies = [completion(a) for a in answers]

    def handler(request: httpx2.Request) -> httpx2.Response:
        bodies.append(json.loads(request.content))
        return replies.pop(0)

    planner = OpenAIPlanner(model="gpt-4o-mini", api_key="sk-test-0123456789", timeout=20,
                            http_client=httpx2.Client(transport=httpx2.MockTransport(handler)), sleep=lambda _s: None)
    return planner, bodies


def anthropic_over(*answers: dict):
    bodies: list[dict] = []
    replies = [tool_message(a) for a in answers]

    def handler(request: httpx2.Request) -> httpx2.Response:
        bodies.append(json.loads(request.content))
        return replies.pop(0)

    planner = AnthropicPlanner(model="claude-sonnet-4-6", api_key="sk-ant-test-0123456789", timeout=20,
                               http_client=httpx2.Client(transport=httpx2.MockTransport(handler)),
                               sleep=lambda _s: None)
    return planner, bodies


def sent_column_schema(kind: str, body: dict) -> tuple[dict, dict]:
    """The JSON schema the request offered the model: (the whole answer, one column)."""
    if kind == "openai":
        whole = body["response_format"]["json_schema"]["schema"]
        assert body["response_format"]["json_schema"]["strict"] is True
    else:
        (tool,) = body["tools"]
        assert tool["name"] == TOOL_NAME and body["tool_choice"] == {"type": "tool", "name": TOOL_NAME}
        whole = tool["input_schema"]
    return whole, whole["$defs"]["WireColumn"]


def system_text(kind: str, body: dict) -> str:
    return body["messages"][0]["content"] if kind == "openai" else body["system"]


PLANNERS = {"openai": openai_over, "anthropic": anthropic_over}


@pytest.mark.parametrize("kind", PLANNERS)
def test_a_reply_with_sources_and_rules_becomes_a_schema_that_keeps_both(kind: str) -> None:
    planner, bodies = PLANNERS[kind](ANSWER)
    result = planner.plan(DESCRIPTION)
    by_name = {c.name: c for c in result.schema.columns}
    assert {n: c.source for n, c in by_name.items()} == {
        "payment_id": None, "status": "status (paid, refunded)", "amount": "amount 5 to 500",
        "refund": "refunds for refunded ones", "country": "country", "city": "city by country",
        "paid_on": "paid date", "refunded_on": "a refund date after it"}
    assert by_name["refund"].formula == "round(amount * uniform(0.2, 1.0), 2)" and by_name["refund"].provider is None
    assert by_name["refund"].when.in_ == ["refunded"] and by_name["refunded_on"].after.column == "paid_on"
    assert by_name["city"].by.elements == {"France": ["Paris", "Lyon"], "Japan": ["Osaka"]}
    assert result.meta.unrecognised == ["flux capacitor"] and result.meta.confidence == {}
    assert not result.meta.repaired and result.meta.notes == []
    rows = [r for b in iter_batches(result.schema, 300, 5) for r in b.to_pylist()]
    assert all((r["refund"] is not None) == (r["status"] == "refunded") for r in rows)
    assert all(r["refund"] is None or r["refund"] <= r["amount"] for r in rows)
    # what the model was asked for: a source on every column, the unrecognised phrases, and the rules
    (body,) = bodies
    whole, column = sent_column_schema(kind, body)
    assert column["properties"]["source"]["type"] == "string" and "source" in column["required"]
    assert {"formula", "when", "by", "distribution", "distinct", "series", "after"} <= set(column["required"])
    assert whole["properties"]["unrecognised"]["items"]["type"] == "string" and "unrecognised" in whole["required"]
    prompt = system_text(kind, body)
    assert prompt == system_prompt(None)
    assert "- source: for every column, the words of the description it came from" in prompt
    assert '"source":"status (new, paid)"' in prompt and "- unrecognised:" in prompt
    assert "formula: a value computed from other columns" in prompt and "when: {column, in:" in prompt
    assert "by: {column, elements:" in prompt and "series: {start, step" in prompt


@pytest.mark.parametrize("kind", PLANNERS)
def test_a_reply_with_no_column_is_not_understood_without_a_repair_round(kind: str) -> None:
    planner, bodies = PLANNERS[kind](NOTHING)
    with pytest.raises(NotUnderstood) as caught:
        planner.plan("asdf qwerty")
    assert caught.value.unrecognised == ["asdf", "qwerty"] and caught.value.code == "not_understood"
    assert "not understood: 'asdf', 'qwerty'" in caught.value.detail
    assert NotUnderstood.EXAMPLE in caught.value.detail
    assert len(bodies) == 1  # one request: a repair round cannot make columns out of nothing


@pytest.mark.parametrize("kind", PLANNERS)
def test_a_reply_without_source_keys_still_plans(kind: str) -> None:
    """Older or looser models leave the new keys out: no source, nothing unrecognised, no repair round."""
    loose = copy.deepcopy(ANSWER)
    del loose["unrecognised"]
    for column in loose["columns"]:
        del column["source"]
    planner, bodies = PLANNERS[kind](loose)
    result = planner.plan(DESCRIPTION)
    assert all(c.source is None for c in result.schema.columns) and result.meta.unrecognised == []
    assert len(bodies) == 1


# ---- the wire conversion ------------------------------------------------------------------------------------------

def test_the_wire_source_becomes_one_bounded_line_and_round_trips() -> None:
    answer = copy.deepcopy(ANSWER)
    answer["columns"][1]["source"] = "  status\n(paid,\trefunded) "
    answer["columns"][2]["source"] = "amount " * 60
    answer["unrecognised"] = ["flux\ncapacitor", "", "flux capacitor", "  ", "warp drive"]
    wire = WireSchema.model_validate(answer)
    data = to_schema_dict(wire)
    assert "source" not in data["columns"][0] and "unrecognised" not in data  # "" means none; 2.1 has no such key
    assert data["columns"][1]["source"] == "status (paid, refunded)"
    long = data["columns"][2]["source"]
    assert len(long) == MAX_SOURCE_LENGTH and long.endswith("…") and long.startswith("amount amount")
    assert unrecognised_words(wire) == ["flux capacitor", "warp drive"]
    schema = parse_schema(data)
    assert parse_schema(to_schema_dict(from_schema(schema))) == schema
    assert from_schema(schema).columns[0].source == ""
    assert "source" in wire_json_schema()["$defs"]["WireColumn"]["required"]


# ---- the cache ------------------------------------------------------------------------------------------------------

def test_a_cache_hit_keeps_the_sources_and_reports_nothing_unrecognised(tmp_path) -> None:
    planner, bodies = openai_over(ANSWER)
    caching = CachingPlanner(planner, SchemaCache(tmp_path / "cache"))
    first = caching.plan(DESCRIPTION)
    again = caching.plan(DESCRIPTION)
    assert len(bodies) == 1 and again.meta.cache_hit and not first.meta.cache_hit
    assert again.schema == first.schema and again.schema.columns[1].source == "status (paid, refunded)"
    assert first.meta.unrecognised == ["flux capacitor"] and again.meta.unrecognised == []
