"""What the Gradio UI does, without Gradio: schema <-> editable table, the preview, the file (messages: ui_messages,
the seed: ui_seed)."""

from __future__ import annotations

import datetime as dt
import json
import logging
import math
from collections.abc import Callable, Iterator
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import pandas as pd
import pyarrow as pa

from .. import export, pipeline
from ..errors import LimitError, SchemaError, SynthGenError
from ..planners.base import PlanMeta, PlanResult
from ..schema import DatasetSchema, parse_schema
from ..units import human_size
from .gate import Slot
from .services import Services
from .ui_messages import friendly, reported, technical
from .ui_seed import parse_seed

log = logging.getLogger("synthgen.web.ui")

PREVIEW_ROWS = 100
WAIT_FOR_SLOT = 120  # seconds a UI request waits for another file to finish before giving up
WAIT_FOR_PLANNER = 30  # seconds a UI request waits for a planning slot (MAX_CONCURRENT_PLANS) before giving up
HEADERS = ["column", "data type", "options (JSON)", "unique", "blanks (0-1)", "more (JSON)"]
DATATYPES: list[Literal["str", "bool", "number"]] = ["str", "str", "str", "bool", "number", "str"]
_TABLE_KEYS = {"name", "provider", "args", "unique", "null_rate"}

Progress = Callable[[float, str], None]


# ---- schema <-> table -------------------------------------------------------------------------------------------

def schema_to_table(schema: DatasetSchema) -> pd.DataFrame:
    """One row per column; keys beyond the five main ones (weights, entity, after, sequence, and the rules:
    formula, when, by, distribution, distinct, series) go to 'more'; a formula column's provider is blank."""
    rows = []
    for col in schema.columns:
        data = col.model_dump(mode="json", exclude_defaults=True)
        more = {k: v for k, v in data.items() if k not in _TABLE_KEYS}
        rows.append([col.name, col.provider or "", json.dumps(col.args, ensure_ascii=False) if col.args else "",
                     bool(col.unique), float(col.null_rate), json.dumps(more, ensure_ascii=False) if more else ""])
    return pd.DataFrame(rows, columns=HEADERS)


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value)) or str(value).strip() == ""


def _as_bool(value: Any) -> bool:
    if _blank(value):
        return False
    if isinstance(value, str):
        return value.strip().lower() in ("true", "yes", "1", "y", "x", "✓")
    return bool(value)


def _json_object(text: Any, what: str, where: str) -> dict[str, Any]:
    if _blank(text):
        return {}
    if isinstance(text, dict):
        return text
    try:
        value = json.loads(str(text))
    except json.JSONDecodeError as exc:
        raise SchemaError(f"{where}: {what} is not valid JSON ({exc.msg} at character {exc.pos + 1}); "
                          'write it like {"min": 1, "max": 10}') from None
    if not isinstance(value, dict):
        raise SchemaError(f'{where}: {what} must be a JSON object like {{"min": 1, "max": 10}}')
    return value


def table_to_schema(table: Any, *, name: str = "dataset", locale: str = "en_US") -> DatasetSchema:
    """The edited table back into a validated schema; problems name the row and column."""
    frame = table if isinstance(table, pd.DataFrame) else pd.DataFrame(table or [], columns=HEADERS)
    if list(frame.columns) != HEADERS and frame.shape[1] == len(HEADERS):
        frame = frame.set_axis(HEADERS, axis=1)
    columns: list[dict[str, Any]] = []
    problems: list[str] = []
    for index, row in enumerate(frame.itertuples(index=False, name=None), start=1):
        cells = list(row) + [None] * (len(HEADERS) - len(row))
        col_name, provider, args, unique, null_rate, more = cells[:6]
        if _blank(col_name) and _blank(provider):
            continue
        where = f"row {index}" + ("" if _blank(col_name) else f" (column '{str(col_name).strip()}')")
        try:
            column = _json_object(more, "'more'", where)
            column.update(name=str(col_name or "").strip(), args=_json_object(args, "'options'", where),
                          unique=_as_bool(unique))
            if not _blank(provider):  # a formula column (its formula in 'more') leaves the provider blank
                column["provider"] = str(provider).strip()
            if not _blank(null_rate):
                try:
                    column["null_rate"] = float(null_rate)
                except (TypeError, ValueError):
                    raise SchemaError(f"{where}: blanks must be a number from 0 to 1 (the share of empty cells, "
                                      "e.g. 0.1 for one in ten)") from None
            columns.append(column)
        except SchemaError as exc:
            problems += exc.problems
    if problems:
        raise SchemaError(problems)
    if not columns:
        raise SchemaError("the schema table is empty; add at least one column (a name and a data type)")
    return parse_schema({"name": name, "locale": locale, "columns": columns})


