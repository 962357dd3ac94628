"""Engine bench: the CLI against a per-row Faker loop, peak memory while streaming, and distinct-value fidelity.

    uv run python bench/engine_bench.py [--schema PATH] [--rows 1000000] [--loop-rows 20000] [--repeat 5]
                                        [--memory-rows 10000000] [--fidelity-rows 100000] [--skip-memory]

Prints figures; asserts nothing (speed depends on the machine and its load). Timings on a shared VM swing by
+-15% from run to run, so the CLI runs --repeat times and the loop 3 times, and their medians are compared.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_SCHEMA = HERE.parent.parent / "shared" / "bench" / "ecommerce.json"
if not DEFAULT_SCHEMA.exists():
    DEFAULT_SCHEMA = HERE.parent / "tests" / "data" / "ecommerce.json"


# Let child processes cache bytecode (some shells set PYTHONDONTWRITEBYTECODE, which makes every start compile).
CHILD_ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def run_cli(schema: Path, rows: int, out: Path) -> tuple[float, int]:
    """Wall seconds and peak RSS (KiB) of one whole `synthgen generate` process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "synthgen", "generate", "--schema", str(schema), "--rows", str(rows),
                    "--seed", "1", "--output", str(out)], check=True, stderr=subprocess.DEVNULL, env=CHILD_ENV)
    elapsed = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return elapsed, max(peak, before)


def child_peak(schema: Path, rows: int, out: Path) -> int:
    """Peak RSS (KiB) of a fresh CLI process (measured in a child of a child, so maxima do not mix)."""
    code = (
        "import resource, subprocess, sys;"
        f"subprocess.run([sys.executable, '-m', 'synthgen', 'generate', '--schema', {str(schema)!r}, '--rows',"
        f" '{rows}', '--seed', '1', '--output', {str(out)!r}], check=True, stderr=subprocess.DEVNULL);"
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
    )
    done = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True, env=CHILD_ENV)
    return int(done.stdout)


def per_row_loop(schema_path: Path, rows: int) -> tuple[float, dict[str, list]]:
    """Rows/s of the naive generator: one Faker call per cell, as most fake-data scripts do."""
    from faker import Faker

    from synthgen.schema import load_schema

    schema = load_schema(schema_path)
    fake = Faker(schema.locale)
    fake.seed_instance(1)
    calls = [(c.name, getattr(fake, c.provider), c.faker_args) for c in schema.columns]
    values: dict[str, list] = {name: [] for name, _, _ in calls}
    start = time.perf_counter()
    for _ in range(rows):
        for name, method, args in calls:
            values[name].append(method(**args))
    return rows / (time.perf_counter() - start), values


def fidelity(schema_path: Path, rows: int) -> list[tuple[str, str, float, float]]:
    """Share of distinct values per column: SynthGen's engine against per-row Faker, same rows."""
    import pyarrow as pa

    from synthgen.engine import iter_batches
    from synthgen.schema import load_schema

    schema = load_schema(schema_path)
    ours = pa.Table.from_batches(list(iter_batches(schema, rows, 1)))
    _, faker_values = per_row_loop(schema_path, rows)
    table = []
    for col in schema.columns:
        mine = len(set(ours.column(col.name).to_pylist())) / rows
        theirs = len(set(map(str, faker_values[col.name]))) / rows
        table.append((col.name, col.provider, mine, theirs))
    return table


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--schema", type=Path, default=DEFAULT_SCHEMA)
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--loop-rows", type=int, default=20_000)
    parser.add_argument("--repeat", type=int, default=5, help="CLI runs; the median is reported")
    parser.add_argument("--memory-rows", type=int, default=10_000_000)
    parser.add_argument("--fidelity-rows", type=int, default=100_000)
    parser.add_argument("--skip-memory", action="store_true")
    parser.add_argument("--skip-fidelity", action="store_true")
    args = parser.parse_args()
    print(f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.2f}; schema {args.schema}")

    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "out.csv"
        run_cli(args.schema, 1000, out)  # warm the file cache
        times = [run_cli(args.schema, args.rows, out)[0] for _ in range(max(1, args.repeat))]
        seconds = statistics.median(times)
        cli_rate = args.rows / seconds
        size = out.stat().st_size
        loops = [per_row_loop(args.schema, args.loop_rows)[0] for _ in range(3)]
        loop_rate = statistics.median(loops)
        print(f"\nCLI, whole process: {args.rows:,} rows to CSV ({size / 1e6:.0f} MB) in {seconds:.2f} s "
              f"= {cli_rate:,.0f} rows/s (median of {len(times)} runs: {', '.join(f'{t:.2f}' for t in times)} s)")
        print(f"per-row Faker loop: {args.loop_rows:,} rows = {loop_rate:,.0f} rows/s "
              f"(median of 3: {', '.join(f'{r:,.0f}' for r in loops)})")
        print(f"ratio: {cli_rate / loop_rate:,.0f}x (target >= 250x)")

        if not args.skip_memory:
            idle = child_peak(args.schema, 1, out)
            peak = child_peak(args.schema, args.memory_rows, out)
            print(f"\npeak RSS: {idle / 1024:.0f} MB for 1 row, {peak / 1024:.0f} MB for {args.memory_rows:,} rows "
                  f"streamed to a file: +{(peak - idle) / 1024:.0f} MB (target <= 200 MB)")

    if not args.skip_fidelity:
        print(f"\ndistinct values at {args.fidelity_rows:,} rows (target: SynthGen >= 80% of per-row Faker)")
        print(f"{'column':16} {'provider':16} {'SynthGen':>9} {'Faker':>9} {'ratio':>7}")
        worst = 1.0
        for name, provider, mine, theirs in fidelity(args.schema, args.fidelity_rows):
            ratio = mine / theirs if theirs else 1.0
            worst = min(worst, ratio)
            print(f"{name:16} {provider:16} {mine:9.3f} {theirs:9.3f} {ratio:7.2f}")
        print(f"worst ratio: {worst:.2f}")


if __name__ == "__main__":
    main()
