"""Score the evaluation batches in-process against demo mode (the offline planner and the engine, as the API
runs them), without a server: the same checks as ../shared/eval/score.py, which it imports.

    uv run python bench/eval/offline_score.py                      # every batch: per-batch figures
    uv run python bench/eval/offline_score.py --verbose FILE.py     # one batch, per case with the reasons
    uv run python bench/eval/offline_score.py --write-floors        # record today's per-case figures
    uv run python bench/eval/offline_score.py --timing              # also the median and p95 plan time

tests/planners/test_eval_batches.py holds the planner to the recorded floors (bench/eval/floors.json), so a
batch scored once stays a regression yardstick. A fresh batch is still scored first with score.py over HTTP,
once, before any fix (bench/eval/README.md)."""

from __future__ import annotations

import csv
import importlib.util
import io
import json
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
FLOORS = HERE / "floors.json"
ROWS, SEED = 200, 20261202
SCORERS = (ROOT.parent / "shared" / "eval" / "score.py", ROOT / "tests" / "data" / "eval" / "score.py")


def _module(path: Path, name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def scorer() -> ModuleType:
    """shared/eval/score.py beside the repo, else the copy in tests/data/eval (a test keeps them equal)."""
    return _module(next(p for p in SCORERS if p.exists()), "synthgen_eval_score")


def batches() -> list[Path]:
    return sorted(p for p in HERE.glob("*.py") if p.name not in ("offline_score.py", "__init__.py"))


def cases(path: Path) -> list[dict[str, Any]]:
    return list(_module(path, f"synthgen_eval_{path.stem}").CASES)


def table(description: str) -> tuple[list[str], list[list[str]]]:
    """Header and rows of the CSV demo mode makes for a description (the API's bytes: safe CSV)."""
    from synthgen import pipeline
    from synthgen.planners.offline import OfflinePlanner

    schema = OfflinePlanner().plan(description).schema
    text = b"".join(pipeline.stream(schema, ROWS, "csv", SEED)).decode("utf-8-sig")
    data = list(csv.reader(io.StringIO(text)))
    return data[0], data[1:]


def score(path: Path, score_mod: ModuleType | None = None) -> dict[str, tuple[int, int, list[str]]]:
    """case id -> (hits, asked, notes) for one batch file."""
    mod = score_mod or scorer()
    out = {}
    for case in cases(path):
        header, rows = table(case["description"])
        hit, asked, _, _, notes = mod.score_case(case, header, rows)
        out[case["id"]] = (hit, asked, notes)
    return out


def plan_times(paths: list[Path]) -> list[float]:
    """Seconds per plan of every description, each by a fresh planner (no kept plans), data files loaded."""
    import time

    from synthgen.planners.offline import OfflinePlanner

    OfflinePlanner().plan("customers with name and email")  # loads the data files once, as a server has
    out = []
    for path in paths:
        for case in cases(path):
            start = time.perf_counter()
            OfflinePlanner().plan(case["description"])
            out.append(time.perf_counter() - start)
    return sorted(out)


def main(argv: list[str]) -> int:
    verbose = "--verbose" in argv
    paths = [Path(a) for a in argv if a.endswith(".py")] or batches()
    floors: dict[str, dict[str, int]] = {}
    mod = scorer()
    for path in paths:
        result = score(path, mod)
        hits, asked = sum(h for h, _, _ in result.values()), sum(a for _, a, _ in result.values())
        print(f"{path.name}: {hits}/{asked} ({100 * hits / asked:.0f}%)")
        if verbose:
            for cid, (h, a, notes) in result.items():
                print(f"  {cid}: {h}/{a} {'; '.join(notes)}")
        floors[path.name] = {cid: h for cid, (h, _, _) in result.items()}
    if "--timing" in argv:
        times = plan_times(paths)
        print(f"plan time over {len(times)} descriptions: median {1000 * times[len(times) // 2]:.1f} ms, "
              f"p95 {1000 * times[int(len(times) * 0.95)]:.1f} ms, max {1000 * times[-1]:.1f} ms")
    if "--write-floors" in argv:
        FLOORS.write_text(json.dumps(floors, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        print(f"floors written to {FLOORS.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
