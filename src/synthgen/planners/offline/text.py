"""Offline planner, reading: clean a description and cut it into a header (what the table is) and field phrases."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field

from .structured import numbered_lines, structured

MAX_CHARS = 4000  # the pipeline caps descriptions at 2,000; this guards direct callers

_QUOTES = str.maketrans({"\u201c": '"', "\u201d": '"', "\u201e": '"', "\u2018": "'", "\u2019": "'", "\u00b4": "'",
                         "\u2013": "-", "\u2014": " - ", "\u2212": "-", "\u2010": "-", "\u2011": "-",
                         "\u00a0": " ", "\u2009": " ", "\u202f": " ", "\t": " ", "\uff0c": ",", "\uff1a": ":",
                         "\uff1b": ";", "\u3001": ",", "\uff08": "(", "\uff09": ")"})
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]")
_BULLET = re.compile(r"^\s*(?:[-*+\u2022\u00b7\u25aa\u2023\u25e6>]|\d{1,2}[.)]|[a-z][.)])\s+", re.IGNORECASE)
_PAIRS = {"(": ")", "[": "]", "{": "}"}
_ABBREV = re.compile(r"\b(?:e\.g|i\.e|etc|vs|no|nr|approx|incl|ca|dr|mr|mrs|ms|st|inc|ltd|co|avg|max|min|sq|ft)\.$",
                     re.IGNORECASE)
# 'bills for homes', 'visits by patients': a title whose last noun is an owner, so 'with ...' after it describes it
_OWNED_BY = re.compile(r"\b(?:for|of|by|from|at|in|across|among)\s+(?:the\s+|our\s+|a\s+|"
                       r"an\s+)?[^\W\d][\w-]*(?:\s+[^\W\d][\w-]*)?\s*$",
                       re.IGNORECASE)
_NOT_HEADER = re.compile(r"^(?:whether|if|is|are|was|were|has|have|does|do|did|can|when|how|what|"
                         r"which)\b", re.IGNORECASE)

# Spans whose commas and "and"s belong to one field: ranges, thousands separators, fixed compounds.
_PROTECT = re.compile(
    r"between\s+(?:[^,;:()]|(?<=\d),(?=\d{3}\b)){1,25}?\s+(?:and|&)\s+[-+$\u20ac\u00a3]?\d+(?:,\d{3}\b)*[\w.%]*|"
    r"\d,\d{3}\b|"
    r"between\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?:and|&)\s+[a-z]{3,9}\.?,?\s+\d{4}\b|"
    r"between\s+\d{1,2}(?::\d\d)?\s*(?:[ap]\.?m\.?)?\s+(?:and|&)\s+\d{1,2}(?::\d\d)?\s*(?:[ap]\.?m\b\.?)?|"
    r"\b(?:date\s+(?:and|&)\s+time|terms\s+(?:and|&)\s+conditions|q\s*&\s*a|r\s*&\s*d|b\s*&\s*b|"
    r"bed\s+and\s+breakfast|profit\s+and\s+loss|research\s+and\s+development|black\s+and\s+white|"
    r"food\s+(?:and|&)\s+beverage|health\s+(?:and|&)\s+(?:safety|beauty|fitness)|home\s+(?:and|&)\s+garden|"
    r"toys\s+(?:and|&)\s+games|sports\s+(?:and|&)\s+outdoors|arts\s+(?:and|&)\s+crafts|"
    r"clothing\s+(?:and|&)\s+accessories|hair\s+(?:and|&)\s+beauty|rock\s+(?:and|&)\s+roll|salt\s+and\s+pepper|"
    r"sales\s+(?:and|&)\s+marketing|pass(?:ed)?\s*/\s*fail(?:ed)?|yes\s*/\s*no|true\s*/\s*false|"
    r"(?:make|brand)\s+(?:and|&)\s+model|plus[\s-]+one|(?:letters|characters)\s+(?:and|&)\s+(?:digits|numbers)|"
    r"digits\s+(?:and|&)\s+letters)\b",
    re.IGNORECASE,
)
_DELIM = re.compile(
    r"\s*[,;|]\s*(?:(?:and|or|&|plus)\s+)?|\s+(?:and|&|\+|plus|as\s+well\s+as|along\s+with|together\s+with|"
    r"in\s+addition\s+to|including|includes|also|and\s+also|and\s+finally|and\s+then)\s+",
    re.IGNORECASE,
)
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9\"'(*\u2022-])|(?<=[a-z)\]])[.!?](?=\s*$)|\n+")
_INTRO = re.compile(
    r"\s*:\s*|\s*=>?\s*|\s+-{1,2}>?\s+|"
    r"\b(?:with|having|containing|contains?|comprising|consisting\s+of|featuring|includ(?:ing|es?)|"
    r"(?:that|which|who|where\s+each\s+\w+)\s+(?:has|have|includes?|contains?|records?|stores?|tracks?|lists?)|"
    r"has|have|should\s+(?:have|contain|include|list|show)|must\s+(?:have|contain|include)|"
    r"capturing|storing|showing)\b",
    re.IGNORECASE,
)
_PREAMBLE = re.compile(
    r"^(?:\s*(?:the|these|those|this|following|some|a\s+few|several|a|an|(?:so\s+)?there\s+(?:is|are)|so|thus|hence|"
    r"(?:columns?|fields?|attributes?)\s+(?:are|include|will\s+be)|(?:columns?|fields?|attributes?|properties|"
    r"features)(?=\s*(?::|$|\b(?:are|include|like|such|named|called|"
    r"for|of|with)\b))|data|info(?:rmation)?|details|values|as|like|such\s+as|namely|for\s+each\s+\w+|"
    r"per\s+\w+|(?:each|every)\s+\w+\s+(?:has|have|with|should\s+have)|each\s+row|every\s+row|rows?|"
    r"records?|entries|fields?\s+for|add(?:ing)?|include|also|and|with|[:\-=>]+)(?=\W|$)\s*)+",
    re.IGNORECASE,
)
_HEADER_WORDS = re.compile(
    r"^\s*(?:please\s+)?(?:(?:generate|create|make|build|produce|give\s+me|i\s+(?:need|want)|we\s+need|"
    r"can\s+you\s+(?:make|create|generate)|simulate|mock\s+up)\b|(?:a|an|the|some)?\s*(?:\d[\d,.]*\s*[km]?\s+)?"
    r"(?:(?:synthetic|fake|mock|sample|dummy|test|random|realistic)\s+)*"
    r"(?:dataset|data\s*set|table|list|csv|spreadsheet|database|set|collection|log|records|rows|entries|data)\b)",
    re.IGNORECASE,
)
_HEADER_STRIP = re.compile(
    r"^(?:\s*(?:please|generate|create|make|build|produce|give\s+me|i\s+need|i\s+want|we\s+need|can\s+you|"
    r"simulate|mock\s+up|a|an|the|some|me|us|of|for|about|on|with|containing|\d[\d,.]*\s*[km]?|"
    r"synthetic|fake|mock|sample|dummy|test|random|realistic|dataset|data\s*set|table|list|csv|spreadsheet|"
    r"database|collection|log|records?|rows?|entries|data|columns?|fields?|attributes?|following|these|those)(?=\W|$)"
    r"\s*)+",
    re.IGNORECASE,
)


@dataclass
class Phrase:
    """One candidate field, as written, with how it was introduced."""

    text: str
    clause: int  # which sentence or line it came from
    listed: bool  # came after an introducer ("with", ":") or from a list: clearly meant as a field
    joiner: str = ""  # the delimiter before it: "," or "and" / "or"
    bullet: bool = False
    spec: bool = False  # a 'name: what it holds' line: one field, never a header


@dataclass
class Parsed:
    header: str  # what the table is ("customer orders"), perhaps empty
    phrases: list[Phrase] = field(default_factory=list)
    context: list[str] = field(default_factory=list)  # header-like text from every clause, for hints
    led: set[int] = field(default_factory=set)  # clauses whose fields follow a lead-in ('Each bill has', 'I need')


def normalize(text: str) -> str:
    """NFKC, plain quotes and dashes, no control characters, number words next to ranges, at most MAX_CHARS."""
    from .modifiers import number_words

    text = unicodedata.normalize("NFKC", str(text or ""))[:MAX_CHARS].translate(_QUOTES)
    text = _CONTROL.sub(" ", text.replace("\r\n", "\n").replace("\r", "\n"))
    return number_words(re.sub(r"[ ]{2,}", " ", text).strip())


def mask(text: str) -> str:
    """A copy of `text`, same length, with bracketed, quoted and protected spans blanked to '_'."""
    chars = list(text)
    stack: list[tuple[str, int]] = []
    for i, ch in enumerate(text):
        if ch in _PAIRS:
            stack.append((ch, i))
        elif stack and ch == _PAIRS[stack[-1][0]]:
            _, start = stack.pop()
            if not stack:
                chars[start + 1:i] = "_" * (i - start - 1)
    for match in re.finditer(r"\"[^\"\n]{1,200}\"|(?<!\w)'[^'\n]{1,80}'(?!\w)", text):
        chars[match.start() + 1:match.end() - 1] = "_" * (match.end() - match.start() - 2)
    masked = "".join(chars)
    for match in _PROTECT.finditer(masked):
        masked = masked[:match.start()] + re.sub(r"[,&\s]|and", lambda m: "_" * len(m.group()), match.group()) \
            + masked[match.end():]
    return masked


def strip_groups(text: str) -> tuple[str, list[str]]:
    """`text` without its top-level (...) [...] {...} groups, and the groups' contents."""
    masked = mask(text)
    out, groups, depth_start = [], [], None
    stack: list[str] = []
    for i, ch in enumerate(text):
        if ch in _PAIRS and masked[i] == ch:
            if not stack:
                depth_start = i
            stack.append(_PAIRS[ch])
            continue
        if stack and ch == stack[-1] and masked[i] == ch:
            stack.pop()
            if not stack and depth_start is not None:
                groups.append(text[depth_start + 1:i].strip())
                out.append(" ")
            continue
        if not stack:
            out.append(ch)
    if stack and depth_start is not None:  # unbalanced: keep the rest as plain text
        out.append(text[depth_start + 1:].replace("(", " ").replace("[", " ").replace("{", " "))
    return re.sub(r"\s+", " ", "".join(out)).strip(), [g for g in groups if g]


