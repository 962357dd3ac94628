"""The LLM wire format (contract 2.2): pydantic models a model fills via structured output, and their conversion
to 2.1."""

from __future__ import annotations

import copy
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StrictBool, StrictFloat, StrictInt, StrictStr, ValidationError

from ..errors import SchemaError
from ..schema import MAX_SOURCE_LENGTH, DatasetSchema

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


Category = StrictStr | StrictInt | StrictFloat | StrictBool


class WireWhen(_Wire):
    """The cell is filled only where another column's value is in `in` (or not in `not_in`); the other list null."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True, serialize_by_alias=True)

    column: str = Field(description="the column whose value decides")
    in_: list[Category] | None = Field(default=None, alias="in", description="fill where the value is one of these")
    not_in: list[Category] | None = Field(default=None, description="fill where the value is none of these")


class WireGroup(_Wire):
    """The elements (and weights) for one value of the `by` column."""

    when: Scalar = Field(description="a value of the by column")
    elements: list[StrictStr] = Field(description="the categories for that value")
    weights: list[float] | None = Field(default=None, description="one weight per element, or null")


class WireBy(_Wire):
    """random_element categories that depend on another column (city by country)."""

    column: str = Field(description="the column whose value picks the list")
    elements: list[WireGroup] = Field(description="one entry per value; other values use args.elements")


class WireDistribution(_Wire):
    """How numbers spread: normal (mean, sd), lognormal (median, sigma), exponential (mean), zipf (a > 1)."""

    kind: Literal["normal", "lognormal", "exponential", "zipf"]
    mean: float | None = None
    sd: float | None = None
    median: float | None = None
    sigma: float | None = None
    a: float | None = None


class WireSeries(_Wire):
    """Regular timestamps: start, step ('10m', '1h', '1d'), and optionally per (a column with distinct)."""

    start: str = Field(description="ISO date or datetime")
    step: str = Field(description="a whole number and s, m, h, d or w")
    per: str | None = Field(default=None, description="a column with 'distinct' whose values each report per step")


class WireColumn(_Wire):
    name: str = Field(description="snake_case column name")
    source: str = Field(default="", description="the words of the description this column came from, as written; "
                                                "'' for a column you added yourself")
    provider: str = Field(description="a provider name from the catalog; '' for a formula column")
    args: list[WireArg] = Field(default_factory=list)
    unique: bool = False
    null_rate: float = Field(default=0.0, description="0..1, share of empty cells")
    weights: list[float] | None = Field(default=None, description="random_element only: one weight per element")
    entity: str | None = Field(default=None, description="person/address columns of one person or place share it")
    after: WireAfter | None = Field(default=None, description="date column that follows another date column")
    sequence: bool = Field(default=False, description="random_int/pyint: count up from min by step")
    formula: str | None = Field(default=None, description="a value computed from other columns of the row")
    when: WireWhen | None = None
    by: WireBy | None = None
    distribution: WireDistribution | None = None
    distinct: int | None = Field(default=None, description="the column takes this many distinct values")
    series: WireSeries | None = None


class WireSchema(_Wire):
    name: str = Field(description="snake_case dataset name")
    locale: str = Field(description="Faker locale, e.g. en_US")
    columns: list[WireColumn]
    unrecognised: list[str] = Field(default_factory=list, description="words or phrases of the description you "
                                    "could not turn into any column or rule, as written; [] when none")


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
        out: dict[str, Any] = {"name": col.name}
        source = _source(col.source)
        if source:
            out["source"] = source
        if col.provider or col.formula is None:  # '' means none for a formula column
            out["provider"] = col.provider
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
        out.update(_rules_dict(col, problems))
        columns.append(out)
    if problems:
        raise SchemaError(problems)
    return {"name": wire.name, "locale": wire.locale, "columns": columns}


def _rules_dict(col: WireColumn, problems: list[str]) -> dict[str, Any]:
    """The 2.1 rule keys of a wire column; `by.elements` goes from a list of groups to a dict by value."""
    out: dict[str, Any] = {}
    if col.formula:
        out["formula"] = col.formula
    if col.when is not None and col.when.column:
        out["when"] = {k: v for k, v in col.when.model_dump(by_alias=True).items() if v is not None}
    if col.by is not None and col.by.column:
        elements: dict[str, list[str]] = {}
        weights: dict[str, list[float]] = {}
        for group in col.by.elements:
            key = _text(group.when)
            if key in elements:
                problems.append(f"column '{col.name}': by.elements lists the value '{key}' twice")
            elements[key] = list(group.elements)
            if group.weights is not None:
                weights[key] = list(group.weights)
        out["by"] = {"column": col.by.column, "elements": elements, **({"weights": weights} if weights else {})}
    if col.distribution is not None:
        out["distribution"] = {k: v for k, v in col.distribution.model_dump().items() if v is not None}
    if col.distinct is not None:
        out["distinct"] = col.distinct
    if col.series is not None:
        out["series"] = {k: v for k, v in col.series.model_dump().items() if v is not None}
    return out


def _source(text: str) -> str:
    """A model's `source` as 2.1 takes it: one line, spaces collapsed, cut to MAX_SOURCE_LENGTH ('' for none).
    A model that quotes too much loses the tail of a hint, not a repair round."""
    words = " ".join("".join(ch if ch.isprintable() or ch in "\u200c\u200d" else " " for ch in text).split())
    return words if len(words) <= MAX_SOURCE_LENGTH else words[: MAX_SOURCE_LENGTH - 1].rstrip() + "…"


def unrecognised_words(wire: WireSchema) -> list[str]:
    """The answer's unrecognised phrases, each on one line and bounded, blanks and repeats dropped (at most 20)."""
    out: list[str] = []
    for phrase in wire.unrecognised:
        text = _source(phrase)
        if text and text not in out:
            out.append(text)
    return out[:20]


def _text(value: Any) -> str:
    """A `by` group's value as the 2.1 dict key: JSON keys are text (true/false as the engine writes them)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    return "" if value is None else str(value)


def from_schema(schema: DatasetSchema) -> WireSchema:
    """The wire form of a validated schema (for round-trip tests and for showing a model an example)."""
    columns = []
    for col in schema.columns:
        columns.append(
            WireColumn(
                name=col.name,
                source=col.source or "",
                provider=col.provider or "",
                args=[WireArg(key=k, value=v) for k, v in col.args.items()],
                unique=col.unique,
                null_rate=col.null_rate,
                weights=col.weights,
                entity=col.entity,
                after=WireAfter(**col.after.model_dump()) if col.after else None,
                sequence=col.sequence,
                formula=col.formula,
                when=WireWhen.model_validate(col.when.model_dump(by_alias=True)) if col.when else None,
                by=WireBy(column=col.by.column, elements=[
                    WireGroup(when=key, elements=items, weights=(col.by.weights or {}).get(key))
                    for key, items in col.by.elements.items()]) if col.by else None,
                distribution=WireDistribution(**col.distribution.model_dump()) if col.distribution else None,
                distinct=col.distinct,
                series=WireSeries(**col.series.model_dump()) if col.series else None,
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
