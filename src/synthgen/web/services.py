"""The long-lived things one app instance shares (settings, planner, cache, downloads), and their dependencies."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Annotated, Any

from fastapi import Depends, Request

from ..config import Settings
from ..errors import LimitError
from ..planners.base import Planner
from .downloads import DownloadStore
from .gate import Gate


@dataclass
class Services:
    """Built by create_app, filled by the lifespan; read by the API routes and the Gradio handlers alike."""

    settings: Settings
    planner: Planner | None = None
    cache: Any = None
    downloads: DownloadStore | None = None
    mode: dict[str, Any] = field(default_factory=dict)
    gate: Gate = field(default_factory=Gate)

    def require_planner(self) -> Planner:
        if self.planner is None:
            raise RuntimeError("the app has not started: run it under its lifespan (uvicorn, `with TestClient(app)`)")
        return self.planner

    def check_rows(self, rows: int) -> None:
        """Refuse a row count over MAX_ROWS before any planner call (pipeline.prepare checks again)."""
        limit = self.settings.max_rows
        if rows > limit:
            raise LimitError(f"rows is {rows:,}; the limit is {limit:,}", field="rows", limit=limit)

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
