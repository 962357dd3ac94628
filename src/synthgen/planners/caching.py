"""CachingPlanner: consults the SchemaCache before an inner planner and stores only the schemas it validated."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from .base import PlanMeta, Planner, PlanResult

if TYPE_CHECKING:
    from ..cache import SchemaCache

log = logging.getLogger(__name__)


class CachingPlanner:
    """A Planner in front of another: a cache hit costs no LLM call (PlanMeta.cache_hit=True).

    Only the schema is cached, so a hit keeps what each column came from (`Column.source` is in the schema) but
    not the rest of what the planner reported: its PlanMeta has empty `unrecognised`, `confidence` and `notes`.
    The first answer for a description (a miss) reports them in full.
    """

    def __init__(self, inner: Planner, cache: SchemaCache) -> None:
        self.inner = inner
        self.cache = cache
        self.name = inner.name
        self.model = inner.model

    def __repr__(self) -> str:
        return f"CachingPlanner({self.inner!r}, {self.cache!r})"

    def plan(self, description: str, *, locale: str | None = None) -> PlanResult:
        key = self.cache.make_key(description, planner=self.name, model=self.model, locale=locale)
        schema = self.cache.get(key)
        if schema is not None:
            log.debug("schema cache hit for %s/%s", self.name, self.model)
            return PlanResult(schema, PlanMeta(planner=self.name, model=self.model, cache_hit=True))
        result = self.inner.plan(description, locale=locale)  # raises on failure: nothing is cached
        self.cache.put(key, result.schema)
        return result
