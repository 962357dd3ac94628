"""Offline planner, sentences: a paragraph's phrases read as a person would ('Each row is ...', 'It has ...',
'The X is Y', ', which ...', 'About 10% of rows are flagged as Z'): details join their column, never make one."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable

from . import modifiers as mod
from .choices import EXAMPLE, RELATIVE_FIRST, as_choices, closes, coded, enumerations, lone_code
from .details import is_detail
from .lexicon import Lexicon, words
from .restate import restate
from .text import Phrase, strip_groups

_COMPARES = re.compile(r"\b(?:exceeds?|more\s+than|less\s+than|fewer\s+than|at\s+most|at\s+least|below|above|"
                       r"larger\s+than|smaller\s+than|greater\s+than|higher\s+than|lower\s+than)\b", re.IGNORECASE)
# 'the primary diagnosis should be ...', 'the monthly rent is ...': the column, then what is said about it
_COPULA = re.compile(r"^\s*(?:the\s+|a\s+|an\s+|its\s+|their\s+)?([^\W\d][\w' -]{0,40}?)\s+(?:is|are|should\s+be|"
                     r"must\s+be|will\s+be|can\s+be|has\s+to\s+be|needs\s+to\s+be|shall\s+be)\s+(.+)$", re.IGNORECASE)
_ENUM_LEAD = re.compile(r"^(?:(?:something|anything|one|any)\s+)?(?:such\s+as|like|e\.?\s?g\.?|for\s+example|one\s+of|"
                        r"either|any\s+of)\b", re.IGNORECASE)
_RELATIVE_CHOICES = re.compile(r"^\s*(?:which|that|who)\s+(?:is|are|can\s+be|could\s+be|will\s+be|must\s+be|"
                               r"should\s+be|"
                               r"may\s+be)\s+((?:one\s+of|either|any\s+of|such\s+as|like|e\.g\.?)\s.*)$", re.IGNORECASE)
_BARE_CHOICES = re.compile(r"^\s*((?:one\s+of|either|"
                           r"any\s+of)\s.*)$", re.IGNORECASE)  # 'the term in months, one of 12, 24 or 36'
_NOT_SUBJECT = re.compile(r"(?:^|\s)(?:it|this|that|there|which|who|these|those|they|he|she|we|you|i|whether|if)\b",
                          re.IGNORECASE)
# 'the lease starts sometime in 2022 and ends 6 to 24 months later': a start date and an end date
_STARTS = re.compile(r"^\s*(?:the\s+|its\s+|their\s+)?([^\W\d][\w -]{0,30}?)\s+(starts|begins|started|"
                     r"began)\s+(.+)$", re.IGNORECASE)
_ENDS = re.compile(r"^\s*(?:ends|finishes|expires|ended|finished|expired|runs\s+until)\s+(.+)$", re.IGNORECASE)
_AGE = re.compile(r"\b(?:old|older|younger|age[ds]?)\b", re.IGNORECASE)


_PRONOUN_CLAUSE = re.compile(r"^(\s*(?:the\s+)?[^\W\d][\w' -]{0,40}?)\s+(?:they|it|he|she|we|"
                             r"you)\s+[a-z]+(?:\s+[a-z]+){0,3}"
                             r"?\s*(?=\(|$)", re.IGNORECASE)


def copula(text: str) -> str:
    """'primary diagnosis should be a real medical condition' -> 'primary diagnosis (a real medical condition)';
    'cargo type is something such as a, b' -> 'cargo type such as a, b'; other phrases as they are."""
    core, _ = strip_groups(text)
    bare = _PRONOUN_CLAUSE.match(text)
    # 'the ward they were admitted to (e.g. ...)'
    if bare and not _NOT_SUBJECT.search(bare.group(1)) and not re.match(r"\s*(?:what|how|when|where|why)\b",
                                                                         bare.group(1), re.IGNORECASE):
        return bare.group(1).strip() + " " + text[bare.end():].strip()
    starts = _STARTS.match(text)
    if starts and not _NOT_SUBJECT.search(starts.group(1)):
        return f"{starts.group(1)} start date ({starts.group(3).strip(' .')})"
    found = _COPULA.match(text)
    if not found or _NOT_SUBJECT.search(found.group(1)) or len(found.group(1).split()) > 5 or \
            not _COPULA.match(core):
        return text
    subject, said = found.group(1).strip(), found.group(2).strip(" .")
    lead = _ENUM_LEAD.match(said)
    if lead:
        return subject + " " + re.sub(r"^(?:something|anything|one|any)\s+", "", said, flags=re.IGNORECASE)
    return f"{subject} ({said})"


_SLASH_PAIR = re.compile(r"^([^\W\d][\w-]*(?:\s[\w-]+)?)\s+/\s+([^\W\d][\w-]*(?:\s[\w-]+)?)\s+([^\W\d]\w*)(.*)$")


def _pairs(phrases: list[Phrase]) -> list[Phrase]:
    """'placed at / delivered at timestamps (...)' -> 'placed at timestamp', 'delivered at timestamps (...)'."""
    out: list[Phrase] = []
    for phrase in phrases:
        pair = _SLASH_PAIR.match(phrase.text)
        if pair:
            out.append(Phrase(f"{pair.group(1)} {pair.group(3)}", phrase.clause, phrase.listed, phrase.joiner))
            phrase = Phrase(f"{pair.group(2)} {pair.group(3)}{pair.group(4)}", phrase.clause, phrase.listed, "and")
        out.append(phrase)
    return out


def distribute(phrases: list[Phrase], lex: Lexicon) -> list[Phrase]:
    """'pickup and dropoff times' -> 'pickup times', 'dropoff times'; "the patient's first and last name" ->
    "the patient's first name", "the patient's last name"."""
    modifiers = {tuple(words(m)) for m in lex.hints.distributive}
    for a, b in itertools.pairwise(phrases):
        (core, groups), second = strip_groups(a.text), words(strip_groups(b.text)[0])
        first = words(core)
        if b.joiner not in ("and", "or") or len(second) < 2 or not (
                tuple(first) in modifiers or (len(first) > 1 and tuple(first[-1:]) in modifiers)) or \
                (tuple(first) not in modifiers and first[-1] in second[1:]):  # 'max enrollment, and current enrollment'
            continue
        for n in (2, 1):
            if tuple(second[:n]) in modifiers and len(second) > n:
                a.text = " ".join(first + second[n:]) + "".join(f" ({g})" for g in groups)
                owner = core.split()[:-1] if tuple(first) not in modifiers else []
                if owner:
                    b.text = " ".join(owner) + " " + b.text
                break
    return phrases


def read_sentences(phrases: list[Phrase], lex: Lexicon, member: Callable[[str], bool]) -> list[Phrase]:
    """Join what belongs together in a paragraph's phrases: the members of an enumeration ('like black, white or
    red'), a relative clause or detail to the column before it (', which must be after the admission', ', mostly
    issued', ', between 500 and 3,000'), and read 'the X is Y' as X with Y said about it."""
    out: list[Phrase] = []
    phrases = as_choices(enumerations([q for p in phrases for q in restate(p, lex)], lex))
    open_list = ""  # after 'one of' (strong) any short piece is a choice; after 'like' (weak) only non-fields
    paired = _pairs(phrases)
    for k, phrase in enumerate(paired):
        prev = out[-1] if out and out[-1].clause == phrase.clause else None
        plain = strip_groups(phrase.text)[0]
        loose = open_list == "strong" and len(words(phrase.text)) <= 3 and not re.search(r"[(:]", phrase.text) and (
            phrase.joiner == "or" or bool(re.search(r"\sor\s", phrase.text)))  # the last choice: 'chat or email'
        if open_list == "weak" and prev is not None and coded(prev.text) and not any(c.isdigit() for c in plain):
            open_list = ""  # 'pet ID like PET-00042, species dog or cat': after a code example, a new column
        if open_list == "colon" and prev is not None and prev.text.endswith(")") and _KEYED.match(plain):
            # 'A for 90 and above, B for 80-89'
            joiner = ", " if phrase.joiner == "," else f" {phrase.joiner or 'and'} "
            prev.text = prev.text[:-1] + joiner + phrase.text.strip(" ,.") + ")"
            continue
        if prev is not None and open_list in ("strong", "weak") and (loose or member(phrase.text)):
            prev.text += f", {phrase.text}" if phrase.joiner == "," else f" {phrase.joiner or 'or'} {phrase.text}"
            open_list = open_list if phrase.joiner not in ("and", "or") and not re.search(r"\s(?:or|and)\s",
                                                                                       phrase.text) else ""
            continue
        if prev is not None and _SUMS.search(prev.text) and _named_before(phrase.text, out[:-1], lex):
            prev.text += f", {phrase.text}" if phrase.joiner == "," else f" {phrase.joiner or 'and'} {phrase.text}"
            continue  # 'an engagement total that adds up the likes, comments and shares': its terms, not columns
        example = EXAMPLE.match(phrase.text) or lone_code(phrase.text, lex)
        if prev is not None and phrase.joiner == "," and example:  # 'their seat, for example 14C', '..., K7PQ2Z'
            shown = phrase.text if EXAMPLE.match(phrase.text) else f"like {phrase.text}"
            nxt = paired[k + 1] if k + 1 < len(paired) else None
            more = nxt is not None and nxt.clause == phrase.clause and nxt.joiner in (",", "or") and \
                member(nxt.text) and not coded(phrase.text)  # 'the defect type, for example scratch, dent or crack'
            several = more or re.search(r",|\sor\s", phrase.text)
            prev.text += f" {shown}" if several else f" ({shown})"
            open_list = "weak" if more else ""
            continue
        relative = RELATIVE_FIRST.match(phrase.text)
        listed = relative is not None and re.search(r"\sor\s", relative.group(1)) is not None and all(
            0 < len(words(p)) <= 3 for p in re.split(r",|\sor\s", relative.group(1)))
        if prev is not None and relative and (listed or closes(paired[k + 1:], phrase.clause)):
            prev.text += f" one of {relative.group(1).strip()}"  # 'the shift, which is morning, afternoon or night'
            open_list = "" if listed else "strong"
            continue
        choices = _RELATIVE_CHOICES.match(phrase.text) or (_BARE_CHOICES.match(phrase.text) if phrase.joiner == ","
                                                            else None)
        if prev is not None and choices:  # 'the procedure, which is one of cleaning, filling or whitening'
            prev.text += " " + choices.group(1).strip(" ,.")
            open_list = "strong" if not re.search(r"\s(?:or|and)\s", choices.group(1)) else ""
            continue
        if prev is not None and _joins(plain, lex):
            prev.text += f" ({phrase.text.strip(' ,.')})"
            open_list = "colon" if re.search(r":\s", plain) else ""  # ', which must match the score: A for 90, ...'
            continue
        ends = _ENDS.match(phrase.text)
        if ends and prev is not None and prev.text.split(" start date (")[0] != prev.text:
            phrase.text = f"{prev.text.split(' start date (')[0]} end date ({ends.group(1).strip(' .')})"
        owner = _OWNER_HAS.match(phrase.text)
        if owner and not _NOT_SUBJECT.search(owner.group(1)) and \
                lex.lemma(words(owner.group(1))[-1], counts=False) != words(owner.group(1))[-1]:
            phrase.text = owner.group(2)  # 'dropouts have a dropout reason': the column is the reason
        flag = _FLAG_FOR.match(phrase.text)
        if flag:  # 'a flag for whether the participant dropped out (about 15% did)': the column is what it flags
            phrase.text = flag.group(1)
        done = _WHEN_DONE.match(phrase.text)
        if done:  # 'the date the claim was filed' -> 'claim filed date': the event names the date
            doer = "" if done.group(2).lower() in ("it", "they", "he", "she", "we", "you", "this", "that", "i") else \
                done.group(2) + " "
            when = "date" if done.group(1).lower() == "day" else done.group(1)  # 'the day she was admitted'
            phrase.text = f"{doer}{done.group(3)} {when}{done.group(4)}"
        said = copula(phrase.text)
        if said != phrase.text and re.search(r"\bare\b", phrase.text) and prev is not None and \
                phrase.joiner == "and" and "(" not in prev.text and "(" in said:  # 'A and B are in GBP'
            prev.text += " (" + said.split(" (", 1)[1]
        phrase.text = said
        plain = strip_groups(phrase.text)[0]
        same = next((p for p in reversed(out) if p.clause == phrase.clause and
                     words(strip_groups(p.text)[0])[:2] == words(plain)[:2]), None) if is_detail(plain, lex) and any(
            t.isdigit() or t in lex.ws("detail_conditions") for t in words(plain)) and _said_of(
            re.sub(r"^(?:\W*[^\W_]+){2}", "", plain), lex) else None  # not 'price per can, price per 4-pack'
        if same is None:  # 'the defective count can never be larger than the batch size': a column named again
            same, said = _named_again(plain, out, lex)
            phrase.text = said if same is not None else phrase.text
        if same is None and len(words(plain)) >= 3:  # 'likes, shares; shares should never exceed likes'
            same = next((p for p in reversed(out) if p.clause == phrase.clause and "(" not in p.text and
                         0 < len(words(p.text)) < len(words(plain)) and
                         words(plain)[:len(words(p.text))] == words(p.text) and
                         is_detail(" ".join(words(plain)[len(words(p.text)):]), lex)), None)
            if same is not None:
                phrase.text = " ".join(phrase.text.split()[len(words(same.text)):])
        if same is None and len(words(plain)) >= 3 and words(plain)[1] in lex.ws("detail_verbs") and _COMPARES.search(
                plain):  # 'views and likes counts; likes should never exceed views'
            head = lex.lemma(words(plain)[0], counts=False)
            same = next((p for p in reversed(out) if p.clause == phrase.clause and "(" not in p.text and
                         words(p.text) and lex.lemma(words(p.text)[0], counts=False) == head and
                         is_detail(" ".join(words(plain)[1:]), lex)), None)
            if same is not None:
                phrase.text = " ".join(phrase.text.split()[1:])
        if same is not None:  # 'check-out dates, check-out 1 to 14 nights after check-in'
            same.text += f" ({phrase.text.strip(' ,.')})"
            continue
        lead = re.search(r"\b(?:(one\s+of|either|any\s+of)|such\s+as|like|e\.?\s?g\.?|for\s+example|including)\s+"
                         r"[^,;()]{1,30}$", strip_groups(phrase.text)[0], re.IGNORECASE)
        open_list = ("strong" if lead.group(1) else "weak") if lead else ""
        out.append(phrase)
    for phrase in out:  # 'flagged as readmissions' -> a readmission flag
        flag = re.match(r"^([^\W\d][\w-]*) flag \((\d+(?:\.\d+)?% true)\)$", phrase.text)
        if flag:
            phrase.text = f"{lex.lemma(flag.group(1).lower(), counts=False)} flag ({flag.group(2)})"
    return distribute(_ages(out, lex), lex)


