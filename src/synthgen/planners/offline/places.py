"""Offline planner, places: latitude and longitude columns around the one city a description names, or around the
locale's main city when the domain's rows happen in one city (311 requests, taxi rides, parking sessions)."""

from __future__ import annotations

import math

from .fields import Field
from .lexicon import Domain, Lexicon, words

_COORDINATES = ("latitude", "longitude")


def named_place(text: str, lex: Lexicon) -> str | None:
    """The one known city the text names ('Chicago 311 requests', 'within Berlin'); None for none or several."""
    joined = f" {' '.join(words(text))} "
    found = {name for name in lex.hints.places if f" {name} " in joined}
    return found.pop() if len(found) == 1 else None


def localise(fields: list[Field], text: str, domain: Domain | None, lex: Lexicon, locale: str) -> None:
    """Bound unstated latitude/longitude columns to a box around the city: one city's points lie in one city."""
    coordinates = [f for f in fields if f.concept in _COORDINATES and not f.explicit and not f.formula]
    if not coordinates:
        return
    name = named_place(text, lex) or (lex.hints.locale_places.get(locale) if domain and domain.local else None)
    place = lex.hints.places.get(name or "")
    if place is None:
        return
    for f in coordinates:
        if f.concept == "latitude":
            centre, radius = place.lat, place.radius
        else:  # a degree of longitude is shorter away from the equator: the same distance spans more of them
            centre, radius = place.lon, place.radius / max(0.2, math.cos(math.radians(place.lat)))
        f.provider, f.kind = "pyfloat", "float"
        f.args = {"min_value": round(centre - radius, 6), "max_value": round(centre + radius, 6), "right_digits": 6}
