"""The LLM wire format (contract 2.2): pydantic models a model fills via structured output, and their conversion to 2.1."""

from __future__ import annotations

import copy
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, StrictBool, StrictFloat, StrictInt, StrictStr, ValidationError

from ..errors import SchemaError
from ..schema import DatasetSchema

# A value of an argument: what strict structured output can express in place of a free-form dict value.
Scalar = StrictStr | StrictInt | StrictFloat | StrictBool | None
ArgValue = StrictStr | StrictInt | StrictFloat | StrictBool | list[StrictStr | StrictInt | StrictFloat] | None


class _Wire(BaseModel):
    # Lenient on input (a missing optional key takes its default); the JSON schema sent to the model
    # marks every key required (see wire_json_schema), as strict structured output demands.
    model_config = ConfigDict(extra="forbid")


class WireArg(_Wire):
    """One keyword argument of the provider."""

    key: str = Field(description="argument name, exactly as in the catalog")
    value: ArgValue = Field(description="string, number, boolean, null, or a list of strings/numbers")


class WireAfter(_Wire):
    """This date column follows another date column by min_days..max_days."""

    column: str = Field(description="name of the earlier date column")
    min_days: float = 0
    max_days: float = 30


class WireColumn(_Wire):
    name: str = Field(description="snake_case column name")
    provider: str = Field(description="a provider name from the catalog")
    args: list[WireArg] = Field(default_factory=list)
    unique: bool = False
    null_rate: float = Field(default=0.0, description="0..1, share of empty cells")
    weights: list[float] | None = Field(default=None, description="random_element only: one weight per element")
    entity: str | None = Field(default=None, description="person/address columns of one person or place share it")
    after: WireAfter | None = Field(default=None, description="date column that follows another date column")
    sequence: bool = Field(default=False, description="random_int/pyint: count up from min by step")


class WireSchema(_Wire):
    name: str = Field(description="snake_case dataset name")
    locale: str = Field(description="Faker locale, e.g. en_US")
    columns: list[WireColumn]


def to_schema_dict(wire: WireSchema) -> dict[str, Any]:
    """The 2.1 schema dict of a wire answer (not yet validated: pass it to parse_schema).

    Raises SchemaError when an argument key is given twice for one column, which a dict cannot hold.
    Empty strings for the optional `entity`/`after` links mean "none" (some models emit "" instead of null).
    """
    problems: list[str] = []
    columns: list[dict[str, Any]] = []
    for col in wire.columns:
        args: dict[str, Any] = {}
        for arg in col.args:
            if arg.key in args:
                problems.append(f"column '{col.name}': argument '{arg.key}' is given twice")
            args[arg.key] = copy.deepcopy(arg.value)
        out: dict[str, Any] = {"name": col.name, "provider": col.provider}
        if args:
            out["args"] = args
        if col.unique:
            out["unique"] = True
        if col.null_rate:
            out["null_rate"] = col.null_rate
        if col.weights is not None:
            out["weights"] = list(col.weights)
        if col.entity:
            out["entity"] = col.entity
        if col.after is not None and col.after.column:
            out["after"] = col.after.model_dump()
        if col.sequence:
            out["sequence"] = True
        columns.append(out)
    if problems:
        raise SchemaError(problems)
    return {"name": wire.name, "locale": wire.locale, "columns": columns}


def from_schema(schema: DatasetSchema) -> WireSchema:
    """The wire form of a validated schema (for round-trip tests and for showing a model an example)."""
    columns = []
    for col in schema.columns:
        columns.append(
            WireColumn(
                name=col.name,
                provider=col.provider,
                args=[WireArg(key=k, value=v) for k, v in col.args.items()],
                unique=col.unique,
                null_rate=col.null_rate,
                weights=col.weights,
                entity=col.entity,
                after=WireAfter(**col.after.model_dump()) if col.after else None,
                sequence=col.sequence,
            )
        )
    return WireSchema(name=schema.name, locale=schema.locale, columns=columns)


def wire_problems(error: ValidationError) -> list[str]:
    """One sentence per structural problem of a wire answer, naming where; never quoting the model's input."""
    problems: list[str] = []
    for item in error.errors(include_input=False, include_url=False):
        loc = [str(p) for p in item.get("loc", ())]
        message = item.get("msg", "invalid")
        if "value" in loc:  # every branch of the value union failed: one sentence, not one per branch
            loc = loc[: loc.index("value") + 1]
            message = "must be a string, number, boolean, null, or a list of strings/numbers"
        problem = f"{'.'.join(loc) or 'answer'}: {message}"
        if problem not in problems:
            problems.append(problem)
    return problems


def wire_json_schema() -> dict[str, Any]:
    """The JSON schema of WireSchema in the strict structured-output dialect.

    Every object lists all its properties as required and forbids others; defaults and titles are dropped.
    Accepted by OpenAI `response_format` (strict), OpenAI-compatible servers, and Anthropic tool input schemas.
    """
    schema = WireSchema.model_json_schema()
    _strictify(schema)
    return schema


def _strictify(node: Any) -> None:
    if isinstance(node, list):
        for value in node:
            _strictify(value)
        return
    if not isinstance(node, dict):
        return
    node.pop("title", None)
    node.pop("default", None)
    for key, value in node.items():
        if key in ("properties", "$defs"):  # maps of names to schemas: recurse into each schema
            for sub in value.values():
                _strictify(sub)
        else:
            _strictify(value)
    if "properties" in node:
        node["required"] = list(node["properties"])
        node["additionalProperties"] = False