def split_list(text: str, clause: int, *, listed: bool) -> list[Phrase]:
    """Cut a field list at commas, semicolons and list words ("and", "plus", "as well as"), not inside groups."""
    if re.search(r"[,;]", mask(text)):  # 'mode ranked|casual, kills': a pipe between words inside an item is '/'
        text = re.sub(r"(?<=[^\W_])\|(?=[^\W_])", "/", text)
    masked = re.sub(r"\b(?:is|are|was|"
                    r"were)\s+(also)\b", lambda m: m.group()[:-4] + "____", mask(text), flags=re.IGNORECASE)
    for said in re.finditer(r"\b(?:is|are|equals|equal\s+to)\b[^,;]*|"
                            r"=[^,;]*", masked):  # 'total cost is parts plus labour'
        masked = masked[:said.start()] + re.sub(r"\bplus\b|\+", lambda m: "_" * len(m.group()), said.group()) + \
            masked[said.end():]
    phrases, start, joiner = [], 0, ""
    for match in _DELIM.finditer(masked):
        piece = text[start:match.start()].strip()
        if piece:
            phrases.append(Phrase(piece, clause, listed, joiner))
        word = re.sub(r"[^a-z&]", " ", match.group().lower()).split()
        joiner = "and" if word and word[-1] in ("and", "&", "plus") else ("or" if "or" in word else ",")
        start = match.end()
    piece = text[start:].strip()
    if piece:
        phrases.append(Phrase(piece, clause, listed, joiner))
    return [p for p in (_clean_phrase(p) for p in phrases) if p.text and not _ROW_PER.match(p.text)]


