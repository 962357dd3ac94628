"""Offline planner, a group of ranges follows its number: 'age, age group (18-29, 30-39, 40-49 ...)' makes the age
group the band of the row's age (bucket), the listed bands continued at the same step until they cover the
number's range. A column of ranges with no number of its head word beside it changes nothing."""

from __future__ import annotations

import itertools
import re

from .fields import Field
from .refs import ref

_NUMERIC = ("random_int", "pyint", "pyfloat", "pydecimal")
_RANGE = re.compile(r"^\s*(\d+)\s*(?:-|–|to)\s*(\d+)\s*$")
_OPEN = re.compile(r"^\s*(\d+)\s*\+\s*$")
_GROUP_WORDS = frozenset({"group", "band", "bracket", "range", "class", "category", "bucket", "tier"})


def _bands(values: list[object]) -> list[tuple[int, int | None, str]] | None:
    """['18-29', '30-39', '40+'] -> [(18, 29, '18-29'), (30, 39, '30-39'), (40, None, '40+')], lowest first."""
    out: list[tuple[int, int | None, str]] = []
    for v in values:
        text = str(v)
        closed, open_ = _RANGE.match(text), _OPEN.match(text)
        if closed and int(closed[2]) >= int(closed[1]):
            out.append((int(closed[1]), int(closed[2]), text))
        elif open_:
            out.append((int(open_[1]), None, text))
        else:
            return None
    out.sort(key=lambda b: b[0])
    if len(out) < 2 or any(b[1] is None for b in out[:-1]) or \
            any(a[1] is not None and b[0] != a[1] + 1 for a, b in itertools.pairwise(out)):
        return None  # bands that overlap or leave gaps are no ladder
    return out


def read(fields: list[Field]) -> None:
    for group in fields:
        if group.provider != "random_element" or group.formula or group.by or group.when:
            continue
        words = group.name.lower().split("_")
        head = [w for w in words if w not in _GROUP_WORDS]
        if len(head) == len(words) or not head:
            continue
        bands = _bands(group.args.get("elements") or [])
        number = next((f for f in fields if f is not group and f.provider in _NUMERIC and not f.formula and
                       not (f.unique or f.sequence or f.kind == "id") and f.name.lower().split("_") == head), None)
        if bands is None or number is None:
            continue
        top = number.args.get("max", number.args.get("max_value"))
        last = bands[-1]
        step = last[1] - last[0] + 1 if last[1] is not None else 0
        while isinstance(top, (int, float)) and last[1] is not None and last[1] < top and step > 0 and len(bands) < 30:
            low = last[1] + 1
            last = (low, low + step - 1, f"{low}-{low + step - 1}")  # continued as listed: 50-59, 60-69, ...
            bands.append(last)
        edges = ", ".join(str(b[0]) for b in bands[1:])
        labels = ", ".join("'" + b[2].replace("'", "\\'") + "'" for b in bands)
        group.formula, group.kind = f"bucket({_ref(number)}, [{edges}], [{labels}])", "category"


def _ref(f: Field) -> str:
    return ref(f.name)


_LEVELLED = re.compile(r"^\s*(\d{1,2})\s*[-/ ]?\s*[A-Za-z]{1,3}\s*$")


def levels(fields: list[Field], class_words: frozenset[str], level_words: frozenset[str]) -> None:
    """'class (1A, 2B, 3C)' beside 'year group 1-6': the year group is the number the class begins with (by)."""
    for level in fields:
        if level.provider not in ("random_int", "pyint") or level.formula or level.by or level.unique or \
                not set(level.name.lower().split("_")) & level_words:
            continue
        for group in fields:
            values = [str(v) for v in group.args.get("elements") or []] if group.provider == "random_element" else []
            found = [_LEVELLED.match(v) for v in values]
            if group is level or not values or not all(found) or group.by or \
                    not set(group.name.lower().split("_")) & class_words:
                continue
            low, high = level.args.get("min"), level.args.get("max")
            numbers = {v: int(m[1]) for v, m in zip(values, found, strict=True) if m}
            if isinstance(low, int) and isinstance(high, int) and not all(low <= n <= high for n in numbers.values()):
                continue
            every = [str(n) for n in sorted(set(numbers.values()))]  # `by` lists strings
            level.provider, level.args, level.weights = "random_element", {"elements": every}, None
            level.kind, level.distribution = "category", None
            level.by = {"column": group.name, "elements": {v: [str(n)] for v, n in numbers.items()}}
            break
