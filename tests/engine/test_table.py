"""The engine end to end: types, bounds, determinism, blocks, nulls, uniqueness and capacity."""

import datetime as dt

import numpy as np
import pyarrow as pa
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from synthgen.catalog import get_catalog
from synthgen.engine import BLOCK_ROWS, Table, check_capacity, iter_batches
from synthgen.errors import CapacityError
from synthgen.schema import load_schema, parse_schema


def table(columns, rows, seed=1, locale="en_US", **kw):
    schema = parse_schema({"locale": locale, "columns": columns})
    return pa.Table.from_batches(list(iter_batches(schema, rows, seed, **kw)), schema=Table(schema).arrow_schema)


def column(spec, rows=2000, seed=1, **kw):
    return table([{"name": "c", **spec}], rows, seed, **kw).column("c").combine_chunks()


@pytest.mark.parametrize("provider", get_catalog("en_US").names())
def test_every_catalog_provider_generates_its_declared_type(provider):
    schema = parse_schema({"columns": [{"name": "c", "provider": provider}]})
    compiled = Table(schema)
    batch = next(compiled.batches(50, 3))
    assert batch.num_rows == 50
    assert batch.schema == compiled.arrow_schema
    if provider not in ("null_boolean", "random_digit_or_empty", "random_digit_not_null_or_empty"):
        assert batch.column(0).null_count == 0


def test_bench_schema_types(bench_schema_path):
    types = Table(load_schema(bench_schema_path)).arrow_schema
    assert types.field("price").type == pa.float64()
    assert types.field("rating").type == pa.int64()
    assert types.field("in_stock").type == pa.bool_()
    assert types.field("created").type == pa.date32()
    assert types.field("email").type == pa.string()


def test_numbers_respect_their_bounds():
    ints = column({"provider": "random_int", "args": {"min": -5, "max": 5, "step": 5}}).to_numpy()
    assert set(ints) == {-5, 0, 5}
    floats = column({"provider": "pyfloat", "args": {"min_value": 1, "max_value": 500, "right_digits": 2}})
    values = floats.to_numpy()
    assert values.min() >= 1 and values.max() <= 500
    assert np.allclose(values, np.round(values, 2))
    positive = column({"provider": "pyfloat", "args": {"positive": True, "left_digits": 2}}).to_numpy()
    assert (positive > 0).all() and (positive < 100).all()


def test_dates_respect_their_bounds():
    dates = column({"provider": "date_between", "args": {"start_date": "2020-01-01", "end_date": "2020-01-31"}})
    values = dates.to_pylist()
    assert min(values) >= dt.date(2020, 1, 1) and max(values) <= dt.date(2020, 1, 31)
    assert len(set(values)) == 31
    born = column({"provider": "date_of_birth", "args": {"minimum_age": 18, "maximum_age": 65}}).to_pylist()
    today = dt.date.today()
    ages = [(today - d).days / 365.25 for d in born]
    assert min(ages) >= 17.99 and max(ages) <= 66.01
    stamps = column({"provider": "date_time_between", "args": {"start_date": "-1d", "end_date": "now"}})
    assert stamps.type == pa.timestamp("us")


def test_categories_follow_their_weights():
    values = column({"provider": "random_element", "args": {"elements": ["common", "rare"]}, "weights": [9, 1]},
                    rows=20_000).to_pylist()
    share = values.count("common") / len(values)
    assert 0.88 < share < 0.92  # 9/10, more than 8 standard deviations of slack
    numbers = column({"provider": "random_element", "args": {"elements": [1, 2, 3]}})
    assert numbers.type == pa.int64() and set(numbers.to_pylist()) == {1, 2, 3}


@pytest.mark.parametrize("rate", [0.0, 0.3, 1.0])
def test_null_rate(rate):
    values = column({"provider": "name", "null_rate": rate}, rows=10_000)
    share = values.null_count / len(values)
    assert abs(share - rate) < 0.03


