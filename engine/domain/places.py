"""Dutch places and provinces, for re-ranking by a stated place or a page's coarse region.

Only coarse geography: a town or a province a person typed, never a position we measured.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from engine.config import DATA_DIR
from engine.domain.normalise import fold

PLACES_FILE = DATA_DIR / "places.json"


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


def name_key(name: str) -> str:
    """The folded form the gazetteer compares names in, for callers matching names themselves."""
    return _key(name)


def edit_distance(a: str, b: str, limit: int) -> int:
    """Optimal-string-alignment distance (a swap of two letters counts once), capped at
    limit + 1 so a typo-tolerant lookup stops early on names that are far off."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] != b[j - 1]))
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        if min(cur) > limit:
            return limit + 1
        prev2, prev = prev, cur
    return min(prev[-1], limit + 1)


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

    def entries(self) -> list[tuple[str, Place]]:
        """Every name and the place it resolves to, sorted: what an index built with it depends on."""
        return sorted(self._names.items())

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

    def names(self) -> frozenset[str]:
        """Every folded name, alias and code it resolves (see ``name_key``), so a reader of free
        text can look for misspelt names; ``resolve`` turns any of them back into a Place."""
        return frozenset(self._names)

    def closest(self, word: str, limit: int, among: Iterable[str]) -> Place | None:
        """The one place meant by the names in ``among`` (from ``names``) that lie within
        ``limit`` typos of ``word``, spaces left out, the nearest first; None when none do or
        two places tie. Lets a reader of free text accept "groningn" for Groningen."""
        found: dict[int, set[Place]] = {}
        letters = set(word)
        for name in among:
            bare = name.replace(" ", "")
            if limit == 1 and bare[:1] != word[:1] and bare[-1:] != word[-1:]:
                continue  # one typo in a word of 3 letters or more keeps its first or last
            if len(letters - set(bare)) > limit or len(set(bare) - letters) > limit:
                continue  # each typo brings in at most one letter the other lacks
            distance = edit_distance(word, bare, limit)
            if distance <= limit and name in self._names:
                found.setdefault(distance, set()).add(self._names[name])
        best = found[min(found)] if found else set()
        return next(iter(best)) if len(best) == 1 else None
