"""SynthGen: turn a sentence or a schema into a realistic, typed, reproducible dataset.

    >>> import synthgen
    >>> df = synthgen.generate({"columns": [{"name": "email", "provider": "email"}]}, rows=5, seed=1)
"""

from .errors import (
    CapacityError,
    ExportError,
    LimitError,
    PlannerError,
    PlannerTimeout,
    PlannerUnavailable,
    SchemaError,
    SynthGenError,
)
from .pipeline import generate, write
from .schema import After, Column, DatasetSchema, load_schema, parse_schema

__all__ = [
    "After",
    "CapacityError",
    "Column",
    "DatasetSchema",
    "ExportError",
    "LimitError",
    "PlannerError",
    "PlannerTimeout",
    "PlannerUnavailable",
    "SchemaError",
    "SynthGenError",
    "generate",
    "load_schema",
    "parse_schema",
    "write",
]
