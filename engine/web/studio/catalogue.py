"""Vacancies in the studio: the list with filters, one vacancy, decisions, and imports."""

from __future__ import annotations

import json
import math
import time

from flask import Response, abort, g, jsonify, redirect, request, url_for

from engine.web.studio import bp
from engine.web.studio.session import page, signed_in
from engine.domain.errors import IdentifierRefused, MalformedRequest, NotFound, ValidationFailed
from engine.services.fairness import vacancy_sectors
from engine.domain.lint import lint
from engine.domain.privacy import find_identifier
from engine.web.runtime import get_runtime
from engine.services.vacancy_list import STATUSES, Filters, list_vacancies, row_for

PAGE_SIZE = 50


def _filters() -> Filters:
    args = request.args
    status = args.get("status", "")
    language = args.get("language", "")
    return Filters(query=args.get("q", "")[:100], language=language if language in ("nl", "en") else "",
                   sector=args.get("sector", "")[:80], status=status if status in STATUSES else "",
                   expiring=args.get("expiring") == "1")


@bp.get("/vacancies")
@signed_in
def vacancies() -> Response:
    runtime = get_runtime()
    filters = _filters()
    rows = list_vacancies(runtime.index.current().items, runtime.oversight_state.current(),
                          runtime.taxonomy, filters, g.lang)
    pages = max(1, math.ceil(len(rows) / PAGE_SIZE))
    number = min(max(1, request.args.get("page", 1, type=int) or 1), pages)
    sectors = sorted(((c.id, c.label(g.lang)) for c in runtime.taxonomy.concepts.values() if c.type == "sector"),
                     key=lambda s: s[1])
    return page("vacancies.html", rows=rows[(number - 1) * PAGE_SIZE: number * PAGE_SIZE], total=len(rows),
                filters=filters, statuses=STATUSES, sectors=sectors, page_number=number, pages=pages)


def _record(vacancy_id: str):  # noqa: ANN202 - a VacancyRecord
    record = get_runtime().catalogue.get(vacancy_id)
    if record is None:
        raise NotFound(f"no vacancy with id {vacancy_id!r}", "vacancy_id")
    return record


@bp.get("/vacancies/<vacancy_id>")
@signed_in
def vacancy(vacancy_id: str) -> Response:
    runtime = get_runtime()
    record = _record(vacancy_id)
    item = runtime.index.current().get(vacancy_id)
    state = runtime.oversight_state.current()
    row = None
    if item is not None:
        row = row_for(item, vacancy_sectors([item], runtime.taxonomy)[vacancy_id], state, runtime.taxonomy,
                      g.lang, time.time())
    concepts = [(runtime.taxonomy[c] if c in runtime.taxonomy else None, c, e)
                for c, e in sorted(record.concepts.items(), key=lambda kv: -kv[1].weight)]
    findings = {part: lint(getattr(record.vacancy, part) or "", record.vacancy.language)[0]
                for part in ("title", "description")}
    return page("vacancy.html", record=record, vacancy=record.vacancy, row=row, concepts=concepts,
                findings=findings, history=runtime.audit.entries(20, target=vacancy_id))


@bp.post("/vacancies/decide")
@signed_in
def decide() -> Response:
    """Approve or pause one or many vacancies (the list's checkboxes or a vacancy's buttons)."""
    runtime = get_runtime()
    action = request.form.get("action", "")
    if action not in ("approve", "pause"):
        raise ValidationFailed("choose approve or pause", "action")
    ids = request.form.getlist("ids")[:500]
    if not ids:
        raise ValidationFailed("select at least one vacancy", "ids")
    records = [_record(vacancy_id) for vacancy_id in ids]
    runtime.oversight.set_vacancies([r.vacancy for r in records], action, g.user)
    runtime.oversight_state.reload()
    back = request.form.get("back", "")
    return redirect(back if back.startswith("/studio/") else url_for("studio.vacancies"), code=303)


@bp.get("/import")
@signed_in
def import_form() -> Response:
    return page("import.html")


@bp.post("/import")
@signed_in
def import_upload() -> Response:
    upload = request.files.get("file")
    if upload is None or not upload.filename:
        raise ValidationFailed("choose a JSON-LD file to upload", "file")
    try:
        payload = json.loads(upload.read())
    except (ValueError, RecursionError):
        raise MalformedRequest("the file is not valid JSON (JSON-LD with schema.org JobPosting)",
                               "file", code="malformed_json") from None
    where = find_identifier(payload)
    if where is not None:
        raise IdentifierRefused(f"'{where}' looks like a personal identifier; it is not accepted.", where)
    job_id = get_runtime().imports.start(payload, upload.filename, g.user)
    return redirect(url_for("studio.import_job", job_id=job_id), code=303)


@bp.get("/import/<job_id>")
@signed_in
def import_job(job_id: str) -> Response:
    job = get_runtime().imports.status(job_id)
    if job is None:
        raise NotFound("no such import (imports are kept for a day)", "job_id")
    return page("import_job.html", job=job)


@bp.get("/import/<job_id>.json")
@signed_in
def import_job_json(job_id: str) -> Response:
    job = get_runtime().imports.status(job_id)
    if job is None:
        abort(404)
    return jsonify(job)
