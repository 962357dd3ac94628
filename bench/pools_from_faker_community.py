"""Build-time import of word lists from Faker community providers into the offline planner's pools.json.

Our engine calls only allowlisted Faker providers through the catalog, and community providers draw with the
`random` module (faker_food's `choice`), outside the request's seed; so their lists are copied here once, reviewed,
into data/pools.json, and the packages are not runtime dependencies. Run (uv fetches the pinned packages into a
throwaway environment; the project's lock is untouched):

    uv run --no-project --with faker==40.54.0 --with faker-food==0.3.0 --with faker-vehicle==0.2.0 \\
        python bench/pools_from_faker_community.py [--write]

Evaluation (2026-12): faker_vehicle (Apache-2.0): 9,581 real (year, make, model, body) rows, good; its body
categories carry junk ('SUV1992'), cleaned below. faker_food (MIT): useful fruit and vegetable lists, but misfiled
and garbled entries (Raspberry among vegetables, 'Custard Apples Daikon', 'Sprouts' among fruits): kept with the
exclusions below. faker_music (4 instruments), faker_biology (licence metadata contradicts itself) and
faker_education (17 MB of school names) were not taken; our curated pools serve those.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

POOLS = Path(__file__).resolve().parents[1] / "src" / "synthgen" / "planners" / "offline" / "data" / "pools.json"

NOT_FRUITS = {"Aubergine", "Bush Tomato", "Butternut pumpkin", "Cavalo", "Custard Apples Daikon", "Dried Apricots",
              "Jarrahdale pumpkin", "Olives", "Prunes", "Snowpeas", "Sprouts", "Sultanas", "Tomatoes", "Berries",
              "Juniper Berries", "Papaw", "Currants"}
NOT_VEGETABLES = {"Raspberry", "Carob Carrot", "Capers", "Cornichons", "Dried Chinese Broccoli", "Hijiki",
                  "Sun dried tomatoes", "Snowpea sprouts", "Butternut lettuce", "Asian Greens", "Fresh Chillies",
                  "Peppers", "Beans", "Lettuce"}


def community_pools() -> dict[str, list[str]]:
    from faker_food.fruits import fruits
    from faker_food.vegetables import vegetables
    from faker_vehicle.vehicle_dict import vehicles

    bodies = {re.sub(r"\d+$", "", part.strip()) for v in vehicles for part in v["Category"].split(",")}
    return {
        "fruits": sorted({f.strip() for f in fruits} - NOT_FRUITS),
        "vegetables": sorted({v.strip().capitalize() if v.islower() else v.strip() for v in vegetables}
                             - NOT_VEGETABLES),
        "vehicle_body_types": sorted(b for b in bodies if b),
    }


def write(pools: dict[str, list[str]]) -> None:
    """Replace (or append) each pool in pools.json, keeping the file's layout for the others."""
    text = POOLS.read_text(encoding="utf-8")
    for name, values in pools.items():
        block = f'  "{name}": [\n    ' + ", ".join(json.dumps(v, ensure_ascii=False) for v in values) + "\n  ]"
        found = re.search(rf'\n  "{name}": \[[^\]]*\]', text)
        if found:
            text = text[:found.start() + 1] + block + text[found.end():]
        else:
            end = text.rstrip().rfind("}")
            text = text[:end].rstrip() + ",\n" + block + "\n}\n"
    json.loads(text)
    POOLS.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    built = community_pools()
    for key, words in built.items():
        print(f"{key}: {len(words)}: {', '.join(words[:8])}, ...")
    if "--write" in sys.argv:
        write(built)
        print(f"written to {POOLS}")
