"""Examples planner: a schema (2.1) from example rows. Each column of the sample is typed and read (columns.py),
the rules the examples show are added (relations.py), and the result is validated as a user's file would be.
Every column carries "source": "from examples: <column>"; PlanMeta's notes say what was inferred.

    planner = ExamplesPlanner(cache=None)           # cache: a SchemaCache (the web app's and the CLI's)
    result = planner.plan_sample(read_sample([{"id": "user-001", "email": "ann@example.com"}, ...]))
"""

from __future__ import annotations

import hashlib
import re
from typing import TYPE_CHECKING, Any

from ...bounded import Lru
from ...errors import ExamplesError, SchemaError
from ...schema import DatasetSchema, parse_schema
from ..base import PlanMeta, PlanResult
from . import cells as cell_types
from . import columns as planned_columns
from . import relations
from .codes import Pattern
from .sample import Sample, read_sample

if TYPE_CHECKING:
    from ...cache import SchemaCache

NAME = "examples"
VERSION = "1"  # bump when inference changes: cached plans of the old rules are not reused


class ExamplesPlanner:
    """Plans a schema from example rows; consults `cache` (a SchemaCache) first when given, keeps the last few
    plans in memory otherwise. A cache hit has the schema only (PlanMeta.cache_hit, no notes)."""

    name = NAME
    model = None

    def __init__(self, cache: SchemaCache | None = None) -> None:
        self.cache = cache
        self._memory: Lru[str, PlanResult] = Lru()

    def __repr__(self) -> str:
        return f"ExamplesPlanner(cache={self.cache!r})"

    def plan_examples(self, examples: Any, *, locale: str | None = None, name: str | None = None) -> PlanResult:
        """A plan from anything read_sample reads (a list of objects, {"csv": text}, text, a path)."""
        return self.plan_sample(read_sample(examples, name=name), locale=locale)

    def plan_sample(self, sample: Sample, *, locale: str | None = None) -> PlanResult:
        digest = hashlib.sha256(f"{VERSION}\n{locale or ''}\n{sample.canonical()}".encode()).hexdigest()
        if self.cache is not None:
            key = self.cache.make_key(digest, planner=NAME, model=VERSION, locale=locale)
            schema = self.cache.get(key)
            if schema is not None:
                return PlanResult(schema, PlanMeta(planner=NAME, cache_hit=True))
        result = self._memory.get(digest, lambda: infer_schema(sample, locale=locale))
        if self.cache is not None:
            self.cache.put(key, result.schema)
        return result

    def plan(self, description: str, *, locale: str | None = None) -> PlanResult:
        """The Planner protocol: `description` is the sample's text (JSON, JSON lines or CSV)."""
        return self.plan_examples(description, locale=locale)


def infer_schema(sample: Sample, *, locale: str | None = None) -> PlanResult:
    """The schema the sample shows, validated, with one note per column and per rule found."""
    found = [planned_columns.infer(cell_types.read(name, sample.column(i), typed=sample.typed))
             for i, name in enumerate(sample.columns)]
    notes = relations.apply(found)
    data = {"name": _name(sample.name), "locale": locale or "en_US", "columns": [c.spec for c in found]}
    try:
        schema = parse_schema(data)
    except SchemaError as exc:  # a bug here, not the user's: say which column, never a 500
        raise ExamplesError([f"the schema inferred from the examples is invalid: {p}" for p in exc.problems]) from None
    column_notes = [f"'{c.name}': {c.kind}: {c.note}{_nulls(c)}" for c in found]
    reused = [c.name for c in found if c.reused]
    if reused:
        notes.append(f"values reused from the examples (low-cardinality categories only): {', '.join(reused)}; "
                     "every other column is made afresh")
    meta = PlanMeta(planner=NAME, notes=column_notes + notes, confidence={c.name: _confidence(c) for c in found})
    return PlanResult(schema, meta)


def kinds(result: PlanResult) -> dict[str, str]:
    """column -> the kind read from the examples, from the plan's notes ("'id': code: ...")."""
    out = {}
    for note in result.meta.notes:
        match = re.match(r"^'(.+?)': ([a-z0-9_ ]+): ", note)
        if match:
            out[match.group(1)] = match.group(2)
    return out


def _nulls(col: planned_columns.Inferred) -> str:
    share = col.cells.null_share
    return f"; empty in {share:.0%}" if 0 < share < 1 else ""


def _confidence(col: planned_columns.Inferred) -> float:
    n = len(col.cells.values)
    return round(min(1.0, 0.5 + n / 40), 2)


def _name(stem: str) -> str:
    name = re.sub(r"[^A-Za-z0-9_.-]+", "_", stem).strip("._")[:64]
    return name or NAME


def fit_rows(schema: DatasetSchema, rows: int) -> tuple[DatasetSchema, list[str]]:
    """The schema made able to hold `rows` rows: a unique code pattern gets a longer number, a unique random
    whole number a wider range (the examples' few values would run out). Returns the notes of what changed."""
    from ...engine import check_capacity
    from ...errors import CapacityError

    try:
        check_capacity(schema, rows)
        return schema, []
    except CapacityError:
        pass
    data = schema.model_dump(exclude_defaults=True)
    notes = []
    for col in data["columns"]:
        if not col.get("unique"):
            continue
        if col.get("provider") in ("numerify", "bothify"):
            args = col["args"]
            letters = args.get("letters")
            capacity = 10.0 ** args["text"].count("#") * float(len(letters or "") or 1) ** args["text"].count("?")
            wider = Pattern(col["provider"], args["text"], letters, capacity).widened(rows * 2)
            if wider.text != args["text"]:
                notes.append(f"'{col['name']}': pattern widened to {wider.text} to hold {rows:,} unique values")
                args["text"] = wider.text
        elif col.get("provider") == "random_int" and not col.get("sequence"):
            args = col["args"]
            if args["max"] - args["min"] + 1 < rows:
                args["max"] = args["min"] + rows * 10
                notes.append(f"'{col['name']}': range widened to {args['min']}..{args['max']} to hold {rows:,} "
                             "unique values")
    return parse_schema(data), notes
