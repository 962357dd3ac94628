"""The allowlist of Faker providers a schema may name, with their arguments and bounds, built from Faker itself."""

from __future__ import annotations

import difflib
import inspect
import math
import re
import typing
from dataclasses import dataclass, field
from typing import Any, TypeGuard

from faker import Faker
from faker.config import AVAILABLE_LOCALES

from .bounded import per_locale
from .bounds import NUMBER_LIMIT, bound_of, is_numeric, shown  # noqa: F401 - NUMBER_LIMIT: re-exported
from .bounds import value as value_bound
from .templates import TEMPLATE_ARGS, template_problems

# Methods that are not value generators, or that are dangerous, huge or need Python objects as arguments.
DENIED = frozenset(
    {
        "seed", "seed_instance", "seed_locale", "add_provider", "format", "parse", "set_formatter",
        "get_formatter", "get_providers", "provider", "set_arguments", "get_arguments", "del_arguments", "items",
        "binary", "zip", "tar", "image", "json", "json_bytes", "csv", "tsv", "dsv", "psv", "xml", "fixed_width",
        "enum", "pyobject", "pystruct", "pydict", "pylist", "pyset", "pytuple", "pyiterable", "profile",
        "simple_profile", "time_series", "random_elements", "random_choices", "random_sample", "words",
        "sentences", "paragraphs", "texts", "get_words_list", "tzinfo", "timezone_object",
    }
)

# Arguments that take Python objects (classes, callables, tz objects) or bytes switches, or that seed Python's
# global random module (passport_gender's seed): never accepted.
DENIED_ARGS = frozenset({"seed", "tzinfo", "cast_to", "value_types", "allowed_types", "data_columns", "object_type",
                         "raw_output"})

# Return types of value generators (a scalar a CSV cell can hold).
_SCALAR_RETURNS = re.compile(
    r"^(<class '(str|int|float|bool|decimal\.Decimal|datetime\.(date|datetime|time|timedelta))'>|~T|"
    r"typing\.(Optional\[bool\]|Union\[int, str\]|Literal\[.*\]|Union\[bytes, str(, uuid\.UUID)?\]))$"
)

STRING_LIMIT = 500  # characters in a string argument
LIST_LIMIT = 10_000  # items in a list argument (e.g. random_element's elements)
ITEM_LIMIT = 200  # characters in a string item of a list argument

# Common wrong argument names and what they usually mean.
_SYNONYMS = {"maximum": "max", "minimum": "min", "low": "min", "high": "max", "choices": "elements",
             "values": "elements", "options": "elements", "pattern": "text", "format": "pattern"}


@dataclass(frozen=True)
class Param:
    """One keyword argument of a provider method."""

    name: str
    default: Any
    annotation: str
    required: bool = False

    @property
    def numeric(self) -> bool:
        """Whether the argument takes numbers (then it needs a bound in bounds.py)."""
        return is_numeric(self.annotation, self.default)

    @property
    def kind(self) -> str:
        """The JSON kind of value the argument takes: bool, int, number, str, list or any."""
        ann, default = self.annotation, self.default
        if isinstance(default, bool) or ann in ("bool", "Optional[bool]"):
            return "bool"
        if "Sequence" in ann or "Collection" in ann or "List" in ann or isinstance(default, (list, tuple)):
            return "list"
        if "str" in ann or "date" in ann or "timedelta" in ann or isinstance(default, str):
            return "any"
        if "float" in ann or isinstance(default, float):
            return "number"
        if "int" in ann or isinstance(default, int):
            return "int"
        return "any"


@dataclass(frozen=True)
class ProviderSpec:
    """An allowlisted provider: its name, arguments, what it returns and a one-line description."""

    name: str
    params: dict[str, Param] = field(default_factory=dict)
    returns: str = "str"
    doc: str = ""
    group: str = ""

    def describe(self) -> dict[str, Any]:
        """A JSON-ready description (used by `synthgen providers`, the LLM prompt and the API)."""
        return {
            "name": self.name,
            "group": self.group,
            "returns": self.returns,
            "args": {p.name: _jsonable(p.default) for p in self.params.values()},
            "doc": self.doc,
        }


def _jsonable(value: Any) -> Any:
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    return str(value)


