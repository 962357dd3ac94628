"""The generation gate's two lanes: small requests have slots of their own, so big downloads never crowd them out;
a full lane lets a few requests wait their turn (first come, first served) before a 503 with Retry-After."""

from __future__ import annotations

import threading

import pytest
from fastapi.testclient import TestClient

from synthgen.web.app import create_app
from synthgen.web.gate import Busy, Gate

from .conftest import PEOPLE, demo_settings
from .test_access import samples
from .test_api import GENERATE, assert_error
from .test_ui import call


def wait_until(condition, seconds: float = 30) -> bool:
    """Wait on a condition without sleeping a fixed time (a bound on waiting, not an assertion about time)."""
    event = threading.Event()
    for _ in range(int(seconds * 20)):
        if condition():
            return True
        event.wait(0.05)
    return condition()


# ---- the gate itself ----------------------------------------------------------------------------------------

def test_requests_go_to_their_lane_by_rows_and_estimated_size() -> None:
    gate = Gate(2, small_limit=3, small_rows=10_000, small_bytes=4e6)
    assert gate.lane_for(10_000) is gate.small
    assert gate.lane_for(10_001) is gate.large
    assert gate.lane_for(100, size=5e6) is gate.large  # few rows but wide: not small
    assert gate.lane_for(None) is gate.large  # an unknown size is large
    one = Gate(2, small_limit=0)
    assert one.lane_for(5) is one.large  # no small lane: one lane for all


def test_a_full_large_lane_does_not_refuse_small_requests() -> None:
    gate = Gate(1, small_limit=2)
    big = gate.enter(rows=1_000_000)
    with pytest.raises(Busy) as refused:
        gate.enter(rows=20_000)
    assert refused.value.retry_after > 0 and "1 large files" in refused.value.detail
    small = [gate.enter(rows=100), gate.enter(rows=10_000)]
    assert gate.active == 3 and gate.small.active == 2
    with pytest.raises(Busy) as full:  # the small lane has its own cap (memory stays bounded)
        gate.enter(rows=5)
    assert "2 small files (up to 10,000 rows)" in full.value.detail and full.value.retry_after == 1
    for slot in [big, *small]:
        slot.release()
        slot.release()  # twice is once
    assert gate.active == 0 and gate.refused == 2 and gate.large.refused == 1 and gate.small.refused == 1


def test_waiters_are_served_in_arrival_order_and_the_queue_is_bounded() -> None:
    gate = Gate(1, small_limit=1, wait=30, queue=2)
    holder = gate.enter(rows=5)
    served: list[int] = []

    def wait_in_line(index: int) -> None:
        slot = gate.enter(rows=5)
        served.append(index)
        slot.release()

    threads = []
    for index in range(2):  # `queue` requests may wait
        thread = threading.Thread(target=wait_in_line, args=(index,))
        thread.start()
        threads.append(thread)
        assert wait_until(lambda index=index: gate.small.waiting == index + 1)  # in line before the next one comes
    with pytest.raises(Busy):  # a third waiter would be past the queue: refused at once, not after 30 s
        gate.enter(rows=5)
    assert served == []
    holder.release()
    for thread in threads:
        thread.join(30)
    assert served == [0, 1] and gate.active == 0 and gate.small.waiting == 0


def test_the_small_lane_holds_many_tiny_files_but_a_bounded_sum_of_sizes() -> None:
    """Memory follows the bytes being made, not the count: 32 files of 100 rows add about 4 MB, one 4 MB file
    about 14 MB (figures in gate.py's docstring), so the lane has a byte budget as well as a count."""
    gate = Gate(1, small_limit=32, small_bytes=4e6, small_budget=16e6)
    tiny = [gate.enter(rows=100, size=10_000) for _ in range(32)]
    with pytest.raises(Busy):
        gate.enter(rows=100, size=10_000)  # the count
    for slot in tiny:
        slot.release()
    wide = [gate.enter(rows=10_000, size=4e6) for _ in range(4)]
    assert gate.small.used == 16e6
    with pytest.raises(Busy):
        gate.enter(rows=100, size=10_000)  # the budget: 16 MB are being made
    wide.pop().release()
    unplanned = gate.enter(rows=5_000)  # before planning the size is unknown: a whole SMALL_BYTES is reserved
    assert gate.small.used == 16e6
    unplanned.resize(1e6)  # planned: what it does not need goes back
    assert gate.small.used == 13e6
    gate.enter(rows=100, size=10_000).release()
    for slot in [*wide, unplanned]:
        slot.release()
    assert gate.small.used == 0 and gate.small.active == 0


