"""The schema file (DatasetSchema, Column): pydantic models validated in full against the provider catalog."""

from __future__ import annotations

import datetime as dt
import json
import math
import re
import threading
import unicodedata
from pathlib import Path
from typing import Annotated, Any, overload

from faker import Faker
from faker.providers.date_time import Provider as DateProvider
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from . import clock, families
from .bounded import Lru
from .catalog import LIST_LIMIT, get_catalog, known_locale
from .errors import SchemaError
from .faker_random import pinned_global_random
from .rules import MAX_DISTINCT, By, Distribution, Series, When, check_rules
from .templates import TEMPLATE_ARGS, renderer

MAX_COLUMNS = 200
MAX_NAME_LENGTH = 64
MAX_ENTITY_LENGTH = 32
MAX_SOURCE_LENGTH = 200  # characters of a column's `source` (the words or example it came from)
# Never in any string of a schema: NUL, and lone surrogates (half a UTF-16 pair, which JSON's "\ud800" escapes can
# carry but no UTF-8 encoder, Faker, Arrow or a file can take).
_NEVER = re.compile("[\x00\ud800-\udfff]")
# Never in a name (dataset, column, entity): control characters (tab, CR, LF, U+0085), format characters (bidi
# overrides such as U+202E, zero-width spaces) and line or paragraph separators (U+2028, U+2029); the joiners
# U+200C/U+200D that some scripts write words with stay allowed.
_NAME_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Zl", "Zp"})
_JOINERS = frozenset("\u200c\u200d")
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_ISO_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?$")

# Providers whose values describe a person, and an address: columns of one entity in a row agree (families.py).
PERSON_PROVIDERS = frozenset(families.PERSON)
ADDRESS_PROVIDERS = frozenset(families.PLACE)
MAX_WEIGHT = 1e12
Weight = Annotated[float, Field(ge=0, le=MAX_WEIGHT, allow_inf_nan=False)]
LAST_DATE = dt.date(9999, 12, 31)  # the last date Python, pandas (as objects) and Arrow's date32/timestamp[us] all hold

DATE_PROVIDERS = families.DATE


class After(BaseModel):
    """A date column that follows another: its value is the other column's plus min_days..max_days."""

    model_config = ConfigDict(extra="forbid")

    column: str = Field(description="the name of the earlier date column")
    min_days: float = Field(default=0, ge=0, le=36_500, allow_inf_nan=False)
    max_days: float = Field(default=30, ge=0, le=36_500, allow_inf_nan=False)

    @field_validator("column")
    @classmethod
    def _printable_name(cls, value: str) -> str:
        return _name(value)

    @model_validator(mode="after")
    def _ordered(self) -> After:
        if self.max_days < self.min_days:
            raise ValueError(f"max_days ({self.max_days:g}) is less than min_days ({self.min_days:g})")
        return self


class Column(BaseModel):
    """One column: a Faker provider with keyword arguments, plus optional SynthGen keys."""

    model_config = ConfigDict(extra="forbid")

    name: str = Field(min_length=1, max_length=MAX_NAME_LENGTH)
    provider: str | None = Field(default=None, min_length=1, max_length=64,
                                 description="a Faker provider; omitted when the column has a formula")
    args: dict[str, Any] = Field(default_factory=dict)
    unique: bool = False
    null_rate: float = Field(default=0.0, ge=0.0, le=1.0)
    weights: list[Weight] | None = Field(default=None, max_length=LIST_LIMIT,
                                         description="random_element: one weight per element")
    entity: str | None = Field(
        default=None, max_length=MAX_ENTITY_LENGTH,
        description="person/address columns with the same entity describe the same person or place in a row",
    )
    after: After | None = Field(default=None, description="this date column follows another date column")
    sequence: bool = Field(default=False, description="integer providers: count up from min by step, in row order")
    formula: str | None = Field(default=None, description="a value computed from other columns (docs/formulas.md)")
    when: When | None = Field(default=None, description="filled only where another column's value is (not) in a set")
    by: By | None = Field(default=None, description="random_element: a list of elements per value of another column")
    distribution: Distribution | None = Field(default=None, description="numbers: normal, lognormal, exponential, zipf")
    distinct: int | None = Field(default=None, ge=1, le=MAX_DISTINCT,
                                 description="the column takes this many distinct values, each reused across rows")
    series: Series | None = Field(default=None, description="dates/datetimes: regular steps from a start")
    source: str | None = Field(default=None, description="the words or example this column came from, for 'what I "
                                                         "understood' views; engines ignore it")

    @property
    def provider_name(self) -> str:
        """The provider that fills the column: only for a column that has one (a formula column may not)."""
        if self.provider is None:
            raise SchemaError(f"column '{self.name}' has no provider")
        return self.provider

    @property
    def faker_args(self) -> dict[str, Any]:
        """`args` as Faker takes them: ISO dates ('2024-01-31') in date arguments become date objects
        (Faker itself parses only relative strings such as '-30y', '+1d', 'today', 'now')."""
        return {k: _faker_value(k, v) for k, v in self.args.items()}

    @field_validator("name", "entity")
    @classmethod
    def _printable_name(cls, value: str | None) -> str | None:
        return _name(value)


