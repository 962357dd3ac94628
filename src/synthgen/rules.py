"""Column rules of the schema (when, by, distribution, series, distinct, formula): models, checks, making order."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StrictBool, StrictFloat, StrictInt, StrictStr, model_validator

from .catalog import ITEM_LIMIT, LIST_LIMIT, Catalog

if TYPE_CHECKING:  # schema imports this module; the Column type is only named here
    from .schema import Column

MAX_DISTINCT = 1_000_000  # 'distinct' values a column may hold (drawn once per table, kept in memory)
MAX_GROUP_ELEMENTS = 100_000  # elements in all of a 'by' rule's lists together
PARAM_LIMIT = 1e15  # a distribution's mean, sd, median
STEP = re.compile(r"^([1-9][0-9]{0,5})([smhdw])$")
STEP_SECONDS = {"s": 1, "m": 60, "h": 3_600, "d": 86_400, "w": 604_800}
# Numeric providers a 'distribution' applies to: provider -> (its min argument, its max argument, whole numbers)
DISTRIBUTED = {"random_int": ("min", "max", True), "pyint": ("min_value", "max_value", True),
               "pyfloat": ("min_value", "max_value", False), "pydecimal": ("min_value", "max_value", False)}
# Date providers whose values are dates or datetimes (not text renderings), and which a 'series' may fill.
SERIES_KINDS = ("date", "datetime")

# Providers the engine makes in another type than Faker's annotation says (tests/engine/test_rules.py checks every
# provider against the engine; these differences are reported, to fix in the engine, not here).
ENGINE_KINDS = {"date_time": "date", "randomize_nb_elements": "str"}

Item = Annotated[StrictStr, Field(max_length=ITEM_LIMIT)]
Scalar = Item | StrictInt | StrictFloat | StrictBool
Param = Annotated[float, Field(ge=-PARAM_LIMIT, le=PARAM_LIMIT, allow_inf_nan=False)]
Weight = Annotated[float, Field(ge=0, le=1e12, allow_inf_nan=False)]


class _Rule(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True, serialize_by_alias=True)


class When(_Rule):
    """The cell is filled only in rows where another column's value is (not) in a set; empty elsewhere."""

    column: str = Field(min_length=1, max_length=64, description="the column whose value decides")
    in_: list[Scalar] | None = Field(default=None, alias="in", min_length=1, max_length=LIST_LIMIT)
    not_in: list[Scalar] | None = Field(default=None, min_length=1, max_length=LIST_LIMIT)

    @model_validator(mode="after")
    def _one_set(self) -> When:
        if (self.in_ is None) == (self.not_in is None):
            raise ValueError("give exactly one of 'in' or 'not_in', a list of the other column's values")
        return self

    @property
    def values(self) -> list[Any]:
        return list(self.in_ if self.in_ is not None else self.not_in or [])


class By(_Rule):
    """Categories that depend on another column: a list of elements (and weights) per value of that column."""

    column: str = Field(min_length=1, max_length=64, description="the column whose value picks the list")
    elements: dict[Item, list[Item]] = Field(max_length=LIST_LIMIT)
    weights: dict[Item, list[Weight]] | None = Field(default=None, max_length=LIST_LIMIT)


class Distribution(_Rule):
    """How a numeric column's values spread: normal, lognormal, exponential or zipf."""

    kind: Literal["normal", "lognormal", "exponential", "zipf"]
    mean: Param | None = None
    sd: Param | None = None
    median: Param | None = None
    sigma: Param | None = None
    a: Param | None = None

    @model_validator(mode="after")
    def _params(self) -> Distribution:
        needs = {"normal": ("mean", "sd"), "lognormal": ("median", "sigma"), "exponential": ("mean",),
                 "zipf": ("a",)}[self.kind]
        given = {k for k in ("mean", "sd", "median", "sigma", "a") if getattr(self, k) is not None}
        if given != set(needs):
            raise ValueError(f"a {self.kind} distribution takes {' and '.join(needs)}"
                             f"{'' if not given - set(needs) else ', not ' + ', '.join(sorted(given - set(needs)))}")
        positive = {"sd": 0, "median": 0, "sigma": 0, "a": 1}
        if self.kind == "exponential" and self.mean is not None and self.mean <= 0:
            raise ValueError("an exponential distribution's mean must be above 0")
        for key, low in positive.items():
            value = getattr(self, key)
            if value is not None and value <= low:
                raise ValueError(f"'{key}' must be above {low}")
        if self.sigma is not None and self.sigma > 10 or self.a is not None and self.a > 10:
            raise ValueError("'sigma' and 'a' are at most 10")
        return self