def _returns(annotation: Any) -> str:
    text = str(annotation)
    for kind in ("datetime.datetime", "datetime.date", "datetime.time", "datetime.timedelta", "decimal.Decimal"):
        if kind in text:
            return kind.split(".")[1].lower()
    for kind in ("bool", "float", "int"):
        if text in (f"<class '{kind}'>", f"typing.Optional[{kind}]"):
            return kind
    return "any" if text == "~T" else "str"


def _clean_annotation(annotation: Any) -> str:
    if annotation is inspect.Parameter.empty:
        return ""
    text = annotation if isinstance(annotation, str) else str(annotation)
    return text.replace("typing.", "").replace("<class '", "").replace("'>", "")


class Catalog:
    """Allowlisted providers of one locale, with argument checking."""

    def __init__(self, locale: str, specs: dict[str, ProviderSpec]) -> None:
        self.locale = locale
        self.specs = specs

    def __contains__(self, name: object) -> bool:
        return name in self.specs

    def names(self) -> list[str]:
        return sorted(self.specs)

    def provider_problem(self, name: str) -> str | None:
        """None if `name` is allowlisted, else a sentence saying why not, with suggestions."""
        if name in self.specs:
            return None
        if name in DENIED or name.startswith("_"):
            return f"provider '{name}' is not allowed (it is not a value generator)"
        close = difflib.get_close_matches(name, self.specs, n=3, cutoff=0.6)
        hint = f"; did you mean {' or '.join(repr(c) for c in close)}?" if close else ""
        return f"unknown provider '{name}' for locale {self.locale}{hint}"

    def token_problem(self, name: str) -> str | None:
        """None if provider `name` may fill a '{{name}}' token of a template (allowlisted, called without
        arguments), else why not."""
        problem = self.provider_problem(name)
        if problem is None and any(p.required for p in self.specs[name].params.values()):
            return f"{name} needs arguments, and a token passes none"
        return problem

    def arg_problems(self, provider: str, args: dict[str, Any]) -> list[str]:
        """Sentences naming each argument that the provider's signature or our bounds reject."""
        spec = self.specs[provider]
        problems = []
        for key, value in args.items():
            param = spec.params.get(key)
            if param is None:
                problems.append(self._unknown_arg(spec, key))
                continue
            problem = _value_problem(provider, param, value)
            if problem:
                problems.append(f"argument '{key}' of {provider} {problem}")
            elif key == TEMPLATE_ARGS.get(provider) and isinstance(value, str):
                problems += [f"argument '{key}' of {provider} {p}"
                             for p in template_problems(value, self.token_problem)]
        for low, high in (("min", "max"), ("min_value", "max_value"), ("min_chars", "max_chars")):
            a, b = args.get(low), args.get(high)
            if _is_number(a) and _is_number(b) and a > b:
                problems.append(f"argument '{low}' of {provider} ({shown(a)}) is greater than '{high}' ({shown(b)})")
        return problems

    @staticmethod
    def _unknown_arg(spec: ProviderSpec, key: str) -> str:
        if key in DENIED_ARGS:
            return f"argument '{key}' of {spec.name} is not allowed"
        known = list(spec.params)
        guess = difflib.get_close_matches(key, known, n=1, cutoff=0.6)
        root = _SYNONYMS.get(key.lower())
        if not guess and root:
            guess = [p for p in known if p == root or p.startswith(root + "_") or p.endswith("_" + root)][:1]
        hint = f"; did you mean '{guess[0]}'?" if guess else (
            f"; it takes {', '.join(repr(k) for k in known)}" if known else "; it takes no arguments")
        return f"unknown argument '{key}' for {spec.name}{hint}"


