"""Offline planner, modifiers: what a phrase states about its values (choices, ranges, units, flags, booleans)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .dates import bare_window, datetime_window, find_dates, find_window, period_sentence  # noqa: F401  (read through modifiers too)

_NUM = r"[-+]?(?:[$\u20ac\u00a3\u00a5\u20b9]\s*)?\d+(?:\.\d+)?" \
       r"(?:(?:k|m|mm|bn|b)\b|\s*(?:million|thousand|billion)\b)?\s*%?"
_N = rf"({_NUM})"
_RANGES = [
    (re.compile(rf"{_N}\s*(?:[^\W\d_]{{1,5}}\.?\s*)?\(?\s*(?:\u00b1|\+\s*/\s*-|\+-|plus\s+or\s+minus|give\s+or\s+take)\s*"
                rf"{_N}", re.IGNORECASE), "tolerance"),  # '25 mm +/- 0.5', '~25.00 \u00b10.05': the value either side
    (re.compile(rf"\bbetween\s+{_N}\s*(?:and|&|-|to)\s*{_N}", re.IGNORECASE), "both"),
    (re.compile(rf"\b(?:from|ranging\s+from|ranges?\s+from|range(?:\s+of)?|ranging)\s*:?\s*{_N}\s*"
                rf"(?:to|-|until|till|through|and|\.\.)\s*{_N}", re.IGNORECASE), "both"),
    (re.compile(rf"(?<![\w.]){_N}\s*(?:-|to|\.\.\.?|~|through)\s*{_N}(?![\w.])", re.IGNORECASE), "both"),
    (re.compile(rf"\bout\s+of\s+{_N}", re.IGNORECASE), "outof"),
    (re.compile(rf"(?:\bup\s*to|\bupto|\bat\s+most|\bmax(?:imum)?(?:\s+of)?|\bno\s+more\s+than|\bnot\s+more\s+than|"
                rf"\bnot\s+exceeding|\bcapped\s+at|<=|\u2264|\bwithin)\s*:?\s*{_N}", re.IGNORECASE), "max"),
    (re.compile(rf"(?:\bunder|\bbelow|\bless\s+than|\bfewer\s+than|<)\s*{_N}", re.IGNORECASE), "max_excl"),
    (re.compile(rf"(?:\bat\s+least|\bmin(?:imum)?(?:\s+of)?|\bno\s+less\s+than|\bnot\s+less\s+than|>=|\u2265|"
                rf"\bstarting\s+(?:at|from)|\bfrom)\s*:?\s*{_N}", re.IGNORECASE), "min"),
    (re.compile(rf"(?:\bover|\babove|\bmore\s+than|\bgreater\s+than|\bexceeding|>)\s*{_N}", re.IGNORECASE), "min_excl"),
    (re.compile(rf"{_N}\s*(?:years?\s+)?(?:\+|or\s+(?:more|older|over|above)|and\s+(?:up|above|over|older)|plus)(?!\w)",
                re.IGNORECASE), "min"),
    (re.compile(rf"{_N}\s*(?:or\s+less|and\s+(?:under|below)|or\s+fewer|or\s+younger|max\b)", re.IGNORECASE), "max"),
    (re.compile(rf"(?:\baround|\babout|\bapproximately|\bapprox\.?|\broughly|\bcirca|\btypically|~|\u2248)\s*{_N}",
                re.IGNORECASE), "around"),  # 'around 120 V': within a tenth either side
]
_ENUM_INTRO = re.compile(
    r"^(.*?)\s*(?:\b(?:which\s+(?:is|are|can\s+be)|that\s+(?:is|are|can\s+be)|is\s+one\s+of|are\s+one\s+of|one\s+of|"
    r"either(?:\s+of)?|any\s+of|can\s+be|could\s+be|must\s+be|should\s+be|may\s+be|will\s+be|is\s+either|"
    r"takes?\s+(?:the\s+)?values?|values?\s*(?=:|=|are\b)(?:\s*are)?|options?\s*(?=:|are\b)(?:\s*are)?|"
    r"choices?\s*(?=:|are\b)(?:\s*are)?|allowed\s+values?|possible\s+values?|"
    r"such\s+as|e\.?\s?g\.?|for\s+example|for\s+instance|like|among|from\s+the\s+set|chosen\s+from|picked\s+from|"
    r"out\s+of\s+the|categories|being|as\s+in|i\.?\s?e\.?)\b|:|=|\s-\s)\s*:?\s*(.+)$",
    re.IGNORECASE,
)
_LIST_SPLIT = re.compile(r"\s*(?:[;|]|,(?!(?<=\d,)\d{3}(?!\d)))\s*")  # '$1,200, $2,400': thousands stay whole
_LAST_SPLIT = re.compile(r"\s+(?:or|and|vs\.?|versus)\s+", re.IGNORECASE)
_PLAIN_SPLIT = re.compile(r"\s*/\s*|\s+(?:or|vs\.?|versus)\s+", re.IGNORECASE)
_ITEM_TRIM = re.compile(r"^(?:\s*(?:e\.?\s?g\.?|i\.?\s?e\.?|such as|like|etc\.?|and so on|or|and|either|one of|"
                        r"values?|options?)(?:[\s.:,]+)(?=\S)|\s*the\s+(?=\S))+|"
                        r"(?:[\s,]*(?:etc\.?|and so on|\.\.\.|\u2026|"
                        r"or similar|and more|and others))+$", re.IGNORECASE)
_WEIGHTED = re.compile(r"^(.*?)\s*[:=(]?\s*(\d+(?:\.\d+)?)\s*%\)?$")
_TRUE = {"yes", "no", "y", "n", "true", "false", "t", "f", "1", "0", "on", "off", "yes no", "true false"}
_FLAGS_NULL = re.compile(r"\b(?:optional|nullable|can\s+be\s+(?:null|empty|blank|missing)|may\s+be\s+"
                         r"(?:null|empty|blank|missing)|sometimes\s+(?:empty|missing|null|blank)|some(?:times)?\s+"
                         r"missing|not\s+always\s+(?:present|filled|set)|if\s+any|if\s+available|where\s+available|"
                         r"with\s+(?:some\s+)?(?:nulls|missing\s+values|gaps))\b", re.IGNORECASE)
_ABOUT = r"(?:(?:about|around|roughly|approximately|approx\.?|nearly|almost|some|circa|ca\.?|~|\u2248)\s*)?"
_BLANK = r"(?:null|nulls|missing|empty|blank|blanks|left\s+(?:blank|empty)|not\s+(?:filled|given|recorded|known))"
_NULL_PCT = re.compile(  # 'about 5% missing', '5% of ratings are missing', 'missing in about 30% of records'
    rf"{_ABOUT}(\d+(?:\.\d+)?)\s*(?:%|\s+percent\b)\s*(?:of\s+(?:the\s+|all\s+|its\s+|their\s+)?(?:[a-z]+\s+){{0,2}}?"
    rf"(?:rows|values|the\s+time|them|[a-z]+s)\s+)?(?:(?:are|is|were|was|will\s+be|should\s+be|to\s+be|being|have|has)"
    rf"\s+)?{_BLANK}\b|\b{_BLANK}\s+(?:in|for|on)\s+{_ABOUT}(\d+(?:\.\d+)?)\s*(?:%|\s+percent\b)"
    rf"(?:\s+of\s+(?:the\s+|all\s+)?(?:[a-z]+\s+){{0,2}}?(?:rows|values|the\s+time|[a-z]+s)\b)?", re.IGNORECASE)
_UNIQUE = re.compile(r"\b(?:unique|distinct|primary\s+key|pk|no\s+duplicates|non[-\s]?repeating)\b", re.IGNORECASE)
_BOOL_LEAD = re.compile(r"^(?:whether|if|is|are|was|were|has|have|had|can|does|do|did|should|will|would|could)\b",
                        re.IGNORECASE)
_BOOL_TAIL = re.compile(r"(?:\byes\s*/\s*no|\by\s*/\s*n\b|\btrue\s*/\s*false|\bor\s+not|\b(?:boolean|bool|flag)|\?)"
                        r"\s*$", re.IGNORECASE)
_BOOL_PCT = re.compile(r"(\d+(?:\.\d+)?)\s*%\s*(?:of\s+(?:the\s+)?(?:rows|time|cases|records|customers|users|them)\s*)?"
                       r"(?:true|yes|positive|of\s+(?:rows|the\s+time))?", re.IGNORECASE)
_DATE_FORMAT = re.compile(r"^(?=.*(?:yy|dd|hh|mm))(?:[ymdhs]{1,4}[-/.: ]?){2,}[ymdhs]{0,4}$|"
                          r"^iso(?:\s*8601)?$|^utc$|^unix|^epoch|^format\b", re.IGNORECASE)


@dataclass
class Range:
    low: float | None = None
    high: float | None = None
    decimals: int = 0
    percent: bool = False
    money: bool = False
    span: tuple[int, int] = (0, 0)
    outof: bool = False
    unit_text: str = ""
    around: float | None = None  # 'around 1013': the value stated, its spread set by the unit (fields._around)


@dataclass
class Modifiers:
    """Everything a phrase says about its values, besides what it names."""

    elements: list[object] | None = None
    weights: list[float] | None = None
    open_enum: bool = False  # "status: pending," - the next short items belong to this list
    range: Range | None = None
    boolean: bool = False
    chance: float | None = None
    null_rate: float = 0.0
    unique: bool = False
    window: tuple[str, str] | None = None
    age_range: tuple[int, int] | None = None
    unit_words: list[str] = field(default_factory=list)
    expand: list[str] = field(default_factory=list)  # sub-field phrases: "address (street, city, zip)"
    hint: str = ""  # a concept named in parentheses: "event id (uuid)"
    type_hint: str = ""  # a value type stated: "score (float)", "age: integer", DDL types


def parse_number(text: str) -> tuple[float, int, bool, bool]:
    """A number as written ('$1.5k', '40%') -> (value, decimals, is_percent, is_money)."""
    raw = text.strip().lower()
    money = bool(re.search(r"[$\u20ac\u00a3\u00a5\u20b9]", raw))
    big = bool(re.search(r"\d(?:M|MM|B|BN|bn)$", text.strip().rstrip("%")))  # '300M', '2B'; '5m' is metres
    percent = raw.endswith("%")
    raw = re.sub(r"[$\u20ac\u00a3\u00a5\u20b9%\s]", "", raw)
    scale = 1.0
    if not money and not big and re.search(r"\d(?:m|mm|b)$", raw):
        raw = raw.rstrip("mb")
    for suffix, factor in (("million", 1e6), ("thousand", 1e3), ("billion", 1e9), ("bn", 1e9), ("mm", 1e6),
                           ("k", 1e3), ("m", 1e6), ("b", 1e9)):
        if raw.endswith(suffix):
            raw, scale = raw[: -len(suffix)], factor
            break
    value = float(raw)
    decimals = len(raw.split(".")[1]) if "." in raw and scale == 1 else 0
    return value * scale, decimals, percent, money


_WORD_NUMBERS = {"zero": 0, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30,
                 "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
                 "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                 "thousand": 1000, "million": 1000000}
_WORD_NUMBER = re.compile(r"\b(between|from|to|and|under|over|below|above|up\s+to|at\s+least|at\s+most|out\s+of)\s+"
                          r"(?:a\s+|one\s+)?(" + "|".join(_WORD_NUMBERS) + r")\b", re.IGNORECASE)


def number_words(text: str) -> str:
    """'between twenty and sixty' -> 'between 20 and 60' (only next to range words)."""
    return _WORD_NUMBER.sub(lambda m: f"{m.group(1)} {_WORD_NUMBERS[m.group(2).lower()]}", text)


def find_range(text: str) -> Range | None:
    """The first numeric range or bound stated in `text` ("between 18 and 65", "1-5", "up to 100")."""
    commas = {m.start() for m in re.finditer(r"(?<=\d),(?=\d{3}\b)", text)}
    kept = [i for i in range(len(text)) if i not in commas]
    text = "".join(text[i] for i in kept)  # '$50,000' is 50000; spans are given back in the original text
    found = _find_range(text)
    if found is not None and kept:
        start, end = found.span
        found.span = (kept[start] if start < len(kept) else len(kept),
                      kept[end - 1] + 1 if 0 < end <= len(kept) else end)
    return found


def _find_range(text: str) -> Range | None:
    dates = find_dates(text)
    if dates:
        text = text[:dates[1][0]] + " " * (dates[1][1] - dates[1][0]) + text[dates[1][1]:]
    for pattern, kind in _RANGES:
        match = pattern.search(text)
        if not match:
            continue
        try:
            nums = [parse_number(g) for g in match.groups() if g]
        except ValueError:
            continue
        found = Range(span=match.span(), decimals=max(n[1] for n in nums), percent=any(n[2] for n in nums),
                      money=any(n[3] for n in nums))
        values = [n[0] for n in nums]
        if kind == "tolerance":
            found.low, found.high = values[0] - abs(values[1]), values[0] + abs(values[1])
            text_unit = re.match(r"[-+]?[$\u20ac\u00a3\u00a5\u20b9]?\s*[\d.]+\s*([^\W\d_]{1,5})", match.group(0))
            found.unit_text = text_unit.group(1) if text_unit else ""
            return found
        if kind == "both":
            found.low, found.high = min(values), max(values)
        elif kind == "around":
            spread = abs(values[0]) * 0.1 or 1.0
            found.low, found.high = values[0] - spread, values[0] + spread
            found.around = values[0]
            found.decimals = max(found.decimals, 1) if values[0] - int(values[0]) or spread < 1 else found.decimals
        elif kind == "outof":
            found.high, found.outof = values[0], True
        elif kind.startswith("max"):
            found.high = values[0] - (1 if kind == "max_excl" and not found.decimals else 0)
        else:
            found.low = values[0] + (1 if kind == "min_excl" and not found.decimals else 0)
        tail = re.match(r"\s*([^\W\d_][\w/]*(?:\s+[^\W\d_]+)?)", text[match.end():])
        found.unit_text = tail.group(1) if tail else ""
        other_side(found, text[:match.start()] + " " * (match.end() - match.start()) + text[match.end():])
        return found
    return None


_BOUND_CLAUSE = re.compile(r"^(?:(?:which|that|who|and|but|it|they|values?|always|only|must|should|will|can|may|"
                           r"is|are|be|being|been|aged?|valid|allowed|limited|kept|ranging|range|in|the|of|years?|"
                           r"old|inclusive|strictly)\b[\s,;()]*)*$", re.IGNORECASE)

_SUBJECT = re.compile(r"^(?:(?:the|all|every|each|our)\s+)?[^\W\d_]+(?:\s+[^\W\d_]+)?\s+(?=(?:must|should|need|needs|"
                      r"have|has|are|is|will|can)\b)", re.IGNORECASE)


def bound_clause(text: str) -> Range | None:
    """The bounds of a clause that only states them ('which must be 16 or older (up to 80)', 'always between
    18 and 75', 'that is at most 12'); None for any other clause ('6 days after the visit')."""
    found = find_range(text)
    if found is None or found.outof:
        return None
    rest = re.sub(r"\d+(?:\.\d+)?", " ", text[:found.span[0]] + " " + text[found.span[1]:])
    if found.low is None or found.high is None:
        other = other_side(found, text)
        if other is not None:
            rest = re.sub(r"\d+(?:\.\d+)?", " ", text[:min(found.span[0], other.span[0])] + " " +
                          text[max(found.span[1], other.span[1]):])
    rest = _SUBJECT.sub("", rest.strip(" ,;()"))  # 'applicants must be 21 or older': its subject says nothing more
    return found if _BOUND_CLAUSE.match(rest) else None


def merged(old: Range | None, new: Range) -> Range:
    """`new`, completed by the other side of a one-sided bound read before ('(up to 80)' then '16 or older')."""
    if old is None or new.outof or old.outof or (new.low is None) == (new.high is None):
        return new
    if new.low is None and old.low is not None and old.high is None and old.low < (new.high or 0):
        new.low = old.low
    elif new.high is None and old.high is not None and old.low is None and old.high > (new.low or 0):
        new.high = old.high
    return new


def other_side(found: Range, text: str) -> Range | None:
    """Complete a one-sided bound with the other side stated elsewhere in `text` ('16 or older (up to 80)',
    'at least 2, at most 9'): `found` gains it; the other bound (and its span) is returned, else None."""
    if (found.low is None) == (found.high is None) or found.outof:
        return None
    other = find_range(text)
    if other is None or other.outof or (other.low is not None) == (other.high is not None):
        return None
    if found.low is None and other.low is not None and (found.high is None or other.low < found.high):
        found.low = other.low
    elif found.high is None and other.high is not None and (found.low is None or other.high > found.low):
        found.high = other.high
    else:
        return None
    found.decimals = max(found.decimals, other.decimals)
    gap = text[min(found.span[1], other.span[1]):max(found.span[0], other.span[0])]
    if re.fullmatch(r"[\s,;()]*(?:and|but|or)?[\s,;()]*", gap):
        found.span = (min(found.span[0], other.span[0]), max(found.span[1], other.span[1]))
    return other


def split_items(text: str) -> list[str]:
    """Choices as written: 'pending, shipped or delivered' -> ['pending', 'shipped', 'delivered']."""
    text = _ITEM_TRIM.sub("", text.strip().strip(".:;"))
    if re.search(r"[,;|]", text):
        parts = _LIST_SPLIT.split(text)
        pieces = parts[:-1] + _LAST_SPLIT.split(parts[-1])
    else:
        pieces = _PLAIN_SPLIT.split(text)
        if len(pieces) == 1:
            pieces = re.split(r"\s+and\s+", text, flags=re.IGNORECASE)
    items = []
    for item in pieces:
        item = _ITEM_TRIM.sub("", item.strip().strip("\"'`.:;[](){}").strip())
        if item and item.lower() not in ("etc", "others", "other values", "and so on", "..."):
            items.append(item[:200])
    return items


_PRICED = re.compile(r"^([^\W\d_][\w' -]*?)\s*[:=]?\s*[$\u20ac\u00a3\u00a5\u20b9]?\s*(\d+(?:\.\d+)?)\s*"
                     r"(?:[a-z]{1,3}|usd|eur|gbp|dollars?|euros?|pounds?)?$", re.IGNORECASE)


def priced(items: list[str]) -> dict[str, float] | None:
    """Choices stated with a number each ('Starter 12, Growth 25, Enterprise 60', 'bronze $29, silver $49'):
    label -> number, when every item has one and the labels differ; else None ('Level 1, Level 2', 'Fall 2024,
    Spring 2025' are labels)."""
    found = [_PRICED.match(i.strip()) for i in items]
    if len(items) < 2 or not all(found):
        return None
    pairs = {m.group(1).strip(): float(m.group(2)) for m in found if m}
    if all(re.fullmatch(r"(?:19|20)\d\d", m.group(2)) for m in found if m):
        return None  # 'Fall 2024, Spring 2025': terms, labelled by their years
    labels = [m.group(1).strip().lower() for m in found if m]
    return pairs if len(set(labels)) == len(labels) == len(pairs) else None


def elements_of(items: list[str]) -> tuple[list[object], list[float] | None]:
    """Items as random_element elements (numbers when all are numbers, the numbers of choices stated with one
    each: 'Starter 12, Growth 25'), with weights if given as percentages."""
    by_label = priced(items) if not any("%" in i for i in items) else None
    if by_label:
        numbers = list(by_label.values())
        return [int(n) if n == int(n) else n for n in numbers], None
    names, weights = [], []
    for item in items:
        weighted = _WEIGHTED.match(item)
        if weighted and weighted.group(1).strip():
            names.append(weighted.group(1).strip(" :=(-"))
            weights.append(float(weighted.group(2)))
        else:
            names.append(item)
    unique: list[str] = []
    for name in names:
        if name not in unique:
            unique.append(name)
    values: list[object] = list(unique)
    plain = [re.sub(r"^([-+]?)\s*[$\u20ac\u00a3\u00a5\u20b9]\s*|(?<=\d),(?=\d{3}\b)", r"\1", n) for n in unique]
    if all(re.fullmatch(r"[-+]?\d+", n) for n in plain):  # '$250, $500 or $1,000': amounts, as numbers
        values = [int(n) for n in plain]
    elif all(re.fullmatch(r"[-+]?\d+(?:\.\d+)?", n) for n in plain):
        values = [float(n) for n in plain]
    good_weights = weights if len(weights) == len(names) == len(unique) and sum(weights) > 0 else None
    return values, good_weights


def is_boolean_items(items: list[str]) -> bool:
    return 1 <= len(items) <= 2 and all(i.lower().strip() in _TRUE for i in items)


def letter_range(text: str) -> list[str] | None:
    """'A-F' -> ['A', 'B', 'C', 'D', 'E', 'F'] (grades), 'S1-S4' -> ['S1', 'S2', 'S3', 'S4'], or None."""
    coded = re.fullmatch(r"\s*([A-Za-z]{1,4})\s*(\d{1,3})\s*(?:-|to|\u2013)\s*\1?\s*(\d{1,3})\s*", text)
    if coded and int(coded.group(2)) < int(coded.group(3)) <= int(coded.group(2)) + 50:
        return [f"{coded.group(1)}{n}" for n in range(int(coded.group(2)), int(coded.group(3)) + 1)]
    match = re.fullmatch(r"\s*([A-Za-z])\s*(?:-|to|\u2013)\s*([A-Za-z])\s*", text)
    if not match or match.group(1).lower() >= match.group(2).lower():
        return None
    start, end = ord(match.group(1)), ord(match.group(2))
    return [chr(c) for c in range(start, end + 1)][:26]


def flags(text: str, mods: Modifiers) -> str:
    """Read null/unique flags from `text` into `mods`; the text without them."""
    pct = _NULL_PCT.search(text)
    if pct:
        mods.null_rate = min(0.95, float(pct.group(1) or pct.group(2)) / 100)
        text = re.sub(r"(?:[\s,;]+(?:but|and|with|while))+\s*$", "", text[:pct.start()].rstrip()) + " " + \
            text[pct.end():]
    elif _FLAGS_NULL.search(text):
        mods.null_rate = 0.15
    text = _FLAGS_NULL.sub(" ", text)
    if _UNIQUE.search(text):
        mods.unique = True
        text = _UNIQUE.sub(" ", text)
    return re.sub(r"\s+", " ", text).strip()


def boolean_cue(text: str) -> bool:
    return bool(_BOOL_LEAD.match(text.strip()) or _BOOL_TAIL.search(text.strip()))


def strip_boolean_cue(text: str) -> str:
    text = _BOOL_TAIL.sub("", text.strip()).strip()
    return re.sub(r"^(?:whether|if)\s+(?:or\s+not\s+)?", "", text, flags=re.IGNORECASE).strip()


def boolean_chance(text: str) -> float | None:
    match = _BOOL_PCT.search(text)
    return min(100.0, float(match.group(1))) if match else None


def is_date_format(text: str) -> bool:
    return bool(_DATE_FORMAT.match(text.strip()))


def in_years(found: Range) -> bool:
    """Whether a range's ends are calendar years ('1990-2023'), not amounts of time."""
    return all(v is None or 1800 <= v <= 2100 for v in (found.low, found.high))


def enum_split(text: str) -> tuple[str, str] | None:
    """'status: a/b/c' or 'status one of a, b' -> ('status', 'a/b/c'); None if no list is introduced."""
    match = _ENUM_INTRO.match(text)
    if not match:
        return None
    left, right = match.group(1).strip(), match.group(2).strip()
    if not left and re.match(r"\s*like\b", text, re.IGNORECASE):
        return None  # 'like counts', 'like ratio': the noun 'like' begins the column's name, no example follows
    return (left, right) if right else None


_LETTER_RANGE = re.compile(r"(?<![\w-])(?:from\s+)?([A-Z])\s*(?:-|\u2013|to|through|thru)\s*([A-Z])(?![\w-])")


def letters_in(text: str) -> tuple[list[str], tuple[int, int]] | None:
    """'grade A-E', 'zone A to D' -> the letters in between (A, B, C, D, E) and where they were said."""
    found = _LETTER_RANGE.search(text)
    if not found:
        return None
    low, high = ord(found.group(1)), ord(found.group(2))
    if not 1 <= high - low <= 25:
        return None
    return [chr(c) for c in range(low, high + 1)], found.span()
