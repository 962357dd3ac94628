"""Dates and datetimes in bulk: Faker's date providers as uniform draws over a resolved range."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
from faker.providers.date_time import Provider as DateProvider
from faker.providers.date_time import datetime_to_timestamp

from .. import arrays, clock
from ..errors import SchemaError
from ..schema import Column
from .block import Block, stable_key
from .gen import Gen
from .permute import permute

EPOCH = dt.date(1970, 1, 1)
DAY = 86_400


def _day(value: Any, at: dt.datetime) -> int:
    """Days since 1970-01-01 of a Faker date argument ('-30y', 'today', '2024-01-31', ...), relative ones
    from the local date of `at` (Faker's _parse_date, with the request's clock for its date.today())."""
    if isinstance(value, (dt.datetime, dt.date)):
        return (DateProvider._parse_date(value) - EPOCH).days
    today = clock.local(at).date()
    if isinstance(value, dt.timedelta):
        day = today + value
    elif isinstance(value, str):
        day = today if value in ("today", "now") else today + dt.timedelta(**DateProvider._parse_date_string(value))
    elif isinstance(value, int):
        day = today + dt.timedelta(value)
    else:
        return (DateProvider._parse_date(value) - EPOCH).days  # Faker's own error for anything else
    return (day - EPOCH).days


def _second(value: Any, at: dt.datetime) -> int:
    """Seconds since 1970 of a Faker datetime argument, relative ones from `at` (Faker's _parse_date_time,
    which reads the local wall clock as UTC)."""
    if isinstance(value, (dt.datetime, dt.date)) or isinstance(value, int) and not isinstance(value, bool):
        return int(DateProvider._parse_date_time(value))
    wall = clock.local(at)
    if isinstance(value, dt.timedelta):
        return datetime_to_timestamp(wall + value)
    if isinstance(value, str):
        if value == "now":
            return datetime_to_timestamp(wall)
        return datetime_to_timestamp(wall + dt.timedelta(**DateProvider._parse_date_string(value)))
    return int(DateProvider._parse_date_time(value))  # Faker's own error for anything else


def _today(at: dt.datetime) -> int:
    return (clock.local(at).date() - EPOCH).days


def _now(at: dt.datetime) -> int:
    return int(at.timestamp())


def _shift_years(day: int, years: int) -> int:
    date = EPOCH + dt.timedelta(days=day)
    try:
        moved = date.replace(year=date.year + years)
    except ValueError:  # 29 February
        moved = date.replace(year=date.year + years, day=28)
    return (moved - EPOCH).days


def _period(unit: str, before: bool, after: bool, today: dt.date) -> tuple[dt.date, dt.date]:
    if unit == "year":
        start, end = dt.date(today.year, 1, 1), dt.date(today.year + 1, 1, 1)
    elif unit == "month":
        start = today.replace(day=1)
        end = (start + dt.timedelta(days=32)).replace(day=1)
    elif unit == "decade":
        start, end = dt.date(today.year - today.year % 10, 1, 1), dt.date(today.year - today.year % 10 + 10, 1, 1)
    else:
        start, end = dt.date(today.year - today.year % 100, 1, 1), dt.date(today.year - today.year % 100 + 100, 1, 1)
    if before and not after:
        return start, today
    if after and not before:
        return today, end - dt.timedelta(days=1)
    return (start, end - dt.timedelta(days=1)) if before else (today, today)


def day_range(provider: str, args: dict[str, Any], at: dt.datetime) -> tuple[int, int] | None:
    """The inclusive range, in days since 1970, that a date provider draws from at the moment `at` (None: not
    a date provider)."""
    today = _today(at)
    if provider == "date_between":
        return _day(args.get("start_date", "-30y"), at), _day(args.get("end_date", "today"), at)
    if provider == "date_between_dates":
        return _day(args.get("date_start") or "today", at), _day(args.get("date_end") or "today", at)
    if provider in ("date_object", "date_time", "date", "year"):
        end = args.get("end_datetime")
        return 0, _day(end, at) if end is not None else today
    if provider == "past_date":
        return _day(args.get("start_date", "-30d"), at), today - 1
    if provider == "future_date":
        return today + 1, _day(args.get("end_date", "+30d"), at)
    if provider == "date_of_birth":
        low = _shift_years(today, -(int(args.get("maximum_age", 115)) + 1)) + 1
        return low, _shift_years(today, -int(args.get("minimum_age", 0)))
    for unit in ("year", "month", "decade", "century"):
        if provider == f"date_this_{unit}":
            start, end = _period(unit, args.get("before_today", True), args.get("after_today", False),
                                 clock.local(at).date())
            return (start - EPOCH).days, (end - EPOCH).days
    return None


def second_range(provider: str, args: dict[str, Any], at: dt.datetime) -> tuple[int, int] | None:
    """The inclusive range, in seconds since 1970, that a datetime provider draws from at the moment `at`."""
    now = _now(at)
    if provider == "date_time_between":
        return _second(args.get("start_date", "-30y"), at), _second(args.get("end_date", "now"), at)
    if provider == "date_time_between_dates":
        start, end = args.get("datetime_start"), args.get("datetime_end")
        return _second(start, at) if start is not None else now, _second(end, at) if end is not None else now
    if provider in ("date_time", "time", "iso8601", "unix_time"):
        end = args.get("end_datetime")
        start = args.get("start_datetime")
        return _second(start, at) if start is not None else 0, _second(end, at) if end is not None else now
    if provider == "past_datetime":
        return _second(args.get("start_date", "-30d"), at), now - 1
    if provider == "future_datetime":
        return now + 1, _second(args.get("end_date", "+30d"), at)
    for unit in ("year", "month", "decade", "century"):
        if provider == f"date_time_this_{unit}":
            start, end = _period(unit, args.get("before_now", True), args.get("after_now", False),
                                 clock.local(at).date())
            low = (start - EPOCH).days * DAY
            high = (end - EPOCH).days * DAY + DAY - 1
            if args.get("before_now", True) and not args.get("after_now", False):
                high = now
            elif args.get("after_now", False) and not args.get("before_now", True):
                low = now
            return low, high
    return None


Span = Callable[[Block], tuple[int, int]]


def _draw(col: Column, span: Span, block: Block) -> np.ndarray:
    low, high = span(block)
    count = high - low + 1
    if col.unique:
        return low + permute(block.row_ids, count, stable_key(col.name)).astype(np.int64)
    return low + block.rng(col.name).integers(0, count, block.n)


def _text(col: Column, span: Span, unit: str, fmt: str) -> Gen | None:
    """Dates or times rendered with a strftime pattern, or None if Arrow cannot render that pattern
    (then Faker's own per-row path renders it)."""
    def fn(block: Block) -> pa.Array:
        stamps = _draw(col, span, block).astype(f"datetime64[{unit}]")
        # whole seconds, or %S renders microseconds too
        return pc.strftime(arrays.from_numpy(stamps, pa.timestamp("us")).cast(pa.timestamp("s")), format=fmt)

    try:
        pc.strftime(arrays.from_numpy(np.array([0], dtype="datetime64[s]"), pa.timestamp("us")), format=fmt)
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError, ValueError):
        return None
    return Gen(fn, pa.string())


