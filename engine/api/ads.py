"""Public matching and rendering."""

from __future__ import annotations

from flask import Blueprint, Response, jsonify

from engine.api.common import json_body
from engine.runtime import get_runtime
from engine.signals import MatchRequest, RenderRequest, validate

bp = Blueprint("ads", __name__, url_prefix="/v1")


@bp.post("/match")
def match() -> Response:
    runtime = get_runtime()
    request = validate(MatchRequest, json_body(), runtime.settings.max_limit)
    decision = runtime.service.decide(request)
    return jsonify({"matches": [m.as_dict() for m in decision.matches]})


@bp.post("/render")
def render() -> Response:
    runtime = get_runtime()
    request = validate(RenderRequest, json_body(), runtime.settings.max_limit)
    ads = runtime.service.render(request)
    return jsonify({"ads": [ad.as_dict() for ad in ads]})
