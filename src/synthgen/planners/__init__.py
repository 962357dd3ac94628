"""Planners turn a description into a schema: make_planner(settings) picks demo (offline) or an LLM, behind the cache."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .base import PlanMeta, PlanResult, Planner

if TYPE_CHECKING:
    from ..cache import SchemaCache
    from ..config import Settings

__all__ = ["PlanMeta", "PlanResult", "Planner", "make_planner", "planner_mode"]


def make_planner(settings: Settings, *, http_client: Any = None, cache: SchemaCache | None = None) -> Planner:
    """The planner the settings ask for.

    Demo mode (settings.is_demo) gives the OfflinePlanner, which never calls an LLM and is not cached. Otherwise
    the OpenAI or Anthropic planner (per API_PROVIDER) behind a CachingPlanner: `cache`, or one built from the
    settings (CACHE_ENABLED, CACHE_DIR, CACHE_SIZE_LIMIT). `http_client` (an httpx2.Client) is handed to the SDK.
    """
    if settings.is_demo:
        from .offline import OfflinePlanner

        return OfflinePlanner()
    inner: Planner
    if settings.api_provider == "anthropic":
        from .anthropic_planner import AnthropicPlanner

        inner = AnthropicPlanner(settings, http_client=http_client)
    else:
        from .openai_planner import OpenAIPlanner

        inner = OpenAIPlanner(settings, http_client=http_client)
    if cache is None:
        from ..cache import SchemaCache

        cache = SchemaCache.from_settings(settings)
    from .caching import CachingPlanner

    return CachingPlanner(inner, cache)


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
