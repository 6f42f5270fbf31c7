"""Quotas of the public ad endpoints, checked before the view: per API key (``X-Api-Key``), per
slot for embeds, and per endpoint family for everyone without a key — never per address.
A wrong or revoked key is a 401; over the limit is a 429 with ``Retry-After``. A request the
view refuses (4xx, 5xx) is given back: only what is served counts.

An embed must never break a career site's page. Frames a browser loads from a page of the slot's
own domains count in the slot's visitors' bucket, and over it they are shown the slot's cached ad
(``g.embed_over_quota``), never a 429; any other request for the slot counts in a bucket of its
own, so a script cannot spend the visitors' quota. The headers are compared, never stored."""

from __future__ import annotations

from urllib.parse import urlsplit

from flask import Blueprint, Response, g, request

from engine.domain.errors import EngineError
from engine.web.errors import error_response
from engine.web.runtime import services

API_KEY_HEADER = "X-Api-Key"
# endpoint -> the family whose anonymous bucket it counts in
FAMILIES = {"ads.match": "ads", "ads.render": "ads", "openrtb.bid": "openrtb", "lint.check": "lint",
            "embed.embed": "embed"}

bp = Blueprint("quota", __name__)


@bp.before_app_request
def check_quota() -> Response | None:
    family = FAMILIES.get(request.endpoint or "")
    if family is None:
        return None
    slot = (request.view_args or {}).get("slot_id") if family == "embed" else None
    framed = slot is not None and framed_by_slot_page(slot)
    verdict = services().apikeys.check_quota(family, request.headers.get(API_KEY_HEADER, "").strip() or None, slot,
                                             framed)
    g.quota = verdict
    if verdict.unknown_key:
        return error_response(401, "invalid_api_key", f"The {API_KEY_HEADER} is not a valid key (wrong or "
                              "revoked); send none to be served without one.", API_KEY_HEADER)
    if not verdict.allowed and framed:
        g.embed_over_quota = True  # the view shows the slot's cached ad: a visitor's frame never breaks
        return None
    if not verdict.allowed:
        response = error_response(429, "rate_limited", "Too many requests for this key, slot or endpoint; "
                                  "retry after the number of seconds in Retry-After.")
        response.headers["Retry-After"] = str(verdict.retry_after)
        return response
    return None


FRAMING_SITES = frozenset({"cross-site", "same-site", "same-origin"})


def framed_by_slot_page(slot_id: str) -> bool:
    """Whether a browser loads this embed as a frame (``Sec-Fetch-Dest: iframe``) of another page
    (``Sec-Fetch-Site``) on one of the slot's domains: the origin or referrer, when the browser
    sends one (embed.js asks for the origin; the snippet's ``<noscript>`` frame sends none), must
    name one. A script can forge all of it, and then only spends the visitors' quota, which still
    shows them an ad."""
    headers = request.headers
    if headers.get("Sec-Fetch-Dest") != "iframe" or headers.get("Sec-Fetch-Site") not in FRAMING_SITES:
        return False
    origin = headers.get("Origin") or headers.get("Referer")
    try:
        slot = services().slots.get(slot_id)
        host = urlsplit(origin).netloc if origin else None
    except (EngineError, ValueError):  # an unknown slot (the view answers 404), a malformed origin
        return False
    return host is None or slot.serves_host(host)


@bp.after_app_request
def give_back_refused(response: Response) -> Response:
    verdict = g.get("quota")
    if verdict is not None and verdict.counter is not None and response.status_code >= 400:
        services().apikeys.give_back(verdict)
    return response
