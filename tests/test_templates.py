"""pystr_format templates: '{{token}}'s read by our own parser against the allowlist; Faker's parser never runs."""

import faker.generator
import pytest
from faker import Faker

from synthgen import generate
from synthgen.engine.block import Block
from synthgen.errors import SchemaError
from synthgen.schema import parse_schema
from synthgen.templates import MAX_TOKENS, TOKEN, parts


def problems_of(template, provider="pystr_format"):
    with pytest.raises(SchemaError) as info:
        parse_schema({"columns": [{"name": "code", "provider": provider, "args": {"string_format": template}}]})
    return info.value.problems


def test_our_token_syntax_is_fakers():
    assert TOKEN.pattern == faker.generator._re_token.pattern


def test_parts_cut_at_tokens():
    assert [(p.text, p.token) for p in parts("A{{ first_name }}-{{random_int}}?")] == [
        ("A", "first_name"), ("-", "random_int"), ("?", "")]


@pytest.mark.parametrize("template,fragment", [
    ("{{binary}}" * 5, "token '{{binary}}': provider 'binary' is not allowed"),
    ("x{{seed_instance}}", "token '{{seed_instance}}': provider 'seed_instance' is not allowed"),
    ("{{__init__}}", "token '{{__init__}}': provider '__init__' is not allowed"),
    ("{{ _Generator__config }}", "token '{{_Generator__config}}': provider '_Generator__config' is not allowed"),
    ("{{pystr_format}}", "token '{{pystr_format}}' is not allowed (a template inside a template)"),
    ("{{random_int:big}}", "token '{{random_int:big}}' has an argument group"),
    ("{{nonesuch}}", "token '{{nonesuch}}': unknown provider 'nonesuch'"),
    ("{{word}}" * (MAX_TOKENS + 1), f"has {MAX_TOKENS + 1} '{{{{...}}}}' tokens; the limit is {MAX_TOKENS}"),
])
def test_unsafe_tokens_are_refused_naming_the_column_and_token(template, fragment):
    problems = problems_of(template)
    assert any(p.startswith("column 'code': argument 'string_format' of pystr_format ") and fragment in p
               for p in problems), problems


def test_binary_fifty_times_is_refused_without_calling_binary(monkeypatch):
    from faker.providers.misc import Provider

    def boom(*args, **kwargs):
        raise AssertionError("binary was called")

    monkeypatch.setattr(Provider, "binary", boom)
    assert problems_of("{{binary}}" * 50)


def test_values_are_fakers_own_without_fakers_parser(monkeypatch):
    """The engine renders the template token by token (then Faker's bothify): the same values as Faker's
    pystr_format with the same seed, and Generator.parse is never called while rows are made."""
    template = "INV-{{ random_int }}-?#-{{first_name}}{{random_letter}}"
    schema = parse_schema({"columns": [{"name": "code", "provider": "pystr_format",
                                        "args": {"string_format": template, "letters": "XYZ"}}]})
    expected_faker = Faker("en_US")
    block = Block(5, 0, 0, 40, lambda: expected_faker)
    fake = block.seeded_faker("code")
    expected = [fake.pystr_format(template, letters="XYZ") for _ in range(40)]

    def refuse(self, text):
        raise AssertionError(f"Faker's parser got {text!r}")

    monkeypatch.setattr(faker.generator.Generator, "parse", refuse)
    values = generate(schema, rows=40, seed=5)["code"].tolist()
    assert values == expected
    assert all(v.startswith("INV-") and v.split("-")[2][0] in "XYZ" for v in values)


def test_the_default_template_works():
    values = generate({"columns": [{"name": "c", "provider": "pystr_format"}]}, rows=20, seed=1)["c"].tolist()
    assert all(len(v) >= 8 and "{{" not in v for v in values)
