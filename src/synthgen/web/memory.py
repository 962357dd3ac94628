"""The server's memory tuning (glibc malloc and Arrow's allocator), and giving freed memory back after a job.

Measured with bench/memory_bench.py (the Procfile's command, demo mode): without the mmap threshold, one
200,000-row file of 5,000-character texts left the process above 600 MB. glibc raises its mmap threshold
each time a big block is freed (up to 32 MB), after which a block's 10-60 MB of numpy and Arrow buffers come
from the heap, which fragments and is never returned. A fixed threshold keeps such buffers in their own
mappings, returned to the system when freed (it costs page faults: a wide text file is made more slowly).
"""

from __future__ import annotations

import ctypes
import os
import sys

M_TRIM_THRESHOLD = -1  # glibc mallopt parameters
M_MMAP_THRESHOLD = -3
M_ARENA_MAX = -8
ARENAS = 2
MMAP_THRESHOLD = 1 << 20  # buffers this big get their own mapping (the dynamic threshold stays off)
TRIM_THRESHOLD = 32 << 20  # free memory at the top of the heap beyond this goes back to the system


def _libc() -> ctypes.CDLL | None:
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL(None)
        return libc if hasattr(libc, "mallopt") and hasattr(libc, "malloc_trim") else None  # glibc only
    except OSError:
        return None


def tune() -> None:
    """Keep a long-running server's memory flat (bench/load_test.py, 20 clients: peak RSS 658 MB untuned, about
    460 MB with this, about 330 MB with MALLOC_ARENA_MAX=2 set before start, as the Procfile does).

    Arrow's default allocator (mimalloc) keeps freed blocks; the system allocator hands them back. This sets
    only pyarrow's default: Arrow's C++ code (the Parquet writer, compute kernels) reads ARROW_DEFAULT_MEMORY_POOL
    once, so the Procfile sets that to system too (with mimalloc there, a session kept ~40 MB more). glibc gives
    every thread its own malloc arena: generation hops across the threadpool's threads, so memory fragments over
    dozens of arenas; two arenas (like MALLOC_ARENA_MAX=2) stop that. Big buffers are mapped on their own (see
    the module's docstring). ARROW_DEFAULT_MEMORY_POOL, MALLOC_ARENA_MAX, MALLOC_MMAP_THRESHOLD_ and
    MALLOC_TRIM_THRESHOLD_, when set, win.
    """
    if not os.environ.get("ARROW_DEFAULT_MEMORY_POOL"):
        import pyarrow as pa

        pa.set_memory_pool(pa.system_memory_pool())
    libc = _libc()
    if libc is None:  # elsewhere there is no mallopt and nothing to do
        return
    for variable, param, value in (("MALLOC_ARENA_MAX", M_ARENA_MAX, ARENAS),
                                   ("MALLOC_MMAP_THRESHOLD_", M_MMAP_THRESHOLD, MMAP_THRESHOLD),
                                   ("MALLOC_TRIM_THRESHOLD_", M_TRIM_THRESHOLD, TRIM_THRESHOLD)):
        if not os.environ.get(variable):
            libc.mallopt(param, value)


def release() -> None:
    """Hand the heap's free pages back to the system (glibc's malloc_trim), e.g. when the last job ends: the
    process returns near its idle size instead of keeping its peak."""
    libc = _libc()
    if libc is not None:
        libc.malloc_trim(0)