def test_same_seed_same_rows_other_seed_other_rows(bench_schema_path):
    schema = load_schema(bench_schema_path)
    first = pa.Table.from_batches(list(iter_batches(schema, 5000, 42)))
    again = pa.Table.from_batches(list(iter_batches(schema, 5000, 42)))
    other = pa.Table.from_batches(list(iter_batches(schema, 5000, 43)))
    assert first.equals(again)
    assert not first.equals(other)


def test_a_block_does_not_depend_on_the_blocks_before_it(bench_schema_path):
    """Block k is made from (seed, k) alone, so blocks could be made by separate workers."""
    schema = load_schema(bench_schema_path)
    long = list(Table(schema).batches(3 * 1000, 9, block_rows=1000))
    short = list(Table(schema).batches(2 * 1000, 9, block_rows=1000))
    assert long[1].equals(short[1])


def test_wide_rows_get_smaller_blocks_fixed_by_the_schema_alone(bench_schema_path):
    """Twenty 5,000-character texts a row would make 3 GB blocks of BLOCK_ROWS: blocks shrink to about
    BLOCK_BYTES, by a size that depends on the schema only (not on rows), so whole blocks stay the same."""
    from synthgen.engine.block import BLOCK_BYTES

    assert Table(load_schema(bench_schema_path)).block_rows(10**6) == BLOCK_ROWS
    wide = parse_schema({"columns": [{"name": f"t{i}", "provider": "text", "args": {"max_nb_chars": 5000}}
                                     for i in range(20)]})
    compiled = Table(wide)
    size = compiled.block_rows(10**6)
    assert size < BLOCK_ROWS and size == compiled.block_rows(300) and size & (size - 1) == 0
    batches = list(compiled.batches(3 * size, 5))
    assert [b.num_rows for b in batches] == [size] * 3
    assert all(BLOCK_BYTES / 2 <= b.nbytes <= 2 * BLOCK_BYTES for b in batches)
    assert next(Table(wide).batches(size + 7, 5)).equals(batches[0])


def test_editing_one_column_leaves_the_others_alone():
    base = [{"name": "a", "provider": "random_int"}, {"name": "b", "provider": "city"}]
    edited = [{"name": "a", "provider": "random_int"}, {"name": "b", "provider": "word"}]
    assert table(base, 300).column("a").equals(table(edited, 300).column("a"))


