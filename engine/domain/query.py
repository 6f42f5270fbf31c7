"""Turn a reader's stated preferences and a page's context into weighted concepts.

Stated interests weigh most; the page's title and keywords more than its running text. Each
concept is then widened by meaning: a skill reaches the occupations that use it, and an
occupation reaches (more weakly) its broader field. Widening weakens with every step and stops
after ``MAX_WIDENING_STEPS``; a generic skill (communication, numeracy) is not widened at all,
since the occupations sharing it have nothing else in common.
"""

from __future__ import annotations

from dataclasses import dataclass

from engine.domain.taxonomy import Concept, Taxonomy

VIA_FACTOR = {"term": 1.0, "compound_head": 0.9, "hyphen_part": 0.8, "compound_modifier": 0.5}
SIGNAL_WEIGHTS = {
    "preferences.interests": 1.0,
    "context.title": 0.6,
    "context.keywords": 0.6,
    "context.url": 0.4,
    "context.text": 0.25,
}
CONTEXT_WITH_PREFERENCES = 0.5  # when a reader said what they want, the page matters less
TEXT_REPEAT_BONUS, TEXT_CAP, TEXT_TOP = 0.08, 0.5, 8
BROADER_FIRST = 0.4      # an occupation's parent; its grandparent weighs STEP_DECAY of that
STEP_DECAY = 0.5
MAX_WIDENING_STEPS = 2   # parent and grandparent, never further
SKILL_TO_OCCUPATION = 0.5
SKILL_TO_BROADER = 0.4   # a skill's broader skill: one step only


@dataclass(frozen=True)
class QueryConcept:
    concept: str
    weight: float
    signal: str       # e.g. "preferences.interests", "context.title"
    input: str        # the words of the request that led here
    via: str          # "direct", "broader", "skill"

    @property
    def source(self) -> str:
        """``preferences`` or ``context``, as the API names it."""
        return self.signal.split(".")[0]


def expand(direct: list[QueryConcept], taxonomy: Taxonomy) -> dict[str, QueryConcept]:
    """The strongest reading of each concept, after widening by meaning."""
    best: dict[str, QueryConcept] = {}

    def offer(candidate: QueryConcept) -> None:
        current = best.get(candidate.concept)
        if current is None or candidate.weight > current.weight:
            best[candidate.concept] = candidate

    for q in direct:
        if q.concept not in taxonomy:
            continue
        offer(q)
        for widened in widen(q, taxonomy):
            offer(widened)
    return {c: QueryConcept(q.concept, round(q.weight, 4), q.signal, q.input, q.via)
            for c, q in sorted(best.items())}


def widen(q: QueryConcept, taxonomy: Taxonomy) -> list[QueryConcept]:
    """The concepts one direct concept reaches: a specific skill, the occupations using it and
    its broader skill; an occupation, its broader occupations up to and including its sector.
    Each step weighs less than the one before, and there are at most two."""
    concept = taxonomy[q.concept]
    if concept.type == "skill":
        if q.concept in taxonomy.generic_skills:
            return []
        found = [QueryConcept(o, q.weight * SKILL_TO_OCCUPATION, q.signal, q.input, "skill")
                 for o in taxonomy.occupations_using().get(q.concept, ())]
        broader = [a for a in _steps(taxonomy, q.concept)[:1] if a.type == "skill"]
        return found + _broader(q, broader, SKILL_TO_BROADER)
    if concept.type == "occupation":
        return _broader(q, _steps(taxonomy, q.concept), BROADER_FIRST)
    return []


def _steps(taxonomy: Taxonomy, concept_id: str) -> list[Concept]:
    """Up to ``MAX_WIDENING_STEPS`` broader concepts, nearest first, ending at a sector."""
    steps = []
    for ancestor in taxonomy.ancestors(concept_id):
        steps.append(ancestor)
        if ancestor.type == "sector" or len(steps) == MAX_WIDENING_STEPS:
            break
    return steps


def _broader(q: QueryConcept, ancestors: list[Concept], first: float) -> list[QueryConcept]:
    found, factor = [], first
    for ancestor in ancestors:
        found.append(QueryConcept(ancestor.id, q.weight * factor, q.signal, q.input, "broader"))
        factor *= STEP_DECAY
    return found
