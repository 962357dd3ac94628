"""Request and response bodies of the REST API, and the OpenAPI descriptions of its errors and files."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from ..catalog import known_locale
from ..pipeline import DEFAULT_ROWS, MAX_DESCRIPTION, Request
from ..schema import text_problem

Format = Literal["csv", "json", "jsonl", "parquet"]


def _locales() -> list[str]:
    from faker.config import AVAILABLE_LOCALES

    return sorted(AVAILABLE_LOCALES)


LOCALES = _locales()  # documented in the OpenAPI spec (an enum), checked by check_locale
MAX_SEED = 2**63 - 1


def check_locale(value: str | None) -> str | None:
    problem = text_problem(value) if value is not None else None
    if problem:  # checked first: the message below quotes the value, and JSON cannot carry a lone surrogate
        raise ValueError(problem)
    if value is not None and not known_locale(value):
        raise ValueError(f"'{value}' is not a Faker locale (e.g. en_US, de_DE, fr_FR, ja_JP)")
    return value


EXAMPLES_FIELD: Any = Field(
    default=None,
    description="example rows to make more rows like: a list of objects (one per example, 1 to 10,000, at most 200 "
                "columns; nested objects become dotted names), or {\"csv\": \"the CSV text\"}; read as a sample, so "
                "a bad one is a 422 invalid_examples naming the problem",
    json_schema_extra={"anyOf": [{"type": "array", "items": {"type": "object"}},
                                 {"type": "object", "properties": {"csv": {"type": "string"}}, "required": ["csv"]},
                                 {"type": "null"}]},
)


class ErrorBody(BaseModel):
    """Every error the API returns."""

    error: str = Field(description="a stable machine-readable code, e.g. invalid_request, invalid_schema")
    detail: str = Field(description="a human sentence naming the field or column at fault")
    problems: list[str] | None = Field(default=None, description="one sentence per problem, when there are several")


class _Described(BaseModel):
    """Checks shared by requests that carry a description and a locale (and maybe examples)."""

    @field_validator("examples", check_fields=False)
    @classmethod
    def _examples(cls, value: Any) -> Any:
        if value is not None and not isinstance(value, (list, dict)):
            raise ValueError('must be a list of objects, or {"csv": "the CSV text"}')
        return value

    @field_validator("locale", check_fields=False)
    @classmethod
    def _locale(cls, value: str | None) -> str | None:
        return check_locale(value)

    @field_validator("description", check_fields=False)
    @classmethod
    def _description(cls, value: str | None) -> str | None:
        if value is not None and not value.strip():
            raise ValueError("must not be empty")
        problem = text_problem(value) if value is not None else None
        if problem:
            raise ValueError(problem)
        return value


class GenerateRequest(_Described):
    """What to generate: a description (planned into a schema) or a schema, and how many rows in which format."""

    model_config = ConfigDict(
        extra="forbid",
        strict=True,  # the contract's types exactly: no "10" for 10, no true for 1, no "yes" for true
        populate_by_name=True,
        json_schema_extra={"examples": [
            {"description": "Customer orders with order id, customer name, email, order date, status "
                            "(pending, shipped, delivered), quantity and unit price", "rows": 1000, "format": "csv"},
            {"schema": {"name": "people", "columns": [{"name": "name", "provider": "name"},
                                                      {"name": "email", "provider": "email", "unique": True}]},
             "rows": 100, "format": "jsonl", "seed": 42},
        ]},
    )

    description: str | None = Field(default=None, description="a sentence describing the dataset")
    schema_: dict[str, Any] | None = Field(default=None, alias="schema", description="a schema file's content (2.1)")
    examples: Any = EXAMPLES_FIELD
    rows: int = Field(default=DEFAULT_ROWS, ge=1, description="how many rows, from 1 to the server's MAX_ROWS")
    format: Format = Field(default="csv", description="csv, json (one array), jsonl (one object a line) or parquet")
    seed: int | None = Field(default=None, ge=0, le=MAX_SEED, description="same seed, same bytes; omitted: random")
    locale: str | None = Field(default=None, description="Faker locale; overrides the schema's own",
                               json_schema_extra={"enum": [*LOCALES, None]})
    raw: bool = Field(default=False, description="CSV only: true turns off the formula-injection escaping of cells")

    @model_validator(mode="after")
    def _one_source(self) -> GenerateRequest:
        if [self.description, self.schema_, self.examples].count(None) != 2:
            raise ValueError("give exactly one of 'description', 'schema' or 'examples'")
        return self

    def request(self) -> Request:
        """This body as the pipeline's Request."""
        return Request(description=self.description, schema=self.schema_, examples=self.examples, rows=self.rows,
                       format=self.format, seed=self.seed, locale=self.locale, safe_csv=not self.raw)


