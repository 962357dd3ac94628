"""Offline planner, mentions: the description as tokens, with the words that name a planned column marked as it.

Relation readers (relations.py, orders.py) read 'total = quantity x unit price' or 'refund date (after the
request)' as a line of tokens where 'unit price' is the column unit_price_eur and 'the request' the column
return_requested_date: a run of words names a column when every word of it (stemmed, small words aside) is a
word of the column's name, and the longest such run wins; of several columns, the one with fewest other words."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from .fields import Field
from .ruledata import words as _words

_TOKEN = re.compile(
    r"(?P<num>\d+(?:,\d{3})*(?:\.\d+)?|\.\d+)(?P<pct>\s?%)?"
    r"|(?P<word>[A-Za-z][A-Za-z']*)"
    r"|(?P<op><=|>=|==|=<|=>|[=<>≤≥×*+/()\-:;.,\n\[\]•–—±])")
_SMALL = frozenset({"the", "a", "an", "of", "in", "on", "at", "per", "to", "for", "its", "their", "his", "her",
                    "each", "by", "from", "with", "is", "are", "was", "s"})
_COUNT_WORDS = frozenset({"number", "of", "num", "no", "count", "total", "n"})
_JOINS = frozenset({"x", "times", "plus", "minus", "multiplied", "divided", "than", "after", "before", "and", "or",
                    "later", "earlier", "is", "are", "was", "were",
                    "which", "never", "below", "under", "within", "matching", "matches", "exceed", "exceeds",
                    "exceeding", "surpass", "surpasses", "including", "includes"})
_NUMBER_WORDS = {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                 "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30,
                 "half": 0.5, "a": 1, "an": 1}


@dataclass
class Token:
    text: str  # lower case
    kind: str  # word | num | op | col
    value: float | None = None  # a number's value
    percent: bool = False
    field: Field | None = None  # for 'col': the column the words name
    depth: int = 0  # how many brackets it sits in
    raw: str = ""  # as written


def stem(word: str) -> str:
    """A crude stem that makes 'shipped', 'shipping', 'ship', 'issued', 'issue', 'deductions' meet."""
    w = word.lower().strip("'")
    w = w.removesuffix("'s")
    if len(w) > 4 and w.endswith("ies"):
        w = w[:-3] + "y"
    elif len(w) > 5 and w.endswith("ing"):
        w = w[:-3]
    elif len(w) > 4 and w.endswith("ed"):
        w = w[:-2]
    elif len(w) > 3 and w.endswith("s") and not w.endswith("ss"):
        w = w[:-1]
    if len(w) > 3 and w.endswith("e"):
        w = w[:-1]
    if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "aeiou":
        w = w[:-1]
    return w


def tokens(text: str) -> list[Token]:
    out: list[Token] = []
    depth = 0
    text = re.sub(r"(?<=[A-Za-z])-(?=[A-Za-z])", " ", text.replace("_", " "))
    for m in _TOKEN.finditer(text):
        if m["num"]:
            raw = m["num"].replace(",", "")
            try:
                value = float(raw)
            except ValueError:
                continue
            out.append(Token(m["num"], "num", value, bool(m["pct"]), depth=depth))
        elif m["word"]:
            w = m["word"].lower()
            word_value = _NUMBER_WORDS.get(w) if w not in ("a", "an") else None
            out.append(Token(w, "word", word_value, depth=depth, raw=m["word"]))
        else:
            op = m["op"]
            if op == "(":
                depth += 1
            out.append(Token(op, "op", depth=depth))
            if op == ")":
                depth = max(0, depth - 1)
    return out


def _field_stems(f: Field) -> set[str]:
    return {stem(w) for w in f.name.lower().split("_") if w and not w.isdigit()}


def mark(toks: list[Token], fields: list[Field]) -> list[Token]:
    """The tokens with each run of words that names a column replaced by one 'col' token."""
    units = frozenset(_words().raw["unit_words"])
    stems = [(f, _field_stems(f)) for f in fields]
    out: list[Token] = []
    i = 0
    while i < len(toks):
        best: tuple[int, Field] | None = None
        if toks[i].kind == "word" and toks[i].text not in _SMALL:
            for n in range(min(5, len(toks) - i), 0, -1):
                run = toks[i:i + n]
                if any(t.kind != "word" or t.text in _JOINS for t in run):
                    continue
                if run[-1].text in _SMALL:  # 'tap_on' written as the column's exact name still names it
                    exact = [f for f in fields if f.name.lower() == "_".join(t.text for t in run)]
                    if exact and n > 1:
                        best = (n, exact[0])
                        break
                    continue
                if all(t.text in units or t.text in _SMALL for t in run) and not _unit_head(toks, i, run, fields):
                    continue  # 'in USD', 'per 100 km': a unit alone names no column
                words = {stem(t.text) for t in run if t.text not in _SMALL}
                plain = {t.text for t in run}
                hits = [((len(s - words), -len(plain & set(f.name.lower().split("_"))),
                          stem(f.name.lower().split("_")[0]) not in words, f.kind == "id",
                          bool(re.search(r"_\d+$", f.name))), f)
                        for f, s in stems if words and words <= s]
                if hits:
                    hits.sort(key=lambda h: h[0])
                    if len(hits) == 1 or hits[0][0] < hits[1][0]:
                        best = (n, hits[0][1])
                    break
        if best is not None:
            n, f = best
            out.append(Token(" ".join(t.text for t in toks[i:i + n]), "col", field=f, depth=toks[i].depth))
            i += n
        else:
            out.append(toks[i])
            i += 1
    return out


def _unit_head(toks: list[Token], i: int, run: list[Token], fields: list[Field]) -> bool:
    """'amount = hours x rate' beside hours_worked: a unit word that begins a column's name, not after a number
    ('21 days after'), names that column."""
    if len(run) != 1 or (i and toks[i - 1].kind == "num"):
        return False
    word = stem(run[0].text)
    if any(f.name.lower().split("_")[0] and stem(f.name.lower().split("_")[0]) == word for f in fields):
        return True
    # 'days x daily rate' beside number_of_days: a count of that unit, named by the unit alone
    return any([stem(w) for w in f.name.lower().split("_") if w not in _COUNT_WORDS] == [word] for f in fields)


def segments(toks: list[Token]) -> list[list[Token]]:
    """Sentences, lines and bullets: a relation never reaches across them."""
    out: list[list[Token]] = [[]]
    for t in toks:
        if t.kind == "op" and t.text in ("\n", ".", "•"):
            if out[-1]:
                out.append([])
            continue
        out[-1].append(t)
    for s in out:
        while s and s[0].kind == "op" and s[0].text in ("-", "*", "•", "–", "—"):
            s.pop(0)
    return [s for s in out if s]


def owner(seg: list[Token], at: int, skip_objects: bool = True,
          want: Callable[[Field], bool] | None = None, strict: bool = False) -> Field | None:
    """The column a clause at position `at` speaks of: the head before its bracket, the head of a 'name:' line,
    or the nearest column before it that is not itself the object of 'than', 'after', 'of' ('the approved
    amount, which is never more than the requested amount and is empty ...')."""
    depth = seg[at].depth if at < len(seg) else 0
    ok = want or (lambda f: True)
    head = line_head(seg)
    exact = head is not None and {stem(w) for w in seg[0].text.split() if w not in _SMALL} == _field_stems(head)
    if head is not None and at > 1 and ok(head) and (exact or not any(t.kind == "col" for t in seg[2:at])):
        return head  # 'copay: fee minus covered', not 'Exams: student, exam date, ...
    if depth:
        for j in range(at - 1, -1, -1):
            if seg[j].kind == "op" and seg[j].text == "(" and seg[j].depth == depth:
                found = _before(seg, j)
                if found is not None and ok(found):
                    return found
                break
    for j in range(at - 1, -1, -1):
        t = seg[j]
        if t.depth > depth:
            continue
        if t.kind == "op" and t.text == ";":
            break
        if t.kind == "col":
            prev = _prev_word(seg, j)
            if not ok(t.field):  # type: ignore[arg-type]
                if strict and not (skip_objects and prev in _OBJECT_OF):
                    return None  # the column the words speak of cannot take this rule
                continue
            if skip_objects and prev in _OBJECT_OF:
                continue
            return t.field
    return None


_OBJECT_OF = ("than", "after", "before", "of", "exceeds", "exceed", "since", "following", "times", "plus", "minus",
              "x", "*", "+", "-", "/", "by", "from", "for", "most", "per", "each", "every", "all", "some", "many")


def _before(seg: list[Token], j: int) -> Field | None:
    for k in range(j - 1, -1, -1):
        if seg[k].kind == "col":
            return seg[k].field
        if seg[k].kind == "op" and seg[k].text in (";", ":", ")"):
            return None
        if seg[k].kind == "op" and seg[k].text == "(":
            return None
        if k < j - 4:
            return None
    return None


def _prev_word(seg: list[Token], j: int) -> str:
    for k in range(j - 1, -1, -1):
        if seg[k].kind == "word" and seg[k].text in ("the", "its", "their", "a", "an"):
            continue
        return seg[k].text
    return ""


def line_head(seg: list[Token]) -> Field | None:
    """'copay: consultation_fee minus insurance_covered': the column a 'name:' line defines."""
    if len(seg) >= 2 and seg[0].kind == "col" and seg[1].kind == "op" and seg[1].text == ":":
        return seg[0].field
    return None


def resolve(names: list[str], fields: list[Field]) -> Field | None:
    """The one column among `fields` whose name holds every one of these words (stemmed)."""
    words = {stem(w) for w in names if w not in _SMALL}
    hits = [f for f in fields if words and words <= _field_stems(f)]
    return hits[0] if len(hits) == 1 else None
