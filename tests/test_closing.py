"""closing.close and close_quietly: what has close() is closed; close_quietly never raises and says what failed."""

from __future__ import annotations

import logging

import pytest

from synthgen.closing import close, close_quietly


class Breaks:
    def __init__(self) -> None:
        self.calls = 0

    def close(self) -> None:
        self.calls += 1
        raise OSError("disk gone")


def numbers():
    yield 1
    yield 2


def test_close_closes_a_generator_and_lets_errors_through():
    gen = numbers()
    assert next(gen) == 1
    close(gen)
    assert list(gen) == []  # closed: nothing more comes
    close(object())  # nothing to close: nothing happens
    broken = Breaks()
    with pytest.raises(OSError, match="disk gone"):
        close(broken)
    assert broken.calls == 1


def test_close_quietly_swallows_and_logs(caplog):
    log = logging.getLogger("synthgen.test")
    broken = Breaks()
    with caplog.at_level(logging.WARNING, logger="synthgen.test"):
        close_quietly(broken, log)
        close_quietly(Breaks())  # no logger: silent
        close_quietly(None, log)
    assert broken.calls == 1
    assert [r.getMessage().startswith("could not close") for r in caplog.records] == [True]
    assert caplog.records[0].exc_info[0] is OSError
