"""The engine of a dataset of several related tables: one TableStream per table, in dependency order, streamed.

Each table is made by the one-table engine (Table.batches) from its own schema (dataset_check.table_schemas),
with the values of its `ref` columns and of the `table.column`s it reads handed in per block:

- A child's rows are grouped by parent: parent p has counts[p] children (drawn per parent block from a seeded
  generator, so the child's size is exact and known before any row is made), and child row r belongs to the
  parent p with offsets[p] <= r < offsets[p + 1]; its link is the parent's key at p, and `parent.column` reads
  the parent's value at p. A `ref` to any other table picks a row position (engine/dataset_counts.Picker).
- A referenced table's key column, and the columns other tables read, are kept as the table streams by (and
  made again, only if a child is read before its parent was): nothing else of it is held, and it is dropped
  once every table reading it is made. Per million rows of a referenced table: 8 MB of offsets when it has
  children (made up front, so each child's exact size is known), 8 MB for an integer key (4 for a date key),
  about 40 MB for a uuid4 text key (twice that for a moment, while its chunks are joined), plus what children
  read: 8 MB per float or int column, 4 per date, the text's bytes for text (bench/dataset_bench.py measures it).

Every table draws from its own seed (the request's seed and its name), so the same (dataset, rows, seed) gives
the same batches however they are consumed.
"""

from __future__ import annotations

import threading
from collections.abc import Generator, Iterator
from dataclasses import dataclass, field
from typing import cast

import numpy as np
import pyarrow as pa

from .. import arrays
from ..dataset import Dataset, TableSpec
from ..dataset_check import key_of, link, order, reads, table_schemas
from ..dataset_stream import ForeignKey, TableStream
from ..errors import SchemaError
from ..schema import DatasetSchema
from . import compile_schema
from .block import Block, stable_key
from .dataset_counts import Picker, draw_counts, mean_count
from .table import Given, Table


def table_seed(seed: int, table: str) -> int:
    """A table's own seed: its rows never repeat another table's draws (a `name` column in two tables)."""
    state = np.random.SeedSequence([seed & 0xFFFFFFFF, seed >> 32, stable_key(table)]).generate_state(1, np.uint64)
    return int(state[0] >> np.uint64(1))


def first_rows(dataset: Dataset, rows: int | None) -> int:
    """The first table's rows: the request's, else its own `rows`."""
    return rows if rows is not None else dataset.tables[0].rows or 1000


def estimate(dataset: Dataset, rows: int | None) -> list[tuple[str, float, float]]:
    """(table, about how many rows, about how many bytes) in dependency order, before any row is made: a child
    has its parent's rows times the mean of `per`."""
    schemas = table_schemas(dataset)
    counts: dict[str, float] = {}
    out = []
    for name in order(dataset):
        spec = dataset.table(name)
        if spec is dataset.tables[0]:
            counts[name] = float(first_rows(dataset, rows))
        elif spec.per is not None:
            counts[name] = counts[spec.per.table] * mean_count(spec.per.min, spec.per.max, spec.per.distribution)
        else:
            counts[name] = float(spec.rows or 0)
        out.append((name, counts[name], counts[name] * max(compile_schema(schemas[name]).row_bytes, 1.0)))
    return out


@dataclass
class _Plan:
    spec: TableSpec
    schema: DatasetSchema
    table: Table
    seed: int
    rows: int
    output: list[str]
    offsets: np.ndarray | None = None  # a child's: where each parent row's children start (parent rows + 1)
    pickers: dict[str, Picker] = field(default_factory=dict)


class _Rows:
    """A table's batches: each iteration makes them afresh (the same batches every time)."""

    def __init__(self, maker: DatasetMaker, name: str) -> None:
        self._maker, self._name = maker, name

    def __iter__(self) -> Iterator[pa.RecordBatch]:
        return self._maker.batches(self._name)


