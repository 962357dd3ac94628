"""The table iterator: compiles a schema once, then yields one Arrow record batch per fixed-size block."""

from __future__ import annotations

from collections.abc import Iterator

import pyarrow as pa
from faker import Faker

from ..errors import CapacityError, SchemaError
from ..schema import DatasetSchema
from .block import BLOCK_ROWS, Block, with_nulls
from .dates import follow
from .gen import Gen
from .locale_data import locale_data
from .providers import Compiler
from .unique import UniqueGuard


class Table:
    """A compiled schema: one generator per column, and the Arrow schema of the output."""

    def __init__(self, schema: DatasetSchema) -> None:
        self.schema = schema
        self.data = locale_data(schema.locale)
        compiler = Compiler(self.data)
        self.gens: dict[str, Gen] = {c.name: compiler.column(c) for c in schema.columns}
        fields = []
        for col in schema.columns:
            type_ = self.gens[col.name].type
            fields.append(pa.field(col.name, pa.string() if pa.types.is_large_string(type_) else type_))
        self.arrow_schema = pa.schema(fields)
        # Columns that follow another are made after everything else in the block.
        self.order = sorted(schema.columns, key=lambda c: c.after is not None)

    def check_capacity(self, rows: int) -> None:
        """Reject, before any row is made, a unique column that cannot hold `rows` distinct values."""
        problems = []
        for col in self.schema.columns:
            if not col.unique:
                continue
            gen = self.gens[col.name]
            where = f"column '{col.name}'"
            if not gen.unique_native and not pa.types.is_string(self.arrow_schema.field(col.name).type):
                problems.append(f"{where}: unique is not supported for {col.provider} values")
            elif gen.capacity is not None and gen.capacity < rows:
                problems.append(f"{where}: unique needs {rows:,} distinct values but {col.provider} with these "
                                f"arguments can make only {gen.capacity:,}; widen its range or ask for fewer rows")
        if problems:
            raise CapacityError(problems)

    def batches(self, rows: int, seed: int, *, block_rows: int = BLOCK_ROWS) -> Iterator[pa.RecordBatch]:
        """The table's rows, block by block; the same (schema, rows, seed) always gives the same batches."""
        if seed < 0 or seed >= 2**63:
            raise SchemaError(f"seed must be between 0 and {2**63 - 1}")
        faker = Faker(self.schema.locale)
        guards = {c.name: UniqueGuard(c.name) for c in self.schema.columns
                  if c.unique and not self.gens[c.name].unique_native}
        for index, start in enumerate(range(0, rows, block_rows)):
            block = Block(seed, index, start, min(block_rows, rows - start), faker)
            arrays: dict[str, pa.Array] = {}
            for col in self.order:
                if col.after is not None:
                    base = arrays[col.after.column]
                    array = follow(base, col.after.min_days, col.after.max_days, block.rng(col.name, "after"))
                else:
                    array = self.gens[col.name].fn(block)
                if col.name in guards:
                    array = guards[col.name].apply(array, block)
                array = with_nulls(array, block.rng(col.name, "nulls"), col.null_rate)
                arrays[col.name] = array.cast(self.arrow_schema.field(col.name).type)
            yield pa.RecordBatch.from_arrays([arrays[c.name] for c in self.schema.columns],
                                             schema=self.arrow_schema)