class DatasetSchema(BaseModel):
    """A whole dataset: a name, a Faker locale and its columns. Constructing one validates everything."""

    model_config = ConfigDict(extra="forbid")

    name: str = Field(default="dataset", min_length=1, max_length=MAX_NAME_LENGTH)
    locale: str = "en_US"
    columns: list[Column] = Field(min_length=1, max_length=MAX_COLUMNS)

    @model_validator(mode="before")
    @classmethod
    def _plain_text(cls, data: Any) -> Any:
        problems = text_problems(data)
        if problems:
            raise ValueError("\n".join(problems))
        return data

    @field_validator("name")
    @classmethod
    def _printable_name(cls, value: str) -> str:
        return _name(value)

    @model_validator(mode="after")
    def _check(self) -> DatasetSchema:
        problems = schema_problems(self)
        if problems:
            raise ValueError("\n".join(problems))
        return self

    @property
    def filename_stem(self) -> str:
        """The name made safe for a file name."""
        return re.sub(r"[^A-Za-z0-9_.-]+", "_", self.name).strip("._") or "dataset"

    def to_json(self) -> str:
        return self.model_dump_json(indent=2, exclude_defaults=True)


@overload
def _name(value: str) -> str: ...
@overload
def _name(value: None) -> None: ...
def _name(value: str | None) -> str | None:
    """A name as given, if it is printable text on one line (else a ValueError saying which character)."""
    if value is None:
        return None
    if not value.strip():
        raise ValueError("must not be blank")
    for ch in value:
        if unicodedata.category(ch) in _NAME_CATEGORIES and ch not in _JOINERS:
            label = unicodedata.name(ch, "").lower()
            raise ValueError(f"must not contain control characters, format characters or line separators (found "
                             f"U+{ord(ch):04X}{' ' + label if label else ''}; tabs, newlines, bidi overrides, "
                             "zero-width spaces and U+2028 are all refused)")
    return value


def text_problem(value: str) -> str | None:
    """None if `value` can be text anywhere (a file, a JSON answer, Faker, Arrow), else why not: a NUL character
    or a lone surrogate."""
    bad = _NEVER.search(value)
    if bad is None:
        return None
    kind = "a NUL character" if bad.group() == "\x00" else f"a lone surrogate (U+{ord(bad.group()):04X})"
    return f"contains {kind}, which is not text; remove it"


def text_problems(data: Any, where: str = "") -> list[str]:
    """Every string of raw schema data (keys included) holding a NUL or a lone surrogate, by its path
    ('columns[2].args.elements[0]'), before anything else reads or echoes those strings."""
    problems: list[str] = []
    stack: list[tuple[str, Any]] = [(where, data)]
    while stack and len(problems) < 20:
        path, value = stack.pop()
        if isinstance(value, str):
            problem = text_problem(value)
            if problem:
                problems.append(f"{path or 'the schema'}: {problem}")
        elif isinstance(value, dict):
            for key, item in value.items():
                label = str(key)
                problem = text_problem(key) if isinstance(key, str) else None
                if problem:
                    label = ascii(key)
                    problems.append(f"{path or 'the schema'}: the key {label} {problem}")
                stack.append((f"{path}.{label}" if path else label, item))
        elif isinstance(value, (list, tuple)):
            stack.extend((f"{path}[{i}]", item) for i, item in enumerate(value))
    return sorted(problems)


def _faker_value(key: str, value: Any) -> Any:
    if "date" not in key or not isinstance(value, str):
        return value
    try:
        if _ISO_DATE.match(value):
            return dt.date.fromisoformat(value)
        if _ISO_DATETIME.match(value):
            return dt.datetime.fromisoformat(value)
    except ValueError:
        return value
    return value