# ---- preview and file --------------------------------------------------------------------------------------------

def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return "" if math.isnan(value) else repr(value)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (dt.datetime, dt.date, dt.time)):
        return value.isoformat(sep=" ") if isinstance(value, dt.datetime) else value.isoformat()
    return str(value)


def preview_frame(batches: list[pa.RecordBatch], names: list[str]) -> pd.DataFrame:
    """The preview rows as text, so every type displays the same in the browser."""
    rows = [[_cell(row.get(n)) for n in names] for batch in batches for row in batch.to_pylist()]
    return pd.DataFrame(rows, columns=names)


@dataclass
class Written:
    path: Path
    preview: pd.DataFrame
    rows: int
    size: int


def write_dataset(job: pipeline.Job, path: Path, *, progress: Progress | None = None,
                  on_batch: Callable[[pa.RecordBatch], None] | None = None) -> Written:
    """Write the job's whole file to `path` (the bytes every front door gives), keeping the first rows for the
    preview."""
    kept: list[pa.RecordBatch] = []
    rows = job.rows

    def keep(batch: pa.RecordBatch) -> None:
        if on_batch is not None:
            on_batch(batch)
        have = sum(b.num_rows for b in kept)
        if have < PREVIEW_ROWS:
            kept.append(batch.slice(0, PREVIEW_ROWS - have))

    def on_rows(done: int) -> None:
        if progress is not None:
            progress(done / rows, f"{done:,} of {rows:,} rows")

    job.write_file(path, on_rows=on_rows, on_batch=keep)
    return Written(path, preview_frame(kept, [c.name for c in job.schema.columns]), rows, path.stat().st_size)


# ---- the two actions ---------------------------------------------------------------------------------------------

def whole_number(value: Any, what: str, *, minimum: int) -> int | None:
    """A Gradio number field as an int, or None when blank; a LimitError naming the field otherwise."""
    if _blank(value):
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise LimitError(f"{what} must be a whole number", field=what) from None
    if not number.is_integer() or number < minimum:
        raise LimitError(f"{what} must be a whole number of at least {minimum}", field=what, limit=minimum)
    return int(number)


@dataclass
class Result:
    schema: DatasetSchema
    written: Written
    seed: int
    planner: str
    cache: str
    reported: list[str] = field(default_factory=list)  # the words that made no column, and the plan's notes
    meta: PlanMeta | None = None

    @property
    def status(self) -> str:
        source = " from your edited schema" if self.planner == "none" else ""
        shown = min(PREVIEW_ROWS, self.written.rows)
        done = (f"**Done.** Made **{self.written.rows:,}** rows of **{self.schema.name}**{source} as "
                f"**{self.written.path.suffix.lstrip('.').upper()}** ({human_size(self.written.size)}) with seed "
                f"**{self.seed}**. The preview shows the first {shown} rows; download the whole file below it.")
        return "\n\n".join([done, *self.reported])

    @property
    def technical(self) -> str:
        return technical(self.planner, self.cache, self.meta)


