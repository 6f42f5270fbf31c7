"""Rank live vacancies for a query, with the reasons for each place in the ranking.

Concept scores come from the index's posting arrays; the best candidates are then re-ranked
by what the reader stated about place, hours, remote work and language, and by the page's
coarse region. Ties break on the vacancy id, so the same request always ranks the same way.

A request that reached no concept but states a place ranks the vacancies of its province,
nearest first; one that states only remote work or hours, every vacancy that fits them. A bare
kind of hours goes by the kind a vacancy declares (a FULL_TIME job of 32-40 hours is no
"parttime").
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np

from engine.domain.index import LANGUAGE_CODES, IndexedVacancy, VacancyFacts, VacancyIndex
from engine.domain.places import Gazetteer, Place
from engine.domain.query import QueryConcept
from engine.domain.signals import ContextSignals, Preferences
from engine.domain.weekly_hours import FULL_TIME_FROM, HOURS_SLACK

ONLY_PLACE_SCORE = 0.2
# The product of the smallest factor of each kind (location, hours, remote, language, region).
MIN_FACTOR = 0.7 * 0.8 * 0.85 * 0.85 * 0.9
NEARBY_KM, REGION_KM = 15.0, 40.0
MAX_REASONS = 6
DEFAULT_RADIUS_KM = 30.0  # how far from a stated town a job may be, when no radius is stated


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
    scores = np.zeros(index.size, dtype=np.float64)
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


def place_factor(wanted: Place, lats: np.ndarray, lons: np.ndarray, provinces: np.ndarray) -> np.ndarray:
    """1.0 within 15 km, 0.9 within 40, 0.85 in the same province, else 0.7 (0.95 for a province)."""
    same_province = provinces == wanted.province
    if wanted.is_province or wanted.lat is None or wanted.lon is None:  # a province has no coordinates
        return np.where(same_province, 0.95, 0.7)
    with np.errstate(invalid="ignore"):
        km = _haversine_km(wanted.lat, wanted.lon, lats, lons)
        by_distance = np.select([km <= NEARBY_KM, km <= REGION_KM, same_province], [1.0, 0.9, 0.85], 0.7)
    return np.where(np.isnan(km), np.where(same_province, 0.95, 0.7), by_distance)


def _one_place_factor(wanted: Place, place: Place) -> float:
    """``place_factor`` for one place, without arrays: a vacancy's own few places are weighed
    this way for every match explained, where numpy's set-up would cost more than the sums."""
    same_province = place.province == wanted.province
    if wanted.is_province or wanted.lat is None or wanted.lon is None or place.lat is None or place.lon is None:
        return 0.95 if same_province else 0.7
    lat1, lon1, lat2, lon2 = map(math.radians, (wanted.lat, wanted.lon, place.lat, place.lon))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    km = 2 * 6371.0 * math.asin(math.sqrt(h))
    return 1.0 if km <= NEARBY_KM else 0.9 if km <= REGION_KM else 0.85 if same_province else 0.7


