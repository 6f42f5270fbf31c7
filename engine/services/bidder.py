"""Answer a bid request with ads for its slots, priced at our CPM, or with nothing at all."""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError

from engine.domain.openrtb import CAREERS, CURRENCY, SEAT, BidContext, domain_of, dsa_extension, native_markup
from engine.domain.signals import RenderRequest
from engine.services.render import Ad, Plainsight


def _absolute(url: str, base_url: str) -> str:
    return url if url.startswith(("http://", "https://")) else base_url.rstrip("/") + url


class Bidder:
    def __init__(self, service: Plainsight, cpm: float) -> None:
        self.service = service
        self.cpm = cpm

    def respond(self, bid: BidContext, base_url: str) -> tuple[dict[str, Any] | None, list[Ad]]:
        """A bid response and the ads it offers, or (None, []) for "no bid" (HTTP 204)."""
        if bid.currencies and CURRENCY not in bid.currencies:
            return None, []
        if CAREERS in bid.blocked_categories or not bid.context:
            return None, []
        slots = [slot for slot in bid.slots if slot.floor <= self.cpm]
        if not slots:
            return None, []
        try:
            request = RenderRequest.model_validate({"context": bid.context, "count": min(50, len(slots) + 3),
                                                    "format": "html"})
        except ValidationError:
            return None, []
        ads = [ad for ad in self.service.render(request) if domain_of(ad.click_target) not in bid.blocked_domains]
        our_domain = domain_of(base_url) or "plainsight"
        bids = []
        for slot, ad in zip(slots, ads, strict=False):
            click_url = _absolute(ad.click_url, base_url)
            privacy_url = _absolute(ad.explanation.url or "", base_url)
            if slot.kind == "native":
                markup = native_markup(slot, ad.as_dict(), click_url, privacy_url)
            else:
                markup = (ad.html or "").replace(f'href="{ad.click_url}"', f'href="{click_url}"') \
                                        .replace(f'href="{ad.explanation.url}"', f'href="{privacy_url}"')
            entry: dict[str, Any] = {
                "id": f"{slot.imp_id}-{ad.vacancy_id}", "impid": slot.imp_id, "price": self.cpm,
                "adm": markup, "crid": f"{ad.vacancy_id}/{ad.template}",
                "adomain": [d for d in [domain_of(ad.click_target)] if d], "cat": [CAREERS], "cattax": 1,
                "language": ad.language,
                "ext": {"privacy": privacy_url, "explanation": ad.explanation.summary},
            }
            if slot.kind == "banner":
                entry.update({"w": slot.width, "h": slot.height})
            dsa = dsa_extension(bid.dsa, ad.advertiser, our_domain)
            if dsa is not None:
                entry["ext"]["dsa"] = dsa
            bids.append(entry)
        if not bids:
            return None, []
        response = {"id": bid.request_id, "seatbid": [{"seat": SEAT, "bid": bids}], "cur": CURRENCY,
                    "ext": {"ignored": list(bid.ignored), "signals_used": sorted(bid.context)}}
        return response, ads[:len(bids)]
