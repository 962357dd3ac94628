"""Structured logs: one JSON object per line, carrying the request id of the request being served; never a key.

`install(settings)` (run by the app's lifespan) puts the formatter on the root logger and on uvicorn's loggers;
the Procfile's `--log-config logging.json` does the same from the first line uvicorn writes.
"""

from __future__ import annotations

import contextvars
import datetime as dt
import json
import logging
import re
import sys
from typing import Any

request_id: contextvars.ContextVar[str | None] = contextvars.ContextVar("synthgen_request_id", default=None)

_KEY_SHAPED = re.compile(r"\b(?:sk|key|pk|rk)-[A-Za-z0-9_\-]{6,}")
_BEARER = re.compile(r"(?i)\bbearer\s+[^\s\"',]+")
_STANDARD = set(vars(logging.makeLogRecord({}))) | {"message", "asctime", "taskName", "color_message"}


class Redactor:
    """Replaces every configured secret, bearer token and key-shaped word in a text with [redacted]."""

    secrets: tuple[str, ...] = ()

    @classmethod
    def remember(cls, *secrets: str | None) -> None:
        known = set(cls.secrets) | {s for s in secrets if s and len(s) >= 4}
        cls.secrets = tuple(sorted(known, key=len, reverse=True))

    @classmethod
    def clean(cls, text: str) -> str:
        for secret in cls.secrets:
            text = text.replace(secret, "[redacted]")
        text = _BEARER.sub("Bearer [redacted]", text)
        return _KEY_SHAPED.sub("[redacted]", text)


class JSONFormatter(logging.Formatter):
    """{"ts", "level", "logger", "msg", "request_id"?, extra fields?, "exc"?} on one line."""

    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, Any] = {
            "ts": dt.datetime.fromtimestamp(record.created, dt.UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "msg": Redactor.clean(record.getMessage()),
        }
        rid = getattr(record, "request_id", None) or request_id.get()
        if rid:
            entry["request_id"] = rid
        for key, value in vars(record).items():
            if key not in _STANDARD and key not in entry and not key.startswith("_"):
                entry[key] = value if isinstance(value, (int, float, bool, type(None))) else Redactor.clean(str(value))
        if record.exc_info:
            entry["exc"] = Redactor.clean(self.formatException(record.exc_info))
        return json.dumps(entry, ensure_ascii=False, default=str)


class TextFormatter(logging.Formatter):
    def __init__(self) -> None:
        super().__init__("%(asctime)s %(levelname)s %(name)s: %(message)s")

    def format(self, record: logging.LogRecord) -> str:
        return Redactor.clean(super().format(record))


_UVICORN = ("uvicorn", "uvicorn.error", "uvicorn.access")


def install(settings: Any) -> None:
    """Log through one stderr handler on the root logger in LOG_FORMAT, at LOG_LEVEL for synthgen; idempotent.
    Remembers the settings' keys so that no log line can carry them."""
    keys = [k.get_secret_value() for k in (settings.openai_api_key, settings.anthropic_api_key) if k is not None]
    Redactor.remember(*keys, *settings.api_key_list)
    formatter: logging.Formatter = JSONFormatter() if settings.log_format == "json" else TextFormatter()
    root = logging.getLogger()
    ours = [h for h in root.handlers if getattr(h, "_synthgen", False)]
    if not ours:
        handler = logging.StreamHandler(sys.stderr)
        handler._synthgen = True  # type: ignore[attr-defined]
        root.addHandler(handler)
        ours = [handler]
    for ours_handler in ours:
        ours_handler.setFormatter(formatter)
    level = logging.getLevelName(settings.log_level.upper())
    if isinstance(level, int):
        logging.getLogger("synthgen").setLevel(level)
    for name in _UVICORN:  # uvicorn's own handlers (when it configured them) get the same format
        for theirs in logging.getLogger(name).handlers:
            theirs.setFormatter(formatter)


def uvicorn_log_config(level: str = "INFO") -> dict[str, Any]:
    """A logging.config dict for uvicorn (`log_config=`): JSON lines on stderr from the first line on."""
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {"json": {"()": "synthgen.web.logs.JSONFormatter"}},
        "handlers": {"stderr": {"class": "logging.StreamHandler", "formatter": "json", "stream": "ext://sys.stderr"}},
        "loggers": {
            "uvicorn": {"handlers": ["stderr"], "level": level, "propagate": False},
            "uvicorn.error": {"level": level},
            "uvicorn.access": {"handlers": ["stderr"], "level": level, "propagate": False},
        },
    }
