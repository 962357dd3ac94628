"""Offline planner, codes: ids and codes stated by example ('like ADM-00001', 'S01-S12', 'MTR-######')."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .fields import Field

MIN_CAPACITY = 10_000  # a unique stated pattern holds at least this many values ('F-001' -> 'F-0001')
MAX_RANGE = 1000  # 'TRK-001 .. TRK-050' lists its members up to this many

_CODE = r"[A-Za-z0-9#]+(?:[-_/.][A-Za-z0-9#]+)*"
_QUOTE = r"[\"'`\u2018\u2019\u201c\u201d]?"
_INTRO = (r"(?:\blike|\be\.?\s?g\.?|\bsuch\s+as|\bfor\s+(?:example|instance)|\bformat(?:ted)?(?:\s+as)?|"
          r"\bpattern|\bas\s+in|\bin\s+the\s+form(?:at)?(?:\s+of)?|\bstyle|\bstarting\s+(?:at|from)|\(|:)")
_INTRO_AT = re.compile(_INTRO + r"\s*:?\s*", re.IGNORECASE)
_ITEM = re.compile(rf"{_QUOTE}({_CODE}){_QUOTE}")
_ITEM_SEP = re.compile(r"\s*(?:,|/|\bor\b|\band\b)\s*", re.IGNORECASE)
_ITEM_END = re.compile(r"(?:\s*,?\s*(?:etc\.?|\.\.\.|\u2026))?")
_RANGE = re.compile(r"(?<![\w-])(?:from\s+)?([A-Za-z]{0,6}[-_/]?)(\d{1,4})\s*(?:\.\.\.?|-|\u2013|to|through|thru)\s*"
                    r"(?:\1|(?<=\s))?(\d{1,4})(?![\w-])", re.IGNORECASE)
_PLACEHOLDER = re.compile(r"(?<![\w#])([A-Za-z0-9]*[-_/.]?#{2,}[-_/.#A-Za-z0-9]*)(?![\w#])")


_DOMAIN = re.compile(r"(?:\s*,?\s*(?:\b(?:at|on|from|in|under|with|using)\s+(?:the\s+)?(?:domain\s+)?|\bdomain\s*:?\s*)"
                     r"@?|\s*@)([a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.[a-z]{2,12})\b(?:\s+(?:addresses|address|emails?|"
                     r"domain|accounts?))?", re.IGNORECASE)


_UUID = re.compile(r"\s*[:,(]?\s*\b(?:(?:which|that)\s+(?:is|are)\s+|(?:is|are)\s+|as\s+|in\s+)?(?:an?\s+|random\s+)*"
                   r"(?:uuids?|guids?|uuid\s*-?\s*v?4s?|v4\s+uuids?)\b(?:\s+(?:format|strings?|values?))?\s*\)?",
                   re.IGNORECASE)


def take_uuid(text: str) -> tuple[str, bool]:
    """The phrase without 'as UUID', ': uuid', '(uuid4)', 'are GUIDs', and whether it said so."""
    found = _UUID.search(text)
    if not found:
        return text, False
    return _cut(text, found.span()), True


SHAPED = frozenset({"str", "text", "code", "id"})
# kinds a shape said in words ('12-digit barcode') may take
_OWN_SHAPE = frozenset({"email", "url", "phone_number", "uri", "ipv4", "ipv6", "mac_address", "user_name"})


def apply_uuid(fld: Field, text: str, coded: bool) -> bool:
    """A column said to hold UUIDs: random v4 UUIDs (links keeps them unique); False if it cannot hold ids."""
    if not (coded or fld.kind in SHAPED):
        return False
    fld.kind, fld.id_style, fld.provider, fld.args, fld.sequence = "id", "uuid", "uuid4", {}, False
    fld.phrase, fld.explicit, fld.recognised = text, True, True
    return True


def apply(fld: Field, stated: Stated, text: str, coded: bool) -> bool:
    """Give a column the shape stated: the members of a coded range, a pattern said in words, or an example's;
    False if the column cannot take it (a 'two-letter country code' keeps its provider, which writes that)."""
    if stated.worded and fld.provider.endswith("_code") and "?" in stated.pattern:
        fld.phrase, fld.explicit = text, True
        return True
    shown = not coded and not stated.worded and not stated.members and fld.kind in SHAPED | {"address", "person"} \
        and fld.provider not in _OWN_SHAPE  # a person's name never looks like 'edge-01'
    if not (coded or stated.worded and fld.kind in SHAPED or shown):
        return False
    fld.phrase, fld.explicit, fld.recognised = text, True, True
    if shown:  # 'bin location (e.g. A-01-03)', 'hostname like web-01 or db-02': labels of that shape
        fld.kind, fld.id_style, fld.sequence, fld.weights = "code", "", False, None
        if stated.named:
            fld.provider, fld.args = "random_element", {"elements": stated.named}
        else:
            fld.provider = "bothify" if "?" in stated.pattern else "numerify"
            fld.args = {"text": stated.pattern}
        return True
    if stated.members:  # 'S01-S12': exactly these, each reused across rows
        fld.provider, fld.args, fld.kind, fld.weights = "random_element", {"elements": stated.members}, "category", None
        fld.id_style, fld.unique, fld.sequence = "", False, False
        return True
    if stated.letters or stated.worded or fld.kind == "code" and not re.search(r"[A-Za-z?]", stated.pattern):
        # '6 letters and digits', '12-digit', 'version like 1.4.2': that shape, no prefix added, not a key
        fld.kind, fld.id_style, fld.sequence = "code", "", False
        fld.provider = "bothify" if "?" in stated.pattern else "numerify"
        shape = re.sub(r"^#", "%", stated.pattern) if not (stated.worded or stated.letters) else stated.pattern
        fld.args = {"text": shape, **({"letters": stated.letters} if "?" in stated.pattern else {})}
        return True
    fld.kind, fld.id_style, fld.id_pattern, fld.id_stated = "id", "code", stated.pattern, True
    return True


def email_domain(text: str) -> tuple[str, str | None]:
    """'work email at acme.com', '@acme.com addresses', 'email (domain: shop.example)' -> the domain."""
    found = _DOMAIN.search(text)
    if not found:
        return text, None
    return _cut(text, found.span()), found.group(1).lower()


@dataclass
class Stated:
    """What a phrase says about an id's shape: a Faker pattern, or the exact members of a coded range."""

    pattern: str = ""
    members: list[str] | None = None
    letters: str = ""  # the alphabet of '?' when stated in words ('6 letters and digits': A-Z and 0-9)
    worded: bool = False  # the shape was said in words ('12-digit', 'two-letter'), not shown by example
    named: list[str] | None = None  # 'like web-01 or db-02': the members of each prefix shown (not for ids)


