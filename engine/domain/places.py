"""Dutch places and provinces, for re-ranking by a stated place or a page's coarse region.

Only coarse geography: a town or a province a person typed, never a position we measured.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from pathlib import Path

from engine.domain.normalise import fold

PLACES_FILE = Path(__file__).parent / "data" / "places.json"


@dataclass(frozen=True)
class Place:
    name: str
    province: str  # ISO 3166-2 code, e.g. NL-UT
    lat: float | None = None
    lon: float | None = None

    @property
    def is_province(self) -> bool:
        return self.lat is None


def distance_km(a: Place, b: Place) -> float | None:
    """Great-circle distance; None when either is a whole province."""
    if a.lat is None or b.lat is None or a.lon is None or b.lon is None:
        return None
    lat1, lon1, lat2, lon2 = map(math.radians, (a.lat, a.lon, b.lat, b.lon))
    h = (math.sin((lat2 - lat1) / 2) ** 2
         + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2)
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def _key(name: str) -> str:
    return " ".join(fold(name).replace("'", "").replace(".", " ").split())


class Gazetteer:
    def __init__(self, places: dict[str, Place], provinces: dict[str, Place]) -> None:
        self._names = places
        self._provinces = provinces

    @classmethod
    def load(cls, path: Path = PLACES_FILE) -> Gazetteer:
        data = json.loads(path.read_text(encoding="utf-8"))
        provinces: dict[str, Place] = {}
        names: dict[str, Place] = {}
        for item in data["provinces"]:
            province = Place(name=item["nl"], province=item["code"])
            provinces[item["code"]] = province
            for name in [item["code"], item["nl"], item["en"], *item.get("aliases", [])]:
                names.setdefault(_key(name), province)
        for item in data["places"]:
            place = Place(item["name"], item["province"], float(item["lat"]), float(item["lon"]))
            for name in [item["name"], *item.get("aliases", [])]:
                names[_key(name)] = place  # a town outranks a province of the same name
        return cls(names, provinces)

    def __len__(self) -> int:
        return len(self._names)

    def resolve(self, text: str | None) -> Place | None:
        """A town or province by name, code or alias; ``"Utrecht, NL"`` reads as Utrecht."""
        if not text:
            return None
        key = _key(text)
        if key in self._names:
            return self._names[key]
        first = _key(text.split(",")[0])
        return self._names.get(first)

    def province(self, code: str | None) -> Place | None:
        return self._provinces.get((code or "").upper())
