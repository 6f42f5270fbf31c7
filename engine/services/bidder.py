"""Answer a bid request with ads for its slots, each at its vacancy's own price, or with nothing.

Each slot gets the best-fitting ad whose vacancy is not blocked (``badv``), keeps to its even
pacing and bids at least the slot's floor. Every bid carries signed win, billing and loss
notices; the impression is counted when the exchange bills it (``burl``), or for an exchange
that bills on the win notice (``?billing=nurl`` on its endpoint) when it is won.

A plain no-bid (nothing fits, the page, category, currency or floor rules us out) is HTTP 204
with no body. A no-bid the exchange can act on carries a body: an empty ``seatbid`` and
``nbr`` 2 (no imp had an id) or 15 (``tmax`` below ``MIN_TMAX_MS``, or already gone by when the
request's turn came, say after waiting in a queue: then no work is spent on an answer nobody
will read any more).
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any

from pydantic import ValidationError

from engine.domain.links import LinkSigner, new_nonce
from engine.domain.openrtb import (
    CAREERS,
    CURRENCY,
    MIN_TMAX_MS,
    NBR_INSUFFICIENT_TIME,
    NBR_INVALID_REQUEST,
    SEAT,
    BidContext,
    Slot,
    domain_of,
    dsa_extension,
    native_markup,
    no_bid,
)
from engine.domain.pacing import BidSetting, bid_cpm, may_bid
from engine.domain.signals import RenderRequest
from engine.services.render import Ad, Plainsight
from engine.store.bidding import BidBook, Ledger

BILLING = {"burl": "bill", "nurl": "win"}  # the notice an exchange bills on -> the kind that counts
SPARE = 5  # ads ranked beyond the slots, for those a budget, a block or a floor rules out


@dataclass(frozen=True)
class Answer:
    """The response body (None: a plain no-bid, HTTP 204) and the ads it offers."""

    body: dict[str, Any] | None
    offered: list[Ad]


@dataclass(frozen=True)
class Offer:
    slot: Slot
    ad: Ad
    setting: BidSetting
    price: float  # CPM


NOTHING = Answer(None, [])


class Bidder:
    def __init__(self, service: Plainsight, signer: LinkSigner, book: BidBook, cpm: float) -> None:
        self.service = service
        self.signer = signer
        self.book = book
        self.default = BidSetting.model_construct(model="cpm", price=cpm, daily_budget=None)

    def respond(self, bid: BidContext, started: float | None = None, billing: str = "burl",
                now: float | None = None) -> Answer:
        """``started``: when the request came in (``time.monotonic``), for ``tmax``; ``now``: the
        wall clock pacing follows (a simulated day in bench/pacing_bench.py)."""
        now = time.time() if now is None else now
        if bid.no_imp_id:
            return Answer(no_bid(bid.request_id, NBR_INVALID_REQUEST, bid.ignored), [])
        if bid.tmax is not None and bid.tmax < MIN_TMAX_MS:
            return Answer(no_bid(bid.request_id, NBR_INSUFFICIENT_TIME, bid.ignored), [])
        if (bid.currencies and CURRENCY not in bid.currencies) or bid.blocks_careers() or not bid.context \
                or not bid.slots:
            return NOTHING
        if started is not None and bid.tmax is not None and (time.monotonic() - started) * 1000 >= bid.tmax:
            return Answer(no_bid(bid.request_id, NBR_INSUFFICIENT_TIME, bid.ignored), [])
        offers = self._choose(bid, self._candidates(bid), self.book.current(now), now)
        if not offers:
            return NOTHING
        bids = [self._entry(bid, offer, BILLING.get(billing, "bill")) for offer in offers]
        response = {"id": bid.request_id, "seatbid": [{"seat": SEAT, "bid": bids}], "cur": CURRENCY,
                    "ext": {"ignored": list(bid.ignored), "signals_used": sorted(bid.context)}}
        return Answer(response, [offer.ad for offer in offers])

    def _candidates(self, bid: BidContext) -> list[Ad]:
        try:
            request = RenderRequest.model_validate({"context": bid.context, "format": "html",
                                                    "count": min(50, len(bid.slots) + SPARE)})
        except ValidationError:
            return []
        return self.service.render(request)

    def _choose(self, bid: BidContext, ads: list[Ad], ledger: Ledger, now: float) -> list[Offer]:
        """Each slot in turn: the best-ranked ad not offered yet that may be bid at its floor."""
        offers: list[Offer] = []
        used: set[str] = set()
        for slot in bid.slots:
            for ad in ads:
                if ad.vacancy_id in used or bid.blocks_domain(domain_of(ad.click_target)):
                    continue
                setting, today = ledger.bids.get(ad.vacancy_id, self.default), ledger.of(ad.vacancy_id)
                price = bid_cpm(setting, today)
                if price >= slot.floor and may_bid(setting, today, now):
                    offers.append(Offer(slot, ad, setting, price))
                    used.add(ad.vacancy_id)
                    break
        return offers

    def _entry(self, bid: BidContext, offer: Offer, bills: str) -> dict[str, Any]:
        slot, ad, price = offer.slot, offer.ad, offer.price
        cpc = {"k": offer.setting.price} if offer.setting.model == "cpc" else {}
        click_url = self.signer.click_url(ad.vacancy_id, ad.topic, once=True, extra={"o": 1, **cpc})
        privacy_url = ad.explanation.url or ""
        if slot.kind == "native":
            markup = native_markup(slot, ad.as_dict(), click_url, privacy_url)
        else:
            markup = (ad.html or "").replace(f'href="{ad.click_url}"', f'href="{click_url}"')
        facts = {"v": ad.vacancy_id, "n": new_nonce(), "p": price, "m": offer.setting.model, "b": bills,
                 **({"t": ad.topic} if ad.topic else {})}
        entry: dict[str, Any] = {
            "id": f"{slot.imp_id}-{ad.vacancy_id}", "impid": slot.imp_id, "price": price,
            "adm": markup, "crid": f"{ad.vacancy_id}/{ad.template}",
            "adomain": [d for d in [domain_of(ad.click_target)] if d], "cat": [CAREERS], "cattax": 1,
            "language": ad.language,
            "nurl": self.signer.notice_url("win", facts), "burl": self.signer.notice_url("bill", facts),
            "lurl": self.signer.notice_url("loss", facts),
            "ext": {"privacy": privacy_url, "explanation": ad.explanation.summary},
        }
        if slot.kind == "banner":
            entry.update({"w": slot.width, "h": slot.height})
        dsa = dsa_extension(bid.dsa, ad.advertiser, domain_of(self.signer.base_url) or "plainsight")
        if dsa is not None:
            entry["ext"]["dsa"] = dsa
        return entry