_ROW_PER = re.compile(r"^(?:one|a|each|every)\s+(?:row|record|line|entry)\s+(?:per|for\s+(?:each|every|"
                      r"one))\b", re.IGNORECASE)


def _keep_key_word(raw: str, text: str) -> str:
    """A preamble word that begins a lexicon key stays ('data used', 'following count' are columns)."""
    from .lexicon import lexicon, words  # the lexicon loads on the first plan, never at import time

    start = raw.find(text) if text else -1
    prefix = words(raw[:start]) if start > 0 else []
    if not prefix:
        return text
    lex = lexicon()
    lemmas = lex.lemmas([prefix[-1], *words(text)[:3]])
    if any(len(key) >= 2 and tuple(lemmas[:len(key)]) == key for key, _ in lex.index.get(lemmas[0], ())):
        return f"{prefix[-1]} {text}"
    return text


def _clean_phrase(phrase: Phrase) -> Phrase:
    text = _PREAMBLE.sub("", phrase.text).strip(" .;:,-*!?\"'") if not phrase.text.startswith("(") else phrase.text
    text = _keep_key_word(phrase.text, text)
    if not re.search(r"\w", text):
        text = phrase.text.strip(" .;:,-*!?\"'")
    if phrase.text.rstrip().endswith("?"):
        text += "?"
    phrase.text = text
    return phrase


