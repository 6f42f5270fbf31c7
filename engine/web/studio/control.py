"""The kill switch, the audit trail and the inclusive-language panel."""

from __future__ import annotations

from flask import Response, g, redirect, request, url_for
from werkzeug.wrappers import Response as BaseResponse  # what redirect() gives

from engine.domain.errors import ValidationFailed
from engine.web.runtime import services
from engine.web.studio.blueprint import bp
from engine.web.studio.session import page, signed_in

AUDIT_PAGE = 50


@bp.post("/kill-switch")
@signed_in
def kill_switch() -> BaseResponse:
    action = request.form.get("action")
    if action not in ("stop", "resume"):
        raise ValidationFailed("choose stop or resume", "action")
    if action == "stop" and request.form.get("confirm") != "1":
        raise ValidationFailed("tick the box to confirm that all serving stops", "confirm")
    services().oversight.set_kill_switch(action == "stop", g.user, request.form.get("reason", ""))
    return redirect(url_for("studio.home"), code=303)


@bp.get("/audit")
@signed_in
def audit() -> Response:
    action = request.args.get("action", "")[:40] or None
    before = request.args.get("before", "")[:40] or None
    entries = services().oversight.audit_entries(AUDIT_PAGE, before=before, action=action)
    return page("audit.html", entries=entries, action=action or "",
                older=entries[-1].id if len(entries) == AUDIT_PAGE else None)


@bp.route("/lint", methods=["GET", "POST"])
@signed_in
def lint_panel() -> Response:
    text = request.form.get("text", "")[:20_000] if request.method == "POST" else ""
    language = request.form.get("language") if request.form.get("language") in ("nl", "en") else None
    panel = services().lint.panel(text, language, g.lang)
    return page("lint.html", text=text, language=language or "", findings=panel.findings, used=panel.language,
                marked=panel.marked)

