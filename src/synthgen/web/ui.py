"""The Gradio UI (mounted at /gradio): describe a dataset, see and edit its schema, preview rows, download the file."""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import quote

import gradio as gr
from faker.config import AVAILABLE_LOCALES

from .. import export
from ..schema import DatasetSchema
from ..units import human_size
from .downloads import ROUTE, DownloadStore
from .ratelimit import RateLimited, client_identity
from .services import Services
from .ui_guard import GRADIO_PATH
from .ui_logic import DATATYPES, HEADERS, PREVIEW_ROWS, Actions, Result, friendly, schema_to_table

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
Describe a dataset in a sentence and get a realistic file in seconds. Edit the schema below the button to fix
a column, then **Regenerate from this schema** (no new planner call). The same seed always gives the same data."""


def banner(mode: dict[str, Any]) -> str:
    if mode.get("mode", "demo") == "demo":
        return ("**Demo mode:** an offline planner reads your description (no LLM, no key needed). "
                "Set `OPENAI_API_KEY` (or `API_PROVIDER=anthropic` and `ANTHROPIC_API_KEY`) for an LLM planner "
                "that understands any description.")
    model = f" `{mode['model']}`" if mode.get("model") else ""
    return f"**LLM planner:** {mode.get('provider') or 'llm'}{model} turns your description into a schema."


def _schema_outputs(schema: DatasetSchema) -> tuple[Any, Any, Any]:
    return schema_to_table(schema), {"name": schema.name, "locale": schema.locale}, schema.to_json()


def download_link(result: Result) -> str:
    """The download as a Markdown link to /gradio/downloads/<token>/<name>: no server path reaches the browser.
    (Markdown, not gr.HTML: Gradio's HTML component evaluates templates, which the page's CSP forbids.)"""
    path = result.written.path
    href = f"{GRADIO_PATH}/{ROUTE}/{quote(DownloadStore.link(path))}"
    label = re.sub(r"([\\`*_\[\]<>()#!|~])", r"\\\1", f"Download {path.name} ({human_size(result.written.size)})")
    return f"**[{label}](<{href}>)**"


def _outputs(result: Result) -> tuple[Any, ...]:
    return (result.status, *_schema_outputs(result.schema), result.written.preview, download_link(result))


def _failed(exc: BaseException, schema: DatasetSchema | None = None) -> tuple[Any, ...]:
    """The message, and the planned schema when there is one (so the user can fix it), other outputs unchanged."""
    message = friendly(exc)
    gr.Warning(message.splitlines()[0])
    shown = _schema_outputs(schema) if schema is not None else (gr.skip(),) * 3
    return (f"**Could not generate.** {message}", *shown, gr.skip(), gr.skip())


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

    def generate(description: str, rows: Any, fmt: str, seed: Any, locale: str | None,
                 request: gr.Request = None,  # type: ignore[assignment]  # Gradio fills it in
                 progress: gr.Progress = gr.Progress()) -> tuple[Any, ...]:  # noqa: B008 - Gradio's idiom
        report = lambda f, d: progress(f, desc=d)  # noqa: E731
        planned: list[Any] = []  # the planned schema, shown even when making the file then fails
        try:
            _limit(services, request)
            # capacity first: a refused request costs no planner call
            return _outputs(actions.generate(description, rows, fmt, seed, locale, report, on_plan=planned.append))
        except Exception as exc:  # noqa: BLE001 - every failure becomes a friendly message
            return _failed(exc, planned[0] if planned else None)

    def regenerate(table: Any, state: dict[str, Any] | None, rows: Any, fmt: str, seed: Any, locale: str | None,
                   request: gr.Request = None,  # type: ignore[assignment]
                   progress: gr.Progress = gr.Progress()) -> tuple[Any, ...]:  # noqa: B008
        try:
            _limit(services, request)
            return _outputs(actions.regenerate(table, state, rows, fmt, seed, locale,
                                               progress=lambda f, d: progress(f, desc=d)))
        except Exception as exc:  # noqa: BLE001
            return _failed(exc)

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
                    rows = gr.Number(label=f"Rows (1 to {max_rows:,})", value=1000, precision=0, elem_id="rows")
                    seed = gr.Number(label="Seed (optional: same seed, same data)", value=None, precision=0,
                                     elem_id="seed")
                fmt = gr.Radio(list(export.FORMATS), value="csv", label="Format", elem_id="format")
                locale = gr.Dropdown(sorted(AVAILABLE_LOCALES), value=None, label="Locale (optional)",
                                     elem_id="locale")
                go = gr.Button("Generate", variant="primary", elem_id="generate")
        status = gr.Markdown(elem_id="status")
        gr.Markdown("### Schema\nOne row per column. Edit a cell (arguments are JSON, e.g. "
                    '`{"min": 1, "max": 10}`), then regenerate.')
        table = gr.Dataframe(headers=HEADERS, datatype=DATATYPES, interactive=True, column_count=len(HEADERS),
                             row_count=1, elem_id="schema-table", wrap=True)
        again = gr.Button("Regenerate from this schema", elem_id="regenerate")
        with gr.Accordion("Schema as JSON (for the API and the CLI)", open=False):
            schema_json = gr.Code(language="json", interactive=False, elem_id="schema-json")
        gr.Markdown(f"### Preview (first {PREVIEW_ROWS} rows)")
        preview = gr.Dataframe(interactive=False, elem_id="preview", max_height=420, wrap=False)
        download = gr.Markdown(elem_id="download")
        state = gr.State(None)

        outputs = [status, table, state, schema_json, preview, download]
        go.click(generate, [description, rows, fmt, seed, locale], outputs, api_name="generate",
                 concurrency_limit=concurrency, concurrency_id="generate")
        again.click(regenerate, [table, state, rows, fmt, seed, locale], outputs, api_name="regenerate",
                    concurrency_limit=concurrency, concurrency_id="generate")
    # api_open=False: Gradio's /run/<name> route may not run a queued event directly (skipping the queue's bounds).
    blocks.queue(max_size=settings.ui_queue_size, default_concurrency_limit=concurrency, api_open=False)
    return blocks


__all__ = ["banner", "build_ui"]
