"""Dry-run bench: one validation call of every allowlisted provider with its arguments at their bounds.

    uv run python bench/dry_run_bounds.py [--locale en_US] [--top 15]

Sizes at their maximum, values at their extremes, a 10,000-word ext_word_list, a 10-token template: the worst a
schema can ask of the dry run that validation makes per column. Prints the slowest providers (time of one call,
best of 3) and the largest Python allocation peaks (tracemalloc); asserts nothing.
"""

from __future__ import annotations

import argparse
import time
import tracemalloc

from synthgen.catalog import arguments_at_bounds, get_catalog
from synthgen.schema import Column, _dry_run


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--locale", default="en_US")
    parser.add_argument("--top", type=int, default=15)
    options = parser.parse_args()
    catalog = get_catalog(options.locale)
    figures = []
    for provider in catalog.names():
        for extreme in (False, True):
            args = arguments_at_bounds(options.locale, provider, extreme)
            if catalog.arg_problems(provider, args):
                continue
            col = Column(name="c", provider=provider, args=args)
            best = float("inf")
            for _ in range(3):
                start = time.perf_counter()
                problems = _dry_run(options.locale, col)
                best = min(best, time.perf_counter() - start)
            tracemalloc.start()
            _dry_run(options.locale, col)
            peak = tracemalloc.get_traced_memory()[1]
            tracemalloc.stop()
            shown = {k: (f"[{len(v)} items]" if isinstance(v, list) else v) for k, v in args.items()}
            figures.append((best, peak, provider, shown, "refused" if problems else "ok"))
    total = sum(f[0] for f in figures)
    print(f"{len(figures)} dry runs of {len(catalog.names())} providers ({options.locale}): {total * 1e3:.0f} ms "
          f"in all, slowest {max(f[0] for f in figures) * 1e3:.2f} ms, largest peak "
          f"{max(f[1] for f in figures) / 1e6:.2f} MB")
    print(f"\nslowest {options.top}:")
    for best, peak, provider, args, outcome in sorted(figures, key=lambda f: f[:1], reverse=True)[:options.top]:
        print(f"  {best * 1e3:8.2f} ms  {peak / 1e3:8.0f} kB  {provider}({args}) {outcome}")
    print(f"\nlargest peaks {options.top}:")
    for best, peak, provider, args, outcome in sorted(figures, key=lambda f: f[1], reverse=True)[:options.top]:
        print(f"  {peak / 1e3:8.0f} kB  {best * 1e3:8.2f} ms  {provider}({args}) {outcome}")


if __name__ == "__main__":
    main()
