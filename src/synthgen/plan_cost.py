"""What planning a schema cost, said the same way at every front door (CLI stderr, API, UI): tokens and an
estimated price from PlanMeta, "free" when no LLM was called (the offline demo planner, a schema-cache hit)."""

from __future__ import annotations

from typing import Any

OFFLINE = "offline"  # the offline (demo) planner's name: it never calls an LLM


def usage(meta: Any) -> dict[str, Any]:
    """PlanMeta's cost as data: input and output tokens, estimated USD (0 when no LLM was called or the model's
    price is unknown), and `summary`, the sentence the CLI and the UI show ("" when the planner says nothing)."""
    return {"input_tokens": int(meta.input_tokens), "output_tokens": int(meta.output_tokens),
            "cost_usd": float(meta.cost_usd), "summary": summary(meta)}


def summary(meta: Any) -> str:
    """'2,100 tokens in, 400 out, about $0.0006'; 'free (demo planner)' or 'free (from the schema cache)' when no
    LLM was called; '' for a planner that reports no tokens at all (nothing worth saying)."""
    tokens_in, tokens_out = int(meta.input_tokens), int(meta.output_tokens)
    if not tokens_in and not tokens_out:
        if meta.cache_hit:
            return "free (from the schema cache)"
        return "free (demo planner)" if meta.planner == OFFLINE else ""
    tokens = f"{tokens_in:,} tokens in, {tokens_out:,} out"
    if meta.cost_usd > 0:
        return f"{tokens}, {dollars(meta.cost_usd)}"
    return f"{tokens} (no price known for {meta.model or 'this model'})"


def dollars(amount: float) -> str:
    """An estimate: 'about $0.0006', 'about $1.25' (four decimals below a cent, two above), 'under $0.0001'."""
    if amount < 0.0001:
        return "under $0.0001"
    return f"about ${amount:,.4f}" if amount < 0.01 else f"about ${amount:,.2f}"
