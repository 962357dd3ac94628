"""The clock "today" and "now" are read from, per request (never frozen in a cache); tests replace `now`."""

from __future__ import annotations

import datetime as dt


def now() -> dt.datetime:
    """The current moment, timezone-aware. Relative dates ('-1y', 'today', 'now') resolve against it once per
    request; tests move it by replacing this function (monkeypatch.setattr(clock, "now", ...))."""
    return dt.datetime.now(dt.UTC)


def local(moment: dt.datetime) -> dt.datetime:
    """The moment as a naive local wall-clock time, as Faker's datetime.now() reads it."""
    return moment.astimezone().replace(tzinfo=None)
