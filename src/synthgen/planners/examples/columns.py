"""Examples planner, one column: the schema column (2.1) for one column of the sample, from its typed cells and
what its text is; privacy first: only low-cardinality categories that do not look personal reuse sample values."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from . import numbers, strings
from .cells import ISO_DATE, Cells
from .codes import pattern_of
from .hints import hints

LIMIT = 1e15  # numbers a schema's arguments may hold (bounds.NUMBER_LIMIT): wider examples are clipped to it
NUMBER_CATEGORIES = 10  # distinct whole numbers (ratings, sizes) kept as categories when each is seen often
TEXT_PROVIDERS = {"person": "name", "first_name": "first_name", "last_name": "last_name", "user_name": "user_name",
                  "company": "company", "street": "street_address", "address": "address", "city": "city",
                  "state": "state", "postcode": "postcode", "country": "country", "country_code": "country_code",
                  "currency_code": "currency_code", "phone": "phone_number", "url": "url", "ipv4": "ipv4",
                  "ipv6": "ipv6", "uuid": "uuid4"}
ISO_DATETIMES = ("%Y-%m-%dT%H:%M:%S", "%Y-%m-%d %H:%M:%S", "%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M")


@dataclass
class Inferred:
    """A planned column: its schema entry (`spec`), the kind read from the examples (for PlanMeta, the bench and
    the user), a note on what was inferred, and the sample's parsed cells."""

    cells: Cells
    kind: str
    spec: dict[str, Any]
    note: str
    reused: bool = False  # the sample's own values are reused (a low-cardinality category)
    extras: dict[str, Any] = field(default_factory=dict)

    @property
    def name(self) -> str:
        return self.cells.name


def infer(cells: Cells) -> Inferred:
    """The column for one sample column (without rules between columns: see relations)."""
    if not cells.values:
        spec = {"provider": "word", "null_rate": 1.0}
        found = Inferred(cells, "empty", spec, "every example is empty: always empty")
    elif cells.kind == "bool":
        share = sum(cells.values) / len(cells.values)
        found = Inferred(cells, "bool", {"provider": "pybool", "args": {"truth_probability": round(share * 100)}},
                         f"true/false, true in {share:.0%}")
    elif cells.kind == "int":
        found = _ints(cells)
    elif cells.kind == "float":
        found = _floats(cells)
    elif cells.kind in ("date", "datetime"):
        found = _dates(cells)
    else:
        found = _text(cells)
    spec = {"name": cells.name, **found.spec}
    if cells.null_share > 0 and "null_rate" not in spec:
        spec["null_rate"] = round(cells.null_share, 4)
    spec["source"] = f"from examples: {cells.name}"
    found.spec = spec
    return found


def category(cells: Cells, kind: str, values: list[Any] | None = None) -> Inferred:
    counted = strings.top_values(values if values is not None else cells.values)
    elements = [v for v, _ in counted]
    weights = [n for _, n in counted]
    spec: dict[str, Any] = {"provider": "random_element", "args": {"elements": elements}}
    if len(set(weights)) > 1:
        spec["weights"] = weights
    shares = ", ".join(f"{v} {n / len(cells.values):.0%}" for v, n in counted[:6])
    more = ", ..." if len(counted) > 6 else ""
    return Inferred(cells, kind, spec, f"category of {len(elements)} values ({shares}{more})", reused=True)


def _ints(cells: Cells) -> Inferred:
    values = cells.values
    distinct = len(set(values))
    step = numbers.counts_up(cells.by_row())
    counted = step is not None and distinct == len(values) and abs(values[0]) <= LIMIT and step <= LIMIT
    if counted and (hints().is_id(cells.name) or len(values) >= 10):  # 30, 31, 32 of "age" are no sequence
        counting: dict[str, Any] = {"provider": "random_int", "args": {"min": values[0], "step": step},
                                    "sequence": True, "unique": True}
        return Inferred(cells, "id", counting, f"whole numbers counting up from {values[0]} by {step}")
    if distinct <= NUMBER_CATEGORIES and distinct <= len(values) // 3:
        return category(cells, "int category")
    low, high = _clip(min(values)), _clip(max(values))
    if low == high:
        return category(cells, "int constant", [low])
    spec: dict[str, Any] = {"provider": "random_int", "args": {"min": low, "max": high}}
    if hints().is_id(cells.name) and distinct == len(values) and len(values) >= 2:
        spec["unique"] = True
        return Inferred(cells, "id", spec, f"unique whole numbers {low}..{high}")
    shape = numbers.fit([float(v) for v in values])
    if shape:
        spec["distribution"] = shape
    return Inferred(cells, "int", spec, f"whole numbers {low}..{high}{_shape(shape)}")


