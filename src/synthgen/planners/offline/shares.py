"""Offline planner, shares: how often a value occurs, said in words ('about 30% yes', 'mostly issued', '~2%')."""

from __future__ import annotations

import re
from dataclasses import dataclass

_ABOUT = r"(?:(?:about|around|roughly|approximately|approx\.?|nearly|almost|some|circa|ca\.?|~|\u2248)\s*)?"
_PCT = r"(\d+(?:\.\d+)?)\s*(?:(?:-|to|\u2013)\s*(\d+(?:\.\d+)?)\s*)?(?:%|\s+percent\b|\s+per\s+cent\b)"
_OF = r"(?:\s+of\s+(?:the\s+|all\s+)?(?:[a-z]+\s+){0,2}?[a-z]+)?"
_VERB = (r"(?:\s+(?:should|will|would|must|are|is|were|was|be|get|gets|have|has|carry|carries|being|to|been|"
         r"marked|flagged|labelled|labeled|tagged|set|as|a|an|the))*")
_VALUE = r"(?:\s+([a-z][\w-]*(?:\s+[a-z][\w-]*)?))?"
_SHARE = re.compile(rf"{_ABOUT}{_PCT}{_OF}{_VERB}{_VALUE}", re.IGNORECASE)
_WORDS = {"mostly": 80.0, "mainly": 80.0, "usually": 80.0, "typically": 80.0, "largely": 80.0, "predominantly": 85.0,
          "almost always": 95.0, "nearly always": 95.0, "rarely": 10.0, "seldom": 10.0, "occasionally": 15.0,
          "sometimes": 30.0, "almost never": 3.0, "hardly ever": 3.0, "often": 60.0, "frequently": 60.0}
_WORD_SHARE = re.compile(r"\b(" + "|".join(sorted(_WORDS, key=len, reverse=True)) +
                         r")\s+([a-z][\w-]*(?:\s+[a-z][\w-]*)?)", re.IGNORECASE)
_QUANTITIES = {"the vast majority": 90.0, "the great majority": 90.0, "nearly all": 92.0, "almost all": 92.0,
               "most": 80.0, "the majority": 70.0, "majority": 70.0, "a majority": 70.0, "half": 50.0, "some": 25.0,
               "a minority": 20.0, "a few": 10.0, "few": 10.0, "very few": 5.0, "a handful": 5.0}
# 'most are active', 'the majority of tickets are low', 'a few of them are electric', 'nearly all plots get water'
_QUANTITY_SHARE = re.compile(r"\b(" + "|".join(sorted(_QUANTITIES, key=len, reverse=True)) +
                             r")\s+(?:of\s+(?:the|them|these|those|all)\s*)?(?:(?!(?:are|is|were|was)\b)[a-z]+\s+){0,2}?"
                             r"(?:are|is|were|was|will\s+be|should\s+be|stay|remain|get)\s+"
                             r"(?:still\s+|currently\s+|marked\s+(?:as\s+)?)?(?:(?:in|on|by|via|with|using|paid\s+by)\s+(?:the\s+)?)?"
                             r"([a-z][\w-]*(?:\s+[a-z][\w-]*)?)", re.IGNORECASE)  # 'most passengers are in economy'
_QUANTITY_SAID = re.compile(r"^\s*(" + "|".join(sorted(_QUANTITIES, key=len, reverse=True)) +
                            r")\s+(?:of\s+(?:the|them|these|those|all)\s*)?(?:[a-z]+\s*){0,2}"
                            r"\((?:(?:in|on|by|via|with|using|paid\s+by)\s+(?:the\s+)?)?([a-z][\w\s-]*)\)\s*$",
                            re.IGNORECASE)
_NOT_A_VALUE = re.compile(r"^(?:missing|left|null|nulls|empty|blank|unknown|of|more|less|higher|lower|off|discount|"
                          r"above|below|over|under|per|each|a|an|the|in|on|at)\b", re.IGNORECASE)
_FLAG = re.compile(r"\s+flag(?:ged)?$", re.IGNORECASE)
_TRUE = frozenset({"yes", "true", "y", "t", "1", "positive", "on", "flagged", "set", "active", "enabled"})
_FALSE = frozenset({"no", "false", "n", "f", "0", "negative", "off", "unflagged", "inactive", "disabled"})


def yes_no(value: str) -> bool:
    """Whether a share's value is a yes/no word ('mostly true', 'about 30% no')."""
    return value.lower() in _TRUE | _FALSE


@dataclass
class Share:
    """A stated share of rows (0-100) and the value it is the share of ('' when none was named)."""

    percent: float
    value: str = ""

    def chance(self, names: set[str]) -> float | None:
        """The share of true for a yes/no column named by `names`; None if the value is another column's."""
        value = self.value.lower()
        if not value or value in _TRUE or value in names or value.rstrip("s") in names:
            return self.percent
        if value in _FALSE or value in {f"not {n}" for n in names}:
            return 100 - self.percent
        return self.percent

    def index(self, elements: list[object]) -> int | None:
        """Which choice the share is of ('issued' in issued, under review, rejected), if any."""
        value = self.value.lower()
        lowered = [str(e).lower() for e in elements]
        for test in (lambda e: e == value, lambda e: e.startswith(value + " ") or value.startswith(e + " ")):
            hit = next((i for i, e in enumerate(lowered) if value and test(e)), None)
            if hit is not None:
                return hit
        return None


