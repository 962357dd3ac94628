"""Imports flow one way (ARCHITECTURE.md section 4, rule 1), read from the source: the AST of every module under
src/synthgen, with the imports inside functions (lazy ones) as well as those at the top.

- engine, export, dataset_export, dataset_stream, schema, catalog and cache never import planners, config,
  pipeline, factory, web or cli;
- planners never import config, pipeline, factory, web or cli (they take plain arguments; factory reads settings);
- the core (everything but web/ and cli) never imports fastapi, gradio, typer, starlette, uvicorn or click;
- no import cycles among synthgen modules (imports under `if TYPE_CHECKING:` never run, so they make none).
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src"

LOWER = ("engine", "export", "dataset_export", "dataset_stream", "schema", "catalog", "cache")
ABOVE_LOWER = ("planners", "config", "pipeline", "factory", "web", "cli")
ABOVE_PLANNERS = ("config", "pipeline", "factory", "web", "cli")
FRONT_DOOR_LIBRARIES = ("fastapi", "gradio", "typer", "starlette", "uvicorn", "click")
FRONT_DOORS = ("web", "cli", "__main__")

# Cycles that are known and owned elsewhere: none remain (the offline planner's text/sentences/details cycle went
# when the sentence shapes moved to clauses.py). A cycle not listed here fails; so does a listed one that is gone.
KNOWN_CYCLES: tuple[frozenset[str], ...] = ()
KNOWN_CYCLES = tuple(frozenset(f"synthgen.planners.offline.{m}" for m in c) for c in KNOWN_CYCLES)


@dataclass(frozen=True)
class Import:
    target: str  # a dotted module name
    line: int
    type_only: bool  # under `if TYPE_CHECKING:`


def modules(src: Path = SRC) -> dict[str, tuple[Path, bool]]:
    """Dotted name -> (file, is a package) for every module under src."""
    found = {}
    for path in sorted(src.rglob("*.py")):
        parts = list(path.relative_to(src).with_suffix("").parts)
        package = parts[-1] == "__init__"
        found[".".join(parts[:-1] if package else parts)] = (path, package)
    return found


def _type_only_nodes(tree: ast.AST) -> set[int]:
    """ids of the nodes under `if TYPE_CHECKING:` (or `typing.TYPE_CHECKING`)."""
    inside: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If):
            test = node.test
            if (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
                    isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"):
                inside.update(id(n) for stmt in node.body for n in ast.walk(stmt))
    return inside


def imports_of(name: str, source: str, *, package: bool, known: set[str] | dict[str, object]) -> list[Import]:
    """Every module `name` imports anywhere in `source` (top level, functions, classes), relative imports
    resolved. `from pkg import sub` counts as importing pkg.sub when that is a module (else pkg itself);
    importlib.import_module("literal") counts too."""
    tree = ast.parse(source)
    type_only = _type_only_nodes(tree)
    here = name.split(".") if package else name.split(".")[:-1]
    found: list[Import] = []
    for node in ast.walk(tree):
        guarded = id(node) in type_only
        if isinstance(node, ast.Import):
            found += [Import(alias.name, node.lineno, guarded) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = ".".join(here[: len(here) - node.level + 1] + ([node.module] if node.module else [])) \
                if node.level else (node.module or "")
            subs = [f"{base}.{alias.name}" for alias in node.names if f"{base}.{alias.name}" in known]
            if len(subs) < len(node.names):
                found.append(Import(base, node.lineno, guarded))
            found += [Import(sub, node.lineno, guarded) for sub in subs]
        elif isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant):
            func = node.func
            called = func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)
            if called == "import_module" and isinstance(node.args[0].value, str) and \
                    not node.args[0].value.startswith("."):
                found.append(Import(node.args[0].value, node.lineno, guarded))
    return found


def all_imports(src: Path = SRC) -> dict[str, list[Import]]:
    known = modules(src)
    return {name: imports_of(name, path.read_text(encoding="utf-8"), package=package, known=known)
            for name, (path, package) in known.items()}


def part(module: str) -> str:
    """synthgen.engine.table -> engine; synthgen.cache -> cache; synthgen -> ''."""
    pieces = module.split(".")
    return pieces[1] if len(pieces) > 1 and pieces[0] == "synthgen" else ""


def violations(graph: dict[str, list[Import]]) -> list[str]:
    found = []
    for module, imports in graph.items():
        layer = part(module)
        for imp in imports:
            top = imp.target.split(".")[0]
            where = f"{module} imports {imp.target} (line {imp.line})"
            if top == "synthgen" and layer in LOWER and part(imp.target) in ABOVE_LOWER:
                found.append(f"{where}: {layer} is below planners, config, pipeline, factory, web and cli")
            if top == "synthgen" and layer == "planners" and part(imp.target) in ABOVE_PLANNERS:
                found.append(f"{where}: planners take plain arguments; settings become objects in factory.py")
            if top in FRONT_DOOR_LIBRARIES and layer not in FRONT_DOORS:
                found.append(f"{where}: only web/ and cli may import {top}")
    return found


def cycles(graph: dict[str, list[Import]]) -> list[frozenset[str]]:
    """The strongly connected components of more than one module among the imports that run."""
    edges = {m: sorted({i.target for i in imports if not i.type_only and i.target in graph and i.target != m})
             for m, imports in graph.items()}
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[frozenset[str]] = []

    def visit(start: str) -> None:  # Tarjan's algorithm, iteratively (no recursion limit)
        work = [(start, iter(edges[start]))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(edges[child])))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = set()
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.add(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(frozenset(component))

    for module in edges:
        if module not in index:
            visit(module)
    return found


# ---- the rules, on the real source ----------------------------------------------------------------------------

@pytest.fixture(scope="module")
def graph() -> dict[str, list[Import]]:
    return all_imports()


def test_the_source_is_all_read(graph):
    assert {"synthgen", "synthgen.cache", "synthgen.engine.table", "synthgen.factory", "synthgen.web.app",
            "synthgen.planners.offline.planner"} <= set(graph)
    lazy = [i for i in graph["synthgen.factory"] if i.target == "synthgen.planners.offline"]
    assert lazy and not lazy[0].type_only  # an import inside a function is seen


def test_imports_flow_one_way(graph):
    assert violations(graph) == []


def test_no_import_cycles(graph):
    found = cycles(graph)
    new = [sorted(c) for c in found if not any(c <= known for known in KNOWN_CYCLES)]
    assert not new, f"import cycles: {new}"
    gone = [sorted(k) for k in KNOWN_CYCLES if not any(c & k for c in found)]
    assert not gone, f"these known cycles are gone: delete them from KNOWN_CYCLES: {gone}"


# ---- the checker itself finds what it must -----------------------------------------------------------------------

def fake(tmp_path: Path, files: dict[str, str]) -> dict[str, list[Import]]:
    for name, text in files.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    return all_imports(tmp_path)


def test_the_checker_finds_lazy_upward_imports_and_front_door_libraries(tmp_path):
    graph = fake(tmp_path, {
        "synthgen/__init__.py": "",
        "synthgen/config.py": "",
        "synthgen/cache.py": "def key():\n    from .planners.prompt import VERSION\n    return VERSION\n",
        "synthgen/planners/__init__.py": "",
        "synthgen/planners/prompt.py": "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n"
                                       "    from ..config import Settings\nVERSION = '1'\n",
        "synthgen/engine/__init__.py": "import typer\n",
        "synthgen/web/__init__.py": "import fastapi\n",
    })
    found = violations(graph)
    assert any(v.startswith("synthgen.cache imports synthgen.planners.prompt (line 2)") for v in found)
    assert any(v.startswith("synthgen.planners.prompt imports synthgen.config (line 3)") for v in found)
    assert any(v.startswith("synthgen.engine imports typer") for v in found)
    assert len(found) == 3  # web/ may import fastapi


def test_the_checker_finds_cycles_through_lazy_imports_but_not_type_only_ones(tmp_path):
    graph = fake(tmp_path, {
        "synthgen/__init__.py": "",
        "synthgen/a.py": "from . import b\n",
        "synthgen/b.py": "def f():\n    from .c import x\n",
        "synthgen/c.py": "import synthgen.a\nx = 1\n",
        "synthgen/d.py": "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from .e import y\n",
        "synthgen/e.py": "from .d import z\n",
    })
    assert cycles(graph) == [frozenset({"synthgen.a", "synthgen.b", "synthgen.c"})]
