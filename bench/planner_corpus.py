"""Offline planner fidelity: plan every corpus description, generate rows, check what a reader expects; print scores.

    uv run python bench/planner_corpus.py            # table per domain, overall score, misses per description
    uv run python bench/planner_corpus.py --rows 500 --quiet

The corpus (tests/planners/corpus.json) lists descriptions and checks matched by column-name substrings:
{"match": ["email"], "type": "str", "contains": "@"}, {"match": ["status"], "values": [...]},
{"match": ["age"], "type": "int", "min": 18, "max": 65}, "unique", "pattern", "after": <column>,
"distinct_from": <column>. tests/planners/test_offline.py imports this module to assert the overall score.
"""

from __future__ import annotations

import argparse
import datetime as dt
import decimal
import json
import re
import sys
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "planners" / "corpus.json"
TYPES = {
    "int": lambda v: isinstance(v, int) and not isinstance(v, bool),
    "float": lambda v: isinstance(v, (float, decimal.Decimal)),
    "number": lambda v: isinstance(v, (int, float, decimal.Decimal)) and not isinstance(v, bool),
    "str": lambda v: isinstance(v, str),
    "bool": lambda v: isinstance(v, bool),
    "date": lambda v: isinstance(v, dt.date),
    "datetime": lambda v: isinstance(v, dt.datetime),
}


@dataclass
class Outcome:
    """One description's result: its checks passed or missed, with why."""

    domain: str
    text: str
    passed: int = 0
    total: int = 0
    misses: list[str] = field(default_factory=list)
    plan_ms: float = 0.0


def load_corpus(path: Path = CORPUS) -> list[dict[str, Any]]:
    return json.loads(path.read_text(encoding="utf-8"))["entries"]


def generate(schema: Any, rows: int, seed: int = 7) -> dict[str, list[Any]]:
    """Column -> values, made by the real engine (or, before it existed, by calling Faker per column)."""
    try:
        from synthgen.engine import iter_batches
    except ImportError:  # pragma: no cover - only while the engine was being written
        return _faker_rows(schema, rows, seed)
    out: dict[str, list[Any]] = {c.name: [] for c in schema.columns}
    for batch in iter_batches(schema, rows, seed):
        for name, values in batch.to_pydict().items():
            out[name] += values
    return out


def _faker_rows(schema: Any, rows: int, seed: int) -> dict[str, list[Any]]:
    from faker import Faker

    fake = Faker(schema.locale)
    fake.seed_instance(seed)
    out: dict[str, list[Any]] = {}
    for col in sorted(schema.columns, key=lambda c: c.after is not None):
        if col.sequence:
            out[col.name] = [col.args.get("min", 0) + i for i in range(rows)]
        elif col.after is not None:
            base = out[col.after.column]
            out[col.name] = [b + dt.timedelta(days=fake.pyfloat(min_value=col.after.min_days,
                                                                max_value=col.after.max_days + 1e-6))
                             for b in base]
        else:
            out[col.name] = [getattr(fake, col.provider)(**col.args) for _ in range(rows)]
    return out


