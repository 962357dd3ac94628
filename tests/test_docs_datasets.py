"""docs/datasets.md stays true: its example is a valid dataset, every key it lists is one, and its tables join."""

from __future__ import annotations

import json
import re
from pathlib import Path

import synthgen
from synthgen.dataset import Per, Ref, TableSpec

PAGE = Path(__file__).resolve().parent.parent / "docs" / "datasets.md"


def example() -> dict:
    (block,) = re.findall(r"```json\n(.*?)```", PAGE.read_text(encoding="utf-8"), re.DOTALL)
    return json.loads(block)


def test_the_example_makes_tables_that_join() -> None:
    frames = synthgen.generate(example(), rows=200, seed=1)
    assert isinstance(frames, dict) and len(frames["customers"]) == 200
    assert frames["orders"]["customer_id"].isin(frames["customers"]["customer_id"]).all()
    assert frames["items"]["order_id"].isin(frames["orders"]["order_id"]).all()
    assert frames["items"]["sku"].isin(frames["products"]["sku"]).all()


def test_every_key_of_a_table_and_a_ref_is_in_the_page() -> None:
    text = PAGE.read_text(encoding="utf-8")
    refs = [f"ref.{k}" for k in Ref.model_fields if k not in ("table", "column")]
    for key in (*TableSpec.model_fields, "ref", *refs):
        assert f"| `{key}` |" in text, key
    assert all(f'"{key}"' in text for key in Per.model_fields if key != "distribution")