def _calendar(token: str) -> bool:
    """'2024-01-05', '05/01/2024', '1.5.2024': a calendar date, not a code."""
    parts = re.split(r"[./-]", token)
    if len(parts) != 3:
        return False
    first, second, third = (int(p) for p in parts)
    if len(parts[0]) == 4:
        return 1 <= second <= 12 and 1 <= third <= 31
    return 1 <= min(first, second) <= 12 and max(first, second) <= 31 and len(parts[2]) in (2, 4)


def is_code(token: str) -> bool:
    """'ADM-00001', 'BA123', 'US-12345': letters and at least two digits (or placeholders), no spaces."""
    token = token.strip("\"'`\u2018\u2019\u201c\u201d")
    if re.fullmatch(r"\d{1,6}(?:([./-])\d{1,6}){2,4}", token) and not _calendar(token):
        return True  # '1998.45.2', '12-345-678': digits in three or more parts, not a calendar date
    digits = len(re.findall(r"[\d#]", token))
    return 2 <= len(token) <= 32 and digits >= 2 and bool(re.search(r"[A-Za-z]", token)) and \
        not re.fullmatch(r"\d+(?:\.\d+)?\s*[a-z]{1,3}", token, re.IGNORECASE)  # '120V', '25kg': a measure


def pattern_of(example: str) -> str:
    """A Faker pattern from one example: digits -> '#', letters after the first digit -> '?', a year kept
    ('BK-2024-00001' -> 'BK-2024-#####'), everything else literal."""
    runs = re.findall(r"[A-Za-z]+|\d+|#+|[^A-Za-z\d#]+", example.strip("\"'`\u2018\u2019\u201c\u201d"))
    out, seen_digit = [], False
    for i, run in enumerate(runs):
        later_digits = any(r[0].isdigit() or r[0] == "#" for r in runs[i + 1:])
        if run[0] == "#":
            out.append(run)
            seen_digit = True
        elif run.isdigit():
            year = re.fullmatch(r"(?:19|20)\d\d", run) and later_digits and i > 0
            out.append(run if year else "#" * len(run))
            seen_digit = True
        elif run.isalpha():
            alone = (i == 0 or not runs[i - 1][0].isalnum()) and (i + 1 == len(runs) or not runs[i + 1][0].isalnum())
            out.append("?" * len(run) if seen_digit and not (alone and run.isupper()) else run)  # '2023-CV-#####'
        else:
            out.append(run)
    return "".join(out)


