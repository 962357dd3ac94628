"""Faker's '{{token}}' templates (pystr_format's string_format), read by our own parser against the allowlist."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

# Faker's own token syntax (faker.generator._re_token; a test checks they agree): '{{ name }}' or '{{name:group}}'.
TOKEN = re.compile(r"\{\{\s*(\w+)(:\s*\w+?)?\s*\}\}")
MAX_TOKENS = 10  # tokens in one template: each is one provider call per value
# provider -> the argument Faker hands to its template parser (generator.parse)
TEMPLATE_ARGS: dict[str, str] = {"pystr_format": "string_format"}
# Providers that are never a token: they parse templates themselves (a template inside a template).
NOT_TOKENS = frozenset(TEMPLATE_ARGS)


@dataclass(frozen=True)
class Part:
    """Literal text, then the provider whose value follows it ('' at the end of the template)."""

    text: str
    token: str


def parts(template: str) -> list[Part]:
    """The template cut at its tokens: literal text and token names in order; the last part has no token."""
    out, start = [], 0
    for match in TOKEN.finditer(template):
        out.append(Part(template[start:match.start()], match.group(1)))
        start = match.end()
    out.append(Part(template[start:], ""))
    return out


def template_problems(template: str, token_problem: Callable[[str], str | None]) -> list[str]:
    """Sentences naming each token that may not be used: not allowlisted (token_problem says why), a template
    itself, with Faker's ':group' arguments, or one token too many."""
    problems = []
    matches = list(TOKEN.finditer(template))
    if len(matches) > MAX_TOKENS:
        problems.append(f"has {len(matches)} '{{{{...}}}}' tokens; the limit is {MAX_TOKENS}")
    seen = set()
    for match in matches:
        name, group = match.group(1), match.group(2)
        if match.group(0) in seen:  # '{{binary}}' fifty times is one problem
            continue
        seen.add(match.group(0))
        if group:
            problems.append(f"token '{match.group(0)}' has an argument group; use '{{{{{name}}}}}' alone")
        elif name in NOT_TOKENS:
            problems.append(f"token '{{{{{name}}}}}' is not allowed (a template inside a template)")
        else:
            problem = token_problem(name)
            if problem:
                problems.append(f"token '{{{{{name}}}}}': {problem}")
    return problems
