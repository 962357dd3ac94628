"""How far each numeric argument of an allowlisted Faker provider may go: every one is a size or a value, explicitly."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Any, Literal

NUMBER_LIMIT = 1e15  # a value argument, in absolute value, unless its own bound is narrower

# Names that sound like sizes (how much work or memory one call takes); a test checks they are classed as sizes.
SIZE_LIKE = re.compile(r"depth|deep|^nb|length|digits|count|levels|chars|size|words|sentences")


@dataclass(frozen=True)
class Bound:
    """A size (the work one call does grows with it: kept small) or a value (a number the output holds)."""

    kind: Literal["size", "value"]
    low: float
    high: float

    def problem(self, value: float) -> str | None:
        """None if `value` is within the bound, else a sentence naming the limit."""
        if isinstance(value, float) and not math.isfinite(value):
            return f"must be a finite number between {self.low:g} and {self.high:g}"
        if not self.low <= value <= self.high:
            return f"must be between {self.low:g} and {self.high:g} (got {value:g})"
        return None


def size(low: float, high: float) -> Bound:
    return Bound("size", low, high)


def value(low: float = -NUMBER_LIMIT, high: float = NUMBER_LIMIT) -> Bound:
    return Bound("value", low, high)


# Sizes chosen so that one call at the bound takes about a millisecond at most and a few tens of kB (measured
# with Faker 40.5 on en_US: text(max_nb_chars=5000) 1.2 ms, paragraph(nb_sentences=50) 0.4 ms, file_path(depth=20)
# 0.14 ms, uri(deep=20) < 0.1 ms, domain_name(levels=5) 0.65 ms, dga(length=1000) 0.5 ms; each < 50 kB).
BY_NAME: dict[str, Bound] = {
    # sizes
    "max_nb_chars": size(5, 5000), "nb_words": size(1, 200), "nb_sentences": size(1, 50), "nb": size(1, 100),
    "nb_elements": size(1, 100), "length": size(1, 1000), "max_chars": size(1, 1000), "min_chars": size(0, 1000),
    "digits": size(1, 18), "left_digits": size(0, 15), "right_digits": size(0, 10), "levels": size(1, 5),
    "precision": size(0, 10), "max_length": size(1, 1000), "min_length": size(0, 1000), "depth": size(1, 20),
    "deep": size(1, 20), "max_sequential_digits": size(1, 4),
    # values with a narrower range of their own
    "chance_of_getting_true": value(0, 100), "truth_probability": value(0, 100), "minimum_age": value(0, 150),
    "maximum_age": value(0, 150), "min_age": value(0, 150), "max_age": value(0, 150), "step": value(1, NUMBER_LIMIT),
    "number_system_digit": value(0, 9), "year": value(1, 9999), "month": value(1, 12), "day": value(1, 31),
    # plain values: numbers the output holds or is drawn between
    "min": value(), "max": value(), "min_value": value(), "max_value": value(), "number": value(),
    "center": value(), "radius": value(), "width": value(0, 100_000), "height": value(0, 100_000),
    "version_from": value(), "version_to": value(), "build_from": value(), "build_to": value(),
    "bank_code": value(), "elements": value(), "hue": value(), "prefixes": value(), "x": value(),
    # dates given as a number (a POSIX timestamp); the dry run refuses those Faker cannot place
    "start_date": value(), "end_date": value(), "date_start": value(), "date_end": value(),
    "datetime_start": value(), "datetime_end": value(), "start_datetime": value(), "end_datetime": value(),
    "start": value(), "end": value(),
}
# (provider, argument) where one provider's argument needs another bound than its name's.
BY_PROVIDER: dict[tuple[str, str], Bound] = {}


def is_numeric(annotation: str, default: Any) -> bool:
    """Whether an argument takes numbers (alone, in a union, or as list items), by its annotation or default."""
    if isinstance(default, bool):
        return False
    return bool(re.search(r"\b(int|float|Decimal)\b", annotation)) or isinstance(default, (int, float))


def bound_of(provider: str, argument: str) -> Bound | None:
    """The bound of a numeric argument, or None if it has no classification (then numbers are refused)."""
    return BY_PROVIDER.get((provider, argument)) or BY_NAME.get(argument)
