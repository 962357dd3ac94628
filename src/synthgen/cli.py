"""The `synthgen` command line (Typer + Rich): generate, schema, validate, providers, serve; thin, over pipeline."""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

import typer

from . import export, pipeline, plan_cost
from .config import default, get_settings
from .errors import LimitError, PlannerError, SchemaError, SynthGenError
from .planners.base import PlanResult
from .schema import load_schema

PROGRESS_MIN_ROWS = 200_000  # smaller runs finish before a bar would be worth drawing

app = typer.Typer(
    name="synthgen", no_args_is_help=True, add_completion=False, pretty_exceptions_enable=False,
    help="Turn a sentence or a JSON schema into a realistic dataset (CSV, JSON, JSONL or Parquet).",
)


class UsageError(SynthGenError):
    """The command line itself is wrong (conflicting or missing arguments); exit code 2. `hint`: what to type."""

    def __init__(self, detail: str, *, hint: str | None = None) -> None:
        super().__init__(detail)
        self.hint = hint


def _say(message: str) -> None:
    typer.echo(message, err=True)


@contextmanager
def _front_door() -> Iterator[None]:
    """Turn SynthGen errors into `error: ...` lines and exit codes (2 bad input, 1 planner/export); no traceback."""
    try:
        yield
    except SchemaError as exc:  # also CapacityError: one line per problem
        for problem in exc.problems:
            _say(f"error: {problem}")
        raise typer.Exit(2) from None
    except (LimitError, UsageError) as exc:
        _say(f"error: {exc.detail}")
        if getattr(exc, "hint", None):
            _say(f"hint: {exc.hint}")  # type: ignore[union-attr]
        raise typer.Exit(2) from None
    except SynthGenError as exc:  # PlannerError, ExportError
        _say(f"error: {exc.detail}")
        raise typer.Exit(1) from None
    except BrokenPipeError:  # `synthgen generate ... | head`: the reader has all it wants
        _silence_stdout()
        raise typer.Exit(0) from None
    except OSError as exc:  # e.g. stdout redirected to a full disk
        _say(f"error: {exc.strerror or exc}")
        raise typer.Exit(1) from None
    except KeyboardInterrupt:
        _say("interrupted")
        raise typer.Exit(130) from None