def weights_of(found: list[Share], elements: list[object]) -> list[float] | None:
    """Weights giving each named choice its share and the others the rest evenly; None if none is named."""
    named: dict[int, float] = {}
    for share in found:
        hit = share.index(elements)
        if hit is not None and hit not in named:
            named[hit] = share.percent
    if not named or len(elements) < 2:
        return None
    total = sum(named.values())
    others = len(elements) - len(named)
    if total > 100 or (others == 0 and abs(total - 100) > 1e-6 and total <= 0):
        return None
    rest = (100 - total) / others if others else 0.0
    return [round(named.get(i, rest), 3) for i in range(len(elements))]


_BEFORE = re.compile(rf"\b([a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s*[:=]?\s*{_ABOUT}{_PCT}", re.IGNORECASE)


def named_before(text: str, elements: list[object]) -> tuple[str, list[Share]]:
    """Shares written after the choice they are of ('economy 40-95%', 'card about 70%', 'gold: 5%'), for
    the choices among `elements` (the last one or two words before the number name the choice); the text
    without them."""
    found: list[Share] = []
    spans: list[tuple[int, int]] = []
    for match in _BEFORE.finditer(text):
        low, high = float(match.group(2)), float(match.group(3) or match.group(2))
        if high > 100:
            continue
        named = match.group(1).split()
        for value in ([" ".join(named)] if len(named) > 1 else []) + [named[-1]]:
            share = Share(min(100.0, (low + high) / 2), value)
            if share.index(elements) is not None:
                found.append(share)
                spans.append((match.end(1) - len(value), match.end()))
                break
    for span in reversed(spans):
        text = _cut(text, span)
    return text, found


def take(text: str) -> tuple[str, Share | None]:
    """The phrase without the share it states, and that share: 'about 30% yes', '(roughly 10% flagged)',
    '80-95% paid', 'fraud flag ~2%', 'mostly issued', 'rarely late'. '5% missing' is left to the null flags."""
    for found in _SHARE.finditer(text):
        value = (found.group(3) or "").strip()
        if _NOT_A_VALUE.match(value) and not re.match(r"(?i)of\s", value):
            if re.match(r"(?i)(?:missing|null|nulls|empty|blank|unknown|left\s+(?:blank|empty))\b", value):
                continue  # '40 percent of them left blank': a blank share, read by the null flags
            value = ""
        low, high = float(found.group(1)), float(found.group(2) or found.group(1))
        if high > 100:
            continue
        value = _FLAG.sub("", value)
        return _cut(text, found.span()), Share(min(100.0, (low + high) / 2), value)
    worded = _WORD_SHARE.search(text)
    if worded and (not _NOT_A_VALUE.match(worded.group(2)) or worded.group(2).split()[0].lower() in _TRUE | _FALSE):
        value = worded.group(2).split()[0] if worded.group(2).split()[0].lower() in _TRUE | _FALSE else \
            worded.group(2)
        end = worded.start(2) + len(value)
        return _cut(text, (worded.start(), end)), Share(_WORDS[worded.group(1).lower()], value)
    quantity = _QUANTITY_SHARE.search(text)
    if quantity and not _NOT_A_VALUE.match(quantity.group(2)):
        return _cut(text, quantity.span()), Share(_QUANTITIES[quantity.group(1).lower()], quantity.group(2))
    return text, None


def quantity_sentence(text: str) -> Share | None:
    """The share a whole sentence states of some choice: 'Most loans are returned' (read as 'Most loans
    (returned)'), 'a few plants are shade'; None when the sentence says more than that."""
    said = _QUANTITY_SAID.match(text)
    if said:
        return Share(_QUANTITIES[said.group(1).lower()], said.group(2).strip())
    rest, share = take(text)
    return share if share is not None and len(re.findall(r"\w+", rest)) <= 1 else None


def take_all(text: str, most: int = 8) -> tuple[str, list[Share]]:
    """The phrase without every share it states, and those shares ('(about 90% delivered, 1% lost)')."""
    found: list[Share] = []
    while len(found) < most:
        rest, share = take(text)
        if share is None:
            break
        text, found = rest, found + [share]
    return text, found


def _cut(text: str, span: tuple[int, int]) -> str:
    before = re.sub(r"[\s,;]+with$", "", text[:span[0]].rstrip(" ,;-"), flags=re.IGNORECASE)  # ', with roughly 10% VIP'
    rest = before + " " + text[span[1]:].lstrip(" ,;")
    rest = re.sub(r"\(\s*[,;]?\s*\)", " ", rest)
    rest = re.sub(r"\s*[,;]\s*\)", ")", re.sub(r"\(\s*[,;]\s*", "(", rest))
    return re.sub(r"\s+", " ", rest).strip(" ,;.")
