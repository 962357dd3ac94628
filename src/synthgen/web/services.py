"""The long-lived things one app instance shares (settings, planner, cache, downloads), and their dependencies."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Annotated, Any

from fastapi import Depends, Request

from .. import pipeline
from ..config import Settings
from ..errors import LimitError, SynthGenError
from ..planners.base import Planner, PlanResult
from . import memory
from .auth import KeyCheck
from .downloads import DownloadStore
from .gate import Gate
from .metrics import Metrics
from .planning import Planning
from .ratelimit import RateLimiter


@dataclass
class Services:
    """Built by create_app, filled by the lifespan; read by the API routes and the Gradio handlers alike."""

    settings: Settings
    planner: Planner | None = None
    cache: Any = None
    downloads: DownloadStore | None = None
    mode: dict[str, Any] = field(default_factory=dict)
    gate: Gate = field(default_factory=Gate)
    metrics: Metrics = field(default_factory=Metrics)
    limiter: RateLimiter = field(default_factory=lambda: RateLimiter(0))
    planning: Planning = field(default_factory=Planning)
    limits: pipeline.Limits = field(init=False)  # from the settings, once
    keys: KeyCheck = field(init=False)  # API_KEYS, for the middleware, the security dependency and the UI login
    _examples: Any = field(default=None, init=False, repr=False)  # the examples planner, made on first use

    def __post_init__(self) -> None:
        self.limits = pipeline.Limits.from_settings(self.settings)
        self.keys = KeyCheck(self.settings.api_key_list)
        self.metrics.gauges.append(self.planning.gauges)  # the planning slots on /metrics

    @classmethod
    def from_settings(cls, settings: Settings, mode: dict[str, Any]) -> Services:
        gate = Gate(settings.max_concurrent_jobs, small_limit=settings.small_jobs, small_rows=settings.small_rows,
                    wait=settings.slot_wait, on_idle=memory.release)
        return cls(settings=settings, mode=mode, gate=gate, limiter=RateLimiter(settings.rate_limit),
                   planning=Planning(settings.max_concurrent_plans, settings.planner_timeout))

    def require_planner(self) -> Planner:
        if self.planner is None:
            raise RuntimeError("the app has not started: run it under its lifespan (uvicorn, `with TestClient(app)`)")
        return self.planner

    def plan(self, description: str, locale: str | None) -> PlanResult:
        """Plan a description (counted in the metrics); a locale the request asked for wins over the planner's."""
        planner = self.require_planner()
        name = getattr(planner, "name", "planner")
        try:
            result = pipeline.plan(description, planner=planner, locale=locale, limits=self.limits)
        except LimitError:
            raise  # refused before any planner call
        except SynthGenError as exc:
            self.metrics.inc("synthgen_planner_calls_total", planner=name, result=exc.code)
            self.metrics.inc("synthgen_planner_failures_total", planner=name, error=exc.code)
            raise
        except Exception:
            self.metrics.inc("synthgen_planner_calls_total", planner=name, result="internal_error")
            self.metrics.inc("synthgen_planner_failures_total", planner=name, error="internal_error")
            raise
        self.metrics.inc("synthgen_planner_calls_total", planner=name,
                         result="cache_hit" if result.meta.cache_hit else "ok")
        return PlanResult(pipeline.with_locale(result.schema, locale), result.meta)

    async def plan_off_loop(self, description: str, locale: str | None) -> PlanResult:
        """`plan` on a planning thread (API routes): 503 planner_busy when every slot is taken, 504 by
        PLANNER_TIMEOUT + 3 s whatever the planner does; the event loop and the shared threadpool stay free."""
        return await self.planning.run(self.plan, description, locale)

    def plan_in_slot(self, description: str, locale: str | None, *,
                     wait: float | None = None) -> PlanResult:
        """`plan` on a planning thread, waited for from a worker thread (the UI), `wait` seconds for a slot."""
        return self.planning.call(self.plan, description, locale, wait=wait)

    def examples_planner(self) -> Any:
        """The planner of example rows, on the app's schema cache (its own, from the settings, in demo mode)."""
        if self._examples is None:
            from ..factory import examples_planner

            self._examples = examples_planner(self.settings, cache=self.cache)
        return self._examples

    def count_rows(self, door: str) -> Any:
        """An on_batch callback adding each block's rows to synthgen_rows_generated_total{door}."""
        def on_batch(batch: Any) -> None:
            self.metrics.inc("synthgen_rows_generated_total", batch.num_rows, door=door)
        return on_batch

    def cache_label(self, planned: bool, hit: bool) -> str:
        """The X-SynthGen-Cache value: hit or miss when a description went through a working cache, else none."""
        if hit:
            return "hit"
        if not planned or self.cache is None or not getattr(self.cache, "active", True):
            return "none"
        return "miss"


def get_services(request: Request) -> Services:
    return request.app.state.services


def get_settings_dep(services: Annotated[Services, Depends(get_services)]) -> Settings:
    return services.settings


def get_planner(services: Annotated[Services, Depends(get_services)]) -> Planner:
    return services.require_planner()


ServicesDep = Annotated[Services, Depends(get_services)]
SettingsDep = Annotated[Settings, Depends(get_settings_dep)]
PlannerDep = Annotated[Planner, Depends(get_planner)]