def clauses(text: str) -> list[str]:
    """Sentences and lines (bullets kept), masked groups never cut."""
    masked = mask(text)
    out, start = [], 0
    for match in _SENTENCE.finditer(masked):
        out.append(text[start:match.start()])
        start = match.end()
    out.append(text[start:])
    merged: list[str] = []
    for piece in out:
        if merged and _ABBREV.search(merged[-1]):
            merged[-1] += " " + piece
        else:
            merged.append(piece)
    return [c.strip() for c in merged if c.strip(" .!?")]


def header_text(text: str) -> str:
    """The table's subject from a header clause: "Generate 500 rows of customer orders" -> "customer orders"."""
    text = re.sub(r"^\s*(?:each|every|one)\s+(?:record|row|entry|line|item|document)\s+(?:represents|is|describes|"
                  r"corresponds\s+to|stands\s+for|holds|captures)\s+", "", text.strip(" .:;,-"), flags=re.IGNORECASE)
    text = _HEADER_STRIP.sub("", text)
    text = re.split(r"\b(?:where|that|which|who|so|to\s+test|for\s+testing|for\s+(?:a|an|my|our)\s)\b|[.;!?]",
                    text, maxsplit=1, flags=re.IGNORECASE)[0]
    text = re.sub(r"(?:\s+(?:table|dataset|data\s*set|data|list|records|csv|spreadsheet|sheet|file|database))+\s*$",
                  "", text.strip(" .:;,-"), flags=re.IGNORECASE)
    return text.strip(" .:;,-")


_SHOULD_BE = re.compile(
    r"^(?:the\s+|a\s+|an\s+)?([^\W\d_][\w\s-]{0,40}?)\s+(?:field|column|attribute)?\s*(?:should|must|will|can|could|"
    r"may|"
    r"has\s+to|needs\s+to|is\s+to|is|are)\s+(?:be|take|have|contain|hold)?\s*(?:one\s+of|either|any\s+of|values?|"
    r"options?|from)\s*:?\s*(.+)$", re.IGNORECASE)
_CALLED = re.compile(
    r"^(?:(?:please\s+)?(?:also\s+)?(?:add|include|create|make|have|with)\s+)?(?:an?\s+|the\s+|"
    r"another\s+)?(?:extra\s+|new\s+)?"
    r"(?:column|field|attribute)\s+(?:called|named|labell?ed|for)\s+['\"]?([^'\",:]{1,40}?)['\"]?"
    r"(?=['\"]|\s+(?:with|having|containing|that|which)\b|\s*:|\s*[,.]?\s*$)\s*"
    r"(?:(?:with|having|containing|that\s+(?:has|takes))\s+)?(?:(?:the\s+)?(?:values?|options?|choices?)\s*)?"
    r":?\s*(.*)$", re.IGNORECASE)


def rewrite(clause: str) -> str:
    """'The status field should be one of: a, b' -> 'status: a, b'; 'add a column called tier with values a, b'
    -> 'tier: a, b'."""
    for pattern in (_CALLED, _SHOULD_BE):
        found = pattern.match(clause.strip())
        if found and (found.group(2).strip() or pattern is _CALLED):
            rest = found.group(2).strip().rstrip(".")
            return f"{found.group(1).strip()}: {rest}" if rest else found.group(1).strip()
    return clause


