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
    _arrow_memory_pool()
    app(prog_name="synthgen")


def _arrow_memory_pool() -> None:
    """Arrow's jemalloc pool where the wheel has it (Linux): blocks are allocated and freed at a high rate,
    and mimalloc, the default, hands freed pages back to the OS only to fault them in again (zeroed) for the
    next block: about 60 ms of kernel time per million rows, and a higher peak RSS. An explicit
    ARROW_DEFAULT_MEMORY_POOL still wins."""
    if os.environ.get("ARROW_DEFAULT_MEMORY_POOL"):
        return
    import pyarrow as pa

    if "jemalloc" in pa.supported_memory_backends():
        pa.set_memory_pool(pa.jemalloc_memory_pool())


if __name__ == "__main__":
    main()