def _norm(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", name.lower())


def _columns(values: dict[str, list[Any]], patterns: list[str]) -> list[str]:
    found = []
    for pattern in patterns:
        for name in values:
            if _norm(pattern) in _norm(name) and name not in found:
                found.append(name)
    return found


def _as_bound(value: Any, sample: Any) -> Any:
    if isinstance(value, str) and isinstance(sample, dt.date):
        return dt.date.fromisoformat(value)
    return value


def check_column(check: dict[str, Any], name: str, values: dict[str, list[Any]], when: Any = None) -> str | None:
    """None if column `name` meets `check`, else why not. With the column's `when` rule, the column must be
    filled only where the rule holds, and the null count is over those rows."""
    column = values[name]
    present = [v for v in column if v is not None]
    if not present:
        return f"{name}: all null"
    expected = column
    if when is not None:
        holds = [v is not None and (v in when.values) == (when.in_ is not None) for v in values[when.column]]
        if any(v is not None and not ok for v, ok in zip(column, holds, strict=True)):
            return f"{name}: filled where {when.column} breaks its 'when' rule"
        expected = [v for v, ok in zip(column, holds, strict=True) if ok]
    if len(present) < len(expected) * 0.95 and not check.get("nullable"):
        return f"{name}: {len(expected) - len(present)} nulls"
    types = check.get("type")
    if types:
        wanted = [types] if isinstance(types, str) else types
        bad = [v for v in present if not any(TYPES[t](v) for t in wanted)]
        if bad:
            return f"{name}: {type(bad[0]).__name__} {bad[0]!r} is not {'/'.join(wanted)}"
    if "values" in check:
        allowed = {str(v).lower() for v in check["values"]}
        bad = [v for v in present if str(v).lower() not in allowed]
        if bad:
            return f"{name}: {bad[0]!r} not in {check['values']}"
    for bound, op in (("min", lambda v, b: v >= b), ("max", lambda v, b: v <= b)):
        if bound in check:
            limit = _as_bound(check[bound], present[0])
            try:
                bad = [v for v in present if not op(_comparable(v), limit)]
            except TypeError:
                return f"{name}: values like {present[0]!r} cannot be compared with {bound} {limit!r}"
            if bad:
                return f"{name}: {bad[0]!r} breaks {bound} {limit!r}"
    if "contains" in check and any(check["contains"] not in str(v) for v in present):
        return f"{name}: a value lacks {check['contains']!r}"
    if "pattern" in check and any(not re.fullmatch(check["pattern"], str(v)) for v in present):
        return f"{name}: a value does not match {check['pattern']!r}"
    if check.get("unique") and len(set(map(str, present))) < len(present):
        return f"{name}: values repeat"
    for key in ("after", "distinct_from"):
        if key in check:
            others = _columns({k: v for k, v in values.items() if k != name}, [check[key]])
            if not others:
                return f"{name}: no column like {check[key]!r} to compare with"
            pairs = [(a, b) for a, b in zip(column, values[others[0]], strict=True) if a is not None and b is not None]
            if key == "after" and any(_day(a) < _day(b) for a, b in pairs):
                return f"{name}: comes before {others[0]} in some rows"
            if key == "distinct_from" and sum(a == b for a, b in pairs) > len(pairs) * 0.1:
                return f"{name}: mostly equals {others[0]}"
    return None


def _comparable(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, decimal.Decimal):
        return float(value)
    return value


def _day(value: Any) -> Any:
    return value.date() if isinstance(value, dt.datetime) else value


def run_entry(entry: dict[str, Any], planner: Any, rows: int) -> Outcome:
    outcome = Outcome(entry["domain"], entry["text"])
    start = time.perf_counter()
    result = planner.plan(entry["text"])
    outcome.plan_ms = (time.perf_counter() - start) * 1000
    schema = result.schema
    checks = list(entry["checks"])
    rules = {c.name: c.when for c in schema.columns if c.when is not None}
    outcome.total = len(checks) + (1 if "locale" in entry else 0)
    try:
        values = generate(schema, rows)
    except Exception as exc:  # noqa: BLE001 - an engine failure is reported as a miss, the run goes on
        outcome.misses.append(f"engine failed: {type(exc).__name__}: {str(exc)[:150]}")
        return outcome
    if "locale" in entry:
        if schema.locale == entry["locale"]:
            outcome.passed += 1
        else:
            outcome.misses.append(f"locale {schema.locale}, expected {entry['locale']}")
    for check in checks:
        names = _columns(values, check["match"])
        if not names:
            outcome.misses.append(f"no column like {check['match']}")
            continue
        reasons = [check_column(check, n, values, rules.get(n)) for n in names]
        if any(r is None for r in reasons):
            outcome.passed += 1
        else:
            outcome.misses.append(reasons[0] or "")
    return outcome


def run(rows: int = 300, path: Path = CORPUS) -> list[Outcome]:
    from synthgen.planners.offline import OfflinePlanner

    planner = OfflinePlanner()
    return [run_entry(entry, planner, rows) for entry in load_corpus(path)]


def overall(outcomes: list[Outcome]) -> float:
    return sum(o.passed for o in outcomes) / max(1, sum(o.total for o in outcomes))


def table(outcomes: list[Outcome]) -> str:
    by_domain: dict[str, list[Outcome]] = defaultdict(list)
    for o in outcomes:
        by_domain[o.domain].append(o)
    lines = [f"{'domain':<14}{'descriptions':>13}{'checks':>8}{'passed':>8}{'score':>8}", "-" * 51]
    for domain, group in sorted(by_domain.items()):
        total, passed = sum(o.total for o in group), sum(o.passed for o in group)
        lines.append(f"{domain:<14}{len(group):>13}{total:>8}{passed:>8}{passed / total:>8.1%}")
    total, passed = sum(o.total for o in outcomes), sum(o.passed for o in outcomes)
    lines += ["-" * 51, f"{'overall':<14}{len(outcomes):>13}{total:>8}{passed:>8}{passed / total:>8.1%}"]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=300)
    parser.add_argument("--quiet", action="store_true", help="only the table")
    args = parser.parse_args(argv)
    outcomes = run(args.rows)
    print(table(outcomes))
    times = sorted(o.plan_ms for o in outcomes)
    print(f"\nplanning time per description: median {times[len(times) // 2]:.1f} ms, max {times[-1]:.1f} ms "
          "(the first includes loading the lexicon and the Faker catalog)")
    if not args.quiet:
        print("\nmisses:")
        for o in outcomes:
            for miss in o.misses:
                print(f"  [{o.domain}] {o.text[:70]!r}: {miss}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
