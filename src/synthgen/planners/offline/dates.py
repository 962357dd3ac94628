"""Offline planner, dates: date windows stated in words ('sometime in 2023', 'March-May 2024', 'last 30 days')."""

from __future__ import annotations

import re
from typing import Any

from . import windows

_SOMETIME = r"(?:\b(?:some\s*time|any\s*time|at\s+some\s+point|dated|all)\s+)?"
_YEARS = re.compile(_SOMETIME + r"\b(?:in|during|for|of|from|since)\s+((?:19|20)\d\d)\b(?!\s*(?:-|to|and)\s*\d)",
                    re.IGNORECASE)
_SINCE = re.compile(r"\b(since|after|before)\s+((?:19|20)\d\d)\b", re.IGNORECASE)
_RELATIVE = re.compile(
    r"\b(?:(last|past|previous|recent|next|coming|upcoming|following|within\s+the\s+(?:last|past|next))\s+"
    r"(?:(\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|twelve|few|couple\s+of)\s+)?"
    r"(day|week|month|quarter|year|decade)s?|(this)\s+(year|month|week|quarter)|(today|yesterday|tomorrow)|"
    r"(future|upcoming|recent|historical|past)\s*(?:dates?|timestamps?)?)\b",
    re.IGNORECASE,
)
_NUMBER_WORDS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                 "nine": 9, "ten": 10, "twelve": 12, "few": 3, "couple of": 2}


def datetime_window(start: str, end: str) -> tuple[str, str]:
    """A date window as bounds of datetimes: 'today' -> 'now', an ISO end day includes its last second."""
    start, end = ("now" if start == "today" else start), ("now" if end == "today" else end)
    if re.fullmatch(r"\d{4}-\d\d-\d\d", end):
        end += "T23:59:59"
    return start, end


def find_window(text: str, today_ordinal: int) -> tuple[tuple[str, str], tuple[int, int]] | None:
    """A date window stated in `text` and where: calendar dates and years ("in 2023", "2020-2023", "between
    March and June 2024") as ISO dates; "last 30 days", "future" relative to today."""
    from datetime import date

    def day(value: date) -> str:  # a stated calendar date stays that date, whatever day the plan is read
        return value.isoformat()

    this_year = date.fromordinal(today_ordinal).year
    exact = find_dates(text)
    if exact:
        (low, high), span = exact
        if high is None:
            future = low.toordinal() > today_ordinal
            high = low.replace(year=low.year + 1) if future else date.fromordinal(today_ordinal)
        return (day(low), day(high)), span
    years = re.search(r"(?<!\d)((?:19|20)\d\d)\s*(?:-|to|and|until|through|\u2013)\s*((?:19|20)\d\d)(?!\d)", text)
    if years:
        low, high = sorted((int(years.group(1)), int(years.group(2))))
        return (day(date(low, 1, 1)), day(date(high, 12, 31))), years.span()
    since = _SINCE.search(text)
    if since:
        word, year = since.group(1).lower(), int(since.group(2))
        if word == "before":
            return (day(date(year - 20, 1, 1)), day(date(year - 1, 12, 31))), since.span()
        start = date(year + (1 if word == "after" else 0), 1, 1)
        end = "today" if start.toordinal() <= today_ordinal else day(date(start.year, 12, 31))
        return (day(start), end), since.span()
    single = _YEARS.search(text)
    if single:
        year = int(single.group(1))
        return (day(date(year, 1, 1)), day(date(year, 12, 31))), single.span()
    rel = _RELATIVE.search(text)
    if not rel:
        return None
    word, count, unit, this, this_unit, today, loose = rel.groups()
    if today:
        window = {"today": ("today", "today"), "yesterday": ("-1d", "-1d"), "tomorrow": ("+1d", "+1d")}[today.lower()]
    elif this:
        window = (day(date(this_year, 1, 1)), "today") if this_unit.lower() == "year" else (
            {"month": "-30d", "week": "-7d", "quarter": "-90d"}[this_unit.lower()], "today")
    elif loose:
        loose = loose.lower()
        window = ("+1d", "+1y") if loose in ("future", "upcoming") else ("-30d", "today") if loose == "recent" \
            else ("-10y", "today")
    else:
        n = int(count) if count and count.isdigit() else _NUMBER_WORDS.get((count or "one").lower(), 1)
        n = max(1, min(n, {"day": 36500, "week": 5200, "month": 1200, "quarter": 400, "year": 200,
                           "decade": 20}[unit.lower()]))
        length = {"day": f"{n}d", "week": f"{n}w", "month": f"{n}M", "quarter": f"{3 * n}M", "year": f"{n}y",
                  "decade": f"{10 * n}y"}[unit.lower()]
        future = word.lower().split()[-1] in ("next", "coming", "upcoming", "following")
        window = ("+1d", f"+{length}") if future else (f"-{length}", "today")
    return window, rel.span()


_MONTHS = {m: i + 1 for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"])}
_MONTH = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|" \
         r"oct(?:ober)?|" \
         r"nov(?:ember)?|dec(?:ember)?)"
_DAY = windows.DAY  # '2024-03-05', 'March 2024', 'March 5, 2024', '15 July 2024'
_DATE_RANGE = re.compile(rf"{_SOMETIME}(?:between|from)?\s*({_DAY})\s*(?:-|to|and|until|through|\u2013)\s*({_DAY})",
                         re.IGNORECASE)
_MONTHS_RANGE = re.compile(rf"{_SOMETIME}(?:\b(?:between|from|in|during)\s+)?\b({_MONTH})\.?\s*(?:-|to|and|until|"
                           rf"through|\u2013)\s*({_MONTH})\.?,?\s+((?:19|20)\d\d)\b", re.IGNORECASE)