class DatasetMaker:
    """The plan of a dataset for (rows, seed): every table's exact size, and its batches on demand."""

    def __init__(self, dataset: Dataset, rows: int | None, seed: int) -> None:
        self.dataset, self.seed = dataset, seed
        schemas = table_schemas(dataset)
        self.order = order(dataset)
        names = set(self.order)
        self.plans: dict[str, _Plan] = {}
        for name in self.order:
            spec = dataset.table(name)
            table = compile_schema(schemas[name])
            plan = _Plan(spec, schemas[name], table, table_seed(seed, name), 0, [c.name for c in spec.columns])
            if spec is dataset.tables[0]:
                plan.rows = first_rows(dataset, rows)
            elif spec.per is None:
                plan.rows = spec.rows or 0
            else:
                plan.offsets = self._offsets(plan, self.plans[spec.per.table])
                plan.rows = int(plan.offsets[-1])
            self.plans[name] = plan
        for plan in self.plans.values():
            for col in plan.spec.refs:
                if col.ref is not None and col is not plan.spec.parent_ref:
                    target = self.plans[col.ref.table].rows
                    if target == 0 and plan.rows > 0:
                        raise SchemaError(f"table '{plan.spec.name}': column '{col.name}' picks rows of table "
                                          f"'{col.ref.table}', which has none with these rows and seed; raise its "
                                          "'per' min or the rows")
                    plan.pickers[col.name] = Picker(target, col.ref.distribution)
        # What each referenced table keeps while it streams: its key and the columns others read.
        self.keep: dict[str, set[str]] = {}
        self.readers: dict[str, set[str]] = {}
        for name in self.order:
            spec = self.plans[name].spec
            for col in spec.refs:
                assert col.ref is not None
                self.keep.setdefault(col.ref.table, set()).add(key_of(dataset, col.ref.table) or "")
                self.readers.setdefault(col.ref.table, set()).add(name)
            for read, column in reads(spec, names):
                self.keep.setdefault(read, set()).add(column)
        self.held: dict[str, dict[str, pa.Array]] = {}
        self._done: dict[str, set[str]] = {}
        self._lock = threading.RLock()

    def _offsets(self, plan: _Plan, parent: _Plan) -> np.ndarray:
        """Children per parent row, drawn per parent block, as offsets (cumulative counts from 0)."""
        per = plan.spec.per
        assert per is not None
        step = parent.table.block_rows(parent.rows)
        counts = [draw_counts(per.min, per.max, per.distribution,
                              np.random.default_rng([plan.seed, start // step, stable_key("per")]),
                              min(step, parent.rows - start))
                  for start in range(0, parent.rows, step)]
        offsets = np.zeros(parent.rows + 1, dtype=np.int64)
        np.cumsum(np.concatenate(counts) if counts else np.zeros(0, np.int64), out=offsets[1:])
        return offsets

    def streams(self) -> list[TableStream]:
        """One stream per table, in dependency order (a parent before its children)."""
        out = []
        for name in self.order:
            plan = self.plans[name]
            spec = plan.spec
            fields = [plan.table.arrow_schema.field(c) for c in plan.output]
            key = key_of(self.dataset, name) if name in self.keep else (spec.key.name if spec.key else None)
            links = tuple(ForeignKey(c.name, c.ref.table, key_of(self.dataset, c.ref.table) or "")
                          for c in spec.refs if c.ref is not None)
            out.append(TableStream(name, pa.schema(fields), _Rows(self, name), key, links, _scales(spec), plan.rows))
        return out

    def batches(self, name: str) -> Iterator[pa.RecordBatch]:
        """A table's batches (its own columns only), keeping what other tables need of it on the way."""
        plan = self.plans[name]
        given = self._given(plan) if plan.spec.refs else None
        keep = sorted(self.keep.get(name, ())) if name not in self.held else []
        chunks: dict[str, list[pa.Array]] = {c: [] for c in keep}
        made = cast(Generator[pa.RecordBatch, None, None], plan.table.batches(plan.rows, plan.seed, given=given))
        try:
            for batch in made:
                for column in keep:
                    chunks[column].append(batch.column(column))
                yield batch.select(plan.output) if len(plan.output) < batch.num_columns else batch
        finally:
            made.close()
        if keep:
            with self._lock:
                self.held[name] = {c: _whole(chunks[c], plan.table.arrow_schema.field(c).type) for c in keep}
        self._release(plan)

    def _need(self, name: str) -> dict[str, pa.Array]:
        """What is kept of a referenced table, made now if it has not streamed by yet."""
        with self._lock:
            if name not in self.held:
                for _ in self.batches(name):
                    pass
            return self.held[name]

    def _release(self, plan: _Plan) -> None:
        """Drop what is kept of the tables `plan` reads once every table reading them is made."""
        with self._lock:
            for col in plan.spec.refs:
                assert col.ref is not None
                table = col.ref.table
                self._done.setdefault(table, set()).add(plan.spec.name)
                if self._done[table] >= self.readers.get(table, set()):
                    self.held.pop(table, None)

    def _given(self, plan: _Plan) -> Given:
        spec = plan.spec
        names = set(self.order)
        tables = {c.ref.table for c in spec.refs if c.ref is not None}
        held = {t: self._need(t) for t in tables}
        keys = {t: key_of(self.dataset, t) or "" for t in tables}
        parent = spec.parent_ref
        offsets = plan.offsets
        read = [(t, c, link(spec, t)) for t, c in reads(spec, names)]

        def given(block: Block) -> dict[str, pa.Array]:
            out: dict[str, pa.Array] = {}
            picks: dict[str, np.ndarray] = {}
            for col in spec.refs:
                assert col.ref is not None
                if col is parent and offsets is not None:
                    idx = np.searchsorted(offsets, block.row_ids, side="right") - 1
                else:
                    idx = plan.pickers[col.name].pick(block.rng(col.name, "ref"), block.n)
                picks[col.name] = idx
                out[col.name] = _take(held[col.ref.table][keys[col.ref.table]], idx)
            for table, column, via in read:
                assert via is not None
                out[f"{table}.{column}"] = _take(held[table][column], picks[via.name])
            return out

        return given


def _whole(chunks: list[pa.Array], type_: pa.DataType) -> pa.Array:
    """A kept column as one array, so a block's lookups take only its rows (taking from a chunked array joins
    its chunks on every call); text past 2 GB in all is held as large_string, which one array's offsets hold."""
    if (pa.types.is_string(type_) or pa.types.is_binary(type_)) and sum(c.nbytes for c in chunks) >= 2**31 - 1:
        type_ = pa.large_string() if pa.types.is_string(type_) else pa.large_binary()
        chunks = [c.cast(type_) for c in chunks]
    return pa.concat_arrays(chunks) if chunks else pa.nulls(0, type_)


def _take(values: pa.Array, idx: np.ndarray) -> pa.Array:
    return values.take(arrays.from_numpy(idx.astype(np.int64, copy=False)))


def _scales(spec: TableSpec) -> dict[str, int]:
    """Decimal places of amount columns (pyfloat with right_digits, pydecimal): NUMERIC(p, scale) for writers."""
    out = {}
    for col in spec.columns:
        if col.provider == "pydecimal" or col.provider == "pyfloat" and col.args.get("right_digits") is not None:
            out[col.name] = int(col.args.get("right_digits", 2))
    return out


def dataset_streams(dataset: Dataset, rows: int | None, seed: int) -> list[TableStream]:
    """The dataset's tables as streams, in dependency order; `rows` sets the first table's (None: its own)."""
    return DatasetMaker(dataset, rows, seed).streams()


__all__ = ["DatasetMaker", "dataset_streams", "estimate", "first_rows", "table_seed"]
