"""The app's counters, gauges and latency histogram, rendered in the Prometheus text format for GET /metrics.

Hand-written (no client library): a handful of series, one lock, one process (the Procfile runs one worker).
Label values come from bounded sets chosen by the callers (observe.method_label, the route table, error codes);
as a backstop, a metric never holds more than MAX_SERIES label sets: past that, new ones fold into one series whose
labels all read "other", so no client can grow /metrics or the process's memory by sending odd requests.
"""

from __future__ import annotations

import os
import threading
from collections import defaultdict
from collections.abc import Callable
from typing import Any, ClassVar

LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0)
CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8"

Labels = tuple[tuple[str, str], ...]

MAX_SERIES = 500  # label sets per metric; the app's own bounded labels make far fewer


def _escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace("\n", "\\n").replace('"', '\\"')


def _labels(labels: Labels, extra: tuple[tuple[str, str], ...] = ()) -> str:
    pairs = labels + extra
    if not pairs:
        return ""
    return "{" + ",".join(f'{k}="{_escape(v)}"' for k, v in pairs) + "}"


def _number(value: float) -> str:
    if value == float("inf"):
        return "+Inf"
    return repr(float(value)) if isinstance(value, float) and not value.is_integer() else str(int(value))


class Metrics:
    """Thread-safe counters and one histogram; `gauges` are read when rendered (gate slots, cache, memory)."""

    HELP: ClassVar[dict[str, tuple[str, str]]] = {
        "synthgen_http_requests_total": ("counter", "HTTP requests by route, method and status"),
        "synthgen_http_request_duration_seconds": ("histogram", "Time to the last byte of a response, by route"),
        "synthgen_http_client_disconnects_total": ("counter", "Responses the client left before their end"),
        "synthgen_rows_generated_total": ("counter", "Rows generated, by front door (api, ui)"),
        "synthgen_planner_calls_total": ("counter", ("Planning requests by planner and result (ok, cache_hit, or "
                                                    "the error code)")),
        "synthgen_planner_failures_total": ("counter", "Planning requests that failed, by planner and error code"),
    }

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._counters: dict[str, dict[Labels, float]] = defaultdict(lambda: defaultdict(float))
        self._histograms: dict[Labels, list[float]] = {}  # labels -> bucket counts + [sum, count]
        self.gauges: list[Callable[[], list[tuple[str, str, str, Labels, float]]]] = []

    def inc(self, name: str, amount: float = 1, **labels: str) -> None:
        key = tuple(sorted(labels.items()))
        with self._lock:
            series = self._counters[name]
            series[_bounded(series, key)] += amount

    def value(self, name: str, **labels: str) -> float:
        """A counter's current value (0 when never incremented); for tests and the load script."""
        with self._lock:
            return self._counters.get(name, {}).get(tuple(sorted(labels.items())), 0.0)

    def total(self, name: str) -> float:
        with self._lock:
            return sum(self._counters.get(name, {}).values())

    def observe(self, seconds: float, **labels: str) -> None:
        key = tuple(sorted(labels.items()))
        with self._lock:
            key = _bounded(self._histograms, key)
            series = self._histograms.setdefault(key, [0.0] * (len(LATENCY_BUCKETS) + 2))
            for i, bound in enumerate(LATENCY_BUCKETS):
                if seconds <= bound:
                    series[i] += 1
            series[-2] += seconds
            series[-1] += 1

    def render(self) -> str:
        lines: list[str] = []
        with self._lock:
            counters = {name: dict(series) for name, series in self._counters.items()}
            histograms = {k: list(v) for k, v in self._histograms.items()}
        for name, (kind, text) in self.HELP.items():
            lines += [f"# HELP {name} {text}", f"# TYPE {name} {kind}"]
            if kind == "counter":
                for labels, value in sorted(counters.get(name, {}).items()):
                    lines.append(f"{name}{_labels(labels)} {_number(value)}")
            else:
                for labels, series in sorted(histograms.items()):
                    for i, bound in enumerate(LATENCY_BUCKETS):
                        lines.append(f"{name}_bucket{_labels(labels, (('le', _number(bound)),))} {_number(series[i])}")
                    lines.append(f"{name}_bucket{_labels(labels, (('le', '+Inf'),))} {_number(series[-1])}")
                    lines.append(f"{name}_sum{_labels(labels)} {series[-2]!r}")
                    lines.append(f"{name}_count{_labels(labels)} {_number(series[-1])}")
        seen: set[str] = set()
        for gauge in self.gauges:
            try:
                samples = gauge()
            except Exception:  # noqa: BLE001, S112 - a broken gauge must not break /metrics
                continue
            for name, kind, text, labels, value in samples:
                if name not in seen:
                    seen.add(name)
                    lines += [f"# HELP {name} {text}", f"# TYPE {name} {kind}"]
                lines.append(f"{name}{_labels(labels)} {_number(value)}")
        return "\n".join(lines) + "\n"


def _bounded(series: dict[Labels, Any], key: Labels) -> Labels:
    """`key`, or the all-"other" label set once `series` holds MAX_SERIES label sets (call under the lock)."""
    if key in series or len(series) < MAX_SERIES:
        return key
    return tuple((name, "other") for name, _ in key)


def process_gauges() -> list[tuple[str, str, str, Labels, float]]:
    """Resident memory of this process (Linux /proc), the figure the 512 MB dyno limit is about."""
    try:
        with open("/proc/self/statm") as statm:
            pages = int(statm.read().split()[1])
    except (OSError, ValueError, IndexError):
        return []
    rss = pages * os.sysconf("SC_PAGE_SIZE")
    return [("process_resident_memory_bytes", "gauge", "Resident memory size in bytes", (), float(rss))]


def cache_gauges(cache: Any) -> list[tuple[str, str, str, Labels, float]]:
    """The schema cache's own counters (this process) as Prometheus counters; zeros when there is no cache."""
    samples: list[tuple[str, str, str, Labels, float]] = []
    for attr, text in (("hits", "Schema cache hits"), ("misses", "Schema cache misses"),
                       ("dropped", "Invalid schema cache entries found and deleted")):
        samples.append((f"synthgen_cache_{attr}_total", "counter", text, (), float(getattr(cache, attr, 0))))
    return samples