_SUMS = re.compile(r"\b(?:adds?\s+up|added\s+up|sums?\s+up|sum\s+of|total\s+of|combin\w*|added\s+together|plus)\b",
                   re.IGNORECASE)


def _named_before(text: str, earlier: list[Phrase], lex: Lexicon) -> bool:
    """A short piece ('comments') whose words an earlier column holds ('comment counts')."""
    said = {lex.lemma(t, counts=False) for t in words(text) if t not in lex.stopwords}
    return 0 < len(words(text)) <= 3 and bool(said) and any(
        said <= {lex.lemma(t, counts=False) for t in words(strip_groups(p.text)[0])} for p in earlier)


_MODALS = frozenset({"can", "cannot", "must", "should", "will", "may", "never", "always", "shall", "is", "are"})


def _said_of(rest: str, lex: Lexicon) -> bool:
    """Whether what follows a column's words is said of it ('1 to 14 nights after', 'only when ...'), not the
    rest of another column's name ('4-pack', 'number that is ...')."""
    tokens = words(rest)
    if not tokens:
        return False
    if re.match(r"\s*[-+~]?\d+(?:\.\d+)?(?!\.?\d|-?[^\W\d_])", rest):
        return True
    return tokens[0] in lex.ws("detail_conditions") | lex.ws("detail_leads") | lex.ws("detail_verbs") | _MODALS


