"""Career sites' slots in the studio: list, create, edit, remove; the snippets to copy; a preview
in every size; and each slot's statistics, k-suppressed as everywhere else.

The rules live in ``engine.domain.slots`` and ``engine.services.slots``; these views turn the
form into the same body the admin API takes, so a slot made here is one the API could make.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Any

from flask import Response, g, redirect, request, url_for
from werkzeug.datastructures import MultiDict
from werkzeug.wrappers import Response as BaseResponse  # what redirect() gives

from engine.domain.errors import EngineError, ValidationFailed
from engine.domain.slots import AD_SIZES, RESPONSIVE_HEIGHT, Slot, with_accent
from engine.web.api.embed import iframe_snippet, snippet
from engine.web.runtime import services
from engine.web.studio.blueprint import bp
from engine.web.studio.session import CSP, page, signed_in, wants_html

STATS_DAYS = 14
# the studio's policy, plus the previews' frames (srcdoc documents of the ads themselves)
PREVIEW_CSP = CSP.replace("frame-ancestors", "frame-src 'self'; frame-ancestors")


def _items(text: str, separators: str = r"[\n,]") -> list[str]:
    return [item.strip() for item in re.split(separators, text) if item.strip()]


def form_body(form: MultiDict[str, str]) -> dict[str, Any]:
    """The admin API's slot body from the studio's form."""
    mode = form.get("scope", "all")
    body: dict[str, Any] = {
        "site": form.get("site", "").strip(), "allowed_domains": _items(form.get("allowed_domains", "")),
        "size": form.get("size", "responsive"), "keywords": _items(form.get("keywords", "")),
        "description": form.get("description", "").strip(),
        "scope": {"organisations": mode, "names": _items(form.get("names", ""), r"\n") if mode != "all" else [],
                  "sectors": form.getlist("sectors")},
    }
    for name in ("language", "fallback", "accent"):
        value = form.get(name, "").strip()
        body[name] = value or None
    return body


def _form(slot: Slot | None, body: dict[str, Any] | None = None, error: EngineError | None = None,
          status: int = 200) -> Response:
    blank = {**Slot("", "", (), size="300x250").to_dict(), "site": ""}  # every field the form shows
    values = {**blank, **(body or (slot.to_dict() if slot else {}))}
    return page("slot_edit.html", status, slot=slot, values=values, error=error, sizes=AD_SIZES,
                sectors=services().slots.sectors(g.lang))


@bp.get("/slots")
@signed_in
def slots() -> Response:
    return page("slots.html", slots=services().slots.all(), sizes=AD_SIZES)


@bp.get("/slots/new")
@signed_in
def slot_new() -> Response:
    return _form(None)


@bp.post("/slots")
@signed_in
def slot_create() -> BaseResponse:
    slot_id = request.form.get("id", "").strip()
    body = form_body(request.form)
    if services().slots.exists(slot_id):
        return _form(None, {**body, "id": slot_id}, ValidationFailed("a slot with this id exists already", "id"), 409)
    return _save(slot_id, body, None)


@bp.get("/slots/<slot_id>")
@signed_in
def slot_edit(slot_id: str) -> Response:
    slot = services().slots.get(slot_id)
    stats, k = _stats(slot.id)
    response = page("slot.html", slot=slot, saved=request.args.get("saved") == "1", sizes=AD_SIZES,
                    snippet=snippet(slot), iframe=iframe_snippet(slot), previews=_previews(slot),
                    stats=stats, k=k, responsive_height=RESPONSIVE_HEIGHT)
    response.headers["Content-Security-Policy"] = PREVIEW_CSP
    return response


@bp.get("/slots/<slot_id>/edit")
@signed_in
def slot_form(slot_id: str) -> Response:
    return _form(services().slots.get(slot_id))


@bp.post("/slots/<slot_id>")
@signed_in
def slot_update(slot_id: str) -> BaseResponse:
    slot = services().slots.get(slot_id)
    return _save(slot_id, form_body(request.form), slot)


@bp.post("/slots/<slot_id>/delete")
@signed_in
def slot_delete(slot_id: str) -> BaseResponse:
    services().slots.delete(slot_id, g.user)
    return redirect(url_for("studio.slots", removed=slot_id), code=303)


def _save(slot_id: str, body: dict[str, Any], slot: Slot | None) -> BaseResponse:
    """Store the slot, or show the form again with what was typed and what is wrong."""
    try:
        saved = services().slots.put(slot_id, body, g.user)
    except EngineError as error:
        if not wants_html():  # API clients (and fuzzers) get the error shape, browsers the form again
            raise
        return _form(slot, {**body, "id": slot_id}, error, 422)
    return redirect(url_for("studio.slot_edit", slot_id=saved.id, saved=1), code=303)


def _previews(slot: Slot) -> dict[str, str | None]:
    """The ad the slot would show, per language, as the document each preview frame shows."""
    languages = [slot.language] if slot.language else ["nl", "en"]
    ads = services().ads
    out: dict[str, str | None] = {}
    for language in languages:
        ad = ads.preview(slot, language)
        out[language] = with_accent(ad.html or "", slot.accent) if ad else None
    return out


def _stats(slot_id: str) -> tuple[list[dict[str, Any]], int]:
    """The slot's impressions and clicks per day, each cell below k suppressed by the stats store."""
    last = date.today()
    report = services().reports.report(last - timedelta(days=STATS_DAYS - 1), last)
    return [row for row in report["by_slot_day"] if row["slot"] == slot_id], report["k"]
