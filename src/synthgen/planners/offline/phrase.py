"""Offline planner, phrase: what a field phrase states besides its name (choices, range, unit, dates, type, flags)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import modifiers as mod
from . import units
from .details import split_details
from .examples import describes, lead, related
from .lexicon import Lexicon, ascii_words, symbols, words
from .text import strip_groups

_TRAILING = re.compile(r"(?:\s+(?:in|of|the|for|from|during|within|between|with|to|by|over|per|a|an|and|"
                       r"or|as|is|are|be|measured|expressed|given|shown|recorded|stored))+\s*$", re.IGNORECASE)
_CHANCE = re.compile(r"\s*\d+(?:\.\d+)?\s*%(?:\s+(?:of\s+(?:the\s+)?(?:rows|records|time|cases|entries|transactions|"
                     r"customers|users|them|all)|are|is|true|yes|positive|flagged))*\s*", re.IGNORECASE)
_BAND = re.compile(r"^\s*(?:else|otherwise)?\s*([^\W\d][\w+-]{0,11})\s*(?:(?:>=|<=|>|<|"
                   r"=)\s*\d[\d.]*)?\s*$", re.IGNORECASE)
_LONE_DETAIL = re.compile(r"\s*(?:at|from|with|by|via|per|within|during|since|until|after|before)\b", re.IGNORECASE)
_OR_BOUND = re.compile(r"\d\s*(?:years?\s+)?or\s+(?:more|older|over|above|less|fewer|younger|under|"
                       r"below)\b", re.IGNORECASE)
_EXAMPLES = re.compile(r"\s*(?:e\.?\s?g\b\.?|such\s+as\b|like\b|for\s+example\b|for\s+instance\b|"
                       r"ex\b\.?)", re.IGNORECASE)


@dataclass
class Reading:
    """A phrase taken apart: the words that name the field, and everything stated about its values."""

    text: str
    core: str = ""  # the naming words, modifiers removed
    tokens: list[str] = field(default_factory=list)
    lemmas: list[str] = field(default_factory=list)
    mods: mod.Modifiers = field(default_factory=mod.Modifiers)
    items: list[str] | None = None  # stated choices
    exact: bool = True  # False when the choices were only examples ("e.g. ...")
    boolean: bool = False  # "whether ...", "is ...", "yes/no"
    window: tuple[str, str] | None = None  # a stated date window
    unit: str | None = None
    unit_named: bool = False  # the unit was asked for ("in celsius", "(kg)"): it goes into the name
    details: list[str] = field(default_factory=list)  # conditions, relations, shares, remarks: never values
    ident: str = ""  # 'member_since: ...': a snake_case name written by the user, kept as the column's name


def read(text: str, lex: Lexicon, today: int) -> Reading:
    """Take a field phrase apart: choices, range, date window, unit, type, flags; the rest names the field."""
    r = Reading(text)
    ident = re.match(r"^\s*([a-z][a-z0-9]*(?:_[a-z0-9]+)+)\s*(?::|\s-{1,2}\s)", text)
    r.ident = ident.group(1)[:48] if ident else ""
    mods = r.mods
    core, groups = strip_groups(text.strip())
    core = re.sub(r"(?<=[^\W\d_])_(?=[^\W\d_])", " ", core)
    share = re.match(r"^(.*\b(?:flag|flagged|yes\s*/\s*no|y\s*/\s*n|boolean|bool))\s*(?:~|\u2248|about|around|"
                     r"roughly)?\s*"
                     r"(\d+(?:\.\d+)?)\s*%\s*$", core, re.IGNORECASE)
    if share:  # 'fraud flag ~2%': a flag true in 2% of rows, not a percentage
        core, mods.chance = share.group(1), float(share.group(2))
    r.boolean = mod.boolean_cue(core)
    core = mod.flags(core, mods)
    for group in groups:
        found = _read_group(mod.flags(group, mods), mods, lex, r.details)
        if found and r.items is None and not mod.find_window(group, today):  # '(weekdays only, in March 2024)'
            r.items, r.exact = found
    compare = re.search(r"\s*(?:<=|>=|=<|=>|<|>|\u2264|\u2265)\s*(?=[^\W\d])", core)
    if compare and compare.start() > 0:  # 'seats sold <= seats': a relation to another column
        r.details.append(core[compare.start():].strip())
        core = core[:compare.start()]
    letters = mod.letters_in(core) if r.items is None else None
    if letters:  # 'reading grade A-E': the letters A to E
        r.items, r.exact = letters[0], True
        core = (core[:letters[1][0]] + " " + core[letters[1][1]:]).strip()
    if r.items is None and not (r.boolean and re.search(r"\bor\s+not\s*$", core, re.IGNORECASE)):  # 'smoker or not'
        core, r.items, r.exact = _inline_items(core, mods, lex, r.details)
        related(r)  # 'seats_purchased - seats_used (never more than this)': a column it relates to, no choice
    elif r.items is not None and (typed := mod.enum_split(core)) and type_word(typed[1], lex):
        core, mods.type_hint = typed[0], mods.type_hint or type_word(typed[1], lex)  # 'wine_name: text (e.g. ...)'
    if r.items and len(r.items) >= 3 and all(len(i.split()) <= 2 for i in r.items[1:]):
        lead = re.match(r"^.+?\s(?:in|at|from|like|such\s+as|e\.g\.?)\s+(\S+(?:\s\S+)?)$", r.items[0], re.IGNORECASE)
        if lead:  # 'hotels in Paris, Rome, Vienna': the first choice is Paris
            r.items = [lead.group(1), *r.items[1:]]
    r.boolean = r.boolean or mods.boolean
    window = mod.find_window(core, today)  # years and dates: a date column's window, a year column's range
    group_window = None if window else next(
        (w for w in (mod.find_window(g, today) for g in [*groups, *r.details]) if w), None)
    if group_window:  # 'borrowed on (sometime in 2023)': a window stated in the details
        r.window = group_window[0]
    elif not window:  # 'run date (2024)', 'ts (June 2024)': a detail that is only a period
        r.window = next((w for w in map(mod.bare_window, groups) if w), None)
    found_range = mod.find_range(core) if mods.range is None else None
    spans = []
    other = mod.other_side(mods.range, core) if mods.range is not None else None  # '16 or older (up to 80)'
    if other is not None:
        spans.append(other.span)
    if window:
        r.window = window[0]
        spans.append(window[1])
    if found_range:
        mods.range = found_range
        spans.append(found_range.span)
        if found_range.unit_text:
            mods.unit_words.append(found_range.unit_text)
    merged: list[list[int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    for start, end in reversed(merged):
        rest = (core[:start] + " " + core[end:]).strip()
        if words(rest):  # 'points earned last month' names points, not a month
            core = rest
    core = _cut_links(core, r.details, lex)
    if not r.boolean:
        core = _cut_contact_clause(core, r.details, lex)
    if r.boolean:
        if mods.chance is None:
            mods.chance = mod.boolean_chance(text)
        core = mod.strip_boolean_cue(core)
    for said in (mod.bound_clause(d) for d in list(r.details)):  # 'age (which must be 16 or older, up to 80)'
        if said is not None and (mods.range is None or mods.range.low is None or mods.range.high is None):
            mods.range = mod.merged(mods.range, said) if mods.range is None or said.low is None or \
                said.high is None else said
    before = core
    core, r.unit, r.unit_named = units.stated(core, mods, lex)
    if core != before or mods.range or r.items:
        core = _TRAILING.sub("", " " + core)
    r.core = core.strip(" -:,.")
    r.tokens = ascii_words(words(r.core))
    r.lemmas, _ = lex.correct(["id" if t == "ids" else t for t in lex.lemmas(r.tokens)])  # 'order ids'
    return r


_OFFSET = re.compile(r"\s+(?:(?:\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|a|an)(?:\s*(?:-|"
                     r"to)\s*\d+)?\s+(?:[^\W\d]+\s+){0,2}(?:after|before|later|earlier|"
                     r"from|prior\s+to)|(?:after|before|prior\s+to)\s+(?:the|a|an|its|their|his|her|"
                     r"each)\s)\b", re.IGNORECASE)


def _cut_links(core: str, details: list[str], lex: Lexicon) -> str:
    """The naming words without what relates the column to another ('letter grade following the score',
    'breed matching the species', 'due date 21 days after the bill date'): those go to the details."""
    links = "|".join(r"\s+".join(map(re.escape, w.split()))
                     for w in sorted(lex.ws("name_links"), key=len, reverse=True))
    found = [m for m in (re.search(rf"\s(?:{links})\b", core, re.IGNORECASE), _OFFSET.search(core))
             if m and m.start() > 0]
    if not found:
        return core
    cut = min(m.start() for m in found)
    if not words(core[:cut]):
        return core
    details.append(core[cut:].strip())
    return core[:cut]


_CONTACT = re.compile(r"^(?P<head>(?:[^\W\d_][\w-]*\s+){0,2}[^\W\d_][\w-]*)\s+(?:the|a|an|its|their|each)\s+"
                      r"(?P<rest>[^\W\d_][\w-]*(?:\s+[^\W\d_][\w-]*){1,3})\s*$", re.IGNORECASE)
_AUX = frozenset({"was", "is", "were", "are", "has", "had", "gets", "got", "will", "can"})


def _cut_contact_clause(core: str, details: list[str], lex: Lexicon) -> str:
    """'the datacenter the host sits in', 'the price the buyer paid': the noun before a clause about it names the
    column; the clause goes to the details."""
    found = _CONTACT.match(core.strip())
    if not found:
        return core
    head, rest = words(found["head"]), words(found["rest"])
    if not head or head[-1].lower() in lex.stopwords or head[-1].lower() in lex.prepositions:
        return core
    verb = rest[-1].lower() in lex.prepositions or any(t.lower() in _AUX or t.lower().endswith("ed")
                                                          for t in rest[1:])
    if not verb:
        return core
    details.append(core.strip()[found.start("rest") - 0:])
    return found["head"]


def without_window(r: Reading, today: int) -> list[str]:
    """The naming tokens with the date window's words left out ('order date in 2023' -> order, date)."""
    found = mod.find_window(r.core, today)
    core = r.core[:found[1][0]] + r.core[found[1][1]:] if found else r.core
    return ascii_words(words(_TRAILING.sub("", " " + core).strip())) or r.tokens


