"""The table iterator: compiles a schema once, then yields one Arrow record batch per fixed-size block."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable, Iterator

import pyarrow as pa

from .. import clock
from ..errors import CapacityError, SchemaError
from ..ordered import default_workers, ordered_map
from ..rules import has_rules, making_order, series_end
from ..schema import Column, DatasetSchema
from . import rules
from .block import BLOCK_BYTES, BLOCK_ROWS, MIN_BLOCK_ROWS, Block, with_nulls
from .dates import follow
from .fakers import Lease
from .formula import Formula, parse
from .gen import Gen
from .locale_data import locale_data
from .providers import Compiler
from .unique import UniqueGuard

_PROBE_ROWS = 64
# Blocks of at most this many estimated bytes are made without waiting for a making slot: a small request must
# not wait behind 32,768-row blocks of large ones. Their working memory is a few times this (the web app's small
# lane bounds how many such files are made at once, and their bytes together).
SMALL_BLOCK_BYTES = 1 << 20
_MAKING: list[threading.BoundedSemaphore] = []  # blocks being made at once, in all tables (made on first use)
_MAKING_LOCK = threading.Lock()


def _making() -> threading.BoundedSemaphore:
    """The process-wide limit on blocks being made at once: one per worker thread worth running, however many
    files are being made. A block's working arrays are several times its size (66 MB for 2,048 rows of
    5,000-character texts), and two jobs of two threads each on two cores would hold twice that for no gain."""
    with _MAKING_LOCK:
        if not _MAKING:
            _MAKING.append(threading.BoundedSemaphore(default_workers()))
        return _MAKING[0]
_NAMES = frozenset({"name", "name_female", "name_male", "name_nonbinary"})  # unique ones get middle initials
# Values of some columns handed in per block (a dataset's links and the referenced rows' columns): they are not
# made but taken as given, then their `when` rule and nulls apply as to any column (engine/dataset.py).
Given = Callable[[Block], dict[str, pa.Array]]


class Table:
    """A compiled schema: one generator per column, and the Arrow schema of the output."""

    def __init__(self, schema: DatasetSchema) -> None:
        self.schema = schema
        self.data = locale_data(schema.locale)
        compiler = Compiler(self.data, schema.columns)
        # Columns that follow another are made after everything else in the block, and a column after those
        # its rules read (schema order otherwise; rules.making_order).
        self.order: list[Column] = making_order(schema.columns)[0]
        self.gens: dict[str, Gen] = {}
        self.formulas: dict[str, Formula] = {}
        types: dict[str, pa.DataType] = {}
        for col in self.order:
            if col.formula is not None:
                try:  # checked by the schema already; typed here by the columns as the engine makes them
                    self.formulas[col.name] = parse(col.formula, types)
                except SchemaError as exc:
                    raise SchemaError([f"column '{col.name}': formula: {p}" for p in exc.problems]) from None
                types[col.name] = self.formulas[col.name].arrow_type
                continue
            self.gens[col.name] = compiler.column(col)
            type_ = pa.string() if col.by is not None else self.gens[col.name].type
            types[col.name] = pa.string() if pa.types.is_large_string(type_) else type_
        self.arrow_schema = pa.schema([pa.field(c.name, types[c.name]) for c in schema.columns])
        self.per_counts = {c.series.per: self.by_name(c.series.per).distinct or 1 for c in schema.columns
                           if c.series is not None and c.series.per is not None}
        self.pools = rules.Pools(lambda c: compiler.column(c.model_copy(update={"unique": True, "distinct": None})))
        self.bys = {c.name: rules.ByTable(c.by, c.args.get("elements"), c.weights) for c in schema.columns
                    if c.by is not None}
        self._row_bytes: float | None = None
        self._lock = threading.Lock()

    def by_name(self, name: str) -> Column:
        return next(c for c in self.schema.columns if c.name == name)

    @property
    def row_bytes(self) -> float:
        """About how many bytes a row takes in Arrow (close to a CSV line), measured once on a probe block of
        fixed seed, so it depends on the schema only."""
        with self._lock:
            if self._row_bytes is None:
                # No more rows than the smallest unique column holds: making more would never end.
                rows = min([_PROBE_ROWS, *(max(g.capacity, 1) for c in self.schema.columns
                                           if c.unique and (g := self.gens.get(c.name)) and g.capacity is not None)])
                probe = Block(0, 0, 0, rows, Lease(self.schema.locale))
                probe.memo["probe"] = True
                self._row_bytes = sum(a.nbytes for a in self._arrays(probe).values()) / rows
            return self._row_bytes

    def block_rows(self, rows: int) -> int:
        """Rows per block: BLOCK_ROWS, or fewer for wide rows (twenty 5,000-character text columns would
        make 3 GB blocks). It depends on the schema only, so the same (schema, rows, seed) always gives the
        same output."""
        if rows <= MIN_BLOCK_ROWS:  # one block whatever the size
            return MIN_BLOCK_ROWS
        fit = int(BLOCK_BYTES // max(self.row_bytes, 1))
        return max(MIN_BLOCK_ROWS, min(BLOCK_ROWS, 1 << max(fit.bit_length() - 1, 0)))

    def small_block(self, rows: int) -> bool:
        """Whether a block of `rows` rows is small enough (SMALL_BLOCK_BYTES) to skip the wait for a making slot."""
        return rows <= MIN_BLOCK_ROWS or rows * self.row_bytes <= SMALL_BLOCK_BYTES

    def check_capacity(self, rows: int) -> None:
        """Reject, before any row is made, a unique column that cannot hold `rows` distinct values."""
        problems = []
        for col in self.schema.columns:
            where = f"column '{col.name}'"
            problems += self._rule_capacity(col, rows)
            gen = self.gens.get(col.name)
            if gen is None:
                continue
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

    def _rule_capacity(self, col: Column, rows: int) -> list[str]:
        where = f"column '{col.name}'"
        if col.distinct is not None:
            gen = self.gens[col.name]
            if gen.capacity is not None and gen.capacity < col.distinct:
                return [(f"{where}: 'distinct' asks for {col.distinct:,} values but {col.provider} with these "
                        f"arguments can make only {gen.capacity:,}; widen its range or lower 'distinct'")]
        if col.series is not None:
            per = self.per_counts.get(col.series.per or "", 1)
            end = series_end(col, rows, per)
            if end is None or end.year > 9999:
                return [(f"{where}: its series passes the year 9999 within {rows:,} rows (step {col.series.step} "
                        f"from {col.series.start}); start earlier, take a shorter step, or ask for fewer rows")]
        after = col.after
        base = self.by_name(after.column) if after is not None else None
        if after is not None and base is not None and base.series is not None:
            end = series_end(base, rows, self.per_counts.get(base.series.per or "", 1))
            if end is not None and end.year <= 9999 and (dt.datetime(9999, 12, 31) - end).days < after.max_days:
                return [(f"{where}: 'after' adds up to {after.max_days:g} days to '{base.name}', whose series "
                        f"reaches {end:%Y-%m-%d} within {rows:,} rows; that passes 9999-12-31")]
        return []

    def batches(self, rows: int, seed: int, *, block_rows: int | None = None, workers: int | None = None,
                given: Given | None = None) -> Iterator[pa.RecordBatch]:
        """The table's rows, block by block; the same (schema, rows, seed) always gives the same batches.
        Blocks are made by `workers` threads (numpy and Arrow release the GIL) and yielded in order. `given`
        (called from those threads) hands in the values of some columns for a block instead of making them."""
        if seed < 0 or seed >= 2**63:
            raise SchemaError(f"seed must be between 0 and {2**63 - 1}")
        block_rows = block_rows or self.block_rows(rows)
        guards = {c.name: UniqueGuard(c.name, self.data.name_prefixes() if c.provider in _NAMES else None)
                  for c in self.schema.columns
                  if c.unique and c.name in self.gens and not self.gens[c.name].unique_native}
        now = clock.now()  # "today" and "now" of this request, the same for all its blocks

        def make(start: int) -> tuple[Block, dict[str, pa.Array]]:
            # A Faker instance, when the block needs one, is lent from the locale's idle ones (engine.fakers).
            block = Block(seed, start // block_rows, start, min(block_rows, rows - start), Lease(self.schema.locale),
                          now=now)
            if given is not None:
                block.memo["given"] = given(block)
            if self.small_block(block.n):
                return block, self._arrays(block)
            with _making():
                return block, self._arrays(block)

        made = ordered_map(make, range(0, rows, block_rows), workers or default_workers(), "synthgen-block")
        try:
            for block, arrays in made:
                yield self._finish(block, arrays, guards)
        finally:
            made.close()  # now, not when collected: stops the worker threads

    def _arrays(self, block: Block) -> dict[str, pa.Array]:
        try:
            return self._columns(block)
        finally:
            # Entities point back at their block: break the cycle now, or their Arrow buffers wait for the
            # garbage collector, which counts objects, not bytes (hundreds of MB on a long stream).
            block.memo.clear()
            if isinstance(block.fakers, Lease):
                block.fakers.close()  # the block is made: its Faker instance goes back to the idle ones

    def _columns(self, block: Block) -> dict[str, pa.Array]:
        arrays: dict[str, pa.Array] = {}
        given: dict[str, pa.Array] = block.memo.get("given", {})
        for col in self.order:
            array = given[col.name] if col.name in given else self._values(col, block, arrays)
            if col.when is not None:
                array = rules.apply_when(array, rules.when_mask(col.when, arrays[col.when.column]))
            array = with_nulls(array, block.rng(col.name, "nulls"), col.null_rate)
            arrays[col.name] = array.cast(self.arrow_schema.field(col.name).type)
        return arrays

    def _values(self, col: Column, block: Block, made: dict[str, pa.Array]) -> pa.Array:
        """A column's values in one block, before its `when` rule and nulls."""
        if col.after is not None:
            type_ = self.arrow_schema.field(col.name).type
            return follow(made[col.after.column], col.after.min_days, col.after.max_days, block.rng(col.name, "after"),
                          type_)
        if not has_rules(col) and col.name not in self.per_counts:
            return self.gens[col.name].fn(block)
        if col.formula is not None:
            return rules.formula_values(self.formulas[col.name], col, block, made)
        if col.by is not None:
            return self.bys[col.name].pick(made[col.by.column], block.rng(col.name, "by"))
        if col.distinct is not None:
            return self.pools.pick(col, block, col.name in self.per_counts, probe=bool(block.memo.get("probe")))
        if col.series is not None:
            per = self.per_counts.get(col.series.per or "", 1) if col.series.per else 1
            return rules.series(col, block, per, self.arrow_schema.field(col.name).type)
        if col.distribution is not None:
            return rules.distributed(col, col.distribution, block, self.gens[col.name].type)
        return self.gens[col.name].fn(block)

    def _finish(self, block: Block, arrays: dict[str, pa.Array], guards: dict[str, UniqueGuard]) -> pa.RecordBatch:
        """Table-wide steps, in block order: unique text columns."""
        for name, guard in guards.items():
            arrays[name] = guard.apply(arrays[name], block)
        return pa.RecordBatch.from_arrays([arrays[c.name] for c in self.schema.columns], schema=self.arrow_schema)
