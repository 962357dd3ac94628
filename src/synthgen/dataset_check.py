"""Cross-table checks of a Dataset (refs, per, table.column reads, cycles) and each table's own schema to make.

Each table is made by the one-table engine from its own DatasetSchema (`table_schemas`): a `ref` column becomes
a copy of the key it points at, and each `table.column` a child reads becomes a column of that name, copied from
the referenced table; the engine hands their values in per block (engine/dataset.py). So every rule of 2.1
(after, formula, when, by) is checked and made across tables exactly as within one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .bounded import Lru
from .errors import SchemaError
from .rules import category_values, dependencies
from .schema import Column, DatasetSchema, column_kinds, parse_schema

if TYPE_CHECKING:
    from .dataset import Dataset, TableColumn, TableSpec

# A stand-in provider of the same type for a referenced column computed by a formula.
_KIND_PROVIDERS = {"int": "random_int", "float": "pyfloat", "bool": "pybool", "str": "pystr",
                   "date": "date_between", "datetime": "date_time_between"}
_SCHEMAS: Lru[str, dict[str, DatasetSchema]] = Lru()  # made when a dataset is checked, read again by the engine
_NOT_FOR_REF = ("provider", "formula", "after", "by", "distribution", "distinct", "series", "entity", "weights")


def reads(spec: TableSpec, tables: set[str]) -> list[tuple[str, str]]:
    """The (table, column) pairs a table's rules read as `table.column`, in order of first mention."""
    found: list[tuple[str, str]] = []
    for col in spec.columns:
        for name in dependencies(col):
            table, dot, column = name.partition(".")
            if dot and table in tables and table != spec.name and (table, column) not in found:
                found.append((table, column))
    return found


def link(spec: TableSpec, table: str) -> TableColumn | None:
    """The ref column through which `spec` reads `table`'s row: the parent link, else its one ref to `table`."""
    if spec.per is not None and spec.per.table == table:
        return spec.parent_ref
    refs = [c for c in spec.refs if c.ref is not None and c.ref.table == table]
    return refs[0] if len(refs) == 1 else None


def key_of(dataset: Dataset, table: str) -> str | None:
    """The primary key of a table: the column its refs point at, or its first unique column."""
    for spec in dataset.tables:
        for col in spec.refs:
            if col.ref is not None and col.ref.table == table and col.ref.column is not None:
                return col.ref.column
    key = dataset.table(table).key
    return key.name if key is not None else None


def order(dataset: Dataset) -> list[str]:
    """Table names in dependency order (a table after those it refers to), listed order otherwise."""
    return _order(dataset)[0]


def dataset_problems(dataset: Dataset) -> list[str]:
    """Every problem of a dataset, one sentence each naming its table (and column)."""
    names = [t.name for t in dataset.tables]
    problems = [f"table '{n}': the name is used twice; table names must be unique"
                for i, n in enumerate(names) if n in names[:i]]
    problems += [f"table '{n}': a table name cannot contain '.' (rules read other tables as table.column)"
                 for n in names if "." in n]
    if problems:
        return problems
    by_name = {t.name: t for t in dataset.tables}
    for i, spec in enumerate(dataset.tables):
        problems += [f"table '{spec.name}': {p}" for p in _table_problems(spec, i, by_name)]
    if problems:
        return problems
    cycle = _order(dataset)[1]
    if cycle:
        return [cycle]
    keys: dict[str, set[str]] = {}
    for spec in dataset.tables:
        for col in spec.refs:
            assert col.ref is not None
            keys.setdefault(col.ref.table, set()).add(col.ref.column or by_name[col.ref.table].key.name)  # type: ignore[union-attr]
    problems += [f"table '{t}': refs point at different columns ({', '.join(sorted(c))}); refer to one key"
                 for t, c in keys.items() if len(c) > 1]
    if problems:
        return problems
    try:
        table_schemas(dataset)
    except SchemaError as exc:
        return exc.problems
    return []


def _table_problems(spec: TableSpec, index: int, by_name: dict[str, TableSpec]) -> list[str]:
    problems: list[str] = []
    names = ", ".join(by_name)
    per = spec.per
    if per is not None:
        if index == 0:
            problems.append("the first table sets the dataset's rows, so it cannot have 'per'; list its parent first")
        if spec.rows is not None:
            problems.append("give 'rows' or 'per', not both")
        if per.min > per.max:
            problems.append(f"per.min ({per.min:,}) is more than per.max ({per.max:,})")
        if per.table == spec.name:
            problems.append("'per' names the table itself; a table's rows cannot come from its own rows")
        elif per.table not in by_name:
            problems.append(f"'per' names table '{per.table}', which is not a table of this dataset ({names})")
        elif spec.parent_ref is None:
            problems.append(f"'per' makes rows for each row of '{per.table}', so a column needs "
                            f"\"ref\": {{\"table\": \"{per.table}\"}} (the link to its parent row)")
        elif spec.parent_ref.ref is not None and spec.parent_ref.ref.distribution is not None:
            problems.append(f"column '{spec.parent_ref.name}': 'ref.distribution' does not apply to the link to the "
                            "parent (how many rows each parent has comes from 'per')")
    elif index > 0 and spec.rows is None:
        problems.append("give 'rows' (how many) or 'per' (so many for each row of a parent table)")
    for col in spec.columns:
        problems += [f"column '{col.name}': {p}" for p in _ref_problems(col, spec, by_name)]
    for table, column in reads(spec, set(by_name)):
        if by_name[table].column(column) is None:
            problems.append(f"a rule reads '{table}.{column}', but table '{table}' has no column '{column}'")
        elif link(spec, table) is None:
            count = sum(1 for c in spec.refs if c.ref is not None and c.ref.table == table)
            problems.append(f"a rule reads '{table}.{column}', but " + (
                f"{count} columns refer to '{table}'; a rule reads the row of one ref only" if count else
                f"no column has a 'ref' to '{table}' (the row read is the one a ref points at)"))
    return problems


