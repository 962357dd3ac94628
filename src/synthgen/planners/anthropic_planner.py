"""The Anthropic planner: the Messages API with one forced tool whose input schema is the wire format."""

from __future__ import annotations

from functools import partial
from typing import Any

from .llm import MAX_OUTPUT_TOKENS, Answer, LLMPlanner
from .wire import wire_json_schema

DEFAULT_BASE_URL = "https://api.anthropic.com"  # explicit, so our caller (not the SDK's own env lookup) decides
_INSTALL_HINT = "the Anthropic planner needs the anthropic package: uv add anthropic (or pip install anthropic)"
TOOL_NAME = "emit_dataset_schema"


def _anthropic() -> Any:
    try:
        import anthropic
    except ImportError as exc:  # pragma: no cover - anthropic is a dependency; kept for slim installs
        raise ImportError(_INSTALL_HINT) from exc
    return anthropic


class AnthropicPlanner(LLMPlanner):
    """Plans a schema with one forced tool call (plus at most one repair round) to Claude.

    Arguments are LLMPlanner's: `model`, `api_key`, `base_url` (None: Anthropic itself), `timeout`, `http_client`.
    """

    name = "anthropic"
    service = "Anthropic"

    def _sdk(self) -> Any:
        return _anthropic()

    def _make_client(self) -> Any:
        return _anthropic().Anthropic(
            api_key=self._secret(), base_url=self.base_url or DEFAULT_BASE_URL, http_client=self._http(),
            max_retries=0,  # LLMPlanner retries once itself, within the time budget
            timeout=self.timeout,
        )

    def _send(self, client: Any, system: str, messages: list[dict[str, Any]], timeout: float) -> Any:
        tool = {"name": TOOL_NAME, "description": "Record the planned dataset schema.",
                "input_schema": wire_json_schema()}
        return client.messages.create(
            model=self.model,
            max_tokens=MAX_OUTPUT_TOKENS,
            system=system,
            messages=messages,
            tools=[tool],
            tool_choice={"type": "tool", "name": TOOL_NAME},
            timeout=timeout,
        )

    def _read(self, message: Any) -> Answer:
        usage = message.usage
        answer = partial(Answer, input_tokens=getattr(usage, "input_tokens", 0) or 0,
                         output_tokens=getattr(usage, "output_tokens", 0) or 0)
        if message.stop_reason == "refusal":
            return answer(None, refused=True)
        truncated = message.stop_reason == "max_tokens"
        content = [block.model_dump(mode="json", exclude_none=True) for block in message.content]
        for block in message.content:
            if block.type == "tool_use" and block.name == TOOL_NAME:
                return answer(block.input, truncated=truncated, turn=content)
        # No tool call (a compatible proxy, or prose): decode the text instead.
        text = "".join(getattr(block, "text", "") for block in message.content if block.type == "text")
        return answer(text, truncated=truncated, turn=content)

    def _followup(self, messages: list[dict[str, Any]], answer: Answer, text: str) -> list[dict[str, Any]]:
        blocks = [kept for kept in map(_replayable, answer.turn or []) if kept]
        tool_ids = [b["id"] for b in blocks if b.get("type") == "tool_use"]
        if tool_ids:  # a tool_use must be answered by its tool_result
            reply: Any = [{"type": "tool_result", "tool_use_id": tool_ids[0], "is_error": True, "content": text}]
        else:
            reply = text
        return [*messages, {"role": "assistant", "content": blocks or "(no answer)"},
                {"role": "user", "content": reply}]


def _replayable(block: dict[str, Any]) -> dict[str, Any] | None:
    """A content block of the model's turn in the shape the API accepts back (response-only fields dropped)."""
    if block.get("type") == "text":
        return {"type": "text", "text": block.get("text") or "(empty)"}
    if block.get("type") == "tool_use":
        given = block.get("input")
        return {"type": "tool_use", "id": block["id"], "name": block["name"],
                "input": given if isinstance(given, dict) else {}}
    return None
