"""Offline planner, more date windows in words: quarters and halves ('Q3 2023', 'the second half of 2024'),
school and academic terms ('autumn term 2023', 'Spring semester 2024', 'the 2023-24 academic year') and spans
counted from a stated day ('in the three months before the festival on 15 July 2024', 'within 2 weeks after
1 March 2025'). Each returns ISO-able days (first, last) and where in the text it was said; dates.find_dates
asks these after its own calendar phrasings."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

Found = tuple[tuple[date, date], tuple[int, int]]

_YEAR = r"((?:19|20)\d\d)"
_ORDINAL = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "last": 4}
_QUARTER = re.compile(rf"\b(?:(?:in|during|for|of)\s+)?(?:the\s+)?(?:q([1-4])(?:\s*(?:-|to|\u2013)\s*q([1-4]))?|"
                      rf"(first|second|third|fourth|1st|2nd|3rd|4th|last)\s+quarter)(?:\s+of)?,?\s*(?:fy\s*)?{_YEAR}\b",
                      re.IGNORECASE)
_HALF = re.compile(rf"\b(?:(?:in|during|for|of)\s+)?(?:the\s+)?(?:h([12])|(first|second|1st|2nd|last)\s+half)"
                   rf"(?:\s+of)?,?\s*{_YEAR}\b", re.IGNORECASE)
_TERMS = {"spring": ((1, 1), (5, 31)), "summer": ((6, 1), (8, 31)), "autumn": ((9, 1), (12, 31)),
          "fall": ((9, 1), (12, 31)), "winter": ((1, 1), (3, 31)), "michaelmas": ((10, 1), (12, 20)),
          "hilary": ((1, 10), (3, 20)), "lent": ((1, 5), (3, 31)), "trinity": ((4, 15), (6, 30))}
_TERM = re.compile(rf"\b(spring|summer|autumn|fall|winter|michaelmas|hilary|lent|trinity)\s+"
                   rf"(?:term|semester|session|quarter|intake|cohort)\s*(?:of\s+)?,?\s*{_YEAR}\b|"
                   rf"\b{_YEAR}\s+(spring|summer|autumn|fall|winter)\s+(?:term|semester|session|quarter|intake)\b",
                   re.IGNORECASE)
_SCHOOL = r"(?:academic|school|university|college)\s+year"
_ACADEMIC = re.compile(rf"\b(?:{_SCHOOL}\s+{_YEAR}\s*(?:-|/|to|\u2013)\s*(\d\d(?:\d\d)?)|"
                       rf"{_YEAR}\s*(?:-|/|\u2013)\s*(\d\d(?:\d\d)?)\s+{_SCHOOL})\b", re.IGNORECASE)
_COUNT = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
          "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "few": 3, "couple of": 2}
_MONTH = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|" \
         r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
DAY = rf"(?:\d{{4}}-\d{{1,2}}-\d{{1,2}}|{_MONTH}\.?\s+(?:\d{{1,2}}(?:st|nd|rd|th)?,?\s+)?\d{{4}}|" \
      rf"\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}\.?,?\s+\d{{4}})"
_FROM_DAY = re.compile(rf"\b(\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|few|couple\s+of)"
                       r"\s+(day|week|month|year)s?\s+(before|prior\s+to|leading\s+up\s+to|ahead\s+of|after|following|"
                       rf"from)\b((?:\s+(?!\d)[\w'-]+){{0,6}}?)\s+(?:on\s+|of\s+)?({DAY})", re.IGNORECASE)


def quarter(text: str) -> Found | None:
    """'Q3 2023', 'Q1-Q2 2024', 'the third quarter of 2023', 'H2 2024', 'the first half of 2023'."""
    found = _QUARTER.search(text)
    if found:
        first = int(found.group(1)) if found.group(1) else _ORDINAL[found.group(3).lower()]
        last = int(found.group(2)) if found.group(2) else first
        year = int(found.group(4))
        if first <= last:
            return (date(year, 3 * first - 2, 1), _month_end(year, 3 * last)), found.span()
    found = _HALF.search(text)
    if found:
        half = int(found.group(1)) if found.group(1) else min(2, _ORDINAL[found.group(2).lower()])
        year = int(found.group(3))
        return (date(year, 6 * half - 5, 1), _month_end(year, 6 * half)), found.span()
    return None


def term(text: str) -> Found | None:
    """'autumn term 2023', 'Spring semester 2024', '2024 fall term', 'the 2023-24 academic year'."""
    found = _ACADEMIC.search(text)
    if found:
        start = int(found.group(1) or found.group(3))
        end_text = found.group(2) or found.group(4)
        end = int(end_text) if len(end_text) == 4 else start // 100 * 100 + int(end_text)
        if end == start + 1:
            return (date(start, 9, 1), date(end, 6, 30)), found.span()
    found = _TERM.search(text)
    if found:
        name = (found.group(1) or found.group(4)).lower()
        year = int(found.group(2) or found.group(3))
        (m1, d1), (m2, d2) = _TERMS[name]
        return (date(year, m1, d1), date(year, m2, d2)), found.span()
    return None


def from_day(text: str, as_dates: Callable[[str], Any]) -> Found | None:
    """'in the three months before the festival on 15 July 2024', '2 weeks after March 1, 2025': the span
    counted back (or on) from that day; `as_dates` reads the day (dates._as_dates)."""
    found = _FROM_DAY.search(text)
    if not found:
        return None
    days = as_dates(found.group(5))
    count = found.group(1).lower()
    n = int(count) if count.isdigit() else _COUNT.get(re.sub(r"\s+", " ", count), 1)
    if not days or not 0 < n <= 400:
        return None
    step = {"day": timedelta(days=n), "week": timedelta(weeks=n), "month": timedelta(days=round(30.44 * n)),
            "year": timedelta(days=round(365.25 * n))}[found.group(2).lower()]
    day = days[0]
    before = found.group(3).lower().split()[0] in ("before", "prior", "leading", "ahead")
    return ((day - step, day) if before else (day, day + step)), found.span()


def _month_end(year: int, month: int) -> date:
    return (date(year, month, 28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