class Series(_Rule):
    """Regular timestamps from `start` by `step`; with `per`, each value of that column once per step."""

    start: str = Field(max_length=40, description="ISO date or datetime of the first value")
    step: str = Field(description="a whole number and a unit: s, m, h, d or w (10m, 1h, 1d)")
    per: str | None = Field(default=None, min_length=1, max_length=64)

    @model_validator(mode="after")
    def _readable(self) -> Series:
        if not STEP.match(self.step):
            raise ValueError(f"step '{self.step[:20]}' is not a whole number (1 to 999999) and a unit s, m, h, d or w "
                             "(10m, 1h, 1d)")
        try:
            dt.datetime.fromisoformat(self.start)
        except ValueError:
            raise ValueError(f"start '{self.start}' is not an ISO date or datetime (2024-01-01 or "
                             "2024-01-01T00:00:00)") from None
        return self

    @property
    def seconds(self) -> int:
        count, unit = STEP.match(self.step).groups()  # type: ignore[union-attr]
        return int(count) * STEP_SECONDS[unit]

    @property
    def start_datetime(self) -> dt.datetime:
        return dt.datetime.fromisoformat(self.start).replace(tzinfo=None)


def has_rules(col: Column) -> bool:
    return any(getattr(col, k) is not None for k in ("formula", "when", "by", "distribution", "distinct", "series"))


def dependencies(col: Column) -> list[str]:
    """The columns whose values this column reads in a row (so they are made first). A formula that cannot be
    read reads nothing here; its problem is reported when it is checked."""
    from .engine.formula import references  # the formula language lives with its evaluator
    from .errors import SchemaError

    names: list[str] = []
    if col.formula is not None:
        try:
            names += references(col.formula)
        except SchemaError:
            pass
    names += [rule.column for rule in (col.when, col.by, col.after) if rule is not None]
    return list(dict.fromkeys(names))


def making_order(columns: Sequence[Column]) -> tuple[list[Column], list[str]]:
    """The columns in the order they are made: schema order, except that columns following another ('after')
    come last and a column comes after those it reads. Also the cycles found, one sentence each."""
    base = sorted(columns, key=lambda c: c.after is not None)
    names = {c.name for c in columns}
    needs = {c.name: [d for d in dependencies(c) if d in names and d != c.name] for c in columns}
    problems = [f"column '{c.name}': a rule of the column reads the column itself" for c in columns
                if c.name in dependencies(c)]
    done: set[str] = set()
    order: list[Column] = []
    waiting = list(base)
    while waiting:
        ready = next((c for c in waiting if all(d in done for d in needs[c.name])), None)
        if ready is None:
            problems.append(_cycle(waiting, needs))
            order += waiting
            break
        waiting.remove(ready)
        done.add(ready.name)
        order.append(ready)
    return order, problems


def check_rules(columns: Sequence[Column], catalog: Catalog) -> tuple[dict[str, str], list[str]]:
    """Each column's type, and every rule problem (cycles, formulas, the other rules), one sentence each naming
    its column. Columns are typed in making order, so a formula knows the types of the columns it reads."""
    from .engine.formula import parse  # the formula language lives with its evaluator
    from .errors import SchemaError

    by_name = {c.name: c for c in columns}
    order, problems = making_order(columns)
    kinds: dict[str, str] = {}
    formulas: dict[str, str] = {}
    for col in order:
        if col.formula is not None and problems and any(d in by_name and d not in kinds for d in dependencies(col)):
            formulas[col.name] = "str"  # in a cycle, reported above
        elif col.formula is not None:
            try:
                formulas[col.name] = parse(col.formula, kinds).type
            except SchemaError as exc:
                problems += [f"column '{col.name}': formula: {p}" for p in exc.problems]
                formulas[col.name] = "str"
        kinds[col.name] = kind_of(col, catalog, formulas)
    for col in columns:
        problems += [f"column '{col.name}': {p}" for p in rule_problems(col, by_name, kinds)]
    return kinds, problems


