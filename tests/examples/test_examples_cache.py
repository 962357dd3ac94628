"""Plans from examples are cached like other plans (a SchemaCache in tmp_path): the same sample is a hit, a sample
that differs only in letter case is not (its categories differ), and the pipeline uses the planner it is given."""

from __future__ import annotations

from pathlib import Path

from synthgen.cache import SchemaCache
from synthgen.factory import examples_planner
from synthgen.pipeline import Request, start
from synthgen.planners.examples import ExamplesPlanner

ROWS = [{"status": s, "amount": a} for s, a in [("paid", 10), ("paid", 12), ("open", 30), ("paid", 9)]]


def test_the_same_sample_is_a_cache_hit_and_another_case_a_miss(tmp_path: Path) -> None:
    planner = ExamplesPlanner(cache=SchemaCache(tmp_path))
    first = planner.plan_examples(ROWS)
    again = ExamplesPlanner(cache=SchemaCache(tmp_path)).plan_examples(ROWS)
    assert not first.meta.cache_hit and again.meta.cache_hit and again.schema == first.schema
    shouted = planner.plan_examples([{**r, "status": r["status"].upper()} for r in ROWS])
    assert not shouted.meta.cache_hit
    assert shouted.schema.columns[0].args["elements"] == ["PAID", "OPEN"]


def test_the_pipeline_plans_examples_with_the_planner_it_is_given(tmp_path: Path) -> None:
    planner = ExamplesPlanner(cache=SchemaCache(tmp_path))
    job = start(Request(examples=ROWS, rows=3, seed=1), examples_planner=planner)
    assert job.meta.planner == "examples" and not job.meta.cache_hit
    assert start(Request(examples=ROWS, rows=3, seed=1), examples_planner=planner).meta.cache_hit
    assert examples_planner() is examples_planner()  # the Python API's: one per process
