"""The public ad paths: match, render, embed, bid, click and "why this ad?".

Serving and its counting live together, so every path that shows an ad counts it the same way:
aggregate statistics and the decision log, never identifiers.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from engine.domain.errors import NotFound
from engine.domain.identifiers import find_identifiers
from engine.domain.jobposting import Vacancy
from engine.domain.links import LinkSigner
from engine.domain.openrtb import read_bid_request
from engine.domain.privacy import SIGNALS_NEVER_USED
from engine.domain.signals import MatchRequest, RenderRequest, validate
from engine.domain.taxonomy import Taxonomy
from engine.services.bidder import Bidder
from engine.services.render import Ad, Decision, Plainsight
from engine.services.slots import SlotService
from engine.store.decisions import DecisionLog
from engine.store.slots import Slot
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
                 public_url: str) -> None:
        self.plainsight = plainsight
        self.bidder = bidder
        self.slots = slots
        self.signer = signer
        self.stats = stats
        self.decisions = decisions
        self.decision_versions = decision_versions  # taxonomy and pipeline versions, serialised once
        self.max_limit = max_limit
        self.public_url = public_url

    def match(self, body: Any, objection: str | None = None) -> Decision:
        """Rank only: nothing is shown, so nothing is counted."""
        request = validate(MatchRequest, body, self.max_limit)
        return self.plainsight.decide(request, objection=objection)

    def render(self, body: Any, objection: str | None = None) -> Rendered:
        request = validate(RenderRequest, body, self.max_limit)
        ads = self.plainsight.render(request, objection=objection)
        self.stats.count_ads(ads)
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
        ads: list[Ad] = []
        for context in contexts:
            parsed = validate(RenderRequest, {"context": context, "format": "html", "count": 1})
            ads = self.plainsight.render(parsed, slot=slot.id)
            if ads:
                break
        if not ads and slot.fallback:
            ads = self.plainsight.fixed_ad(slot.fallback, language or "nl", slot.id)
        self.stats.count_ads(ads, slot.id)
        self._log("embed", ads, [])
        return Embedded(slot, ads, ads[0].language if ads else language or "nl",
                        bool(contexts) or slot.fallback is not None)

    def bid(self, body: Any, host_url: str) -> tuple[dict[str, Any] | None, list[Ad]]:
        """An OpenRTB answer (None: no bid) and the ads it offers; links point at the public URL."""
        answer, offered = self.bidder.respond(read_bid_request(body), self.public_url or host_url)
        self._log("openrtb", offered, [])
        return answer, offered

    def click(self, token: str) -> str:
        """Where a signed click link leads (the vacancy's own page), counted once."""
        facts = self.signer.read_click(token)
        item = self.plainsight.index.current().get(facts["v"])
        target = item and (item.vacancy.url or item.vacancy.organization_url)
        if not target:
            raise NotFound("This vacancy is no longer available.", None, code="vacancy_gone")
        self.stats.count("click", facts["v"], facts.get("t"), facts.get("s"))
        return target

    def why(self, token: str) -> Why:
        facts = self.signer.read_why(token)
        language: str = facts["l"] if facts.get("l") in ("nl", "en") else "en"
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
