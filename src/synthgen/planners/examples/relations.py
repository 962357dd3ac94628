"""Examples planner, relations between columns that every example shows, as schema rules: a date always after
another (`after`), a total equal to quantity x price (`formula`), a category that decides another (`by`), a
column filled only for some values of a category (`when`), and an email that belongs to a name (`entity`)."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import numpy as np

from .columns import Inferred
from .hints import name_words

MAX_AFTER_DAYS = 36_500
_EPOCH = dt.datetime(1970, 1, 1)
SCREEN_ROWS = 8  # rows every pair of numeric columns is tried on before a formula is checked on all rows
NAME_KINDS = ("person", "first_name", "last_name")
_IDENT = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_RESERVED = frozenset({"and", "or", "not", "if", "true", "false", "null", "none", "col"})


def apply(columns: list[Inferred]) -> list[str]:
    """Add the rules the examples show to the columns' specs; returns one note per rule found."""
    notes: list[str] = []
    notes += entities(columns)
    notes += afters(columns)
    notes += formulas(columns)
    notes += bys(columns)
    notes += whens(columns)
    return notes


def _ref(name: str) -> str:
    return name if _IDENT.match(name) and name.lower() not in _RESERVED else f'col("{name}")'


def entities(columns: list[Inferred]) -> list[str]:
    """An email whose local part holds the words of a name column's values describes that person: both columns
    get one `entity` (named after the name column); an email that belongs to no name gets an entity of its own."""
    names = [c for c in columns if c.kind in NAME_KINDS]
    emails = [c for c in columns if c.kind == "email"]
    if not emails or not names:
        return []
    notes = []
    used: set[str] = set()
    for email in emails:
        best, score = None, 0.0
        for name in names:
            share = _belongs(email, name)
            if share > score:
                best, score = name, share
        if best is not None and score >= 0.5:
            entity = _entity_name(best.name, used)
            for col in [c for c in names if _same_person(c, best)] + [email]:
                col.spec["entity"] = col.spec.get("entity") or entity
            notes.append(f"'{email.name}' is the email of '{best.name}' (entity '{entity}')")
        else:
            email.spec["entity"] = _entity_name(email.name, used)
    return notes


def _belongs(email: Inferred, name: Inferred) -> float:
    pairs = [(e, n) for e, n in zip(email.cells.by_row(), name.cells.by_row()) if e and n]
    if not pairs:
        return 0.0
    hits = 0
    for address, person in pairs:
        local = str(address).split("@")[0].lower()
        words = [w.lower().strip(".'") for w in str(person).split() if len(w.strip(".'")) > 1]
        hits += any(w in local for w in words)
    return hits / len(pairs)


def _same_person(col: Inferred, best: Inferred) -> bool:
    """First and last name columns go with the name column that shares their prefix ("customer_first_name")."""
    if col is best:
        return True
    return _prefix(col.name) == _prefix(best.name)


def _prefix(name: str) -> str:
    return "_".join(w for w in name_words(name) if w not in ("name", "first", "last", "full", "given", "family",
                                                               "surname", "firstname", "lastname", "fullname"))


def _entity_name(column: str, used: set[str]) -> str:
    base = (_prefix(column) or "person").replace("email", "").strip("_") or "person"
    base = re.sub(r"[^A-Za-z0-9_]", "_", base)[:28] or "person"
    name, n = base, 2
    while name in used:
        name, n = f"{base}{n}", n + 1
    used.add(name)
    return name


def afters(columns: list[Inferred]) -> list[str]:
    """A date column later than another in every example follows it, by the smallest to largest gap seen (the
    closest earlier column that follows no other; `after` chains one level only)."""
    dated = [c for c in columns if c.spec.get("provider") in ("date_between", "date_time_between")
             and not c.spec.get("unique") and len(c.cells.values) >= 2]
    notes = []
    followed: set[str] = set()
    for later in dated:
        best: tuple[float, float, Inferred] | None = None
        for earlier in dated:
            if earlier is later or earlier.name in followed or "after" in earlier.spec:
                continue
            gaps = _gaps(earlier, later)
            fits = bool(gaps) and 0 < max(gaps) <= MAX_AFTER_DAYS
            if fits and (best is None or max(gaps) < best[1]):
                best = (min(gaps), max(gaps), earlier)
        if best is None or later.name in followed:
            continue
        low, high, earlier = best
        whole = later.kind == "date" and earlier.kind == "date"
        later.spec["after"] = {"column": earlier.name, "min_days": round(low) if whole else round(low, 4),
                               "max_days": round(high) if whole else round(high, 4)}
        followed.add(earlier.name)
        notes.append(f"'{later.name}' comes {_days(low)} to {_days(high)} after '{earlier.name}' in every example")
    return notes


def _days(value: float) -> str:
    return f"{value:g} days" if value == round(value) else f"{value:.2f} days"


def _gaps(earlier: Inferred, later: Inferred) -> list[float]:
    """Days from `earlier` to `later` in each row holding both; [] as soon as one is negative."""
    out = []
    for a, b in zip(_moments(earlier), _moments(later)):
        if a is None or b is None:
            continue
        if b < a:
            return []
        out.append((b - a) / 86_400)
    return out


def _moments(col: Inferred) -> list[float | None]:
    if "moments" not in col.extras:
        col.extras["moments"] = [None if v is None else _moment(v) for v in col.cells.by_row()]
    return col.extras["moments"]


