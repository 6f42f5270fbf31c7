"""Copy templates in the studio: list, edit with live preview and validation, approve, pause.

An edit is saved as a draft beside the live template; serving only changes when someone
approves it (``engine.services.templates`` holds the rules; these views parse and render).
"""

from __future__ import annotations

from flask import Response, g, redirect, request, url_for
from werkzeug.wrappers import Response as BaseResponse  # what redirect() gives

from engine.domain.copy.templates import MAX_SOURCE
from engine.domain.copy.writer import LANGUAGES, SITUATIONS
from engine.domain.errors import ValidationFailed
from engine.services.approval import FourEyesRefused, ReasonRequired
from engine.services.templates import Editor
from engine.web.runtime import services
from engine.web.studio.approval import approval_page
from engine.web.studio.blueprint import bp
from engine.web.studio.session import page, signed_in, wants_html


def _source() -> str:
    return request.form.get("source", "")[: MAX_SOURCE + 1]


@bp.get("/templates")
@signed_in
def templates() -> Response:
    return page("templates.html", rows=services().templates.rows(), languages=LANGUAGES, situations=SITUATIONS)


def _editor(editor: Editor, status: int = 200, saved: bool = False) -> Response:
    if status >= 400 and not wants_html():  # a refused template: API clients get the error shape, not the editor
        error = next(p for p in editor.problems if p.severity == "error")
        raise ValidationFailed(error.message, "source", code=error.code)
    return page("template_edit.html", status, name=editor.name, source=editor.source, decision=editor.decision,
                status_now=editor.status_now, live=editor.live, problems=editor.problems,
                previews=editor.previews, saved=saved, max_source=MAX_SOURCE, history=editor.history)


@bp.get("/templates/new")
@signed_in
def template_new() -> Response:
    language = request.args.get("language", "nl")
    situation = request.args.get("situation", "open")
    return _editor(services().templates.new(language, situation))


@bp.get("/templates/<language>/<variant>")
@signed_in
def template_edit(language: str, variant: str) -> Response:
    return _editor(services().templates.edit(language, variant), saved=request.args.get("saved") == "1")


@bp.get("/templates/<language>/<variant>/check")
@signed_in
def template_check_page(language: str, variant: str) -> BaseResponse:
    """After a no-JavaScript check, the page's links (e.g. the language switch) lead back here."""
    services().templates.full_name(language, variant)
    return redirect(url_for("studio.template_edit", language=language, variant=variant,
                            lang=request.args.get("lang")), code=303)


@bp.post("/templates/<language>/<variant>/check")
@signed_in
def template_check(language: str, variant: str) -> Response:
    """The live preview: problems and sample copy for the text in the editor (stores nothing)."""
    templates = services().templates
    name = templates.full_name(language, variant)
    if request.form.get("fragment") == "1":
        problems, previews = templates.check(name, _source())
        return page("_template_check.html", problems=problems, previews=previews)
    return _editor(templates.editor(name, _source()))


@bp.post("/templates/<language>/<variant>")
@signed_in
def template_act(language: str, variant: str) -> BaseResponse:
    """Save, approve, pause or discard; approving a text with hard language findings asks for a reason."""
    templates = services().templates
    name = templates.full_name(language, variant)
    try:
        refused = templates.act(name, request.form.get("action"), _source(), g.user, request.form.get("reason"))
    except (ReasonRequired, FourEyesRefused) as refusal:
        return approval_page(refusal, url_for("studio.template_act", language=language, variant=variant),
                             url_for("studio.template_edit", language=language, variant=variant), [])
    if refused is not None:
        return _editor(refused, 422)
    return redirect(url_for("studio.template_edit", language=language, variant=variant, saved=1), code=303)