def schema_problems(schema: DatasetSchema) -> list[str]:
    """Every problem of a structurally valid schema, one sentence each, naming the column."""
    if not known_locale(schema.locale):
        return [f"locale '{schema.locale}' is not a Faker locale (e.g. en_US, de_DE, fr_FR, ja_JP)"]
    catalog = get_catalog(schema.locale)
    problems: list[str] = []
    seen: set[str] = set()
    by_name = {c.name: c for c in schema.columns}
    for col in schema.columns:
        where = f"column '{col.name}'"
        problems += [f"{where}: {p}" for p in _source_problems(col.source)]
        if col.name in seen:
            problems.append(f"{where}: the name is used twice; column names must be unique")
        seen.add(col.name)
        if col.formula is not None:
            problems += [f"{where}: {p}" for p in _formula_column_problems(col)]
            continue
        if col.provider is None:
            problems.append(f"{where}: 'provider' is missing; name a Faker provider, or give a 'formula'")
            continue
        problem = catalog.provider_problem(col.provider)
        if problem:
            problems.append(f"{where}: {problem}")
            continue
        arg_problems = catalog.arg_problems(col.provider, col.args)
        problems += [f"{where}: {p}" for p in arg_problems]
        problems += [f"{where}: {p}" for p in _key_problems(col, by_name)]
        if not arg_problems and col.provider == "text" and col.args.get("ext_word_list"):
            problems += [f"{where}: {p}" for p in _text_problems(col.args)]  # Faker's text() may never return
        elif not arg_problems:
            problems += [f"{where}: {p}" for p in _dry_run(schema.locale, col)]
    problems += families.entity_problems([c for c in schema.columns if c.provider is not None
                                          and catalog.provider_problem(c.provider) is None])
    if len(by_name) < len(schema.columns):
        return problems
    return problems + check_rules(schema.columns, catalog)[1]


def _source_problems(source: str | None) -> list[str]:
    """`source` is printable text on one line, at most MAX_SOURCE_LENGTH characters."""
    if source is None:
        return []
    if len(source) > MAX_SOURCE_LENGTH:
        return [(f"'source' is {len(source):,} characters; the limit is {MAX_SOURCE_LENGTH} (a few words of the "
                "description are enough)")]
    try:
        _name(source)
    except ValueError as exc:
        return [f"'source' {exc}"]
    return []


def _formula_column_problems(col: Column) -> list[str]:
    """A formula column has no provider, so no provider's keys either."""
    if col.provider is not None:
        return [f"'formula' replaces 'provider'; give one of them, not both (provider '{col.provider}')"]
    keys = [k for k in ("args", "weights", "entity", "after", "by", "distribution", "distinct", "series")
            if getattr(col, k)] + [k for k in ("unique", "sequence") if getattr(col, k)]
    return [f"'{k}' does not apply to a formula column" for k in keys]


def column_kinds(schema: DatasetSchema) -> dict[str, str]:
    """Each column's formula type (int, float, bool, str, date, datetime), as the engine makes it."""
    return check_rules(schema.columns, get_catalog(schema.locale))[0]


def _text_problems(args: dict[str, Any]) -> list[str]:
    limit = int(args.get("max_nb_chars", 200))
    shortest = min(len(str(w)) for w in args["ext_word_list"])
    if shortest >= limit:
        return [(f"max_nb_chars={limit} leaves no room for any word of ext_word_list (the shortest has {shortest} "
                f"characters); raise max_nb_chars above {shortest} or add shorter words")]
    return []


def _key_problems(col: Column, by_name: dict[str, Column]) -> list[str]:
    problems = []
    if col.weights is not None:
        elements = col.args.get("elements")
        if col.provider != "random_element" or not isinstance(elements, list):
            problems.append("'weights' needs provider random_element with an 'elements' list")
        elif len(col.weights) != len(elements):
            problems.append(f"'weights' has {len(col.weights)} values for {len(elements)} elements")
        elif any(w < 0 for w in col.weights) or sum(col.weights) <= 0:
            problems.append("'weights' must be non-negative with a positive sum")
    if col.after is not None:
        other = by_name.get(col.after.column)
        if col.provider not in DATE_PROVIDERS:
            problems.append(f"'after' applies to date providers, not {col.provider}")
        elif other is None or other.name == col.name:
            problems.append(f"'after' names '{col.after.column}', which is not another column of this schema")
        elif other.provider not in DATE_PROVIDERS:
            problems.append(f"'after' names '{other.name}', which is not a date column")
        elif other.after is not None:
            problems.append(f"'after' names '{other.name}', which itself follows another column; chain one level only")
        else:
            problems += _after_end_problems(col.after, other)
        if col.unique:
            problems.append("'unique' cannot be combined with 'after'")
    if col.sequence and col.provider not in ("random_int", "pyint"):
        problems.append("'sequence' applies to random_int or pyint")
    return problems


def _after_end_problems(after: After, other: Column) -> list[str]:
    """'after' must not carry dates past LAST_DATE (year 10098 cannot be read back by pandas or Python)."""
    latest = _latest_day(other)
    if latest + math.ceil(after.max_days) + 1 <= LAST_DATE.toordinal():
        return []
    reach = dt.date.fromordinal(min(latest, LAST_DATE.toordinal())).isoformat()
    return [(f"'after' adds up to {after.max_days:g} days to '{other.name}', whose dates reach {reach}; "
            f"that passes {LAST_DATE.isoformat()}, the last date pandas, Arrow and Python hold; lower max_days or "
            f"make '{other.name}' end earlier")]