class SchemaRequest(_Described):
    model_config = ConfigDict(extra="forbid", strict=True)

    description: str | None = Field(default=None, description="a sentence describing the dataset")
    examples: Any = EXAMPLES_FIELD
    locale: str | None = Field(default=None, description="Faker locale for the schema",
                               json_schema_extra={"enum": [*LOCALES, None]})

    @model_validator(mode="after")
    def _one_source(self) -> SchemaRequest:
        if (self.description is None) == (self.examples is None):
            raise ValueError("give either 'description' or 'examples' (exactly one of them)")
        return self


class Understood(BaseModel):
    column: str = Field(description="a column of the schema")
    source: str | None = Field(default=None, description="the words or example it came from; null when the planner "
                                                         "added it on its own or did not say")
    confidence: float | None = Field(default=None, ge=0, le=1, description="0..1, how sure the planner is of this "
                                                                          "column; null when it does not say")


class Usage(BaseModel):
    """What planning the schema cost."""

    input_tokens: int = Field(default=0, ge=0, description="tokens sent to the LLM (0: no LLM call)")
    output_tokens: int = Field(default=0, ge=0, description="tokens the LLM answered with")
    cost_usd: float = Field(default=0.0, ge=0, description="estimated price in USD from a table of list prices; 0 "
                                                           "for the offline planner, a cache hit or an unknown model")
    summary: str = Field(default="", description="the same as a sentence, as the CLI and the UI show it: "
                                                 "'2,100 tokens in, 400 out, about $0.0006', 'free (demo planner)'")


class SchemaResponse(BaseModel):
    schema_: dict[str, Any] = Field(alias="schema", description="the schema (2.1), ready for POST /api/v1/generate")
    planner: str
    model: str | None = None
    cache_hit: bool
    understood: list[Understood] = Field(default_factory=list, description="what the planner understood: one entry "
                                         "per column, in the schema's order")
    unrecognised: list[str] = Field(default_factory=list, description="phrases of the description the planner did "
                                    "not understand (empty on a cache hit: only the schema is cached)")
    notes: list[str] = Field(default_factory=list, description="anything else the planner reported (a repair, a retry)")
    usage: Usage = Field(default_factory=Usage, description="what planning cost: tokens and estimated USD")


class ProvidersResponse(BaseModel):
    locale: str
    count: int
    providers: list[dict[str, Any]] = Field(description="name, group, returns, args (with defaults) and doc")


class CacheStats(BaseModel):
    model_config = ConfigDict(extra="allow")

    enabled: bool = Field(description="false in demo mode (the offline planner is not cached) or when the cache "
                                      "is off (CACHE_ENABLED=false) or unusable")
    hits: int = Field(default=0, description="hits since this process started")
    misses: int = 0
    entries: int = Field(default=0, description="schemas on disk")
    bytes: int = 0
    dropped: int = Field(default=0, description="invalid entries found and deleted")
    reason: str | None = Field(default=None, description="why the cache is off, when enabled is false: demo mode, "
                                                         "CACHE_ENABLED=false, or the directory or database is "
                                                         "unusable or broken (found once, then off for the process)")


