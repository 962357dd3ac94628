"""Settings read from the environment and .env (pydantic-settings); build them with get_settings()."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

from .ceilings import MAX_ROWS


class Settings(BaseSettings):
    """Every setting SynthGen reads. Names match the environment variables (case-insensitive)."""

    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore",
                                      env_ignore_empty=True)

    api_provider: Literal["openai", "anthropic"] = "openai"
    openai_api_key: SecretStr | None = None
    openai_base_url: str | None = None
    openai_model: str = "gpt-4o-mini"
    anthropic_api_key: SecretStr | None = None
    anthropic_base_url: str | None = None
    anthropic_model: str = "claude-haiku-4-5"
    demo_mode: bool | None = Field(
        default=None, description="true: never call an LLM; unset: demo mode when the chosen provider has no key"
    )
    planner_timeout: float = Field(default=20.0, gt=0, le=25, description="seconds for a whole planning call")
    max_concurrent_plans: int = Field(default=4, ge=1, le=64,
                                      description="planner calls at once (API and UI); more get 503 planner_busy")
    cache_enabled: bool = True
    cache_dir: Path = Path("data/cache")
    cache_size_limit: int = Field(default=64 * 1024 * 1024, ge=1024 * 1024)
    log_level: str = "INFO"
    port: int = Field(default=8000, ge=1, le=65535)
    max_rows: int = Field(default=1_000_000, ge=1, le=MAX_ROWS)
    max_output_mb: int = Field(default=1024, ge=1, le=1_000_000,
                               description="largest file one web request may make, in MB (about; the CLI has none)")
    # ---- the web app's limits and access (synthgen.web) ----
    max_concurrent_jobs: int = Field(default=2, ge=1, le=64,
                                     description="large files made at once (API and UI): over SMALL_ROWS rows")
    small_jobs: int = Field(default=32, ge=0, le=256,
                            description="small files (up to SMALL_ROWS rows) made at once, besides the large ones")
    small_rows: int = Field(default=10_000, ge=1, le=1_000_000, description="most rows of a small request")
    slot_wait: float = Field(default=2.0, ge=0, le=30,
                             description="seconds an API request waits for a free slot before a 503")
    write_timeout: float = Field(default=30.0, gt=0, le=3600,
                                 description="seconds a download waits for its client to read before giving up")
    max_body_bytes: int = Field(default=5 * 1024 * 1024, ge=1024, le=1024 * 1024 * 1024,
                                description="largest request body in bytes")
    body_timeout: float = Field(default=30.0, gt=0, le=600,
                                description="seconds to receive a whole request body; slower: 408")
    rate_limit: int = Field(default=30, ge=0, le=100_000,
                            description="generate/schema requests per minute per client; 0 turns it off")
    ui_queue_size: int = Field(default=16, ge=1, le=10_000, description="UI requests waiting before 'busy'")
    ui_downloads_mb: int | None = Field(default=None, ge=1, le=1_000_000,
                                        description="MB of UI downloads kept on disk; unset: 2 x MAX_OUTPUT_MB")
    ui_download_ttl: int = Field(default=900, ge=10, le=86_400, description="seconds a UI download link works")
    api_keys: SecretStr | None = Field(default=None,
                                       description="comma-separated keys for /api/v1, /metrics and the UI login; "
                                                   "unset: open")
    cors_origins: str = Field(default="", description="comma-separated origins allowed to call the API")
    log_format: Literal["json", "text"] = "json"

    @property
    def max_output_bytes(self) -> int:
        return self.max_output_mb * 1_000_000

    @property
    def ui_downloads_bytes(self) -> int:
        """The disk budget of the UI's downloads (UI_DOWNLOADS_MB, else twice the largest file)."""
        return (self.ui_downloads_mb or 2 * self.max_output_mb) * 1_000_000

    @property
    def api_key_list(self) -> list[str]:
        """The API keys (API_KEYS split on commas, blanks dropped); empty when the API is open."""
        if self.api_keys is None:
            return []
        return [k.strip() for k in self.api_keys.get_secret_value().split(",") if k.strip()]

    @property
    def cors_origin_list(self) -> list[str]:
        return [o.strip().rstrip("/") for o in self.cors_origins.split(",") if o.strip()]

    @property
    def active_key(self) -> SecretStr | None:
        """The API key of the chosen provider, if any."""
        return self.openai_api_key if self.api_provider == "openai" else self.anthropic_api_key

    @property
    def is_demo(self) -> bool:
        """True when no LLM may be called: DEMO_MODE=true, or unset with no key for the chosen provider."""
        if self.demo_mode is not None:
            return self.demo_mode or self.active_key is None
        key = self.active_key
        return key is None or not key.get_secret_value().strip()


def default(name: str) -> Any:
    """The default of one setting (the environment unread): what a component built without settings falls back
    on (tests, the library). Settings is the only place a default is written."""
    return Settings.model_fields[name].default


def defaults() -> Settings:
    """Every setting at its default, the environment and .env unread (properties such as ui_downloads_bytes
    work on it too)."""
    return Settings.model_construct()


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The process-wide settings, built on first use (never at import time)."""
    return Settings()
