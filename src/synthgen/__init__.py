"""SynthGen: turn a sentence or a schema into a realistic, typed, reproducible dataset.

    >>> import synthgen
    >>> df = synthgen.generate("customers with name and email", rows=10, seed=1)   # planned offline, no key
    >>> df = synthgen.generate({"columns": [{"name": "email", "provider": "email"}]}, rows=5, seed=1)
    >>> planned = synthgen.plan("customers with name and email")   # .schema, and .meta: what was not understood
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from .errors import (
    CapacityError,
    ExamplesError,
    ExportError,
    FormulaError,
    GenerationError,
    LimitError,
    NotUnderstood,
    PlannerBusy,
    PlannerError,
    PlannerTimeout,
    PlannerUnavailable,
    SchemaError,
    SynthGenError,
)

if TYPE_CHECKING:
    from .pipeline import generate, plan, write
    from .planners.base import PlanMeta, PlanResult
    from .rules import By, Distribution, Series, When
    from .schema import After, Column, DatasetSchema, load_schema, parse_schema

# Loaded on first use, so `import synthgen.<module>` (the CLI, the web app) pays only for what it needs.
_LAZY = {"generate": "pipeline", "plan": "pipeline", "write": "pipeline", "PlanMeta": "planners.base",
         "PlanResult": "planners.base", "After": "schema", "Column": "schema",
         "DatasetSchema": "schema", "load_schema": "schema", "parse_schema": "schema", "By": "rules",
         "Distribution": "rules", "Series": "rules", "When": "rules"}

__all__ = [
    "After",
    "By",
    "CapacityError",
    "Column",
    "DatasetSchema",
    "Distribution",
    "ExamplesError",
    "ExportError",
    "FormulaError",
    "GenerationError",
    "LimitError",
    "NotUnderstood",
    "PlanMeta",
    "PlanResult",
    "PlannerBusy",
    "PlannerError",
    "PlannerTimeout",
    "PlannerUnavailable",
    "SchemaError",
    "Series",
    "SynthGenError",
    "When",
    "generate",
    "load_schema",
    "parse_schema",
    "plan",
    "write",
]


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        value = getattr(import_module(f".{_LAZY[name]}", __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'synthgen' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
