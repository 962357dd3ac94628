"""Offline planner, finishing: merge stated columns into a domain template and validate the planned schema,
falling back to plainer columns (no rules, plain words) rather than failing a plan."""

from __future__ import annotations

import re

from ...errors import SchemaError
from ...schema import DatasetSchema, parse_schema
from .fields import Field


def merge(template: list[Field], stated: list[Field]) -> list[Field]:
    """Template columns, each replaced by a stated column of the same kind; other stated columns after."""
    used: set[int] = set()
    merged: list[Field] = []
    for fld in template:
        twin = next((s for s in stated if id(s) not in used and (
            s.name == fld.name or (s.concept and s.concept == fld.concept and s.role in (fld.role, "")))), None)
        if twin is not None:
            used.add(id(twin))
            merged.append(twin)
        else:
            merged.append(fld)
    return merged + [s for s in stated if id(s) not in used]


_AFTER_PROBLEM = re.compile(r"^column '([^']+)': 'after' ")


def _drop_broken_afters(fields: list[Field], exc: SchemaError, notes: list[str]) -> bool:
    """Drop the date orders the schema rejects (an 'after' naming a column that is not a date), keeping the rest of
    the plan; True when any was dropped."""
    named = {m.group(1) for m in (_AFTER_PROBLEM.match(p) for p in exc.problems) if m}
    dropped = False
    for f in fields:
        if f.name in named and f.after is not None:
            notes.append(f"column '{f.name}' no longer follows '{f.after['column']}' (not a date column)")
            f.after, dropped = None, True
    return dropped


def validated(name: str, locale: str, fields: list[Field], notes: list[str]) -> DatasetSchema:
    """The schema of `fields`; on a rejection, the same without column rules, then with the rejected columns as
    plain words, then a generic table, each step noted in `notes`."""
    data = {"name": name, "locale": locale, "columns": [f.column() for f in fields]}
    try:
        return parse_schema(data)
    except SchemaError as exc:
        if _drop_broken_afters(fields, exc, notes):  # 'check-out after check-in' where check-in is a clock time
            data["columns"] = [f.column() for f in fields]
            try:
                return parse_schema(data)
            except SchemaError as again:
                exc = again
        if any(f.formula or f.when or f.distribution or f.by for f in fields):
            notes.append(f"the column rules were dropped ({exc.problems[0][:120]})")
            for f in fields:
                f.formula = f.when = f.distribution = f.by = None
            data["columns"] = [f.column() for f in fields]
            try:
                return parse_schema(data)
            except SchemaError:
                pass
    replaced = set()
    for f in fields:
        column = {k: v for k, v in f.column().items() if k not in ("after",)}
        try:
            parse_schema({"name": name, "locale": locale, "columns": [column]})
        except SchemaError as exc:
            notes.append(f"column '{f.name}' was replaced by plain words ({exc.problems[0][:120]})")
            f.provider, f.args, f.weights, f.entity, f.unique, f.sequence = "word", {}, None, None, False, False
            f.after = None
            replaced.add(f.name)
    for f in fields:
        if f.after and f.after["column"] in replaced:
            f.after = None
    data["columns"] = [f.column() for f in fields]
    try:
        return parse_schema(data)
    except SchemaError as exc:
        notes.append(f"the planned schema was rejected ({exc.problems[0][:120]}); made a generic table")
        return parse_schema({"name": "dataset", "locale": locale, "columns": [
            {"name": "id", "provider": "random_int", "args": {"min": 1, "max": 999_999_999}, "sequence": True,
             "unique": True},
            {"name": "name", "provider": "name"}, {"name": "email", "provider": "email"}]})
