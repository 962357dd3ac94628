"""What every planner is: the Planner protocol and the PlanResult it returns (schema plus metadata)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

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
    schema: DatasetSchema
    meta: PlanMeta


class Planner(Protocol):
    """Turns a description into a validated DatasetSchema."""

    name: str
    model: str | None

    def plan(self, description: str, *, locale: str | None = None) -> PlanResult: ...
