"""The reply guard, through the real openai and anthropic SDKs over an httpx2 MockTransport: a reply that drips past
the planning budget is a PlannerTimeout (both rounds share one budget), a huge or compressed reply is refused
after reading at most about 1 MB, and a 200 whose body is not JSON is a PlannerError (502), never a bare
JSONDecodeError (500)."""

from __future__ import annotations

import json
from collections.abc import Iterator

import httpx2
import pytest

from synthgen.config import Settings
from synthgen.errors import PlannerError, PlannerTimeout
from synthgen.factory import llm_planner
from synthgen.planners.anthropic_planner import TOOL_NAME
from synthgen.planners.guard import MAX_REPLY_BYTES

PROVIDERS = ["openai", "anthropic"]


def column(name: str, provider: str, args: list | None = None) -> dict:
    return {"name": name, "provider": provider, "args": args or [], "unique": False, "null_rate": 0,
            "weights": None, "entity": None, "after": None, "sequence": False}


GOOD = {"name": "orders", "locale": "en_US", "columns": [column("order_id", "uuid4"), column("customer", "name")]}


def reply_body(provider: str, payload: dict | str) -> bytes:
    """The JSON body of a good API reply carrying `payload` (a schema, or text the planner must repair)."""
    if provider == "anthropic":
        content = ([{"type": "text", "text": payload}] if isinstance(payload, str) else
                   [{"type": "tool_use", "id": "toolu_01", "name": TOOL_NAME, "input": payload}])
        body = {"id": "msg_01", "type": "message", "role": "assistant", "model": "claude-haiku-4-5",
                "content": content, "stop_reason": "tool_use", "stop_sequence": None,
                "usage": {"input_tokens": 10, "output_tokens": 10}}
    else:
        text = payload if isinstance(payload, str) else json.dumps(payload)
        body = {"id": "c1", "object": "chat.completion", "created": 0, "model": "gpt-4o-mini",
                "choices": [{"index": 0, "finish_reason": "stop",
                             "message": {"role": "assistant", "content": text, "refusal": None}}],
                "usage": {"prompt_tokens": 10, "completion_tokens": 10, "total_tokens": 20}}
    return json.dumps(body).encode()


class Body(httpx2.SyncByteStream):
    """A reply body made chunk by chunk as the client reads it; counts what the client took."""

    def __init__(self, chunks: Iterator[bytes]) -> None:
        self.chunks = chunks
        self.sent = 0
        self.closed = False

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self.chunks:
            self.sent += len(chunk)
            yield chunk

    def close(self) -> None:
        self.closed = True


class Server:
    """The LLM service: answers each request with the next of `replies` (a callable making an httpx2.Response)."""

    def __init__(self, *replies) -> None:
        self.replies = list(replies)
        self.requests: list[httpx2.Request] = []

    def __call__(self, request: httpx2.Request) -> httpx2.Response:
        self.requests.append(request)
        return self.replies.pop(0)()


def planner(provider: str, server: Server, *, timeout: float = 20, clock=None):
    settings = Settings(_env_file=None, api_provider=provider, openai_api_key="sk-test-0123456789",
                        anthropic_api_key="sk-ant-test-0123456789", planner_timeout=timeout)
    extra = {"clock": clock} if clock is not None else {}
    return llm_planner(settings, http_client=httpx2.Client(transport=httpx2.MockTransport(server)),
                       sleep=lambda s: None, **extra)


def json_reply(stream: httpx2.SyncByteStream, **headers: str) -> httpx2.Response:
    return httpx2.Response(200, headers={"content-type": "application/json", **headers}, stream=stream)


# ---- the whole-call deadline ----------------------------------------------------------------------------------

@pytest.mark.parametrize("provider", PROVIDERS)
def test_a_reply_dripping_a_byte_every_2_s_is_cut_at_the_budget(provider: str) -> None:
    now = [0.0]
    full = reply_body(provider, GOOD)

    def drip() -> Iterator[bytes]:
        for i in range(len(full)):
            now[0] += 2.0  # one byte every 2 s: each read is quick, so the SDK's per-read timeout never trips
            yield full[i : i + 1]

    body = Body(drip())
    server = Server(lambda: json_reply(body))
    with pytest.raises(PlannerTimeout, match=r"within 20 s \(PLANNER_TIMEOUT\)"):
        planner(provider, server, clock=lambda: now[0]).plan("orders")
    assert body.sent == 10 and now[0] == 20  # stopped at the byte that crossed the 20 s budget, of ~400
    assert body.closed and len(server.requests) == 1  # no retry of a timeout that spent the budget


