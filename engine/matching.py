"""Rank live vacancies for a query, with the reasons for each place in the ranking.

Concept scores come from the index's posting arrays; the best candidates are then re-ranked
by what the reader stated about place, hours, remote work and language, and by the page's
coarse region. Ties break on the vacancy id, so the same request always ranks the same way.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from engine.index import LANGUAGE_CODES, IndexedVacancy, VacancyFacts, VacancyIndex
from engine.places import Gazetteer, Place
from engine.query import QueryConcept
from engine.signals import ContextSignals, Preferences

ONLY_PLACE_SCORE = 0.2
NEARBY_KM, REGION_KM = 15.0, 40.0
MAX_REASONS = 6


@dataclass(frozen=True)
class Reason:
    signal: str          # "preferences" or "context"
    input: str           # the term as the request gave it
    matched: str | None  # the term in the vacancy
    concept: str | None
    weight: float
    kind: str = "concept"  # "concept", "location", "hours", "remote", "language", "region"

    def as_dict(self) -> dict:
        return {"signal": self.signal, "input": self.input, "matched": self.matched,
                "concept": self.concept, "weight": self.weight, "kind": self.kind}


@dataclass(frozen=True)
class Match:
    vacancy_id: str
    score: float
    reasons: tuple[Reason, ...]
    item: IndexedVacancy

    def as_dict(self) -> dict:
        return {"vacancy_id": self.vacancy_id, "score": self.score,
                "reasons": [r.as_dict() for r in self.reasons]}


def concept_scores(index: VacancyIndex, query: dict[str, QueryConcept]) -> np.ndarray:
    scores = np.zeros(len(index), dtype=np.float64)
    for concept, q in query.items():
        posting = index.postings.get(concept)
        if posting is not None:
            ids, weights = posting
            scores[ids] += q.weight * weights
    return scores


def _concept_reasons(item: IndexedVacancy, query: dict[str, QueryConcept]) -> list[Reason]:
    reasons = []
    for concept, q in query.items():
        weight = item.weights.get(concept)
        if weight:
            evidence = item.evidence[concept]
            reasons.append(Reason(q.source, q.input, evidence.text, concept,
                                  round(q.weight * weight, 4)))
    reasons.sort(key=lambda r: (-r.weight, r.concept or ""))
    # one reason per input term and matched term is enough to explain
    seen, unique = set(), []
    for reason in reasons:
        key = (reason.input.lower(), (reason.matched or "").lower())
        if key not in seen:
            seen.add(key)
            unique.append(reason)
    return unique[:MAX_REASONS]


def _haversine_km(lat: float, lon: float, lats: np.ndarray, lons: np.ndarray) -> np.ndarray:
    lat1, lon1 = math.radians(lat), math.radians(lon)
    lat2, lon2 = np.radians(lats), np.radians(lons)
    h = np.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * np.cos(lat2) * np.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * np.arcsin(np.sqrt(h))


def place_factors(facts: VacancyFacts, wanted: Place) -> np.ndarray:
    """Per place of every vacancy: 1.0 within 15 km, 0.9 within 40, 0.85 same province, else 0.7."""
    same_province = facts.place_province == wanted.province
    if wanted.is_province:
        return np.where(same_province, 0.95, 0.7)
    km = _haversine_km(wanted.lat, wanted.lon, facts.place_lat, facts.place_lon)
    by_distance = np.select([km <= NEARBY_KM, km <= REGION_KM, same_province], [1.0, 0.9, 0.85], 0.7)
    return np.where(np.isnan(km), np.where(same_province, 0.95, 0.7), by_distance)


def _best_per_vacancy(facts: VacancyFacts, per_place: np.ndarray, size: int) -> np.ndarray:
    best = np.zeros(size, dtype=np.float64)
    if per_place.size:
        np.maximum.at(best, facts.place_owner, per_place)
    return best


@dataclass(frozen=True)
class _Factors:
    """Re-ranking factors per vacancy (arrays), kept to explain the top matches."""

    total: np.ndarray
    location: np.ndarray | None = None
    per_place: np.ndarray | None = None
    hours: np.ndarray | None = None
    remote: np.ndarray | None = None
    language: np.ndarray | None = None
    region: np.ndarray | None = None


def rerank_factors(index: VacancyIndex, prefs: Preferences | None, wanted: Place | None,
                   region: str | None) -> _Factors:
    facts, size = index.facts, len(index)
    total = np.ones(size, dtype=np.float64)
    parts: dict[str, np.ndarray] = {}
    if wanted is not None:
        per_place = place_factors(facts, wanted)
        with_place = _best_per_vacancy(facts, per_place, size)
        location = np.where(facts.has_place, with_place, np.where(facts.remote, 0.95, 0.8))
        location = np.where(facts.remote, np.maximum(location, 0.95), location)
        parts["location"], parts["per_place"] = location, per_place
    if prefs is not None and prefs.hours:
        wanted_type = facts.part_time if prefs.hours == "parttime" else facts.full_time
        parts["hours"] = np.where(wanted_type, 1.0, np.where(facts.has_hours, 0.8, 0.95))
    if prefs is not None and prefs.remote:
        parts["remote"] = np.where(facts.remote, 1.0, 0.85)
    if prefs is not None and prefs.language:
        parts["language"] = np.where(facts.language == LANGUAGE_CODES[prefs.language], 1.0, 0.85)
    if region is not None:
        in_region = _best_per_vacancy(facts, (facts.place_province == region).astype(np.float64), size)
        parts["region"] = np.where((in_region > 0) | facts.remote, 1.0, 0.9)
    for name, values in parts.items():
        if name != "per_place":
            total *= values
    return _Factors(total, **parts)


def _factor_reasons(pos: int, item: IndexedVacancy, factors: _Factors, prefs: Preferences | None,
                    index: VacancyIndex, region: str | None) -> list[Reason]:
    reasons: list[Reason] = []
    if factors.location is not None and factors.location[pos] >= 0.9 and prefs is not None:
        place = "remote"
        if item.places:
            first = int(np.searchsorted(index.facts.place_owner, pos))
            own = factors.per_place[first:first + len(item.places)]
            place = item.places[int(np.argmax(own))].name
        reasons.append(Reason("preferences", prefs.location or "", place, None,
                              round(float(factors.location[pos]), 4), "location"))
    if factors.hours is not None and factors.hours[pos] == 1.0:
        wanted = "PART_TIME" if prefs.hours == "parttime" else "FULL_TIME"
        reasons.append(Reason("preferences", prefs.hours, wanted, None, 1.0, "hours"))
    if factors.remote is not None and factors.remote[pos] == 1.0:
        reasons.append(Reason("preferences", "remote", "TELECOMMUTE", None, 1.0, "remote"))
    if factors.language is not None and factors.language[pos] == 1.0:
        reasons.append(Reason("preferences", prefs.language, item.vacancy.language, None, 1.0, "language"))
    if factors.region is not None and region in item.provinces:
        reasons.append(Reason("context", region, item.places[0].name, None, 1.0, "region"))
    return reasons


def rank(index: VacancyIndex, query: dict[str, QueryConcept], prefs: Preferences | None,
         ctx: ContextSignals | None, gazetteer: Gazetteer, now: float, limit: int) -> list[Match]:
    """Best first; at most ``limit``; only live vacancies; every match with its reasons."""
    if not len(index):
        return []
    raw = concept_scores(index, query)
    wanted = gazetteer.resolve(prefs.location) if prefs and prefs.location else None
    if not query and wanted is not None:
        posting = index.postings.get(f"province:{wanted.province}")
        if posting is not None:
            raw[posting[0]] = ONLY_PLACE_SCORE  # only a place was stated: its vacancies, nearest first
    raw[~index.live_mask(now)] = 0.0
    candidates = np.flatnonzero(raw > 0)
    if not candidates.size:
        return []
    region = ctx.region if ctx and ctx.region and ctx.region.startswith("NL-") else None
    factors = rerank_factors(index, prefs, wanted, region)
    scores = (1.0 - np.exp(-raw[candidates])) * factors.total[candidates]
    scores = np.round(scores, 4)
    # best first, ties by vacancy id (positions follow id order), then take the top
    order = np.lexsort((candidates, -scores))[:limit]
    matches = []
    for k in order.tolist():
        pos = int(candidates[k])
        item = index.items[pos]
        reasons = _concept_reasons(item, query) + _factor_reasons(pos, item, factors, prefs, index, region)
        matches.append(Match(item.vacancy.id, float(scores[k]), tuple(reasons), item))
    return matches
