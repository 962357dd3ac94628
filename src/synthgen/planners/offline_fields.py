"""Offline planner, fields: one field phrase -> one or more Field specs (provider, args, name, coherence hints)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from . import offline_modifiers as mod
from . import offline_values as val
from .offline_lexicon import Domain, Lexicon, Match, ascii_words, symbols, words
from .offline_match import qualifier, refine
from .offline_text import strip_groups

DATE_WORDS = frozenset({"date", "time", "timestamp", "datetime", "day", "dt", "at", "on", "ts", "stamp", "the", "of"})
_TRAILING = re.compile(r"(?:\s+(?:in|of|the|for|from|during|within|between|with|to|by|over|per|a|an|and|"
                       r"or|as|is|are|be|measured|expressed|given|shown|recorded|stored))+\s*$", re.I)
_IN_UNIT = re.compile(r"\b(?:in|measured\s+in|expressed\s+in|given\s+in|as|using)\s+(?:the\s+)?$", re.I)
_AUX = ("is", "has", "was", "are", "have", "had", "can", "did", "does", "will", "should", "were")
_NAME_MAX = 48


@dataclass
class Field:
    """A column in the making: provider and args plus what the planner needs to link columns together."""

    name: str
    provider: str
    args: dict[str, Any] = field(default_factory=dict)
    kind: str = "str"
    concept: str = ""
    role: str = ""
    unique: bool = False
    null_rate: float = 0.0
    weights: list[float] | None = None
    sequence: bool = False
    after: dict[str, Any] | None = None
    entity: str | None = None
    events: tuple[str, ...] = ()
    id_noun: str = ""
    id_style: str = ""
    id_pattern: str = ""
    explicit: bool = False
    soft: bool = False
    recognised: bool = True
    open_enum: bool = False
    phrase: str = ""
    lemmas: tuple[str, ...] = ()
    tail: tuple[str, ...] = ()  # unknown words after a category word ("status pending"): maybe its first choice
    head_name: str = ""  # the name without those words

    def column(self) -> dict[str, Any]:
        col: dict[str, Any] = {"name": self.name, "provider": self.provider}
        if self.args:
            col["args"] = self.args
        for key in ("unique", "sequence"):
            if getattr(self, key):
                col[key] = True
        if self.null_rate:
            col["null_rate"] = round(self.null_rate, 3)
        if self.weights:
            col["weights"] = self.weights
        if self.entity:
            col["entity"] = self.entity
        if self.after:
            col["after"] = self.after
        return col


@dataclass
class Context:
    lex: Lexicon
    domain: Domain | None
    today: int  # date.toordinal() of today, for stated years
    catalog: frozenset[str] = frozenset()


def build(text: str, ctx: Context, *, soft: bool = False) -> list[Field]:
    """The field(s) a phrase names, with every stated choice, range, unit and flag applied."""
    lex, mods = ctx.lex, mod.Modifiers()
    core, groups = strip_groups(text.strip())
    core = re.sub(r"(?<=[^\W\d_])_(?=[^\W\d_])", " ", core)
    boolean = mod.boolean_cue(core)
    core = mod.flags(core, mods)
    items: list[str] | None = None
    exact = True
    for group in groups:
        found = _read_group(mod.flags(group, mods), mods, lex)
        if found and items is None:
            items, exact = found
    if items is None:
        core, items, exact = _inline_items(core, mods, lex)
    if mods.boolean:
        boolean = True
    if mods.range is None:
        found_range = mod.find_range(core)
        if found_range:
            mods.range = found_range
            core = core[:found_range.span[0]] + " " + core[found_range.span[1]:]
            if found_range.unit_text:
                mods.unit_words.append(found_range.unit_text)
    window = mod.find_window(core, ctx.today)
    if boolean:
        if mods.chance is None:
            mods.chance = mod.boolean_chance(text)
        core = mod.strip_boolean_cue(core)
    before = core
    core, unit_id, unit_named = _unit(core, mods, lex)
    if core != before or mods.range or items:
        core = _TRAILING.sub("", " " + core)
    core = core.strip(" -:,.")
    tokens = ascii_words(words(core))
    lemmas, typo = lex.correct(lex.lemmas(tokens))
    match = lex.match(lemmas, ctx.domain.aliases if ctx.domain else None)
    trailing = lex.unit(lemmas) if unit_id and not unit_named else None
    if trailing and 0 < trailing[1] and trailing[2] == len(lemmas) and (match is None or match.end <= trailing[1]
                                                                         or match.start >= trailing[1]):
        inner = lex.match(lemmas[:trailing[1]], ctx.domain.aliases if ctx.domain else None)
        if inner and inner.end == trailing[1]:
            match = inner
    if match and ctx.domain and match.via == "alias" and qualifier(lemmas, match, lex) \
            and not set(qualifier(lemmas, match, lex)) <= ctx.domain.nouns:
        match = lex.match(lemmas) or match
    match = refine(match, lemmas, tokens, lex, ctx.domain)
    if mods.hint and (match is None or match.concept.kind in ("id", "text")):
        match = Match(lex.concepts[mods.hint], len(lemmas), len(lemmas), 10.0, "hint")
    if items and match and _items_are_fields(items, lex) and match.concept.kind in ("person", "address", "group", "str"):
        return _expand(items, tokens, lemmas, match, ctx, soft)
    if not items and match and match.concept.kind == "group":
        return _expand([lex.concepts[c].get("keys")[0] for c in match.concept.get("expand")], tokens, lemmas,
                       match, ctx, True)
    state = val.from_concept(match, lex) if match else val.from_words(tokens, lex, ctx.catalog)
    if state.kind == "date" and not state.provider and {"time", "timestamp", "datetime", "hour"} & set(lemmas):
        state.kind = "datetime"
    elif state.kind == "datetime" and not state.provider and lemmas and lemmas[-1] in ("date", "day", "dob"):
        state.kind = "date"
        state.window = tuple("today" if w == "now" else w for w in (state.window or ("-1y", "today")))
    if unit_id == "pound":
        unit_id = "gbp" if state.kind == "money" else "lb"
    recognised = match is not None or bool(state.provider and state.kind != "text")
    explicit = stated_items = False
    if items and not (match and not exact and match.concept.kind in ("person", "address", "str", "text", "id",
                                                                     "date", "datetime", "time", "code")):
        letters = mod.letter_range(items[0]) if len(items) == 1 else None
        elements, weights = mod.elements_of(letters or items)
        if match and match.concept.id == "grade" and letters:
            elements = [e for e in elements if e != "E"] or elements
        state.kind, state.elements, state.weights, state.provider = "category", elements, weights, ""
        explicit = recognised = stated_items = True
    elif boolean and state.kind not in ("date", "datetime"):
        state.kind, state.provider, recognised = "bool", "", True
    if state.kind == "bool" and mods.chance is not None:
        state.chance = mods.chance
    if mods.range and val.apply_range(state, mods.range, match, lex):
        explicit = recognised = True
    if state.kind in ("date", "datetime") and window:
        state.window, state.provider, state.args = window[0], "", {}
        explicit = True
        core_span = core  # the window words are dropped from the name below
        tokens = ascii_words(words(_TRAILING.sub("", " " + _drop_span(core_span, window[0], ctx)).strip()))
    if state.kind in ("date", "datetime", "time") and not items and not window and (
            (unit_id and lex.units[unit_id]["dim"] == "duration") or (mods.range and not _years(mods.range))):
        match = Match(lex.concepts["duration"], match.start if match else 0, match.end if match else 0, 10.0)
        state = val.from_concept(match, lex)
        if mods.range:
            val.apply_range(state, mods.range, match, lex)
    if unit_id and not stated_items and val.apply_unit(state, lex.units[unit_id], match, lex,
                                                explicit_range=mods.range is not None):
        recognised = True
    else:
        unit_named = False
    if mods.type_hint:
        val.apply_type(state, mods.type_hint, lex)
        recognised = recognised or mods.type_hint != "str"
    done = val.finish(state, lex)
    fld = Field("", done.provider, done.args, kind=done.kind, weights=done.weights, id_pattern=done.pattern)
    fld.phrase, fld.soft, fld.explicit, fld.recognised = text, soft, explicit, recognised
    fld.concept = match.concept.id if match else ""
    fld.lemmas = tuple(lemmas)
    fld.null_rate, fld.open_enum = mods.null_rate, mods.open_enum
    fld.unique = fld.unique or (mods.unique and fld.kind in ("str", "id", "code", "person", "int"))
    if match:
        _roles(fld, lemmas, match, lex)
    fld.name = _name(tokens, lemmas, match, boolean, lex) or (match.concept.get("name") if match else "") or \
        _choices_name(items, lex) or "column"
    if match and fld.kind == "category" and not explicit and 0 < match.end < len(tokens) and \
            not lex.match(lemmas[match.end:]):
        fld.tail = tuple(tokens[match.end:])
        fld.head_name = _name(tokens[:match.end], lemmas[:match.end], match, False, lex)
    parts = fld.name.split("_")
    at = tokens.index(parts[-1]) if parts[-1] in tokens else -1
    keys = {w for k in (match.concept.get("keys", []) if match else []) for w in words(k)}
    if match and fld.kind != "bool" and match.start <= at < match.end and at < len(lemmas) and \
            lemmas[at] != parts[-1] and lemmas[at] in keys and parts[-1] not in keys:
        fld.name = "_".join(parts[:-1] + [lemmas[at]])  # 'hire dates' -> hire_date, 'ages' -> age
    if unit_named and unit_id:
        suffix = lex.units[unit_id]["suffix"]
        if suffix not in fld.name.split("_") and not any(w in fld.name for w in words(unit_id)):
            fld.name = f"{fld.name}_{suffix}"[:_NAME_MAX]
    return [fld]


def _choices_name(items: list[str] | None, lex: Lexicon) -> str:
    """A name for bare choices: 'buy or sell' -> side (a lexicon concept), else 'buy_or_sell'."""
    if not items:
        return ""
    found = lex.match(lex.lemmas(words(" ".join(items))))
    if found and found.concept.kind == "category":
        return found.concept.get("name") or "_".join(words(found.concept.get("keys")[0]))
    joined = "_or_".join("_".join(ascii_words(words(i))) for i in items[:3])
    return joined[:_NAME_MAX] if len(items) <= 3 else "category"


def _years(found: mod.Range) -> bool:
    return all(v is None or 1800 <= v <= 2100 for v in (found.low, found.high))


def _drop_span(core: str, window: tuple[str, str], ctx: Context) -> str:
    found = mod.find_window(core, ctx.today)
    return core[:found[1][0]] + core[found[1][1]:] if found else core


def _type_word(text: str, lex: Lexicon) -> str:
    """'float', 'VARCHAR(100)', 'integer' -> the value type they name, else ''."""
    plain = re.sub(r"\(.*\)|\b(?:not\s+null|null|primary\s+key|unique)\b", " ", text.lower())
    return lex.hints["type_words"].get(" ".join(plain.split()), "")


def _read_group(text: str, mods: mod.Modifiers, lex: Lexicon) -> tuple[list[str], bool] | None:
    """A parenthesised group: a range, a unit, a date format, yes/no, a value type, or a list of choices."""
    if not text or mod.is_date_format(text):
        return None
    if _type_word(text, lex):
        mods.type_hint = _type_word(text, lex)
        if mods.type_hint == "uuid":
            mods.hint, mods.type_hint = "uuid", ""
        return None
    found = mod.find_range(text)
    if found and len((text[:found.span[0]] + text[found.span[1]:]).split()) <= 3:
        mods.range = found
        rest = (text[:found.span[0]] + " " + text[found.span[1]:]).strip()
        mods.unit_words += [w for w in (found.unit_text, rest) if w]
        return None
    lemmas = lex.lemmas(words(re.sub(r"^\s*(?:in|as|unit:?|units:?)\s+", "", text, flags=re.I)))
    unit = lex.unit(lemmas)
    if unit and unit[2] - unit[1] == len(lemmas):
        mods.unit_words.append(text)
        return None
    if re.fullmatch(r"\s*\d+(?:\.\d+)?\s*%(?:\s+(?:of\s+(?:the\s+)?(?:rows|records|time|cases|entries|transactions|"
                    r"customers|users|them|all)|are|is|true|yes|positive|flagged))*\s*", text, re.I):
        mods.chance = float(re.findall(r"\d+(?:\.\d+)?", text)[0])
        return None
    examples = bool(re.match(r"\s*(?:e\.?\s?g\b\.?|such\s+as\b|like\b|for\s+example\b|for\s+instance\b|ex\b\.?)",
                             text, re.I))
    items = mod.split_items(text)
    if len(items) == 1 and len(lemmas) <= 3:
        hint = lex.match(lemmas)
        if hint and hint.start == 0 and hint.end == len(lemmas) and hint.concept.kind in ("id", "datetime", "date", "str"):
            mods.hint = hint.concept.id
            return None
    if mod.is_boolean_items(items):
        mods.boolean = True
        return None
    if len(items) >= 2 or (items and (examples or mod.letter_range(items[0]))):
        return items, not examples
    return None


def _inline_items(core: str, mods: mod.Modifiers, lex: Lexicon) -> tuple[str, list[str] | None, bool]:
    """Choices written in the phrase itself: 'status: a/b/c', 'one of a, b or c', 'buy or sell', 'male/female'."""
    split = mod.enum_split(core)
    if split and _type_word(split[1], lex):
        mods.type_hint = _type_word(split[1], lex)
        return split[0], None, True
    if split:
        left, right = split
        found = mod.find_range(right)
        if found and len((right[:found.span[0]] + right[found.span[1]:]).split()) <= 3:
            mods.range = found
            mods.unit_words += [w for w in (found.unit_text, right[found.span[1]:].strip()) if w]
            return left, None, True
        if mod.is_date_format(right):
            return left, None, True
        items = mod.split_items(right)
        if mod.is_boolean_items(items):
            mods.boolean = True
            return left, None, True
        if items and all(len(i.split()) <= 4 for i in items) and left:
            examples = bool(re.search(r"\b(?:e\.?\s?g\b|such\s+as\b|like\b|for\s+example\b|for\s+instance\b)",
                                      core[len(left):len(core) - len(right)], re.I))
            mods.open_enum = not examples
            return left, items, not examples
        if left and lex.match(lex.lemmas(words(left))):
            return left, None, True
        return right if not left else core, None, True
    slash = re.search(r"(?<![\w/])([^\W\d_][\w'-]*(?:\s*/\s*[^\W\d_][\w'-]*)+)(?![\w/])", core)
    if slash and "/" not in symbols(slash.group(1)):
        slash = None
    if slash:
        items = mod.split_items(slash.group(1))
        if mod.is_boolean_items(items):
            mods.boolean = True
            return core[:slash.start()] + core[slash.end():], None, True
        if len(items) >= 2 and not _items_are_fields(items, lex):
            return (core[:slash.start()] + core[slash.end():]).strip(), items, True
    if re.search(r"\bor\b", core, re.I) and not re.match(r"\s*(?:whether|if)\b", core, re.I):
        core_lemmas = lex.lemmas(words(core))
        whole = lex.match(core_lemmas)
        if whole and "or" in core_lemmas[whole.start:whole.end]:
            return core, None, True
        parts = [p.strip() for p in re.split(r"\s+or\s+", core, flags=re.I) if p.strip()]
        if len(parts) >= 2 and all(len(p.split()) <= 3 for p in parts):
            head = parts[0].split()
            items = [head[-1]] + parts[1:]
            if mod.is_boolean_items(items):
                mods.boolean = True
                return " ".join(head[:-1]), None, True
            if not _items_are_fields(items, lex):
                return " ".join(head[:-1]), items, True
    return core, None, True


def _items_are_fields(items: list[str], lex: Lexicon) -> bool:
    """True when most items name real fields ('street, city, zip'), not choices ('pending, shipped')."""
    hits = 0
    for item in items:
        found = lex.match(lex.lemmas(words(item)))
        if found and found.concept.kind not in ("category", "bool") and found.end - found.start == \
                len(words(item)) and found.concept.id not in ("id", "full_name", "person"):
            hits += 1
    return len(items) >= 2 and hits * 3 >= len(items) * 2


def _unit(core: str, mods: mod.Modifiers, lex: Lexicon) -> tuple[str, str | None, bool]:
    """The unit the phrase asks for, if any: 'in celsius', '(kg)', a trailing 'usd'. Returns (core, unit, named)."""
    for text in mods.unit_words:
        found = lex.unit(lex.lemmas(words(text)))
        if found:
            return core, found[0], True
    tokens = words(core)
    lemmas = lex.lemmas(tokens)
    found = lex.unit(lemmas)
    if not found:
        if re.search(r"\bin\s+pounds?\b", core, re.I):
            return re.sub(r"\bin\s+pounds?\b", " ", core, flags=re.I), "pound", True
        return core, None, False
    uid, start, end = found
    before = " ".join(tokens[:start])
    if _IN_UNIT.search(before + " ") and start > 0:
        cut = re.search(r"\b(?:in|measured\s+in|expressed\s+in|given\s+in|as|using)\s+(?:the\s+)?" +
                        r"\W*".join(re.escape(t) for t in tokens[start:end]), symbols(core).lower())
        stripped = symbols(core)[:cut.start()] if cut else core
        return stripped, uid, True
    if end == len(tokens) and start > 0:
        return core, uid, False
    return core, None, False


def _roles(fld: Field, lemmas: list[str], match: Match, lex: Lexicon) -> None:
    """Role words of person/address columns ('sender', 'shipping'), date events, and id nouns."""
    c = match.concept
    qualifier = [t for t in lemmas[:match.start] if (t not in lex.stopwords or t in ("from", "to")) and not t.isdigit()
                 and t not in lex.hints["generic_qualifiers"] and (t,) not in lex.locales]
    if c.kind in ("person", "address"):
        role = qualifier + ([t for t in lemmas[match.start:match.end] if t not in ("name", "full")]
                            if c.get("role") else [])
        role += [t for t in lemmas[match.end:] if t.isdigit() or (len(t) == 1 and t.isalpha())]
        fld.role = "_".join(role)[:32]
    if fld.kind in ("date", "datetime") or c.kind in ("date", "datetime"):
        fld.events = tuple(t for t in lemmas if t not in DATE_WORDS)
        if c.get("events"):
            fld.events = tuple(t for e in c.get("events") for t in lex.key_tokens(e))
    if c.kind == "id":
        fld.id_style = c.get("format", "auto")
        key = lemmas[match.start:match.end]
        noun = c.get("noun") or (qualifier[-1] if qualifier else "")
        if fld.id_style == "auto":
            numberish = any(k in ("number", "no", "num", "nr", "code", "reference", "ref", "locator", "pnr")
                            for k in key) or len(key) > 1 and key[-1] not in ("id", "identifier", "key")
            fld.id_style = "code" if numberish else "int"
            if not noun and len(key) > 1:
                noun = key[0]
        fld.id_noun = noun
        fld.id_pattern = c.get("pattern", "")
        fld.kind = "id"
        if c.get("unique"):
            fld.unique = True


def _name(tokens: list[str], lemmas: list[str], match: Match | None, boolean: bool, lex: Lexicon) -> str:
    """snake_case column name from the phrase: 'order date' -> order_date, 'date of the order' -> order_date."""
    drop = set(lex.hints["name_drop"])
    pairs = [(t, lemmas[i] if i < len(lemmas) else t) for i, t in enumerate(tokens)]
    while pairs and (pairs[0][0] in drop or pairs[0][0] in ("whether", "if", "the", "a", "an")):
        pairs.pop(0)
    pairs = [p for p in pairs if p[0] not in drop or p[0] in _AUX]
    if boolean:
        aux = next((i for i, p in enumerate(pairs) if p[0] in _AUX), None)
        if aux is not None and aux > 0:
            pairs = pairs[aux:]
        if pairs and pairs[0][0] in _AUX:
            word = {"was": "is", "were": "is", "are": "is", "have": "has", "had": "has"}.get(pairs[0][0], pairs[0][0])
            pairs = ([(word, word)] if word in ("is", "has") else []) + pairs[1:]
    surface = [p[0] for p in pairs]
    if "of" in surface[1:-1] and match and not any(
            t == "of" for t in lemmas[match.start:match.end]):
        i = surface.index("of")
        surface = surface[i + 1:] + surface[:i]
    surface = [t for t in surface if t and t not in (("of",) if len(surface) > 3 else ())]
    surface = [t for i, t in enumerate(surface) if not t.isdigit() or i == len(surface) - 1 or i == 0]
    if len(surface) > 5 and match:
        keep = [t for t in lemmas[max(0, match.start - 1):match.end] if t not in lex.stopwords]
        surface = keep or surface[:4]
    name = "_".join(surface)[:_NAME_MAX].strip("_") or "_".join(tokens[:4])[:_NAME_MAX].strip("_")
    return re.sub(r"_+", "_", name)


def _expand(items: list[str], tokens: list[str], lemmas: list[str], match: Match, ctx: Context,
            soft: bool) -> list[Field]:
    """'shipping address (street, city, zip)' -> shipping_street, shipping_city, shipping_zip, one place."""
    head = [t for t in tokens[:match.start] if t not in ctx.lex.stopwords]
    if match.concept.get("role"):
        head += tokens[match.start:match.end]
    out: list[Field] = []
    for item in items:
        text = item if not head or item.lower().startswith(" ".join(head).lower()) else f"{' '.join(head)} {item}"
        for fld in build(text, ctx, soft=soft):
            if fld.recognised:
                out.append(fld)
    return out
