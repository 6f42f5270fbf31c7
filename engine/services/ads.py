"""The public ad paths: match, render, embed, bid, click and "why this ad?".

Serving and its counting live together, so every path that shows an ad counts it the same way:
aggregate statistics and the decision log, never identifiers.
"""

from __future__ import annotations

import re
import time
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any

from engine.domain.errors import NotFound
from engine.domain.explain import shown_why
from engine.domain.identifiers import find_identifiers
from engine.domain.jobposting import Vacancy
from engine.domain.links import LinkSigner, Opened
from engine.domain.openrtb import read_bid_request
from engine.domain.pacing import MICRO, clearing_price, impression_cost_micro
from engine.domain.privacy import SIGNALS_NEVER_USED
from engine.domain.signals import MatchRequest, RenderRequest, validate
from engine.domain.slots import Slot
from engine.domain.taxonomy import Taxonomy
from engine.services.bidder import Answer, Bidder
from engine.services.embeds import EmbedCache, Versions
from engine.services.render import Ad, Decision, Plainsight
from engine.services.slots import SlotService
from engine.store.bidding import BidBook
from engine.store.client import StoreDown, guarded
from engine.store.decisions import DecisionLog
from engine.store.stats import Stats


@dataclass(frozen=True)
class Embedded:
    """What an embed frame shows: the slot, at most one ad, and the page's language."""

    slot: Slot
    ads: list[Ad]
    language: str
    asked: bool  # whether there was anything to match on (else no ad was looked for)


@dataclass(frozen=True)
class Why:
    """The facts a "why this ad?" link carries, and the vacancy if it is still live."""

    language: str
    facts: dict[str, Any]
    vacancy: Vacancy | None
    never_used: list[str]
    taxonomy: Taxonomy


PAGE_VIEW = re.compile(r"[A-Za-z0-9_-]{8,64}\Z")
SLOTS_PER_PAGE = 8  # how many other slots of one page an embed looks past


def page_view_of(args: Mapping[str, str]) -> str | None:
    """The page view's nonce embed.js made (``pv``): random, one per page load, nothing about
    the reader; anything else is ignored."""
    nonce = args.get("pv", "")
    return nonce if PAGE_VIEW.fullmatch(nonce) else None


def embed_context(slot: Slot, args: Mapping[str, str]) -> dict[str, Any]:
    """What embed.js passed about the host page: its title, description and language. A title or
    description holding a personal identifier (a profile page's e-mail address) is left out, not
    refused: the frame still shows an ad, and the identifier never enters."""
    context: dict[str, Any] = {}
    title, description = args.get("title", "")[:500], args.get("desc", "")[:2000]
    if title and not find_identifiers(title):
        context["title"] = title
    if description and not find_identifiers(description):
        context["text"] = description
    language = page_language(slot, args)
    if language is not None:
        context["language"] = language
    return context


def page_language(slot: Slot, args: Mapping[str, str]) -> str | None:
    """The page's own language first, then the slot's."""
    asked = args.get("lang", "")[:2].lower()
    return asked if asked in ("nl", "en") else slot.language


def slot_context(slot: Slot, language: str | None) -> dict[str, Any]:
    """What the slot says its site is about: the context when the page itself fits nothing."""
    context: dict[str, Any] = {}
    if slot.keywords:
        context["keywords"] = list(slot.keywords)
    if slot.description:
        context["text"] = slot.description
    if context and language is not None:
        context["language"] = language
    return context


@dataclass(frozen=True)
class Rendered:
    """The ads of one render, and notes for the caller (why there are fewer than asked)."""

    ads: list[Ad]
    notes: list[dict[str, str]]


NOTHING_FITTED = {"nl": "Geen vacature past goed genoeg bij deze pagina of deze interesse om te tonen.",
                  "en": "No vacancy fits this page or interest well enough to show."}


def nothing_fitted(language: str) -> dict[str, str]:
    """The note of an empty answer: an honest nothing beats an ad that claims a link."""
    return {"code": "nothing_fitted", "message": NOTHING_FITTED.get(language, NOTHING_FITTED["en"])}


