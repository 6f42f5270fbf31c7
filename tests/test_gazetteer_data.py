"""The place data covers the demo catalogue: a vacancy whose town the gazetteer does not know
cannot be within reach of any place a reader states, so it silently drops out of every search
with a place (a forklift job in Moerdijk never reached a reader "rond Breda", 17 km away)."""

from __future__ import annotations

import json

from engine.config import DATA_DIR
from engine.domain.places import Gazetteer, distance_km


def _localities() -> set[str]:
    graph = json.loads((DATA_DIR / "demo_vacancies.jsonld").read_text(encoding="utf-8"))["@graph"]
    found = set()
    for posting in graph:
        locations = posting.get("jobLocation") or []
        for location in locations if isinstance(locations, list) else [locations]:
            town = (location.get("address") or {}).get("addressLocality")
            if town:
                found.add(town)
    return found


def test_every_demo_town_is_a_known_place() -> None:
    gazetteer = Gazetteer.load()
    assert _localities(), "the demo catalogue names towns"
    assert sorted(t for t in _localities() if gazetteer.resolve(t) is None) == []


def test_moerdijk_lies_near_breda() -> None:
    gazetteer = Gazetteer.load()
    moerdijk, breda = gazetteer.resolve("Moerdijk"), gazetteer.resolve("Breda")
    assert moerdijk is not None and breda is not None
    km = distance_km(moerdijk, breda)
    assert km is not None and 12 < km < 22  # about 17 km as the crow flies
