"""docs/rules.md stays true: its example is a valid schema and its rows keep what the page says of them."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import synthgen

PAGE = Path(__file__).resolve().parent.parent / "docs" / "rules.md"


def example() -> dict:
    (block,) = re.findall(r"```json\n(.*?)```", PAGE.read_text(encoding="utf-8"), re.DOTALL)
    return json.loads(block)


def test_the_example_keeps_every_rule_the_page_states():
    frame = synthgen.generate(example(), rows=20_000, seed=1)
    refunded = frame.status == "refunded"
    assert (frame.refund_amount.notna() == refunded).all() and (frame.refunded_at.notna() == refunded).all()
    assert (frame.refund_amount[refunded] <= frame.amount[refunded]).all()
    cities = {"France": {"Paris", "Lyon"}, "Japan": {"Osaka", "Kyoto"}, "Peru": {"Lima", "Cusco"}}
    assert all(city in cities[country] for country, city in zip(frame.country, frame.city))
    gap = (frame.refunded_at - frame.paid_at)[refunded]
    assert gap.min() >= dt.timedelta(hours=12) and gap.max() <= dt.timedelta(days=30)
    size = frame.amount.map(lambda a: "small" if a < 20 else "medium" if a < 100 else "large")
    assert (frame["size"] == size).all()
    assert frame.terminal.nunique() == 12
    steps = frame.paid_at.diff().dropna()
    assert set(steps.unique()) <= {dt.timedelta(0), dt.timedelta(minutes=5)} and frame.paid_at.is_monotonic_increasing


def test_every_rule_key_of_the_schema_is_in_the_page():
    text = PAGE.read_text(encoding="utf-8")
    for key in ("formula", "when", "by", "distribution", "distinct", "series", "after"):
        assert f"| `{key}` |" in text
