"""Career-site embeds: an iframe page that works without JavaScript, the optional embed.js,
slot management, and the aggregate statistics."""

from __future__ import annotations

from pathlib import Path

from flask import Blueprint, Response, current_app, jsonify, render_template, request

from engine import metrics
from engine.web.api.common import json_body, require_admin
from engine.domain.errors import NotFound
from engine.web.runtime import get_runtime
from engine.domain.signals import RenderRequest, validate
from engine.store.slots import SIZES, Slot, parse_slot

bp = Blueprint("embed", __name__)
GPC = {"gpc": True, "lastUpdate": "2026-11-25"}


def embed_context(slot, args) -> dict:  # noqa: ANN001
    """What embed.js passed about the host page, plus what the slot says the site is about."""
    context: dict = {}
    title, description = args.get("title", "")[:500], args.get("desc", "")[:2000]
    if title:
        context["title"] = title
    if description:
        context["text"] = description
    language = slot.language or (args.get("lang", "")[:2].lower() or None)
    if language in ("nl", "en"):
        context["language"] = language
    if slot.keywords:
        context["keywords"] = list(slot.keywords)
    return context


@bp.get("/embed/<slot_id>")
def embed(slot_id: str) -> Response:
    runtime = get_runtime()
    slot = runtime.slots.get(slot_id)
    if slot is None:
        raise NotFound(f"no slot {slot_id!r}", "slot")
    context = embed_context(slot, request.args)
    ads = []
    if context:
        parsed = validate(RenderRequest, {"context": context, "format": "html", "count": 1})
        ads = runtime.service.render(parsed, slot=slot.id)
        runtime.stats.count_ads(ads, slot.id)
        runtime.log_decision("embed", ads, [])
        metrics.count_matched(len(ads))
    width, height = SIZES[slot.size]
    html = render_template("embed/slot.html", ad=ads[0] if ads else None, slot=slot, width=width, height=height,
                           language=(ads[0].language if ads else context.get("language", "nl")))
    response = Response(html, mimetype="text/html")
    response.headers["Content-Security-Policy"] = (
        "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; "
        + slot.frame_ancestors())
    response.headers["Cache-Control"] = "no-store"
    return response


@bp.get("/embed.js")
def embed_js() -> Response:
    script = (Path(current_app.static_folder) / "embed.js").read_bytes()
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
    slot = parse_slot(slot_id, json_body())
    get_runtime().slots.save(slot)
    return jsonify({"slot": slot_id, "snippet": snippet(slot)})


@bp.get("/v1/slots/<slot_id>")
@require_admin
def get_slot(slot_id: str) -> Response:
    slot = get_runtime().slots.get(slot_id)
    if slot is None:
        raise NotFound(f"no slot {slot_id!r}", "slot")
    return jsonify({"slot": {**slot.__dict__}, "snippet": snippet(slot)})


@bp.delete("/v1/slots/<slot_id>")
@require_admin
def delete_slot(slot_id: str) -> Response:
    if not get_runtime().slots.delete(slot_id):
        raise NotFound(f"no slot {slot_id!r}", "slot")
    return Response(status=204)


def snippet(slot: Slot) -> str:
    """What the site owner pastes, sized for the slot (a responsive slot takes the full width)."""
    base = get_runtime().settings.public_url or request.host_url.rstrip("/")
    width, height = SIZES[slot.size]
    return render_template("embed/snippet.html", base=base, slot=slot.id, width=width, height=height)
