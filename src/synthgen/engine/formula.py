"""Column formulas: `parse(text, columns)` checks a formula once; `Formula.evaluate` computes it per block.

The language (schema contract 2.1): numbers, 'text' or "text", column names (col("odd name") for any name,
table.column for a referenced table's column), + - * / %, == != < <= > >=, and or not, parentheses, and
the functions in formula_check.FUNCTIONS. It is tokenized, parsed to a tree of small dataclasses
(formula_parse), type-checked (formula_check) and evaluated over numpy and Arrow (formula_eval); user text
is never run as Python. Every problem is a FormulaError (a SchemaError) naming it and where it is.

    >>> f = parse("round(amount * uniform(0.2, 1.0), 2)", {"amount": "float"})
    >>> f.type, f.columns
    ('float', ('amount',))
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal

import numpy as np
import pyarrow as pa

from .formula_check import FUNCTIONS, RESULT_TYPES, Checker
from .formula_eval import ARROW, Evaluator, load, to_arrow
from .formula_parse import MAX_LENGTH, MAX_NESTING, Col, Node, Parser, tokenize

ColumnType = Literal["int", "float", "bool", "str", "date", "datetime"]

__all__ = ["FUNCTIONS", "MAX_LENGTH", "MAX_NESTING", "ColumnType", "Formula", "column_type", "parse", "references"]


def column_type(type_: pa.DataType | str) -> ColumnType:
    """The formula type of a column: from an Arrow type (as the engine's Gen.type), or from a catalog
    `returns` name (decimal counts as float; time, timedelta and anything else as text)."""
    if isinstance(type_, str):
        name = {"decimal": "float"}.get(type_, type_)
        return name if name in RESULT_TYPES else "str"  # type: ignore[return-value]
    if pa.types.is_boolean(type_):
        return "bool"
    if pa.types.is_integer(type_):
        return "int"
    if pa.types.is_floating(type_) or pa.types.is_decimal(type_):
        return "float"
    if pa.types.is_date(type_):
        return "date"
    if pa.types.is_timestamp(type_):
        return "datetime"
    return "str"


@dataclass(frozen=True)
class Formula:
    """A checked formula.

    type: the type of its values; arrow_type the Arrow type `evaluate` returns.
    columns: the columns it reads, in order of first mention (for column order and cycle checks).
    """

    text: str
    type: ColumnType
    columns: tuple[str, ...]
    input_types: Mapping[str, ColumnType] = field(repr=False)
    tree: Node = field(repr=False)

    @property
    def arrow_type(self) -> pa.DataType:
        return ARROW[self.type]

    def evaluate(self, inputs: Mapping[str, pa.Array | pa.ChunkedArray], rng: np.random.Generator,
                 n: int) -> pa.Array:
        """The formula over n rows: `inputs` holds (at least) the columns it reads, each n long, of the types
        given to parse (castable ones are cast). Random functions draw from `rng` in the order they close in
        the text, n values each, so the result depends only on the inputs and the rng's seed."""
        values = {}
        for name in self.columns:
            if name not in inputs:
                raise ValueError(f"formula {self.text!r} reads column '{name}', which is not among the inputs")
            if len(inputs[name]) != n:
                raise ValueError(f"formula input '{name}' has {len(inputs[name])} values, not {n}")
            values[name] = load(inputs[name], self.input_types[name], name)
        return to_arrow(Evaluator(values, rng, n).run(self.tree), self.type)


def references(text: str) -> tuple[str, ...]:
    """The column names a formula mentions, in order of first mention, without checking them or their types:
    for ordering formula columns that read each other, and finding cycles, before any is type-checked.
    Raises FormulaError for a syntax problem."""
    found: dict[str, int] = {}
    stack: list[Node] = [Parser(text, tokenize(text)).parse()]
    while stack:
        node = stack.pop()
        if isinstance(node, Col):
            found[node.name] = min(node.pos, found.get(node.name, node.pos))
        stack.extend(child for child in (getattr(node, "arg", None), *getattr(node, "args", ())) if child)
    return tuple(sorted(found, key=found.__getitem__))


def parse(text: str, columns: Mapping[str, pa.DataType | str]) -> Formula:
    """Check a formula against the columns it may read (name -> ColumnType, catalog `returns` name or
    Arrow type). Raises FormulaError naming the problem, with the character where it is."""
    types = {name: column_type(t) for name, t in columns.items()}
    tree = Parser(text, tokenize(text)).parse()
    checker = Checker(text, types)
    result = checker.result(tree)
    read = tuple(checker.read)
    return Formula(text, result, read, {name: types[name] for name in read}, tree)  # type: ignore[arg-type]