class HealthResponse(BaseModel):
    status: Literal["ok"] = "ok"
    mode: str = Field(description="demo (offline planner) or llm")
    provider: str | None = None
    model: str | None = None
    version: str | None = None


def error_responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI entries for error statuses, all with the ErrorBody model."""
    text = {
        400: "A request the server refused for another reason",
        401: "API_KEYS is set and the request has no valid `Authorization: Bearer <key>` header",
        408: "The request body did not arrive whole within BODY_TIMEOUT seconds",
        413: f"Too large: rows over MAX_ROWS, a description over {MAX_DESCRIPTION:,} characters, or a body over "
             "MAX_BODY_BYTES",
        422: "Invalid request (names the field), invalid schema (names the column), or a description with nothing "
             "the planner can read as a column (not_understood, with an example)",
        429: "Too many requests from this client (RATE_LIMIT a minute); see Retry-After",
        500: "A bug on our side (generic message, no traceback)",
        502: "The planner (LLM) failed to produce a valid schema, even after one repair round",
        503: "Busy: the LLM is overloaded, rate limited, failing or unreachable after one retry "
             "(planner_unavailable), every planning slot is taken (planner_busy), or the request's lane of "
             "files (small or large) is full (busy); see Retry-After",
        504: "The planner (LLM) did not answer in time (PLANNER_TIMEOUT); see Retry-After",
    }
    out: dict[int | str, dict[str, Any]] = {}
    for status in statuses:
        entry: dict[str, Any] = {"model": ErrorBody, "description": text[status]}
        if status in (429, 503, 504):
            entry["headers"] = {"Retry-After": {"description": "seconds to wait", "schema": {"type": "integer"}}}
        out[status] = entry
    return out


def file_response(media_types: dict[str, str]) -> dict[int | str, dict[str, Any]]:
    """OpenAPI entry for the streamed file of /generate, one content type per format."""
    content: dict[str, Any] = {}
    for fmt, media in media_types.items():
        if fmt == "json":  # one JSON array of row objects
            schema: dict[str, Any] = {"type": "array", "items": {"type": "object"}, "description": "the json file"}
        else:
            schema = {"type": "string", "format": "binary" if fmt == "parquet" else "text",
                      "description": f"the {fmt} file"}
        content[media.split(";")[0]] = {"schema": schema}
    header = {"schema": {"type": "string"}}
    return {200: {
        "description": "The file, streamed as it is generated",
        "content": content,
        "headers": {
            "Content-Disposition": {**header, "description": "attachment; filename=<schema name>.<ext>"},
            "X-SynthGen-Planner": {**header, "description": "the planner that made the schema, or none"},
            "X-SynthGen-Cache": {**header, "description": "hit, miss or none (schema given, or cache off)"},
            "X-SynthGen-Seed": {"schema": {"type": "integer"}, "description": "the seed used; send it to repeat"},
            "X-SynthGen-Rows": {"schema": {"type": "integer"}, "description": "the number of rows"},
            "X-SynthGen-Input-Tokens": {"schema": {"type": "integer"}, "description": "only when the schema was "
                                        "planned from a description: LLM input tokens (0: offline or cached)"},
            "X-SynthGen-Output-Tokens": {"schema": {"type": "integer"}, "description": "only when planned: LLM "
                                         "output tokens"},
            "X-SynthGen-Cost-USD": {**header, "description": "only when planned: estimated planning cost in USD, "
                                    "e.g. 0.000555 (0.000000: offline planner, cache hit or unknown price)"},
            "X-SynthGen-Unrecognised": {**header, "description": "only when the planner reported some: the phrases of "
                                        "the description it did not understand, comma-separated, non-ASCII "
                                        "percent-encoded, at most about 500 characters"},
        },
    }}
