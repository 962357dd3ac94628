"""The evaluation batches stay a regression yardstick: demo mode keeps, case by case, what it scored when the
floors were recorded (bench/eval/floors.json, by bench/eval/offline_score.py --write-floors), and the product's
documented example prompts pass every concept. The checks are the users' scorer's (../shared/eval/score.py):
meaning (labels that are not person names or filler, ranges, patterns) and relations between columns."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _offline_score() -> ModuleType:
    spec = importlib.util.spec_from_file_location("offline_score", ROOT / "bench" / "eval" / "offline_score.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


BENCH = _offline_score()
FLOORS: dict[str, dict[str, int]] = json.loads(BENCH.FLOORS.read_text(encoding="utf-8"))
SLACK = 0.01  # a batch may lose 1% of what it asks, case drops listed: values are random draws of one seed


def test_the_copy_of_the_scorer_is_the_shared_one() -> None:
    shared, copy = BENCH.SCORERS
    if not shared.exists():
        pytest.skip("shared/eval is not beside the repository; the tests use the copy in tests/data/eval")
    assert copy.read_text(encoding="utf-8") == shared.read_text(encoding="utf-8"), \
        "tests/data/eval/score.py differs from shared/eval/score.py: copy the shared one over"


def test_every_batch_has_floors() -> None:
    assert {p.name for p in BENCH.batches()} == set(FLOORS), "run bench/eval/offline_score.py --write-floors"


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_batch_holds_its_floor(name: str) -> None:
    result = BENCH.score(BENCH.HERE / name)
    floors = FLOORS[name]
    asked = sum(a for _, a, _ in result.values())
    drops = [f"{cid}: {h} < {floors[cid]} ({'; '.join(notes)})"
             for cid, (h, _, notes) in result.items() if h < floors.get(cid, 0)]
    got, floor = sum(h for h, _, _ in result.values()), sum(floors.values())
    assert got >= floor - SLACK * asked, f"{name}: {got} < floor {floor}:\n" + "\n".join(drops)


def test_documented_example_prompts_pass_every_concept() -> None:
    result = BENCH.score(BENCH.HERE / "example_cases.py")
    for cid in ("doc_ecom", "doc_health", "doc_fin"):
        hits, asked, notes = result[cid]
        assert hits == asked, f"{cid}: {hits}/{asked}: {'; '.join(notes)}"
