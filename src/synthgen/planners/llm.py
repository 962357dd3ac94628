"""What the LLM planners share: the time budget, one retry, one repair round, error mapping, answer decoding, cost."""

from __future__ import annotations

import email.utils
import json
import logging
import math
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from pydantic import SecretStr, ValidationError

from ..catalog import known_locale
from ..errors import NotUnderstood, PlannerError, PlannerTimeout, PlannerUnavailable, SchemaError
from ..schema import DatasetSchema, parse_schema
from . import guard
from .base import PlanMeta, PlanResult
from .prompt import repair_message, system_prompt, user_message
from .wire import WireSchema, to_schema_dict, unrecognised_words, wire_problems

log = logging.getLogger(__name__)

MAX_OUTPUT_TOKENS = 4096  # ~50 columns in the wire format; a longer answer is cut off and repaired shorter
MIN_CALL_SECONDS = 1.0  # a retry is only worth its wait when at least this much budget remains after it
BACKOFF_SECONDS = 0.5  # wait before retrying a transport/server error that gave no Retry-After

# USD per million tokens (input, output), matched by longest model-name prefix; unknown and local models cost 0.
PRICES: dict[str, tuple[float, float]] = {
    "gpt-4o-mini": (0.15, 0.60), "gpt-4o": (2.50, 10.00), "gpt-4.1-nano": (0.10, 0.40),
    "gpt-4.1-mini": (0.40, 1.60), "gpt-4.1": (2.00, 8.00), "gpt-5-nano": (0.05, 0.40), "gpt-5-mini": (0.25, 2.00),
    "gpt-5": (1.25, 10.00), "o4-mini": (1.10, 4.40), "o3-mini": (1.10, 4.40), "o3": (2.00, 8.00),
    "claude-haiku-4-5": (1.00, 5.00), "claude-3-5-haiku": (0.80, 4.00), "claude-3-haiku": (0.25, 1.25),
    "claude-sonnet-4": (3.00, 15.00), "claude-3-7-sonnet": (3.00, 15.00), "claude-3-5-sonnet": (3.00, 15.00),
    "claude-opus-4-5": (5.00, 25.00), "claude-opus-4-0": (15.00, 75.00), "claude-opus-4-1": (15.00, 75.00),
    "claude-opus-4-2025": (15.00, 75.00),
}


def estimate_cost(model: str | None, input_tokens: int, output_tokens: int) -> float:
    """Estimated USD cost of a call, from PRICES; 0.0 for a model we do not know (e.g. a local one)."""
    name = (model or "").lower()
    matches = [prefix for prefix in PRICES if name.startswith(prefix)]
    if not matches:
        return 0.0
    price_in, price_out = PRICES[max(matches, key=len)]
    return round((input_tokens * price_in + output_tokens * price_out) / 1_000_000, 6)


