"""Public matching and rendering."""

from __future__ import annotations

from flask import Blueprint, Response, jsonify
from flask import request as http

from engine import metrics
from engine.web.api.common import json_body
from engine.web.runtime import get_runtime
from engine.domain.signals import MatchRequest, RenderRequest, validate

bp = Blueprint("ads", __name__, url_prefix="/v1")


def objection() -> str | None:
    """Global Privacy Control or Do Not Track: the reader objects, so we use context only."""
    if http.headers.get("Sec-GPC", "").strip() == "1":
        return "gpc"
    if http.headers.get("DNT", "").strip() == "1":
        return "dnt"
    return None


@bp.post("/match")
def match() -> Response:
    runtime = get_runtime()
    request = validate(MatchRequest, json_body(), runtime.settings.max_limit)
    decision = runtime.service.decide(request, objection=objection())
    metrics.count_matched(len(decision.matches))
    return jsonify({"matches": [m.as_dict() for m in decision.matches]})


@bp.post("/render")
def render() -> Response:
    runtime = get_runtime()
    request = validate(RenderRequest, json_body(), runtime.settings.max_limit)
    objects = objection()
    ads = runtime.service.render(request, objection=objects)
    runtime.stats.count_ads(ads)
    runtime.log_decision("render", ads, runtime.service.preference_kinds(request, objects))
    metrics.count_matched(len(ads))
    return jsonify({"ads": [ad.as_dict() for ad in ads]})
