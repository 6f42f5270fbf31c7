"""The in-memory vacancy index each worker serves from: concept postings as numpy arrays.

A query never walks the catalogue in Python: it adds up a few posting arrays into one score
vector, masks what has expired and takes the top. The index is rebuilt from Redis when the
catalogue version changes (checked at most every ``refresh_seconds``).
"""

from __future__ import annotations

import gc
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from engine.catalogue import Catalogue, Evidence, VacancyRecord
from engine.jobposting import Vacancy
from engine.places import Gazetteer, Place
from engine.taxonomy import Taxonomy

log = logging.getLogger(__name__)
BROADER_DECAY = 0.8  # a wijkverpleegkundige vacancy is 0.8 a verpleegkundige one
SECTOR_SHARE = 0.75  # every occupation of a sector counts alike for it, however deep it sits


@dataclass(frozen=True)
class IndexedVacancy:
    vacancy: Vacancy
    weights: dict[str, float]          # concept -> weight, closed over broader concepts
    evidence: dict[str, Evidence]      # concept -> what in the text led to it
    places: tuple[Place, ...]
    provinces: frozenset[str]


LANGUAGE_CODES = {"nl": 0, "en": 1}


@dataclass(frozen=True)
class VacancyFacts:
    """What re-ranking needs of every vacancy, as arrays, so it runs without a Python loop.

    Each vacancy's first place is in the ``lat``/``lon``/``province`` arrays; the rare vacancy
    with several places lists its other places in ``more_places``.
    """

    remote: np.ndarray
    part_time: np.ndarray
    full_time: np.ndarray
    has_hours: np.ndarray
    language: np.ndarray
    has_place: np.ndarray
    lat: np.ndarray
    lon: np.ndarray
    province: np.ndarray
    more_places: dict[int, tuple[Place, ...]]

    @classmethod
    def of(cls, items: list[IndexedVacancy]) -> VacancyFacts:
        types = [set(i.vacancy.employment_types) for i in items]
        first = [i.places[0] if i.places else None for i in items]
        return cls(
            remote=np.array([i.vacancy.remote for i in items], dtype=bool),
            part_time=np.array(["PART_TIME" in t for t in types], dtype=bool),
            full_time=np.array(["FULL_TIME" in t for t in types], dtype=bool),
            has_hours=np.array([bool(t & {"PART_TIME", "FULL_TIME"}) for t in types], dtype=bool),
            language=np.array([LANGUAGE_CODES.get(i.vacancy.language, 9) for i in items], dtype=np.int8),
            has_place=np.array([p is not None for p in first], dtype=bool),
            lat=np.array([np.nan if p is None or p.lat is None else p.lat for p in first], dtype=np.float64),
            lon=np.array([np.nan if p is None or p.lon is None else p.lon for p in first], dtype=np.float64),
            province=np.array(["" if p is None else p.province for p in first], dtype="U6"),
            more_places={pos: i.places[1:] for pos, i in enumerate(items) if len(i.places) > 1},
        )


class VacancyIndex:
    def __init__(self, items: list[IndexedVacancy], version: int) -> None:
        self.items = items
        self.version = version
        self.positions = {item.vacancy.id: pos for pos, item in enumerate(items)}
        self.expires = np.array([item.vacancy.expires_at() or np.inf for item in items],
                                dtype=np.float64)
        postings: dict[str, tuple[list[int], list[float]]] = {}
        for pos, item in enumerate(items):
            for concept, weight in item.weights.items():
                ids, weights = postings.setdefault(concept, ([], []))
                ids.append(pos)
                weights.append(weight)
            for province in item.provinces:
                ids, weights = postings.setdefault(f"province:{province}", ([], []))
                ids.append(pos)
                weights.append(1.0)
        self.postings = {c: (np.array(i, dtype=np.int32), np.array(w, dtype=np.float32))
                         for c, (i, w) in postings.items()}
        self.facts = VacancyFacts.of(items)

    def __len__(self) -> int:
        return len(self.items)

    def live_mask(self, now: float) -> np.ndarray:
        return self.expires > now

    def get(self, vacancy_id: str) -> IndexedVacancy | None:
        pos = self.positions.get(vacancy_id)
        return None if pos is None else self.items[pos]