@pytest.mark.parametrize("provider", PROVIDERS)
def test_the_repair_round_drips_into_the_same_budget(provider: str) -> None:
    now = [0.0]
    second = reply_body(provider, GOOD)

    def slow_prose() -> httpx2.Response:
        now[0] += 15  # the first answer took 15 s of 20 and needs a repair
        return httpx2.Response(200, content=reply_body(provider, "a table of orders, I think"),
                               headers={"content-type": "application/json"})

    def drip() -> Iterator[bytes]:
        for i in range(len(second)):
            now[0] += 1.0
            yield second[i : i + 1]

    body = Body(drip())
    server = Server(slow_prose, lambda: json_reply(body))
    with pytest.raises(PlannerTimeout):
        planner(provider, server, clock=lambda: now[0]).plan("orders")
    assert len(server.requests) == 2 and body.sent == 5  # the repair reply got the 5 s left, not a fresh 20


@pytest.mark.parametrize("provider", PROVIDERS)
def test_a_reply_dripping_in_real_time_stops_soon_after_the_budget(provider: str) -> None:
    import time

    full = reply_body(provider, GOOD)

    def drip() -> Iterator[bytes]:
        for i in range(len(full)):
            time.sleep(0.02)
            yield full[i : i + 1]

    body = Body(drip())
    with pytest.raises(PlannerTimeout):
        planner(provider, Server(lambda: json_reply(body)), timeout=0.3).plan("orders")
    assert body.sent < len(full) // 2  # the read stopped mid-reply, with the whole budget at the real clock


# ---- the size cap ---------------------------------------------------------------------------------------------

def fifty_megabytes() -> Iterator[bytes]:
    yield b'{"id": "x", "choices": [], "padding": "'
    for _ in range(50 * 16):
        yield b"a" * 65536


@pytest.mark.parametrize("provider", PROVIDERS)
def test_a_50_mb_reply_is_refused_after_reading_about_1_mb(provider: str) -> None:
    body = Body(fifty_megabytes())
    server = Server(lambda: json_reply(body))
    with pytest.raises(PlannerError, match="reply we refuse to read: the reply is over 1,000,000 bytes") as info:
        planner(provider, server).plan("orders")
    assert type(info.value) is PlannerError  # a 502, not a timeout or unavailable
    assert MAX_REPLY_BYTES < body.sent <= MAX_REPLY_BYTES + 65536  # one chunk past the cap, of 50 MB
    assert body.closed and len(server.requests) == 1


@pytest.mark.parametrize("provider", PROVIDERS)
def test_a_reply_announcing_50_mb_is_refused_before_reading_it(provider: str) -> None:
    body = Body(fifty_megabytes())
    server = Server(lambda: json_reply(body, **{"content-length": str(50 * 2**20)}))
    with pytest.raises(PlannerError, match="announces 52,428,800 bytes"):
        planner(provider, server).plan("orders")
    assert body.sent == 0


@pytest.mark.parametrize("provider", PROVIDERS)
def test_replies_are_asked_uncompressed_and_a_compressed_one_is_refused(provider: str) -> None:
    import gzip

    bomb = gzip.compress(b" " * 20_000_000)  # 20 kB that would inflate to 20 MB
    server = Server(lambda: httpx2.Response(200, content=bomb, headers={"content-type": "application/json",
                                                                          "content-encoding": "gzip"}))
    with pytest.raises(PlannerError, match=r"compressed \(gzip\)"):
        planner(provider, server).plan("orders")
    assert server.requests[0].headers["accept-encoding"] == "identity"


@pytest.mark.parametrize("provider", PROVIDERS)
def test_a_good_reply_passes_the_guard_unchanged(provider: str) -> None:
    server = Server(lambda: json_reply(Body(iter([reply_body(provider, GOOD)]))))
    result = planner(provider, server).plan("orders")
    assert [c.name for c in result.schema.columns] == ["order_id", "customer"]


# ---- a 200 whose body is not JSON ---------------------------------------------------------------------------

@pytest.mark.parametrize("provider", PROVIDERS)
@pytest.mark.parametrize("body", [b'{"id": "msg_01", "content": [{"ty', b"upstream error", b""],
                         ids=["truncated", "not json", "empty"])
def test_a_200_that_is_not_json_is_a_planner_error(provider: str, body: bytes) -> None:
    server = Server(lambda: httpx2.Response(200, content=body, headers={"content-type": "application/json"}))
    with pytest.raises(PlannerError, match="sent a reply that is not valid JSON") as info:
        planner(provider, server).plan("orders")
    assert type(info.value) is PlannerError and info.value.code == "planner_failed"
    assert len(server.requests) == 1
