"""The one sequencer every front door calls: start(Request) checks, plans, prepares and seeds, and returns a Job
whose rows and bytes the front door pours into its medium (a response, stdout, a file, a DataFrame).

    request = Request(description="customers with name and email", rows=10, format="csv", seed=7)
    job = start(request, limits=Limits.from_settings(settings), planner=planner)
    job.schema, job.seed, job.meta          # what will be made, with which seed, and how it was planned
    job.write_file("customers.csv")         # or job.chunks() / job.batches() / job.write(stream)

Order inside start, the same for every front door: the request's own checks (one source, rows, format) before
anything costly, then the schema (read, or planned: an LLM call at most), then the checks that need it (unique
capacity, about how big the file is), then the seed. No row is made until the Job's output is asked for; then the
first block is made up front, so a failure there comes before the first byte (still a JSON error for the API).
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any, BinaryIO, Union

from . import engine, export
from .ceilings import MAX_DESCRIPTION
from .ceilings import MAX_ROWS as LIBRARY_MAX_ROWS
from .dataset import Dataset, is_dataset
from .errors import CapacityError, ExportError, LimitError, SchemaError
from .planners.base import PlanMeta, PlanResult
from .primed import Batches, Stream, primed
from .schema import DatasetSchema, load_schema, parse_schema, text_problem
from .units import human_size

if TYPE_CHECKING:
    import pandas as pd
    import pyarrow as pa

    from .dataset_job import DatasetJob
    from .planners.base import Planner

DEFAULT_ROWS = 1000  # rows of a request that does not say (the API's and the CLI's)

SchemaSource = Union[DatasetSchema, Mapping[str, Any], str, "os.PathLike[str]"]
PlannerLike = Union["Planner", Callable[[], "Planner"]]
OnBatch = Callable[["pa.RecordBatch"], object]
OnRows = Callable[[int], object]


@dataclass(frozen=True)
class Request:
    """What to make: exactly one of `description` (planned into a schema), `schema` (a DatasetSchema, a dict,
    JSON text or a schema file's path) or `examples` (sample rows: a list of objects, {"csv": text}, JSON, JSONL or
    CSV text, or a sample file's path; planned by the examples planner); how many rows, in which format, with
    which seed (None: a fresh one, reported on the Job), in which Faker locale (None: the schema's own; else it
    wins over the schema's and the planner's), and whether CSV cells that a spreadsheet would run as formulas get
    a leading ' (safe_csv)."""

    description: str | None = None
    schema: SchemaSource | None = None
    examples: Any = None
    rows: int = DEFAULT_ROWS
    format: str = "csv"
    seed: int | None = None
    locale: str | None = None
    safe_csv: bool = True


@dataclass(frozen=True)
class Limits:
    """How much one request may ask for: rows, about how many bytes of output (None: no cap) and characters of a
    description. Limits() are the Python API's; front doors build theirs once, from_settings."""

    rows: int = LIBRARY_MAX_ROWS
    bytes: int | None = None
    description: int = MAX_DESCRIPTION

    @classmethod
    def from_settings(cls, settings: Any, *, local: bool = False) -> Limits:
        """The web app's limits (MAX_ROWS, MAX_OUTPUT_MB); `local` (the CLI, on the user's own machine): MAX_ROWS
        only when it was set, and no size cap."""
        if local:
            explicit = "max_rows" in getattr(settings, "model_fields_set", ())
            return cls(rows=settings.max_rows if explicit else LIBRARY_MAX_ROWS)
        return cls(rows=settings.max_rows, bytes=settings.max_output_bytes)

    def check_rows(self, rows: int) -> None:
        """Refuse a row count before anything costly (such as an LLM call) happens."""
        if not isinstance(rows, int) or isinstance(rows, bool) or rows < 1:
            raise LimitError("rows must be a whole number of at least 1", field="rows", limit=1)
        if rows > self.rows:
            raise LimitError(f"rows is {rows:,}; the limit is {self.rows:,}", field="rows", limit=self.rows)

    def check_size(self, schema: DatasetSchema, rows: int) -> None:
        """Refuse a table of about more than `bytes` (wide rows: long texts, many columns), naming the row count
        that would fit."""
        if self.bytes is None:
            return
        width = max(engine.row_bytes(schema), 1.0)
        if estimated_bytes(schema, rows) > self.bytes:
            fit = max(1, int(self.bytes // width))
            raise LimitError(f"rows is {rows:,}: at about {human_size(width)} a row of this schema that is about "
                             f"{human_size(rows * width)}, and this server makes files of up to "
                             f"{human_size(self.bytes)}; "
                             f"ask for at most {fit:,} rows", field="rows", limit=fit)


@dataclass(frozen=True)
class Job:
    """A prepared request: the validated schema, the seed, how the schema was planned (None when it was given),
    and its output on demand. Each output call makes the rows afresh from the seed: the same bytes every time."""

    schema: DatasetSchema
    rows: int
    format: str
    seed: int
    safe_csv: bool = True
    meta: PlanMeta | None = None

    @property
    def arrow_schema(self) -> pa.Schema:
        """Column names and Arrow types of the batches."""
        return engine.arrow_schema(self.schema)

    @property
    def estimated_bytes(self) -> float:
        """About how big the file will be (what the web app's lanes are sized by)."""
        return estimated_bytes(self.schema, self.rows)

    @property
    def filename(self) -> str:
        """A file name for the output: the schema's name made safe, and the format's extension."""
        return self.schema.filename_stem + export.EXTENSIONS[self.format]

    def batches(self, on_batch: OnBatch | None = None) -> Batches:
        """The rows as Arrow record batches, block by block, the first one made now; `on_batch` sees each on its
        way out. Close it to stop early (it stops the engine's threads)."""
        return primed(engine.iter_batches(self.schema, self.rows, self.seed), on_batch)

    def chunks(self, on_batch: OnBatch | None = None) -> Stream:
        """The encoded file as byte chunks, the first block made now; close() stops the encoder and the engine."""
        batches = self.batches(on_batch)
        try:
            encoded = export.iter_encoded(batches, self.arrow_schema, self.format, safe_csv=self.safe_csv)
        except BaseException:
            batches.close()
            raise
        return Stream(encoded, batches)

    def write(self, dest: BinaryIO, *, on_rows: OnRows | None = None, on_batch: OnBatch | None = None) -> int:
        """Write the encoded file to a binary stream; returns the rows written (on_rows gets the running total)."""
        with self.batches(on_batch) as batches:
            return export.write(batches, self.arrow_schema, self.format, dest, safe_csv=self.safe_csv,
                                on_rows=on_rows)

    def write_file(self, path: str | os.PathLike[str], *, on_rows: OnRows | None = None,
                   on_batch: OnBatch | None = None) -> int:
        """Write the file to `path`: a temp file renamed into place only once complete (a failure leaves no file
        behind, never half a file under the real name). Returns the rows written."""
        with self.batches(on_batch) as batches:
            return export.write_file(batches, self.arrow_schema, self.format, path, safe_csv=self.safe_csv,
                                     on_rows=on_rows)

    def to_arrow(self) -> pa.Table:
        import pyarrow as pa

        with self.batches() as batches:
            return pa.Table.from_batches(list(batches), schema=self.arrow_schema)

    def to_pandas(self) -> pd.DataFrame:
        return self.to_arrow().to_pandas()


def check(request: Request, limits: Limits) -> None:
    """The request's own checks, before anything costly: one source, the row count, the format. start() makes
    them first; a front door that plans on its own threads (the web app) makes them before planning."""
    given = [name for name in ("description", "schema", "examples") if getattr(request, name) is not None]
    if len(given) != 1:
        raise SchemaError("give exactly one of a description, a schema or examples")
    limits.check_rows(request.rows)
    if request.format not in export.FORMATS:
        raise ExportError(f"unknown format {request.format!r}; choose one of {', '.join(export.FORMATS)}")


def start(request: Request, *, limits: Limits | None = None, planner: PlannerLike | None = None,
          planned: PlanResult | None = None, on_plan: Callable[[PlanResult], object] | None = None,
          examples_planner: Any = None) -> Job:
    """Check, plan, prepare and seed a request; no row is made yet.

    `planner`: what plans a description (a Planner, or a function making one, called only when needed); the
    offline planner when None. `planned`: the plan of the request's description made beforehand by the front
    door (the web app plans on its own threads, off the event loop); then `planner` is not used. `on_plan` sees
    the plan as soon as it is made (before the checks that need the schema). `examples_planner`: what plans the
    request's examples (an ExamplesPlanner, with the front door's cache); a process-wide one when None."""
    limits = limits or Limits()
    check(request, limits)
    meta = None
    if request.examples is not None:
        result = plan_examples(request.examples, planner=examples_planner, locale=request.locale, rows=request.rows)
        if on_plan is not None:
            on_plan(result)
        schema, meta = result.schema, result.meta
    elif request.description is not None:
        result = planned if planned is not None else plan(request.description, planner=planner,
                                                          locale=request.locale, limits=limits)
        result = PlanResult(with_locale(result.schema, request.locale), result.meta)
        if on_plan is not None:
            on_plan(result)
        schema, meta = result.schema, result.meta
    else:
        schema = _read(request.schema, request.locale)
    engine.check_capacity(schema, request.rows)
    limits.check_size(schema, request.rows)
    seed = new_seed() if request.seed is None else request.seed
    return Job(schema, request.rows, request.format, seed, request.safe_csv, meta)


def _read(source: Any, locale: str | None) -> DatasetSchema:
    """A given schema, validated; the request's locale wins over its own."""
    if not isinstance(source, DatasetSchema) and is_dataset(source):
        raise SchemaError("schema: it has 'tables' (several related tables), which start_dataset makes (the Python "
                          "API: synthgen.generate gives a DataFrame per table); this output takes one table, "
                          "'columns'")
    if isinstance(source, os.PathLike):
        return with_locale(load_schema(os.fspath(source)), locale)
    if isinstance(source, Mapping):
        return parse_schema({**source, "locale": locale} if locale else dict(source))
    return with_locale(parse_schema(source), locale)


def with_locale(schema: DatasetSchema, locale: str | None) -> DatasetSchema:
    """The schema in `locale` (validated again), or as it is when no locale was asked for or it already is."""
    if not locale or schema.locale == locale:
        return schema
    return parse_schema({**schema.model_dump(exclude_defaults=True), "locale": locale})


def plan(description: str | None = None, *, planner: PlannerLike | None = None, locale: str | None = None,
         limits: Limits | None = None, examples: Any = None) -> PlanResult:
    """Turn a description into a validated schema and what the planner understood (PlanResult: .schema, .meta with
    the phrases it did not understand, its notes and confidence; each column's `source`). `planner`: a Planner or
    a function making one; the offline planner (no LLM, no key) when None. `examples` instead of a description:
    sample rows, planned by the examples planner (what it inferred is in .meta.notes)."""
    if examples is not None:
        if description is not None:
            raise SchemaError("give a description or examples=, not both")
        return plan_examples(examples, locale=locale)
    limit = (limits or Limits()).description
    text = (description or "").strip()
    if not text:
        raise LimitError("description must not be empty", field="description", limit=1)
    if len(text) > limit:
        raise LimitError(f"description is {len(text):,} characters; the limit is {limit:,}",
                         field="description", limit=limit)
    problem = text_problem(text)
    if problem:  # a lone surrogate (undecodable bytes on a command line) would break the LLM request or the output
        raise SchemaError(f"description {problem}")
    return _planner(planner).plan(text, locale=locale)


def plan_examples(examples: Any, *, planner: Any = None, locale: str | None = None,
                  rows: int | None = None) -> PlanResult:
    """A schema inferred from example rows (a list of objects, {"csv": text}, JSON/JSONL/CSV text, a sample file's
    path), with what was inferred in .meta.notes. `rows`: the rows to be made, so unique codes get room enough."""
    if planner is None:
        from .factory import examples_planner

        planner = examples_planner()
    result = planner.plan_examples(examples, locale=locale)
    if rows is None:
        return result
    from .planners.examples import fit_rows

    schema, notes = fit_rows(result.schema, rows)
    if not notes:
        return result
    return PlanResult(schema, replace(result.meta, notes=[*result.meta.notes, *notes]))


def _planner(planner: PlannerLike | None) -> Planner:
    if planner is None:
        from .factory import offline_planner

        return offline_planner()
    if isinstance(planner, type) or not hasattr(planner, "plan"):
        return planner()  # a function or class making the planner
    return planner  # type: ignore[return-value]  # it has .plan: a planner (hasattr does not narrow a union)


def new_seed() -> int:
    """A fresh seed for a request that gave none (reported back so the run can be repeated)."""
    return secrets.randbelow(2**31)


def estimated_bytes(schema: DatasetSchema, rows: int) -> float:
    """About how many bytes `rows` rows of `schema` make."""
    return rows * max(engine.row_bytes(schema), 1.0)


# ---- the Python API (synthgen.generate, synthgen.write, synthgen.plan) and the older helpers, all over start() ----

def request_for(source: Any, rows: int, *, examples: Any = None, **options: Any) -> Request:
    """A Request from the Python API's one positional source: a description (words), or a schema (a dict, a
    DatasetSchema, a schema file's path, or JSON text starting with '{'); or from `examples` (sample rows)."""
    if examples is not None or source is None:
        if source is not None:
            raise SchemaError("give a description or a schema, or examples=, not both")
        if examples is None:
            raise SchemaError("give a description, a schema, or examples= (sample rows)")
        return Request(examples=examples, rows=rows, **options)
    if isinstance(source, str) and not source.lstrip().startswith("{"):
        return Request(description=source, rows=rows, **options)
    return Request(schema=source, rows=rows, **options)


def generate(source: SchemaSource | Dataset | None = None, rows: int | None = None, *, examples: Any = None,
             seed: int | None = None, locale: str | None = None,
             planner: PlannerLike | None = None) -> pd.DataFrame | dict[str, pd.DataFrame]:
    """The whole table as a pandas DataFrame (for notebooks and tests; use `write` for big tables). `source`: a
    description ("customers with name and email", planned offline unless a `planner` is given) or a schema; or
    `examples`: sample rows (a list of objects, {"csv": text}, a sample file's Path) to make more rows like.
    `rows`: DEFAULT_ROWS when None. A dataset of several tables (`tables`, 2.6) gives a dict of DataFrames, table
    name -> frame; `rows` sets its first table's rows (None: the table's own)."""
    if examples is None and source is not None and not isinstance(source, DatasetSchema) and is_dataset(source):
        return start_dataset(source, rows, seed=seed, locale=locale).to_pandas()
    request = request_for(source, DEFAULT_ROWS if rows is None else rows, examples=examples, seed=seed, locale=locale)
    return start(request, planner=planner).to_pandas()


def start_dataset(source: Any, rows: int | None = None, *, seed: int | None = None, locale: str | None = None,
                  limits: Limits | None = None) -> DatasetJob:
    """Read and check a dataset for `rows` rows of its first table (None: the table's own `rows`); raise
    LimitError naming the table that makes the whole too big, before any row is made."""
    from .dataset import parse_dataset
    from .dataset_job import DatasetJob, check_size
    from .engine.dataset import DatasetMaker, estimate, first_rows

    limits = limits or Limits()
    dataset = parse_dataset(source)
    if locale and locale != dataset.locale:
        dataset = parse_dataset({**dataset.model_dump(exclude_defaults=True), "locale": locale})
    first = first_rows(dataset, rows)
    limits.check_rows(first)
    check_size(estimate(dataset, first), limits)
    seed = new_seed() if seed is None else seed
    if isinstance(seed, bool) or not isinstance(seed, int) or not 0 <= seed < 2**63:
        raise SchemaError(f"seed must be a whole number between 0 and {2**63 - 1}")
    maker = DatasetMaker(dataset, first, seed)
    for name, plan in maker.plans.items():
        try:
            plan.table.check_capacity(plan.rows)
        except CapacityError as exc:
            raise CapacityError([f"table '{name}': {p}" for p in exc.problems]) from None
    return DatasetJob(dataset, first, seed, maker)


def write(source: SchemaSource | None, rows: int, path: str | os.PathLike[str], *, fmt: str | None = None,
          seed: int | None = None, safe_csv: bool = True, locale: str | None = None,
          planner: PlannerLike | None = None, examples: Any = None) -> int:
    """Stream the table to a file, block by block (format from `fmt` or the file's extension; CSV by default).
    The file appears only once complete. Returns the rows written."""
    fmt = fmt or export.format_from_path(path) or "csv"
    request = request_for(source, rows, examples=examples, format=fmt, seed=seed, safe_csv=safe_csv, locale=locale)
    return start(request, planner=planner).write_file(path)


def prepare(schema: SchemaSource, rows: int, *, max_rows: int, max_bytes: int | None = None) -> DatasetSchema:
    """A schema validated for `rows` rows under these limits (what start() checks before any row is made)."""
    return start(Request(schema=schema, rows=rows), limits=Limits(rows=max_rows, bytes=max_bytes)).schema


def stream(schema: SchemaSource, rows: int, fmt: str, seed: int, *, safe_csv: bool = True) -> Stream:
    """The encoded file of a schema, as a stream of byte chunks."""
    return start(Request(schema=schema, rows=rows, format=fmt, seed=seed, safe_csv=safe_csv)).chunks()