def _named_again(plain: str, out: list[Phrase], lex: Lexicon) -> tuple[Phrase | None, str]:
    """'the defective count can never be larger than the batch size' after 'defective units count': a sentence
    whose subject names an earlier column by some of its words says something of that column."""
    tokens = words(plain)
    cut = next((i for i, t in enumerate(tokens) if t in _MODALS), 0)
    if not cut or not _COMPARES.search(plain) or tokens[0] in ("it", "they", "this", "that", "there"):
        return None, plain
    subject = {lex.lemma(t, counts=False) for t in tokens[:cut] if t not in lex.stopwords}
    for p in reversed(out):
        core = {lex.lemma(t, counts=False) for t in words(strip_groups(p.text)[0])}
        if subject and subject <= core:
            return p, " ".join(tokens[cut:])
    return None, plain


# the keyed items of a list opened by a colon: 'B for 80-89', 'F below 60', 'above', 'gold = 3'
_KEYED = re.compile(r"^\s*(?:[\w'-]+(?:\s+[\w'-]+)?\s+(?:for|if|when|=|->|means?|below|above|under|over|from|"
                    r"at)\s+\S.*|"
                    r"(?:and\s+)?(?:above|below|over|under|more|less|higher|lower|up|upward|"
                    r"upwards)(?:\s+\w+)?)\s*$", re.IGNORECASE)
