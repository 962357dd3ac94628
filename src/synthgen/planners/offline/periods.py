"""Offline planner, periods: the time a description places its data in ('trades happen in 2023', 'run date (2024)',
'voters 18 or older on 2024-11-05') bounds every dated column of the table, and past events stay in the past."""

from __future__ import annotations

import math
import re
from datetime import date, timedelta

from . import modifiers as mod
from .fields import Field
from .lexicon import Lexicon

_DATED = ("date_between", "date_time_between")
_ISO = re.compile(r"\d{4}-\d\d-\d\d")
_BIRTH = frozenset({"birth", "born", "dob", "birthday", "birthdate"})
# '18 or older on 2024-11-05', 'aged 21+ as of 2023-01-01': an age reached by a day (the data's own 'today')
_AGE_ON = re.compile(r"\b(\d{1,3})\s*(?:years?\s*(?:old\s*)?)?(?:\+|or\s+(?:older|over|more|above))\s+"
                     r"(?:on|by|as\s+of|at)\s+(?:the\s+)?(\d{4}-\d\d-\d\d)\b", re.IGNORECASE)
_AS_OF = re.compile(r"\bas\s+(?:of|at)\s+(\d{4}-\d\d-\d\d)\b", re.IGNORECASE)
_MAX_MONTHS = 60  # a 'month' column lists the months of a period up to this many


def birth_like(f: Field) -> bool:
    return f.concept == "dob" or f.provider == "date_of_birth" or bool(_BIRTH & set(f.name.split("_")))


def _day(value: object) -> date | None:
    text = str(value)
    return date.fromisoformat(text[:10]) if _ISO.match(text) else None


def apply(fields: list[Field], header: str, phrases: list[str], lex: Lexicon, today: int) -> None:
    """Bound the table's dated columns by the period its description states (its header first, else the
    periods stated of its dated columns or in sentences about the rows), then keep followers inside."""
    text = " ".join([header, *phrases])
    anchor = _anchor(fields, text)
    period = _period(header, today) or _stated(fields, phrases, today) or _choices(fields)
    if period is None and anchor is not None:
        period = ((anchor - timedelta(days=3 * 365)).isoformat(), anchor.isoformat())  # events up to that day
    if period is not None:
        for f in fields:
            if f.provider in ("month_name", "month") and not f.formula:
                _months(f, period)
            elif _open(f, lex, today):
                _bound(f, period)
    if anchor is None:
        _births(fields)
    for f in fields:
        _keep_inside(f, fields)


_AGED = re.compile(r"\b(?:aged?|ages|years?\s+old|old|older|younger)\b", re.IGNORECASE)


def _births(fields: list[Field]) -> None:
    """A birth date agrees with the ages the description states: its own words ('date of birth, patients aged
    3 to 90') or the table's age column ('age (5 to 11)'), else adults; a birth year range it states stays."""
    ages = next((f for f in fields if f.concept == "age" and f.provider == "random_int" and not f.formula), None)
    for f in fields:
        if not birth_like(f) or f.formula or f.provider not in (*_DATED, "date_of_birth") or \
                _day(f.args.get("start_date")):
            continue
        said = mod.find_range(f.phrase) if _AGED.search(f.phrase) else None
        if said is not None and said.low is not None and said.high is not None and 0 <= said.low < said.high <= 120:
            low, high = int(said.low), int(said.high)
        elif ages is not None and 0 <= int(ages.args.get("min", 0)) < int(ages.args.get("max", 0)) <= 120:
            low, high = int(ages.args["min"]), int(ages.args["max"])
        elif f.provider == "date_of_birth":
            continue
        else:
            low, high = 18, 90
        f.provider, f.kind, f.after = "date_of_birth", "date", None
        f.args = {"minimum_age": low, "maximum_age": high}


def _period(text: str, today: int) -> tuple[str, str] | None:
    """The absolute period (ISO days) stated in `text`; None for none or one relative to today."""
    found = mod.find_window(_AGE_ON.sub(" ", text), today)
    if found and _day(found[0][0]) and _day(found[0][1]) and found[0][0] < found[0][1][:10]:
        return found[0][0], found[0][1][:10]
    return None


def _stated(fields: list[Field], phrases: list[str], today: int) -> tuple[str, str] | None:
    """The period spanned by those stated in the phrases of dated columns and of sentences about the rows
    ('Trades happen ... in 2023'); never one of a birth date or of a number ('year created 1990-2020')."""
    found: list[tuple[str, str]] = []
    for phrase in dict.fromkeys(phrases):
        own = [f for f in fields if f.phrase == phrase]
        if any(birth_like(f) or f.kind in ("int", "float") or f.provider in ("random_int", "pyfloat") for f in own):
            continue
        period = _period(phrase, today)
        if period is not None:
            found.append(period)
        found += [(str(f.args["start_date"])[:10], str(f.args["end_date"])[:10]) for f in own
                  if f.provider in _DATED and _day(f.args.get("start_date")) and _day(f.args.get("end_date"))]
    if not found:
        return None
    return min(p[0] for p in found), max(p[1] for p in found)


