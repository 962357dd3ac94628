"""The Gradio UI (mounted at /gradio): describe a dataset, see and edit its schema, preview rows, download the file."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any
from urllib.parse import quote

import gradio as gr
import pandas as pd

from .. import export
from ..schema import DatasetSchema
from ..units import human_size
from .downloads import ROUTE, DownloadStore
from .locales import locale_choices
from .ratelimit import RateLimited, client_identity
from .services import Services
from .ui_guard import GRADIO_PATH
from .ui_logic import DATATYPES, HEADERS, PREVIEW_ROWS, Actions, Result, schema_to_table
from .ui_messages import friendly
from .ui_schema_file import read_schema_file, save_schema_file
from .ui_seed import seed_note

# Gradio's queue holds settings.ui_queue_size waiting events (UI_QUEUE_SIZE); beyond that the page says
# "This application is currently busy. Please try again." Generations run settings.max_concurrent_jobs at once.

EXAMPLES = [
    ("Customer orders with order id, customer name, email, order date, status (pending, shipped, delivered), "
    "quantity and unit price"),
    ("Employees with employee id, first name, last name, department (Sales, Engineering, HR), hire date, salary "
    "and manager email"),
    "E-commerce products with SKU, product name, category (Clothing, Toys, Books), price, stock quantity and rating",
    "Patients with patient id, name, date of birth, blood type, city and phone number",
    ("Website sessions with session id, user name, IP address, country, browser user agent, start time and "
    "page views"),
    "German customers with name, street address, city, postcode, IBAN and phone number",
]

INTRO = """# SynthGen
Describe a dataset in a sentence and get a realistic file in seconds. Check the columns in the schema table, fix any
cell, then **Regenerate from this schema**. Each run makes new data unless you enter a seed."""

DEMO_BANNER = ("**Public demo.** Your description is read on this server by a built-in reader that knows common "
               "kinds of columns: names, e-mails, addresses, dates, prices, IDs and lists of choices. Name the columns "
               "you want, as in the examples; anything it does not understand is listed after each run, and you can "
               "fix every column in the schema table.")
TECHNICAL_BANNER = ("Demo mode: the offline planner reads the description (no LLM, no key). A server set up with "
                    "`OPENAI_API_KEY` (or `API_PROVIDER=anthropic` and `ANTHROPIC_API_KEY`) uses an LLM planner.")
SCHEMA_HELP = ("### Schema\nOne row per column of your file. Click a cell to see all of it, double-click to edit "
               "(options are JSON, e.g. `{\"min\": 1, \"max\": 10}`), then regenerate. **Load a schema file** or "
               "save this one to use it again here, with the API or with the command line.")
# 1,200px in all: a phone scrolls sideways
COLUMN_WIDTHS: list[str | int] = ["160px", "170px", "300px", "120px", "140px", "310px"]
CSS = """
#schema-table th, #schema-table th * { white-space: nowrap; word-break: keep-all; }
#schema-table .table-wrap, #schema-table .table-container { overflow-x: auto; }
.phone-only { display: none; }
@media (max-width: 640px) { .phone-only { display: block; } }
"""


def banner(mode: dict[str, Any]) -> str:
    """What the page says about how descriptions are read, in the user's words."""
    if mode.get("mode", "demo") == "demo":
        return DEMO_BANNER
    return ("Your description is read by an AI model that turns it into columns; you can check and fix every "
            "column in the schema table.")


def technical_banner(mode: dict[str, Any]) -> str:
    """The same, technically (the "Technical details" accordion)."""
    if mode.get("mode", "demo") == "demo":
        return TECHNICAL_BANNER
    model = f" `{mode['model']}`" if mode.get("model") else ""
    return f"LLM planner: {mode.get('provider') or 'llm'}{model} turns the description into a schema."


def download_link(path: Path, size: int, what: str = "Download") -> str:
    """A download as a Markdown link to /gradio/downloads/<token>/<name>: no server path reaches the browser.
    (Markdown, not gr.HTML: Gradio's HTML component evaluates templates, which the page's CSP forbids.)"""
    href = f"{GRADIO_PATH}/{ROUTE}/{quote(DownloadStore.link(path))}"
    label = re.sub(r"([\\`*_\[\]<>()#!|~])", r"\\\1", f"{what} {path.name} ({human_size(size)})")
    return f"**[{label}](<{href}>)**"