def type_word(text: str, lex: Lexicon) -> str:
    """'float', 'VARCHAR(100)', 'integer' -> the value type they name, else ''."""
    plain = re.sub(r"\(.*\)|\b(?:not\s+null|null|primary\s+key|unique)\b", " ", text.lower())
    return lex.hints.type_words.get(" ".join(plain.split()), "")


_WHICH_LIST = re.compile(r"^\s*(?:which|that)\s+(?:is|are|can\s+be)\s+(?=[^,;()]{1,30},[^;()]*\b(?:or|and)\s[^;()]+$)",
                         re.IGNORECASE)


def _read_group(text: str, mods: mod.Modifiers, lex: Lexicon, details: list[str]) -> tuple[list[str], bool] | None:
    """A parenthesised group: a range, a unit, a date format, yes/no, a value type, or a list of choices; its
    details ('after the request', 'about 35% yes', 'quantity x unit price') go to `details`, never to values."""
    text = _WHICH_LIST.sub("", text)  # '(which is economy, premium economy, business or first)': the choices
    plain = re.sub(r"(?<=\d),(?=\d{3}(?!\d))", "", text)
    if plain != text and mod.find_range(plain):
        text = plain  # '$5,000-$60,000' is a range, not the choices '$5', '000-$60', '000'
    text, found_details = split_details(text, lex) if text else (text, [])
    details += found_details
    labels = [b.group(1) for b in (_BAND.match(d) for d in found_details) if b]
    if len(labels) >= 2 and len(labels) == len(found_details):  # 'low >= 700, medium >= 600, else high'
        return labels, True
    if found_details:
        text = _type_parts(text, mods, lex)
    if not text or mod.is_date_format(text):
        return None
    if type_word(text, lex):
        mods.type_hint = type_word(text, lex)
        if mods.type_hint == "uuid":
            mods.hint = "uuid"
        return None
    found = mod.find_range(text)
    pieces = mod.split_items(text)
    bands = len(pieces) >= 2 and all(re.fullmatch(r"[\d\s.,+\-<>%$\u20ac\u00a3]+\w{0,3}", p) for p in pieces) or \
        mod.priced(pieces) is not None  # 'Basic 5, Plus 15, Max 40': choices with their numbers, not 'max 40'
    if found and not bands:  # '(20-500, multiples of 20 ok)' is a range; '(18-29, 30-39, 50+)' are choices
        mods.range = mod.merged(mods.range, found)
        rest = (text[:found.span[0]] + " " + text[found.span[1]:]).strip()
        mods.unit_words += [w for w in (found.unit_text, rest) if w and len(w.split()) <= 3]
        return None
    lemmas = lex.lemmas(words(re.sub(r"^\s*(?:in|as|unit:?|units:?)\s+", "", text, flags=re.IGNORECASE)))
    unit = lex.unit(lemmas)
    if unit and unit[2] - unit[1] == len(lemmas):
        mods.unit_words.append(text)
        return None
    if _CHANCE.fullmatch(text):
        mods.chance = float(re.findall(r"\d+(?:\.\d+)?", text)[0])
        return None
    example = _EXAMPLES.match(text)
    examples = bool(example)
    items = mod.split_items(text[example.end():] if example else text)  # '(for example 12B)'
    if len(items) == 1 and len(lemmas) <= 3:
        hint = lex.match(lemmas)
        if hint and hint.start == 0 and hint.end == len(lemmas) and hint.concept.kind in ("id", "datetime", "date",
                                                                                           "str"):
            mods.hint = hint.concept.id
            return None
    if mod.is_boolean_items(items):
        mods.boolean = True
        return None
    if len(items) >= 2 or (items and (examples or mod.letter_range(items[0]))):
        return items, not examples
    return None


