"""Copy templates in the studio: list, edit with live preview and validation, approve, pause.

An edit is saved as a draft beside the live template; serving only changes when someone
approves it. Validation runs before anything is stored, so a refused edit stores nothing.
"""

from __future__ import annotations

from flask import Response, g, redirect, request, url_for

from engine.web.studio import bp
from engine.web.studio.session import page, signed_in, wants_html
from engine.domain.copy.templates import MAX_SOURCE, parse_name, render_preview, validate_template
from engine.domain.copy.writer import LANGUAGES, SITUATIONS
from engine.domain.errors import NotFound, ValidationFailed
from engine.services.fairness import vacancy_sectors
from engine.web.runtime import get_runtime

PREVIEW_VACANCIES = 4
VALIDATION_SAMPLES = 200


def _full_name(language: str, variant: str) -> str:
    name = f"{language}/{variant}"
    try:
        parse_name(name)
    except ValueError as exc:
        raise NotFound(str(exc), "name") from None
    return name


def _known(name: str) -> bool:
    runtime = get_runtime()
    state = runtime.oversight_state.current()
    return name in state.template_sources(runtime.copydesk.repo_sources) or name in state.templates


def _samples(language: str) -> list:
    """Live vacancies in the template's language: what the template will meet when serving."""
    items = [i for i in get_runtime().index.current().items if i.vacancy.language == language]
    return items[:VALIDATION_SAMPLES]


def _previews(name: str, source: str) -> list[tuple[object, object]]:
    runtime = get_runtime()
    language, situation, _ = parse_name(name)
    items = _samples(language)[:PREVIEW_VACANCIES]
    sectors = vacancy_sectors(items, runtime.taxonomy)
    out = []
    for item in items:
        topic = runtime.service.copywriter.topic(sectors[item.vacancy.id], language) if situation != "open" else None
        try:
            out.append((item.vacancy, render_preview(name, source, item.vacancy, topic=topic)))
        except ValueError:  # a template that does not compile: validation reports why
            return []
    return out


def _check(name: str, source: str) -> tuple[list, list]:
    problems = validate_template(name, source, [i.vacancy for i in _samples(parse_name(name)[0])])
    return problems, _previews(name, source) if not any(p.severity == "error" and p.code == "syntax_error"
                                                          for p in problems) else []


@bp.get("/templates")
@signed_in
def templates() -> Response:
    runtime = get_runtime()
    state = runtime.oversight_state.current()
    sources = state.template_sources(runtime.copydesk.repo_sources)
    names = sorted(set(sources) | set(state.templates), key=parse_name)
    rows = [(name, state.template(name), state.template_status(name), name in runtime.copydesk.repo_sources)
            for name in names]
    return page("templates.html", rows=rows, languages=LANGUAGES, situations=SITUATIONS)


def _editor(name: str, source: str, status: int = 200, problems=None, previews=None, saved: bool = False) -> Response:
    runtime = get_runtime()
    state = runtime.oversight_state.current()
    if problems is None:
        problems, previews = _check(name, source)
    if status >= 400 and not wants_html():  # a refused template: API clients get the error shape, not the editor
        error = next(p for p in problems if p.severity == "error")
        raise ValidationFailed(error.message, "source", code=error.code)
    return page("template_edit.html", status, name=name, source=source, decision=state.template(name),
                status_now=state.template_status(name),
                live=state.template_sources(runtime.copydesk.repo_sources).get(name),
                problems=problems, previews=previews, saved=saved, max_source=MAX_SOURCE,
                history=runtime.audit.entries(10, target=name))


@bp.get("/templates/new")
@signed_in
def template_new() -> Response:
    runtime = get_runtime()
    language = request.args.get("language", "nl")
    situation = request.args.get("situation", "open")
    if language not in LANGUAGES or situation not in SITUATIONS:
        raise ValidationFailed("choose a language (nl, en) and a situation (interest, context, open)", "situation")
    state = runtime.oversight_state.current()
    taken = set(state.template_sources(runtime.copydesk.repo_sources)) | set(state.templates)
    variant = next(n for n in range(1, 1000) if f"{language}/{situation}-{n}" not in taken)
    starter = state.template_sources(runtime.copydesk.repo_sources).get(f"{language}/{situation}-1", "")
    return _editor(f"{language}/{situation}-{variant}", starter)


@bp.get("/templates/<language>/<variant>")
@signed_in
def template_edit(language: str, variant: str) -> Response:
    runtime = get_runtime()
    name = _full_name(language, variant)
    if not _known(name):
        raise NotFound(f"no copy template {name}", "name")
    state = runtime.oversight_state.current()
    decision = state.template(name)
    source = decision.draft if decision.draft is not None else state.template_sources(
        runtime.copydesk.repo_sources)[name]
    return _editor(name, source, saved=request.args.get("saved") == "1")


@bp.get("/templates/<language>/<variant>/check")
@signed_in
def template_check_page(language: str, variant: str) -> Response:
    """After a no-JavaScript check, the page's links (e.g. the language switch) lead back here."""
    _full_name(language, variant)
    return redirect(url_for("studio.template_edit", language=language, variant=variant,
                            lang=request.args.get("lang")), code=303)


@bp.post("/templates/<language>/<variant>/check")
@signed_in
def template_check(language: str, variant: str) -> Response:
    """The live preview: problems and sample copy for the text in the editor (stores nothing)."""
    name = _full_name(language, variant)
    source = request.form.get("source", "")[: MAX_SOURCE + 1]
    problems, previews = _check(name, source)
    if request.form.get("fragment") == "1":
        return page("_template_check.html", problems=problems, previews=previews)
    return _editor(name, source, problems=problems, previews=previews)


@bp.post("/templates/<language>/<variant>")
@signed_in
def template_act(language: str, variant: str) -> Response:
    runtime = get_runtime()
    name = _full_name(language, variant)
    action = request.form.get("action")
    if action == "save":
        source = request.form.get("source", "")[: MAX_SOURCE + 1]
        problems, previews = _check(name, source)
        if any(p.severity == "error" for p in problems):
            return _editor(name, source, 422, problems, previews)
        runtime.oversight.save_draft(name, source, g.user)
    elif not _known(name):
        raise NotFound(f"no copy template {name}", "name")
    elif action == "approve":
        draft = runtime.oversight_state.current().template(name).draft
        if draft is not None:  # checked again: the catalogue (and so the length check) may have changed
            problems, previews = _check(name, draft)
            if any(p.severity == "error" for p in problems):
                return _editor(name, draft, 422, problems, previews)
        runtime.oversight.approve_template(name, g.user)
    elif action == "pause":
        runtime.oversight.pause_template(name, g.user)
    elif action == "discard":
        runtime.oversight.discard_draft(name, g.user)
    else:
        raise ValidationFailed("choose save, approve, pause or discard", "action")
    runtime.oversight_state.reload()
    return redirect(url_for("studio.template_edit", language=language, variant=variant, saved=1), code=303)
