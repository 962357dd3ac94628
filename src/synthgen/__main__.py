"""`python -m synthgen` and the `synthgen` script: the command line (synthgen.cli)."""

from __future__ import annotations

import gc
import os


def main() -> None:
    # SynthGen never calls BLAS, but OpenBLAS starts a thread per core when numpy loads, and they spin for
    # ~0.1 CPU-s: CPU the engine's threads want. One thread is enough (an explicit setting still wins).
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
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