def _inline_items(core: str, mods: mod.Modifiers, lex: Lexicon, details: list[str]
                  ) -> tuple[str, list[str] | None, bool]:
    """Choices written in the phrase itself: 'status: a/b/c', 'one of a, b or c', 'buy or sell', 'male/female'."""
    split = mod.enum_split(core)
    if split and type_word(split[1], lex):
        mods.type_hint = type_word(split[1], lex)
        return split[0], None, True
    choices = split and re.fullmatch(r"\s*\w+(?:\s\w+)?(?:\s*,\s*\w+(?:\s\w+)?)+,?\s+or\s+\w+(?:\s\w+)?\s*", split[1])
    # 'media_type: text, image or link': a type word among choices is a choice
    typed = re.match(r"\s*([A-Za-z]+)\b[\s,]+(.+)$", split[1]) if split and not choices else None
    if split and typed and type_word(typed.group(1), lex) and re.search(r"\d", typed.group(2)):
        mods.type_hint = type_word(typed.group(1), lex)  # 'reading_time: datetime during June 2024'
        return f"{split[0]} {typed.group(2)}", None, True
    if split and typed and type_word(typed.group(1), lex) and split[1][typed.end(1):].lstrip().startswith(","):
        mods.type_hint = type_word(typed.group(1), lex)  # 'open: decimal, USD', 'volume: integer, shares traded'
        rest = _type_parts(typed.group(2), mods, lex)
        if rest:
            details.append(rest)
        return split[0], None, True
    if split:
        right, found = split_details(split[1], lex)
        if _LONE_DETAIL.match(right) and not re.search(r"[,;/]|\bor\b", right):  # 'email: at acme.com'
            found, right = [*found, right], ""
        if found:  # 'visit_date: date, never before the booking': the details leave the choices
            details += found
            right = _type_parts(right, mods, lex)
            if not right.strip():
                return split[0], None, True
            core = core[:len(core) - len(split[1])] + right
        return _after_intro(core, split[0], right, mods, lex)
    slash = re.search(r"(?<![\w/])([^\W\d_][\w'-]*(?:\s*/\s*[^\W\d_][\w'-]*)+)(?![\w/])", core)
    if slash and units.ratio(slash.group(1), lex):  # 'mm/s', 'ft/s', 'mg/kg': a unit, not choices
        mods.unit_words.append(slash.group(1))
        core = core[:slash.start()] + " " + core[slash.end():]
        slash = None
    if slash and "/" in symbols(slash.group(1)):
        items = mod.split_items(slash.group(1))
        rest = (core[:slash.start()] + core[slash.end():]).strip()
        if mod.is_boolean_items(items):
            mods.boolean = True
            return rest, None, True
        head = lex.match(lex.lemmas(words(rest))) if rest else None
        if len(items) >= 2 and (not items_are_fields(items, lex) or (head and head.concept.kind == "category")):
            return rest, items, True  # 'payment cash/card/mobile': a category's choices, though 'card' is a field
    if re.search(r"\bor\b", core, re.IGNORECASE) and not re.match(r"\s*(?:whether|if)\b", core, re.IGNORECASE) and \
            not _OR_BOUND.search(core):  # '25 or older' is a bound, not two choices
        core_lemmas = lex.lemmas(words(core))
        whole = lex.match(core_lemmas)
        if whole and "or" in core_lemmas[whole.start:whole.end]:
            return core, None, True
        parts = [p.strip() for p in re.split(r"\s+or\s+", core, flags=re.IGNORECASE) if p.strip()]
        if len(parts) >= 2 and all(len(p.split()) <= 3 for p in parts):
            first = parts[0].split()
            items = [first[-1]] + parts[1:]
            if mod.is_boolean_items(items):
                mods.boolean = True
                return " ".join(first[:-1]), None, True
            if not items_are_fields(items, lex):
                return " ".join(first[:-1]), items, True
    return core, None, True


