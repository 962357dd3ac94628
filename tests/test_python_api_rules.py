"""Column rules through the Python API: synthgen.generate keeps them; the rule models are public."""

from __future__ import annotations

import pandas as pd
import pytest

import synthgen


def test_generate_keeps_rules_and_is_repeatable():
    schema = {"columns": [
        {"name": "department", "provider": "random_element", "args": {"elements": ["Sales", "IT"]}},
        {"name": "title", "provider": "random_element", "args": {"elements": ["Clerk"]},
         "by": {"column": "department", "elements": {"IT": ["Engineer", "Admin"]}}},
        {"name": "salary", "provider": "random_int", "args": {"min": 20_000, "max": 200_000},
         "distribution": {"kind": "lognormal", "median": 45_000, "sigma": 0.4}},
        {"name": "bonus", "formula": "round(salary * 0.1)", "when": {"column": "department", "in": ["Sales"]}},
    ]}
    frame = synthgen.generate(schema, rows=5000, seed=2)
    assert frame.equals(synthgen.generate(schema, rows=5000, seed=2))
    it = frame[frame.department == "IT"]
    assert set(it.title) == {"Engineer", "Admin"} and set(frame[frame.department == "Sales"].title) == {"Clerk"}
    assert it.bonus.isna().all()
    sales = frame[frame.department == "Sales"]
    assert (sales.bonus == (sales.salary * 0.1).round()).all()
    assert frame.salary.between(20_000, 200_000).all()
    assert frame.salary.median() == pytest.approx(45_000, rel=0.03)


def test_rule_models_and_formula_errors_are_public():
    schema = synthgen.DatasetSchema(columns=[
        synthgen.Column(name="n", provider="pyint", distinct=3),
        synthgen.Column(name="t", provider="date_time_between",
                        series=synthgen.Series(start="2024-01-01", step="1d", per="n")),
        synthgen.Column(name="k", formula="n * 2", when=synthgen.When(column="n", not_in=[0])),
        synthgen.Column(name="c", provider="pyfloat", distribution=synthgen.Distribution(kind="exponential", mean=3)),
    ])
    frame = synthgen.generate(schema, rows=9, seed=1)
    assert isinstance(frame, pd.DataFrame) and frame.n.nunique() == 3
    with pytest.raises(synthgen.SchemaError, match="column 'x': formula: the formula ends where a value"):
        synthgen.parse_schema({"columns": [{"name": "x", "formula": "1 +"}]})
    assert issubclass(synthgen.FormulaError, synthgen.SchemaError)
    assert synthgen.By is not None and "When" in synthgen.__all__
