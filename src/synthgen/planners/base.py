"""What every planner is: the Planner protocol and the PlanResult it returns (schema plus metadata)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

from ..schema import DatasetSchema


@dataclass
class PlanMeta:
    """How a schema was made: by which planner and model, at what cost, and whether it came from the cache."""

    planner: str
    model: str | None = None
    input_tokens: int = 0
    output_tokens: int = 0
    cost_usd: float = 0.0
    cache_hit: bool = False
    repaired: bool = False
    notes: list[str] = field(default_factory=list)


@dataclass
class PlanResult:
    schema: DatasetSchema
    meta: PlanMeta


class Planner(Protocol):
    """Turns a description into a validated DatasetSchema."""

    name: str
    model: str | None

    def plan(self, description: str, *, locale: str | None = None) -> PlanResult: ...