def _describes(item: str, left: str, mods: mod.Modifiers, lex: Lexicon) -> bool:
    """Whether the one thing after 'name:' describes the column rather than being its first choice:
    'patient_name: full name', 'farm_name: name of the farm', 'variety: crop variety' (not 'status: pending')."""
    tokens = words(item)
    if len(tokens) >= 3 or set(lex.lemmas(tokens)) & set(lex.lemmas(words(left))):
        return True
    named = lex.match(lex.lemmas(words(left)))
    if named and named.concept.kind in ("money", "int", "float", "measure", "percent", "date", "datetime"):
        return True  # 'box_office_usd: worldwide gross': a number is described, never given one choice
    found = lex.match(lex.lemmas(tokens)) if tokens else None
    if found and found.start == 0 and found.end == len(tokens) and found.concept.kind not in ("category", "bool"):
        mods.hint = mods.hint or found.concept.id
        return True
    return describes(item, lex)  # 'grape: varietal name', 'device: phone model'


def _type_parts(text: str, mods: mod.Modifiers, lex: Lexicon) -> str:
    """What remains of a description once its details are gone, without the value types it names ('date',
    'boolean', 'integer'): 'date, patients are 5-90' -> ''."""
    keep = []
    for part in re.split(r"\s*,\s*", text):
        kind = type_word(part, lex)
        lemmas = lex.lemmas(words(re.sub(r"^\s*(?:in|as)\s+", "", part, flags=re.IGNORECASE)))
        unit = lex.unit(lemmas) if lemmas else None
        if kind:
            mods.type_hint = mods.type_hint or kind
            if kind == "bool":
                mods.boolean = True
        elif unit and unit[1] == 0 and unit[2] == len(lemmas):  # 'USD', 'watts', 'in kg'
            mods.unit_words.append(part)
        elif part.strip():
            keep.append(part.strip())
    return ", ".join(keep)


