"""A dataset of several related tables (ARCHITECTURE 2.6): the models (Dataset, TableSpec, Per, Ref) and parsing.

    {"name": "shop", "tables": [
      {"name": "customers", "rows": 1000, "columns": [{"name": "customer_id", ..., "unique": true}, ...]},
      {"name": "orders", "per": {"table": "customers", "min": 0, "max": 8}, "columns": [
        {"name": "customer_id", "ref": {"table": "customers", "column": "customer_id"}},
        {"name": "order_date", "provider": "date_between",
         "after": {"column": "customers.signup_date", "min_days": 0, "max_days": 400}}]}]}

A schema with `columns` (2.1) stays a DatasetSchema, a dataset of one table; `is_dataset` tells them apart. Every
cross-table check (dataset_check.py) runs when a Dataset is made, each problem naming its table and column.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from .ceilings import MAX_ROWS
from .errors import SchemaError
from .rules import Distribution
from .schema import MAX_COLUMNS, MAX_NAME_LENGTH, Column, _name, _pydantic_problems, text_problems

MAX_TABLES = 32
MAX_PER = 10_000  # children of one parent row


class Ref(BaseModel):
    """This column holds a key of `table`: the parent's key (a child's link to its parent, one per parent row's
    children), or for any other table a pick among its keys, uniform or by `distribution` (over the table's rows
    in order: zipf makes the first rows the most picked)."""

    model_config = ConfigDict(extra="forbid")

    table: str = Field(min_length=1, max_length=MAX_NAME_LENGTH)
    column: str | None = Field(default=None, max_length=MAX_NAME_LENGTH,
                               description="the key column of `table`; its first unique column when omitted")
    distribution: Distribution | None = Field(default=None, description="how picks spread over the table's rows")

    @field_validator("table", "column")
    @classmethod
    def _printable(cls, value: str | None) -> str | None:
        return _name(value)


class Per(BaseModel):
    """A child table: min..max rows for each row of `table`, uniform or by `distribution` (zipf counts from min)."""

    model_config = ConfigDict(extra="forbid")

    table: str = Field(min_length=1, max_length=MAX_NAME_LENGTH)
    min: int = Field(default=0, ge=0, le=MAX_PER)
    max: int = Field(ge=1, le=MAX_PER)
    distribution: Distribution | None = None

    @field_validator("table")
    @classmethod
    def _printable(cls, value: str) -> str:
        return _name(value)


class TableColumn(Column):
    """A column of a dataset's table: a Column, or a `ref` to another table's key (then without a provider)."""

    ref: Ref | None = Field(default=None, description="this column holds keys of another table")


class TableSpec(BaseModel):
    """One table: its name, how many rows (`rows`, or `per` row of a parent) and its columns."""

    model_config = ConfigDict(extra="forbid")

    name: str = Field(min_length=1, max_length=MAX_NAME_LENGTH)
    rows: int | None = Field(default=None, ge=1, le=MAX_ROWS)
    per: Per | None = None
    columns: list[TableColumn] = Field(min_length=1, max_length=MAX_COLUMNS)

    @field_validator("name")
    @classmethod
    def _printable(cls, value: str) -> str:
        return _name(value)

    def column(self, name: str) -> TableColumn | None:
        return next((c for c in self.columns if c.name == name), None)

    @property
    def key(self) -> TableColumn | None:
        """The first unique column: what a `ref` without a column points at."""
        return next((c for c in self.columns if c.unique), None)

    @property
    def refs(self) -> list[TableColumn]:
        return [c for c in self.columns if c.ref is not None]

    @property
    def parent_ref(self) -> TableColumn | None:
        """The column linking a child to its parent (the first ref to the `per` table)."""
        if self.per is None:
            return None
        return next((c for c in self.refs if c.ref is not None and c.ref.table == self.per.table), None)


class Dataset(BaseModel):
    """Several related tables. Constructing one validates everything (dataset_check.dataset_problems)."""

    model_config = ConfigDict(extra="forbid")

    name: str = Field(default="dataset", min_length=1, max_length=MAX_NAME_LENGTH)
    locale: str = "en_US"
    tables: list[TableSpec] = Field(min_length=1, max_length=MAX_TABLES)

    @model_validator(mode="before")
    @classmethod
    def _plain_text(cls, data: Any) -> Any:
        problems = text_problems(data)
        if problems:
            raise ValueError("\n".join(problems))
        return data

    @field_validator("name")
    @classmethod
    def _printable(cls, value: str) -> str:
        return _name(value)

    @model_validator(mode="after")
    def _check(self) -> Dataset:
        from .dataset_check import dataset_problems

        problems = dataset_problems(self)
        if problems:
            raise ValueError("\n".join(problems))
        return self

    def table(self, name: str) -> TableSpec:
        return next(t for t in self.tables if t.name == name)

    def to_json(self) -> str:
        return self.model_dump_json(indent=2, exclude_defaults=True)


def is_dataset(data: Any) -> bool:
    """Whether a schema source (a Dataset, a dict, JSON text, a schema file's path) is several tables (`tables`)."""
    if isinstance(data, Dataset):
        return True
    if isinstance(data, os.PathLike):
        try:
            data = Path(data).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            return False
    if isinstance(data, (str, bytes)):
        try:
            data = json.loads(data)
        except (ValueError, RecursionError):
            return False
    return isinstance(data, Mapping) and "tables" in data and "columns" not in data


def parse_dataset(data: Any) -> Dataset:
    """Validate a dict, JSON text, a schema file's path or a Dataset; raise SchemaError listing every problem."""
    if isinstance(data, Dataset):
        return data
    if isinstance(data, os.PathLike):
        try:
            data = Path(data).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise SchemaError(f"cannot read schema file {os.fspath(data)}: {exc}") from None
    if isinstance(data, (str, bytes)):
        try:
            data = json.loads(data)
        except (ValueError, RecursionError) as exc:
            raise SchemaError(f"the schema is not valid JSON: {exc}") from None
    try:
        return Dataset.model_validate(data)
    except ValidationError as exc:
        raise SchemaError([_table_label(p, data) for p in _pydantic_problems(exc)]) from None


def _table_label(problem: str, data: Any) -> str:
    """'tables.1.per.max: ...' as "table 'orders': per.max: ..." (the table's name when the data has one)."""
    head, sep, rest = problem.partition(": ")
    parts = head.split(".")
    if not sep or len(parts) < 2 or parts[0] != "tables" or not parts[1].isdigit():
        return problem
    index = int(parts[1])
    tables = data.get("tables") if isinstance(data, Mapping) else None
    name = None
    if isinstance(tables, list) and index < len(tables) and isinstance(tables[index], Mapping):
        name = tables[index].get("name")
    label = f"table '{name}'" if isinstance(name, str) else f"table {index + 1}"
    field = ".".join(parts[2:])
    if len(parts) >= 4 and parts[2] == "columns" and parts[3].isdigit():
        columns = tables[index].get("columns") if name is not None else None  # type: ignore[index]
        col = int(parts[3])
        cname = columns[col].get("name") if isinstance(columns, list) and col < len(columns) and isinstance(
            columns[col], Mapping) else None
        field = (f"column '{cname}'" if isinstance(cname, str) else f"column {col + 1}") + (
            " " + ".".join(parts[4:]) if parts[4:] else "")
    return f"{label}{': ' + field if field else ''}: {rest}"
