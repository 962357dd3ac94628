"""Formula bench: seconds to evaluate the schema contract's example formulas over 1M rows, block by block.

    uv run python bench/formula_bench.py [--rows 1000000] [--block 32768] [--repeat 3]

Prints figures; asserts nothing (speed depends on the machine and its load). Inputs are made once per block
with numpy (not timed); each formula is parsed once and evaluated per block with its own seeded rng, as the
engine will do; the median of --repeat runs is shown.
"""

from __future__ import annotations

import argparse
import statistics
import time

import numpy as np
import pyarrow as pa

from synthgen import arrays
from synthgen.engine.formula import MAX_LENGTH, parse

COLUMNS = {"amount": "float", "quantity": "int", "unit_price": "float", "score": "int", "admitted": "date",
           "hired": "datetime", "first_name": "str", "last_name": "str"}
EXAMPLES = [
    "round(amount * uniform(0.2, 1.0), 2)",
    "quantity * unit_price",
    "if(score >= 90, 'A', if(score >= 80, 'B', 'C'))",
    "bucket(score, [60, 70, 80, 90], ['F', 'D', 'C', 'B', 'A'])",
    "admitted + days(randint(1, 14))",
    "concat(first_name, ' ', last_name)",
    "year(hired)",
    "clip(normal(21, 1.5), 15, 30)",
]


def block_inputs(n: int, seed: int) -> dict[str, pa.Array]:
    rng = np.random.default_rng(seed)
    names = ["Ann", "Bo", "Chloé", "Dev", "Eun-ji", "Farah"]
    return {
        "amount": arrays.from_numpy(np.round(rng.uniform(5, 900, n), 2)),
        "quantity": arrays.from_numpy(rng.integers(1, 20, n)),
        "unit_price": arrays.from_numpy(np.round(rng.uniform(0.5, 50, n), 2)),
        "score": arrays.from_numpy(rng.integers(0, 101, n)),
        "admitted": arrays.from_numpy(np.datetime64("2024-01-01") + rng.integers(0, 366, n).astype("m8[D]")),
        "hired": arrays.from_numpy(np.datetime64("2020-01-01T00:00:00", "us") + rng.integers(0, 10**14, n).astype(
            "m8[us]"), pa.timestamp("us")),
        "first_name": arrays.strings([names[i] for i in rng.integers(0, len(names), n)]),
        "last_name": arrays.strings([names[i] for i in rng.integers(0, len(names), n)]),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--block", type=int, default=32768)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    starts = range(0, args.rows, args.block)
    blocks = [block_inputs(min(args.block, args.rows - s), i) for i, s in enumerate(starts)]
    print(f"{args.rows:,} rows in blocks of {args.block:,}; median of {args.repeat} runs")
    for text in EXAMPLES:
        formula = parse(text, COLUMNS)
        runs = []
        for _ in range(args.repeat):
            began = time.perf_counter()
            for i, inputs in enumerate(blocks):
                formula.evaluate(inputs, np.random.default_rng([1, i]), len(inputs["amount"]))
            runs.append(time.perf_counter() - began)
        print(f"  {statistics.median(runs):7.3f} s  {formula.type:8}  {text}")
    longest = " + ".join(["round(amount * uniform(0.2, 1.0), 2)"] * 60)[:MAX_LENGTH].rsplit(" + ", 1)[0]
    began = time.perf_counter()
    for _ in range(100):
        parse(longest, COLUMNS)
    print(f"parse of a {len(longest):,}-character formula: {(time.perf_counter() - began) * 10:.2f} ms")


if __name__ == "__main__":
    main()