def _silence_stdout() -> None:
    """Point stdout at /dev/null so the interpreter's final flush does not fail on the closed pipe again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):  # no real file descriptor (e.g. captured in tests)
        pass


def _settings():
    from pydantic import ValidationError

    try:
        return get_settings()
    except ValidationError as exc:
        problems = [f"setting {'.'.join(map(str, e['loc'])).upper()}: {e['msg']}" for e in exc.errors()]
        raise UsageError("; ".join(problems)) from None


def _planner():
    """The configured planner (offline in demo mode), made only when a description is to be planned."""
    try:
        from .factory import make_planner

        return make_planner(_settings())
    except ImportError as exc:  # an optional planner module or SDK is missing
        raise PlannerError(f"planning from a description is not available: {exc}") from None


def _examples_planner():
    """The planner of sample files, with the schema cache the settings ask for."""
    from .factory import examples_planner

    return examples_planner(_settings())


def _report(result: PlanResult) -> None:
    """Say on stderr how the schema was planned and what the planner did not understand."""
    meta = result.meta
    how = f"{meta.planner}{f' ({meta.model})' if meta.model else ''}{', from cache' if meta.cache_hit else ''}"
    _say(f"schema: planned by {how}")
    cost = plan_cost.summary(meta)
    if cost:
        _say(f"planning cost: {cost}")
    if meta.unrecognised:
        _say(f"not understood: {', '.join(meta.unrecognised)}")
    for note in meta.notes:
        _say(f"note: {note}")


def _format(fmt: str | None, output: Path | None) -> str:
    if fmt is not None:
        if fmt.lower() not in export.FORMATS:
            raise UsageError(f"unknown format {fmt!r}; choose one of {', '.join(export.FORMATS)}")
        return fmt.lower()
    if output is None:
        return "csv"
    inferred = export.format_from_path(output)
    if inferred is None:
        raise UsageError(f"cannot tell the format from the file name {output.name!r}; add --format "
                         f"({', '.join(export.FORMATS)}) or use an extension such as .csv")
    return inferred


@contextmanager
def _progress(total: int) -> Iterator[Callable[[int], object] | None]:
    """A Rich progress bar on stderr for long runs, only when stderr is a terminal."""
    if total < PROGRESS_MIN_ROWS or not sys.stderr.isatty():
        yield None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

    columns = ("{task.description}", BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
    with Progress(*columns, console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("rows", total=total)
        yield lambda done: bar.update(task, completed=done)


@app.command()
def generate(
    description: Annotated[list[str] | None, typer.Argument(
        help="What the data is about, e.g. \"online shop orders with customer emails\" (or use --schema).",
        show_default=False)] = None,
    schema_file: Annotated[Path | None, typer.Option(
        "--schema", "-s", help="A schema JSON file (see `synthgen schema`) instead of a description.")] = None,
    like: Annotated[Path | None, typer.Option(
        "--like", help="A sample file (.csv, .json or .jsonl) to make more rows like, instead of a description.",
        show_default=False)] = None,
    rows: Annotated[int, typer.Option("--rows", "-n", min=1, help="How many rows to make.")] = pipeline.DEFAULT_ROWS,
    seed: Annotated[int | None, typer.Option(help="Repeat a run exactly; printed to stderr when not given.")] = None,
    fmt: Annotated[str | None, typer.Option(
        "--format", "-f", help="csv, json, jsonl or parquet (default: from --output's extension, else csv).")] = None,
    output: Annotated[Path | None, typer.Option(
        "--output", "-o", help="Write to this file (appears only once complete); default: stdout.")] = None,
    locale: Annotated[str | None, typer.Option(
        help="Faker locale of the values, e.g. de_DE (default: the schema's own, else en_US).",
        show_default=False)] = None,
    raw: Annotated[bool, typer.Option(
        "--raw",
        help="CSV: keep cells starting with = + - @ as they are (no leading '); see docs/csv-safety.md.")] = False,
) -> None:
    """Generate a dataset from a DESCRIPTION, a --schema file, or --like a sample file."""
    with _front_door():
        text = " ".join(description or []).strip()
        if [bool(text), schema_file is not None, like is not None].count(True) != 1:
            raise UsageError("give either a DESCRIPTION or --schema FILE or --like SAMPLE (exactly one of them)")
        _check_locale(locale)
        chosen = _format(fmt, output)
        if output is None and chosen == "parquet" and sys.stdout.isatty():
            raise UsageError("parquet is binary; add --output FILE or redirect stdout to a file")
        # MAX_ROWS guards the web server; on your own machine it applies only when you set it.
        limits = pipeline.Limits.from_settings(_settings(), local=True)
        request = pipeline.Request(description=text or None, schema=schema_file, examples=like, rows=rows,
                                   format=chosen, seed=seed, locale=locale, safe_csv=not raw)
        job = pipeline.start(request, limits=limits, planner=_planner, on_plan=_report,
                             examples_planner=_examples_planner() if like is not None else None)
        if seed is None:
            _say(f"seed: {job.seed}")
        started = time.perf_counter()
        with _progress(rows) as on_rows:
            if output is None:
                job.write(sys.stdout.buffer, on_rows=on_rows)
                sys.stdout.buffer.flush()
                return
            written = job.write_file(output, on_rows=on_rows)
        seconds = time.perf_counter() - started
        _say(f"wrote {written:,} rows to {output} in {seconds:.2f} s ({written / max(seconds, 1e-9):,.0f} rows/s)")


@app.command("schema")
def schema_command(
    words: Annotated[list[str] | None, typer.Argument(metavar="DESCRIPTION", show_default=False,
                                                      help="What the data is about, e.g. \"gym members with plan\".")
                     ] = None,
    locale: Annotated[str | None, typer.Option(help="Faker locale for the planned data, e.g. de_DE.")] = None,
    like: Annotated[Path | None, typer.Option(
        "--like", help="Infer the schema from a sample file (.csv, .json or .jsonl) instead of a description.",
        show_default=False)] = None,
) -> None:
    """Print the schema planned from DESCRIPTION, or inferred --like a sample file (JSON, on stdout).

    \b
    synthgen schema "gym members with plan and join date" > gym.json
    synthgen validate gym.json    (prints "OK: N columns", or each problem)

    Edit the printed JSON, then: synthgen generate --schema gym.json --rows 1000.
    synthgen schema --like orders.csv > orders.json   (what each column was read as: on stderr)
    `synthgen schema validate FILE` still checks FILE, as `synthgen validate FILE` does; a description that
    starts with the word "validate" is planned when given as one quoted argument.
    """
    with _front_door():
        words = words or []
        if len(words) > 1 and words[0] == "validate":
            _validate_compat(words[1:])
            return
        if bool(words) == (like is not None):
            raise UsageError("give either a DESCRIPTION or --like SAMPLE (exactly one of them)")
        _check_locale(locale)
        if like is not None:
            result = pipeline.plan_examples(like, planner=_examples_planner(), locale=locale)
        else:
            result = pipeline.plan(" ".join(words), planner=_planner, locale=locale)
        _report(result)
        typer.echo(result.schema.to_json())


@app.command("validate")
def validate_command(
    file: Annotated[Path, typer.Argument(metavar="FILE", show_default=False, help="A schema file (JSON).")],
) -> None:
    """Check a schema file: prints "OK: N columns", or each problem naming its column (exit code 2)."""
    with _front_door():
        _validate(file)


VALIDATE_HINT = ("to check a schema file use `synthgen validate FILE`; to plan a description that starts with "
                 "\"validate\", give it as one quoted argument: synthgen schema \"validate ...\"")


def _validate_compat(files: list[str]) -> None:
    """`synthgen schema validate FILE`, the older spelling of `synthgen validate FILE`. Words after `validate`
    that are not one readable file are an error with a hint, never a description planned by accident."""
    if len(files) != 1:
        raise UsageError(f"`schema validate` takes one FILE, got {len(files)} words", hint=VALIDATE_HINT)
    path = Path(files[0])
    if not path.exists():
        raise UsageError(f"cannot read schema file {path}: no such file", hint=VALIDATE_HINT)
    _validate(path)


def _validate(path: Path) -> None:
    schema = load_schema(path)
    typer.echo(f"OK: {len(schema.columns)} columns")


def _check_locale(locale: str | None) -> None:
    """Refuse an unknown --locale before anything is planned or made."""
    if locale is None:
        return
    from .catalog import known_locale

    if not known_locale(locale):
        raise UsageError(f"locale {locale!r} is not a Faker locale (e.g. en_US, de_DE, fr_FR, ja_JP)")


@app.command()
def providers(
    as_json: Annotated[bool, typer.Option("--json", help="Machine-readable JSON instead of a table.")] = False,
    locale: Annotated[str, typer.Option(help="Faker locale whose providers to list.")] = "en_US",
) -> None:
    """List the Faker providers a schema may use, with their group and arguments."""
    from .catalog import get_catalog

    with _front_door():
        _check_locale(locale)
        specs = sorted((s.describe() for s in get_catalog(locale).specs.values()),
                       key=lambda d: (d["group"], d["name"]))
        if as_json:
            typer.echo(json.dumps(specs, indent=2, ensure_ascii=False))
            return
        from rich.console import Console
        from rich.table import Table

        table = Table("name", "group", "args", title=f"{len(specs)} providers ({locale})")
        for spec in specs:
            table.add_row(spec["name"], spec["group"], ", ".join(f"{k}={v!r}" for k, v in spec["args"].items()))
        Console().print(table)


@app.command()
def serve(
    host: Annotated[str | None, typer.Option(
        help="Interface to listen on (default: 127.0.0.1, this machine only; 0.0.0.0 when $PORT is set, as "
             "platforms do). Use --host 0.0.0.0 to accept other machines.", show_default=False)] = None,
    port: Annotated[int | None, typer.Option(help=f"Port (default: $PORT, else {default('port')}).")] = None,
) -> None:
    """Run the web app (REST API at /api/v1, UI at /gradio) with uvicorn, one worker."""
    with _front_door():
        from .web.server import run

        run(_settings(), host=host, port=port)


def _version(value: bool) -> None:
    if value:
        from .version import version

        typer.echo(f"synthgen {version()}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                          help="Print the version and exit.")] = False,
) -> None:
    """Turn a sentence or a JSON schema into a realistic dataset (CSV, JSON, JSONL or Parquet)."""
