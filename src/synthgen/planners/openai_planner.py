"""The OpenAI planner: Chat Completions with strict structured output; also serves Ollama, vLLM and other
compatibles."""

from __future__ import annotations

from functools import partial
from typing import Any

from .llm import MAX_OUTPUT_TOKENS, Answer, LLMPlanner
from .wire import wire_json_schema

DEFAULT_BASE_URL = "https://api.openai.com/v1"  # explicit, so our caller (not the SDK's own env lookup) decides
_INSTALL_HINT = "the OpenAI planner needs the openai package: uv add openai (or pip install openai)"


def _openai() -> Any:
    try:
        import openai
    except ImportError as exc:  # pragma: no cover - openai is a dependency; kept for slim installs
        raise ImportError(_INSTALL_HINT) from exc
    return openai


class OpenAIPlanner(LLMPlanner):
    """Plans a schema with one structured-output call (plus at most one repair round) to an OpenAI-style API.

    `base_url` None is OpenAI itself; any other URL is an OpenAI-compatible server (Ollama, vLLM: .../v1).
    Arguments are LLMPlanner's: `model`, `api_key`, `base_url`, `timeout` (seconds for a whole plan), `http_client`.
    """

    name = "openai"
    service = "OpenAI"

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        if self.base_url:
            self.service = "the OpenAI-compatible server"

    def _sdk(self) -> Any:
        return _openai()

    def _make_client(self) -> Any:
        return _openai().OpenAI(
            api_key=self._secret(), base_url=self.base_url or DEFAULT_BASE_URL, http_client=self._http(),
            max_retries=0,  # LLMPlanner retries once itself, within the time budget
            timeout=self.timeout,
        )

    def _send(self, client: Any, system: str, messages: list[dict[str, Any]], timeout: float) -> Any:
        # OpenAI's reasoning models refuse `max_tokens`; compatible servers (Ollama, vLLM) know only `max_tokens`.
        limit = {"max_tokens": MAX_OUTPUT_TOKENS} if self.base_url else {"max_completion_tokens": MAX_OUTPUT_TOKENS}
        return client.chat.completions.create(
            model=self.model,
            messages=[{"role": "system", "content": system}, *messages],
            response_format={
                "type": "json_schema",
                "json_schema": {"name": "dataset_schema", "strict": True, "schema": wire_json_schema()},
            },
            timeout=timeout,
            **limit,
        )

    def _read(self, completion: Any) -> Answer:
        usage = completion.usage
        answer = partial(Answer, input_tokens=getattr(usage, "prompt_tokens", 0) or 0,
                         output_tokens=getattr(usage, "completion_tokens", 0) or 0)
        if not completion.choices:
            return answer(None)
        choice = completion.choices[0]
        message = choice.message
        if getattr(message, "refusal", None) or choice.finish_reason == "content_filter":
            return answer(None, refused=True)
        return answer(message.content or "", truncated=choice.finish_reason == "length", turn=message.content)

    def _followup(self, messages: list[dict[str, Any]], answer: Answer, text: str) -> list[dict[str, Any]]:
        return [*messages, {"role": "assistant", "content": answer.turn or ""}, {"role": "user", "content": text}]