def _cycle(waiting: list[Column], needs: dict[str, list[str]]) -> str:
    left = {c.name for c in waiting}
    path = [waiting[0].name]
    while True:
        step = next(d for d in needs[path[-1]] if d in left)
        if step in path:
            loop = path[path.index(step):] + [step]
            return (f"column '{step}': its rules make a cycle ({' -> '.join(loop)}); a column cannot read, "
                    "directly or through others, a column that reads it")
        path.append(step)


def kind_of(col: Column, catalog: Catalog, formulas: dict[str, str]) -> str:
    """The formula type of a column's values (int, float, bool, str, date, datetime), as the engine makes them."""
    from .engine.formula import column_type

    if col.name in formulas:
        return formulas[col.name]
    if col.by is not None:
        return "str"
    if col.provider == "random_element":
        return element_kind(col.args.get("elements", ["a", "b", "c"]))
    if col.provider in ENGINE_KINDS:
        return ENGINE_KINDS[col.provider]
    spec = catalog.specs.get(col.provider or "")
    return column_type(spec.returns) if spec is not None else "str"


def element_kind(elements: Any) -> str:
    """The type random_element's values take (as engine/providers.py reads its elements)."""
    items = list(elements) if isinstance(elements, (list, tuple)) else []
    if items and all(isinstance(e, bool) for e in items):
        return "bool"
    if items and all(isinstance(e, int) and not isinstance(e, bool) for e in items):
        return "int"
    if items and all(isinstance(e, (int, float)) and not isinstance(e, bool) for e in items):
        return "float"
    return "str"


def _value_kind(value: Any) -> str:
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, int):
        return "int"
    return "float" if isinstance(value, float) else "str"


def rule_problems(col: Column, by_name: dict[str, Column], kinds: dict[str, str]) -> list[str]:
    """Every problem of one column's rules (formulas are checked by the caller), one sentence each."""
    problems: list[str] = []
    if col.when is not None:
        problems += _when_problems(col.when, by_name, kinds, col.name)
    if col.by is not None:
        problems += _by_problems(col, by_name, kinds)
    if col.distribution is not None:
        if col.provider not in DISTRIBUTED:
            problems.append(f"'distribution' applies to {', '.join(DISTRIBUTED)}, not {col.provider or 'a formula'}")
        if col.unique or col.sequence:
            problems.append("'distribution' cannot be combined with 'unique' or 'sequence'")
    if col.distinct is not None:
        clash = [k for k in ("formula", "by", "distribution", "series", "after", "when") if getattr(col, k) is not None]
        clash += [k for k in ("unique", "sequence") if getattr(col, k)]
        if clash:
            problems.append(f"'distinct' cannot be combined with {', '.join(repr(k) for k in clash)}")
        elif col.provider == "random_element":
            count = len(set(map(repr, col.args.get("elements", ["a", "b", "c"]))))
            if count < col.distinct:
                problems.append(f"'distinct' asks for {col.distinct:,} values but its elements hold only {count:,}")
    if col.series is not None:
        problems += _series_problems(col, by_name, kinds)
    return problems


def _when_problems(when: When, by_name: dict[str, Column], kinds: dict[str, str], name: str) -> list[str]:
    other = by_name.get(when.column)
    if other is None or other.name == name:
        return [f"'when' names '{when.column}', which is not another column of this schema"]
    kind = kinds.get(other.name, "str")
    if kind not in ("str", "int", "float", "bool"):
        return [f"'when' reads '{other.name}', a {kind} column; it reads text, number or true/false columns"]
    wrong = [v for v in when.values if not (_value_kind(v) == kind or kind == "float" and _value_kind(v) == "int")
             or isinstance(v, int) and not -2**63 <= v < 2**63]
    if wrong:
        shown = repr(wrong[0]) if len(repr(wrong[0])) <= 40 else repr(wrong[0])[:40] + "..."
        if _value_kind(wrong[0]) == kind:
            return [f"'when' lists {shown}, which passes the 64-bit whole numbers '{other.name}' holds"]
        return [(f"'when' lists {shown} ({_value_kind(wrong[0])}) but '{other.name}' holds {kind} values; "
                "list values of that column's type")]
    return []


