"""Schema files in the form: load one (the same JSON file the CLI's --schema and the API's "schema" take) and save
the form's schema as one, so a schema saved from the form loads back into it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from ..errors import SchemaError
from ..schema import DatasetSchema, parse_schema
from ..units import human_size
from .downloads import DownloadStore

MAX_SCHEMA_FILE = 1_000_000  # bytes: a schema of hundreds of columns is far smaller


def _path(upload: Any) -> Path:
    """The uploaded file's path (Gradio gives a path string, or an object with .name or .path)."""
    for attr in ("path", "name"):
        value = getattr(upload, attr, None)
        if isinstance(value, str):
            return Path(value)
    return Path(str(upload))


def read_schema_file(upload: Any) -> DatasetSchema:
    """The schema in an uploaded file, validated; a SchemaError in plain words when it is not one."""
    if upload is None:
        raise SchemaError("no file was chosen; choose a schema file (.json) to load")
    path = _path(upload)
    shown = path.name[:80]
    try:
        size = path.stat().st_size
        if size > MAX_SCHEMA_FILE:
            raise SchemaError(f"'{shown}' is {human_size(size)}; a schema file is at most "
                              f"{human_size(MAX_SCHEMA_FILE)}, so this is not one")
        raw = path.read_bytes()
    except OSError:
        raise SchemaError(f"'{shown}' could not be read; choose the file again") from None
    finally:
        path.unlink(missing_ok=True)  # read once: an uploaded file is not kept
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise SchemaError(f"'{shown}' is not a schema file: it is not text (a schema file is JSON text, "
                          "such as the file saved with \"Save this schema\")") from None
    except json.JSONDecodeError as exc:
        raise SchemaError(f"'{shown}' is not a schema file: it is not valid JSON ({exc.msg.lower()} at line "
                          f"{exc.lineno}, column {exc.colno})") from None
    except RecursionError:
        raise SchemaError(f"'{shown}' is not a schema file: it is nested too deeply") from None
    if isinstance(data, dict) and "columns" not in data and isinstance(data.get("schema"), dict):
        data = data["schema"]  # an API request body, {"schema": {...}, "rows": ...}
    if not isinstance(data, dict) or "columns" not in data:
        raise SchemaError(f"'{shown}' is not a schema file: it has no \"columns\" list (a schema file looks like "
                          '{"name": "people", "columns": [{"name": "email", "provider": "email"}]})')
    return parse_schema(data)


def save_schema_file(schema: DatasetSchema, store: DownloadStore | None) -> Path | None:
    """The schema written as `<name>.schema.json` in the download folder (its link is served like the data's)."""
    if store is None:
        return None
    path = store.new_path(f"{schema.filename_stem}.schema.json")
    ok = False
    try:
        path.write_text(schema.to_json() + "\n", encoding="utf-8")
        ok = True
    finally:
        store.done(path, ok=ok)
    return path


__all__ = ["MAX_SCHEMA_FILE", "read_schema_file", "save_schema_file"]
