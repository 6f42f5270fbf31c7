"""Read a vacancy into concepts, each with the evidence of where it was found.

A concept found only where the description wraps the job (company blurb, what the employer
offers, how to apply: see ``boilerplate``) weighs ``BOILERPLATE_WEIGHT``, less than one found
once in the description proper, however often it is repeated there; a concept of the
description proper counts its mentions there too. A term read as a personal
name ("contact: Jan Bakker") is no concept of the job.

The title and the occupational category are read as job titles (by their head word too, see
``components/titles``); a code in the category (ISCO-08, an ESCO occupation, an O*NET major
group: ``engine.domain.taxonomy.codes``) is structured evidence of the occupation, as strong as
the category's words. Skills, qualifications and education requirements come as ``skills``.
"""

from __future__ import annotations

from engine.domain.jobposting import Vacancy
from engine.domain.taxonomy.codes import occupation_codes
from engine.domain.vacancy import Evidence
from engine.nlp.analyzer import Analyzer, ConceptHit
from engine.nlp.boilerplate import boilerplate_spans, inside
from engine.nlp.components.senses import NAME

# How much a concept found in each part of a posting says about what the job is.
FIELD_WEIGHTS = {"title": 1.0, "occupational_category": 0.85, "skills": 0.55, "industry": 0.5}
TITLE_FIELDS = frozenset({"title", "occupational_category"})
DESCRIPTION_FIRST, DESCRIPTION_MORE, DESCRIPTION_CAP = 0.3, 0.08, 0.55
BOILERPLATE_WEIGHT = 0.12
# how much a reading says, beside a term of the taxonomy; "head": the family or broader
# occupation a title names by its head word, as much as a narrower occupation says of its broader
VIA_WEIGHTS = {"term": 1.0, "compound_head": 0.9, "hyphen_part": 0.8, "compound_modifier": 0.5, "head": 0.8}


def analyse_vacancy(vacancy: Vacancy, analyzer: Analyzer) -> dict[str, Evidence]:
    """Concept -> evidence; repeated mentions in the description add up, with a cap."""
    found: dict[str, Evidence] = {}

    def keep(concept: str, evidence: Evidence) -> None:
        current = found.get(concept)
        if current is None:
            found[concept] = evidence
            return
        # probabilistic OR: a second, independent place adds confidence
        combined = 1 - (1 - current.weight) * (1 - evidence.weight)
        best = current if current.weight >= evidence.weight else evidence
        found[concept] = Evidence(round(combined, 4), best.term, best.text, best.field)

    for field_name, weight in FIELD_WEIGHTS.items():
        text = getattr(vacancy, field_name)
        if not text:
            continue
        seen = set()
        for hit in _concepts(analyzer, text, vacancy.language, field_name in TITLE_FIELDS):
            if hit.concept not in seen:
                seen.add(hit.concept)
                keep(hit.concept, Evidence(_via_weight(weight, hit.via), hit.term, hit.text, field_name))
    for concept, evidence in _coded(vacancy, analyzer).items():
        keep(concept, evidence)
    for concept, evidence in _description(vacancy, analyzer).items():
        keep(concept, evidence)
    return found


def _concepts(analyzer: Analyzer, text: str, language: str, title: bool = False) -> list[ConceptHit]:
    return [hit for hit in analyzer.concepts(text, language, title=title) if hit.doubt != NAME]


def _coded(vacancy: Vacancy, analyzer: Analyzer) -> dict[str, Evidence]:
    """The occupations (or sector) the category's codes stand for; a code standing for several
    occupations says less of each."""
    found: dict[str, Evidence] = {}
    for code in occupation_codes(vacancy.occupational_category):
        concepts = analyzer.coded(code)
        weight = round(FIELD_WEIGHTS["occupational_category"] / max(1.0, len(concepts) ** 0.5), 4)
        for concept in concepts:
            if concept not in found:
                found[concept] = Evidence(weight, code, (vacancy.occupational_category or code)[:80],
                                          "occupational_category")
    return found


def _description(vacancy: Vacancy, analyzer: Analyzer) -> dict[str, Evidence]:
    """Repeated mentions add up, with a cap, for a concept of the description proper; one
    found only in the boilerplate counts once, weakly."""
    wrapping = boilerplate_spans(vacancy.description, vacancy.organization)
    body: dict[str, list[ConceptHit]] = {}
    aside: dict[str, list[ConceptHit]] = {}
    for hit in _concepts(analyzer, vacancy.description, vacancy.language):
        (aside if inside(wrapping, hit.start) else body).setdefault(hit.concept, []).append(hit)
    found = {}
    for concept, hits in body.items():
        mentions = len(hits) + len(aside.get(concept, ()))
        weight = min(DESCRIPTION_CAP, DESCRIPTION_FIRST + DESCRIPTION_MORE * (mentions - 1))
        found[concept] = Evidence(_via_weight(weight, hits[0].via), hits[0].term, hits[0].text, "description")
    for concept, hits in aside.items():
        if concept not in found:
            found[concept] = Evidence(_via_weight(BOILERPLATE_WEIGHT, hits[0].via), hits[0].term, hits[0].text,
                                      "description")
    return found


def _via_weight(weight: float, via: str) -> float:
    return round(weight * VIA_WEIGHTS[via], 4)
