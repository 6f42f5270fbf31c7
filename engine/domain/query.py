"""Turn a reader's stated preferences and a page's context into weighted concepts.

Stated interests weigh most; the page's title and keywords more than its running text. Each
concept is then widened by meaning: a skill reaches the occupations that use it, and an
occupation reaches (more weakly) its broader field.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import unquote, urlsplit

from engine.nlp.analyzer import Analyzer, ConceptHit
from engine.domain.signals import ContextSignals, Preferences
from engine.domain.taxonomy import Taxonomy

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
BROADER_FACTOR = (0.4, 0.2)  # parent, grandparent
SKILL_TO_OCCUPATION = 0.5
SKILL_TO_BROADER = 0.4


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


def _hits(analyzer: Analyzer, text: str | None, language: str | None,
          remember: bool = True) -> tuple[ConceptHit, ...]:
    return analyzer.concepts(text, language, remember) if text else ()


def _url_words(url: str) -> str:
    path = unquote(urlsplit(url).path)
    return " ".join(w for w in re.split(r"[/\-_.+]+", path) if w and not w.isdigit())


def direct_concepts(analyzer: Analyzer, prefs: Preferences | None, ctx: ContextSignals | None,
                    remember_preferences: bool = True) -> list[QueryConcept]:
    found: list[QueryConcept] = []
    if prefs and prefs.interests:
        for hit in _hits(analyzer, prefs.interests, None, remember_preferences):
            found.append(QueryConcept(hit.concept, VIA_FACTOR[hit.via], "preferences.interests",
                                      hit.text, "direct"))
    if ctx:
        scale = CONTEXT_WITH_PREFERENCES if found else 1.0
        lang = ctx.language
        for signal, text in (("context.title", ctx.title),
                             ("context.keywords", ", ".join(ctx.keywords)),
                             ("context.url", _url_words(ctx.url) if ctx.url else None)):
            for hit in _hits(analyzer, text, lang):
                found.append(QueryConcept(hit.concept, SIGNAL_WEIGHTS[signal] * scale * VIA_FACTOR[hit.via],
                                          signal, hit.text, "direct"))
        counts: dict[str, list[ConceptHit]] = {}
        for hit in _hits(analyzer, ctx.text, lang):
            counts.setdefault(hit.concept, []).append(hit)
        ranked = sorted(counts.items(), key=lambda kv: (-len(kv[1]), kv[0]))[:TEXT_TOP]
        for concept, hits in ranked:
            weight = min(TEXT_CAP, SIGNAL_WEIGHTS["context.text"] + TEXT_REPEAT_BONUS * (len(hits) - 1))
            found.append(QueryConcept(concept, weight * scale * VIA_FACTOR[hits[0].via],
                                      "context.text", hits[0].text, "direct"))
    return found


def expand(direct: list[QueryConcept], taxonomy: Taxonomy) -> dict[str, QueryConcept]:
    """The strongest reading of each concept, after widening by meaning."""
    best: dict[str, QueryConcept] = {}

    def offer(candidate: QueryConcept) -> None:
        current = best.get(candidate.concept)
        if current is None or candidate.weight > current.weight:
            best[candidate.concept] = candidate

    using = taxonomy.occupations_using()
    for q in direct:
        if q.concept not in taxonomy:
            continue
        offer(q)
        concept = taxonomy[q.concept]
        if concept.type == "skill":
            for occupation in using.get(q.concept, ()):
                offer(QueryConcept(occupation, q.weight * SKILL_TO_OCCUPATION, q.signal, q.input, "skill"))
            if concept.broader and taxonomy[concept.broader].type == "skill":
                offer(QueryConcept(concept.broader, q.weight * SKILL_TO_BROADER, q.signal, q.input, "broader"))
            continue
        if concept.type == "occupation":
            for factor, ancestor in zip(BROADER_FACTOR, taxonomy.ancestors(q.concept), strict=False):
                offer(QueryConcept(ancestor.id, q.weight * factor, q.signal, q.input, "broader"))
                if ancestor.type == "sector":
                    break
    return {c: QueryConcept(q.concept, round(q.weight, 4), q.signal, q.input, q.via)
            for c, q in sorted(best.items())}
