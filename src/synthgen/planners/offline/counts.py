"""Offline planner, counts: regular steps ('every 5 minutes') and numbers of distinct values ('12 sensors')."""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .fields import Field

MAX_DISTINCT = 1_000_000  # as the schema allows (synthgen.rules.MAX_DISTINCT)
_UNITS = {"second": "s", "sec": "s", "s": "s", "minute": "m", "min": "m", "m": "m", "hour": "h", "hr": "h", "h": "h",
          "day": "d", "d": "d", "week": "w", "wk": "w", "w": "w"}
_UNIT_WORDS = r"(seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|h|days?|d|weeks?|wks?|w)"
_EVERY = re.compile(r"\b(?:(?:taken|logged|recorded|reported|sampled|read)\s+)?"
                    r"(?:(?:every|each|once\s+(?:every|per))\s+"
                    rf"(\d{{1,6}}|a|an|one)?[\s-]*{_UNIT_WORDS}\b|(?:at\s+|in\s+)?(\d{{1,6}})[\s-]*{_UNIT_WORDS}\s+"
                    r"intervals?\b)", re.IGNORECASE)
_LY = re.compile(r"\b(?:taken\s+|logged\s+|recorded\s+)?(hourly|daily|weekly)\b(?!\s+(?:rate|wage|pay|fee|price|"
                 r"total|average|sales|revenue|amount|count|visits|steps))", re.IGNORECASE)
_LY_STEP = {"hourly": "1h", "daily": "1d", "weekly": "1w"}
_COUNT = re.compile(r"(?<![\w.,$])(\d{1,7})\s+(?:distinct\s+|different\s+|unique\s+|separate\s+)?"
                    r"((?:[a-z][a-z-]*\s+){0,2}[a-z][a-z-]*s)\b", re.IGNORECASE)  # '12 weather stations': a plural noun
_TIME_NOUNS = frozenset({"second", "minute", "hour", "day", "week", "month", "quarter", "year", "decade", "night",
                         "time", "date", "season", "semester", "term", "weekday", "weekend"})
_DATE_PROVIDERS = ("date_between", "date_time_between", "date_time_this_year", "date_this_year", "date_time")


_CLOCK = re.compile(r"(?:\b(?:between|from)\s+)?\b([01]?\d|2[0-3])(?::([0-5]\d))?\s*([ap]\.?m\.?)?\s*"
                    r"(?:and|to|-|\u2013|until|till)\s*([01]?\d|2[0-4])(?::([0-5]\d))?\s*([ap]\.?m\.?)?(?![\w:])",
                    re.IGNORECASE)


def take_clock(text: str) -> tuple[str, tuple[int, int] | None]:
    """The phrase without a time-of-day window ('between 07:00 and 10:00', 'from 9am to 5pm') and that
    window in minutes after midnight."""
    for found in _CLOCK.finditer(text):
        h1, m1, p1, h2, m2, p2 = found.groups()
        if not (m1 or m2 or p1 or p2):
            continue  # '3 to 4': a range, not hours
        low, high = _minutes(h1, m1, p1 or p2), _minutes(h2, m2, p2)
        if low < high <= 24 * 60:
            return _cut(text, found.span()), (low, high)
    return text, None


def _minutes(hour: str, minute: str | None, half: str | None) -> int:
    value = int(hour) % 12 + (12 if half and half.lower().startswith("p") else 0) if half else int(hour)
    return value * 60 + int(minute or 0)


def clock(fld: Field, window: tuple[int, int]) -> bool:
    """A time of day within the window: a time column's values ('HH:MM' every 5 minutes); a timestamp keeps the
    window until clock_times() finds the row's date."""
    if fld.kind == "time" or fld.provider == "time":
        low, high = window
        step = 5 if high - low <= 12 * 60 else 15
        fld.provider, fld.kind, fld.weights = "random_element", "category", None
        fld.args = {"elements": [f"{m // 60:02d}:{m % 60:02d}" for m in range(low, min(high, 23 * 60 + 59) + 1, step)]}
        return True
    if fld.kind == "datetime" or fld.provider.startswith("date_time"):
        fld.clock = window
        return True
    return False