def common_pattern(examples: list[str]) -> str:
    """One pattern for several examples: theirs if they agree, else the first's shape with varying prefixes as
    letters ('CS101', 'MATH201' -> '??###')."""
    patterns = [pattern_of(e) for e in examples]
    if len(set(patterns)) == 1:
        return patterns[0]
    shapes = [re.sub(r"^[A-Za-z]+", "", p) for p in patterns]
    if len(set(shapes)) == 1 and all(re.match(r"[A-Za-z]", p) for p in patterns):
        width = min(len(p) - len(s) for p, s in zip(patterns, shapes))
        return "?" * width + shapes[0]
    return patterns[0]


PER_PREFIX = 8  # 'like web-01 or db-02' -> web-01 .. web-08, db-01 .. db-08


def _numbered(examples: list[str]) -> list[str] | None:
    """Examples that differ only in their leading word and share one run of digits ('web-01', 'db-02'): a few
    numbered members of each word; None otherwise."""
    shapes = [re.fullmatch(r"([A-Za-z]+)([-_.]?)(\d{1,4})", e) for e in examples]
    if len(examples) < 2 or not all(shapes) or len({(m.group(2), len(m.group(3))) for m in shapes if m}) != 1:
        return None
    words = list(dict.fromkeys(m.group(1) for m in shapes if m))
    if len(words) < 2:
        return None
    sep, width = shapes[0].group(2), len(shapes[0].group(3))  # type: ignore[union-attr]
    return [f"{w}{sep}{str(n).zfill(width)}" for w in words for n in range(1, PER_PREFIX + 1)]


def widen(pattern: str) -> str:
    """A unique pattern with room for MIN_CAPACITY values: its last run of digits grows ('F-###' -> 'F-####')."""
    size = 10 ** pattern.count("#") * 26 ** pattern.count("?")
    while size < MIN_CAPACITY:
        last = pattern.rfind("#")
        pattern = pattern[:last] + "#" + pattern[last:] if last >= 0 else pattern + "#"
        size *= 10
    return pattern


def members(prefix: str, low: str, high: str) -> list[str] | None:
    """'TRK-', '001', '050' -> TRK-001 .. TRK-050 (the written width kept); None if it is not a range."""
    first, last = int(low), int(high)
    if not prefix or not first < last or last - first + 1 > MAX_RANGE:
        return None
    width = len(low) if low.startswith("0") or len(low) == len(high) else 0
    return [f"{prefix}{str(n).zfill(width)}" for n in range(first, last + 1)]


_COUNTS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
           "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16}
_N = r"(\d{1,2}|" + "|".join(_COUNTS) + r")"
_UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_ALNUM = (r"(?:alpha-?numeric|alphanumeric|(?:uppercase\s+|capital\s+)?letters?\s+(?:and|&|or|\+)\s+"
          r"(?:digits?|numbers?)|(?:digits?|numbers?)\s+(?:and|&|or|\+)\s+(?:uppercase\s+|capital\s+)?letters?)")
_WORDED = [  # (shape said in words, alphabet): '12-digit', '6 uppercase letters and digits', 'two-letter code'
    (re.compile(rf"\b(?:of\s+|with\s+|exactly\s+|made\s+of\s+)*{_N}[\s-]*(?:uppercase\s+|capital\s+)?{_ALNUM}"
                r"(?:\s+(?:long|characters?|chars?))?", re.IGNORECASE), "alnum"),
    (re.compile(rf"\b(?:of\s+|with\s+|exactly\s+)*{_N}[\s-]*(?:alphanumeric\s+)?(?:characters?|chars?)"
                r"(?:\s+long)?\b", re.IGNORECASE), "alnum"),
    (re.compile(rf"\b(?:of\s+|with\s+|exactly\s+)*{_N}[\s-]*(?:digits?|numeric|number(?=\s+code))(?:\s+long)?\b"
                r"(?!\s+(?:after|past|behind)\b)",
                re.IGNORECASE), "digits"),
    (re.compile(rf"\b(?:of\s+|with\s+|exactly\s+)*{_N}[\s-]*(?:uppercase\s+|capital\s+)?letters?\b(?!\s+(?:and|or)\s)",
                re.IGNORECASE), "letters"),
]


