"""Offline planner, structured text: SQL DDL, JSON-like text and numbered items on one line, said again as the
plain field list the reader cuts ('orders: id (int), amount (decimal)'; '1) id 2) name' one field a line)."""

from __future__ import annotations

import re
from collections.abc import Callable

_DDL = re.compile(r"^\s*create\s+(?:or\s+replace\s+)?(?:temp(?:orary)?\s+)?table\s+(?:if\s+not\s+exists\s+)?"
                  r"[`\"\[]?([\w.]+)[`\"\]]?\s*\((.*)\)[^()]*$", re.IGNORECASE | re.DOTALL)
_DDL_SKIP = re.compile(r"^\s*(?:primary\s+key|foreign\s+key|constraint|unique|index|key|check)\b", re.IGNORECASE)
_JSON_PAIR = re.compile(r"[\"']([^\"'\n]{1,60})[\"']\s*:\s*(\[[^\]]{0,300}\]|[\"'][^\"'\n]{0,80}[\"']|[\w.+-]+)")


def structured(text: str, mask: Callable[[str], str]) -> str | None:
    """SQL DDL or JSON-like text as a plain field list ('orders: id (int), amount (decimal)'), else None; `mask`
    blanks bracketed and quoted spans (text.mask), so a comma inside them never cuts a column."""
    ddl = _DDL.match(text)
    if ddl:
        masked, body = mask(ddl.group(2)), ddl.group(2)
        cuts = [i for i, ch in enumerate(masked) if ch == ","]
        parts = [body[a + 1:b] for a, b in zip([-1, *cuts], [*cuts, len(body)], strict=True)]
        fields = []
        for part in parts:
            found = re.match(r"\s*[`\"\[]?([\w ]+?)[`\"\]]?\s+([a-z][\w ]*(?:\([^)]*\))?)", part, re.IGNORECASE)
            if found and not _DDL_SKIP.match(part):
                unique = " unique" if re.search(r"primary\s+key|\bunique\b", part, re.IGNORECASE) else ""
                fields.append(f"{found.group(1)} ({found.group(2).strip()}){unique}")
        return f"{ddl.group(1).split('.')[-1].replace('_', ' ')}: " + ", ".join(fields) if fields else None
    stripped = text.strip()
    if not stripped.startswith(("{", "[")):
        return None
    fields = []
    for key, value in _JSON_PAIR.findall(stripped):
        value = value.strip("\"'")
        if value.startswith("["):
            items = [v.strip(" \"'") for v in value.strip("[]").split(",") if v.strip(" \"'")]
            fields.append(f"{key} ({', '.join(items)})" if items else key)
        elif re.fullmatch(r"[-+]?\d+", value):
            fields.append(f"{key} (integer)")
        elif re.fullmatch(r"[-+]?\d*\.\d+", value):
            fields.append(f"{key} (float)")
        elif value.lower() in ("true", "false"):
            fields.append(f"{key} (boolean)")
        elif value and len(value.split()) <= 2:
            fields.append(f"{key} ({value})")
        else:
            fields.append(key)
    return "columns: " + ", ".join(fields) if fields else None


def numbered_lines(text: str) -> str:
    """'1) id 2) name 3) email' on one line -> one numbered line per field."""
    def lines(match: re.Match[str]) -> str:
        line = match.group(0)
        marks = [int(m.group(1)) for m in re.finditer(r"(?:^|\s)(\d{1,2})[).]\s+(?=[^\W\d_])", line)]
        if len(marks) >= 3 and marks == list(range(marks[0], marks[0] + len(marks))):
            return re.sub(r"\s+(\d{1,2})[).]\s+(?=[^\W\d_])", lambda m: f"\n{m.group(1)}) ", line)
        return line
    return re.sub(r"[^\n]+", lines, text)
