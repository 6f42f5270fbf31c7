"""Rank live vacancies for a query, with the reasons for each place in the ranking.

Concept scores come from the index's posting arrays; the best candidates are then re-ranked
by what the reader stated about place, hours, remote work and language, and by the page's
coarse region. Ties break on the vacancy id, so the same request always ranks the same way.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from engine.index import IndexedVacancy, VacancyIndex
from engine.places import Gazetteer, Place, distance_km
from engine.query import QueryConcept
from engine.signals import ContextSignals, Preferences

RERANK_POOL = 200
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
    scores = np.zeros(len(index), dtype=np.float32)
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


def _place_factor(wanted: Place, place: Place) -> float:
    km = distance_km(wanted, place)
    if km is None:  # a whole province was named
        return 0.95 if place.province == wanted.province else 0.7
    if km <= NEARBY_KM:
        return 1.0
    if km <= REGION_KM:
        return 0.9
    return 0.85 if place.province == wanted.province else 0.7


def _location_factor(item: IndexedVacancy, wanted: Place) -> tuple[float, str | None]:
    """The best of the vacancy's places; remote work fits anywhere, an unknown place less."""
    if not item.places:
        return (0.95, "remote") if item.vacancy.remote else (0.8, None)
    factor, place = max(((_place_factor(wanted, p), p.name) for p in item.places),
                        key=lambda fp: (fp[0], fp[1]))
    return factor, place


def _preference_factors(item: IndexedVacancy, prefs: Preferences, wanted_place: Place | None
                        ) -> tuple[float, list[Reason]]:
    factor, reasons = 1.0, []
    vacancy = item.vacancy
    if wanted_place is not None:
        f, matched = _location_factor(item, wanted_place)
        factor *= f
        if f >= 0.9:
            reasons.append(Reason("preferences", prefs.location or "", matched, None, f, "location"))
    if prefs.hours:
        wanted = "PART_TIME" if prefs.hours == "parttime" else "FULL_TIME"
        types = vacancy.employment_types
        f = 1.0 if wanted in types else (0.95 if not types else 0.8)
        factor *= f
        if f == 1.0:
            reasons.append(Reason("preferences", prefs.hours, wanted, None, f, "hours"))
    if prefs.remote:
        f = 1.0 if vacancy.remote else 0.85
        factor *= f
        if vacancy.remote:
            reasons.append(Reason("preferences", "remote", "TELECOMMUTE", None, f, "remote"))
    if prefs.language:
        f = 1.0 if vacancy.language == prefs.language else 0.85
        factor *= f
        if f == 1.0:
            reasons.append(Reason("preferences", prefs.language, vacancy.language, None, f, "language"))
    return factor, reasons


def rank(index: VacancyIndex, query: dict[str, QueryConcept], prefs: Preferences | None,
         ctx: ContextSignals | None, gazetteer: Gazetteer, now: float, limit: int) -> list[Match]:
    """Best first; at most ``limit``; only live vacancies; every match with its reasons."""
    if not len(index):
        return []
    scores = concept_scores(index, query)
    wanted_place = gazetteer.resolve(prefs.location) if prefs and prefs.location else None
    if not query and wanted_place is not None:
        posting = index.postings.get(f"province:{wanted_place.province}")
        if posting is not None:
            scores[posting[0]] = 0.2  # only a place was stated: its vacancies, nearest first
    scores[~index.live_mask(now)] = 0.0
    candidates = np.flatnonzero(scores > 0)
    if candidates.size > RERANK_POOL:
        top = np.argpartition(-scores[candidates], RERANK_POOL)[:RERANK_POOL]
        candidates = candidates[top]
    region = ctx.region if ctx and ctx.region and ctx.region.startswith("NL-") else None
    matches = []
    for pos in candidates.tolist():
        item = index.items[pos]
        score = 1.0 - math.exp(-float(scores[pos]))
        reasons = _concept_reasons(item, query)
        if prefs is not None:
            factor, extra = _preference_factors(item, prefs, wanted_place)
            score *= factor
            reasons.extend(extra)
        if region is not None:
            in_region = region in item.provinces
            score *= 1.0 if in_region or item.vacancy.remote else 0.9
            if in_region:
                reasons.append(Reason("context", region, item.places[0].name, None, 1.0, "region"))
        matches.append(Match(item.vacancy.id, round(score, 4), tuple(reasons), item))
    matches.sort(key=lambda m: (-m.score, m.vacancy_id))
    return matches[:limit]