def test_check_refuses_before_planning_only_when_the_lane_would_refuse() -> None:
    """gate.check(rows) lets a front door refuse before a planner call without holding a slot through planning."""
    gate = Gate(1, small_limit=1)  # no wait: a taken slot means a refusal
    gate.check(rows=50_000)
    big = gate.enter(rows=50_000)
    with pytest.raises(Busy):
        gate.check(rows=50_000)
    gate.check(rows=5)  # the small lane has room
    small = gate.enter(rows=5)
    with pytest.raises(Busy):
        gate.check(rows=5)
    assert gate.refused == 2 and gate.active == 2
    patient = Gate(1, wait=5, queue=1)  # with a wait, a full lane still has room in its line
    holder = patient.enter(rows=50_000)
    patient.check(rows=50_000)
    for slot in (big, small, holder):
        slot.release()


def test_a_wait_runs_out_with_busy_and_leaves_the_line() -> None:
    gate = Gate(1, small_limit=1)
    holder = gate.enter(rows=50_000)
    with pytest.raises(Busy):
        gate.enter(rows=50_000, timeout=0.05)  # an explicit wait (the UI's), here a short one
    assert gate.large.waiting == 0 and gate.large.refused == 1
    holder.release()
    gate.enter(rows=50_000, timeout=0.05).release()


def test_a_slot_taken_before_planning_moves_to_the_large_lane_when_the_file_is_wide() -> None:
    gate = Gate(1, small_limit=2, small_bytes=4e6)
    slot = gate.enter(rows=1000)  # the schema is not planned yet: the lane follows the rows
    assert slot.lane is gate.small
    slot.resize(1e6)  # narrow enough: stays
    assert slot.lane is gate.small
    slot.resize(50e6)
    assert slot.lane is gate.large and gate.small.active == 0 and gate.small.used == 0 and gate.large.active == 1
    other = gate.enter(rows=1000)
    with pytest.raises(Busy):
        other.resize(50e6)  # the large lane is full: Busy, and the small slot is still the caller's to release
    assert other.lane is gate.small
    other.release()
    slot.release()
    assert gate.active == 0


def test_a_file_of_wide_rows_takes_the_whole_large_lane() -> None:
    """Rows over WIDE_ROW_BYTES (estimated): the job weighs every large slot, so two 1 GB files of long texts
    are never made at once; narrow large files still share the lane, and small files are not affected."""
    gate = Gate(2, small_limit=2, wide_row_bytes=2_048)
    assert gate.weight(200_000, 200_000 * 5_000) == 2 and gate.weight(1_000_000, 400e6) == 1
    wide = gate.enter(rows=200_000, size=200_000 * 5_000)
    assert wide.lane is gate.large and gate.large.active == 1 and gate.large.used == 2
    for rows, size in ((1_000_000, 400e6), (200_000, 1e9)):  # a narrow or another wide large file: busy
        with pytest.raises(Busy) as refused:
            gate.enter(rows=rows, size=size)
        assert refused.value.retry_after == 5 and refused.value.lane == "large"
    gate.enter(rows=100).release()  # the small lane is its own
    wide.release()
    narrow = gate.enter(rows=1_000_000, size=400e6)
    with pytest.raises(Busy):  # a wide file waits for the whole lane
        gate.enter(rows=200_000, size=1e9)
    second = gate.enter(rows=1_000_000, size=400e6)  # two narrow ones share it as before
    for slot in (narrow, second):
        slot.release()
    assert gate.active == 0 and gate.large.used == 0 and gate.large.refused == 3


def test_a_slot_taken_before_planning_takes_the_whole_lane_once_its_rows_are_known_wide() -> None:
    gate = Gate(2, small_limit=2, small_bytes=4e6, wide_row_bytes=2_048)
    early = gate.enter(rows=1_000)  # small lane by rows, then wide: moves and takes both slots
    early.resize(1_000 * 5_000)
    assert early.lane is gate.large and early.weight == 2 and gate.large.used == 2
    early.release()
    big = gate.enter(rows=200_000)  # large lane, size unknown: one slot
    assert big.weight == 1
    big.resize(1e9)  # wide, and the lane is free: it takes the rest
    assert big.weight == 2 and gate.large.used == 2
    big.release()
    one, two = gate.enter(rows=200_000), gate.enter(rows=200_000)
    one.resize(1e9)  # the lane is shared already: it goes on with its one slot (it never waits for weight)
    assert one.weight == 1 and gate.large.used == 2
    one.release()
    two.release()
    assert gate.active == 0 and gate.large.used == 0


