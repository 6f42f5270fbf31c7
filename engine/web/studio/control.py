"""The kill switch, the audit trail and the inclusive-language panel."""

from __future__ import annotations

from flask import Response, g, redirect, request, url_for

from engine.web.studio import bp
from engine.web.studio.session import page, signed_in
from engine.domain.errors import ValidationFailed
from engine.domain.lint import lint
from engine.web.runtime import get_runtime

AUDIT_PAGE = 50


@bp.post("/kill-switch")
@signed_in
def kill_switch() -> Response:
    runtime = get_runtime()
    action = request.form.get("action")
    if action not in ("stop", "resume"):
        raise ValidationFailed("choose stop or resume", "action")
    if action == "stop" and request.form.get("confirm") != "1":
        raise ValidationFailed("tick the box to confirm that all serving stops", "confirm")
    runtime.oversight.set_kill_switch(action == "stop", g.user, request.form.get("reason", ""))
    runtime.oversight_state.reload()
    return redirect(url_for("studio.home"), code=303)


@bp.get("/audit")
@signed_in
def audit() -> Response:
    action = request.args.get("action", "")[:40] or None
    before = request.args.get("before", "")[:40] or None
    if before is not None and not all(part.isdigit() for part in before.split("-", 1)):
        raise ValidationFailed("before is an audit entry id like 1732540000000-0", "before")
    entries = get_runtime().audit.entries(AUDIT_PAGE, before=before, action=action)
    return page("audit.html", entries=entries, action=action or "",
                older=entries[-1].id if len(entries) == AUDIT_PAGE else None)


@bp.route("/lint", methods=["GET", "POST"])
@signed_in
def lint_panel() -> Response:
    text = request.form.get("text", "")[:20_000] if request.method == "POST" else ""
    language = request.form.get("language") if request.form.get("language") in ("nl", "en") else None
    findings, used = lint(text, language) if text else ([], language or g.lang)
    return page("lint.html", text=text, language=language or "", findings=findings, used=used,
                marked=_marked(text, findings))


def _marked(text: str, findings: list) -> list[tuple[str, object]]:
    """The text cut into plain pieces and flagged pieces (with their finding), for highlighting."""
    pieces: list[tuple[str, object]] = []
    at = 0
    for finding in findings:
        if finding.start < at:
            continue
        pieces.append((text[at:finding.start], None))
        pieces.append((text[finding.start:finding.end], finding))
        at = finding.end
    pieces.append((text[at:], None))
    return [p for p in pieces if p[0]]