def _ref_problems(col: TableColumn, spec: TableSpec, by_name: dict[str, TableSpec]) -> list[str]:
    ref = col.ref
    if ref is None:
        return []
    problems = [f"'{k}' does not apply to a ref column (its values are keys of '{ref.table}')"
                for k in _NOT_FOR_REF if getattr(col, k) is not None]
    problems += [f"'{k}' does not apply to a ref column" for k in ("unique", "sequence") if getattr(col, k)]
    problems += ["'args' does not apply to a ref column"] if col.args else []
    if ref.table == spec.name:
        return problems + ["'ref' names its own table; a table cannot refer to itself"]
    target = by_name.get(ref.table)
    if target is None:
        return problems + [(f"'ref' names table '{ref.table}', which is not a table of this dataset "
                           f"({', '.join(by_name)})")]
    if ref.column is None and target.key is None:
        return problems + [(f"'ref' points at table '{ref.table}', which has no unique column; mark its key "
                           "\"unique\": true or name the column")]
    key = target.column(ref.column) if ref.column is not None else target.key
    if key is None:
        return problems + [f"'ref' names '{ref.table}.{ref.column}', which is not a column of table '{ref.table}'"]
    if not key.unique:
        problems.append(f"'ref' names '{ref.table}.{key.name}', which is not a key; a ref points at a unique column "
                        "(mark it \"unique\": true)")
    elif key.null_rate > 0 or key.when is not None:
        problems.append(f"'ref' names '{ref.table}.{key.name}', which can be empty (null_rate or when); a key "
                        "always holds a value")
    return problems


def _order(dataset: Dataset) -> tuple[list[str], str | None]:
    """Tables in dependency order, and the cycle found (a sentence) or None."""
    names = {t.name for t in dataset.tables}
    needs: dict[str, list[str]] = {}
    for spec in dataset.tables:
        deps = [spec.per.table] if spec.per is not None else []
        deps += [c.ref.table for c in spec.refs if c.ref is not None]
        deps += [t for t, _ in reads(spec, names)]
        needs[spec.name] = [d for d in dict.fromkeys(deps) if d in names and d != spec.name]
    done: list[str] = []
    waiting = [t.name for t in dataset.tables]
    while waiting:
        ready = next((t for t in waiting if all(d in done for d in needs[t])), None)
        if ready is None:
            path = [waiting[0]]
            while True:
                step = next(d for d in needs[path[-1]] if d not in done)
                if step in path:
                    loop = [*path[path.index(step):], step]
                    return done, (f"table '{step}': the tables make a cycle ({' -> '.join(loop)}); a table cannot "
                                  "refer, directly or through others, to a table that refers to it")
                path.append(step)
        waiting.remove(ready)
        done.append(ready)
    return done, None


def table_schemas(dataset: Dataset) -> dict[str, DatasetSchema]:
    """Each table's own schema, in dependency order: refs as copies of their keys, and a column named
    `table.column` for each referenced column its rules read. Raises SchemaError naming the table."""
    return dict(_SCHEMAS.get(dataset.model_dump_json(), lambda: _table_schemas(dataset)))


def _table_schemas(dataset: Dataset) -> dict[str, DatasetSchema]:
    names = {t.name for t in dataset.tables}
    schemas: dict[str, DatasetSchema] = {}
    kinds: dict[str, dict[str, str]] = {}
    for name in order(dataset):
        spec = dataset.table(name)
        columns: list[dict[str, Any]] = []
        for col in spec.columns:
            if col.ref is None:
                columns.append(col.model_dump(exclude_defaults=True, exclude={"ref"}))
                continue
            table = col.ref.table
            key = schemas[table].columns[_index(schemas[table], col.ref.column or key_of(dataset, table))]
            extra = col.model_dump(exclude_defaults=True, include={"null_rate", "when", "source"})
            columns.append({**_copy(key, col.name, kinds[table]), **extra})
        taken = {c["name"] for c in columns}
        for table, column in reads(spec, names):
            if f"{table}.{column}" in taken:
                raise SchemaError(f"table '{name}': column '{table}.{column}' has the name of a column it reads; "
                                  "rename it")
            source = schemas[table].columns[_index(schemas[table], column)]
            columns.append(_copy(source, f"{table}.{column}", kinds[table]))
        try:
            schemas[name] = parse_schema({"name": name, "locale": dataset.locale, "columns": columns})
        except SchemaError as exc:
            raise SchemaError([f"table '{name}': {p}" for p in exc.problems]) from None
        kinds[name] = column_kinds(schemas[name])
    return schemas


def _index(schema: DatasetSchema, column: str | None) -> int:
    return next(i for i, c in enumerate(schema.columns) if c.name == column)


def _copy(source: Column, name: str, kinds: dict[str, str]) -> dict[str, Any]:
    """A plain column of the same values' type as `source` (its rules left out: values are handed in)."""
    if source.formula is not None:
        return {"name": name, "provider": _KIND_PROVIDERS[kinds.get(source.name, "str")]}
    if source.by is not None:
        return {"name": name, "provider": "random_element", "args": {"elements": category_values(source)}}
    return {"name": name, "provider": source.provider, "args": dict(source.args)}
