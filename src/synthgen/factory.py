"""Settings -> objects: the planner and the schema cache the settings ask for; the one composition root outside web/.

Planners and the cache take plain arguments and never read settings; this module is where settings become them.
The web app's factory, the CLI and the Python API (its default planner) all come here.

    planner = make_planner(get_settings())      # offline in demo mode; else OpenAI/Anthropic behind the cache
    mode = planner_mode(get_settings())         # what plans, for /health and the UI (never a key)
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .cache import SchemaCache
    from .config import Settings
    from .planners.base import Planner
    from .planners.llm import LLMPlanner


def make_cache(settings: Settings) -> SchemaCache:
    """The schema cache of CACHE_ENABLED, CACHE_DIR and CACHE_SIZE_LIMIT, salted with the LLM prompt's version (a
    new prompt plans afresh). Nothing is opened until first use."""
    from .cache import SchemaCache
    from .planners.prompt import PROMPT_VERSION

    return SchemaCache(settings.cache_dir, size_limit=settings.cache_size_limit, enabled=settings.cache_enabled,
                       salt=PROMPT_VERSION)


def llm_planner(settings: Settings, *, http_client: Any = None, **options: Any) -> LLMPlanner:
    """The OpenAI (or OpenAI-compatible, with OPENAI_BASE_URL) or Anthropic planner of API_PROVIDER, uncached.
    `http_client` (an httpx2.Client) is handed to the SDK; `options` (sleep, clock) to the planner."""
    common = {"timeout": settings.planner_timeout, "http_client": http_client, **options}
    if settings.api_provider == "anthropic":
        from .planners.anthropic_planner import AnthropicPlanner

        return AnthropicPlanner(model=settings.anthropic_model, api_key=settings.anthropic_api_key,
                                base_url=settings.anthropic_base_url, **common)
    from .planners.openai_planner import OpenAIPlanner

    return OpenAIPlanner(model=settings.openai_model, api_key=settings.openai_api_key,
                         base_url=settings.openai_base_url, **common)


def make_planner(settings: Settings, *, http_client: Any = None, cache: SchemaCache | None = None) -> Planner:
    """The planner the settings ask for.

    Demo mode (settings.is_demo) gives the OfflinePlanner, which never calls an LLM and is not cached. Otherwise
    the LLM planner of API_PROVIDER behind a CachingPlanner: `cache`, or make_cache(settings). `http_client` (an
    httpx2.Client) is handed to the SDK. Nothing is built or sent until the first plan.
    """
    if settings.is_demo:
        from .planners.offline import OfflinePlanner

        return OfflinePlanner()
    from .planners.caching import CachingPlanner

    return CachingPlanner(llm_planner(settings, http_client=http_client),
                          cache if cache is not None else make_cache(settings))


_OFFLINE: list[Planner] = []


def offline_planner() -> Planner:
    """The Python API's default planner: offline (no LLM, no key, no settings), made on first use and kept for the
    process (it remembers plans)."""
    if not _OFFLINE:
        from .planners.offline import OfflinePlanner

        _OFFLINE.append(OfflinePlanner())
    return _OFFLINE[0]


def planner_mode(settings: Settings) -> dict[str, Any]:
    """What plans schemas, for /health and the UI: {"mode": "demo"|"llm", "provider", "model", "base_url"}; no key."""
    if settings.is_demo:
        return {"mode": "demo", "provider": "offline", "model": None, "base_url": None}
    if settings.api_provider == "anthropic":
        model, base_url = settings.anthropic_model, settings.anthropic_base_url
    else:
        model, base_url = settings.openai_model, settings.openai_base_url
    return {"mode": "llm", "provider": settings.api_provider, "model": model, "base_url": _public_url(base_url)}


def _public_url(url: str | None) -> str | None:
    """A base URL without any user:password part or query string (which could carry a token)."""
    if not url:
        return None
    from urllib.parse import urlsplit, urlunsplit

    parts = urlsplit(url)
    host = parts.hostname or ""
    netloc = f"{host}:{parts.port}" if parts.port else host
    return urlunsplit((parts.scheme, netloc, parts.path, "", ""))


_EXAMPLES: list[Any] = []


def examples_planner(settings: Settings | None = None, *, cache: SchemaCache | None = None) -> Any:
    """The planner of example rows. With a cache (the web app's) or settings (the CLI): plans are kept in the schema
    cache as the LLM's are (in demo mode too: no LLM is involved), unless CACHE_ENABLED is off. Without: one for
    the process, keeping its last few plans in memory (the Python API)."""
    from .planners.examples import ExamplesPlanner

    if cache is not None:
        return ExamplesPlanner(cache=cache)
    if settings is not None and settings.cache_enabled:
        return ExamplesPlanner(cache=make_cache(settings))
    if not _EXAMPLES:
        _EXAMPLES.append(ExamplesPlanner())
    return _EXAMPLES[0]
