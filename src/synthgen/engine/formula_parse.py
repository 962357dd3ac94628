"""Formula text to a tree: a tokenizer that bounds length and bracket depth first, then a Pratt parser.

Nothing here runs or imports user text as code: a formula becomes the small dataclasses below, which
formula_check types and formula_eval computes. Every problem is a FormulaError with the character where it is.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from ..errors import FormulaError

MAX_LENGTH = 2000  # characters in a formula
MAX_NESTING = 32  # brackets inside brackets: ( [ and function calls
MAX_DEPTH = 100  # expressions inside expressions (bounds the parser's and evaluator's recursion)
INT_LIMIT = 2**63 - 1

_NUMBER = re.compile(r"(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?")
_DIGITS = frozenset("0123456789")
_NAME_CHAR = re.compile(r"\w", re.UNICODE)
_TWO = ("==", "!=", "<=", ">=")
_ONE = "+-*/%<>(),[]"
_HINTS = {"**": "there is no ** (power) operator", "=": "use == to compare", "!": "use not",
          "&": "use and", "|": "use or", ".": "'.' belongs only in numbers and in table.column names",
          ":": "lambdas, slices and dicts are not part of formulas",
          "{": "sets and dicts are not part of formulas", "}": "sets and dicts are not part of formulas"}
KEYWORDS = ("and", "or", "not")

# Binding powers: or < and < not < comparisons < + - < * / % < unary minus
COMPARISONS = ("==", "!=", "<", "<=", ">", ">=")
BINARY = {"or": 1, "and": 2, **{op: 4 for op in COMPARISONS}, "+": 5, "-": 5, "*": 6, "/": 6, "%": 6}
_NOT_BP, _CMP_BP, _SIGN_BP = 3, 4, 7


def fail(problem: str, text: str, position: int | None) -> FormulaError:
    """A FormulaError whose message shows where: the character number and the text from there."""
    if position is None:
        return FormulaError(problem)
    rest = text[position:position + 24].replace("\n", " ")
    excerpt = rest + ("…" if position + 24 < len(text) else "")
    return FormulaError(f"{problem} (at character {position + 1}: {excerpt!r})", position)


@dataclass(frozen=True)
class Token:
    kind: str  # num, str, name, op, end
    text: str  # as written (for op and name: the operator or the name)
    pos: int
    value: object = None  # num: int or float; str: the text without quotes or escapes


# ---- the tree ------------------------------------------------------------------------------------------------
# `type` is filled by formula_check: int float bool str date datetime, or days/duration inside an expression.

@dataclass(eq=False)
class Node:
    pos: int
    type: str = field(default="", init=False)


@dataclass(eq=False)
class Num(Node):
    value: int | float = 0


@dataclass(eq=False)
class Str(Node):
    value: str = ""


@dataclass(eq=False)
class Col(Node):
    name: str = ""


@dataclass(eq=False)
class Unary(Node):
    op: str = ""  # '-', '+' or 'not'
    arg: Node | None = None


@dataclass(eq=False)
class Op(Node):
    """A chain of one precedence level, applied left to right: args[0] ops[0] args[1] ops[1] args[2] ..."""

    ops: list[str] = field(default_factory=list)
    args: list[Node] = field(default_factory=list)
    at: list[int] = field(default_factory=list)  # where each operator is written


@dataclass(eq=False)
class Call(Node):
    name: str = ""
    args: list[Node] = field(default_factory=list)


@dataclass(eq=False)
class List(Node):
    """A literal list (only bucket() takes one): numbers or texts."""

    items: list[int | float | str] = field(default_factory=list)


# ---- tokens --------------------------------------------------------------------------------------------------

def tokenize(text: str) -> list[Token]:
    """The formula's tokens, ending with an 'end' token. Length, brackets and their depth are checked here,
    before any parsing, so no later step can recurse more deeply than MAX_NESTING brackets allow."""
    if not isinstance(text, str):
        raise FormulaError(f"a formula must be text, got {type(text).__name__}")
    if len(text) > MAX_LENGTH:
        raise FormulaError(f"formula is {len(text):,} characters long; the limit is {MAX_LENGTH:,}")
    if not text.strip():
        raise FormulaError("formula is empty")
    tokens: list[Token] = []
    open_: list[Token] = []
    i = 0
    while i < len(text):
        c = text[i]
        if c.isspace():
            i += 1
        elif c in _DIGITS or (c == "." and text[i + 1:i + 2] in _DIGITS):  # ASCII only: '²'.isdigit() is True
            i = _number(text, i, tokens)
        elif c.isalpha() or c == "_":
            i = _name(text, i, tokens)
        elif c in "'\"":
            i = _string(text, i, tokens)
        elif text[i:i + 2] in _TWO:
            tokens.append(Token("op", text[i:i + 2], i))
            i += 2
        elif c in _ONE and text[i:i + 2] != "**":
            token = Token("op", c, i)
            if c in "([":
                open_.append(token)
                if len(open_) > MAX_NESTING:
                    raise fail(f"brackets nest more than {MAX_NESTING} deep", text, i)
            elif c in ")]":
                if not open_:
                    raise fail(f"'{c}' has no matching opening bracket", text, i)
                opener = open_.pop()
                if "([".index(opener.text) != ")]".index(c):
                    raise fail(f"'{c}' closes the '{opener.text}' at character {opener.pos + 1}", text, i)
            tokens.append(token)
            i += 1
        else:
            what = text[i:i + 2] if text[i:i + 2] == "**" else c
            hint = _HINTS.get(what, "")
            raise fail(f"unexpected {what!r}" + (f"; {hint}" if hint else ""), text, i)
    if open_:
        raise fail(f"'{open_[-1].text}' is never closed", text, open_[-1].pos)
    tokens.append(Token("end", "", len(text)))
    return tokens


def _number(text: str, i: int, tokens: list[Token]) -> int:
    match = _NUMBER.match(text, i)
    assert match is not None  # the caller saw a digit, or a dot and a digit
    end = match.end()
    if end < len(text) and (_NAME_CHAR.match(text[end]) or text[end] == "."):
        raise fail(f"malformed number {text[i:end + 1]!r}", text, i)
    raw = match.group()
    if any(ch in raw for ch in ".eE"):
        value: int | float = float(raw)
        if not math.isfinite(value):
            raise fail(f"number {raw[:20]} is too large", text, i)
    else:
        value = int(raw)
        if value > INT_LIMIT:
            raise fail(f"whole number {raw[:20]} is too large (the limit is {INT_LIMIT:,})", text, i)
    tokens.append(Token("num", raw, i, value))
    return end


def _word(text: str, i: int) -> int:
    end = i + 1
    while end < len(text) and (text[end].isalnum() or text[end] == "_"):
        end += 1
    return end


def _name(text: str, i: int, tokens: list[Token]) -> int:
    end = _word(text, i)
    if text[end:end + 1] == "." and (text[end + 1:end + 2].isalpha() or text[end + 1:end + 2] == "_"):
        end = _word(text, end + 1)  # table.column
    word = text[i:end]
    tokens.append(Token("op" if word in KEYWORDS else "name", word, i))
    return end


def _string(text: str, i: int, tokens: list[Token]) -> int:
    quote, chars, j = text[i], [], i + 1
    while j < len(text) and text[j] != quote:
        if text[j] == "\\":
            if text[j + 1:j + 2] not in ("\\", "'", '"'):
                raise fail("a backslash in text may only escape \\, ' or \"", text, j)
            j += 1
        chars.append(text[j])
        j += 1
    if j >= len(text):
        raise fail("text is never closed (a quote is missing)", text, i)
    tokens.append(Token("str", text[i:j + 1], i, "".join(chars)))
    return j + 1


# ---- the parser ----------------------------------------------------------------------------------------------

class Parser:
    """Pratt parser over the tokens. Chains of one precedence level (a + b - c) become one Op node, so long
    sums do not make deep trees; nesting beyond MAX_DEPTH is an error, never a RecursionError."""

    def __init__(self, text: str, tokens: list[Token]) -> None:
        self.text, self.tokens, self.i, self.depth = text, tokens, 0, 0

    def parse(self) -> Node:
        tree = self.expr(0)
        token = self.peek()
        if token.kind != "end":
            raise self.error(f"expected an operator or the end of the formula, found {token.text!r}", token)
        return tree

    def peek(self) -> Token:
        return self.tokens[self.i]

    def take(self) -> Token:
        token = self.tokens[self.i]
        self.i += 1
        return token

    def error(self, problem: str, token: Token) -> FormulaError:
        return fail(problem, self.text, token.pos)

    def expect(self, text: str, after: str) -> Token:
        token = self.take()
        if token.text != text or token.kind not in ("op",):
            found = "the end of the formula" if token.kind == "end" else repr(token.text)
            raise self.error(f"expected '{text}' {after}, found {found}", token)
        return token

    def expr(self, min_bp: int) -> Node:
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise self.error(f"formula nests more than {MAX_DEPTH} operations inside each other", self.peek())
        left = self.prefix()
        built: Op | None = None  # the chain this loop is building
        while True:
            token = self.peek()
            bp = BINARY.get(token.text) if token.kind == "op" else None
            if bp is None or bp <= min_bp:
                break
            self.take()
            if bp == _CMP_BP and built is left and built.ops[-1] in COMPARISONS:
                raise self.error("comparisons cannot be chained (a < b < c); join them with and", token)
            right = self.expr(bp)
            if built is left and bp != _CMP_BP and BINARY[built.ops[-1]] == bp:
                built.ops.append(token.text)
                built.args.append(right)
                built.at.append(token.pos)
            else:
                left = built = Op(left.pos, ops=[token.text], args=[left, right], at=[token.pos])
        self.depth -= 1
        return left

    def prefix(self) -> Node:
        token = self.take()
        if token.kind == "num":
            return Num(token.pos, value=token.value)  # type: ignore[arg-type]
        if token.kind == "str":
            return Str(token.pos, value=str(token.value))
        if token.kind == "name":
            if self.peek().text == "(" and self.peek().kind == "op":
                return self.call(token)
            return Col(token.pos, name=token.text)
        if token.text in ("-", "+"):
            return Unary(token.pos, op=token.text, arg=self.expr(_SIGN_BP))
        if token.text == "not":
            return Unary(token.pos, op="not", arg=self.expr(_NOT_BP))
        if token.text == "(":
            if self.peek().text == ")":
                raise self.error("empty parentheses", token)
            inner = self.expr(0)
            self.expect(")", "to close the '(' at character " + str(token.pos + 1))
            return inner
        if token.text == "[":
            raise self.error("a list [...] may only be an argument of bucket()", token)
        if token.kind == "end":
            raise self.error("the formula ends where a value was expected", token)
        raise self.error(f"expected a value, found {token.text!r}", token)

    def call(self, name: Token) -> Node:
        self.take()  # (
        args: list[Node] = []
        if self.peek().text != ")":
            while True:
                args.append(self.list_() if self.peek().text == "[" else self.expr(0))
                if self.peek().text != ",":
                    break
                self.take()
        self.expect(")", f"after the arguments of {name.text}()")
        if name.text == "col":
            if len(args) != 1 or not isinstance(args[0], Str):
                raise self.error('col() takes one quoted column name, like col("unit price")', name)
            return Col(name.pos, name=args[0].value)
        return Call(name.pos, name=name.text, args=args)

    def list_(self) -> List:
        start = self.take()  # [
        items: list[int | float | str] = []
        while self.peek().text != "]":
            token = self.take()
            sign = 1
            if token.text in ("-", "+") and token.kind == "op" and self.peek().kind == "num":
                sign, token = (-1 if token.text == "-" else 1), self.take()
            if token.kind == "num":
                items.append(sign * token.value)  # type: ignore[operator]
            elif token.kind == "str":
                items.append(str(token.value))
            else:
                raise self.error("list items must be numbers or quoted texts", token)
            if self.peek().text == ",":
                self.take()
            elif self.peek().text != "]":
                raise self.error("expected ',' or ']' in the list", self.peek())
        self.take()  # ]
        return List(start.pos, items=items)
