"""Dataset bench: rows/s and peak RSS for three related tables made as streams (customers, ~3x orders, ~9x items).

    uv run python bench/dataset_bench.py [--customers 1000000] [--parquet DIR] [--key int|uuid] [--seed 1]

customers (id, name, email, country, signup date) -> orders, 1 to 5 per customer (id, customer_id, order date
after the customer's signup date, status) -> items, 1 to 5 per order (id, order_id, a product picked by zipf from
10,000 products, quantity, line total from the product's price). Each table's batches are consumed as they come,
counted, or written to DIR/<table>.parquet with pyarrow directly (--parquet). Prints each table's rows, seconds and
rows/s, the peak RSS of the process after it, and the bytes kept of referenced tables (keys and read columns) at
their largest. --key uuid makes the orders' key a uuid4 text (the costliest key to keep). Asserts nothing.
"""

from __future__ import annotations

import argparse
import resource
import time
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq

from synthgen.dataset import parse_dataset
from synthgen.engine.dataset import DatasetMaker


def shop(key: str) -> dict[str, Any]:
    order_id = ({"name": "order_id", "provider": "uuid4", "unique": True} if key == "uuid" else
                {"name": "order_id", "provider": "random_int", "args": {"min": 1}, "sequence": True, "unique": True})
    sequence = {"provider": "random_int", "args": {"min": 1}, "sequence": True, "unique": True}
    return {"name": "shop", "tables": [
        {"name": "customers", "columns": [
            {"name": "customer_id", **sequence}, {"name": "name", "provider": "name"},
            {"name": "email", "provider": "free_email"},
            {"name": "country", "provider": "random_element", "args": {"elements": ["France", "Japan", "USA"]}},
            {"name": "signup_date", "provider": "date_between",
             "args": {"start_date": "2020-01-01", "end_date": "2024-12-31"}}]},
        {"name": "products", "rows": 10_000, "columns": [
            {"name": "sku", "provider": "bothify", "args": {"text": "SKU-######"}, "unique": True},
            {"name": "price", "provider": "pyfloat", "args": {"min_value": 1, "max_value": 500, "right_digits": 2}}]},
        {"name": "orders", "per": {"table": "customers", "min": 1, "max": 5}, "columns": [
            order_id, {"name": "customer_id", "ref": {"table": "customers"}},
            {"name": "order_date", "provider": "date_between",
             "after": {"column": "customers.signup_date", "min_days": 0, "max_days": 400}},
            {"name": "status", "provider": "random_element", "args": {"elements": ["pending", "paid", "shipped"]},
             "weights": [1, 3, 6]}]},
        {"name": "items", "per": {"table": "orders", "min": 1, "max": 5}, "columns": [
            {"name": "item_id", **sequence}, {"name": "order_id", "ref": {"table": "orders"}},
            {"name": "sku", "ref": {"table": "products", "distribution": {"kind": "zipf", "a": 1.2}}},
            {"name": "quantity", "provider": "random_int", "args": {"min": 1, "max": 4}},
            {"name": "line_total", "formula": "round(quantity * products.price, 2)"}]}]}


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def kept_mb(maker: DatasetMaker) -> float:
    kept = sum(values.nbytes for table in maker.held.values() for values in table.values())
    offsets = sum(p.offsets.nbytes for p in maker.plans.values() if p.offsets is not None)
    return (kept + offsets) / 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=1_000_000)
    parser.add_argument("--parquet", type=Path, default=None, help="write DIR/<table>.parquet (else only count)")
    parser.add_argument("--key", choices=("int", "uuid"), default="int", help="the orders' key")
    parser.add_argument("--seed", type=int, default=1)
    options = parser.parse_args()
    print(f"before: peak RSS {peak_mb():.0f} MB")
    start = time.perf_counter()
    maker = DatasetMaker(parse_dataset(shop(options.key)), options.customers, options.seed)
    print(f"plan (every table's exact rows): {time.perf_counter() - start:.2f} s, "
          f"{', '.join(f'{n} {p.rows:,}' for n, p in maker.plans.items())}; peak RSS {peak_mb():.0f} MB")
    if options.parquet is not None:
        options.parquet.mkdir(parents=True, exist_ok=True)
    total_rows, total_seconds, most_kept = 0, 0.0, 0.0
    for stream in maker.streams():
        start = time.perf_counter()
        rows = 0
        writer = pq.ParquetWriter(options.parquet / f"{stream.name}.parquet", stream.arrow_schema) \
            if options.parquet is not None else None
        for batch in stream.batches:
            rows += batch.num_rows
            if writer is not None:
                writer.write_batch(batch)
            most_kept = max(most_kept, kept_mb(maker))
        if writer is not None:
            writer.close()
        seconds = time.perf_counter() - start
        total_rows, total_seconds = total_rows + rows, total_seconds + seconds
        most_kept = max(most_kept, kept_mb(maker))
        print(f"{stream.name:>10}: {rows:>11,} rows in {seconds:7.2f} s = {rows / max(seconds, 1e-9):>10,.0f} rows/s; "
              f"peak RSS {peak_mb():.0f} MB; kept of referenced tables now {kept_mb(maker):.1f} MB")
    size = sum(f.stat().st_size for f in options.parquet.glob("*.parquet")) / 1e6 if options.parquet else 0
    print(f"all: {total_rows:,} rows in {total_seconds:.1f} s = {total_rows / total_seconds:,.0f} rows/s; peak RSS "
          f"{peak_mb():.0f} MB; kept at most {most_kept:.1f} MB" + (f"; Parquet {size:.0f} MB" if size else ""))


if __name__ == "__main__":
    main()
