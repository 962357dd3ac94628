"""The docs and the code agree both ways (datasette style): every CLI command and option is in the README, every
setting is a line of .env.example showing its default, every variable there is a setting, and every `synthgen`
command the README and docs/ show is a real command whose options and values parse."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest
import typer.main

from synthgen.cli import app
from synthgen.config import Settings

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
DOCS = {path.name: path.read_text(encoding="utf-8") for path in [ROOT / "README.md", *(ROOT / "docs").glob("*.md")]}
ENV_EXAMPLE = (ROOT / ".env.example").read_text(encoding="utf-8")
CLI = typer.main.get_command(app)
ENV_LINE = re.compile(r"^(#\s*)?([A-Z][A-Z0-9_]*)=(.*)$", re.MULTILINE)


def long_options(command) -> list[str]:
    return [o for p in command.params for o in (*p.opts, *p.secondary_opts) if o.startswith("--")]


# ---- code -> docs ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("name", sorted(CLI.commands))
def test_every_command_and_its_options_are_in_the_readme(name):
    assert re.search(rf"\bsynthgen {name}\b", README), f"`synthgen {name}` is not in the README"
    missing = [o for o in long_options(CLI.commands[name]) if not re.search(rf"{o}\b", README)]
    assert not missing, f"options of `synthgen {name}` the README never mentions: {missing}"


def test_the_contracts_commands_are_all_there():
    """ARCHITECTURE 2.5: generate, schema, validate, providers, serve."""
    assert {"generate", "schema", "validate", "providers", "serve"} <= set(CLI.commands)


def env_lines() -> dict[str, tuple[bool, str]]:
    """.env.example's variables: name -> (commented out, value)."""
    return {m.group(2): (m.group(1) is not None, m.group(3).strip()) for m in ENV_LINE.finditer(ENV_EXAMPLE)}


def test_every_setting_is_a_line_of_env_example_and_every_line_a_setting():
    documented = set(env_lines())
    settings = {name.upper() for name in Settings.model_fields}
    assert settings - documented == set(), "settings missing from .env.example"
    assert documented - settings == set(), ".env.example names variables SynthGen does not read"


@pytest.mark.parametrize("name", sorted(Settings.model_fields))
def test_env_example_shows_each_default(name):
    """An active line shows the default (parsed as the setting would be); a commented one is unset by default."""
    commented, value = env_lines()[name.upper()]
    default = Settings.model_fields[name].default
    if commented:
        assert default is None, f"{name.upper()} is commented out but has a default ({default!r}): show it"
        return
    parsed = getattr(Settings(_env_file=None, **{name: value}), name)  # type: ignore[arg-type]
    assert parsed == default, f".env.example says {name.upper()}={value}, the default is {default!r}"


# ---- docs -> code ---------------------------------------------------------------------------------------------

def shown_commands() -> list[tuple[str, str]]:
    """(file, command line) for every `synthgen ...` in a bash block or in inline code of the README and docs/."""
    found = []
    for name, text in DOCS.items():
        for block in re.findall(r"```(?:bash|sh|console)\n(.*?)```", text, flags=re.DOTALL):
            for line in block.replace("\\\n", " ").splitlines():
                if re.search(r"(^|\s)synthgen\s", line):
                    found.append((name, line))
        found += [(name, code) for code in re.findall(r"`((?:uv run )?synthgen [^`\n]+)`", text)]
    return found


def test_the_docs_show_commands():
    shown = {line for _, line in shown_commands()}
    assert len(shown) >= 10


@pytest.mark.parametrize(("where", "line"), shown_commands())
def test_every_command_the_docs_show_exists_and_parses(where, line):
    words = shlex.split(line, comments=True)
    words = words[words.index("synthgen") + 1:]
    if not words or words[0].startswith("-"):  # `synthgen --version`, or the bare word in a sentence
        known = {o for p in CLI.params for o in p.opts}
        assert {w for w in words if w.startswith("-")} <= known, f"{where}: {line}"
        return
    name, args = words[0], words[1:]
    assert name in CLI.commands, f"{where}: `synthgen {name}` is not a command ({line})"
    command = CLI.commands[name]
    known = {o for p in command.params for o in (*p.opts, *p.secondary_opts)}
    unknown = [w.split("=")[0] for w in args if w.startswith("-") and w.split("=")[0] not in known]
    assert not unknown, f"{where}: `synthgen {name}` has no option {unknown} ({line})"
    if name in ("generate", "providers", "validate") or (name == "schema" and args):
        # Options and their values parse as the command would parse them (no command runs).
        command.make_context(name, list(args), resilient_parsing=False)
