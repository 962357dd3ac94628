"""SynthGen: turn a sentence or a schema into a realistic, typed, reproducible dataset.

    >>> import synthgen
    >>> df = synthgen.generate("customers with name and email", rows=10, seed=1)   # planned offline, no key
    >>> df = synthgen.generate({"columns": [{"name": "email", "provider": "email"}]}, rows=5, seed=1)
    >>> planned = synthgen.plan("customers with name and email")   # .schema, and .meta: what was not understood
    >>> frames = synthgen.generate(shop, rows=100, seed=1)   # several tables ("tables"): {"customers": df, ...}
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
    from .dataset import Dataset, Per, Ref, TableColumn, TableSpec, parse_dataset
    from .dataset_job import DatasetJob
    from .dataset_stream import ForeignKey, TableStream
    from .pipeline import generate, plan, start_dataset, write
    from .planners.base import PlanMeta, PlanResult
    from .rules import By, Distribution, Series, When
    from .schema import After, Column, DatasetSchema, load_schema, parse_schema

# Loaded on first use, so `import synthgen.<module>` (the CLI, the web app) pays only for what it needs.
_LAZY = {"generate": "pipeline", "plan": "pipeline", "write": "pipeline", "PlanMeta": "planners.base",
         "PlanResult": "planners.base", "After": "schema", "Column": "schema",
         "DatasetSchema": "schema", "load_schema": "schema", "parse_schema": "schema", "By": "rules",
         "Distribution": "rules", "Series": "rules", "When": "rules", "Dataset": "dataset", "Per": "dataset",
         "Ref": "dataset", "TableColumn": "dataset", "TableSpec": "dataset", "parse_dataset": "dataset",
         "DatasetJob": "dataset_job", "start_dataset": "pipeline", "ForeignKey": "dataset_stream",
         "TableStream": "dataset_stream"}

__all__ = [
    "After",
    "By",
    "CapacityError",
    "Column",
    "Dataset",
    "DatasetJob",
    "DatasetSchema",
    "Distribution",
    "ExamplesError",
    "ExportError",
    "ForeignKey",
    "FormulaError",
    "GenerationError",
    "LimitError",
    "NotUnderstood",
    "Per",
    "PlanMeta",
    "PlanResult",
    "PlannerBusy",
    "PlannerError",
    "PlannerTimeout",
    "PlannerUnavailable",
    "Ref",
    "SchemaError",
    "Series",
    "SynthGenError",
    "TableColumn",
    "TableSpec",
    "TableStream",
    "When",
    "generate",
    "load_schema",
    "parse_dataset",
    "parse_schema",
    "plan",
    "start_dataset",
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
