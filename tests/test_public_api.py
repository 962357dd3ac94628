"""The public Python API (httpx style): every public name is exported in __all__, every exported name exists, every
error a user can meet is importable from `synthgen`, and synthgen.generate / synthgen.plan work from a sentence."""

from __future__ import annotations

import inspect
import types

import pandas as pd
import pytest

import synthgen
from synthgen import errors


def _resolved() -> dict[str, object]:
    for name in synthgen.__all__:  # load the lazy names, so vars() shows everything the package holds
        getattr(synthgen, name)
    return dict(vars(synthgen))


def test_all_is_sorted_and_has_no_repeats() -> None:
    assert synthgen.__all__ == sorted(set(synthgen.__all__))


def test_every_exported_name_exists() -> None:
    for name in synthgen.__all__:
        assert getattr(synthgen, name) is not None, name
        assert name in dir(synthgen), name


def test_every_public_name_is_exported() -> None:
    public = {name for name, value in _resolved().items()
              if not name.startswith("_") and not isinstance(value, types.ModuleType)
              and name not in ("annotations", "TYPE_CHECKING", "Any", "import_module")}
    assert public - set(synthgen.__all__) == set()


def test_every_error_is_exported() -> None:
    classes = {name for name, value in vars(errors).items()
               if inspect.isclass(value) and issubclass(value, errors.SynthGenError)}
    assert classes and classes - set(synthgen.__all__) == set()
    assert synthgen.GenerationError is errors.GenerationError


def test_an_unknown_name_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no attribute 'nope'"):
        synthgen.nope  # noqa: B018


def test_generate_from_a_sentence_plans_offline() -> None:
    frame = synthgen.generate("customers with name and email", rows=10, seed=4)
    assert isinstance(frame, pd.DataFrame) and len(frame) == 10
    assert {"name", "email"} <= set(frame.columns)
    assert frame["email"].str.contains("@").all()
    assert frame.equals(synthgen.generate("customers with name and email", rows=10, seed=4))


def test_plan_returns_the_schema_and_what_was_understood() -> None:
    planned = synthgen.plan("customers with name and email")
    assert isinstance(planned, synthgen.PlanResult) and isinstance(planned.schema, synthgen.DatasetSchema)
    assert {"name", "email"} <= {c.name for c in planned.schema.columns}
    assert planned.meta.planner == "offline" and planned.meta.unrecognised == []
    assert all(c.source for c in planned.schema.columns)  # the words each column came from
    understood = {entry["column"]: entry for entry in planned.understood()}
    assert understood["email"]["source"] and 0 < understood["email"]["confidence"] <= 1


def test_plan_reports_words_it_did_not_understand() -> None:
    planned = synthgen.plan("customers with name and email and zorblax")
    assert planned.meta.unrecognised == ["zorblax"]


def test_a_planner_can_be_passed() -> None:
    class Fixed:
        name, model = "fixed", None

        def plan(self, description: str, *, locale: str | None = None) -> synthgen.PlanResult:
            schema = synthgen.parse_schema({"name": "fixed", "columns": [{"name": "city", "provider": "city"}]})
            return synthgen.PlanResult(schema, synthgen.PlanMeta(planner=self.name))

    frame = synthgen.generate("anything at all", rows=3, seed=1, planner=Fixed())
    assert list(frame.columns) == ["city"] and len(frame) == 3
    assert synthgen.plan("anything", planner=Fixed).meta.planner == "fixed"  # a factory works too