def _empty(col: Column) -> SchemaError:
    """Faker takes a start after the end (it returns the start); we refuse it: it is almost always a slip."""
    return SchemaError(f"column '{col.name}': {col.provider} has an empty date range: its start comes after its "
                       "end; check its date arguments")


def make(col: Column, args: dict[str, Any]) -> Gen | None:
    """A bulk generator for a date/datetime provider, or None if the provider is not one of ours. Its range
    is resolved per block from the request's clock (Block.moment), so relative dates ('-1y', 'today', 'now')
    follow the calendar in a long-running process; checked now against the current clock."""
    provider = col.provider_name
    days = day_range(provider, args, clock.now())
    finder = day_range if days is not None else second_range
    first = days if days is not None else second_range(provider, args, clock.now())
    if first is None:
        return None
    if first[1] < first[0]:
        raise _empty(col)

    def span(block: Block) -> tuple[int, int]:
        found = finder(provider, args, block.moment)
        assert found is not None  # the provider's range was found above; only the moment changed
        low, high = found
        if high < low:  # an end relative to today that today has passed
            raise _empty(col)
        return low, high

    capacity = max(first[1] - first[0] + 1, 0)
    if days is not None:
        if col.provider in ("date", "year"):  # string renderings of a date
            return _text(col, span, "D", "%Y" if col.provider == "year" else args.get("pattern", "%Y-%m-%d"))

        def dates(block: Block) -> pa.Array:
            return arrays.from_numpy(_draw(col, span, block).astype("datetime64[D]"))

        return Gen(dates, pa.date32(), capacity=capacity, unique_native=True)
    if col.provider == "time":
        return _text(col, span, "s", args.get("pattern", "%H:%M:%S"))
    if col.provider == "iso8601":
        return _text(col, span, "s", "%Y-%m-%dT%H:%M:%S")
    if col.provider == "unix_time":
        return Gen(lambda b: arrays.from_numpy(_draw(col, span, b).astype(np.float64)), pa.float64(),
                   capacity=capacity, unique_native=True)

    def stamps(block: Block) -> pa.Array:
        return arrays.from_numpy(_draw(col, span, block).astype("datetime64[s]"), pa.timestamp("us"))

    return Gen(stamps, pa.timestamp("us"), capacity=capacity, unique_native=True)


def follow(base: pa.Array, min_days: float, max_days: float, rng: np.random.Generator,
           type_: pa.DataType | None = None) -> pa.Array:
    """A date/datetime column that comes min_days..max_days after `base` (nulls stay null). Between dates the
    offset is whole days; a datetime column (`type_`) after a date or datetime moves by seconds (fractional days)."""
    n = len(base)
    if pa.types.is_date32(base.type) and type_ is not None and pa.types.is_timestamp(type_):
        base = base.cast(pa.timestamp("us"))
    if pa.types.is_date32(base.type):
        offsets = rng.integers(int(min_days), int(max_days) + 1, n).astype("timedelta64[D]")
        values = arrays.temporal_numpy(base) + offsets
        return arrays.from_numpy(values, pa.date32())
    offsets = rng.integers(int(min_days * DAY), int(max_days * DAY) + 1, n).astype("timedelta64[s]")
    values = arrays.temporal_numpy(base) + offsets
    return arrays.from_numpy(values, pa.timestamp("us"))


GENERATOR_NAMES = frozenset(
    {"date_between", "date_between_dates", "date_object", "date_time", "date", "year", "past_date",
     "future_date", "date_of_birth", "date_this_year", "date_this_month", "date_this_decade", "date_this_century",
     "date_time_between", "date_time_between_dates", "time", "iso8601", "unix_time", "past_datetime",
     "future_datetime", "date_time_this_year", "date_time_this_month", "date_time_this_decade",
     "date_time_this_century"}
)
