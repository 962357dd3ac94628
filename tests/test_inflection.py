"""inflection.engine: the same singulars and plurals as inflect imported as usual, without typeguard's instrumenting
(each in a fresh interpreter, since inflect is imported once per process)."""

from __future__ import annotations

import json
import subprocess
import sys

WORDS = ["customers", "categories", "addresses", "people", "data", "analyses", "statuses", "boxes", "mice",
         "indices", "emails", "series", "children", "wolves", "quizzes", "name", "country", "x"]

PROGRAM = """
import json, sys
words = json.loads(sys.argv[2])
if sys.argv[1] == "quiet":
    from synthgen.inflection import engine
    p = engine()
else:
    import inflect
    p = inflect.engine()
print(json.dumps({"singular": [p.singular_noun(w) for w in words], "plural": [p.plural_noun(w) for w in words],
                  "typeguard_loaded": "typeguard" in sys.modules,
                  "instrumented": "typeguard" in type(p).singular_noun.__code__.co_names}))
"""


def run(mode: str) -> dict:
    out = subprocess.run([sys.executable, "-c", PROGRAM, mode, json.dumps(WORDS)], capture_output=True, text=True,
                         check=True)
    return json.loads(out.stdout)


def test_the_same_words_as_inflect_without_typeguard():
    quiet, usual = run("quiet"), run("usual")
    assert quiet["singular"] == usual["singular"] and quiet["plural"] == usual["plural"]
    assert quiet["singular"][:3] == ["customer", "category", "address"] and quiet["singular"][-3:] == [False] * 3
    assert usual["instrumented"] and not quiet["instrumented"]  # usual: typeguard rewrote the method
    assert usual["typeguard_loaded"] and not quiet["typeguard_loaded"]  # no stand-in left behind either


def test_a_real_typeguard_is_put_back():
    program = ("import sys, typeguard\nreal = sys.modules['typeguard']\nfrom synthgen.inflection import engine\n"
               "engine()\nassert sys.modules['typeguard'] is real\n"
               "assert real.typechecked.__module__.startswith('typeguard')\nprint('ok')")
    out = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "ok"
