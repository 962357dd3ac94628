"""A request for several related tables: read the dataset, check it against the limits (its rows and bytes in
all, estimated before any row is made, naming the table that passes), seed it; then its tables on demand.

    job = start_dataset(shop, rows=1000, seed=7)     # rows: the first table's; the others follow from `per`
    for stream in job.streams():                       # TableStreams in dependency order (dataset_stream.py)
        ...
    frames = job.to_pandas()                           # {"customers": DataFrame, "orders": DataFrame, ...}
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .dataset import Dataset, parse_dataset
from .errors import CapacityError
from .units import human_size

if TYPE_CHECKING:
    import pandas as pd
    import pyarrow as pa

    from .dataset_stream import TableStream
    from .engine.dataset import DatasetMaker
    from .pipeline import Limits


@dataclass(frozen=True)
class DatasetJob:
    """A checked, seeded dataset: `rows` of its first table, each table's exact rows, its streams on demand."""

    dataset: Dataset
    rows: int
    seed: int
    maker: DatasetMaker

    @property
    def table_rows(self) -> dict[str, int]:
        """Each table's exact rows, in dependency order."""
        return {name: plan.rows for name, plan in self.maker.plans.items()}

    def streams(self) -> list[TableStream]:
        """One TableStream per table, parents before children; each table's batches are made as they are read."""
        return self.maker.streams()

    def to_arrow(self) -> dict[str, pa.Table]:
        import pyarrow as pa

        return {s.name: pa.Table.from_batches(list(s.batches), schema=s.arrow_schema) for s in self.streams()}

    def to_pandas(self) -> dict[str, pd.DataFrame]:
        return {name: table.to_pandas() for name, table in self.to_arrow().items()}


def start_dataset(source: Any, rows: int | None = None, *, seed: int | None = None, locale: str | None = None,
                  limits: Limits | None = None) -> DatasetJob:
    """Read and check a dataset for `rows` rows of its first table (None: the table's own `rows`); raise
    LimitError naming the table that makes the whole too big, before any row is made."""
    from .engine.dataset import DatasetMaker, estimate, first_rows
    from .pipeline import Limits, new_seed

    limits = limits or Limits()
    dataset = parse_dataset(source)
    if locale and locale != dataset.locale:
        dataset = parse_dataset({**dataset.model_dump(exclude_defaults=True), "locale": locale})
    first = first_rows(dataset, rows)
    limits.check_rows(first)
    check_size(estimate(dataset, first), limits)
    seed = new_seed() if seed is None else seed
    maker = DatasetMaker(dataset, first, seed)
    for name, plan in maker.plans.items():
        try:
            plan.table.check_capacity(plan.rows)
        except CapacityError as exc:
            raise CapacityError([f"table '{name}': {p}" for p in exc.problems]) from None
    return DatasetJob(dataset, first, seed, maker)


def check_size(estimates: list[tuple[str, float, float]], limits: Limits) -> None:
    """Refuse a dataset whose rows, or bytes, in all pass the limits, naming the table that passes them."""
    from .errors import LimitError

    total_rows = total_bytes = 0.0
    for name, rows, size in estimates:
        total_rows += rows
        total_bytes += size
        listing = ", ".join(f"{n} {math.ceil(r):,}" for n, r, _ in estimates)
        if total_rows > limits.rows:
            raise LimitError(f"table '{name}' takes the dataset to about {math.ceil(total_rows):,} rows ({listing}); "
                             f"the limit is {limits.rows:,} rows in all; ask for fewer rows or fewer per parent",
                             field=f"tables.{name}", limit=limits.rows)
        if limits.bytes is not None and total_bytes > limits.bytes:
            raise LimitError(f"table '{name}' takes the dataset to about {human_size(total_bytes)} ({listing} rows); "
                             f"this server makes files of up to {human_size(limits.bytes)}; ask for fewer rows or "
                             "fewer per parent", field=f"tables.{name}", limit=limits.bytes)
