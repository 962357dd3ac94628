"""Rules bench: rows/s of a 12-column schema with five column rules against the same columns without rules.

    uv run python bench/rules_bench.py [--rows 1000000] [--repeat 3] [--csv]

The rules: a formula (grade from score), `when` (refund only for refunded orders, itself a formula), `by` (city by
country), `distribution` (normal scores) and `distinct` (30 sensors). Without rules each of those columns is a
plain provider of the same type. Times the engine alone (Arrow batches, 2 threads), and with --csv the whole
CSV writing too (Arrow's CSV writer, into memory). Prints figures; asserts nothing (speed depends on the machine
and its load): medians of --repeat runs, as a shared VM swings by +-15% from run to run.
"""

from __future__ import annotations

import argparse
import io
import statistics
import time

from synthgen.engine import Table, iter_batches
from synthgen.schema import parse_schema

SHARED = [
    {"name": "order_id", "provider": "random_int", "args": {"min": 1}, "sequence": True},
    {"name": "status", "provider": "random_element", "args": {"elements": ["pending", "paid", "refunded"]},
     "weights": [1, 8, 1]},
    {"name": "amount", "provider": "pyfloat", "args": {"min_value": 5, "max_value": 900, "right_digits": 2}},
    {"name": "country", "provider": "random_element", "args": {"elements": ["France", "Japan", "Peru", "Chile"]}},
    {"name": "paid_on", "provider": "date_between", "args": {"start_date": "2024-01-01", "end_date": "2024-12-31"}},
    {"name": "shipped_on", "provider": "date_between", "after": {"column": "paid_on", "min_days": 1, "max_days": 9}},
    {"name": "customer", "provider": "user_name"},
]
PLAIN = [
    {"name": "refund_amount", "provider": "pyfloat", "args": {"min_value": 1, "max_value": 900, "right_digits": 2}},
    {"name": "city", "provider": "random_element", "args": {"elements": ["Paris", "Lyon", "Osaka", "Lima", "Other"]}},
    {"name": "score", "provider": "random_int", "args": {"min": 0, "max": 100}},
    {"name": "grade", "provider": "random_element", "args": {"elements": ["F", "D", "C", "B", "A"]}},
    {"name": "sensor", "provider": "bothify", "args": {"text": "S-####"}},
]
RULES = [
    {"name": "refund_amount", "formula": "round(amount * uniform(0.2, 1.0), 2)",
     "when": {"column": "status", "in": ["refunded"]}},
    {"name": "city", "provider": "random_element", "args": {"elements": ["Other"]},
     "by": {"column": "country", "elements": {"France": ["Paris", "Lyon"], "Japan": ["Osaka"], "Peru": ["Lima"]},
            "weights": {"France": [3, 1]}}},
    {"name": "score", "provider": "random_int", "args": {"min": 0, "max": 100},
     "distribution": {"kind": "normal", "mean": 70, "sd": 12}},
    {"name": "grade", "formula": "bucket(score, [60, 70, 80, 90], ['F', 'D', 'C', 'B', 'A'])"},
    {"name": "sensor", "provider": "bothify", "args": {"text": "S-####"}, "distinct": 30},
]


def seconds(columns: list[dict], rows: int, csv: bool) -> float:
    schema = parse_schema({"name": "bench", "columns": columns})
    Table(schema)  # compile outside the clock, as the pipeline's cache does
    start = time.perf_counter()
    batches = iter_batches(schema, rows, 1)
    if csv:
        _csv(batches, schema)
    else:
        for _ in batches:
            pass
    return time.perf_counter() - start


def _csv(batches, schema) -> None:
    import pyarrow.csv as pacsv

    sink = io.BytesIO()
    with pacsv.CSVWriter(sink, Table(schema).arrow_schema) as writer:
        for batch in batches:
            writer.write_batch(batch)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--csv", action="store_true", help="also time writing CSV (Arrow's writer)")
    args = parser.parse_args()
    modes = [False, True] if args.csv else [False]
    for csv in modes:
        plain, ruled = [], []
        for _ in range(args.repeat):  # interleaved, so load swings hit both alike
            plain.append(seconds(SHARED + PLAIN, args.rows, csv))
            ruled.append(seconds(SHARED + RULES, args.rows, csv))
        p, r = statistics.median(plain), statistics.median(ruled)
        label = "engine + CSV" if csv else "engine"
        print(f"{label}: {args.rows:,} rows x 12 columns, median of {args.repeat}")
        print(f"  without rules: {args.rows / p:12,.0f} rows/s ({p:.2f} s)")
        print(f"  five rules:    {args.rows / r:12,.0f} rows/s ({r:.2f} s)")
        print(f"  rules cost {100 * (1 - p / r):.1f}% of throughput (limit: 40%)")


if __name__ == "__main__":
    main()
