"""A checked request for several related tables (made by pipeline.start_dataset): its tables on demand; and the
check of the limits over the whole dataset (its rows and bytes in all, estimated before any row is made, naming
the table that passes them).

    job = pipeline.start_dataset(shop, rows=1000, seed=7)   # rows: the first table's; others follow from `per`
    for stream in job.streams():                       # TableStreams in dependency order (dataset_stream.py)
        ...
    frames = job.to_pandas()                           # {"customers": DataFrame, "orders": DataFrame, ...}
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from .dataset import Dataset
from .errors import LimitError
from .units import human_size

if TYPE_CHECKING:
    import pandas as pd
    import pyarrow as pa

    from .dataset_stream import TableStream
    from .engine.dataset import DatasetMaker


class SizeLimits(Protocol):
    """What check_size reads of pipeline.Limits: rows and bytes in all (None: no cap)."""

    @property
    def rows(self) -> int: ...
    @property
    def bytes(self) -> int | None: ...


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


def check_size(estimates: list[tuple[str, float, float]], limits: SizeLimits) -> None:
    """Refuse a dataset whose rows, or bytes, in all pass the limits, naming the table that passes them."""
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