def _floats(cells: Cells) -> Inferred:
    values = cells.values
    distinct = len(set(values))
    if distinct <= NUMBER_CATEGORIES and distinct <= len(values) // 3 or distinct == 1:
        return category(cells, "number category")
    low, high = _clip(min(values)), _clip(max(values))
    digits = min(cells.decimals, 10)
    spec: dict[str, Any] = {"provider": "pyfloat", "args": {"min_value": low, "max_value": high,
                                                            "right_digits": digits}}
    shape = numbers.fit(values)
    if shape:
        spec["distribution"] = shape
    return Inferred(cells, "float", spec, f"numbers {low:g}..{high:g} with {digits} decimals{_shape(shape)}",
                    extras={"decimals": digits})


def _clip(value: float) -> float:
    if abs(value) <= LIMIT:
        return value
    return type(value)(LIMIT if value > 0 else -LIMIT)


def _shape(shape: dict[str, Any] | None) -> str:
    return f", {shape['kind']}" if shape else ", uniform"


def _dates(cells: Cells) -> Inferred:
    low, high = min(cells.values), max(cells.values)
    fmt = cells.fmt or ISO_DATE
    if cells.kind == "date":
        if fmt == ISO_DATE:
            spec = {"provider": "date_between", "args": {"start_date": low.isoformat(), "end_date": high.isoformat()}}
            return Inferred(cells, "date", spec, f"dates {low}..{high}")
        spec = {"provider": "date", "args": {"pattern": fmt, "end_datetime": high.isoformat()}}
        return Inferred(cells, "date", spec, f"dates written {fmt}, up to {high} (Faker's date() takes no start: "
                        f"the examples start at {low})", extras={"format": fmt})
    start, end = _stamp(low), _stamp(high)
    spec = {"provider": "date_time_between", "args": {"start_date": start, "end_date": end}}
    note = f"datetimes {start}..{end}"
    if fmt not in ISO_DATETIMES:
        note += f" (the examples write them {fmt}; made as ISO datetimes)"
    return Inferred(cells, "datetime", spec, note, extras={"format": fmt})


def _stamp(value: dt.datetime) -> str:
    return value.replace(tzinfo=None, microsecond=0).isoformat()


def _text(cells: Cells) -> Inferred:
    values = [str(v) for v in cells.values]
    kind = strings.classify(cells)
    unique = len(set(values)) == len(values) and len(values) >= 2
    if kind == "category":
        return category(cells, "category", values)
    if kind in ("email",):
        spec: dict[str, Any] = {"provider": strings.email_provider(values)}
        if unique:
            spec["unique"] = True
        return Inferred(cells, "email", spec, "email addresses, made afresh")
    if kind == "code":
        pattern = pattern_of(values[:strings.READ_AT_MOST])
        assert pattern is not None
        spec = {"provider": pattern.provider, "args": pattern.args()}
        if unique:
            spec["unique"] = True
        counting = " (the examples count up; made unique in the pattern, not in order)" if pattern.counts_up else ""
        return Inferred(cells, "code", spec, f"codes like {pattern.text}{counting}",
                        extras={"pattern": pattern})
    if kind == "text":
        longest = max(5, min(max(len(v) for v in values), 2000))
        return Inferred(cells, "text", {"provider": "text", "args": {"max_nb_chars": longest}},
                        f"free text of up to {longest} characters, made afresh")
    if kind == "words":
        words = round(sum(len(v.split()) for v in values) / len(values))
        if words <= 1:
            return Inferred(cells, "words", {"provider": "word"}, "single words, made afresh")
        return Inferred(cells, "words", {"provider": "sentence", "args": {"nb_words": words}},
                        f"short phrases of about {words} words, made afresh")
    spec = {"provider": TEXT_PROVIDERS[kind]}
    if kind == "uuid" and unique:
        spec["unique"] = True
    return Inferred(cells, kind, spec, f"{kind.replace('_', ' ')} values, made afresh")


def is_personal(found: Inferred) -> bool:
    return found.kind in strings.PERSONAL
