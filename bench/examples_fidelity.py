"""Examples fidelity bench: for a few sample files, per column, the kind the examples planner inferred and how
closely 100,000 generated rows follow the sample.

    uv run python bench/examples_fidelity.py [--rows 100000] [--seed 1] [FILE ...]

Files default to tests/data/examples/ (orders.csv, people.jsonl). The fidelity figure, per column:
- categories (values reused): total variation distance between the sample's and the output's shares (0 = the
  same shares, 1 = disjoint), as "tvd";
- numbers, dates and datetimes: the largest gap between the sample's and the output's 10/50/90th percentiles,
  as a share of the sample's range ("q-gap");
- every column: the null share in the sample and in the output.
Columns made afresh (names, emails, codes, text) show only their null shares and how many sample values reappear
in the output ("copied", which should be 0 for personal columns). Asserts nothing; prints a table.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import pandas as pd

from synthgen.pipeline import Request, start
from synthgen.planners.base import PlanResult
from synthgen.planners.examples import ExamplesPlanner, kinds, read_sample

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = [ROOT / "tests/data/examples/orders.csv", ROOT / "tests/data/examples/people.jsonl"]


def _frame(path: Path) -> pd.DataFrame:
    sample = read_sample(path)
    frame = pd.DataFrame(sample.rows, columns=sample.columns)
    return frame


def _numeric(series: pd.Series, kind: str = "") -> pd.Series:
    if kind in ("date", "datetime"):
        stamps = pd.to_datetime(series.astype(str).replace({"": None, "None": None, "NaT": None}), errors="coerce",
                                format="mixed").dropna()
        return (stamps - pd.Timestamp("1970-01-01")) / pd.Timedelta(days=1)  # days
    return pd.to_numeric(series, errors="coerce").dropna()


def _tvd(a: pd.Series, b: pd.Series) -> float:
    left = a.dropna().astype(str).str.lower().value_counts(normalize=True)
    right = b.dropna().astype(str).str.lower().value_counts(normalize=True)
    return 0.5 * float(left.subtract(right, fill_value=0).abs().sum())


def _q_gap(a: pd.Series, b: pd.Series, kind: str) -> float | None:
    x, y = _numeric(a, kind), _numeric(b, kind)
    if x.empty or y.empty:
        return None
    span = float(x.max() - x.min()) or 1.0
    return max(abs(float(x.quantile(q)) - float(y.quantile(q))) for q in (0.1, 0.5, 0.9)) / span


def _nulls(series: pd.Series) -> float:
    return float(series.isna().mean() + (series.astype(str) == "").mean() * series.notna().mean())


def report(path: Path, rows: int, seed: int) -> None:
    started = time.perf_counter()
    job = start(Request(examples=path, rows=rows, seed=seed), examples_planner=ExamplesPlanner())
    planned = time.perf_counter() - started
    result = PlanResult(job.schema, job.meta)  # type: ignore[arg-type]
    found = kinds(result)
    sample = _frame(path)
    started = time.perf_counter()
    made = job.to_pandas()
    seconds = time.perf_counter() - started
    print(f"\n{path.name}: {len(sample):,} examples, {len(sample.columns)} columns; planned in {planned:.2f} s, "
          f"{rows:,} rows made in {seconds:.2f} s")
    print(f"{'column':<18} {'kind':<16} {'figure':<22} {'nulls sample/out':<18} copied")
    columns = {c.name: c for c in result.schema.columns}
    for name in sample.columns:
        col = columns[name]
        kind = found.get(name, "?")
        if col.by is not None or col.provider == "random_element" or kind == "bool":
            figure = f"tvd {_tvd(sample[name], made[name]):.3f}"
        elif kind in ("int", "float", "formula", "date", "datetime") and _numeric(sample[name], kind).size:
            gap = _q_gap(sample[name], made[name], kind)
            figure = "-" if gap is None else f"q-gap {gap:.3f}"
        else:
            figure = "made afresh"
        values = {str(v) for v in sample[name].dropna() if str(v)}
        copied = "" if col.provider == "random_element" else str(len(values & set(made[name].dropna().astype(str))))
        nulls = f"{_nulls(sample[name]):.2f}/{_nulls(made[name]):.2f}"
        print(f"{name[:18]:<18} {kind[:16]:<16} {figure:<22} {nulls:<18} {copied}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path, default=DEFAULT)
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    options = parser.parse_args()
    for path in options.files:
        report(path, options.rows, options.seed)


if __name__ == "__main__":
    main()