def clock_times(fields: list[Field]) -> None:
    """'clock-in timestamp between 07:00 and 10:00' with a date column in the row: that date at a time within
    the window (a formula on the date)."""
    day = next((f for f in fields if f.kind == "date" and f.provider == "date_between" and not f.formula), None)
    for fld in fields:
        if not fld.clock or fld.formula or fld.series:
            continue
        if day is None:  # no date in the row: a time of day ('first departure (from 05:00 to 07:30)')
            fld.kind = "time"
            clock(fld, fld.clock)
            continue
        low, high = fld.clock
        fld.formula = f"{day.name} + minutes(randint({low}, {high}))"
        fld.after = None


def take_step(text: str) -> tuple[str, str | None]:
    """The phrase without 'every 5 minutes' / 'every 30 s' / 'hourly', and the step it states ('5m', '30s', '1h')."""
    found = _EVERY.search(text)
    if found:
        count = found.group(1) or found.group(3) or "1"
        count = "1" if count.lower() in ("a", "an", "one") else count
        word = (found.group(2) or found.group(4)).lower()
        unit = _UNITS.get(word.rstrip("s") or "s", _UNITS.get(word))
        if unit and int(count) >= 1:
            return _cut(text, found.span()), f"{int(count)}{unit}"
    ly = _LY.search(text)
    if ly:
        return _cut(text, ly.span()), _LY_STEP[ly.group(1).lower()]
    return text, None


def series(fld: Field, step: str, today: int) -> bool:
    """Make a date/datetime column a regular series from its window's start (else 30 days before today)."""
    if fld.provider not in _DATE_PROVIDERS or fld.formula:
        return False
    if fld.provider.startswith("date_") and not fld.provider.startswith("date_time") and step[-1] not in "dw":
        fld.provider, fld.kind = "date_time_between", "datetime"  # 'every 5 minutes' needs times of day
    start = str(fld.args.get("start_date", ""))
    first = start[:10] if re.fullmatch(r"\d{4}-\d\d-\d\d.*", start) else \
        (date.fromordinal(today) - timedelta(days=30)).isoformat()
    fld.series = {"start": f"{first}T00:00:00", "step": step}
    fld.after, fld.unique = None, False
    return True


# 'from 12 sensors', not '311 requests'
_AMONG = re.compile(r"\b(?:from|of|by|across|among|over|between|for)\s+$", re.IGNORECASE)


def distinct_counts(fields: list[Field], text: str, lemma: object) -> None:
    """'12 sensors', '50 trucks', '(30 distinct stores)': the column named by that noun takes that many values,
    and a series of readings reports once per step for each ('per')."""
    for found in _COUNT.finditer(text):
        count, noun = int(found.group(1)), str(lemma(found.group(2).split()[-1].lower()))  # type: ignore[operator]
        if not 2 <= count <= MAX_DISTINCT:
            continue
        for fld in fields:
            tokens = fld.name.split("_")
            if fld.kind == "id" and tokens[0] == noun and (fld.unique or fld.sequence) and not fld.formula and \
                    _AMONG.search(text[:found.start()]):
                fld.unique = fld.sequence = False  # 'readings from 12 sensors': the sensor id names one of 12
            if noun not in tokens[:2] or noun in _TIME_NOUNS or fld.unique or fld.formula or fld.sequence or \
                    fld.series or not (fld.provider == "random_element" or fld.kind in ("id", "code", "person",
                                                                                          "address")):
                continue
            elements = fld.args.get("elements") if fld.provider == "random_element" else None
            pattern = str(fld.args.get("text", "")) if fld.provider in ("numerify", "bothify") else None
            if (elements is not None and len(elements) < count) or (pattern is not None and 10 ** pattern.count("#") *
                                                                    26 ** pattern.count("?") < count):
                continue
            fld.distinct = count
            break
    if not any(f.series for f in fields):
        return
    per = next((f for f in fields if f.distinct), None)
    if per is None:
        per = next((f for f in fields if f.provider == "random_element" and not f.weights and
                    {"id", "code", "no", "number"} & set(f.name.split("_")) and
                    2 <= len(f.args.get("elements", [])) <= MAX_DISTINCT), None)
        if per is not None:
            per.distinct = len(per.args["elements"])
    for fld in fields:
        if fld.series and per is not None and per is not fld:
            fld.series = {**fld.series, "per": per.name}


def _cut(text: str, span: tuple[int, int]) -> str:
    rest = text[:span[0]].rstrip(" ,;") + " " + text[span[1]:].lstrip(" ,;")
    rest = re.sub(r"\(\s*[,;]?\s*\)", " ", rest)
    return re.sub(r"\s+", " ", rest).strip(" ,;:")