def worded(text: str) -> tuple[str, Stated | None]:
    """A code's shape said in words: '12-digit barcode', 'booking reference of 6 uppercase letters and digits',
    'a 6-character code', 'two-letter country code', 'an 8 digit number' -> the pattern (and its alphabet)."""
    for shape, alphabet in _WORDED:
        found = shape.search(text)
        if not found:
            continue
        if re.search(r"(?:most|to|max|maximum|under|than|least|over)\s*$", text[:found.start()], re.IGNORECASE):
            continue  # 'at most 20 characters': a length, not a shape
        count = found.group(1).lower()
        n = int(count) if count.isdigit() else _COUNTS[count]
        if not 1 <= n <= 32:
            continue
        if alphabet == "digits":
            return _cut(text, found.span()), Stated(pattern="#" * n, worded=True)
        letters = _UPPER + ("0123456789" if alphabet == "alnum" else "")
        return _cut(text, found.span()), Stated(pattern="?" * n, letters=letters, worded=True)
    return text, None


def take(text: str) -> tuple[str, Stated | None]:
    """The phrase without the id shape it states, and that shape: a coded range ('S01-S12', 'TRK-001 ..
    TRK-050'), a placeholder pattern ('MTR-######'), a shape said in words ('6 letters and digits (like
    K7QX2M)': the words win, they say the alphabet) or examples ('like ADM-00001', '(e.g. US-12345)')."""
    said, shape = worded(text)
    if shape is not None:
        rest, shown = _shown(said)
        return (rest if shown is not None and not shown.members else said), shape
    return _shown(text)


def _shown(text: str) -> tuple[str, Stated | None]:
    """A shape shown: a coded range, a placeholder pattern or examples."""
    for found in _RANGE.finditer(text):
        if re.fullmatch(r"[A-Za-z]{0,6}[-_/]\d+-\d+", found.group(0)):
            continue  # 'A-01-03': one code of three parts (a bin, a shelf), not
        listed = members(found.group(1), found.group(2), found.group(3))
        if listed and re.search(r"[A-Za-z]", found.group(1)):
            return _cut(text, found.span()), Stated(members=listed)
    placeholder = _PLACEHOLDER.search(text)
    if placeholder and re.search(r"[A-Za-z\d-]", placeholder.group(1).replace("#", "")):
        return _cut(text, placeholder.span()), Stated(pattern=placeholder.group(1))
    for intro in _INTRO_AT.finditer(text):
        examples, end = _examples(text, intro.end())
        if examples:
            return _cut(text, (intro.start(), end)), Stated(pattern=common_pattern(examples),
                                                            named=_numbered(examples))
    return text, None


def _examples(text: str, at: int) -> tuple[list[str], int]:
    """Code-like examples listed from `at` ('ADM-00001', 'CS101, MATH201') and where they end."""
    found: list[str] = []
    end = at
    while True:
        item = _ITEM.match(text, end)
        if not item or not is_code(item.group(1)) or (item.end() < len(text) and re.match(r"[\w-]", text[item.end()])):
            break
        found.append(item.group(1))
        end = item.end()
        sep = _ITEM_SEP.match(text, end)
        following = _ITEM.match(text, sep.end()) if sep else None
        if not sep or not following or not is_code(following.group(1)):
            break
        end = sep.end()
    if found:
        tail = _ITEM_END.match(text, end)
        assert tail is not None  # the pattern is all optional: it always matches
        end = tail.end()
    return found, end


def _cut(text: str, span: tuple[int, int]) -> str:
    """`text` without the span, leaving no empty or dangling brackets and commas."""
    rest = text[:span[0]].rstrip(" :,-") + " " + text[span[1]:]
    rest = re.sub(r"\(\s*[,;]?\s*\)", " ", rest)
    rest = re.sub(r"\s*,\s*\)", ")", re.sub(r"\(\s*,\s*", "(", rest))
    return re.sub(r"\s+", " ", re.sub(r"\s+,", ",", rest)).strip(" ,;")