# ---- over HTTP ------------------------------------------------------------------------------------------------

def test_small_requests_are_served_while_big_downloads_fill_their_lane(tmp_path) -> None:
    settings = demo_settings(tmp_path, max_concurrent_jobs=1, small_jobs=2, slot_wait=0)
    app = create_app(settings)
    services = app.state.services
    with TestClient(app) as client:
        with client.stream("POST", GENERATE, json={"schema": PEOPLE, "rows": 300_000, "seed": 1}) as response:
            chunks = response.iter_bytes()  # kept: a dropped iterator would close the stream
            assert next(chunks)
            assert services.gate.large.active == 1
            busy = client.post(GENERATE, json={"schema": PEOPLE, "rows": 20_000})
            assert_error(busy, 503, "busy", "large files")
            assert int(busy.headers["retry-after"]) == 5
            for rows in (1, 100, 10_000):  # the small lane's boundary is inclusive
                small = client.post(GENERATE, json={"schema": PEOPLE, "rows": rows, "seed": 3})
                assert small.status_code == 200 and len(small.text.splitlines()) == rows + 1
            # The UI takes the same lanes: a small file from the form is made too.
            table = {"headers": ["column", "provider", "arguments (JSON)", "unique", "null rate", "more (JSON)"],
                     "data": [["n", "name", "", False, 0, ""]], "metadata": None}
            status = call(client, "regenerate", [table, {"name": "x", "locale": "en_US"}, 50, "csv", 1, None])[0]
            assert status.startswith("**Done.**"), status
            got = samples(client.get("/metrics").text)
        assert got['synthgen_lane_jobs_active{lane="large"}'] == 1
        assert got['synthgen_lane_jobs_limit{lane="small"}'] == 2
        assert got['synthgen_lane_busy_total{lane="large"}'] == 1
        assert got['synthgen_lane_busy_total{lane="small"}'] == 0
        assert got["synthgen_busy_total"] == 1
    assert services.gate.active == 0


def test_a_big_request_waits_its_turn_for_a_slot(tmp_path) -> None:
    """SLOT_WAIT: a request arriving when its lane is full waits for the slot instead of a 503 at once."""
    app = create_app(demo_settings(tmp_path, max_concurrent_jobs=1, slot_wait=30), ui=False)
    gate = app.state.services.gate
    with TestClient(app) as client:
        holder = gate.enter(rows=1_000_000)  # a big download in progress
        answer: list[int] = []
        waiter = threading.Thread(target=lambda: answer.append(
            client.post(GENERATE, json={"schema": PEOPLE, "rows": 20_000}).status_code))
        waiter.start()
        assert wait_until(lambda: gate.large.waiting == 1)
        assert answer == []  # still waiting, not refused
        holder.release()
        waiter.join(60)
        assert answer == [200] and gate.active == 0 and gate.refused == 0


def test_while_a_file_of_long_texts_streams_another_large_request_gets_busy(tmp_path) -> None:
    app = create_app(demo_settings(tmp_path, max_concurrent_jobs=2, slot_wait=0), ui=False)
    services = app.state.services
    texts = {"name": "notes", "columns": [{"name": "body", "provider": "text", "args": {"max_nb_chars": 5000}}]}
    with (TestClient(app) as client,
          client.stream("POST", GENERATE, json={"schema": texts, "rows": 20_000, "seed": 1}) as response):
        chunks = response.iter_bytes()  # kept: a dropped iterator would close the stream
        assert response.status_code == 200 and next(chunks)
        assert services.gate.large.active == 1 and services.gate.large.used == 2
        for schema in (texts, PEOPLE):
            busy = client.post(GENERATE, json={"schema": schema, "rows": 20_000})
            assert_error(busy, 503, "busy", "large files")
            assert int(busy.headers["retry-after"]) == 5
        small = client.post(GENERATE, json={"schema": PEOPLE, "rows": 100, "seed": 3})
        assert small.status_code == 200 and len(small.text.splitlines()) == 101
    assert services.gate.active == 0 and services.gate.large.used == 0
