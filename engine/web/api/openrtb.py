"""The OpenRTB 2.6 bidder endpoint for ad networks, its win, billing and loss notices, and the
management of what each vacancy bids.

An exchange that has no billing notice (``burl``) points at ``/openrtb2/bid?billing=nurl``: its
win notice then counts the impression. A notice answers 204 whether it counted or was a replay.
"""

from __future__ import annotations

import time

from flask import Blueprint, Response, jsonify, request

from engine.domain.errors import MalformedRequest, NotFound, ValidationFailed
from engine.domain.links import NOTICES
from engine.services.bidder import BILLING
from engine.web import metrics
from engine.web.api.common import json_body, require_admin
from engine.web.runtime import services

ADMIN_WHO = "admin-token"  # who the audit trail names for a change made with the admin token

bp = Blueprint("openrtb", __name__)
VERSION_HEADER = "x-openrtb-version"


@bp.post("/openrtb2/bid")
def bid() -> Response:
    started = time.monotonic()
    version = request.headers.get(VERSION_HEADER, "2.6").strip()
    if not version.startswith("2."):
        raise MalformedRequest(f"OpenRTB {version} is not supported; send 2.5 or 2.6", VERSION_HEADER,
                               code="unsupported_version")
    billing = request.args.get("billing", "burl")
    if billing not in BILLING:
        raise ValidationFailed("billing is burl (the default) or nurl: the notice your exchange bills on",
                               "billing")
    answer = services().ads.bid(json_body(), started, billing)
    if answer.offered:
        metrics.count_matched(len(answer.offered))
    else:
        metrics.count_no_bid()
    response = Response(status=204) if answer.body is None else jsonify(answer.body)
    response.headers[VERSION_HEADER] = "2.6"
    return response


@bp.get("/openrtb2/<kind>/<token>")
def notice(kind: str, token: str) -> Response:
    """A win, billing or loss notice: ``price`` and ``loss`` are the exchange's macros."""
    if kind not in NOTICES:
        raise NotFound(f"no notice {kind!r}: win, bill or loss", "kind")
    services().ads.notice(kind, token, request.args.get("price"), request.args.get("loss"))
    response = Response(status=204)
    response.headers["Cache-Control"] = "no-store"
    return response


@bp.put("/v1/vacancies/<vacancy_id>/bid")
@require_admin
def put_bid(vacancy_id: str) -> Response:
    return jsonify(services().bidding.put(vacancy_id, json_body(), ADMIN_WHO))


@bp.get("/v1/vacancies/<vacancy_id>/bid")
@require_admin
def get_bid(vacancy_id: str) -> Response:
    return jsonify(services().bidding.get(vacancy_id))


@bp.delete("/v1/vacancies/<vacancy_id>/bid")
@require_admin
def delete_bid(vacancy_id: str) -> Response:
    services().bidding.delete(vacancy_id, ADMIN_WHO)
    return Response(status=204)