def _forwarded(headers: Any) -> list[str]:
    """The X-Forwarded-For values of a gr.Request's headers (Starlette Headers, a dict, or Gradio's Obj)."""
    if headers is None:
        return []
    if hasattr(headers, "getlist"):
        return list(headers.getlist("x-forwarded-for"))
    try:
        value = headers["x-forwarded-for"]
    except (KeyError, TypeError, IndexError):
        return []
    return [value] if isinstance(value, str) else []


def _limit(services: Services, request: gr.Request | None) -> None:
    """Spend a rate-limit token of the browser's client (the same buckets as the API's); RateLimited if none."""
    if request is None or not services.limiter.enabled:
        return
    values = _forwarded(getattr(request, "headers", None))
    client = getattr(request, "client", None)
    who = client_identity([(b"x-forwarded-for", v.encode("latin-1", "replace")) for v in values],
                          getattr(client, "host", None))
    wait = services.limiter.take(who)
    if wait:
        raise RateLimited(wait, services.limiter.per_minute)


def build_ui(services: Services) -> gr.Blocks:
    """The Blocks, wired to `services` (whose planner and download folder the app's lifespan provides)."""
    actions = Actions(services)
    settings = services.settings
    max_rows = settings.max_rows
    concurrency = settings.max_concurrent_jobs

    def schema_outputs(schema: DatasetSchema) -> tuple[Any, ...]:
        saved = save_schema_file(schema, services.downloads)
        link = download_link(saved, saved.stat().st_size, "Save this schema:") if saved is not None else ""
        return schema_to_table(schema), {"name": schema.name, "locale": schema.locale}, schema.to_json(), link

    def succeeded(result: Result) -> tuple[Any, ...]:
        written = result.written
        return (result.status, *schema_outputs(result.schema), written.preview,
                download_link(written.path, written.size), seed_note(result.seed), result.seed, result.technical,
                gr.Column(visible=True), gr.Row(visible=True))

    def cleared(message: str, schema: DatasetSchema | None) -> tuple[Any, ...]:
        """The message (in the status, beside the form: no pop-up to cover it), the schema when there is one (so
        the user can fix it); the previous preview, file and seed are cleared, not offered as if current."""
        shown = schema_outputs(schema) if schema is not None else (gr.skip(),) * 4
        return (message, *shown, pd.DataFrame(), "", "", None, gr.skip(), gr.Column(visible=False),
                gr.Row(visible=False))

    def failed(exc: BaseException, where: str, schema: DatasetSchema | None = None) -> tuple[Any, ...]:
        return cleared(f"**Could not generate.** {friendly(exc, where)}", schema)

    def generate(description: str, rows: Any, fmt: str, seed: Any, locale: str | None,
                 request: gr.Request = None,  # type: ignore[assignment]  # Gradio fills it in
                 progress: gr.Progress = gr.Progress()) -> tuple[Any, ...]:  # noqa: B008 - Gradio's idiom
        report = lambda f, d: progress(f, desc=d)  # noqa: E731
        planned: list[Any] = []  # the planned schema, shown even when making the file then fails
        try:
            _limit(services, request)
            # capacity first: a refused request costs no planner call
            return succeeded(actions.generate(description, rows, fmt, seed, locale, report, on_plan=planned.append))
        except Exception as exc:  # noqa: BLE001 - every failure becomes a friendly message
            return failed(exc, "description", planned[0] if planned else None)

    def regenerate(table: Any, state: dict[str, Any] | None, rows: Any, fmt: str, seed: Any, locale: str | None,
                   request: gr.Request = None,  # type: ignore[assignment]
                   progress: gr.Progress = gr.Progress()) -> tuple[Any, ...]:  # noqa: B008
        try:
            _limit(services, request)
            return succeeded(actions.regenerate(table, state, rows, fmt, seed, locale,
                                                progress=lambda f, d: progress(f, desc=d)))
        except Exception as exc:  # noqa: BLE001
            return failed(exc, "table")

    def load(upload: Any) -> tuple[Any, ...]:
        """A schema file into the form: its table, name and locale; the old preview and file are cleared."""
        try:
            schema = read_schema_file(upload)
        except Exception as exc:  # noqa: BLE001
            return failed(exc, "file")
        return cleared(f"**Loaded** the schema **{schema.name}** ({len(schema.columns)} columns). Press "
                       "**Regenerate from this schema** to make its file.", schema)

    with gr.Blocks(title="SynthGen", analytics_enabled=False, delete_cache=(1800, 3600)) as blocks:
        gr.Markdown(INTRO)
        gr.Markdown(banner(services.mode), elem_id="mode-banner")
        with gr.Row():
            with gr.Column(scale=3):
                description = gr.Textbox(label="Describe your dataset", lines=3, max_lines=8, elem_id="description",
                                         placeholder="e.g. " + EXAMPLES[0])
                gr.Examples(examples=[[e] for e in EXAMPLES], inputs=[description], label="Examples: click one")
            with gr.Column(scale=2):
                with gr.Row():
                    rows = gr.Number(label=f"Rows (1 to {max_rows:,})", value=1000, precision=None, minimum=None,
                                     elem_id="rows")
                    seed = gr.Textbox(label="Seed (optional)", value="", max_lines=1, elem_id="seed",
                                      placeholder="blank: new data each run")
                fmt = gr.Radio(list(export.FORMATS), value="csv", label="Format", elem_id="format")
                locale = gr.Dropdown(list(locale_choices()), value=None, label="Language and country (optional)",
                                     elem_id="locale", filterable=True)
                go = gr.Button("Generate", variant="primary", elem_id="generate")
        status = gr.Markdown(elem_id="status")
        with gr.Row(equal_height=True, visible=False, elem_id="seed-box") as seed_box:
            seed_used = gr.Markdown(elem_id="seed-used")
            reuse = gr.Button("Use this seed again", elem_id="reuse-seed", size="sm", scale=0)
        gr.Markdown(SCHEMA_HELP)
        with gr.Row():
            upload = gr.UploadButton("Load a schema file", file_types=[".json"], type="filepath", size="sm",
                                     elem_id="schema-upload", scale=0)
            schema_link = gr.Markdown(elem_id="schema-download")
        gr.Markdown("Swipe the table sideways to see all six columns.", elem_classes=["phone-only"],
                    elem_id="swipe-hint")
        # (n, "fixed"): the table's own columns cannot be added or deleted from its cell menu
        table = gr.Dataframe(headers=HEADERS, datatype=DATATYPES, interactive=True, row_count=1,
                             column_count=(len(HEADERS), "fixed"),  # type: ignore[arg-type]
                             elem_id="schema-table", wrap=True, max_chars=48, column_widths=COLUMN_WIDTHS,
                             max_height=560)
        again = gr.Button("Regenerate from this schema", elem_id="regenerate")
        with gr.Accordion("Schema as JSON (for the API and the command line)", open=False):
            schema_json = gr.Code(language="json", interactive=False, elem_id="schema-json")
        with gr.Accordion("Technical details", open=False, elem_id="technical"):
            gr.Markdown(technical_banner(services.mode), elem_id="technical-mode")
            details = gr.Markdown("Nothing made yet.", elem_id="technical-run")
        with gr.Column(visible=False, elem_id="result") as result_box:  # nothing to show before the first file
            gr.Markdown(f"### Preview (first {PREVIEW_ROWS} rows)")
            preview = gr.Dataframe(interactive=False, elem_id="preview", max_height=420, wrap=False)
            download = gr.Markdown(elem_id="download")
        state = gr.State(None)
        last_seed = gr.State(None)

        outputs = [status, table, state, schema_json, schema_link, preview, download, seed_used, last_seed, details,
                   result_box, seed_box]
        go.click(generate, [description, rows, fmt, seed, locale], outputs, api_name="generate",
                 concurrency_limit=concurrency, concurrency_id="generate")
        again.click(regenerate, [table, state, rows, fmt, seed, locale], outputs, api_name="regenerate",
                    concurrency_limit=concurrency, concurrency_id="generate")
        upload.upload(load, [upload], outputs, queue=False, api_visibility="undocumented")
        reuse.click(lambda used: "" if used is None else str(used), [last_seed], [seed], queue=False,
                    api_visibility="undocumented")
    # api_open=False: Gradio's /run/<name> route may not run a queued event directly (skipping the queue's bounds).
    blocks.queue(max_size=settings.ui_queue_size, default_concurrency_limit=concurrency, api_open=False)
    return blocks


__all__ = ["CSS", "banner", "build_ui", "technical_banner"]