def _place_arrays(places: tuple[Place, ...]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    return (np.array([np.nan if p.lat is None else p.lat for p in places]),
            np.array([np.nan if p.lon is None else p.lon for p in places]),
            np.array([p.province for p in places]))


def location_factors(facts: VacancyFacts, positions: np.ndarray, wanted: Place) -> np.ndarray:
    """For the given vacancies: the best of their places; remote work fits anywhere (0.95)."""
    factor = place_factor(wanted, facts.lat[positions], facts.lon[positions], facts.province[positions])
    factor = np.where(facts.has_place[positions], factor, 0.8)
    factor = np.where(facts.remote[positions], np.maximum(factor, 0.95), factor)
    if facts.more_places:
        for k, pos in enumerate(positions.tolist()):
            extra = facts.more_places.get(pos)
            if extra:
                factor[k] = max(factor[k], float(place_factor(wanted, *_place_arrays(extra)).max()))
    return factor


def fits_stated_facts(index: VacancyIndex, positions: np.ndarray, prefs: Preferences,
                      wanted: Place | None, remote_only: bool = False) -> np.ndarray:
    """A stated place and stated hours are requirements, not wishes: only vacancies within
    reach of the place (the stated radius, else ``DEFAULT_RADIUS_KM``; the province, for a
    province; remote jobs only when the reader allows remote work) and not of the other kind
    of hours. A vacancy that does not say its hours is kept. With ``remote_only`` (the reader
    wrote "remote only" or "thuiswerken" and named no place; ``understanding.remote_only``) only
    remote jobs."""
    facts = index.facts
    keep = np.ones(positions.size, dtype=bool)
    if wanted is not None:
        keep &= _within_reach(index, positions, wanted, prefs.radius_km or DEFAULT_RADIUS_KM, prefs.remote is True)
    elif remote_only and prefs.remote is True:
        keep &= facts.remote[positions]
    if prefs.hours in ("parttime", "fulltime"):
        keep &= _hours_fit(facts, positions, prefs)
    return keep


def _hours_fit(facts: VacancyFacts, positions: np.ndarray, prefs: Preferences) -> np.ndarray:
    """Hours in numbers decide where both sides give them ("zo'n 32 uur" fits a FULL_TIME job of
    32-40 hours, within ``HOURS_SLACK``); else the kind of hours: the kind a vacancy declares
    (a bare "parttime" does not take a FULL_TIME job of 32-40 hours), else what its numbers say
    it can be (part-time: fewer than ``FULL_TIME_FROM``)."""
    low, high = facts.hours_low[positions], facts.hours_high[positions]
    numbered = ~np.isnan(low)
    if prefs.hours == "parttime":
        declared, by_numbers = facts.part_time[positions], numbered & (low < FULL_TIME_FROM)
    else:
        declared, by_numbers = facts.full_time[positions], numbered & (high >= FULL_TIME_FROM)
    by_kind = np.where(facts.has_hours[positions], declared, by_numbers | ~numbered)
    if prefs.hours_min is None and prefs.hours_max is None:
        return by_kind
    wanted_low = (prefs.hours_min if prefs.hours_min is not None else 0.0) - HOURS_SLACK
    wanted_high = (prefs.hours_max if prefs.hours_max is not None else 99.0) + HOURS_SLACK
    with np.errstate(invalid="ignore"):
        overlap = (low <= wanted_high) & (high >= wanted_low)
    return np.where(numbered, overlap, by_kind)


def _within_reach(index: VacancyIndex, positions: np.ndarray, wanted: Place, radius_km: float,
                  remote_ok: bool) -> np.ndarray:
    facts = index.facts

    def reach(lats: np.ndarray, lons: np.ndarray, provinces: np.ndarray) -> np.ndarray:
        if wanted.is_province or wanted.lat is None or wanted.lon is None:
            return provinces == wanted.province
        with np.errstate(invalid="ignore"):
            return _haversine_km(wanted.lat, wanted.lon, lats, lons) <= radius_km

    near = reach(facts.lat[positions], facts.lon[positions], facts.province[positions]) & facts.has_place[positions]
    if facts.more_places:  # only vacancies with more places, and not yet near, cost a loop
        several = np.fromiter(facts.more_places, dtype=np.int64, count=len(facts.more_places))
        for k in np.flatnonzero(~near & np.isin(positions, several)).tolist():
            near[k] = bool(reach(*_place_arrays(facts.more_places[int(positions[k])])).any())
    return near | (facts.remote[positions] & remote_ok)


@dataclass(frozen=True)
class _Factors:
    """Re-ranking factors of the candidates (arrays aligned with them), kept to explain the top."""

    total: np.ndarray
    parts: dict[str, np.ndarray]


def rerank_factors(index: VacancyIndex, positions: np.ndarray, prefs: Preferences | None,
                   wanted: Place | None, region: str | None) -> _Factors:
    facts = index.facts
    parts: dict[str, np.ndarray] = {}
    if wanted is not None:
        parts["location"] = location_factors(facts, positions, wanted)
    if prefs is not None and prefs.hours:
        # ``rank`` keeps only vacancies whose hours fit (``fits_stated_facts``): one that says its
        # hours fits them; one that does not say is kept, a little lower
        said = facts.has_hours[positions] | ~np.isnan(facts.hours_low[positions])
        parts["hours"] = np.where(said, 1.0, 0.95)
    if prefs is not None and prefs.remote:
        parts["remote"] = np.where(facts.remote[positions], 1.0, 0.85)
    if prefs is not None and prefs.language:
        parts["language"] = np.where(facts.language[positions] == LANGUAGE_CODES[prefs.language], 1.0, 0.85)
    if region is not None:
        in_region = facts.province[positions] == region
        if facts.more_places:
            for k, pos in enumerate(positions.tolist()):
                if pos in facts.more_places:
                    in_region[k] = region in index.items[pos].provinces
        parts["region"] = np.where(in_region | facts.remote[positions], 1.0, 0.9)
    total = np.ones(positions.size, dtype=np.float64)
    for values in parts.values():
        total *= values
    return _Factors(total, parts)


def _factor_reasons(k: int, item: IndexedVacancy, factors: _Factors, prefs: Preferences | None,
                    region: str | None, wanted: Place | None) -> list[Reason]:
    reasons: list[Reason] = []
    parts = factors.parts
    if "location" in parts and parts["location"][k] >= 0.9 and prefs is not None and wanted is not None:
        place = "remote"
        if item.places:
            place = max(item.places, key=lambda p: _one_place_factor(wanted, p)).name  # the first best
        reasons.append(Reason("preferences", prefs.location or "", place, None,
                              round(float(parts["location"][k]), 4), "location"))
    if prefs is not None and prefs.hours and "hours" in parts and parts["hours"][k] == 1.0:
        wanted_type = "PART_TIME" if prefs.hours == "parttime" else "FULL_TIME"
        reasons.append(Reason("preferences", prefs.hours, wanted_type, None, 1.0, "hours"))
    if "remote" in parts and parts["remote"][k] == 1.0:
        reasons.append(Reason("preferences", "remote", "TELECOMMUTE", None, 1.0, "remote"))
    if prefs is not None and prefs.language and "language" in parts and parts["language"][k] == 1.0:
        reasons.append(Reason("preferences", prefs.language, item.vacancy.language, None, 1.0, "language"))
    if "region" in parts and region in item.provinces:
        reasons.append(Reason("context", region, item.places[0].name, None, 1.0, "region"))
    return reasons


def top_positions(scores: np.ndarray, candidates: np.ndarray, limit: int,
                  order: np.ndarray | None = None) -> np.ndarray:
    """Indexes into ``candidates`` of the best ``limit``: score first, then id (``order`` ranks
    positions by id; without it, positions are taken to be in id order).

    A partial sort finds the cut-off score; everything tied at the cut-off is kept before the
    exact sort, so ties always break by id, whatever the partition did.
    """
    if scores.size > limit:
        cutoff = np.partition(scores, scores.size - limit)[scores.size - limit]
        keep = np.flatnonzero(scores >= cutoff)
    else:
        keep = np.arange(scores.size)
    ties = candidates[keep] if order is None else order[candidates[keep]]
    return keep[np.lexsort((ties, -scores[keep]))[:limit]]


@dataclass(frozen=True)
class Ranking:
    matches: list[Match]
    valid_until: float  # the first moment a vacancy it considered expires: the ranking may change then


def rank(index: VacancyIndex, query: dict[str, QueryConcept], prefs: Preferences | None,
         ctx: ContextSignals | None, gazetteer: Gazetteer, now: float, limit: int,
         allowed: np.ndarray | None = None) -> Ranking:
    """Best first; at most ``limit``; only live vacancies (and, given ``allowed``, only those
    flagged in it: the approved ones); every match with its reasons."""
    matches, valid_until = ranked(index, query, prefs, ctx, gazetteer, now, limit, allowed)
    return Ranking(list(matches), valid_until)


def ranked(index: VacancyIndex, query: dict[str, QueryConcept], prefs: Preferences | None,
           ctx: ContextSignals | None, gazetteer: Gazetteer, now: float, limit: int,
           allowed: np.ndarray | None = None, remote_only: bool = False) -> tuple[Iterator[Match], float]:
    """``rank``, with each match unpacked and explained only when it is asked for: the floor
    that follows often needs the first few of the candidates, not all of them. ``remote_only``:
    see ``fits_stated_facts``."""
    if not len(index):
        return iter(()), math.inf
    raw = concept_scores(index, query)
    wanted = gazetteer.resolve(prefs.location) if prefs and prefs.location else None
    if not query and wanted is not None:
        posting = index.postings.get(f"province:{wanted.province}")
        if posting is not None:
            raw[posting[0]] = ONLY_PLACE_SCORE  # only a place was stated: its vacancies, nearest first
    elif not query and prefs is not None and (prefs.remote is True or prefs.hours):
        raw[:] = ONLY_PLACE_SCORE  # only remote work or hours: every vacancy that fits them
    candidates = np.flatnonzero(raw > 0)
    candidates = candidates[index.expires[candidates] > now]
    if allowed is not None:
        candidates = candidates[allowed[candidates]]
    if prefs is not None:
        candidates = candidates[fits_stated_facts(index, candidates, prefs, wanted, remote_only)]
    if not candidates.size:
        return iter(()), math.inf
    valid_until = float(index.expires[candidates].min())
    base = 1.0 - np.exp(-raw[candidates])
    if base.size > limit:
        # Re-ranking multiplies by at most 1 and at least MIN_FACTOR, so a vacancy whose base
        # score is below MIN_FACTOR x the limit-th best can never reach the top: drop it now.
        kth = np.partition(base, base.size - limit)[base.size - limit]
        keep = base >= kth * MIN_FACTOR
        candidates, base = candidates[keep], base[keep]
    region = ctx.region if ctx and ctx.region and ctx.region.startswith("NL-") else None
    factors = rerank_factors(index, candidates, prefs, wanted, region)
    scores = np.round(base * factors.total, 4)

    def matches(top: list[int]) -> Iterator[Match]:
        for k in top:
            item = index.items[int(candidates[k])]
            reasons = _concept_reasons(item, query) + _factor_reasons(k, item, factors, prefs, region, wanted)
            yield Match(item.vacancy.id, float(scores[k]), tuple(reasons), item)

    return matches(top_positions(scores, candidates, limit, index.order).tolist()), valid_until
