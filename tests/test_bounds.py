"""Every numeric argument of every allowlisted provider, in every Faker locale, is explicitly a size or a value."""

import pytest
from faker.config import AVAILABLE_LOCALES

from synthgen import bounds
from synthgen.bounds import BY_NAME, NUMBER_LIMIT, SIZE_LIKE, bound_of
from synthgen.catalog import _introspect, get_catalog


def numeric_params(locale):
    for spec in _introspect(locale).values():
        for param in spec.params.values():
            if param.numeric:
                yield spec.name, param


def test_en_us_has_the_numeric_arguments_the_probe_used():
    found = {(p, a.name) for p, a in numeric_params("en_US")}
    assert {("uri_path", "deep"), ("uri", "deep"), ("file_path", "depth"), ("pystr", "max_chars")} <= found


@pytest.mark.filterwarnings("ignore::UserWarning")  # fr_QC: deprecated locale
@pytest.mark.parametrize("locale", sorted(AVAILABLE_LOCALES))
def test_every_numeric_argument_has_a_bound_and_sizes_are_sizes(locale):
    """Fails when a Faker version brings a numeric argument bounds.py does not classify: add it to BY_NAME
    (a size if the work or memory of one call grows with it, else a value)."""
    for provider, param in numeric_params(locale):
        bound = bound_of(provider, param.name)
        assert bound is not None, f"{locale}: {provider}({param.name}: {param.annotation}) has no bound"
        if SIZE_LIKE.search(param.name):
            assert bound.kind == "size", f"{provider}.{param.name} sounds like a size but is bounded as a value"
        assert abs(bound.low) <= NUMBER_LIMIT and abs(bound.high) <= NUMBER_LIMIT


def test_sizes_are_small():
    sizes = {name: b for name, b in BY_NAME.items() if b.kind == "size"}
    assert {"depth", "deep", "max_nb_chars", "nb_words", "length", "digits"} <= set(sizes)
    assert all(b.high <= 5000 for b in sizes.values())
    assert BY_NAME["depth"].high <= 50 and BY_NAME["deep"].high <= 50


def test_an_unclassified_numeric_argument_is_refused(monkeypatch):
    monkeypatch.delitem(bounds.BY_NAME, "depth")
    problems = get_catalog("en_US").arg_problems("file_path", {"depth": 3})
    assert problems == [("argument 'depth' of file_path cannot be set: SynthGen has no bound for it yet "
                        "(leave it out to use Faker's default)")]


@pytest.mark.parametrize("number", [float("nan"), float("inf"), float("-inf")])
def test_non_finite_numbers_are_refused(number):
    assert "finite" in bounds.value().problem(number)
    assert "finite" in bounds.size(1, 5).problem(number)