def _by_problems(col: Column, by_name: dict[str, Column], kinds: dict[str, str]) -> list[str]:
    by = col.by
    assert by is not None
    problems: list[str] = []
    other = by_name.get(by.column)
    if col.provider != "random_element":
        problems.append(f"'by' needs provider random_element (its 'elements' serve values of '{by.column}' "
                        "without a list)")
    if col.unique:
        problems.append("'by' cannot be combined with 'unique'")
    fallback = col.args.get("elements")
    if fallback is not None and element_kind(fallback) != "str":
        problems.append("'by' picks text categories: 'elements' must be strings")
    if other is None or other.name == col.name:
        return problems + [f"'by' names '{by.column}', which is not another column of this schema"]
    if kinds.get(other.name) not in ("str", "int"):
        problems.append(f"'by' reads '{other.name}', a {kinds.get(other.name)} column; it reads text or whole "
                        "number categories")
    if sum(len(v) for v in by.elements.values()) > MAX_GROUP_ELEMENTS:
        problems.append(f"'by' lists more than {MAX_GROUP_ELEMENTS:,} elements in all")
    for key, items in by.elements.items():
        if not items:
            problems.append(f"'by.elements' for '{key}' is empty; give at least one element")
    for key, weights in (by.weights or {}).items():
        listed = by.elements.get(key)
        if listed is None:
            problems.append(f"'by.weights' has '{key}', which 'by.elements' has no list for")
        elif len(weights) != len(listed):
            problems.append(f"'by.weights' for '{key}' has {len(weights)} values for {len(listed)} elements")
        elif sum(weights) <= 0:
            problems.append(f"'by.weights' for '{key}' must have a positive sum")
    values = category_values(other)
    if values is not None:
        strays = [key for key in by.elements if key not in values]
        if strays:
            shown = ", ".join(repr(v) for v in values[:10]) + (", ..." if len(values) > 10 else "")
            problems.append(f"'by.elements' has a list for '{strays[0]}', which is not a value of '{other.name}' "
                            f"(its values: {shown})")
    if fallback is None:
        if values is None:
            problems.append(f"'by' reads '{other.name}', whose values are not a known list; give 'args.elements' "
                            "for values without a list")
        else:
            missing = [v for v in values if v not in by.elements]
            if missing:
                problems.append(f"'by' has no list for '{missing[0]}' (a value of '{other.name}') and no "
                                "'args.elements' for such values")
    return problems


def category_values(col: Column) -> list[str] | None:
    """The values (as text) a category column can hold, or None if not a known finite list."""
    if col.by is not None:
        items = [v for values in col.by.elements.values() for v in values] + list(col.args.get("elements", []))
        return list(dict.fromkeys(items))
    if col.provider == "random_element" and col.formula is None:
        return [str(v) for v in col.args.get("elements", ["a", "b", "c"])]
    return None


def _series_problems(col: Column, by_name: dict[str, Column], kinds: dict[str, str]) -> list[str]:
    series = col.series
    assert series is not None
    problems: list[str] = []
    kind = kinds.get(col.name)
    if col.formula is not None or kind not in SERIES_KINDS:
        problems.append(f"'series' applies to date or datetime providers, not {col.provider or 'a formula'}")
    elif kind == "date" and series.seconds % 86_400:
        problems.append(f"'series' step '{series.step}' is shorter than a day; a date column steps by d or w")
    clash = [k for k in ("after", "distribution", "by") if getattr(col, k) is not None]
    clash += ["unique"] if col.unique else []
    if clash:
        problems.append(f"'series' cannot be combined with {', '.join(repr(k) for k in clash)}")
    if series.per is not None:
        per = by_name.get(series.per)
        if per is None or per.name == col.name:
            problems.append(f"'series.per' names '{series.per}', which is not another column of this schema")
        elif per.distinct is None:
            problems.append(f"'series.per' names '{per.name}', which needs 'distinct' (the number of its values "
                            "that report once per step)")
    return problems


def series_end(col: Column, rows: int, per_count: int) -> dt.datetime | None:
    """The last value of a series over `rows` rows, or None if it passes the year 9999."""
    series = col.series
    assert series is not None
    steps = max(rows - 1, 0) // max(per_count, 1)
    try:
        return series.start_datetime + dt.timedelta(seconds=steps * series.seconds)
    except OverflowError:
        return None
