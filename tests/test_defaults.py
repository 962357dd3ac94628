"""Defaults live only in Settings: every component built without settings uses the Settings default, the
library's ceilings bound the settings, and one function writes sizes for people."""

from __future__ import annotations

import inspect

import pytest

from synthgen import ceilings, pipeline
from synthgen.config import Settings, default, defaults
from synthgen.units import exact_size, human_size
from synthgen.web.downloads import DownloadStore
from synthgen.web.gate import Gate, GatedStreamingResponse
from synthgen.web.limits import BodyLimit
from synthgen.web.models import error_responses
from synthgen.web.planning import Planning


def parameter(func, name):
    return inspect.signature(func).parameters[name].default


@pytest.mark.parametrize(("func", "argument", "setting"), [
    (Gate.__init__, "limit", "max_concurrent_jobs"),
    (Gate.__init__, "small_limit", "small_jobs"),
    (Gate.__init__, "small_rows", "small_rows"),
    (GatedStreamingResponse.__init__, "write_timeout", "write_timeout"),
    (BodyLimit.__init__, "limit", "max_body_bytes"),
    (BodyLimit.__init__, "timeout", "body_timeout"),
    (Planning.__init__, "limit", "max_concurrent_plans"),
    (Planning.__init__, "timeout", "planner_timeout"),
    (DownloadStore.__init__, "ttl", "ui_download_ttl"),
])
def test_components_default_to_the_settings_default(func, argument, setting):
    assert parameter(func, argument) == Settings.model_fields[setting].default == default(setting)


def test_a_component_built_without_settings_behaves_as_the_defaults_say(tmp_path):
    gate = Gate()
    assert gate.limit == default("max_concurrent_jobs") and gate.small_rows == default("small_rows")
    store = DownloadStore(tmp_path)
    assert store.max_bytes == defaults().ui_downloads_bytes == 2 * default("max_output_mb") * 1_000_000
    store.close()


def test_defaults_read_no_environment(monkeypatch):
    monkeypatch.setenv("MAX_CONCURRENT_JOBS", "7")
    monkeypatch.setenv("UI_DOWNLOADS_MB", "5")
    assert default("max_concurrent_jobs") == 2
    assert defaults().ui_downloads_bytes == 2 * default("max_output_mb") * 1_000_000
    assert Settings(_env_file=None).max_concurrent_jobs == 7  # type: ignore[call-arg]


def test_the_library_ceiling_bounds_max_rows():
    assert pipeline.Limits().rows == ceilings.MAX_ROWS
    with pytest.raises(ValueError):
        Settings(_env_file=None, max_rows=ceilings.MAX_ROWS + 1)  # type: ignore[call-arg]
    assert Settings(_env_file=None, max_rows=ceilings.MAX_ROWS).max_rows == ceilings.MAX_ROWS  # type: ignore[call-arg]


def test_the_413_text_names_the_description_ceiling():
    assert f"{ceilings.MAX_DESCRIPTION:,} characters" in error_responses(413)[413]["description"]


@pytest.mark.parametrize(("count", "text"), [
    (0, "0 bytes"), (999, "999 bytes"), (4096, "4.1 kB"), (5 * 1024 * 1024, "5.2 MB"),
    (1_000_000, "1.0 MB"), (1024 * 1_000_000, "1.0 GB"), (2_048_000_000, "2.0 GB"), (3.5e12, "3,500.0 GB"),
])
def test_human_size(count, text):
    assert human_size(count) == text


def test_exact_size_gives_the_byte_count_of_a_limit():
    assert exact_size(5 * 1024 * 1024) == "5.2 MB (5,242,880 bytes)"
    assert exact_size(512) == "512 bytes"


def test_one_size_function_for_the_same_limit_everywhere(tmp_path):
    """MAX_OUTPUT_MB=1024 was '1.0 GB' in the 413 of the pipeline and '976.6 MB' in the UI's file sizes (binary
    units); now every message writes a size through units.human_size."""
    from synthgen.web import ui, ui_logic

    assert ui.human_size is ui_logic.human_size is human_size
    limits = pipeline.Limits(bytes=defaults().max_output_bytes)
    schema = {"columns": [{"name": "t", "provider": "text", "args": {"max_nb_chars": 5000}}]}
    with pytest.raises(Exception) as caught:
        pipeline.start(pipeline.Request(schema=schema, rows=10_000_000), limits=limits)
    assert f"files of up to {human_size(limits.bytes)}" in str(caught.value) and "1.0 GB" in str(caught.value)


def test_no_module_repeats_a_settings_default_as_a_constant():
    """The names that used to repeat a setting's default are gone."""
    from synthgen.web import gate, limits, planning, ui

    for module, names in ((gate, ("MAX_JOBS", "SMALL_JOBS", "SMALL_ROWS", "WRITE_TIMEOUT")),
                          (limits, ("MAX_BODY", "BODY_TIMEOUT")), (planning, ("MAX_PLANS",)), (ui, ("QUEUE_SIZE",))):
        assert not [n for n in names if hasattr(module, n)], module.__name__