def _latest_day(col: Column) -> int:
    """The latest day (a proleptic ordinal) a date column can hold: its latest date argument, as Faker reads it
    (a date, a relative string, a POSIX timestamp), or a century from today (every provider's defaults end
    before that). An argument Faker cannot read is left to the dry run, which reports it."""
    latest = clock.local(clock.now()).date().toordinal() + 36_600
    for key, value in col.faker_args.items():
        if "date" not in key and key not in ("start", "end"):
            continue
        try:
            day = _EPOCH_DAY + math.floor(DateProvider._parse_date_time(value) / 86_400)
        except Exception:  # noqa: BLE001 - 'today' and other words only _parse_date reads
            try:
                day = DateProvider._parse_date(value).toordinal()
            except Exception:  # noqa: BLE001, S112 - Faker raises many kinds for a bad date; the dry run names it
                continue
        latest = max(latest, day)
    return latest


_EPOCH_DAY = dt.date(1970, 1, 1).toordinal()
_DRY_RUN_FAKERS: Lru[str, tuple[Faker, threading.Lock]] = Lru()  # shared by threads, one call at a time


def _dry_run_faker(locale: str) -> tuple[Faker, threading.Lock]:
    """One Faker per locale for the last few locales (making one costs more than the dry run itself), with the
    lock its callers hold while they seed and call it."""
    return _DRY_RUN_FAKERS.get(locale, lambda: (Faker(locale), threading.Lock()))


def _dry_run(locale: str, col: Column) -> list[str]:
    """Call the provider once, so arguments that pass the signature but not Faker's own checks fail now."""
    fake, lock = _dry_run_faker(locale)
    try:
        with lock:
            fake.seed_instance(0)
            if col.provider in TEMPLATE_ARGS:  # tokens already checked; Faker's own parser never sees a template
                argument = col.args.get(TEMPLATE_ARGS[col.provider])
                renderer(fake, str(argument) if argument is not None else _default_template(locale, col.provider),
                         col.args.get("letters"))()
            else:
                method = getattr(fake, col.provider_name)
                with pinned_global_random(method):
                    method(**col.faker_args)
    except Exception as exc:  # noqa: BLE001 - Faker raises many kinds; the message is what the user needs
        message = str(exc).splitlines()[0][:200] if str(exc) else type(exc).__name__
        return [f"{col.provider} rejected its arguments: {message}"]
    return []


def _default_template(locale: str, provider: str) -> str:
    return str(get_catalog(locale).specs[provider].params[TEMPLATE_ARGS[provider]].default)


def _pydantic_problems(error: ValidationError) -> list[str]:
    problems = []
    for item in error.errors():
        loc = tuple(p if not isinstance(p, str) or len(p) <= 40 else p[:40] + "..." for p in item.get("loc", ()))
        message = item.get("msg", "").removeprefix("Value error, ")
        if len(loc) >= 2 and loc[0] == "columns" and isinstance(loc[1], int):
            field = ".".join(str(p) for p in loc[2:])
            label = f"column {loc[1] + 1}"
            problems.append(f"{label}{' ' + field if field else ''}: {message}")
        elif loc:
            problems.append(f"{'.'.join(str(p) for p in loc)}: {message}")
        else:
            problems += message.splitlines()
    return problems


def _json(text: str | bytes) -> Any:
    """JSON text as Python data (Python's reader, as the API's, so a "\\ud800" escape reaches the text checks)."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise SchemaError(f"the schema is not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}") from None
    except UnicodeDecodeError:
        raise SchemaError("the schema is not valid JSON: it is not UTF-8 text") from None
    except RecursionError:
        raise SchemaError("the schema is not valid JSON: it is nested too deeply") from None


def parse_schema(data: Any) -> DatasetSchema:
    """Validate a dict, JSON text or DatasetSchema; raise SchemaError listing every problem."""
    if isinstance(data, DatasetSchema):
        return data
    if isinstance(data, (str, bytes)):
        data = _json(data)
    try:
        return DatasetSchema.model_validate(data)
    except ValidationError as exc:
        raise SchemaError(_pydantic_problems(exc)) from None


def load_schema(path: str | Path) -> DatasetSchema:
    """Read and validate a schema file."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise SchemaError(f"cannot read schema file {path}: {exc.strerror or exc}") from None
    except UnicodeDecodeError:
        raise SchemaError(f"{path} is not valid JSON: it is not UTF-8 text") from None
    try:
        data = _json(text)
    except SchemaError as exc:
        raise SchemaError(exc.detail.replace("the schema", str(path), 1)) from None
    return parse_schema(data)
