"""factory: settings -> planner and cache. Demo vs LLM, provider choice, the cache in front of the LLM (salted with the
prompt version), the Python API's offline default, planner_mode; no key anywhere."""

from __future__ import annotations

import inspect
import json
from pathlib import Path

import httpx2
import pytest

from synthgen import factory
from synthgen.cache import SchemaCache
from synthgen.config import Settings, default, defaults
from synthgen.errors import PlannerError
from synthgen.factory import llm_planner, make_cache, make_planner, planner_mode
from synthgen.planners.anthropic_planner import AnthropicPlanner
from synthgen.planners.caching import CachingPlanner
from synthgen.planners.offline import OfflinePlanner
from synthgen.planners.openai_planner import OpenAIPlanner
from synthgen.planners.prompt import PROMPT_VERSION

KEY = "sk-proj-SECRET-abcdef0123456789"

WIRE = {"name": "users", "locale": "en_US", "columns": [
    {"name": "user_id", "provider": "uuid4", "args": [], "unique": True, "null_rate": 0, "weights": None,
     "entity": None, "after": None, "sequence": False},
    {"name": "email", "provider": "email", "args": [], "unique": False, "null_rate": 0, "weights": None,
     "entity": "user", "after": None, "sequence": False},
]}
BAD = {**WIRE, "columns": [{**WIRE["columns"][0], "provider": "seed_instance"}]}


def chat(content: str) -> httpx2.Response:
    return httpx2.Response(200, json={
        "id": "c", "object": "chat.completion", "created": 0, "model": "gpt-4o-mini",
        "choices": [{"index": 0, "finish_reason": "stop", "message": {"role": "assistant", "content": content}}],
        "usage": {"prompt_tokens": 100, "completion_tokens": 50, "total_tokens": 150},
    })


class FakeAPI:
    def __init__(self, reply) -> None:
        self.reply = reply
        self.calls = 0

    def __call__(self, request: httpx2.Request) -> httpx2.Response:
        self.calls += 1
        return self.reply


def settings(tmp_path, **kw) -> Settings:
    base = {"_env_file": None, "api_provider": "openai", "openai_api_key": KEY, "openai_base_url": None,
            "anthropic_api_key": None, "demo_mode": None, "cache_dir": tmp_path / "cache"}
    return Settings(**(base | kw))


def client(api) -> httpx2.Client:
    return httpx2.Client(transport=httpx2.MockTransport(api))


def test_openai_planner_behind_the_cache(tmp_path):
    planner = make_planner(settings(tmp_path), http_client=client(FakeAPI(chat("{}"))))
    assert isinstance(planner, CachingPlanner) and isinstance(planner.inner, OpenAIPlanner)
    assert (planner.name, planner.model) == ("openai", "gpt-4o-mini")
    assert planner.cache.directory == tmp_path / "cache"
    assert planner.cache.salt == PROMPT_VERSION


def test_the_llm_planners_get_the_settings_as_plain_arguments(tmp_path):
    s = settings(tmp_path, openai_base_url="http://localhost:11434/v1", openai_model="llama3.1", planner_timeout=7)
    planner = llm_planner(s)
    assert isinstance(planner, OpenAIPlanner)
    assert (planner.model, planner.base_url, planner.timeout) == ("llama3.1", "http://localhost:11434/v1", 7)
    assert planner._secret() == KEY and planner.service == "the OpenAI-compatible server"
    s = settings(tmp_path, api_provider="anthropic", anthropic_api_key="sk-ant-xyz0123456789",
                 anthropic_model="claude-sonnet-4-6", anthropic_base_url="https://proxy.example/anthropic")
    planner = llm_planner(s)
    assert isinstance(planner, AnthropicPlanner)
    assert (planner.model, planner.base_url, planner._secret()) == (
        "claude-sonnet-4-6", "https://proxy.example/anthropic", "sk-ant-xyz0123456789")


def test_make_cache_follows_the_settings(tmp_path):
    on = make_cache(settings(tmp_path, cache_dir=tmp_path / "on", cache_size_limit=2**21))
    assert on.enabled and on.size_limit == 2**21 and on.directory == tmp_path / "on" and on.salt == PROMPT_VERSION
    off = make_cache(settings(tmp_path, cache_dir=tmp_path / "off", cache_enabled=False))
    assert not off.enabled and off.stats()["enabled"] is False and not (tmp_path / "off").exists()


def test_the_caches_defaults_live_only_in_settings():
    library = make_cache(defaults())  # the library's cache: Settings' defaults, the environment unread
    assert (library.directory, library.size_limit) == (Path("data/cache"), 64 * 1024 * 1024)
    assert (library.directory, library.size_limit) == (default("cache_dir"), default("cache_size_limit"))
    source = Path(inspect.getfile(SchemaCache)).read_text(encoding="utf-8")
    assert "data/cache" not in source and "64 * 1024" not in source and "67108864" not in source


def test_a_new_prompt_version_plans_afresh(tmp_path, monkeypatch):
    api = FakeAPI(chat(json.dumps(WIRE)))
    make_planner(settings(tmp_path), http_client=client(api)).plan("users")
    make_planner(settings(tmp_path), http_client=client(api)).plan("users")
    assert api.calls == 1  # the second planner found the first one's entry on disk
    monkeypatch.setattr("synthgen.planners.prompt.PROMPT_VERSION", PROMPT_VERSION + "-next")
    assert make_planner(settings(tmp_path), http_client=client(api)).plan("users").meta.cache_hit is False
    assert api.calls == 2


