"""The catalog: built from Faker, minus what is not a value generator; arguments checked and bounded."""

import pytest

from synthgen.catalog import DENIED, get_catalog


@pytest.fixture(scope="module")
def catalog():
    return get_catalog("en_US")


def test_catalog_has_the_everyday_providers(catalog):
    for name in ("name", "email", "random_int", "pyfloat", "date_between", "bothify", "uuid4", "city", "company"):
        assert name in catalog


@pytest.mark.parametrize("name", sorted(DENIED | {"__class__", "__init__", "_Generator__config", "random"}))
def test_denied_and_private_names_are_not_providers(catalog, name):
    assert name not in catalog
    assert catalog.provider_problem(name)


def test_unknown_provider_suggests_the_closest(catalog):
    assert "did you mean 'email'" in catalog.provider_problem("emial")


def test_unknown_argument_suggests_the_real_one(catalog):
    assert catalog.arg_problems("pyfloat", {"maximum": 3}) == [
        "unknown argument 'maximum' for pyfloat; did you mean 'max_value'?"]


@pytest.mark.parametrize("provider,args,fragment", [
    ("text", {"max_nb_chars": 10**9}, "between 5 and 5000"),
    ("pystr", {"max_chars": 10**7}, "between 1 and 1000"),
    ("random_int", {"max": "ten"}, "must be a number"),
    ("random_int", {"min": 1.5}, "whole number"),
    ("random_int", {"min": 10, "max": 1}, "greater than"),
    ("bothify", {"text": "#" * 501}, "limit is 500"),
    ("random_element", {"elements": list(range(10_001))}, "limit is 10000"),
    ("random_element", {"elements": []}, "must not be empty"),
    ("random_element", {"elements": {"a": 1}}, "not an object"),
    ("uuid4", {"cast_to": "str"}, "not allowed"),
    ("boolean", {"chance_of_getting_true": 150}, "between 0 and 100"),
])
def test_bad_arguments_are_named(catalog, provider, args, fragment):
    problems = catalog.arg_problems(provider, args)
    assert problems and fragment in problems[0]
    assert any(repr(k)[1:-1] in problems[0] for k in args)


def test_catalog_follows_the_locale():
    assert "postcode_in_state" in get_catalog("en_US")
    assert "prefecture" in get_catalog("ja_JP")


def test_describe_is_json_ready(catalog):
    import json

    described = [catalog.specs[n].describe() for n in catalog.names()]
    assert json.loads(json.dumps(described))
    assert {d["name"] for d in described} == set(catalog.names())
