"""Career-site embeds: an iframe page that works without JavaScript, the optional embed.js,
slot management, and the aggregate statistics."""

from __future__ import annotations

from pathlib import Path
from typing import cast

from flask import Blueprint, Response, current_app, g, jsonify, render_template, request

from engine.store.slots import SIZES, Slot
from engine.web import metrics
from engine.web.api.common import json_body, require_admin
from engine.web.runtime import services

bp = Blueprint("embed", __name__)
GPC = {"gpc": True, "lastUpdate": "2026-11-25"}


@bp.get("/embed/<slot_id>")
def embed(slot_id: str) -> Response:
    service = services().ads
    # over the visitors' quota (engine/web/api/quota.py): the slot's cached ad, never a 429
    over_quota = g.get("embed_over_quota", False)
    shown = service.cached_embed(slot_id, request.args) if over_quota else service.embed(slot_id, request.args)
    slot, ads = shown.slot, shown.ads
    if shown.asked and not over_quota:  # a page that says nothing is not matched, so not counted
        metrics.count_matched(len(ads))
    width, height = SIZES[slot.size]
    html = render_template("embed/slot.html", ad=ads[0] if ads else None, slot=slot, width=width, height=height,
                           language=shown.language)
    response = Response(html, mimetype="text/html")
    response.headers["Content-Security-Policy"] = (
        "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; "
        + slot.frame_ancestors())
    response.headers["Cache-Control"] = "no-store"
    return response


@bp.get("/embed.js")
def embed_js() -> Response:
    script = (Path(cast(str, current_app.static_folder)) / "embed.js").read_bytes()  # create_app sets one
    response = Response(script, mimetype="text/javascript")
    response.headers["Cache-Control"] = "public, max-age=3600"
    response.headers["Content-Security-Policy"] = "default-src 'none'"
    return response


@bp.get("/.well-known/gpc.json")
def gpc() -> Response:
    response = jsonify(GPC)
    response.headers["Cache-Control"] = "public, max-age=86400"
    return response


@bp.put("/v1/slots/<slot_id>")
@require_admin
def put_slot(slot_id: str) -> Response:
    slot = services().slots.put(slot_id, json_body())
    return jsonify({"slot": slot_id, "snippet": snippet(slot)})


@bp.get("/v1/slots/<slot_id>")
@require_admin
def get_slot(slot_id: str) -> Response:
    slot = services().slots.get(slot_id)
    return jsonify({"slot": {**slot.__dict__}, "snippet": snippet(slot)})


@bp.delete("/v1/slots/<slot_id>")
@require_admin
def delete_slot(slot_id: str) -> Response:
    services().slots.delete(slot_id)
    return Response(status=204)


def snippet(slot: Slot) -> str:
    """What the site owner pastes, sized for the slot (a responsive slot takes the full width),
    pointing at the public URL (never at the Host header the request came with)."""
    base = services().settings.public_url
    width, height = SIZES[slot.size]
    return render_template("embed/snippet.html", base=base, slot=slot.id, width=width, height=height)
