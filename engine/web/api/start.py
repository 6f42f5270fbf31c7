"""The start page (``/``), which sends each kind of visitor to their place, and the demo career
site (``/demo``), a page of the engine's own that embeds the demo slot in every size the embed
supports. Both speak Dutch or English (``?lang=``, else ``Accept-Language``) and set no cookie."""

from __future__ import annotations

import re

from flask import Blueprint, Response, render_template, request

from engine.domain.errors import NotFound
from engine.domain.slots import SIZES
from engine.web.api.embed import snippet
from engine.web.runtime import services

bp = Blueprint("start", __name__)
DEMO_SLOT = "demo"  # the responsive demo slot; the fixed sizes are demo-<size> (``demo_slot_id``)
DEMO_KEYWORDS = ("zorg",)  # what the demo site is about, for a page that tells nothing
DEMO_SITE = "Demo career site"


def demo_slot_id(size: str) -> str:
    """The demo slot of one size: ``demo`` for the responsive one, ``demo-300x250`` and so on."""
    return DEMO_SLOT if size == "responsive" else f"{DEMO_SLOT}-{re.sub(r'[^a-z0-9-]', '-', size.lower())}"


def demo_slots() -> list[tuple[str, str]]:
    """(slot id, size) of every size the embed supports, read from the one table of sizes, so a
    size added there appears on the demo site (and ``make run`` creates its slot) by itself."""
    return [(demo_slot_id(size), size) for size in SIZES]


def page_language() -> str:
    asked = request.args.get("lang")
    return asked if asked in ("nl", "en") else (request.accept_languages.best_match(["nl", "en"]) or "nl")


@bp.get("/")
def start() -> Response:
    language = page_language()
    html = render_template("pages/start.html", language=language, base=services().settings.public_url)
    response = Response(html, mimetype="text/html")
    response.headers["Vary"] = "Accept-Language"
    return response


@bp.get("/demo")
def demo_site() -> Response:
    """A career site as a site owner would build it: the real snippet of each demo slot pasted in."""
    language = page_language()
    runtime = services()
    shown = []
    for slot_id, size in demo_slots():
        try:
            made = snippet(runtime.slots.get(slot_id))
        except NotFound:  # not made yet: `make run` (engine.ops.demo) makes them
            made = None
        shown.append({"id": slot_id, "size": size, "snippet": made})
    example = next((slot["snippet"] for slot in shown if slot["size"] == "responsive"), None)
    html = render_template("pages/demo_site.html", language=language, slots=shown, example=example)
    response = Response(html, mimetype="text/html")
    base = runtime.settings.public_url or "'self'"
    # the page's own policy: the engine's embed.js and frames, nothing else
    response.headers["Content-Security-Policy"] = (
        f"default-src 'none'; style-src 'unsafe-inline'; script-src {base}; frame-src {base}; img-src 'self'; "
        "form-action 'none'; frame-ancestors 'none'; base-uri 'none'")
    response.headers["Vary"] = "Accept-Language"
    return response
