"""Offline planner, what a description says of the whole table: its Faker locale ('German customers') and the
date window of its main dates ('sales from January 2023 to March 2024')."""

from __future__ import annotations

from datetime import date

from ...catalog import known_locale
from . import modifiers as mod
from .fields import Field
from .lexicon import Lexicon, words
from .text import Parsed, strip_groups


def _before_list(text: str) -> str:
    """What comes before a list the text introduces ('status' of 'status: a/b/c'); the whole text if none."""
    split = mod.enum_split(text)
    return split[0] if split else text


def locale_of(parsed: Parsed, lex: Lexicon, notes: list[str]) -> str:
    """A Faker locale from words like 'German', 'in Japan', 'UK'; en_US otherwise."""
    sources = [parsed.header, *parsed.context]
    sources += [strip_groups(_before_list(p.text))[0] for p in parsed.phrases]
    skip = lex.hints.locale_skip
    for text in sources:
        lowered = " " + " ".join(words(text)) + " "
        for phrase in skip:
            lowered = lowered.replace(f" {phrase} ", " ")
        tokens = lowered.split()
        for n in (3, 2, 1):
            for i in range(len(tokens) - n + 1):
                locale = lex.locales.get(tuple(tokens[i:i + n]))
                if locale and known_locale(locale):
                    notes.append(f"locale {locale} from '{' '.join(tokens[i:i + n])}'")
                    return locale
    return "en_US"


def header_window(fields: list[Field], parsed: Parsed, lex: Lexicon) -> None:
    """'sales from January 2023 to March 2024': the header's dates bound the table's main date columns."""
    found = mod.find_window(" ".join([parsed.header, *parsed.context]), date.today().toordinal())
    if not found:
        return
    for f in fields:
        if f.explicit or f.concept not in lex.ws("windowed_concepts") or \
                f.provider not in ("date_between", "date_time_between"):
            continue
        start, end = found[0]
        if f.provider == "date_time_between":
            start, end = mod.datetime_window(start, end)
        f.args = {"start_date": start, "end_date": end}
