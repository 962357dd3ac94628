"""Offline planner, finishing: merge stated columns into a domain template and validate the planned schema,
falling back to plainer columns (no rules, plain words) rather than failing a plan."""

from __future__ import annotations

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


def validated(name: str, locale: str, fields: list[Field], notes: list[str]) -> DatasetSchema:
    """The schema of `fields`; on a rejection, the same without column rules, then with the rejected columns as
    plain words, then a generic table, each step noted in `notes`."""
    data = {"name": name, "locale": locale, "columns": [f.column() for f in fields]}
    try:
        return parse_schema(data)
    except SchemaError as exc:
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
