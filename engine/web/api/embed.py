"""Career-site embeds: an iframe page that works without JavaScript, the optional embed.js,
slot management, and the aggregate statistics."""

from __future__ import annotations

from pathlib import Path
from typing import cast

from flask import Blueprint, Response, current_app, g, jsonify, render_template, request

from engine.domain.errors import NotFound
from engine.domain.slots import RESPONSIVE_HEIGHT, SIZES, Slot, with_accent
from engine.web import metrics
from engine.web.api.common import json_body, require_admin
from engine.web.runtime import services

ADMIN_WHO = "admin-token"  # who the audit trail names for a change made with the admin token

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
    ad_html = with_accent(ads[0].html or "", slot.accent) if ads else None
    html = render_template("embed/slot.html", ad_html=ad_html, slot=slot, width=width, height=height,
                           language=shown.language)
    response = Response(html, mimetype="text/html")
    response.headers["Content-Security-Policy"] = (
        f"default-src 'none'; style-src 'unsafe-inline'; img-src {services().settings.public_url}; "
        "base-uri 'none'; form-action 'none'; " + slot.frame_ancestors())
    response.headers["Cache-Control"] = "no-store"
    return response


@bp.get("/logos/<digest>.png")
def logo(digest: str) -> Response:
    """An organisation's logo as the engine fetched and checked it at import: ads name this URL,
    so a reader's browser never calls the organisation's own server (or its CDN)."""
    png = services().logos.png(digest)
    if png is None:
        raise NotFound("no logo", None)
    response = Response(png, mimetype="image/png")
    response.headers["Cache-Control"] = "public, max-age=86400"
    response.headers["Content-Security-Policy"] = "default-src 'none'"
    response.headers["Cross-Origin-Resource-Policy"] = "cross-origin"  # shown in ads on other sites
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
    slot = services().slots.put(slot_id, json_body(), ADMIN_WHO)
    return jsonify({"slot": slot_id, "snippet": snippet(slot)})


@bp.get("/v1/slots/<slot_id>")
@require_admin
def get_slot(slot_id: str) -> Response:
    slot = services().slots.get(slot_id)
    return jsonify({"slot": slot.to_dict(), "snippet": snippet(slot)})


@bp.delete("/v1/slots/<slot_id>")
@require_admin
def delete_slot(slot_id: str) -> Response:
    services().slots.delete(slot_id, ADMIN_WHO)
    return Response(status=204)


def iframe_snippet(slot: Slot) -> str:
    """The same ad without embed.js: an iframe alone (it cannot tell the ad what the page is about)."""
    width, height = SIZES[slot.size]
    return render_template("embed/iframe.html", base=services().settings.public_url, slot=slot.id, width=width,
                           height=height or RESPONSIVE_HEIGHT)


def snippet(slot: Slot) -> str:
    """What the site owner pastes, sized for the slot (a responsive slot takes the full width),
    pointing at the public URL (never at the Host header the request came with)."""
    base = services().settings.public_url
    width, height = SIZES[slot.size]
    return render_template("embed/snippet.html", base=base, slot=slot.id, width=width,
                           height=height or RESPONSIVE_HEIGHT)