# 'name: what it holds', 'billing_cycle - monthly or annual'
_SPEC_LINE = re.compile(r"^\s*([A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)*)\s*(?::|\s-{1,2}\s)\s*(\S.*)$")
_NAME_LINE = re.compile(r"^\s*[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+\s*$")  # 'subscription_id' alone on its line


def split_description(text: str, field_line: Callable[..., bool] | None = None) -> Parsed:
    """Header and field phrases of a normalized description.

    `field_line(left, right)` says whether "left: right" is one field with its choices (True) or a header and a
    field list (False); the planner passes one that knows the lexicon. In a description written as 'name: what it
    holds' lines, each line is one field ('date_of_birth: date, patients are 5-90 years old') unless its right
    side lists fields (`field_line(left, right, spec=True)`)."""
    field_line = field_line or _looks_like_field
    text = numbered_lines(structured(text, mask) or text)
    text = re.sub(r"(?<=\w)\s+((?:hh|mm|ss|yyyy|yy|dd)(?:[:/.-](?:hh|mm|ss|yyyy|yy|dd|m|d))+)(?=[\s,;.]|"
                  r"$)", r" (\1)", text,
                  flags=re.IGNORECASE)  # 'duration mm:ss': a format, not a header and a field
    parsed = Parsed(header="")
    lines = clauses(text)
    bulleted = sum(1 for c in lines if _BULLET.match(c)) >= 2
    specs = sum(1 for c in lines if _SPEC_LINE.match(_BULLET.sub("", c)))
    named = specs + sum(1 for c in lines if _NAME_LINE.match(_BULLET.sub("", c)))
    for index, clause in enumerate(lines):
        bullet = bool(_BULLET.match(clause))
        plain = _BULLET.sub("", clause).strip()
        clause = rewrite(plain)
        if not clause:
            continue
        if clause != plain and not bullet:  # 'The status is one of a, b or c, mostly a': one field and its choices
            parsed.phrases.append(_clean_phrase(Phrase(clause, index, True)))
            continue
        masked = mask(clause)
        spec = _SPEC_LINE.match(clause) if (specs >= 2 or named >= 3) and named * 2 >= len(lines) else None
        if spec and (index > 0 or field_line(spec.group(1), spec.group(2), spec=True)):  # one column a line
            said = f"{spec.group(1)}: {spec.group(2)}"  # 'amount - between $9 and $299' read as 'amount: ...'
            parsed.phrases.append(_clean_phrase(Phrase(said, index, True, "", bullet, spec=True)))
            continue
        if bullet or (bulleted and index > 0 and ":" in masked and "," not in masked.split(":")[0]):
            from .clauses import share_sentence
            share = share_sentence(clause)
            if share:  # '- roughly 5% of posts are flagged for moderation': a flag
                parsed.phrases.append(Phrase(share, index, True, "", True))
            elif ":" in masked or not re.search(r"[,;]|\s(?:and|&|\+)\s", masked):
                parsed.phrases.append(_clean_phrase(Phrase(clause, index, True, "", True)))
            else:
                parsed.phrases += split_list(clause, index, listed=True)
            continue
        if index == 0 and (bulleted or specs >= 2) and len(lines) >= 3 and not re.search(r"[,;:(]|\s-\s", masked):
            parsed.context.append(clause)  # 'Ad campaign performance' over 'name: what it holds' lines: a title
            parsed.header = header_text(clause)
            continue
        sentence = _sentence(clause, index, parsed)
        if sentence is not None:
            parsed.phrases += sentence
            continue
        intro = _INTRO.search(masked)
        if intro and intro.start() > 0 and not re.search(r"[,;]", masked[:intro.start()]) \
                and not _NOT_HEADER.match(clause):
            left, right = clause[:intro.start()].strip(), clause[intro.end():].strip()
            if intro.group().strip() in (":", "=", "=>", "-", "->", "--") and field_line(left, right):
                parsed.phrases.append(_clean_phrase(Phrase(clause, index, True)))
                continue
            if re.search(r"\b(?:that|which|who|whose|where)\b", left, re.IGNORECASE) and index > 0:
                parsed.context.append(clause)  # 'Permits that are under review have no issue date': a rule
                continue
            if index == 0 and len(lines) > 1 and intro.group().strip().lower() == "with" and \
                    not re.search(r"[,;:]|\s(?:and|&|\+)\s", mask(right)) and _OWNED_BY.search(left):
                parsed.context.append(clause)  # 'Bills for homes with rooftop solar. ...': the homes have it
                parsed.header = parsed.header or header_text(left)
                continue
            parsed.context.append(left)
            if not parsed.header and len(left.split()) <= 14 and (index == 0 or not parsed.phrases):
                parsed.header = header_text(left)
            parsed.phrases += split_list(right, index, listed=True)
        elif intro and index == 0 and intro.group().strip() == ":" and not parsed.phrases and \
                len(re.findall(r",", masked[intro.end():])) >= 2 and not field_line(
                    clause[:intro.start()].split(",")[-1].strip(), clause[intro.end():].strip()):
            left = clause[:intro.start()].strip()  # 'wx station readings, every 5 min: station_id, ts, ...'
            parsed.context.append(left)
            parsed.header = parsed.header or header_text(left.split(",")[0])
            parsed.phrases += split_list(clause[intro.end():], index, listed=True)
        elif intro and intro.start() == 0:
            parsed.phrases += split_list(clause[intro.end():], index, listed=True)
        elif index == 0 and _HEADER_WORDS.match(clause) and not re.search(r"[,;]", masked):
            parsed.context.append(clause)
            parsed.header = header_text(clause)
        else:
            parsed.phrases += split_list(clause, index, listed=bool(re.search(r"[,;]", masked)))
    return parsed


