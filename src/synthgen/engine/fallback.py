"""The general path: any allowlisted provider, one Faker call per value, with the instance seeded per block."""

from __future__ import annotations

import datetime as dt
import decimal
import uuid
from typing import Any

import numpy as np
import pyarrow as pa

from .. import arrays
from ..catalog import get_catalog
from ..errors import GenerationError
from ..faker_random import pinned_global_random
from ..schema import Column
from ..templates import TEMPLATE_ARGS, renderer, template_problems
from .block import Block
from .gen import Gen

ARROW_TYPES = {
    "int": pa.int64(), "float": pa.float64(), "decimal": pa.float64(), "bool": pa.bool_(),
    "date": pa.date32(), "datetime": pa.timestamp("us"),
}


def _plain(value: Any) -> Any:
    if isinstance(value, decimal.Decimal):
        return float(value)
    if isinstance(value, dt.datetime):
        return value.replace(tzinfo=None) if value.tzinfo is None else value.astimezone(dt.UTC).replace(
            tzinfo=None)
    if isinstance(value, (dt.time, dt.timedelta, uuid.UUID)):
        return str(value)
    return value


def pooled(provider: str, block: Block, n: int, key: str, **args: Any) -> pa.Array:
    """n values drawn from a pool of Faker's own (a 32nd of the block, at least 64), as text."""
    method = getattr(block.seeded_faker(key, "pool"), provider)
    pool = arrays.strings([str(v) for v in _calls(method, args, max(64, n // 32), f"'{key}'", provider)])  # key: column
    return pool.take(arrays.indices(block.rng(key).integers(0, len(pool), n)))


def to_arrow(values: list[Any], type_: pa.DataType) -> pa.Array:
    """Python values as an Arrow array of `type_`; anything that does not fit becomes text."""
    plain = [_plain(v) for v in values]
    if pa.types.is_string(type_) or pa.types.is_large_string(type_):
        return arrays.strings([None if v is None else str(v) for v in plain])
    mask = np.array([v is None for v in plain], dtype=bool)
    if pa.types.is_date32(type_) or pa.types.is_timestamp(type_):
        unit = "D" if pa.types.is_date32(type_) else "us"
        return arrays.from_numpy(np.array(["NaT" if v is None else v for v in plain], f"datetime64[{unit}]"), type_)
    dtype = {pa.int64(): np.int64, pa.float64(): np.float64, pa.bool_(): bool}[type_]
    return arrays.from_numpy(np.array([0 if v is None else v for v in plain], dtype=dtype), type_, mask=mask)


def per_row(col: Column, locale: str, type_: pa.DataType | None = None) -> Gen:
    """One Faker call per value (slow but exact), seeded from the block."""
    provider = col.provider_name
    spec = get_catalog(locale).specs[provider]
    type_ = type_ or ARROW_TYPES.get(spec.returns, pa.string())
    args = col.faker_args

    def fn(block: Block) -> pa.Array:
        method = getattr(block.seeded_faker(col.name), provider)
        return to_arrow(_calls(method, args, block.n, f"column '{col.name}'", provider), type_)

    return Gen(fn, type_)


def template_per_row(col: Column, locale: str) -> Gen:
    """pystr_format by our own template parser: each '{{token}}' (checked against the allowlist when the schema
    was validated) is one call of that provider, then Faker's bothify fills the placeholders; the same values as
    Faker's pystr_format, without handing the template to Faker's parser (which would call any method)."""
    catalog, provider = get_catalog(locale), col.provider_name
    argument = TEMPLATE_ARGS[provider]
    template = str(col.args.get(argument, catalog.specs[provider].params[argument].default))
    if template_problems(template, catalog.token_problem):  # validation refuses these; never reach getattr
        raise GenerationError(f"column '{col.name}': its template names a provider that is not allowed")
    letters = col.args.get("letters")

    def fn(block: Block) -> pa.Array:
        one = renderer(block.seeded_faker(col.name), template, letters)
        return arrays.strings(_calls(one, {}, block.n, f"column '{col.name}'", provider))

    return Gen(fn, pa.string())


def token_per_row(token: str, block: Block, n: int, key: str) -> pa.Array:
    """n values of a no-argument provider by plain Faker calls, as text."""
    method = getattr(block.seeded_faker(key), token)
    return arrays.strings([str(v) for v in _calls(method, {}, n, "a composed value", token)])


def _calls(method: Any, args: dict[str, Any], n: int, where: str, provider: str) -> list[Any]:
    """n calls of a Faker method; if Faker raises on some draw, an error naming the column, not a traceback."""
    try:
        with pinned_global_random(method):
            return [method(**args) for _ in range(n)]
    except Exception as exc:  # noqa: BLE001 - Faker raises many kinds; the user needs the column and the cause
        detail = str(exc).splitlines()[0][:200] if str(exc) else type(exc).__name__
        raise GenerationError(f"{where}: Faker's {provider} failed while making values ({detail}); "
                              "try other arguments or another provider") from None
