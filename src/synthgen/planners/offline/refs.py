"""Offline planner, how a formula names a column and which columns are numbers: the two questions every rule
module asks, kept below them all so none needs a lazy import of another."""

from __future__ import annotations

import re

from .fields import Field

NUMERIC = ("random_int", "pyint", "pyfloat", "pydecimal")
_PLAIN = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_RESERVED = frozenset({
    "and", "or", "not", "if", "col", "round", "floor", "ceil", "abs", "min", "max", "clip", "uniform", "normal",
    "randint", "days", "hours", "minutes", "year", "month", "concat", "bucket", "true", "false"})


def ref(name: str) -> str:
    """A column as a formula names it: the bare name, or col("...") for names a formula would misread."""
    if _PLAIN.fullmatch(name) and name.lower() not in _RESERVED:
        return name
    return 'col("' + name.replace("\\", "\\\\").replace('"', '\\"') + '")'


def numeric(f: Field) -> bool:
    """A number column that is not a key."""
    if f.unique or f.sequence or f.kind == "id":
        return False
    return f.provider in NUMERIC or bool(f.formula and not f.formula.startswith("bucket("))