class AdService:
    def __init__(self, *, plainsight: Plainsight, bidder: Bidder, slots: SlotService, signer: LinkSigner,
                 stats: Stats, decisions: DecisionLog, decision_versions: str, max_limit: int,
                 book: BidBook) -> None:
        self.plainsight = plainsight
        self.bidder = bidder
        self.book = book
        self.slots = slots
        self.embeds: EmbedCache[Embedded] = EmbedCache(self._serving_versions)  # over a slot's quota
        self.signer = signer
        self.stats = stats
        self.decisions = decisions
        self.decision_versions = decision_versions  # taxonomy and pipeline versions, serialised once
        self.max_limit = max_limit

    def match(self, body: Any, objection: str | None = None) -> Decision:
        """Rank only: nothing is shown, so nothing is counted."""
        request = validate(MatchRequest, body, self.max_limit)
        return self.plainsight.decide(request, objection=objection)

    def render(self, body: Any, objection: str | None = None) -> Rendered:
        """A render; with ``"slot"`` in the body, one of a career site's slots: only what its
        scope allows, counted for the slot."""
        request = validate(RenderRequest, body, self.max_limit)
        slot_id = request.slot
        slot = self.slots.get(slot_id) if slot_id is not None else None  # an unknown slot: NotFound
        restriction = self.slots.restriction(slot) if slot else None
        ads = self.plainsight.render(request, objection=objection, slot=slot_id, restriction=restriction)
        self.stats.count_ads(ads, slot_id)
        self._log("render", ads, self.plainsight.preference_kinds(request, objection))
        notes = [] if ads else [nothing_fitted(self.plainsight.reader_language(request))]
        return Rendered(ads, notes)

    def embed(self, slot_id: str, args: Mapping[str, str]) -> Embedded:
        """A slot's ad for the page embed.js describes. Honest fallbacks, never a confident claim:
        the page first; else what the slot says its site is about; else the owner's fixed
        vacancy (with open copy); else no ad."""
        slot = self.slots.get(slot_id)
        language = page_language(slot, args)
        contexts = [c for c in (embed_context(slot, args), slot_context(slot, language)) if set(c) - {"language"}]
        page_view = page_view_of(args)
        taken = self._shown_on(page_view)
        ads: list[Ad] = []
        for context in contexts:
            ads = self._fresh_ads(slot, context, page_view, taken)
            if ads:
                break
        if not ads and slot.fallback and slot.fallback not in taken:
            ads = self.plainsight.fixed_ad(slot.fallback, language or "nl", slot.id)
        self.stats.count_ads(ads, slot.id)
        self._log("embed", ads, [])
        shown = Embedded(slot, ads, ads[0].language if ads else language or "nl",
                         bool(contexts) or slot.fallback is not None)
        self.embeds.keep(slot.id, language or "", shown)
        return shown

    def _fresh_ads(self, slot: Slot, context: dict[str, Any], page_view: str | None, shown: set[str]) -> list[Ad]:
        """The best ad of the slot's scope that no other slot of the page view shows: a few are
        ranked, and the first one not taken is claimed."""
        count = min(1 + len(shown) + 2, 1 + SLOTS_PER_PAGE) if page_view else 1
        parsed = validate(RenderRequest, {"context": context, "format": "html", "count": count})
        ads = [ad for ad in self.plainsight.render(parsed, slot=slot.id, restriction=self.slots.restriction(slot))
               if ad.vacancy_id not in shown]
        if page_view is None or not ads:
            return ads[:1]
        try:
            chosen = guarded(self.book.breaker, lambda: self.slots.claim(page_view, [ad.vacancy_id for ad in ads]))
        except StoreDown:
            return ads[:1]
        return [ad for ad in ads if ad.vacancy_id == chosen]

    def _shown_on(self, page_view: str | None) -> set[str]:
        """What the page view's other slots show; nothing known while the store is down."""
        try:
            return guarded(self.book.breaker, lambda: self.slots.shown_on(page_view))
        except StoreDown:
            return set()

    def cached_embed(self, slot_id: str, args: Mapping[str, str]) -> Embedded:
        """A visitor's frame over the slot's quota: what this worker last showed in the slot (in the
        page's language) while it is fresh, else the slot's own ad, made once and kept. A frame
        on a career site never shows an error; a cached ad is not counted again."""
        slot = self.slots.get(slot_id)
        language = page_language(slot, args)
        cached = self.embeds.get(slot.id, language or "")
        if cached is not None:
            return replace(cached, slot=slot)
        return self.embed(slot_id, {"lang": language} if language else {})

    def preview(self, slot: Slot, language: str) -> Ad | None:
        """What the slot would show on a page that says nothing but what the slot says about its
        site (else its fallback): for the studio, so neither counted nor logged."""
        context = slot_context(slot, language)
        if set(context) - {"language"}:
            parsed = validate(RenderRequest, {"context": context, "format": "html", "count": 1})
            ads = self.plainsight.render(parsed, slot=slot.id, restriction=self.slots.restriction(slot))
            if ads:
                return ads[0]
        fixed = self.plainsight.fixed_ad(slot.fallback, language, slot.id) if slot.fallback else []
        return fixed[0] if fixed else None

    def _serving_versions(self) -> Versions:
        """The catalogue and oversight versions an ad was chosen under: a cached ad is good only
        while both are unchanged (a pause or the kill switch changes the second)."""
        state = self.plainsight.oversight.current() if self.plainsight.oversight else None
        return self.plainsight.index.current().version, state.version if state is not None else None

    def bid(self, body: Any, started: float | None = None, billing: str = "burl",
            now: float | None = None) -> Answer:
        """An OpenRTB answer and the ads it offers: offered, not shown, so no impression is
        counted here (``notice`` counts it when the exchange bills it); links point at the public URL."""
        answer = self.bidder.respond(read_bid_request(body), started, billing, now)
        self._log("openrtb", answer.offered, [])
        return answer

    def notice(self, kind: str, token: str, price: str | None, loss: str | None = None,
               now: float | None = None) -> None:
        """A win, billing or loss notice, counted once per bid: the one the exchange bills on
        counts the impression and, for a CPM bid, what it cost at the price the exchange says
        (never above our bid). A replay is answered and counts nothing."""
        opened = self.signer.open_notice(kind, token)
        facts, now = opened.facts, time.time() if now is None else now
        if (kind == "loss" and loss == "0") or not self.book.first(kind, opened.nonce, opened.ttl):
            return  # loss code 0 says the bid won after all
        counts = {"win": {"wins": 1}, "loss": {"losses": 1}}.get(kind, {})
        if kind == facts.get("b", "bill"):
            cost = impression_cost_micro(clearing_price(price, float(facts["p"]))) if facts.get("m") == "cpm" else 0
            counts = {**counts, "imps": 1, "spent": cost}
            self.stats.count("impression", facts["v"], facts.get("t") if isinstance(facts.get("t"), str) else None)
        self.book.add(now, facts["v"], **counts)

    def click(self, token: str, now: float | None = None) -> str:
        """Where a signed click link leads (the vacancy's own page), counted once in the link's
        lifetime; a click on an ad-network ad counts for its vacancy's day (and costs its CPC)."""
        opened = self.signer.open_click(token)
        facts = opened.facts
        item = self.plainsight.index.current().get(facts["v"])
        target = item and (item.vacancy.url or item.vacancy.organization_url)
        if not target:
            raise NotFound("This vacancy is no longer available.", None, code="vacancy_gone")
        if self._first_click(opened):
            self.stats.count("click", facts["v"], facts.get("t"), facts.get("s"))
            if facts.get("o"):
                self.book.add(time.time() if now is None else now, facts["v"], clicks=1,
                              spent=round(float(facts.get("k", 0)) * MICRO))
        return target

    def _first_click(self, opened: Opened) -> bool:
        """Whether the click counts; while the store is down the reader is still sent on, uncounted."""
        try:
            return guarded(self.book.breaker, lambda: self.book.first("click", opened.nonce, opened.ttl))
        except StoreDown:
            return False

    def why(self, token: str) -> Why:
        facts = self.signer.read_why(token)
        language: str = facts["l"] if facts.get("l") in ("nl", "en") else "en"
        facts = shown_why(facts, language, self.plainsight.taxonomy)  # of the reader's words, the matched term only
        item = self.plainsight.index.current().get(str(facts.get("v")))
        return Why(language, facts, item.vacancy if item else None,
                   [labels[language] for _, labels in SIGNALS_NEVER_USED], self.plainsight.taxonomy)

    def close(self) -> None:
        """Stop the background writers, so they do not keep retrying a store that went away."""
        self.stats.stop()
        self.decisions.stop()

    def _log(self, endpoint: str, ads: list[Ad], preference_kinds: list[str]) -> None:
        """Log the decision: aggregates and kinds, never identifiers."""
        if not ads:
            return
        topics = sorted({ad.topic for ad in ads if ad.topic})
        self.decisions.record(endpoint, ads, topics, preference_kinds, self.decision_versions)
