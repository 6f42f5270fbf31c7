"""The OpenRTB 2.6 bidder endpoint for ad networks."""

from __future__ import annotations

from flask import Blueprint, Response, jsonify, request

from engine.domain.errors import MalformedRequest
from engine.web import metrics
from engine.web.api.common import json_body
from engine.web.runtime import services

bp = Blueprint("openrtb", __name__)
VERSION_HEADER = "x-openrtb-version"


@bp.post("/openrtb2/bid")
def bid() -> Response:
    version = request.headers.get(VERSION_HEADER, "2.6").strip()
    if not version.startswith("2."):
        raise MalformedRequest(f"OpenRTB {version} is not supported; send 2.5 or 2.6", VERSION_HEADER,
                               code="unsupported_version")
    answer, offered = services().ads.bid(json_body(), request.host_url)
    if answer is None:
        metrics.count_no_bid()
    else:
        metrics.count_matched(len(offered))
    response = Response(status=204) if answer is None else jsonify(answer)
    response.headers[VERSION_HEADER] = "2.6"
    return response
