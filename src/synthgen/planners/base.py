"""What every planner is: the Planner protocol and the PlanResult it returns (schema plus metadata)."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any, Protocol

from ..schema import DatasetSchema


@dataclass
class PlanMeta:
    """How a schema was made: by which planner and model, at what cost, whether it came from the cache, and what
    the planner understood.

    `unrecognised`: phrases of the description the planner did not understand, as written (empty when it used
    every word, and on a cache hit). `confidence`: column name -> 0..1, how sure the planner is of that column
    (empty when the planner does not say). `notes`: anything else worth telling the user (a repair, a retry).
    What each column came from is in the schema itself (`Column.source`).
    """

    planner: str
    model: str | None = None
    input_tokens: int = 0
    output_tokens: int = 0
    cost_usd: float = 0.0
    cache_hit: bool = False
    repaired: bool = False
    notes: list[str] = field(default_factory=list)
    unrecognised: list[str] = field(default_factory=list)
    confidence: dict[str, float] = field(default_factory=dict)


@dataclass
class PlanResult:
    """A planned schema and how it was planned."""

    schema: DatasetSchema
    meta: PlanMeta

    def understood(self) -> list[dict[str, Any]]:
        """What the planner understood, column by column: {"column", "source" (the words it came from, or None),
        "confidence" (0..1, or None when the planner does not say)}."""
        confidence = self.meta.confidence
        return [{"column": c.name, "source": c.source, "confidence": _share(confidence.get(c.name))}
                for c in self.schema.columns]


def _share(value: float | None) -> float | None:
    """A planner's confidence held to 0..1 (None for none, or for a value that is not a finite number)."""
    if not isinstance(value, (int, float)) or not math.isfinite(value):
        return None
    return min(max(float(value), 0.0), 1.0)


class Planner(Protocol):
    """Turns a description into a validated DatasetSchema."""

    @property
    def name(self) -> str: ...

    @property
    def model(self) -> str | None: ...  # read-only here, so a planner may narrow it (an LLM's is always a str)

    def plan(self, description: str, *, locale: str | None = None) -> PlanResult: ...