def _choices(fields: list[Field]) -> tuple[str, str] | None:
    """The period a column of periods spans ('term (Fall 2023, Spring 2024)', 'quarter (Q1 2024 .. Q4 2024)'):
    the table's other dates fall in those terms."""
    for f in fields:
        values = [str(v) for v in f.args.get("elements", []) if str(v).strip(" .…")] \
            if f.provider == "random_element" and not f.formula else []
        spans = [mod.bare_window(v) if re.search(r"[^\W\d_]", v) else None for v in values]  # not model years
        if len(spans) >= 2 and all(spans):
            return min(s[0] for s in spans if s), max(s[1] for s in spans if s)
    return None


def _open(f: Field, lex: Lexicon, today: int) -> bool:
    """A dated column whose own words set no period, that is not a birth date nor a date ahead by nature
    (an expiry, an availability)."""
    if f.provider not in _DATED or f.formula or f.series or birth_like(f) or mod.find_window(f.phrase, today) or \
            _day(f.args.get("start_date")):
        return False  # its own window
    concept = lex.concepts.get(f.concept) if f.concept else None
    window = getattr(concept, "window", None)
    return not (window and (window[0] in ("today", "now") or str(window[0]).startswith("+")))


def _bound(f: Field, period: tuple[str, str]) -> None:
    start, end = period
    if f.provider == "date_time_between":
        start, end = mod.datetime_window(start, end)
    f.args = {"start_date": start, "end_date": end}


def _months(f: Field, period: tuple[str, str]) -> None:
    """'billing month' in a table of 2023: the months of that period written 2023-01 .. 2023-12."""
    low, high = _day(period[0]), _day(period[1])
    if low is None or high is None:
        return
    months: list[str] = []
    year, month = low.year, low.month
    while (year, month) <= (high.year, high.month) and len(months) < _MAX_MONTHS:
        months.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    f.provider, f.args, f.kind, f.weights = "random_element", {"elements": months}, "str", None


def _anchor(fields: list[Field], text: str) -> date | None:
    """The day the description counts ages or states the data at ('18 or older on 2024-11-05', 'as of
    2024-06-30'); birth dates end that many years before it."""
    age_on = _AGE_ON.search(text)
    found = age_on or _AS_OF.search(text)
    if not found:
        return None
    try:
        day = date.fromisoformat(found.group(found.lastindex or 1))
    except ValueError:
        return None
    if age_on:
        years = int(age_on.group(1))
        for f in fields:
            if birth_like(f) and f.provider in (*_DATED, "date_of_birth") and not f.formula:
                latest = _years_before(day, years)
                f.provider, f.kind = "date_between", "date"
                f.args = {"start_date": _years_before(latest, 80).isoformat(), "end_date": latest.isoformat()}
                f.after = None
    return day


def _years_before(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


def _keep_inside(f: Field, fields: list[Field]) -> None:
    """A column that follows another by up to N days: the leader's window ends N days earlier, so the follower
    stays inside the stated period and a past event never lands after today."""
    if not f.after or f.formula:
        return
    base = next((b for b in fields if b.name == f.after.get("column")), None)
    if base is not None and birth_like(base) and (f.args.get("start_date") or f.args.get("end_date")):
        f.after = None  # 'last visit after the date of birth': years after it, as its own window and the ages say
        return
    if base is None or base.provider not in _DATED or base.series or base.formula:
        return
    start, end = str(base.args.get("start_date", "")), str(base.args.get("end_date", ""))
    days = math.ceil(float(f.after.get("max_days", 0)))
    if days <= 0:
        return
    if end in ("today", "now"):
        back = re.fullmatch(r"-(\d+)([dwMy])", start)
        if back is None:
            return
        span = int(back.group(1)) * {"d": 1, "w": 7, "M": 30, "y": 365}[back.group(2)]
        days = _fit(f, days, span)
        if days:
            base.args = {**base.args, "end_date": f"-{days}d"}
        return
    low, high = _day(start), _day(end)
    if low is None or high is None:
        return
    days = _fit(f, days, (high - low).days)
    if days:
        base.args = {**base.args, "end_date": (high - timedelta(days=days)).isoformat() + end[10:]}


def _fit(f: Field, days: int, span: int) -> int:
    """The days the leader's window gives up for the follower: at most half of it (the follower then comes
    sooner); 0 when the follower's least offset does not fit."""
    assert f.after is not None
    if days > span // 2:
        days = span // 2
        if float(f.after.get("min_days", 0)) > days:
            return 0
        f.after = {**f.after, "max_days": float(days)}
    return days
