"""Quotas of the public ad endpoints, checked before the view: per API key (``X-Api-Key``), per
slot for embeds, and per endpoint family for everyone without a key — never per address.
A wrong or revoked key is a 401; over the limit is a 429 with ``Retry-After``. A request the
view refuses (4xx, 5xx) is given back: only what is served counts."""

from __future__ import annotations

from flask import Blueprint, Response, g, request

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
    verdict = services().apikeys.check_quota(family, request.headers.get(API_KEY_HEADER, "").strip() or None, slot)
    g.quota = verdict
    if verdict.unknown_key:
        return error_response(401, "invalid_api_key", f"The {API_KEY_HEADER} is not a valid key (wrong or "
                              "revoked); send none to be served without one.", API_KEY_HEADER)
    if not verdict.allowed:
        response = error_response(429, "rate_limited", "Too many requests for this key, slot or endpoint; "
                                  "retry after the number of seconds in Retry-After.")
        response.headers["Retry-After"] = str(verdict.retry_after)
        return response
    return None


@bp.after_app_request
def give_back_refused(response: Response) -> Response:
    verdict = g.get("quota")
    if verdict is not None and verdict.counter is not None and response.status_code >= 400:
        services().apikeys.give_back(verdict)
    return response
