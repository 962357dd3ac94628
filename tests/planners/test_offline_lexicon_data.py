"""Offline planner's data files: typed loading (errors name the file and key), no dead data, realistic concepts
and scales per domain."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from importlib import resources
from pathlib import Path
from typing import Any

import pytest

from synthgen.planners.offline import datafiles as df
from synthgen.planners.offline.lexicon import lexicon

PACKAGE = Path(df.__file__).parent


def _raw(name: str) -> Any:
    return json.loads(resources.files("synthgen.planners.offline").joinpath("data", name).read_text(encoding="utf-8"))


# -- typed loading ----------------------------------------------------------------------------------------------------


def test_loaded_data_is_typed() -> None:
    lex = lexicon()
    concept = lex.concepts["full_name"]
    assert isinstance(concept, df.Concept) and concept.id == "full_name" and "full name" in concept.keys
    assert isinstance(lex.units["celsius"], df.Unit) and lex.units["celsius"].dim == "temperature"
    assert isinstance(lex.hints, df.HintsFile) and "the" in lex.hints.stopwords
    assert all(isinstance(rule, df.Follow) for rule in lex.follows)
    money = [c for c in lex.concepts.values() if c.kind == "money" and c.range]
    assert money and all(c.range[0] <= c.range[1] for c in money)


@pytest.mark.parametrize(("name", "model", "raw", "where"), [
    ("lexicon.json", df.LexiconFile, {"concepts": {"salary": {"keys": ["salary"], "kind": "money", "rnage": [1, 2]}}},
     "concepts.salary.rnage"),
    ("lexicon.json", df.LexiconFile, {"concepts": {"tip": {"keys": ["tip"], "kind": "money", "range": [20, 1]}}},
     "concepts.tip"),
    ("lexicon.json", df.LexiconFile, {"concepts": {"x": {"keys": ["x"], "kind": "colour"}}}, "concepts.x.kind"),
    ("lexicon.json", df.LexiconFile,
     {"concepts": {"size": {"keys": ["size"], "kind": "category", "elements": ["S", "M"], "weights": [1]}}},
     "concepts.size"),
    ("domains.json", df.DomainsFile,
     {"domains": [{"id": "farm", "name": "harvests", "triggers": ["farm"], "aliases": {"yield": {"kind": "money",
                                                                                                "range": "lots"}}}]},
     "domains.0.aliases.yield"),
    ("hints.json", df.HintsFile, {**_raw("hints.json"), "pounds": {"money": "gbp"}}, "pounds"),
    ("pools.json", df.PoolsFile, {"crops": []}, "crops"),
])
def test_bad_data_names_the_file_and_key(name: str, model: type, raw: Any, where: str) -> None:
    with pytest.raises(df.DataFileError) as err:
        df.parse(name, raw, model)
    message = str(err.value)
    assert message.startswith(f"data/{name}: ") and where in message, message


def _read(name: str, model: type) -> Any:
    return df.parse(name, _raw(name), model)


def test_cross_file_names_are_checked(monkeypatch: pytest.MonkeyPatch) -> None:
    """A concept naming a pool, unit or concept that no file holds fails at load, naming both files."""
    real = df.read

    def broken(name: str, model: type) -> Any:
        if name != "lexicon.json":
            return real(name, model)
        raw = _raw(name)
        raw["concepts"]["crop_variety_test"] = {"keys": ["zzz variety"], "kind": "category", "pool": "no_such_pool"}
        return df.parse(name, raw, model)

    monkeypatch.setattr("synthgen.planners.offline.lexicon.read", broken)
    from synthgen.planners.offline.lexicon import Lexicon

    with pytest.raises(df.DataFileError, match=r"data/lexicon\.json: concepts\.crop_variety_test\.pool: no pool "
                                               r"'no_such_pool' in data/pools\.json"):
        Lexicon()


# -- no dead data -----------------------------------------------------------------------------------------------------


def _source() -> str:
    return "\n".join(p.read_text(encoding="utf-8") for p in PACKAGE.glob("*.py") if p.name != "datafiles.py")


def _read_in_code(model: type, source: str, skip: frozenset[str] = frozenset()) -> list[str]:
    """Fields of a model that no module of the package reads (as `.field`)."""
    return [f for f in model.model_fields if f not in skip | {"about"} and not re.search(rf"\.{f}\b", source)]


def test_every_key_of_every_data_file_is_read() -> None:
    """Every key a data file holds is a field of its model (unknown keys fail the load), and every field is read
    by the planner's code: no key sits in a data file for nothing."""
    source = _source()
    assert _read_in_code(df.HintsFile, source) == []
    assert _read_in_code(df.ConceptData, source, frozenset({"keys"})) == []  # keys: read by the loader's index
    assert _read_in_code(df.Unit, source, frozenset({"words", "short"})) == []  # spellings: read by the loader
    assert _read_in_code(df.Follow, source) == []
    # generic_people / generic_things and word sets are read by name: each must be named in the code
    for name in _raw("hints.json")["word_sets"]:
        assert name == "_about" or f'"{name}"' in source, f"word set {name} is never read"
    # every pool is used by a concept or a domain's alias
    lex = lexicon()
    used = {c.pool for c in lex.concepts.values()} | {c.pool for d in lex.domains for c in d.aliases.values()}
    assert sorted(set(lex.pools) - used) == []
    # and the loader read every file whole (all four validate against their strict models)
    for name, model in (("lexicon.json", df.LexiconFile), ("domains.json", df.DomainsFile),
                        ("hints.json", df.HintsFile), ("pools.json", df.PoolsFile)):
        assert _read(name, model)


def test_loading_stays_lazy() -> None:
    code = ("import synthgen.planners.offline.lexicon as lx, sys\n"
            "assert lx.lexicon.cache_info().currsize == 0\n"
            "assert 'synthgen.planners.offline.datafiles' in sys.modules\n"
            "lx.lexicon(); assert lx.lexicon.cache_info().currsize == 1\n")
    subprocess.run([sys.executable, "-c", code], check=True)
