"""The render path in one straight line: signals -> query -> matching -> copy -> explanation.

Nothing here knows about HTTP; the API views parse a request, call this and serialise.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

import numpy as np
from cachetools import LRUCache
from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

from engine.domain import i18n
from engine.domain.copy.desk import CopyDesk
from engine.domain.copy.writer import LANGUAGES, Copy, Copywriter
from engine.domain.explain import Explanation, Notes, explain, why_facts
from engine.domain.index import IndexedVacancy, VacancyIndex
from engine.domain.jobposting import Vacancy
from engine.domain.language import detect_language, reader_language
from engine.domain.links import LinkSigner
from engine.domain.matching import Match, Ranking, rank, ranked
from engine.domain.normalise import fold
from engine.domain.oversight import OversightState
from engine.domain.places import Gazetteer
from engine.domain.query import QueryConcept, expand
from engine.domain.relevance import Floor, serve
from engine.domain.signals import ContextSignals, MatchRequest, Preferences, RenderRequest, to_signals
from engine.domain.slots import Restriction
from engine.domain.taxonomy import Taxonomy
from engine.domain.understanding import Understood, remote_only, understand
from engine.nlp.analyzer import Analyzer
from engine.nlp.query import direct_concepts
from engine.store.client import Breaker, StoreDown, guarded
from engine.store.index import IndexHolder
from engine.store.oversight import OversightHolder
from engine.store.pages import PageContexts

TokenResolver = Callable[[str], Preferences | None]
WITHHELD_SPARE = 3
CANDIDATES = 10  # ranked before the floor is applied, so a few that fail it leave enough


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
    click_target: str | None = None  # where the click link leads: the vacancy's own page
    topic: str | None = None  # the sector the ad spoke to, for aggregate counts

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
    oversight: OversightState | None = None
    language: str | None = None  # the reader's, when the request tells it
    remember: bool = False  # its explanations may be kept (not for preferences stored under a token)


def states_facts_only(prefs: Preferences | None, ctx: ContextSignals | None) -> bool:
    """A reader's interest that states a place, remote work or hours, with no page to read: when
    its job wish finds nothing within those facts, the facts alone still choose (open copy)."""
    if prefs is None or ctx is not None and (ctx.title or ctx.text or ctx.keywords):
        return False
    return bool(prefs.location or prefs.remote is True or prefs.hours)


class Plainsight:
    def __init__(self, analyzer: Analyzer, taxonomy: Taxonomy, gazetteer: Gazetteer,
                 index: IndexHolder, copywriter: Copywriter, signer: LinkSigner,
                 templates_dir: Path, resolve_token: TokenResolver | None = None,
                 cache_size: int = 4096, pages: PageContexts | None = None,
                 oversight: OversightHolder | None = None, copydesk: CopyDesk | None = None,
                 breaker: Breaker | None = None, floor: Floor | None = None,
                 logo_url: Callable[[str], str | None] | None = None) -> None:
        self.analyzer = analyzer
        self.taxonomy = taxonomy
        self.gazetteer = gazetteer
        self.index = index
        self.copywriter = copywriter
        self.signer = signer
        self.resolve_token = resolve_token or (lambda token: None)
        self.pages = pages
        self.oversight = oversight
        self.copydesk = copydesk
        self.breaker = breaker or Breaker()
        self.floor = floor or Floor()
        self.logo_url = logo_url or (lambda organization: None)  # the engine's URL of an organisation's logo
        # (concept, folded term) -> the languages whose terms of the concept it is
        self.term_languages: dict[tuple[str, str], tuple[str, ...]] = {}
        for concept in taxonomy.concepts:
            for lang, terms in taxonomy[concept].terms.items():
                for term in terms:
                    key = (concept, fold(term))
                    self.term_languages[key] = (*self.term_languages.get(key, ()), lang)
        self._served: tuple[int, int, np.ndarray] | None = None
        # The same pages and interests come back again and again: remember what they mean and
        # the copy written for them. Keys are frozen values; nothing personal outlives the LRU.
        self.query_for = lru_cache(maxsize=cache_size)(self._query_for)
        self._write_copy = lru_cache(maxsize=cache_size)(copywriter.write)
        self._understand = lru_cache(maxsize=cache_size)(lambda prefs: understand(prefs, gazetteer))
        # the reader's language reads the interest and, without a declared language, the whole page
        self._language_of = lru_cache(maxsize=cache_size)(
            lambda prefs, ctx, written: self.language_of(prefs, ctx, remember=True, written=written))
        # A ranking is deterministic for the same signals and catalogue version until one of
        # the vacancies it considered expires; it is kept until then.
        self.decisions: LRUCache = LRUCache(maxsize=cache_size)
        self._decisions_lock = threading.Lock()
        self.decision_hits = self.decision_misses = 0  # cacheable lookups, counted for engine.web.metrics
        self.explanations: LRUCache = LRUCache(maxsize=cache_size)  # see ``explanation``
        self._explanations_lock = threading.Lock()
        self.ads_env = Environment(loader=FileSystemLoader(str(templates_dir)),
                                   autoescape=select_autoescape(["html"]),
                                   undefined=StrictUndefined)
        i18n.install(self.ads_env)  # an ad speaks the language it is rendered in

    def decide(self, request: MatchRequest, now: float | None = None, objection: str | None = None,
               career_site: bool = False, restriction: Restriction | None = None) -> Decision:
        """``objection`` is "gpc" or "dnt" when the reader's browser objects: then stated
        preferences, inline or stored, are not used at all and the explanation says so.
        ``career_site``: the request comes from a career site's slot, a page about work;
        ``restriction``: the slot's scope, which vacancies it may show at all."""
        prefs, ctx = to_signals(request)
        now = time.time() if now is None else now
        not_used = []
        cacheable = True
        if objection is not None:
            if prefs is not None or request.preferences_token is not None:
                not_used.append(("preferences", f"objection_{objection}"))
            prefs = None
        elif request.preferences_token is not None:
            cacheable = False  # stored preferences never linger in a cache after erasure
            token = request.preferences_token
            try:
                stored = guarded(self.breaker, lambda: self.resolve_token(token))
            except StoreDown:
                not_used.append(("preferences_token", "store_unavailable"))
            else:
                if stored is None:
                    not_used.append(("preferences_token", "token_unknown"))
                elif prefs is None:
                    prefs = stored
        if prefs is not None and request.preferences and request.preferences.interests \
                and prefs.interests != request.preferences.interests:
            not_used.append(("preferences.interests", "personal_statement_ignored"))
        understood: tuple[Understood, ...] = ()
        written = prefs.interests if prefs is not None else None  # its language is the reader's
        if prefs is not None and prefs.interests:  # place, hours and remote work written in the text
            prefs, understood = self._understand(prefs) if cacheable else understand(prefs, self.gazetteer)
        if ctx is not None and ctx.time:
            not_used.append(("context.time", "not_used_for_ranking"))
        if ctx is not None and ctx.url and not (ctx.title or ctx.text or ctx.keywords) and self.pages:
            pages, url = self.pages, ctx.url
            try:
                page = guarded(self.breaker, lambda: pages.lookup(url))
            except StoreDown:
                page, reason, cacheable = None, "store_unavailable", False
            else:
                reason = "page_not_read_yet" if self.pages.reads_pages else "pages_not_read"
            if page is None:
                not_used.append(("context.url", reason))
            else:
                ctx = replace(ctx, title=page.get("title"), text=page.get("text"),
                              keywords=tuple(page.get("keywords", ())), language=ctx.language or page.get("language"))
        index = self.index.current()
        state = self.oversight.current() if self.oversight else None
        if state is not None and state.kill is not None:
            return Decision([], prefs, ctx, Notes(not_used=tuple(not_used), understood=understood), state)
        only_remote = remote_only(prefs, understood)  # read from the text, so not in ``prefs``
        key = (prefs, ctx, request.limit, career_site, index.version, state and state.version,
               restriction and restriction.key, only_remote)
        with self._decisions_lock:
            cached = self.decisions.get(key) if cacheable else None
        if cached is not None and now < cached.valid_until:
            ranking = cached
            self.decision_hits += 1
        else:
            # stored preferences are neither remembered in the query cache nor in the analyzer's
            query = self.query_for(prefs, ctx) if cacheable else expand(
                direct_concepts(self.analyzer, prefs, ctx, remember_preferences=False), self.taxonomy)
            allowed = self.served_mask(index, state)
            if restriction is not None:
                scoped = restriction.mask(index)
                allowed = scoped if allowed is None else allowed & scoped
            candidates, valid_until = ranked(index, query, prefs, ctx, self.gazetteer, now,
                                             max(request.limit, CANDIDATES), allowed, only_remote)
            served = serve(candidates, query, ctx, self.floor, self.taxonomy, self.taxonomy.generic_skills,
                           career_site, limit=request.limit)
            if not served and query and states_facts_only(prefs, ctx):
                # the wished-for job is not there within the stated place, hours or remote work:
                # what fits those facts is served instead, with open copy (it claims no link)
                candidates, until = ranked(index, {}, prefs, ctx, self.gazetteer, now, request.limit, allowed,
                                           only_remote)
                served = serve(candidates, {}, ctx, self.floor, self.taxonomy, limit=request.limit)
                valid_until = min(valid_until, until)
            ranking = Ranking(served, valid_until)
            if cacheable:
                with self._decisions_lock:
                    self.decisions[key] = ranking
                    self.decision_misses += 1
        language = self._language_of(prefs, ctx, written) if cacheable else self.language_of(
            prefs, ctx, remember=False, written=written)
        return Decision(ranking.matches, prefs, ctx, Notes(not_used=tuple(not_used), understood=understood), state,
                        language, remember=cacheable)

    def served_mask(self, index: VacancyIndex, state: OversightState | None) -> np.ndarray | None:
        """Which vacancies of ``index`` are approved, remembered per index and state version."""
        if state is None:
            return None
        served = self._served
        if served is None or served[0] != index.version or served[1] != state.version:
            served = (index.version, state.version, state.served_mask(index.size, index.positions, index.digests))
            self._served = served
        return served[2]

    def write_copy(self, vacancy: Vacancy, language: str, situation: str, concept: str | None,
                   state: OversightState | None = None) -> Copy | None:
        """Copy from the templates approved in ``state`` (all of them when there is no oversight);
        None when every template for the situation is paused."""
        if self.copydesk is None:
            return self._write_copy(vacancy, language, situation, concept)
        return self.copydesk.writer_for(state)(vacancy, language, situation, concept)

    def withheld(self, copy: Copy, item: IndexedVacancy, state: OversightState | None) -> bool:
        """Copy with a hard inclusive-language finding waits until a person approved the vacancy."""
        if self.copydesk is None or state is None or not self.copydesk.has_hard_finding(copy):
            return False
        return not state.approved_by_person(item.vacancy, item.digest)

    @staticmethod
    def preference_kinds(request: MatchRequest, objection: str | None) -> list[str]:
        """Which kinds of stated preference a decision could use — names, never values."""
        if objection is not None:
            return []
        kinds = [name for name, value in (request.preferences.model_dump().items() if request.preferences else ())
                 if value not in (None, "")]
        return kinds + (["stored_preferences"] if request.preferences_token else [])

    def _query_for(self, prefs: Preferences | None, ctx: ContextSignals | None) -> dict[str, QueryConcept]:
        return expand(direct_concepts(self.analyzer, prefs, ctx), self.taxonomy)

    def render(self, request: RenderRequest, now: float | None = None, objection: str | None = None,
               slot: str | None = None, restriction: Restriction | None = None) -> list[Ad]:
        # a few spare matches stand by for ads withheld for their wording
        spare = request.count + WITHHELD_SPARE if self.copydesk is not None else request.count
        decision = self.decide(request.model_copy(update={"limit": spare}), now, objection,
                               career_site=slot is not None, restriction=restriction)
        ads = []
        for match in decision.matches:
            language = self.ad_language(match, decision)
            copy = self.write_copy(match.item.vacancy, language, *self.copy_key(match), decision.oversight)
            if copy is None or self.withheld(copy, match.item, decision.oversight):
                continue
            ads.append(self.ad_for(match, decision, request.format, slot, copy))
            if len(ads) == request.count:
                break
        return ads

    def fixed_ad(self, vacancy_id: str, language: str, slot: str | None = None) -> list[Ad]:
        """A slot owner's own choice of vacancy, with open copy (it claims no link), when it is
        live and may be served; else nothing."""
        index = self.index.current()
        item = index.get(vacancy_id)
        state = self.oversight.current() if self.oversight else None
        mask = self.served_mask(index, state)
        if item is None or not item.vacancy.is_live_at(time.time()) or (state is not None and state.kill) \
                or (mask is not None and not mask[index.positions[vacancy_id]]):
            return []
        decision = Decision([], None, None, Notes(), state, language)
        match = Match(vacancy_id, 0.0, (), item)
        copy = self.write_copy(item.vacancy, language, "open", None, state)
        return [] if copy is None else [self.ad_for(match, decision, "html", slot, copy, language)]

    def score_one(self, vacancy_id: str, request: MatchRequest, now: float | None = None) -> Match | None:
        """How one vacancy scores for ``request``, approved or not (for previews); a vacancy that
        does not match at all gets score 0 and no reasons; None when it is unknown or expired."""
        prefs, ctx = to_signals(request)
        index = self.index.current()
        item = index.get(vacancy_id)
        now = time.time() if now is None else now
        if item is None or not item.vacancy.is_live_at(now):
            return None
        only = np.zeros(index.size, dtype=bool)
        only[index.positions[vacancy_id]] = True
        ranking = rank(index, self.query_for(prefs, ctx), prefs, ctx, self.gazetteer, now, 1, only)
        return ranking.matches[0] if ranking.matches else Match(vacancy_id, 0.0, (), item)

    def ad_language(self, match: Match, decision: Decision) -> str:
        """The reader's language, else the vacancy's: a vacancy written in the other language
        still gets copy in the reader's (its title may stay as written)."""
        if decision.language is not None:
            return decision.language
        return match.item.vacancy.language if match.item.vacancy.language in LANGUAGES else "nl"

    def reader_language(self, request: MatchRequest) -> str:
        prefs, ctx = to_signals(request)
        return self.language_of(prefs, ctx, remember=False) or "nl"

    def language_of(self, prefs: Preferences | None, ctx: ContextSignals | None, remember: bool,
                    written: str | None = None) -> str | None:
        """See ``engine.domain.language.reader_language``; an interest too short to tell by its
        words is told by the language of the taxonomy terms it matched. ``written`` is the
        interest as the reader wrote it, before place and hours were read out of it: "Python dev,
        hybrid in Eindhoven or remote, 36-40h" is English though "Python dev" is no language."""
        interests = written or (prefs.interests if prefs else None)
        votes: dict[str, int] = {}
        if prefs is not None and interests and not prefs.language and detect_language(interests) is None:
            for hit in direct_concepts(self.analyzer, prefs, None, remember_preferences=remember):
                for lang in self.term_languages.get((hit.concept, fold(hit.input)), ()):
                    votes[lang] = votes.get(lang, 0) + 1  # dicts keep the order of first votes
        # the page's text is joined (and read for its language) only when nothing earlier decides
        page_text = " ".join(filter(None, (ctx.title, ctx.text))) if ctx and not ctx.language and not (
            prefs and prefs.language) else None
        return reader_language(prefs.language if prefs else None, interests, votes,
                               ctx.language if ctx else None, page_text)

    @staticmethod
    def copy_key(match: Match) -> tuple[str, str | None]:
        """The situation the copy speaks to and the concept that led to the match."""
        lead = next((r for r in match.reasons if r.kind == "concept"), None)
        situation = "open" if lead is None else ("interest" if lead.signal == "preferences" else "context")
        return situation, lead.concept if lead else None

    def explanation(self, match: Match, decision: Decision, language: str, topic: str | None) -> Explanation:
        """Why the ad is shown, with its signed "why" link. The same match for the same signals
        explains the same way all day (the link's expiry is a day), and a page's readers ask for
        it again and again: it is kept per worker, as rankings are, but never for preferences
        stored under a token (``Decision.remember``), which must not linger after erasure."""
        notes = decision.notes
        key = (match.vacancy_id, match.score, match.reasons, language, decision.preferences, decision.context,
               topic, notes.not_used, notes.understood, self.signer.expiry_day())
        if decision.remember:
            with self._explanations_lock:
                kept = self.explanations.get(key)
            if kept is not None:
                return kept
        explanation = explain(match, language, decision.preferences, decision.context, topic, notes, self.taxonomy)
        explanation = replace(explanation, url=self.signer.why_url(why_facts(match, language, explanation)))
        if decision.remember:
            with self._explanations_lock:
                self.explanations[key] = explanation
        return explanation

    def ad_for(self, match: Match, decision: Decision, fmt: str, slot: str | None = None,
               copy: Copy | None = None, language: str | None = None, count_clicks: bool = True) -> Ad:
        """The ad for one match. Previews pass ``count_clicks=False``: their link leads straight
        to the vacancy, so a marketeer's click is never counted."""
        vacancy = match.item.vacancy
        language = language or self.ad_language(match, decision)
        lead = next((r for r in match.reasons if r.kind == "concept"), None)
        if copy is None:
            copy = self.write_copy(vacancy, language, *self.copy_key(match), decision.oversight)
        if copy is None:  # callers pass the copy they checked; without it there is no ad to make
            raise ValueError(f"no approved template writes copy for {vacancy.id}")
        topic = self.copywriter.topic(lead.concept, language) if lead else None
        explanation = self.explanation(match, decision, language, topic)
        sector = self.taxonomy.sector_of(lead.concept) if lead and lead.concept and lead.concept in self.taxonomy \
            else None
        topic_id = sector.id if sector else None
        target = vacancy.url or vacancy.organization_url
        # a served ad's click link counts once (its own nonce); a preview's leads straight to the vacancy
        click_url = self.signer.click_url(vacancy.id, topic_id, slot, once=True) if count_clicks else (target or "#")
        html = None
        if fmt == "html":
            html = self.ads_env.get_template("ads/ad.html").render(
                copy=copy, vacancy=vacancy, click_url=click_url, why_url=explanation.url,
                language=language, logo_url=self.logo_url(vacancy.organization))
        return Ad(vacancy.id, language, copy.headline, copy.body, copy.cta, vacancy.organization,
                  click_url, copy.template, match.score, explanation, html, target, topic_id)
