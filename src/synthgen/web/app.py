"""The app factory: create_app(settings) builds the FastAPI app (API, error handlers, /health, the UI at /gradio)."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from fastapi import FastAPI
from fastapi.responses import FileResponse, RedirectResponse
from starlette.middleware.cors import CORSMiddleware

from ..closing import close_quietly
from ..config import Settings, get_settings
from ..factory import make_planner, planner_mode
from ..planners.base import Planner
from ..version import version
from . import errors, logs, memory
from .auth import ApiKeyAuth
from .headers import SecurityHeaders
from .limits import BodyLimit
from .metrics import Labels, cache_gauges, process_gauges
from .observe import Observe
from .ratelimit import RateLimit
from .routes import PREFIX, api_router, open_routers
from .services import Services
from .ui_guard import GRADIO_PATH, UIGuard

FAVICON = Path(__file__).parent / "static" / "favicon.ico"  # a small icon in the package: no network

log = logging.getLogger("synthgen.web")


def _cache_of(planner: Any) -> Any:
    """The schema cache the planner consults, if it exposes one (its stats feed /api/v1/cache/stats)."""
    cache = getattr(planner, "cache", None)
    return cache if cache is not None and hasattr(cache, "stats") else None


def create_app(settings: Settings | None = None, *, planner: Planner | None = None, ui: bool = True) -> FastAPI:
    """Build the app: the API under /api/v1, /health, /docs and (with `ui`) the Gradio UI at /gradio.

    `planner` replaces the one make_planner(settings) would build (tests inject failing planners this way).
    Nothing long-lived is made here: the lifespan makes the planner, the cache and the download folder.
    """
    settings = settings or get_settings()
    level = logging.getLevelName(settings.log_level.upper())
    if isinstance(level, int):
        logging.getLogger("synthgen").setLevel(level)
    services = Services.from_settings(settings, planner_mode(settings))

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        from gradio.utils import get_upload_folder

        from .downloads import DownloadStore

        logs.install(settings)
        memory.tune()
        services.planner = planner if planner is not None else make_planner(settings)
        services.cache = _cache_of(services.planner)
        services.downloads = DownloadStore(get_upload_folder(), ttl=settings.ui_download_ttl,
                                           max_bytes=settings.ui_downloads_bytes)
        log.info("SynthGen ready: %s planner", services.mode.get("mode", "?"))
        try:
            yield
        finally:
            services.downloads.close()
            close_quietly(services.cache, log)
            close_quietly(services.planner, log)

    app = FastAPI(
        title="SynthGen",
        summary="Turn a sentence into a realistic, typed, reproducible dataset.",
        description="Errors are JSON `{\"error\": code, \"detail\": sentence}`. The web UI is at "
                    f"[{GRADIO_PATH}]({GRADIO_PATH}/).",
        version=version(),
        lifespan=lifespan,
    )
    app.state.services = services
    errors.install(app)
    _middleware(app, services)
    app.include_router(api_router())
    for extra in open_routers():
        app.include_router(extra)

    @app.get("/", include_in_schema=False)
    def home() -> RedirectResponse:
        return RedirectResponse(f"{GRADIO_PATH}/", status_code=307)

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon() -> FileResponse:  # the package's own icon: browsers ask the site's root for it
        return FileResponse(FAVICON, media_type="image/x-icon")

    # The UI goes last: routes added after a mount could be shadowed by it.
    if ui:
        import gradio as gr

        from .downloads import router as downloads_router
        from .ui import CSS, build_ui

        app.include_router(downloads_router(GRADIO_PATH))
        gr.mount_gradio_app(app, build_ui(services), path=GRADIO_PATH, footer_links=["api", "settings"],
                            run_history=False, ssr_mode=False, show_error=False,
                            max_file_size=settings.max_body_bytes, css=CSS,
                            # With API_KEYS set, the UI asks for a key (any user name, a key as the password), and
                            # Gradio's own API needs that login too: the UI is no back door to the generator.
                            auth=services.keys.login if services.keys else None,
                            auth_message="This server needs an API key: any user name, your key as the password.")
    return app


EXPENSIVE = (f"{PREFIX}/generate", f"{PREFIX}/schema", f"{GRADIO_PATH}/login",  # the UI login: no key guessing
             f"{GRADIO_PATH}/gradio_api/upload")  # the schema file: uploads cannot fill the disk at will
LANE_GAUGES = (  # one series per lane (small, large) each; samples of a metric stay together, as the format needs
    ("synthgen_lane_jobs_active", "gauge", "Files being made now, by lane (small, large)", "active"),
    ("synthgen_lane_jobs_limit", "gauge", "Files a lane may make at once (SMALL_JOBS, MAX_CONCURRENT_JOBS)", "slots"),
    ("synthgen_lane_waiting", "gauge", "Requests waiting for a slot, by lane", "waiting"),
    ("synthgen_lane_busy_total", "counter", "Requests refused by a full lane, by lane", "refused"),
)


def _middleware(app: FastAPI, services: Services) -> None:
    """The request path, outermost first: security headers -> observe (request id, access log, metrics) -> CORS ->
    API keys -> rate limit -> body size -> the allow-list of Gradio's routes -> the routes."""
    settings = services.settings
    app.add_middleware(UIGuard, prefix=GRADIO_PATH)
    app.add_middleware(BodyLimit, limit=settings.max_body_bytes,
                       timeout=settings.body_timeout)
    app.add_middleware(RateLimit, limiter=services.limiter, paths=EXPENSIVE)
    app.add_middleware(ApiKeyAuth, keys=services.keys)
    # Always installed, so Gradio's own CORS layer (which echoes any Origin with credentials) stands aside.
    app.add_middleware(CORSMiddleware, allow_origins=settings.cors_origin_list,
                       allow_credentials=False, allow_methods=["GET", "POST"],
                       allow_headers=["Authorization", "Content-Type", "X-Request-ID"],
                       expose_headers=["Content-Disposition", "Retry-After", "X-Request-ID", "X-SynthGen-Seed",
                                       "X-SynthGen-Planner", "X-SynthGen-Cache", "X-SynthGen-Rows",
                                       "X-SynthGen-Unrecognised", "X-SynthGen-Input-Tokens",
                                       "X-SynthGen-Output-Tokens", "X-SynthGen-Cost-USD"])
    app.add_middleware(Observe, metrics=services.metrics, route_of=_route_labels(app))
    app.add_middleware(SecurityHeaders, ui_prefix=GRADIO_PATH)

    def gauges() -> list[tuple[str, str, str, Labels, float]]:
        gate, limiter = services.gate, services.limiter
        return [
            ("synthgen_jobs_active", "gauge", "Files being made now (API streams and UI downloads)", (),
             float(gate.active)),
            ("synthgen_jobs_limit", "gauge", "Files that may be made at once (MAX_CONCURRENT_JOBS)", (),
             float(gate.limit)),
            ("synthgen_busy_total", "counter", "Requests refused because every generation slot was taken", (),
             float(gate.refused)),
            *((name, kind, text, (("lane", lane.name),), float(getattr(lane, attr)))
              for name, kind, text, attr in LANE_GAUGES for lane in (gate.large, gate.small)),
            ("synthgen_rate_limited_total", "counter", "Requests refused by the per-client rate limit", (),
             float(limiter.refused)),
            *cache_gauges(services.cache),
            *process_gauges(),
        ]

    services.metrics.gauges.append(gauges)


def _route_labels(app: FastAPI) -> Any:
    """path -> route label: a documented path, /gradio for the UI, else 'other' (bounded label values)."""
    known: set[str] = set()

    def route_of(path: str) -> str:
        if not known:  # the API's paths have no path parameters, so the spec's paths are the exact paths
            known.update(app.openapi().get("paths", {}))
            known.update(p for p in ("/", app.openapi_url, app.docs_url, app.redoc_url) if p)
        if path in known:
            return path
        if path == GRADIO_PATH or path.startswith(GRADIO_PATH + "/"):
            return GRADIO_PATH
        return "other"

    return route_of
