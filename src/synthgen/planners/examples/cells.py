"""Examples planner, cells: the type of one column's values (int, float with its decimals, bool, date, datetime
with its format, or text), read from JSON values as they are typed and from CSV text as it would be read."""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass, field
from typing import Any

_INT = re.compile(r"^[+-]?(0|[1-9][0-9]{0,17})$")  # no leading zeros: "00123" is a code, not a number
_FLOAT = re.compile(r"^[+-]?[0-9]{1,18}\.([0-9]{1,12})$")
_TRUE = frozenset({"true", "True", "TRUE"})
_FALSE = frozenset({"false", "False", "FALSE"})
# strftime formats tried in order; the first that reads every value of a column is the column's format
DATE_FORMATS = ("%Y-%m-%d", "%Y/%m/%d", "%d/%m/%Y", "%m/%d/%Y", "%d.%m.%Y", "%d-%m-%Y", "%b %d, %Y", "%d %b %Y")
DATETIME_FORMATS = ("%Y-%m-%dT%H:%M:%S", "%Y-%m-%d %H:%M:%S", "%Y-%m-%dT%H:%M:%SZ", "%Y-%m-%dT%H:%M:%S.%f",
                    "%Y-%m-%dT%H:%M:%S.%fZ", "%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M", "%m/%d/%Y %H:%M",
                    "%d/%m/%Y %H:%M", "%m/%d/%Y %H:%M:%S", "%d/%m/%Y %H:%M:%S")
ISO_DATE = "%Y-%m-%d"
_OFFSET = re.compile(r"([+-]\d{2}:?\d{2})$")


@dataclass
class Cells:
    """One column of the sample: its name, every cell (None for a missing or empty one), and what was read: the
    kind (int, float, bool, date, datetime, str), the parsed non-null values, the decimals of a float column and
    the strftime format of a date or datetime column."""

    name: str
    raw: list[Any]
    kind: str = "str"
    values: list[Any] = field(default_factory=list)
    decimals: int = 0
    fmt: str | None = None
    _rows: list[Any] | None = field(default=None, repr=False, compare=False)

    @property
    def present(self) -> list[int]:
        """Row indexes of the non-null cells."""
        return [i for i, v in enumerate(self.raw) if v is not None]

    @property
    def null_share(self) -> float:
        return 1 - len(self.values) / len(self.raw) if self.raw else 0.0

    def by_row(self) -> list[Any]:
        """The parsed values in row order, None where a cell is empty (made once: relations read it often)."""
        if self._rows is None:
            it = iter(self.values)
            self._rows = [None if v is None else next(it) for v in self.raw]
        return self._rows


def read(name: str, raw: list[Any], *, typed: bool) -> Cells:
    """The column's cells, typed. `typed`: the sample came as JSON (numbers and booleans are what JSON says;
    only text is read for dates); else CSV text, where numbers and true/false are read from the text too."""
    raw = [None if v is None or (isinstance(v, str) and not v.strip()) else v for v in raw]
    cells = Cells(name, raw)
    present = [v for v in raw if v is not None]
    if not present:
        return cells
    texts = [v.strip() for v in present if isinstance(v, str)]
    if typed and len(texts) < len(present):  # JSON numbers and booleans
        return _typed(cells, present)
    if len(texts) < len(present):  # CSV holds text only; anything else is read as its text
        texts = [str(v) for v in present]
    for reader in (() if typed else (_bools, _ints, _floats)) + (_dates, _datetimes):
        if reader(cells, texts):
            return cells
    cells.values = [str(v) for v in present]
    return cells


def _typed(cells: Cells, present: list[Any]) -> Cells:
    if all(isinstance(v, bool) for v in present):
        cells.kind, cells.values = "bool", list(present)
    elif all(isinstance(v, int) and not isinstance(v, bool) for v in present):
        cells.kind, cells.values = "int", list(present)
    elif all(isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v) for v in present):
        cells.kind, cells.values = "float", [float(v) for v in present]
        cells.decimals = max(_decimals(repr(float(v))) for v in present)
    else:  # mixed JSON types: kept as text
        cells.values = [v if isinstance(v, str) else _text(v) for v in present]
    return cells


def _text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _decimals(text: str) -> int:
    if "e" in text or "E" in text or "." not in text:
        return 0 if "e-" not in text else 6
    return len(text.split(".")[1].rstrip("0"))


def _bools(cells: Cells, texts: list[str]) -> bool:
    if not all(t in _TRUE or t in _FALSE for t in texts):
        return False
    cells.kind, cells.values = "bool", [t in _TRUE for t in texts]
    return True


def _ints(cells: Cells, texts: list[str]) -> bool:
    if not all(_INT.match(t) for t in texts):
        return False
    cells.kind, cells.values = "int", [int(t) for t in texts]
    return True


def _floats(cells: Cells, texts: list[str]) -> bool:
    if not all(_INT.match(t) or _FLOAT.match(t) for t in texts) or not any(_FLOAT.match(t) for t in texts):
        return False
    cells.kind, cells.values = "float", [float(t) for t in texts]
    cells.decimals = max(len(m.group(1)) for t in texts if (m := _FLOAT.match(t)))
    return True


def _dates(cells: Cells, texts: list[str]) -> bool:
    found = _format(texts, DATE_FORMATS)
    if found is None:
        return False
    cells.kind, cells.fmt = "date", found[0]
    cells.values = [v.date() for v in found[1]]
    return True


def _datetimes(cells: Cells, texts: list[str]) -> bool:
    bare = [_OFFSET.sub("", t) if "T" in t else t for t in texts]  # "+02:00" offsets: the wall time is kept
    found = _format(bare, DATETIME_FORMATS)
    if found is None:
        return False
    cells.kind, cells.fmt = "datetime", found[0]
    cells.values = [v.replace(microsecond=0) for v in found[1]]
    return True


# Formats Python reads fast (fromisoformat) once a value has their exact shape; others go through strptime.
_FAST = {"%Y-%m-%d": re.compile(r"^\d{4}-\d{2}-\d{2}$"),
         "%Y-%m-%dT%H:%M:%S": re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$"),
         "%Y-%m-%d %H:%M:%S": re.compile(r"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$")}


def _parse(text: str, fmt: str) -> dt.datetime:
    shape = _FAST.get(fmt)
    if shape is not None and shape.match(text):
        return dt.datetime.fromisoformat(text)
    return dt.datetime.strptime(text, fmt)


def _format(texts: list[str], formats: tuple[str, ...]) -> tuple[str, list[dt.datetime]] | None:
    """The first format that reads every text, and what it read (tried on a few texts first, then on all)."""
    if not all(any(ch.isdigit() for ch in t) and len(t) <= 40 for t in texts[:50]):
        return None
    for fmt in formats:
        try:
            for t in texts[:20]:
                dt.datetime.strptime(t, fmt)
            return fmt, [_parse(t, fmt) for t in texts]
        except ValueError:
            continue
    return None