def _is_number(value: Any) -> TypeGuard[int | float]:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _value_problem(provider: str, param: Param, value: Any) -> str | None:
    kind = param.kind
    if isinstance(value, dict):
        return "must be a plain value or a list, not an object"
    if isinstance(value, list):
        if kind not in ("list", "any"):
            return "must be a single value, not a list"
        if len(value) > LIST_LIMIT:
            return f"has {len(value)} items; the limit is {LIST_LIMIT}"
        if not value:
            return "must not be empty"
        for item in value:
            if not isinstance(item, (str, int, float, bool)) or isinstance(item, bool) and kind != "any":
                return "must list strings or numbers"
            if isinstance(item, str) and len(item) > ITEM_LIMIT:
                return f"has an item longer than {ITEM_LIMIT} characters"
            if _is_number(item):
                problem = (bound_of(provider, param.name) or value_bound()).problem(item)
                if problem:
                    return f"has an item that {problem}"
        return None
    if value is None:
        return None
    if kind == "bool" and not isinstance(value, bool):
        return "must be true or false"
    if kind in ("int", "number") and (isinstance(value, bool) or not isinstance(value, (int, float))):
        return "must be a number"
    if isinstance(value, float) and not math.isfinite(value):
        return "must be a finite number"
    if kind == "int" and isinstance(value, float) and not value.is_integer():
        return "must be a whole number"
    if kind == "list" and not isinstance(value, list):
        return "must be a list"
    if isinstance(value, str) and len(value) > STRING_LIMIT:
        return f"is {len(value)} characters long; the limit is {STRING_LIMIT}"
    if _is_number(value):
        bound = bound_of(provider, param.name) if param.numeric else value_bound()
        if bound is None:  # a numeric argument bounds.py does not classify yet (a newer Faker): refused
            return "cannot be set: SynthGen has no bound for it yet (leave it out to use Faker's default)"
        return bound.problem(value)
    return None


def _introspect(locale: str) -> dict[str, ProviderSpec]:
    fake = Faker(locale)
    specs: dict[str, ProviderSpec] = {}
    for name in dir(fake):
        if name.startswith("_") or name in DENIED:
            continue
        try:
            method = getattr(fake, name)
        except Exception:  # noqa: BLE001, S112 - deprecated attributes raise on access; they are simply not offered
            continue
        module = getattr(method, "__module__", "") or ""
        if not callable(method) or not module.startswith("faker.providers"):
            continue
        signature = inspect.signature(method)
        if not _SCALAR_RETURNS.match(str(signature.return_annotation)):
            continue
        # Faker's annotations are objects; resolve them (slow: a quarter of a second in all) only when some are text.
        hints = _hints(method) if any(isinstance(p.annotation, str) for p in signature.parameters.values()) else {}
        params = {
            p.name: Param(p.name, None if p.default is inspect.Parameter.empty else p.default,
                          _clean_annotation(hints.get(p.name, p.annotation)), p.default is inspect.Parameter.empty)
            for p in signature.parameters.values()
            if p.kind in (p.POSITIONAL_OR_KEYWORD, p.KEYWORD_ONLY) and p.name not in DENIED_ARGS
        }
        doc = (inspect.getdoc(method) or "").strip().splitlines()
        group = module.removeprefix("faker.providers.").split(".")[0]
        specs[name] = ProviderSpec(name, params, _returns(signature.return_annotation),
                                   doc[0] if doc and not doc[0].startswith(":") else "", group)
    return specs


def _hints(method: Any) -> dict[str, Any]:
    try:
        return typing.get_type_hints(method)
    except Exception:  # noqa: BLE001 - some providers' hints do not resolve; fall back to raw annotations
        return {}


def known_locale(locale: str) -> bool:
    return locale in AVAILABLE_LOCALES


@per_locale
def get_catalog(locale: str = "en_US") -> Catalog:
    """The catalog for a Faker locale, built on first use and kept for the last few locales asked."""
    return Catalog(locale, _introspect(locale))


def arguments_at_bounds(locale: str, provider: str, extreme_values: bool = False) -> dict[str, Any]:
    """A provider's arguments at their limits: sizes at their maximum, lists at their longest, a 10-token template,
    and (with `extreme_values`) other numbers at their extremes: the worst a schema may ask of one call (the
    dry-run checks of tests/test_schema.py and bench/dry_run_bounds.py)."""
    args: dict[str, Any] = {}
    for param in get_catalog(locale).specs[provider].params.values():
        bound = bound_of(provider, param.name) if param.numeric else None
        if param.name == "ext_word_list":
            args[param.name] = [f"w{i}" for i in range(LIST_LIMIT)]
        elif bound is not None and param.kind in ("int", "number") and (bound.kind == "size" or extreme_values):
            low_end = param.name.startswith(("min", "start")) or param.name.endswith(("_from", "_start"))
            args[param.name] = int(bound.low if low_end else bound.high)
    if provider in TEMPLATE_ARGS:
        args[TEMPLATE_ARGS[provider]] = "{{paragraph}}" * 10
    return args