@settings(max_examples=15, deadline=None)
@given(rows=st.integers(1, 3 * BLOCK_ROWS // 64), seed=st.integers(0, 2**63 - 1))
def test_determinism_property(rows, seed):
    columns = [{"name": "n", "provider": "name"}, {"name": "i", "provider": "random_int", "unique": True,
                                                  "args": {"min": 1, "max": 10**6}},
               {"name": "d", "provider": "date_between"}, {"name": "s", "provider": "sentence", "null_rate": 0.2}]
    one = table(columns, rows, seed, block_rows=BLOCK_ROWS // 64)
    two = table(columns, rows, seed, block_rows=BLOCK_ROWS // 64)
    assert one.num_rows == rows and one.equals(two)


@pytest.mark.parametrize("spec", [
    {"provider": "random_int", "args": {"min": 1, "max": 3000}},
    {"provider": "pyint", "args": {"min_value": 0, "max_value": 2999}},
    {"provider": "bothify", "args": {"text": "??-##"}},
    {"provider": "numerify", "args": {"text": "####"}},
    {"provider": "date_between", "args": {"start_date": "-10y", "end_date": "today"}},
    {"provider": "date_time_between", "args": {"start_date": "-1d", "end_date": "now"}},
    {"provider": "random_element", "args": {"elements": [f"e{i}" for i in range(3000)]}},
    {"provider": "uuid4"},
    {"provider": "email"},
    {"provider": "name"},
    {"provider": "first_name"},
    {"provider": "catch_phrase"},
])
def test_unique_columns_never_repeat(spec):
    rows = 690 if spec["provider"] == "first_name" else 3000
    values = column({**spec, "unique": True}, rows=rows, block_rows=256).to_pylist()
    assert len(set(values)) == rows


def test_unique_holds_across_many_blocks_for_free_text():
    values = column({"provider": "last_name", "unique": False}, rows=5000).to_pylist()
    assert len(set(values)) < 5000  # the plain column repeats...
    unique = column({"provider": "company", "unique": True}, rows=20_000, block_rows=1000).to_pylist()
    assert len(set(unique)) == 20_000  # ...the unique one never does


def test_unique_range_fills_exactly():
    values = column({"provider": "random_int", "args": {"min": 1, "max": 500}, "unique": True}, rows=500,
                    block_rows=64).to_pylist()
    assert sorted(values) == list(range(1, 501))


def test_sequence_counts_up():
    values = column({"provider": "random_int", "args": {"min": 1000, "step": 10}, "sequence": True}, rows=300,
                    block_rows=128).to_pylist()
    assert values == list(range(1000, 1000 + 3000, 10))


@pytest.mark.parametrize("provider,low,high", [("random_int", "min", "max"), ("pyint", "min_value", "max_value")])
def test_a_sequence_never_wraps_past_int64(provider, low, high):
    """A huge step would wrap past 2**63 - 1 into negative numbers: refused before any row, naming the column."""
    step = 10**15
    spec = {"provider": provider, "args": {low: 10**15, high: 10**15, "step": step}, "sequence": True}
    fits = (2**63 - 1 - 10**15) // step + 1  # 9,223 rows
    values = column(spec, rows=fits, block_rows=4096).to_pylist()
    assert values[-1] == 10**15 + (fits - 1) * step <= 2**63 - 1 and values == sorted(values)
    schema = parse_schema({"columns": [{"name": "id", **spec}]})
    with pytest.raises(CapacityError) as info:
        check_capacity(schema, fits + 1)
    assert info.value.detail == (f"column 'id': its sequence passes the largest 64-bit integer "
                                 f"(9,223,372,036,854,775,807) after {fits:,} rows, and {fits + 1:,} were asked for; "
                                 "lower its min or step, or ask for fewer rows")


@pytest.mark.parametrize("spec,rows,fragment", [
    ({"provider": "random_int", "args": {"min": 1, "max": 10}}, 100, "only 10"),
    ({"provider": "boolean"}, 3, "only 2"),
    ({"provider": "random_element", "args": {"elements": ["a", "b"]}}, 5, "only 2"),
    ({"provider": "bothify", "args": {"text": "#?", "letters": "ab"}}, 21, "only 20"),
    ({"provider": "date_between", "args": {"start_date": "2020-01-01", "end_date": "2020-01-10"}}, 11, "only 10"),
    ({"provider": "first_name"}, 10_000, "only 690"),
    ({"provider": "pyfloat"}, 10, "not supported"),
])
def test_capacity_is_checked_before_any_row(spec, rows, fragment):
    schema = parse_schema({"columns": [{"name": "id", **spec, "unique": True}]})
    with pytest.raises(CapacityError) as info:
        check_capacity(schema, rows)
    assert "column 'id'" in info.value.detail and fragment in info.value.detail


def test_streaming_holds_no_buffers_from_earlier_blocks():
    """Blocks must not sit in reference cycles: the garbage collector counts objects, not bytes."""
    import gc

    schema = parse_schema({"columns": [{"name": "n", "provider": "name"}, {"name": "e", "provider": "email"},
                                       {"name": "a", "provider": "address"}, {"name": "z", "provider": "zipcode"}]})
    gc.disable()
    try:
        held = []
        for i, _ in enumerate(Table(schema).batches(60 * 2048, 1, block_rows=2048, workers=1)):
            if i in (5, 59):
                held.append(pa.total_allocated_bytes())
    finally:
        gc.enable()
    assert held[1] - held[0] < 2 * 2**20, held


def test_date_and_time_strings_look_like_fakers():
    from faker import Faker

    fake = Faker()
    for provider, args in (("time", {}), ("date", {"pattern": "%d/%m/%Y"}), ("year", {})):
        ours = column({"provider": provider, "args": args}, rows=20).to_pylist()
        theirs = getattr(fake, provider)(**args)
        assert {len(v) for v in ours} == {len(theirs)}, (provider, ours[0], theirs)
    for value in column({"provider": "iso8601"}, rows=20).to_pylist():
        assert dt.datetime.fromisoformat(value).microsecond == 0  # whole seconds, valid ISO 8601


def test_blocks_made_at_once_are_bounded_across_concurrent_tables(monkeypatch):
    """Two files made at once, each with two worker threads, still make at most default_workers() blocks at a
    time (a block's working arrays are several times its size), and each gives the rows it gives alone."""
    import threading
    import time

    from synthgen.ordered import default_workers

    schema = parse_schema({"columns": [{"name": "words", "provider": "sentence"}, {"name": "n", "provider": "pyint"}]})
    alone = pa.Table.from_batches(list(iter_batches(schema, 4_000, 5, block_rows=256, workers=2)))
    lock, making, most = threading.Lock(), [0], [0]
    real = Table._arrays

    def counted(self, block):
        with lock:
            making[0] += 1
            most[0] = max(most[0], making[0])
        try:
            time.sleep(0.01)  # widens the window in which blocks overlap; nothing asserts on time
            return real(self, block)
        finally:
            with lock:
                making[0] -= 1

    monkeypatch.setattr(Table, "_arrays", counted)
    from synthgen.engine import table as table_module

    monkeypatch.setattr(table_module, "SMALL_BLOCK_BYTES", 0)  # these blocks count as big (small ones skip the limit)
    results: dict[int, pa.Table] = {}

    def run(seed: int) -> None:
        results[seed] = pa.Table.from_batches(list(iter_batches(schema, 4_000, seed, block_rows=256, workers=2)))

    threads = [threading.Thread(target=run, args=(seed,)) for seed in (5, 6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert most[0] <= max(default_workers(), 1)
    assert results[5].equals(alone) and not results[6].equals(alone)


def test_a_stream_of_one_block_starts_no_threads(monkeypatch):
    """Worker threads would cost a small request more than its block (made and encoded in the caller's thread)."""
    import synthgen.ordered

    pools = []
    real = synthgen.ordered.ThreadPoolExecutor
    monkeypatch.setattr(synthgen.ordered, "ThreadPoolExecutor", lambda **kw: pools.append(kw) or real(**kw))
    schema = parse_schema({"columns": [{"name": "n", "provider": "name"}, {"name": "a", "provider": "user_agent"}]})
    one = list(iter_batches(schema, 100, 4, workers=2))
    assert len(one) == 1 and not pools
    from synthgen import export  # nor does encoding its one block

    csv = b"".join(export.iter_encoded(iter_batches(schema, 100, 4), Table(schema).arrow_schema, "csv"))
    assert csv.count(b"\n") == 101 and not pools
    several = list(iter_batches(schema, 100, 4, block_rows=32, workers=2))
    assert len(several) == 4 and len(pools) == 1
    assert pa.Table.from_batches(one).equals(pa.Table.from_batches(list(iter_batches(schema, 100, 4, workers=1))))


def test_small_blocks_do_not_wait_for_a_making_slot(monkeypatch):
    """The process-wide making slots bound the memory of big blocks; a 100-row block must not queue behind the
    32,768-row blocks of large files."""
    import contextlib

    from synthgen.engine import table as table_module

    entered = []
    monkeypatch.setattr(table_module, "_making", lambda: contextlib.nullcontext(entered.append(1)))
    schema = parse_schema({"columns": [{"name": "n", "provider": "name"}, {"name": "t", "provider": "text"}]})
    compiled = Table(schema)
    list(compiled.batches(100, 1))
    list(compiled.batches(table_module.MIN_BLOCK_ROWS, 1))
    assert not entered and compiled.small_block(100)
    big = int(table_module.SMALL_BLOCK_BYTES // compiled.row_bytes) + 1  # the first block past the threshold
    assert not compiled.small_block(big)
    list(compiled.batches(big + 10, 1, block_rows=big, workers=1))
    assert len(entered) == 1  # the big block waited for a slot; the second, of 10 rows, did not


def test_a_unique_column_holding_as_many_values_as_rows_is_made_in_full():
    # The size probe once asked such a column for 64 distinct values out of 10, and never returned.
    values = column({"provider": "bothify", "args": {"text": "SKU-#"}, "unique": True}, rows=10)
    assert sorted(values.to_pylist()) == [f"SKU-{d}" for d in range(10)]
