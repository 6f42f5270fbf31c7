"""The render path in one straight line: signals -> query -> matching -> copy -> explanation.

Nothing here knows about HTTP; the API views parse a request, call this and serialise.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

from engine.copywriter import LANGUAGES, Copywriter
from engine.explain import Explanation, Notes, explain, why_facts
from engine.index import IndexHolder
from engine.links import LinkSigner
from engine.matching import Match, rank
from engine.nlp.analyzer import Analyzer
from engine.places import Gazetteer
from engine.query import direct_concepts, expand
from engine.signals import ContextSignals, MatchRequest, Preferences, RenderRequest, to_signals
from engine.taxonomy import Taxonomy

TokenResolver = Callable[[str], Preferences | None]


@dataclass(frozen=True)
class Ad:
    vacancy_id: str
    language: str
    headline: str
    body: str
    cta: str
    advertiser: str
    click_url: str
    template: str
    score: float
    explanation: Explanation
    html: str | None = None

    def as_dict(self) -> dict:
        data = {"vacancy_id": self.vacancy_id, "language": self.language,
                "headline": self.headline, "body": self.body, "cta": self.cta,
                "advertiser": self.advertiser, "click_url": self.click_url,
                "template": self.template, "score": self.score,
                "explanation": self.explanation.as_dict()}
        if self.html is not None:
            data["html"] = self.html
        return data


@dataclass(frozen=True)
class Decision:
    """What a match request resolved to, before any copy is written."""

    matches: list[Match]
    preferences: Preferences | None
    context: ContextSignals | None
    notes: Notes


class Plainsight:
    def __init__(self, analyzer: Analyzer, taxonomy: Taxonomy, gazetteer: Gazetteer,
                 index: IndexHolder, copywriter: Copywriter, signer: LinkSigner,
                 templates_dir: Path, resolve_token: TokenResolver | None = None) -> None:
        self.analyzer = analyzer
        self.taxonomy = taxonomy
        self.gazetteer = gazetteer
        self.index = index
        self.copywriter = copywriter
        self.signer = signer
        self.resolve_token = resolve_token or (lambda token: None)
        self.ads_env = Environment(loader=FileSystemLoader(str(templates_dir)),
                                   autoescape=select_autoescape(["html"]),
                                   undefined=StrictUndefined)

    def decide(self, request: MatchRequest, now: float | None = None) -> Decision:
        prefs, ctx = to_signals(request)
        not_used = []
        if request.preferences_token is not None:
            stored = self.resolve_token(request.preferences_token)
            if stored is None:
                not_used.append(("preferences_token", "token_unknown"))
            elif prefs is None:
                prefs = stored
        if ctx is not None and ctx.time:
            not_used.append(("context.time", "not_used_for_ranking"))
        query = expand(direct_concepts(self.analyzer, prefs, ctx), self.taxonomy)
        matches = rank(self.index.current(), query, prefs, ctx, self.gazetteer,
                       time.time() if now is None else now, request.limit)
        return Decision(matches, prefs, ctx, Notes(not_used=tuple(not_used)))

    def render(self, request: RenderRequest, now: float | None = None) -> list[Ad]:
        decision = self.decide(request.model_copy(update={"limit": request.count}), now)
        return [self._ad(match, decision, request.format) for match in decision.matches]

    def ad_language(self, match: Match, decision: Decision) -> str:
        for asked in (decision.preferences and decision.preferences.language,
                      decision.context and decision.context.language):
            if asked in LANGUAGES:
                return asked
        return match.item.vacancy.language if match.item.vacancy.language in LANGUAGES else "nl"

    def _ad(self, match: Match, decision: Decision, fmt: str) -> Ad:
        vacancy = match.item.vacancy
        language = self.ad_language(match, decision)
        lead = next((r for r in match.reasons if r.kind == "concept"), None)
        situation = "open" if lead is None else ("interest" if lead.signal == "preferences" else "context")
        copy = self.copywriter.write(vacancy, language, situation, lead.concept if lead else None)
        topic = self.copywriter.topic(lead.concept, language) if lead else None
        explanation = explain(match, language, decision.preferences, decision.context, topic,
                              decision.notes)
        explanation = Explanation(**{**explanation.__dict__,
                                     "url": self.signer.why_url(why_facts(match, language, explanation))})
        click_url = self.signer.click_url(vacancy.id)
        html = None
        if fmt == "html":
            html = self.ads_env.get_template("ads/ad.html").render(
                copy=copy, vacancy=vacancy, click_url=click_url, why_url=explanation.url,
                language=language)
        return Ad(vacancy.id, language, copy.headline, copy.body, copy.cta, vacancy.organization,
                  click_url, copy.template, match.score, explanation, html)