class Actions:
    """Generate (description -> schema -> file) and regenerate (edited table -> file) over the pipeline."""

    def __init__(self, services: Services) -> None:
        self.services = services

    def _rows(self, rows: Any) -> int:
        count = whole_number(rows, "rows", minimum=1)
        if count is None:
            raise LimitError("enter how many rows you want (at least 1)", field="rows", limit=1)
        return count

    @contextmanager
    def slot(self, rows: Any, progress: Progress | None = None, size: float | None = None) -> Iterator[Slot]:
        """A generation slot in the request's lane (small or large, as the API's), with a longer wait (Gradio's
        queue bounds how many wait here). generate takes it before any planner call, so a request that would be
        refused as busy costs no LLM call, and keeps it until its file is written (resized once the size is known)."""
        count = self._rows(rows)
        self.services.limits.check_rows(count)
        if progress is not None:
            progress(0.0, "Waiting for a free slot…" if self.services.gate.active else "Starting…")
        taken = self.services.gate.enter(rows=count, size=size, timeout=WAIT_FOR_SLOT)
        try:
            yield taken
        finally:
            taken.release()

    def produce(self, request: pipeline.Request, progress: Progress | None = None, *,
                planned: PlanResult | None = None, holding: Slot | None = None) -> Result:
        """Step 2: start the pipeline, then write the file and keep the preview (in a slot: the caller's when
        `holding`)."""
        if request.format not in export.FORMATS:
            raise SynthGenError(f"format must be one of {', '.join(export.FORMATS)}")
        job = pipeline.start(request, limits=self.services.limits, planned=planned)
        downloads = self.services.downloads
        if downloads is None:
            raise RuntimeError("the app has not started (no download folder)")
        size = job.estimated_bytes
        if holding is not None:
            holding.resize(size)  # the file's lane, now that its size is known
        with nullcontext() if holding is not None else self.slot(job.rows, progress, size):
            path = downloads.new_path(job.filename)
            ok = False
            try:
                written = write_dataset(job, path, progress=progress, on_batch=self.services.count_rows("ui"))
                ok = True
            finally:
                downloads.done(path, ok=ok)
        meta = job.meta
        if meta is None:
            return Result(job.schema, written, job.seed, "none", "none")
        return Result(job.schema, written, job.seed, meta.planner, self.services.cache_label(True, meta.cache_hit),
                      reported(meta), meta)

    def plan(self, description: str, rows: Any, locale: str | None = None,
             progress: Progress | None = None) -> PlanResult:
        """Step 1 of generate: check the row count, then plan on a planning thread (call it inside `slot`);
        the request's locale wins over the planner's."""
        self.services.limits.check_rows(self._rows(rows))
        if progress is not None:
            progress(0.0, "Planning the columns…")
        return self.services.plan_in_slot(description or "", locale or None, wait=WAIT_FOR_PLANNER)

    def generate(self, description: str, rows: Any, fmt: str, seed: Any, locale: str | None = None,
                 progress: Progress | None = None,
                 on_plan: Callable[[DatasetSchema], object] | None = None) -> Result:
        """Description -> schema -> file, in one slot taken before the planner is called. `on_plan` sees the
        planned schema (the UI shows it even when making the file then fails)."""
        with self.slot(rows, progress) as held:
            planned = self.plan(description, rows, locale, progress)
            if on_plan is not None:
                on_plan(planned.schema)
            request = pipeline.Request(description=description or "", rows=self._rows(rows), format=fmt,
                                       seed=parse_seed(seed), locale=locale or None)
            return self.produce(request, progress, planned=planned, holding=held)

    def regenerate(self, table: Any, current: dict[str, Any] | None, rows: Any, fmt: str, seed: Any,
                   locale: str | None = None, progress: Progress | None = None) -> Result:
        """The edited table -> file, no planner call."""
        current = current or {}
        schema = table_to_schema(table, name=current.get("name") or "dataset",
                                 locale=locale or current.get("locale") or "en_US")
        request = pipeline.Request(schema=schema, rows=self._rows(rows), format=fmt,
                                   seed=parse_seed(seed))
        return self.produce(request, progress)


__all__ = ["DATATYPES", "HEADERS", "PREVIEW_ROWS", "Actions", "Result", "friendly", "schema_to_table",
           "table_to_schema", "write_dataset"]