_WHEN_DONE = re.compile(r"^\s*(?:the\s+)?(date|time|day|timestamp|year|month|hour|moment)\s+(?:when\s+|that\s+|"
                        r"on\s+which\s+|"
                        r"at\s+which\s+)?(?:the\s+|a\s+|an\s+|its\s+|their\s+)?([^\W\d][\w-]*(?:\s+[^\W\d][\w-]*)?)\s+"
                        r"(?:was|were|is|are|got|gets|has\s+been|had\s+been|will\s+be|first\s+got)\s+"
                        r"([a-z]+(?:ed|en|wn|ld|nt|ught|id))\b(.*)$", re.IGNORECASE)
_YES_NO = re.compile(r"(?:yes|no|true|false|y|n)(?:\s*(?:or|/)\s*(?:yes|no|true|false|y|n))+", re.IGNORECASE)
_OWNER_HAS = re.compile(r"^\s*([^\W\d][\w-]*(?:\s[\w-]+){0,2}?)\s+(?:have|get|carry|receive)\s+(?:an?\s+|the\s+|"
                        r"their\s+)"
                        r"(.+)$", re.IGNORECASE)
_FLAG_FOR = re.compile(r"^\s*(?:an?\s+|the\s+)?(?:flag|indicator|marker|boolean)\s+(?:for|of|on|showing|"
                       r"indicating|saying)\s+((?:whether|if)\s+.+)$", re.IGNORECASE)


