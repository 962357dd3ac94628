"""`python -m synthgen` and the `synthgen` script: the command line (synthgen.cli)."""

from __future__ import annotations

import gc


def main() -> None:
    # Imports build ~100k objects (pydantic models, Faker's providers, pyarrow's kernels): collecting cycles
    # while they load finds none and costs ~30 ms of every start. Freeze them afterwards so later collections
    # do not walk them either.
    gc.disable()
    try:
        from .cli import app
    finally:
        gc.enable()
    gc.freeze()
    app(prog_name="synthgen")


if __name__ == "__main__":
    main()
