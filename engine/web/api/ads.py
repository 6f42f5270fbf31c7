"""Public matching and rendering."""

from __future__ import annotations

from flask import Blueprint, Response, jsonify
from flask import request as http

from engine.web import metrics
from engine.web.api.common import json_body
from engine.web.runtime import services

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
    decision = services().ads.match(json_body(), objection=objection())
    metrics.count_matched(len(decision.matches))
    return jsonify({"matches": [m.as_dict() for m in decision.matches]})


@bp.post("/render")
def render() -> Response:
    rendered = services().ads.render(json_body(), objection=objection())
    metrics.count_matched(len(rendered.ads))
    body: dict = {"ads": [ad.as_dict() for ad in rendered.ads]}
    if rendered.notes:
        body["notes"] = rendered.notes
    return jsonify(body)