def _after_intro(core: str, left: str, right: str, mods: mod.Modifiers, lex: Lexicon
                 ) -> tuple[str, list[str] | None, bool]:
    """What follows 'status:' or 'one of': a range, a date format, yes/no, choices, or a description."""
    found = mod.find_range(right)
    if found and len((right[:found.span[0]] + right[found.span[1]:]).split()) <= 3:
        mods.range = mod.merged(mods.range, found)
        mods.unit_words += [w for w in (found.unit_text, right[found.span[1]:].strip()) if w]
        return left, None, True
    if mod.is_date_format(right):
        return left, None, True
    items = mod.split_items(right)
    if mod.is_boolean_items(items):
        mods.boolean = True
        return left, None, True
    colon = not core[len(left):len(core) - len(right)].strip(" :")
    if len(items) == 1 and left and colon and _describes(items[0], left, mods, lex):
        return left, None, True
    items, led = lead(items, right, mods, lex)  # 'aircraft: model like A320 or 737-800': the models are examples
    if items and all(len(i.split()) <= 4 for i in items) and left:
        examples = led or bool(re.search(r"\b(?:e\.?\s?g\b|such\s+as\b|like\b|for\s+example\b|for\s+instance\b)",
                                         core[len(left):len(core) - len(right)], re.IGNORECASE))
        mods.open_enum = not re.search(r"\sor\s", right)  # 'colour like black, white, ...': more choices follow
        return left, items, not examples
    if left and lex.match(lex.lemmas(words(left))):
        return left, None, True
    return right if not left else core, None, True


def items_are_fields(items: list[str], lex: Lexicon) -> bool:
    """True when most items name real fields ('street, city, zip'), not choices ('pending, shipped')."""
    hits = 0
    for item in items:
        found = lex.match(lex.lemmas(words(item)))
        if found and found.concept.kind not in ("category", "bool") and found.end - found.start == \
                len(words(item)) and found.concept.id not in ("id", "full_name", "person"):
            hits += 1
    return len(items) >= 2 and hits * 3 >= len(items) * 2