def ancestor_shares(taxonomy: Taxonomy) -> dict[str, tuple[tuple[str, float], ...]]:
    """concept -> (itself or an ancestor, share of the weight it passes on), for the closure."""
    shares = {}
    for concept in taxonomy.concepts:
        chain, factor = [(concept, 1.0)], 1.0
        for ancestor in taxonomy.ancestors(concept):
            factor *= BROADER_DECAY
            chain.append((ancestor.id, SECTOR_SHARE if ancestor.type == "sector" else factor))
        shares[concept] = tuple(chain)
    return shares


def close_over_broader(concepts: dict[str, Evidence], shares: dict[str, tuple[tuple[str, float], ...]]
                       ) -> tuple[dict[str, float], dict[str, Evidence]]:
    """Give each broader concept the decayed weight of its strongest narrower one."""
    weights: dict[str, float] = {}
    evidence: dict[str, Evidence] = {}
    for concept, found in concepts.items():
        for cid, share in shares.get(concept, ()):
            weight = found.weight * share
            if weight > weights.get(cid, 0.0):
                weights[cid] = weight
                evidence[cid] = found
    return weights, evidence


def index_item(record: VacancyRecord, shares: dict[str, tuple[tuple[str, float], ...]],
               gazetteer: Gazetteer) -> IndexedVacancy:
    weights, evidence = close_over_broader(record.concepts, shares)
    places = []
    for location in record.vacancy.locations:
        place = gazetteer.resolve(location.locality) or gazetteer.resolve(location.region)
        if place is not None:
            places.append(place)
    provinces = frozenset(p.province for p in places)
    return IndexedVacancy(record.vacancy, weights, evidence, tuple(places), provinces)


def build_index(records: list[VacancyRecord], version: int, taxonomy: Taxonomy,
                gazetteer: Gazetteer) -> VacancyIndex:
    shares = ancestor_shares(taxonomy)
    items = [index_item(r, shares, gazetteer) for r in sorted(records, key=lambda r: r.vacancy.id)]
    return VacancyIndex(items, version)


class IndexHolder:
    """The current index of this worker, swapped whole when the catalogue changes.

    If Redis cannot be read, the last index keeps serving (the caller may mark it degraded).
    """

    def __init__(self, catalogue: Catalogue, taxonomy: Taxonomy, gazetteer: Gazetteer,
                 refresh_seconds: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.catalogue = catalogue
        self.taxonomy = taxonomy
        self.gazetteer = gazetteer
        self.refresh_seconds = refresh_seconds
        self.clock = clock
        self._lock = threading.Lock()
        self._index = VacancyIndex([], -1)
        self._checked_at = -float("inf")
        self.stale = False

    def rebuild(self) -> VacancyIndex:
        # Hundreds of thousands of small objects, none of them cyclic: collecting garbage
        # while they are made only costs time (a third of the rebuild at 10,000 vacancies).
        gc_was_enabled = gc.isenabled()
        gc.disable()
        try:
            version, records = self.catalogue.load_all()
            index = build_index(records, version, self.taxonomy, self.gazetteer)
        finally:
            if gc_was_enabled:
                gc.enable()
        self._index = index
        self._checked_at = self.clock()
        log.info("index built: %d vacancies, catalogue version %d", len(index), version)
        return index

    def current(self) -> VacancyIndex:
        if self.clock() - self._checked_at < self.refresh_seconds:
            return self._index
        with self._lock:
            if self.clock() - self._checked_at < self.refresh_seconds:
                return self._index
            try:
                if self.catalogue.version() != self._index.version:
                    self.rebuild()
                self._checked_at = self.clock()
                self.stale = False
            except Exception as exc:  # noqa: BLE001 - any store failure: serve what we have
                log.warning("index refresh failed (%s); serving the last index", type(exc).__name__)
                self._checked_at = self.clock()
                self.stale = True
        return self._index
