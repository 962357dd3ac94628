"""Shared fixtures: the shared bench schema, isolated settings and cache, and no network."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")

# No timing assertions (the house rule), Hypothesis's included: its per-example deadline and too-slow health check
# fail a correct test on a loaded machine (seen: one 1.15 s draw of test_key_ignores_case_and_spacing).
settings.register_profile("synthgen", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("synthgen")

ROOT = Path(__file__).resolve().parent.parent
BENCH_SCHEMA = ROOT.parent / "shared" / "bench" / "ecommerce.json"
FALLBACK_SCHEMA = Path(__file__).resolve().parent / "data" / "ecommerce.json"


@pytest.fixture
def bench_schema_path() -> Path:
    """The shared bench schema (a copy lives in tests/data so the suite runs without shared/)."""
    return BENCH_SCHEMA if BENCH_SCHEMA.exists() else FALLBACK_SCHEMA


@pytest.fixture
def flaky_doi(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """Faker's doi() raising ValueError from its sixth call on (as Faker's own methods can on some draws; doi
    has no bulk path, so it is made one Faker call a value). Returns the error's text."""
    import functools

    from faker.providers.doi import Provider

    calls = {"n": 0}
    real = Provider.doi

    @functools.wraps(real)  # the catalog reads the signature
    def flaky(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        calls["n"] += 1
        if calls["n"] > 5:
            raise ValueError("no prefix left")
        return real(self, *args, **kwargs)

    monkeypatch.setattr(Provider, "doi", flaky)
    # Faker binds provider methods when an instance is made: the engine's idle instances made before would keep
    # the real doi, and those made now the flaky one.
    from synthgen.engine.fakers import POOL

    POOL.clear()
    yield "no prefix left"
    POOL.clear()


@pytest.fixture(scope="session", autouse=True)
def _gradio_temp(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Gradio's temp folder (uploads, our download folders) under pytest's tmp, not the machine's /tmp/gradio."""
    old = os.environ.get("GRADIO_TEMP_DIR")
    os.environ["GRADIO_TEMP_DIR"] = str(tmp_path_factory.mktemp("gradio"))
    yield
    if old is None:
        os.environ.pop("GRADIO_TEMP_DIR", None)
    else:
        os.environ["GRADIO_TEMP_DIR"] = old