def _joins(plain: str, lex: Lexicon) -> bool:
    """A piece that says something about the column before it rather than naming one."""
    tokens = words(plain)
    if not tokens:
        return bool(plain.strip())
    if all(t.isdigit() or t in lex.ws("detail_alone") for t in tokens) or (
            tokens[0].isdigit() and is_detail(plain, lex)):
        return True  # '000' of '3,000', '1 to 30 days after'
    found = mod.find_range(plain)
    rest = words(plain[:found.span[0]] + " " + plain[found.span[1]:]) if found else tokens
    unit = lex.unit(lex.lemmas(rest)) if found and rest else None
    if found and (not rest or (unit and unit[1] == 0 and unit[2] == len(rest))):
        return True  # 'list price in USD, up to $800': the range of the column before
    if _YES_NO.fullmatch(plain.strip(" .")):
        return True  # 'a cancelled flag, yes or no, ...': the flag's values, not a column
    if tokens[0] == "all" and len(tokens) <= 4:
        return True  # '..., all in EUR'
    if "_" in plain.split()[0]:
        return False  # 'is_paid': a column named as written
    if tokens[0] in lex.ws("detail_verbs"):  # 'is empty when rejected', 'comes 1 to 30 days after' (not 'is active')
        return len(tokens) >= 3 and any(t.isdigit() or t in lex.ws("detail_leads") or t in lex.ws("detail_conditions")
                                        for t in tokens[1:])
    return tokens[0] in lex.ws("detail_leads") - {"each", "every", "several", "fixed", "same"} or \
        " ".join(tokens[:2]) in lex.ws("detail_leads")  # 'at most 120% of the budget'


def _ages(phrases: list[Phrase], lex: Lexicon) -> list[Phrase]:
    """'Applicants (21 or older)': an age said of the rows' people is the age column's range, not a column."""
    out: list[Phrase] = []
    for phrase in phrases:
        core, groups = strip_groups(phrase.text)
        tokens = words(core)
        alone = sum(1 for p in phrases if p.clause == phrase.clause) == 1
        born = next((p for p in phrases if p is not phrase and {"birth", "dob", "birthdate"} & set(words(p.text))),
                    None)
        if len(tokens) == 1 and tokens[0] != "age" and lex.lemma(tokens[0], counts=False) != tokens[0] and \
                len(groups) == 1 and _AGE.search(groups[0]) and born is not None and not any(
                "age" in words(strip_groups(p.text)[0]) for p in phrases if p is not phrase):
            born.text += f" ({groups[0]})"  # 'all volunteers must be 18 or older': the birth date's bound
            continue
        if alone and len(groups) == 1 and 1 <= len(tokens) <= 2 and _AGE.search(groups[0]) and \
                "age" not in tokens and lex.lemma(tokens[-1], counts=False) != tokens[-1]:
            age = next((p for p in phrases if p is not phrase and "age" in words(strip_groups(p.text)[0])), None)
            if age is not None:
                age.text += f" ({groups[0]})"
                continue
            phrase.text = f"age ({groups[0]})"
        out.append(phrase)
    return out
