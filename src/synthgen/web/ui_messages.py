"""The form's messages for a non-coder: what went wrong, in plain words, and how to fix it; never a traceback.

`friendly(exc, where)` says where the fix goes: "description" (the Generate button), "table" (Regenerate from
the edited schema table) or "file" (a schema file loaded into the form). Words a non-coder does not use ("planner",
"provider") stay out of these messages; the technical detail goes to the page's "Technical details" accordion.
"""

from __future__ import annotations

import logging
import re

from .. import plan_cost
from ..errors import (
    LimitError,
    NotUnderstood,
    PlannerBusy,
    PlannerError,
    PlannerTimeout,
    PlannerUnavailable,
    SchemaError,
    SynthGenError,
)
from ..planners.base import PlanMeta
from .gate import Busy
from .ratelimit import RateLimited

log = logging.getLogger("synthgen.web.ui")

MAX_LISTED = 10  # problems listed one by one; the rest are counted
_FIXES = {
    "table": "Fix {it} in the schema table, then press **Regenerate from this schema**.",
    "description": ("Fix {it} in the schema table below and press **Regenerate from this schema**, or change the "
                    "description and press **Generate** again."),
    "file": "Fix the file and load it again, or load a schema saved from this form.",
}


def ended(text: str) -> str:
    """`text` with one closing full stop (none added after '?', '!' or '.': no "'street_name'?.")."""
    text = text.strip()
    return text if not text or text[-1] in ".?!…" else text + "."


def sentence(text: str) -> str:
    """`text` as a sentence: a capital first letter and one closing full stop."""
    text = ended(text)
    return text[:1].upper() + text[1:]


def _limit(exc: LimitError) -> str:
    detail = exc.detail
    if exc.field == "description":
        if exc.limit == 1:
            return ("Describe your dataset first: type a sentence in the box (for example \"Customers with name, "
                    "email and city\"), or click one of the examples.")
        return sentence(f"The description is too long: {detail}") + " Shorten it and press **Generate** again."
    if exc.field == "rows":
        if exc.limit == 1 or "whole number" in detail or "how many rows" in detail:
            return ("Rows must be a whole number of at least 1, for example 1000 (no decimals). Enter it in the "
                    "**Rows** box.")
        return sentence(f"Too many rows for this server: {detail}") + " Enter a smaller number in the **Rows** box."
    if exc.field == "seed":
        return sentence(detail) + " Fix it in the **Seed** box, or clear the box to get new data each run."
    return sentence(detail)


def _schema(exc: SchemaError, where: str) -> str:
    problems = exc.problems
    fix = _FIXES.get(where, _FIXES["table"]).format(it="it" if len(problems) == 1 else "them")
    intro = {"file": "The schema file", "description": "The columns made from your description"}.get(
        where, "The schema table")
    if len(problems) == 1:
        return f"{intro} has a problem: {ended(problems[0])} {fix}"
    items = "\n".join(f"- {ended(p)}" for p in problems[:MAX_LISTED])
    more = f"\n- … and {len(problems) - MAX_LISTED} more" if len(problems) > MAX_LISTED else ""
    return f"{intro} has {len(problems)} problems:\n{items}{more}\n\n{fix}"


def friendly(exc: BaseException, where: str = "table") -> str:
    """A message for a non-coder: what went wrong and what to do (Markdown); never a traceback."""
    if isinstance(exc, NotUnderstood):
        return sentence(f"Could not find any columns in this description: {exc.detail}")
    if isinstance(exc, SchemaError):
        return _schema(exc, where)
    if isinstance(exc, LimitError):
        return _limit(exc)
    if isinstance(exc, PlannerTimeout):
        return "Reading your description took too long. Please try again, or shorten the description."
    if isinstance(exc, PlannerBusy):
        return (f"The server is reading as many descriptions as it can right now. Please try again in about "
                f"{exc.retry_after} seconds.")
    if isinstance(exc, PlannerUnavailable):
        return f"The AI service is busy right now. Please try again in about {exc.retry_after} seconds."
    if isinstance(exc, PlannerError):
        return (sentence(f"Could not turn this description into columns: {exc.detail}") + " Try naming the columns "
                "you want, for example \"order id, customer name, email, price\".")
    if isinstance(exc, SynthGenError):
        return sentence(exc.detail)
    if isinstance(exc, Busy):
        return "The server is busy making other files. Please try again in a minute."
    if isinstance(exc, RateLimited):
        return (f"You are generating faster than this demo allows. Please wait {exc.retry_after} seconds and "
                "try again.")
    log.error("unexpected error in the UI", exc_info=exc)
    return "Something went wrong on our side; the error has been logged. Please try again."


def markdown_text(text: str) -> str:
    """Plain text made safe inside Markdown (the description's words are shown as written)."""
    return re.sub(r"([\\`*_\[\]<>()#!|~&])", r"\\\1", text)


def reported(meta: PlanMeta) -> list[str]:
    """What the user should see of a plan: the words that made no column, then the notes (Markdown)."""
    lines = []
    if meta.unrecognised:
        lines.append("**Not understood** (no column made from these words; rephrase them or add the columns in the "
                     f"schema table): {', '.join(markdown_text(w) for w in meta.unrecognised)}")
    lines += [f"**Note:** {markdown_text(note)}" for note in meta.notes]
    return lines


def technical(planner: str, cache: str, meta: PlanMeta | None) -> str:
    """The detail behind a run for those who want it (the "Technical details" accordion)."""
    if planner == "none":
        lines = ["Made from the edited schema table; the description was not read again (no planner call)."]
    else:
        lines = [f"Planner: `{planner}`" + (f" (model `{meta.model}`)" if meta is not None and meta.model else "")]
        if cache != "none":
            lines.append(f"Plan cache: {cache}")
    if meta is not None:
        cost = plan_cost.summary(meta)
        if cost:
            lines.append(f"Planning cost: {markdown_text(cost)}")
    return "\n\n".join(lines)


__all__ = ["ended", "friendly", "markdown_text", "reported", "sentence", "technical"]
