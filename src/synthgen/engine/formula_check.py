"""The formula type-checker: resolves column names, counts arguments, gives every node its type, checks literals.

Types: int, float, bool, str, date, datetime (what a column can hold) and, inside an expression only, days
(whole days, from days(n) with n whole) and duration (microseconds, from hours(), minutes(), days(1.5)).
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Mapping

from ..errors import FormulaError
from .formula_parse import COMPARISONS, KEYWORDS, Call, Col, List, Node, Num, Op, Str, Unary, fail

RESULT_TYPES = ("int", "float", "bool", "str", "date", "datetime")
NUM, TIME, SPAN = ("int", "float"), ("date", "datetime"), ("days", "duration")
RANDINT_LIMIT = 10**15  # randint() bounds, written or computed: beyond this a row gets null
ROUND_DIGITS = 15
MAX_BUCKETS = 1000
_PLAIN = re.compile(r"[^\W\d]\w*(\.[^\W\d]\w*)?")  # what the tokenizer reads as one name

_WORDS = {"int": "a number", "float": "a number", "bool": "true/false", "str": "text", "date": "a date",
          "datetime": "a datetime", "days": "a duration", "duration": "a duration", "list": "a list"}
_VERBS = {"+": "add {l} and {r}", "-": "subtract {r} from {l}", "*": "multiply {l} by {r}",
          "/": "divide {l} by {r}", "%": "take the remainder of {l} divided by {r}"}
_DATE_HINT = "; add days(n), hours(n) or minutes(n) to a date, like admitted + days(3)"


def describe(type_: str) -> str:
    return _WORDS.get(type_, type_)


def const(node: Node) -> int | float | None:
    """The number a node stands for when it is written in the formula (5, -2.5), else None."""
    if isinstance(node, Num):
        return node.value
    if isinstance(node, Unary) and node.op in ("-", "+") and isinstance(node.arg, Num):
        return -node.arg.value if node.op == "-" else node.arg.value
    return None


def unify(types: list[str]) -> str | None:
    """The one type values of these types share (int and float give float, date and datetime datetime)."""
    for family, widest in ((NUM, "float"), (TIME, "datetime"), (SPAN, "duration"), (("str",), "str"),
                           (("bool",), "bool")):
        if all(t in family for t in types):
            return types[0] if all(t == types[0] for t in types) else widest
    return None


def binary(op: str, left: str, right: str) -> str | None:
    """The type of `left op right`, or None when the operator does not apply."""
    both = (left, right)
    if op in ("and", "or"):
        return "bool" if both == ("bool", "bool") else None
    if op in COMPARISONS:
        kind = unify([left, right])
        return "bool" if kind and (op in ("==", "!=") or kind != "bool") else None
    if left in NUM and right in NUM:
        return "float" if op == "/" else unify([left, right])
    if op == "+" and both == ("str", "str"):
        return "str"
    if op in "+-" and left in SPAN and right in SPAN:
        return unify([left, right])
    if op in "+-" and left in TIME and right in SPAN or op == "+" and left in SPAN and right in TIME:
        return "date" if "date" in both and "days" in both else "datetime"
    if op == "-" and left in TIME and right in TIME:
        return "int" if both == ("date", "date") else "float"
    if op == "*" and {left, right} & set(SPAN) and {left, right} & set(NUM):
        return "days" if "days" in both and "int" in both else "duration"
    return None


class Checker:
    """Types one parsed formula against the columns it may read (name -> type)."""

    def __init__(self, text: str, columns: Mapping[str, str]) -> None:
        self.text, self.columns = text, columns
        self.read: dict[str, None] = {}  # the columns read, in order of first use

    def fail(self, problem: str, node: Node | int) -> FormulaError:
        return fail(problem, self.text, node if isinstance(node, int) else node.pos)

    def result(self, tree: Node) -> str:
        type_ = self.check(tree)
        if type_ in SPAN:
            raise self.fail("the formula gives a duration; add it to a date or datetime, like "
                            "admitted + days(3)", tree)
        return type_

    def check(self, node: Node) -> str:
        node.type = self._type(node)
        return node.type

    def _type(self, node: Node) -> str:
        if isinstance(node, Num):
            return "float" if isinstance(node.value, float) else "int"
        if isinstance(node, Str):
            return "str"
        if isinstance(node, Col):
            return self._column(node)
        if isinstance(node, Unary):
            assert node.arg is not None
            arg = self.check(node.arg)
            if node.op == "not":
                if arg != "bool":
                    raise self.fail(f"not needs true/false, got {describe(arg)}", node)
            elif arg not in NUM + SPAN:
                raise self.fail(f"cannot negate {describe(arg)}" if node.op == "-" else
                                f"a '+' sign needs a number, got {describe(arg)}", node)
            return arg
        if isinstance(node, Op):
            left = self.check(node.args[0])
            for op, operand, at in zip(node.ops, node.args[1:], node.at):
                right = self.check(operand)
                type_ = binary(op, left, right)
                if type_ is None:
                    raise self.fail(self._mismatch(op, left, right), at)
                left = type_
            return left
        if isinstance(node, List):
            raise self.fail("a list [...] may only be an argument of bucket()", node)
        assert isinstance(node, Call)
        return self._call(node)

    def _mismatch(self, op: str, left: str, right: str) -> str:
        if op in ("and", "or"):
            return f"{op} needs true/false on both sides, got {describe(left)} and {describe(right)}"
        if op in COMPARISONS:
            if left == right == "bool":
                return "true/false values can only be compared with == or !="
            return f"cannot compare {describe(left)} and {describe(right)}"
        problem = "cannot " + _VERBS[op].format(l=describe(left), r=describe(right))
        if op in "+-" and (left in TIME and right in NUM or op == "+" and left in NUM and right in TIME):
            problem += _DATE_HINT
        elif op == "+" and "str" in (left, right):
            problem += "; join values as text with concat(...)"
        return problem

    def _column(self, node: Col) -> str:
        if node.name in self.columns:
            self.read[node.name] = None
            return self.columns[node.name]
        problem = f"unknown column '{node.name}'"
        close = difflib.get_close_matches(node.name, list(self.columns), n=3, cutoff=0.5) or [
            c for c in self.columns if _abbreviates(node.name, c)][:3]
        if node.name in FUNCTIONS:
            problem += f"; {node.name} is a function: call it as {node.name}(...)"
        elif close:
            problem += "; did you mean " + " or ".join(_written(c) for c in close) + "?"
        elif self.columns:
            names = sorted(self.columns)
            problem += "; columns are: " + ", ".join(names[:20]) + (", ..." if len(names) > 20 else "")
        raise self.fail(problem, node)

    def _call(self, call: Call) -> str:
        if call.name not in FUNCTIONS:
            problem = f"unknown function '{call.name}'"
            if call.name in self.columns:
                problem += f"; '{call.name}' is a column, not a function"
            raise self.fail(problem + "; functions are: " + ", ".join(sorted(FUNCTIONS)), call)
        low, high, rule = FUNCTIONS[call.name]
        got = len(call.args)
        if got < low or high is not None and got > high:
            want = (f"at least {low} arguments" if high is None else
                    f"{low} argument{'s' * (low != 1)}" if low == high else f"{low} or {high} arguments")
            raise self.fail(f"{call.name}() takes {want}, got {got}", call)
        types = []
        for arg in call.args:
            if isinstance(arg, List):
                if call.name != "bucket":
                    raise self.fail(f"{call.name}() does not take a list; only bucket() does", arg)
                arg.type = "list"
            types.append(arg.type if isinstance(arg, List) else self.check(arg))
        return rule(self, call, types)

    def need(self, call: Call, i: int, types: list[str], allowed: tuple[str, ...], what: str) -> str:
        if types[i] not in allowed:
            where = "" if len(call.args) == 1 else f" as argument {i + 1}"
            got = "a number with decimals" if types[i] == "float" and "int" in allowed else describe(types[i])
            raise self.fail(f"{call.name}() needs {what}{where}, got {got}", call.args[i])
        return types[i]

    def ordered(self, call: Call, lo: Node, hi: Node, names: str) -> None:
        a, b = const(lo), const(hi)
        if a is not None and b is not None and a > b:
            raise self.fail(f"{call.name}() needs {names} with the first not above the second, got {a} and {b}",
                            call)


def _written(name: str) -> str:
    """A column name as a formula writes it: 'quantity', or col("unit price") when it is not a plain name."""
    if _PLAIN.fullmatch(name) and name not in KEYWORDS:
        return repr(name)
    return 'col("' + name.replace("\\", "\\\\").replace('"', '\\"') + '")'


def _abbreviates(short: str, name: str) -> bool:
    """'qty' abbreviates 'quantity': same first letter, and its letters appear in order."""
    short, name = short.lower(), name.lower()
    rest = iter(name[1:])
    return bool(short) and short[0] == name[:1] and all(ch in rest for ch in short[1:])


# ---- the functions: (fewest arguments, most or None, rule giving the result type) ---------------------------

def _round(c: Checker, call: Call, t: list[str]) -> str:
    c.need(call, 0, t, NUM, "a number")
    if len(t) == 2:
        digits = const(call.args[1])
        if not isinstance(digits, int) or abs(digits) > ROUND_DIGITS:
            raise c.fail(f"round()'s digits must be a whole number from -{ROUND_DIGITS} to {ROUND_DIGITS} "
                         "written in the formula, like round(x, 2)", call.args[1])
    return "int" if t[0] == "int" or len(t) == 1 else "float"


def _whole(c: Checker, call: Call, t: list[str]) -> str:
    c.need(call, 0, t, NUM, "a number")
    return "int"


def _same(c: Checker, call: Call, t: list[str]) -> str:
    return c.need(call, 0, t, NUM, "a number")


def _extreme(c: Checker, call: Call, t: list[str]) -> str:
    kind = unify(t)
    if kind is None or kind in SPAN + ("bool",):
        kinds = " and ".join(dict.fromkeys(describe(x) for x in t))
        raise c.fail(f"{call.name}() needs values of one kind (numbers, texts or dates), got {kinds}", call)
    return kind


def _clip(c: Checker, call: Call, t: list[str]) -> str:
    for i in range(3):
        c.need(call, i, t, NUM, "a number")
    c.ordered(call, call.args[1], call.args[2], "bounds")
    return unify(t) or "float"


def _if(c: Checker, call: Call, t: list[str]) -> str:
    if t[0] != "bool":
        raise c.fail(f"if() needs true/false as its condition (like score >= 90), got {describe(t[0])}",
                     call.args[0])
    kind = unify(t[1:])
    if kind is None:
        raise c.fail(f"if()'s two results must be of one kind, got {describe(t[1])} and {describe(t[2])}", call)
    return kind


def _uniform(c: Checker, call: Call, t: list[str]) -> str:
    c.need(call, 0, t, NUM, "a number")
    c.need(call, 1, t, NUM, "a number")
    c.ordered(call, call.args[0], call.args[1], "bounds")
    return "float"


def _normal(c: Checker, call: Call, t: list[str]) -> str:
    c.need(call, 0, t, NUM, "a number")
    c.need(call, 1, t, NUM, "a number")
    sd = const(call.args[1])
    if sd is not None and sd < 0:
        raise c.fail(f"normal()'s standard deviation cannot be negative, got {sd}", call.args[1])
    return "float"


def _randint(c: Checker, call: Call, t: list[str]) -> str:
    for i in range(2):
        c.need(call, i, t, ("int",), "a whole number")
        bound = const(call.args[i])
        if bound is not None and abs(bound) > RANDINT_LIMIT:
            raise c.fail(f"randint()'s bounds must lie within ±{RANDINT_LIMIT:,}, got {bound:,}", call.args[i])
    c.ordered(call, call.args[0], call.args[1], "bounds")
    return "int"


def _span(c: Checker, call: Call, t: list[str]) -> str:
    c.need(call, 0, t, NUM, "a number")
    return "days" if call.name == "days" and t[0] == "int" else "duration"


def _part(c: Checker, call: Call, t: list[str]) -> str:
    c.need(call, 0, t, TIME, "a date or datetime")
    return "int"


def _concat(c: Checker, call: Call, t: list[str]) -> str:
    for i in range(len(t)):
        c.need(call, i, t, RESULT_TYPES, "a value (not a duration)")
    return "str"


def _bucket(c: Checker, call: Call, t: list[str]) -> str:
    c.need(call, 0, t, NUM, "a number")
    edges = call.args[1]
    if not isinstance(edges, List) or not edges.items:
        raise c.fail("bucket() needs its edges as a list of numbers, like bucket(score, [60, 80])", edges)
    if len(edges.items) > MAX_BUCKETS:
        raise c.fail(f"bucket() takes at most {MAX_BUCKETS} edges, got {len(edges.items)}", edges)
    if any(isinstance(e, str) for e in edges.items):
        raise c.fail("bucket()'s edges must be numbers", edges)
    for before, after in zip(edges.items, edges.items[1:]):
        if not before < after:  # type: ignore[operator]
            raise c.fail(f"bucket()'s edges must increase, got {after} after {before}", edges)
    if len(call.args) == 2:
        return "int"  # the band's number: 0 below the first edge
    labels = call.args[2]
    want = len(edges.items) + 1
    if not isinstance(labels, List) or len(labels.items) != want:
        got = f"{len(labels.items)}" if isinstance(labels, List) else describe(t[2])
        raise c.fail(f"bucket() needs one more label than edges: {len(edges.items)} edges need {want} labels, "
                     f"got {got}", labels)
    kinds = ["str" if isinstance(x, str) else "float" if isinstance(x, float) else "int" for x in labels.items]
    kind = unify(kinds)
    if kind is None:
        raise c.fail("bucket()'s labels must be all texts or all numbers", labels)
    return kind


Rule = Callable[[Checker, Call, list[str]], str]
FUNCTIONS: dict[str, tuple[int, int | None, Rule]] = {
    "abs": (1, 1, _same), "bucket": (2, 3, _bucket), "ceil": (1, 1, _whole), "clip": (3, 3, _clip),
    "concat": (1, None, _concat), "days": (1, 1, _span), "floor": (1, 1, _whole), "hours": (1, 1, _span),
    "if": (3, 3, _if), "max": (2, None, _extreme), "min": (2, None, _extreme), "minutes": (1, 1, _span),
    "month": (1, 1, _part), "normal": (2, 2, _normal), "randint": (2, 2, _randint), "round": (1, 2, _round),
    "uniform": (2, 2, _uniform), "year": (1, 1, _part),
}
