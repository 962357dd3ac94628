"""Offline planner, examples: what examples in a phrase stand for. 'model like A320 or 737-800' shows aircraft
models, 'app version like 3.2.1' a shape of versions, 'grape: varietal name' a kind of value: never the words
of the phrase, nor one example, copied into every row."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .lexicon import Lexicon, Match, words

if TYPE_CHECKING:
    from .modifiers import Modifiers
    from .phrase import Reading
    from .values import Spec

_INTRO = r"(?:like|such\s+as|e\.?\s?g\.?,?|for\s+(?:example|instance),?|ex\.)"
_LEAD = re.compile(rf"^(?P<kind>.+?)\s*[,(]?\s+{_INTRO}\s+(?P<first>\S.*)$", re.IGNORECASE)
_NUMBERS = frozenset({"money", "int", "float", "measure", "percent"})
_NOT_SHAPES = frozenset({"money", "int", "float", "measure", "percent", "date", "datetime", "time", "bool", "person"})


def lead(items: list[str], right: str, mods: Modifiers, lex: Lexicon) -> tuple[list[str], bool]:
    """Items after 'aircraft:' that open with words saying what they are: 'model like A320', '737-800' ->
    A320, 737-800; 'phone model, e.g. iPhone 14', ... -> iPhone 14, ... Returns the items and whether they are
    only examples. The kind named ('phone model') becomes the phrase's hint when it is a named thing."""
    found = _LEAD.match(items[0]) if items else None
    if found is None and len(items) >= 2 and follow(right):
        kind, rest = items[0], [re.sub(rf"^\s*{_INTRO}\s+", "", items[1], flags=re.IGNORECASE), *items[2:]]
    elif found is not None and len(words(found["kind"])) <= 3:
        kind, rest = found["kind"], [found["first"].strip(), *items[1:]]
    else:
        return items, False
    named = lex.match(lex.lemmas(words(kind)))  # 'phone model', 'handset model': a named thing's kind
    if named and named.end == len(words(kind)) and named.concept.named and not mods.hint:
        mods.hint = named.concept.id
    return [r for r in rest if r], True


def follow(text: str) -> bool:
    """'handset model, e.g. Pixel 7a, Galaxy S21': one field's kind, then examples of it (not a list of fields)."""
    return bool(re.match(rf"[^,;(]+[,;(]\s*{_INTRO}\s", text, re.IGNORECASE))


def related(r: Reading) -> None:
    """'seats_purchased - seats_used (never more than this)': one 'choice' written as another column's snake_case
    name is that column, which the phrase relates to (a detail), not a value to copy into every row."""
    ident = r.items[0].replace(" ", "_") if r.items and len(r.items) == 1 else ""
    if re.fullmatch(r"[a-z][a-z0-9]*(?:_[a-z0-9]+)+", ident) and re.search(rf"\b{re.escape(ident)}\b", r.text):
        r.details.append(r.items.pop() if r.items else ident)
        r.items = None


def describes(item: str, lex: Lexicon) -> bool:
    """'varietal name', 'phone model', 'song title': words saying what kind of value a column holds (they end in
    a head such as name, model or title), not a choice."""
    tokens = [t.lower() for t in words(item)]
    return 2 <= len(tokens) <= 3 and tokens[-1] in lex.ws("kind_heads")


def stated(spec: Spec, elements: list[object], weights: list[float] | None, r: Reading, match: Match | None,
           lex: Lexicon) -> None:
    """The stated items as the column's choices; when they were only examples ('like', 'e.g.', 'such as'): of a
    named thing (titles, wines, models), its own values with the examples among them; one example with digits,
    values of its shape."""
    number = elements[0] if len(elements) == 1 and not r.exact else None
    if isinstance(number, (int, float)) and not isinstance(number, bool) and number > 0 and spec.kind in _NUMBERS:
        spec.low, spec.high = number * 0.5, number * 1.5  # 'price like 40': prices around 40, not 40 in every row
        return
    spec.kind, spec.elements, spec.weights, spec.provider = "category", elements, weights, ""
    if r.exact or not spec.elements:
        return
    shown = [re.sub(rf"^\s*{_INTRO}\s+", "", i, flags=re.IGNORECASE).strip() for i in r.items or []]
    shown = [i for i in dict.fromkeys(shown) if i]  # as written: 'Pixel 7a' is no price of 7
    shape = shape_of(shown[0]) if len(shown) == 1 else ""
    hinted = lex.concepts.get(r.mods.hint) if r.mods.hint else None
    concept = hinted if hinted and hinted.named else match.concept if match and match.concept.named and \
        (match.start == 0 or not shape) else None  # a 'loco model like ES44AC' is no phone model
    if concept is not None:
        pool = list(concept.elements or lex.pool(concept.pool))
        seen = {str(v).lower() for v in pool}
        spec.elements = pool + [e for e in shown if e.lower() not in seen]
        spec.weights = None
        return
    if any(not isinstance(e, str) for e in spec.elements) and all(re.search(r"[^\W\d_]", i) for i in shown):
        spec.elements = shown  # 'e.g. Pixel 7a, Galaxy S21' are examples as written, not prices
    if shape and not (match and match.concept.kind in _NOT_SHAPES):
        spec.kind, spec.elements, spec.weights, spec.provider = "code", None, None, ""
        spec.pattern, spec.letters = shape, "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def shape_of(example: str) -> str:
    """A pattern for values like one example with digits ('3.2.1' -> '%.#.#', '823.914 SMI' -> '%##.### ???',
    'v2.10' -> 'v%.##'), '' when it is only a number ('like 40') or has no digits. Letters before the first digit
    stay (a prefix); capitals after it vary."""
    example = example.strip("\"'`\u2018\u2019\u201c\u201d ")
    if not re.search(r"\d", example) or len(example) > 24 or re.fullmatch(r"[-+]?\d+(?:[.,]\d+)?", example):
        return ""
    out: list[str] = []
    digits = False
    for run in re.findall(r"\d+|[A-Z]+|[a-z]+|[^A-Za-z\d]+", example):
        if run.isdigit():
            out.append(("#" if digits or len(run) == 1 and run == "0" else "%") + "#" * (len(run) - 1))
            digits = True
        elif run.isupper() and digits:
            out.append("?" * len(run))
        else:
            out.append(re.sub(r"[#?%!@]", "", run))  # placeholders of numerify and bothify stay out
    return "".join(out)