class Budget:
    """The seconds left for one whole planning call (all requests, waits and the repair round)."""

    def __init__(self, seconds: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.seconds = seconds
        self._clock = clock
        self._deadline = clock() + seconds

    def remaining(self) -> float:
        return self._deadline - self._clock()

    def expired(self) -> bool:
        return self.remaining() <= 0


@dataclass
class Answer:
    """One model reply: the JSON text or object it produced, and what we need to continue the conversation."""

    payload: str | dict[str, Any] | None
    truncated: bool = False
    refused: bool = False
    input_tokens: int = 0
    output_tokens: int = 0
    turn: Any = None  # the provider's own record of the assistant turn, replayed in the repair round


@dataclass
class Failure:
    """An SDK exception, classified. kind: unavailable | timeout | transport | server | fatal."""

    kind: str
    detail: str
    retry_after: float | None = None


def retry_after_seconds(headers: Any) -> float | None:
    """Seconds from `retry-after-ms` or `retry-after` (seconds or an HTTP date); None when absent or unreadable."""
    if headers is None:
        return None
    value = headers.get("retry-after-ms")
    if value:
        try:
            return max(0.0, float(value) / 1000)
        except ValueError:
            pass
    value = headers.get("retry-after")
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        parsed = email.utils.parsedate_tz(value)
        if parsed is None:
            return None
        return max(0.0, email.utils.mktime_tz(parsed) - time.time())


def classify(exc: BaseException, sdk: Any, *, service: str) -> Failure | None:
    """Classify an exception of an SDK module (openai or anthropic, same class names); None if not the SDK's."""
    if isinstance(exc, sdk.APITimeoutError):
        return Failure("timeout", f"{service} did not answer in time")
    if isinstance(exc, sdk.APIConnectionError):
        return Failure("transport", f"could not reach {service}")
    if not isinstance(exc, sdk.APIStatusError):
        base = getattr(sdk, "OpenAIError", None) or getattr(sdk, "AnthropicError", None)
        if base is not None and isinstance(exc, base):
            return Failure("fatal", f"{service} sent an unexpected reply ({type(exc).__name__})")
        return None
    status = exc.status_code
    headers = getattr(exc.response, "headers", None)
    error_type = _error_type(getattr(exc, "body", None))
    if status in (429, 503, 529) or error_type in ("overloaded_error", "rate_limit_error"):
        what = "is rate limiting us" if status == 429 else "is overloaded"
        return Failure("unavailable", f"{service} {what} (HTTP {status})", retry_after_seconds(headers))
    if status >= 500:
        return Failure("server", f"{service} failed with a server error (HTTP {status})")
    if status == 401:
        return Failure("fatal", f"{service} rejected the API key (HTTP 401); check the key in the settings")
    said = _error_field(getattr(exc, "body", None), "message")
    said = f": {said[:200]}" if said else ""
    if status == 403:
        return Failure("fatal", f"{service} refused access (HTTP 403){said}; check the key's permissions and the model")
    if status == 404:
        return Failure("fatal", f"{service} does not know this model or endpoint (HTTP 404){said}; "
                                "check the model name and base URL")
    return Failure("fatal", f"{service} rejected the request (HTTP {status}){said}")


def _error_field(body: Any, name: str) -> str | None:
    """`error.<name>` (or `<name>`) of an API error body, when it is a string."""
    if isinstance(body, dict):
        error = body.get("error", body)
        if isinstance(error, dict) and isinstance(error.get(name), str):
            return " ".join(error[name].split())
    return None


def _error_type(body: Any) -> str | None:
    return _error_field(body, "type")


_FENCE = re.compile(r"```(?:json)?\s*(.*?)```", re.DOTALL | re.IGNORECASE)


def extract_json(text: str) -> Any:
    """The JSON object in a reply, tolerating prose or a code fence around it; SchemaError if there is none."""
    candidates = [text.strip()]
    candidates += [m.strip() for m in _FENCE.findall(text)]
    start, end = text.find("{"), text.rfind("}")
    if 0 <= start < end:
        candidates.append(text[start : end + 1])
    for candidate in candidates:
        try:
            value = json.loads(candidate)
        except (json.JSONDecodeError, RecursionError):
            continue
        if isinstance(value, dict):
            return value
    raise SchemaError("the answer is not a JSON object in the required format; send only the JSON")


def decode(answer: Answer, locale: str | None = None) -> DatasetSchema:
    """The validated schema of an answer, or SchemaError listing every problem (fed to the repair round)."""
    return decode_answer(answer, locale)[0]


def decode_answer(answer: Answer, locale: str | None = None) -> tuple[DatasetSchema, list[str]]:
    """The validated schema of an answer and the phrases the model did not understand; SchemaError listing every
    problem (fed to the repair round), or NotUnderstood when the model found no column at all."""
    truncated = ["the answer was cut off at the output limit; send a shorter schema (fewer columns, shorter lists)"]
    payload = answer.payload
    try:
        data = extract_json(payload) if isinstance(payload, str) else payload
        if not isinstance(data, dict):
            raise SchemaError("the answer is not a JSON object in the required format")
        wire = WireSchema.model_validate(data)
    except SchemaError as exc:
        raise SchemaError((truncated if answer.truncated else []) + exc.problems) from None
    except ValidationError as exc:
        raise SchemaError((truncated if answer.truncated else []) + wire_problems(exc)) from None
    unrecognised = unrecognised_words(wire)
    if not wire.columns and not answer.truncated:  # the prompt's way of saying "nothing here reads as a column"
        raise NotUnderstood(unrecognised=unrecognised)
    schema = to_schema_dict(wire)
    if locale:
        schema["locale"] = locale
    return parse_schema(schema), unrecognised


def redact(text: str, *secrets: str | None) -> str:
    """`text` with every given secret, and anything shaped like an API key, replaced by [redacted]."""
    for secret in secrets:
        if secret and len(secret) >= 4:
            text = text.replace(secret, "[redacted]")
    return re.sub(r"\b(sk|key|pk|rk)-[A-Za-z0-9_\-]{6,}", "[redacted]", text)


class LLMPlanner:
    """Base of the LLM planners: a subclass sends one request (`_send`) and extends a conversation (`_followup`).

    Plain arguments, no settings (factory.make_planner reads those): the `model`, the `api_key` (text or SecretStr;
    None for a server that needs none), the `base_url` (None: the provider's own), `timeout` (seconds for a whole
    planning call, retries and the repair round included) and `http_client` (an httpx2.Client for the SDK; tests
    pass one over a mock transport). `sleep` and `clock` are for tests.
    """

    name = "llm"
    service = "the LLM service"
    sdk_name = ""

    def __init__(self, *, model: str, api_key: str | SecretStr | None, base_url: str | None = None,
                 timeout: float, http_client: Any = None, sleep: Callable[[float], None] = time.sleep,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.model = model
        self.base_url = base_url
        self.timeout = timeout
        self._api_key = SecretStr(api_key) if isinstance(api_key, str) else api_key
        self._http_client = http_client
        self._sleep = sleep
        self._clock = clock
        self._client: Any = None
        self._lock = threading.Lock()

    def __repr__(self) -> str:  # never show the key
        return f"{type(self).__name__}(model={self.model!r}, base_url={self.base_url!r})"

    # ---- hooks for subclasses -------------------------------------------------------------------
    def _make_client(self) -> Any:
        raise NotImplementedError

    def _sdk(self) -> Any:
        raise NotImplementedError

    def _send(self, client: Any, system: str, messages: list[dict[str, Any]], timeout: float) -> Any:
        """One SDK request; returns the SDK's response object."""
        raise NotImplementedError

    def _read(self, response: Any) -> Answer:
        """The Answer in an SDK response (may raise AttributeError/TypeError/KeyError on a malformed reply)."""
        raise NotImplementedError

    def _followup(self, messages: list[dict[str, Any]], answer: Answer, text: str) -> list[dict[str, Any]]:
        raise NotImplementedError

    # ---- the shared flow ------------------------------------------------------------------------
    def client(self) -> Any:
        """The SDK client, built on first use (never at import or construction time)."""
        with self._lock:
            if self._client is None:
                self._client = self._make_client()
            return self._client

    def _http(self) -> Any:
        """The httpx2 client the SDK sends through (the one given, or the SDK's default), with the reply guard:
        every reply is read under the planning call's whole budget and capped at guard.MAX_REPLY_BYTES."""
        http = self._http_client if self._http_client is not None else self._sdk().DefaultHttpxClient()
        return guard.install(http)

    def _secret(self) -> str | None:
        return self._api_key.get_secret_value() if self._api_key is not None else None

    def plan(self, description: str, *, locale: str | None = None) -> PlanResult:
        if locale is not None and not known_locale(locale):
            raise SchemaError(f"locale '{locale}' is not a Faker locale (e.g. en_US, de_DE, fr_FR, ja_JP)")
        self.client()  # the SDK's first import takes seconds on a cold start: not the LLM's time, not in the budget
        budget = Budget(self.timeout, self._clock)
        with guard.within(budget):  # every reply, of both rounds, is read under this one budget
            return self._plan(description, locale, budget)

    def _plan(self, description: str, locale: str | None, budget: Budget) -> PlanResult:
        meta = PlanMeta(planner=self.name, model=self.model)
        system = system_prompt(locale)
        messages = [{"role": "user", "content": user_message(description, locale)}]
        retries = [1]  # one retry of a transport/server/rate-limit failure per planning call, shared by both rounds
        answer = self._ask(system, messages, budget, meta, retries)
        try:
            return self._result(answer, locale, meta)
        except NotUnderstood:
            raise  # the model read no column in the description: a repair round would not help
        except SchemaError as exc:
            problems = exc.problems
        log.info("%s answer failed validation (%d problems); one repair round", self.name, len(problems))
        messages = self._followup(messages, answer, repair_message(problems))
        answer = self._ask(system, messages, budget, meta, retries)
        meta.repaired = True
        meta.notes.append(f"repaired: the first answer had {len(problems)} problem(s)")
        try:
            return self._result(answer, locale, meta)
        except NotUnderstood:
            raise
        except SchemaError as exc:
            shown = "; ".join(p[:200] for p in exc.problems[:5])
            more = f" (and {len(exc.problems) - 5} more)" if len(exc.problems) > 5 else ""
            raise PlannerError(
                f"{self.service} model {self.model} did not produce a valid schema, even after one repair round: "
                f"{shown}{more}. Try rephrasing the description, or write the schema yourself."
            ) from None

    @staticmethod
    def _result(answer: Answer, locale: str | None, meta: PlanMeta) -> PlanResult:
        schema, unrecognised = decode_answer(answer, locale)
        meta.unrecognised = unrecognised
        return PlanResult(schema, meta)

    def _ask(self, system: str, messages: list[dict[str, Any]], budget: Budget, meta: PlanMeta,
             retries: list[int]) -> Answer:
        client = self.client()
        while True:
            remaining = budget.remaining()
            if remaining <= 0:
                raise self._timeout()
            try:
                response = self._send(client, system, messages, remaining)
            except Exception as exc:
                cut = guard.cut_in(exc)
                if cut is not None:  # the guard stopped reading the reply (raised as is, or wrapped by the SDK)
                    raise self._cut(cut) from None
                failure = classify(exc, self._sdk(), service=self.service)
                if failure is None and isinstance(exc, ValueError):  # the SDK could not decode a 200 reply's JSON
                    raise PlannerError(f"{self.service} sent a reply that is not valid JSON (cut off, or not an API "
                                       f"reply); {self._url_hint()}") from None
                if failure is None:
                    raise
                failure.detail = redact(failure.detail, self._secret())
                if self._should_retry(failure, budget, retries):
                    wait = failure.retry_after if failure.retry_after is not None else BACKOFF_SECONDS
                    log.warning("%s: %s; retrying once in %.1f s", self.name, failure.detail, wait)
                    meta.notes.append(f"retried once: {failure.detail}")
                    self._sleep(wait)
                    continue
                raise self._error(failure) from None
            try:
                answer = self._read(response)
            except (AttributeError, TypeError, KeyError, ValueError):
                raise PlannerError(f"{self.service} sent a reply that is not in its API's format; "
                                   f"{self._url_hint()}") from None
            meta.input_tokens += answer.input_tokens
            meta.output_tokens += answer.output_tokens
            meta.cost_usd = estimate_cost(self.model, meta.input_tokens, meta.output_tokens)
            if budget.expired():
                raise self._timeout()
            if answer.refused:
                raise PlannerError(f"{self.service} model {self.model} declined to plan this description; "
                                   "describe the dataset you want (its columns and values).")
            return answer

    def _should_retry(self, failure: Failure, budget: Budget, retries: list[int]) -> bool:
        if failure.kind == "fatal" or retries[0] <= 0:
            return False
        wait = failure.retry_after if failure.retry_after is not None else BACKOFF_SECONDS
        if wait + MIN_CALL_SECONDS > budget.remaining():
            return False  # honouring Retry-After would overrun the budget: give up now with the hint
        retries[0] -= 1
        return True

    def _url_hint(self) -> str:
        if self.name == "openai":
            return "check the base URL (an OpenAI-compatible server's URL ends in /v1)"
        return "check the base URL"

    def _cut(self, cut: guard.ReplyCut) -> PlannerError:
        """The error for a reply the guard stopped reading."""
        if cut.kind == "deadline":
            return self._timeout()
        return PlannerError(f"{self.service} sent a reply we refuse to read: {cut.detail}; {self._url_hint()}")

    def _timeout(self) -> PlannerTimeout:
        return PlannerTimeout(f"{self.service} model {self.model} did not produce a schema within "
                              f"{self.timeout:g} s (PLANNER_TIMEOUT); try again or a shorter description")

    def _error(self, failure: Failure) -> PlannerError:
        detail = failure.detail
        if failure.kind == "unavailable":
            hint = math.ceil(failure.retry_after) if failure.retry_after is not None else 30
            return PlannerUnavailable(f"{detail}; try again in {hint} s", retry_after=max(1, hint))
        if failure.kind == "timeout":
            return self._timeout()
        if failure.kind in ("server", "transport"):  # the service's trouble, likely passing: retry later
            return PlannerUnavailable(f"{detail}; try again in 30 s", retry_after=30)
        return PlannerError(detail)
