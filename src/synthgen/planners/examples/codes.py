"""Examples planner, codes: the pattern of ids and codes ("user-001" -> "user-###", "INV-2024-00017" ->
"INV-2024-#####", "AB12-XY" -> "??##-??"), as Faker's numerify/bothify templates, and whether they count up."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

_RUN = re.compile(r"\d+|[A-Za-z]+|.")
_SPECIAL = frozenset("#%!@?{}")  # numerify/bothify placeholders and template braces: never literal in a template
MAX_CODE = 40


@dataclass(frozen=True)
class Pattern:
    """A Faker template for a code column: `provider` numerify or bothify, its `text` and `letters`, how many
    values it can make, and whether the examples count up (`counts_up`: a varying number that rises by one)."""

    provider: str
    text: str
    letters: str | None
    capacity: float
    counts_up: bool = False

    def args(self) -> dict[str, str]:
        out = {"text": self.text}
        if self.letters:
            out["letters"] = self.letters
        return out

    def widened(self, rows: int) -> Pattern:
        """The same pattern with its last run of '#' made longer until it holds `rows` distinct values."""
        text, capacity = self.text, self.capacity
        while capacity < rows and "#" in text:
            at = text.rindex("#")
            text, capacity = text[:at] + "##" + text[at + 1:], capacity * 10
        return Pattern(self.provider, text, self.letters, capacity, self.counts_up)


def _runs(value: str) -> list[str]:
    return _RUN.findall(value)


def _kind(run: str) -> str:
    return "D" if run[0].isdigit() else "L" if run[0].isalpha() else run


def pattern_of(values: list[str]) -> Pattern | None:
    """The template every value fits, or None when the values are not codes (spaces, mixed shapes, one value)."""
    if not values or any(len(v) > MAX_CODE or not v or any(ch.isspace() or ch in _SPECIAL for ch in v)
                         for v in values):
        return None
    if len(set(values)) < 2 and len(values) > 1:
        return None
    runs = [_runs(v) for v in values]
    shape = [_kind(r) for r in runs[0]]
    if any([_kind(r) for r in rr] != shape for rr in runs):
        return None
    if not any(k in ("D", "L") for k in shape):
        return None
    single = len(set(values)) == 1
    parts: list[str] = []
    capacity = 1.0
    letters: set[str] = set()
    counts_up = False
    for index, kind in enumerate(shape):
        column = [rr[index] for rr in runs]
        constant = len(set(column)) == 1 and not single
        width = max(len(c) for c in column)
        if kind == "D":
            if constant:
                parts.append(column[0])
            else:
                parts.append("#" * width)
                capacity *= 10.0 ** width
                numbers = [int(c) for c in column]
                counts_up = counts_up or len(numbers) >= 3 and all(b - a == 1 for a, b in itertools.pairwise(numbers))
        elif kind == "L":
            if constant or single:
                parts.append(column[0])
            else:
                parts.append("?" * width)
                letters |= set("".join(column))
        else:
            parts.append(kind)
    text = "".join(parts)
    if "?" in text:
        alphabet = _alphabet(letters)
        capacity *= float(len(alphabet)) ** text.count("?")
        return Pattern("bothify", text, alphabet, capacity, counts_up)
    if "#" not in text:
        return None
    return Pattern("numerify", text, None, capacity, counts_up)


def _alphabet(letters: set[str]) -> str:
    upper = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    if all(ch.isupper() for ch in letters):
        return upper
    if all(ch.islower() for ch in letters):
        return upper.lower()
    return upper + upper.lower()
