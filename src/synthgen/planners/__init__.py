"""Planners turn a description into a schema (the Planner protocol, PlanResult, PlanMeta); factory.make_planner picks
one from the settings."""

from __future__ import annotations

from .base import PlanMeta, Planner, PlanResult

__all__ = ["PlanMeta", "PlanResult", "Planner"]
