"""Read a request's stated preferences and page context into direct, weighted concepts."""

from __future__ import annotations

import re
from urllib.parse import unquote, urlsplit

from engine.domain.normalise import fold
from engine.domain.query import (
    CONTEXT_WITH_PREFERENCES,
    SIGNAL_WEIGHTS,
    TEXT_CAP,
    TEXT_REPEAT_BONUS,
    TEXT_TOP,
    VIA_FACTOR,
    QueryConcept,
)
from engine.domain.signals import ContextSignals, Preferences
from engine.domain.work_words import WORK_WORDS, folded_words
from engine.nlp.analyzer import Analyzer, ConceptHit
from engine.nlp.components.senses import CONTEXT, NAME

WORK_WORDS_NEEDED = 2


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
        # a stated interest is about work: an ambiguous term there means the job ("Java")
        for hit in _hits(analyzer, prefs.interests, None, remember_preferences):
            if hit.doubt != NAME:
                found.append(QueryConcept(hit.concept, VIA_FACTOR[hit.via], "preferences.interests",
                                          hit.text, "direct"))
    if ctx:
        found.extend(_context_concepts(analyzer, ctx, CONTEXT_WITH_PREFERENCES if found else 1.0))
    return found


def _context_concepts(analyzer: Analyzer, ctx: ContextSignals, scale: float) -> list[QueryConcept]:
    lang = ctx.language
    parts = in_sense(speaks_of_work(ctx), {
        "context.title": _hits(analyzer, ctx.title, lang),
        "context.keywords": _hits(analyzer, ", ".join(ctx.keywords), lang),
        "context.url": _hits(analyzer, _url_words(ctx.url), lang) if ctx.url else (),
        "context.text": _hits(analyzer, ctx.text, lang),
    })
    found = []
    for signal in ("context.title", "context.keywords", "context.url"):
        for hit in parts[signal]:
            found.append(QueryConcept(hit.concept, SIGNAL_WEIGHTS[signal] * scale * VIA_FACTOR[hit.via],
                                      signal, hit.text, "direct"))
    counts: dict[str, list[ConceptHit]] = {}
    for hit in parts["context.text"]:
        counts.setdefault(hit.concept, []).append(hit)
    ranked = sorted(counts.items(), key=lambda kv: (-len(kv[1]), kv[0]))[:TEXT_TOP]
    for concept, hits in ranked:
        weight = min(TEXT_CAP, SIGNAL_WEIGHTS["context.text"] + TEXT_REPEAT_BONUS * (len(hits) - 1))
        found.append(QueryConcept(concept, weight * scale * VIA_FACTOR[hits[0].via],
                                  "context.text", hits[0].text, "direct"))
    return found


def in_sense(about_work: bool, parts: dict[str, tuple[ConceptHit, ...]]) -> dict[str, list[ConceptHit]]:
    """The hits of a page's parts that mean what the taxonomy means, judged over the whole page.

    A word the page uses as a surname anywhere ("Jesse Timmerman" in the text) is a name in its
    title and address too. An ambiguous term ("Java", "controller", "Dutch") stands when the page
    speaks of work, or when some part of it names something else of the term's sector."""
    hits = [hit for part in parts.values() for hit in part]
    names = {fold(hit.text) for hit in hits if hit.doubt == NAME}
    vouched = {hit.group for hit in hits if hit.doubt is None and fold(hit.text) not in names}
    return {signal: [hit for hit in part if fold(hit.text) not in names
                     and (hit.doubt is None or (hit.doubt == CONTEXT and (about_work or hit.group in vouched)))]
            for signal, part in parts.items()}


def speaks_of_work(ctx: ContextSignals) -> bool:
    """Does the page use ``WORK_WORDS_NEEDED`` distinct words of work (jobs, staff, shifts)?"""
    text = " ".join(filter(None, (ctx.title, " ".join(ctx.keywords), ctx.text)))
    found = {word for word in folded_words(text) if word in WORK_WORDS}
    return len(found) >= WORK_WORDS_NEEDED