def _moment(value: Any) -> float:
    if isinstance(value, dt.datetime):
        return (value.replace(tzinfo=None) - _EPOCH).total_seconds()
    return float((value - _EPOCH.date()).days * 86_400)


def formulas(columns: list[Inferred]) -> list[str]:
    """A number equal to the product (or sum) of two other numeric columns in every example is computed so. Pairs
    are screened on the first rows for all columns at once (numpy), then checked on every row."""
    numeric = [c for c in columns if c.cells.kind in ("int", "float") and c.cells.values]
    if len(numeric) < 3:
        return []
    table = np.array([[np.nan if v is None else float(v) for v in c.cells.by_row()] for c in numeric])
    head = table[:, :SCREEN_ROWS]
    taken: set[int] = set()  # columns computed by a formula: neither operands nor targets again
    notes = []
    for ti, target in enumerate(numeric):
        values = table[ti]
        if np.count_nonzero(~np.isnan(values) & (values != 0)) < 2:
            continue
        digits = target.extras.get("decimals", 0)
        found = _pair(table, head, ti, digits, taken)
        if found is None:
            continue
        i, j, op = found
        expr = f"{_ref(numeric[i].name)} {op} {_ref(numeric[j].name)}"
        if target.cells.kind == "float":
            expr = f"round({expr}, {digits})"
        keep: dict[str, Any] = {k: target.spec[k] for k in ("name", "null_rate", "source") if k in target.spec}
        target.spec = {**keep, "formula": expr}
        target.kind, target.note = "formula", f"computed as {expr}"
        taken.add(ti)
        notes.append(f"'{target.name}' = {expr} in every example")
    return notes


def _pair(table: np.ndarray, head: np.ndarray, ti: int, digits: int, taken: set[int]) -> tuple[int, int, str] | None:
    """The first pair of other columns whose product (or sum) is the target column in every row it is filled."""
    target, first = table[ti], head[ti]
    for op, fn in (("*", np.multiply), ("+", np.add)):
        with np.errstate(all="ignore"):
            made = fn(head[:, None, :], head[None, :, :])
            close = np.abs(made - first) <= _tolerance(first, digits)
        close |= np.isnan(first)  # an empty target cell says nothing
        for i, j in np.argwhere(close.all(axis=2)):
            if i > j or ti in (i, j) or i in taken or j in taken:
                continue
            with np.errstate(all="ignore"):
                full = fn(table[i], table[j])
                filled = ~np.isnan(target)
                ok = np.abs(full[filled] - target[filled]) <= _tolerance(target[filled], digits)
            if ok.all() and np.count_nonzero(filled) >= 2:
                return int(i), int(j), op
    return None


def _tolerance(values: np.ndarray, digits: int) -> np.ndarray:
    return 0.5 * 10.0 ** -digits + 1e-9 * np.maximum(1.0, np.abs(np.nan_to_num(values)))


def bys(columns: list[Inferred]) -> list[str]:
    """A text category whose value is decided by an earlier category in every example (each value of the earlier
    one goes with one value of it, and some values repeat) picks its value by that column (`by`)."""
    cats = [c for c in columns if c.reused and c.spec.get("provider") == "random_element"
            and c.cells.kind in ("str", "int") and "by" not in c.spec]
    notes = []
    for index, later in enumerate(cats):
        if later.cells.kind != "str" or len(set(later.cells.values)) < 2:
            continue
        for earlier in cats[:index]:
            if "by" in earlier.spec and earlier.spec["by"]["column"] == later.name:
                continue
            mapping = _decides(earlier.cells.by_row(), later.cells.by_row())
            if mapping is None:
                continue
            later.spec["by"] = {"column": earlier.name, "elements": {str(k): [v] for k, v in mapping.items()}}
            later.spec.pop("weights", None)
            notes.append(f"'{earlier.name}' decides '{later.name}' in every example")
            break
    return notes


def _decides(keys: list[Any], values: list[Any]) -> dict[Any, Any] | None:
    mapping: dict[Any, Any] = {}
    pairs = 0
    for key, value in zip(keys, values):
        if key is None or value is None:
            continue
        if mapping.setdefault(key, value) != value:
            return None
        pairs += 1
    if len(mapping) < 2 or pairs < 2 * len(mapping) or len(set(mapping.values())) < 2:
        return None
    return mapping


def whens(columns: list[Inferred]) -> list[str]:
    """A column empty exactly for some values of a category (a refund date only where status is refunded) is
    filled only `when` the category holds one of the other values."""
    cats = [c for c in columns if c.reused and c.cells.kind in ("str", "int", "bool") and c.cells.null_share == 0]
    notes = []
    for col in columns:
        if not 0 < col.cells.null_share < 1 or col in cats or "formula" in col.spec:
            continue
        for cat in cats:
            filled: set[Any] = set()
            empty: set[Any] = set()
            for key, value in zip(cat.cells.by_row(), col.cells.raw):
                (empty if value is None else filled).add(key)
            if filled and empty and not filled & empty and len(col.cells.raw) >= 4:
                col.spec["when"] = {"column": cat.name, "in": sorted(filled, key=str)}
                col.spec.pop("null_rate", None)
                shown = ", ".join(map(str, sorted(filled, key=str)))
                notes.append(f"'{col.name}' is filled only where '{cat.name}' is {shown}")
                break
    return notes