def test_the_python_api_default_is_one_offline_planner():
    assert isinstance(factory.offline_planner(), OfflinePlanner)
    assert factory.offline_planner() is factory.offline_planner()


def test_anthropic_planner_when_chosen(tmp_path):
    s = settings(tmp_path, api_provider="anthropic", anthropic_api_key="sk-ant-xyz0123456789")
    planner = make_planner(s)
    assert isinstance(planner.inner, AnthropicPlanner)


def test_nothing_is_built_or_sent_until_plan(tmp_path):
    api = FakeAPI(chat("{}"))
    planner = make_planner(settings(tmp_path), http_client=client(api))
    assert planner.inner._client is None and api.calls == 0
    assert not (tmp_path / "cache").exists()  # the cache directory is opened on first use too


def test_a_second_plan_is_a_cache_hit_without_a_call(tmp_path):
    api = FakeAPI(chat(json.dumps(WIRE)))
    cache = SchemaCache(tmp_path / "c")
    planner = make_planner(settings(tmp_path), http_client=client(api), cache=cache)
    first = planner.plan("Users with emails")
    second = planner.plan("  users WITH   emails ")
    assert api.calls == 1
    assert not first.meta.cache_hit and second.meta.cache_hit
    assert second.schema == first.schema
    assert (second.meta.planner, second.meta.model, second.meta.input_tokens) == ("openai", "gpt-4o-mini", 0)
    assert cache.stats() | {"bytes": 0} == {"enabled": True, "hits": 1, "misses": 1, "entries": 1, "bytes": 0,
                                            "dropped": 0}


def test_another_locale_or_model_is_another_entry(tmp_path):
    api = FakeAPI(chat(json.dumps(WIRE)))
    cache = SchemaCache(tmp_path / "c")
    make_planner(settings(tmp_path), http_client=client(api), cache=cache).plan("users")
    make_planner(settings(tmp_path), http_client=client(api), cache=cache).plan("users", locale="fr_FR")
    make_planner(settings(tmp_path, openai_model="gpt-4o"), http_client=client(api), cache=cache).plan("users")
    assert api.calls == 3 and cache.stats()["entries"] == 3


def test_a_failed_plan_caches_nothing(tmp_path):
    api = FakeAPI(chat(json.dumps(BAD)))
    cache = SchemaCache(tmp_path / "c")
    planner = make_planner(settings(tmp_path), http_client=client(api), cache=cache)
    with pytest.raises(PlannerError):
        planner.plan("users")
    assert api.calls == 2  # the answer and one repair round
    assert cache.stats()["entries"] == 0


def test_a_broken_cache_does_not_stop_planning(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    api = FakeAPI(chat(json.dumps(WIRE)))
    planner = make_planner(settings(tmp_path, cache_dir=blocker / "cache"), http_client=client(api))
    assert planner.plan("users").schema.name == "users"
    assert planner.plan("users").meta.cache_hit is False
    assert api.calls == 2


def test_cache_disabled_by_setting(tmp_path):
    api = FakeAPI(chat(json.dumps(WIRE)))
    planner = make_planner(settings(tmp_path, cache_enabled=False), http_client=client(api))
    planner.plan("users")
    planner.plan("users")
    assert api.calls == 2 and not (tmp_path / "cache").exists()


def test_demo_mode_gives_the_offline_planner(tmp_path):
    for s in (settings(tmp_path, demo_mode=True), settings(tmp_path, openai_api_key=None)):
        planner = make_planner(s)
        assert isinstance(planner, OfflinePlanner)
        assert planner.plan("customers with name and email").schema.columns


def test_planner_mode_never_holds_a_key(tmp_path):
    mode = planner_mode(settings(tmp_path))
    assert mode == {"mode": "llm", "provider": "openai", "model": "gpt-4o-mini", "base_url": None}
    s = settings(tmp_path, openai_base_url=f"http://user:{KEY}@localhost:11434/v1?token={KEY}")
    mode = planner_mode(s)
    assert mode["base_url"] == "http://localhost:11434/v1"
    assert KEY not in json.dumps(mode)
    assert planner_mode(settings(tmp_path, demo_mode=True))["mode"] == "demo"
    assert planner_mode(settings(tmp_path, openai_api_key=None))["mode"] == "demo"
    s = settings(tmp_path, api_provider="anthropic", anthropic_api_key="sk-ant-xyz0123456789")
    assert planner_mode(s)["provider"] == "anthropic" and "sk-ant" not in json.dumps(planner_mode(s))


def test_reprs_hide_the_key(tmp_path):
    planner = make_planner(settings(tmp_path))
    assert KEY not in repr(planner) and KEY not in repr(planner.inner.__dict__.get("_api_key"))


def test_env_example_documents_every_setting():
    from pathlib import Path

    text = (Path(__file__).resolve().parents[1] / ".env.example").read_text()
    documented = {line.lstrip("# ").split("=", 1)[0] for line in text.splitlines() if "=" in line}
    missing = {name.upper() for name in Settings.model_fields} - documented
    assert not missing, f".env.example lacks {sorted(missing)}"
