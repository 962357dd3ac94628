"""inflect's engine (English plurals and singulars) without typeguard's import-time cost.

inflect >= 7.2 decorates its methods with typeguard's @typechecked, which re-parses and recompiles inflect's 4,000-line
module once per decorated method when inflect is imported: about 2 s of CPU in every process that plans offline
(jaraco/inflect#212, agronholm/typeguard#468), more than the rest of `synthgen generate --rows 1` together. The checks
only guard inflect's own argument types (python -O drops them too), so inflect is imported here with a stand-in
typeguard whose typechecked leaves functions as they are; the real typeguard, if any, is put back at once.
"""

from __future__ import annotations

import sys
import threading
import types
from typing import Any

_LOCK = threading.Lock()


def _import_inflect() -> Any:
    """The inflect module, imported under a stand-in typeguard unless it is imported already."""
    if "inflect" in sys.modules:
        return sys.modules["inflect"]
    stand_in: Any = types.ModuleType("typeguard")
    stand_in.typechecked = lambda target=None, **_: target if target is not None else (lambda f: f)
    missing = object()
    real = sys.modules.get("typeguard", missing)
    sys.modules["typeguard"] = stand_in
    try:
        import inflect
    finally:
        if real is missing:
            sys.modules.pop("typeguard", None)
        else:
            sys.modules["typeguard"] = real  # type: ignore[assignment]
    return inflect


def engine() -> Any:
    """A new inflect.engine(), inflect imported without typeguard's instrumentation (see the module's docstring)."""
    with _LOCK:
        return _import_inflect().engine()