def _sentence(clause: str, index: int, parsed: Parsed) -> list[Phrase] | None:
    """A paragraph's sentence about the rows: 'Each row is a loan application' (the header), 'It records the
    name, ...' (fields, no header), 'About 5% of trips are delayed' (a flag); None for other clauses."""
    from .clauses import LOGS_EVERY, ROW_HAS, ROW_IS, WANTS, share_sentence

    row = ROW_IS.match(clause) or (LOGS_EVERY.match(clause) if index == 0 and "," not in mask(clause) else None)
    if row:
        parsed.context.append(clause)
        said = row.group(1)
        listed = re.search(r"\s(?:with|having|containing|including|that\s+has|which\s+has)\s|"
                           r"\s*:\s+", mask(said), re.IGNORECASE)
        if not parsed.header:  # 'Each row is a permit request with a request id, a decision ...'
            parsed.header = header_text(said[:listed.start()] if listed else said)
        if listed:
            parsed.led.add(index)
        return split_list(said[listed.end():], index, listed=True) if listed else []
    has = ROW_HAS.match(clause)
    wants = WANTS.match(clause) if not has else None
    if wants and not re.match(r"^[^,;]*:\s", mask(wants.group(1))):  # 'We want a list of runners: ...' names the table
        has = wants
    if has:
        parsed.led.add(index)
        return split_list(has.group(1), index, listed=True)
    share = share_sentence(clause)
    return [Phrase(share, index, True)] if share else None


def _looks_like_field(left: str, right: str, spec: bool = False) -> bool:
    """"status: pending, shipped" is one field; "Orders: id, status" is a header and a list.

    A short left side followed by short items that are not themselves fields reads as a field; the
    planner makes the final call (it knows the lexicon), so this only catches the plain cases."""
    if spec:
        return True
    words = left.split()
    if not words or len(words) > 4 or _HEADER_WORDS.match(left):
        return False
    if re.search(r"\b(?:columns?|fields?|attributes?)\b", left, re.IGNORECASE):
        return False
    items = [i.strip() for i in re.split(r"[,/|]|\bor\b", right) if i.strip()]
    return bool(items) and len(items) <= 30 and all(len(i.split()) <= 3 for i in items) and \
        bool(re.search(r"/|\bor\b|\bone of\b|\beither\b", right, re.IGNORECASE) or not words[-1].lower().endswith("s"))