_SEASONS = {"spring": ("mar", "may"), "summer": ("jun", "aug"), "autumn": ("sep", "nov"), "fall": ("sep", "nov"),
            "winter": ("dec", "feb")}
_SEASON = re.compile(rf"{_SOMETIME}\b(?:in|during)\s+(?:the\s+)?(spring|summer|autumn|fall|winter)\s+(?:of\s+)?"
                     r"((?:19|20)\d\d)\b", re.IGNORECASE)
_DATE_ONE = re.compile(rf"{_SOMETIME}\b(?:in|during|on|for|of|since|after|before)\s+({_DAY})", re.IGNORECASE)


_BARE = re.compile(rf"\s*(?:(?:all\s+)?(?:in|during)\s+)?((?:19|20)\d\d|{_MONTH}\.?,?\s+(?:19|20)\d\d|"
                   rf"(?:spring|summer|autumn|fall|winter)\s+(?:of\s+)?(?:19|20)\d\d)\s*", re.IGNORECASE)
_BARE_MORE = re.compile(r"\s*(?:(?:all\s+)?(?:in|during)\s+)?(?:the\s+)?(.{4,40}?)\s*")  # 'Q3 2023', 'fall term 2024'


def bare_window(text: str) -> tuple[str, str] | None:
    """The first and last ISO day of a detail that is only a period: '(2024)', '(June 2024)', '(summer 2023)'."""
    from datetime import date

    found = _BARE.fullmatch(text)
    if not found:
        more = _BARE_MORE.fullmatch(text)
        said = more and (windows.term(more.group(1)) or windows.quarter(more.group(1)))
        if more and said and said[1] == (0, len(more.group(1))):
            return said[0][0].isoformat(), said[0][1].isoformat()
        return None
    period = found.group(1).lower()
    if period.isdigit():
        return date(int(period), 1, 1).isoformat(), date(int(period), 12, 31).isoformat()
    seasonal = find_dates("in " + period) if period.split()[0] in _SEASONS else None
    days = seasonal[0] if seasonal else _as_dates(period)
    return (days[0].isoformat(), days[1].isoformat()) if days else None


def _as_dates(text: str) -> tuple[Any, Any] | None:
    """'2024-03-05' -> that day twice; 'March 2024' -> its first and last day."""
    from datetime import date, timedelta

    text = text.strip().lower().replace(",", "")
    try:
        iso = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", text)
        if iso:
            day = date(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
            return day, day
        parts = re.sub(r"(?<=\d)(?:st|nd|rd|th)\b|\bof\b", "", text.replace(".", "")).split()
        if len(parts) == 3 and parts[0].isdigit():  # '15 July 2024'
            parts = [parts[1], parts[0], parts[2]]
        month, year = _MONTHS[parts[0][:3]], int(parts[-1])
        if len(parts) == 3:
            day = date(year, month, int(parts[1]))
            return day, day
        first = date(year, month, 1)
        return first, (first.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
    except (ValueError, KeyError, IndexError):
        return None


def find_dates(text: str) -> tuple[tuple[Any, Any], tuple[int, int]] | None:
    """Calendar dates stated in `text`: '2024-01-01 to 2024-06-30', 'from January 2023 to March 2024', 'in May 2024',
    'the three months before 15 July 2024', 'Q3 2023', 'autumn term 2023' (windows.py)."""
    counted = windows.from_day(text, _as_dates)
    if counted:
        return counted
    found = _DATE_RANGE.search(text)
    if found:
        low, high = _as_dates(found.group(1)), _as_dates(found.group(2))
        if low and high and low[0] <= high[1]:
            return (low[0], high[1]), found.span()
    months = _MONTHS_RANGE.search(text)  # 'between March and June 2024': both months in that year
    if months:
        low, high = (_as_dates(f"{months.group(i)} {months.group(3)}") for i in (1, 2))
        if low and high and low[0] <= high[1]:
            return (low[0], high[1]), months.span()
    season = _SEASON.search(text)  # 'in spring 2023': March to May of that year
    if season:
        first, last = _SEASONS[season.group(1).lower()]
        year = int(season.group(2))
        low, high = _as_dates(f"{first} {year}"), _as_dates(f"{last} {year + (first == 'dec')}")
        if low and high:
            return (low[0], high[1]), season.span()
    said = windows.term(text) or windows.quarter(text)
    if said:
        return said
    one = _DATE_ONE.search(text)
    if one:
        days = _as_dates(one.group(1))
        if days:
            since = one.group(0).lower().startswith(("since", "after"))
            return (days[0], None if since else days[1]), one.span()
    return None


_HAPPEN = re.compile(r"^\s*(?:all\s+|the\s+|our\s+|these\s+)?[^\W\d_][\w-]*(?:\s+[^\W\d_][\w-]*)?\s+(?:happen(?:ed)?|"
                     r"occur(?:red)?|take\s+place|took\s+place|(?:are|were)\s+(?:all\s+)?(?:made|dated|recorded|held|"
                     r"placed|logged|taken|from))\s+(.+?)[\s.]*$", re.IGNORECASE)


def period_sentence(text: str, today_ordinal: int) -> bool:
    """'Checkouts happen in March 2022', 'all readings were taken in 2021': a sentence that only places the
    rows in time (a period for the whole table, never a column)."""
    found = _HAPPEN.match(text)
    if not found:
        return False
    window = find_window(found.group(1), today_ordinal)
    return window is not None and not re.sub(r"[\s,.;]", "", found.group(1)[:window[1][0]] +
                                             found.group(1)[window[1][1]:])
