"""The table iterator: compiles a schema once, then yields one Arrow record batch per fixed-size block."""

from __future__ import annotations

import functools
import threading
from collections.abc import Iterator

import pyarrow as pa
from faker import Faker

from .. import clock
from ..errors import CapacityError, SchemaError
from ..ordered import default_workers, ordered_map
from ..schema import DatasetSchema
from .block import BLOCK_BYTES, BLOCK_ROWS, MIN_BLOCK_ROWS, Block, with_nulls
from .dates import follow
from .gen import Gen
from .locale_data import locale_data
from .providers import Compiler
from .unique import UniqueGuard

_PROBE_ROWS = 64
_NAMES = frozenset({"name", "name_female", "name_male", "name_nonbinary"})  # unique ones get middle initials


class Table:
    """A compiled schema: one generator per column, and the Arrow schema of the output."""

    def __init__(self, schema: DatasetSchema) -> None:
        self.schema = schema
        self.data = locale_data(schema.locale)
        compiler = Compiler(self.data, schema.columns)
        self.gens: dict[str, Gen] = {c.name: compiler.column(c) for c in schema.columns}
        fields = []
        for col in schema.columns:
            type_ = self.gens[col.name].type
            fields.append(pa.field(col.name, pa.string() if pa.types.is_large_string(type_) else type_))
        self.arrow_schema = pa.schema(fields)
        # Columns that follow another are made after everything else in the block.
        self.order = sorted(schema.columns, key=lambda c: c.after is not None)
        self._row_bytes: float | None = None
        self._lock = threading.Lock()

    @property
    def row_bytes(self) -> float:
        """About how many bytes a row takes in Arrow (close to a CSV line), measured once on a probe block of
        fixed seed, so it depends on the schema only."""
        with self._lock:
            if self._row_bytes is None:
                probe = Block(0, 0, 0, _PROBE_ROWS, functools.cache(lambda: Faker(self.schema.locale)))
                self._row_bytes = sum(a.nbytes for a in self._arrays(probe).values()) / _PROBE_ROWS
            return self._row_bytes

    def block_rows(self, rows: int) -> int:
        """Rows per block: BLOCK_ROWS, or fewer for wide rows (twenty 5,000-character text columns would
        make 3 GB blocks). It depends on the schema only, so the same (schema, rows, seed) always gives the
        same output."""
        if rows <= MIN_BLOCK_ROWS:  # one block whatever the size
            return MIN_BLOCK_ROWS
        fit = int(BLOCK_BYTES // max(self.row_bytes, 1))
        return max(MIN_BLOCK_ROWS, min(BLOCK_ROWS, 1 << max(fit.bit_length() - 1, 0)))

    def check_capacity(self, rows: int) -> None:
        """Reject, before any row is made, a unique column that cannot hold `rows` distinct values."""
        problems = []
        for col in self.schema.columns:
            gen = self.gens[col.name]
            where = f"column '{col.name}'"
            if gen.max_rows is not None and gen.max_rows < rows:
                problems.append(f"{where}: its sequence passes the largest 64-bit integer ({2**63 - 1:,}) after "
                                f"{gen.max_rows:,} rows, and {rows:,} were asked for; lower its min or step, or ask "
                                "for fewer rows")
            if not col.unique:
                continue
            if not gen.unique_native and not pa.types.is_string(self.arrow_schema.field(col.name).type):
                problems.append(f"{where}: unique is not supported for {col.provider} values")
            elif gen.capacity is not None and gen.capacity < rows:
                problems.append(f"{where}: unique needs {rows:,} distinct values but {col.provider} with these "
                                f"arguments can make only {gen.capacity:,}; widen its range or ask for fewer rows")
        if problems:
            raise CapacityError(problems)

    def batches(self, rows: int, seed: int, *, block_rows: int | None = None,
                workers: int | None = None) -> Iterator[pa.RecordBatch]:
        """The table's rows, block by block; the same (schema, rows, seed) always gives the same batches.
        Blocks are made by `workers` threads (numpy and Arrow release the GIL) and yielded in order."""
        if seed < 0 or seed >= 2**63:
            raise SchemaError(f"seed must be between 0 and {2**63 - 1}")
        block_rows = block_rows or self.block_rows(rows)
        guards = {c.name: UniqueGuard(c.name, self.data.name_prefixes() if c.provider in _NAMES else None)
                  for c in self.schema.columns if c.unique and not self.gens[c.name].unique_native}
        local = threading.local()
        now = clock.now()  # "today" and "now" of this request, the same for all its blocks

        def faker() -> Faker:
            if not hasattr(local, "faker"):
                local.faker = Faker(self.schema.locale)
            return local.faker

        def make(start: int) -> tuple[Block, dict[str, pa.Array]]:
            block = Block(seed, start // block_rows, start, min(block_rows, rows - start), faker, now=now)
            return block, self._arrays(block)

        made = ordered_map(make, range(0, rows, block_rows), workers or default_workers(), "synthgen-block")
        try:
            for block, arrays in made:
                yield self._finish(block, arrays, guards)
        finally:
            made.close()  # now, not when collected: stops the worker threads

    def _arrays(self, block: Block) -> dict[str, pa.Array]:
        arrays: dict[str, pa.Array] = {}
        for col in self.order:
            if col.after is not None:
                base = arrays[col.after.column]
                array = follow(base, col.after.min_days, col.after.max_days, block.rng(col.name, "after"))
            else:
                array = self.gens[col.name].fn(block)
            array = with_nulls(array, block.rng(col.name, "nulls"), col.null_rate)
            arrays[col.name] = array.cast(self.arrow_schema.field(col.name).type)
        # Entities point back at their block: break the cycle now, or their Arrow buffers wait for the
        # garbage collector, which counts objects, not bytes (hundreds of MB on a long stream).
        block.memo.clear()
        return arrays

    def _finish(self, block: Block, arrays: dict[str, pa.Array], guards: dict[str, UniqueGuard]) -> pa.RecordBatch:
        """Table-wide steps, in block order: unique text columns."""
        for name, guard in guards.items():
            arrays[name] = guard.apply(arrays[name], block)
        return pa.RecordBatch.from_arrays([arrays[c.name] for c in self.schema.columns], schema=self.arrow_schema)
