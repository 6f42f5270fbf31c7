"""Vacancies in the studio: the list with filters, one vacancy, decisions, and imports."""

from __future__ import annotations

import json
import math

from flask import Response, abort, g, jsonify, redirect, request, url_for
from werkzeug.wrappers import Response as BaseResponse  # what redirect() gives

from engine.domain.errors import MalformedRequest, NotFound, ValidationFailed
from engine.domain.i18n import N_
from engine.services.approval import FourEyesRefused, ReasonRequired
from engine.services.vacancy_list import STATUSES, Filters
from engine.web.runtime import services
from engine.web.studio.approval import approval_page
from engine.web.studio.blueprint import bp
from engine.web.studio.session import page, signed_in

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
    filters = _filters()
    listing = services().vacancies.listing(filters, g.lang)
    rows = listing.rows
    pages = max(1, math.ceil(len(rows) / PAGE_SIZE))
    number = min(max(1, request.args.get("page", 1, type=int) or 1), pages)
    return page("vacancies.html", rows=rows[(number - 1) * PAGE_SIZE: number * PAGE_SIZE], total=len(rows),
                filters=filters, statuses=STATUSES, sectors=listing.sectors, page_number=number, pages=pages)


@bp.get("/vacancies/<vacancy_id>")
@signed_in
def vacancy(vacancy_id: str) -> Response:
    detail = services().vacancies.detail(vacancy_id, g.lang)
    return page("vacancy.html", record=detail.record, vacancy=detail.record.vacancy, row=detail.row,
                concepts=detail.concepts, findings=detail.findings, history=detail.history)


@bp.post("/vacancies/decide")
@signed_in
def decide() -> BaseResponse:
    """Approve or pause one or many vacancies (the list's checkboxes or a vacancy's buttons). An
    approval of vacancies with hard language findings first shows them and asks for a reason."""
    form = request.form
    ids, back = form.getlist("ids"), form.get("back", "")
    back = back if back.startswith("/studio/") else url_for("studio.vacancies")
    try:
        services().oversight.decide_vacancies(ids, form.get("action", ""), g.user, form.get("reason"))
    except (ReasonRequired, FourEyesRefused) as refusal:
        return approval_page(refusal, url_for("studio.decide"), back, [*(("ids", i) for i in ids), ("back", back)])
    return redirect(back, code=303)


@bp.get("/import")
@signed_in
def import_form() -> Response:
    return page("import.html")


@bp.post("/import")
@signed_in
def import_upload() -> BaseResponse:
    upload = request.files.get("file")
    if upload is None or not upload.filename:
        raise ValidationFailed(N_("choose a JSON-LD file to upload"), "file")
    try:
        payload = json.loads(upload.read())
    except (ValueError, RecursionError):
        raise MalformedRequest(N_("the file is not valid JSON (JSON-LD with schema.org JobPosting)"),
                               "file", code="malformed_json") from None
    job_id = services().vacancies.start_import(payload, upload.filename, g.user)
    return redirect(url_for("studio.import_job", job_id=job_id), code=303)


@bp.get("/import/<job_id>")
@signed_in
def import_job(job_id: str) -> Response:
    return page("import_job.html", job=services().vacancies.import_job(job_id))


@bp.get("/import/<job_id>.json")
@signed_in
def import_job_json(job_id: str) -> Response:
    try:
        return jsonify(services().vacancies.import_job(job_id))
    except NotFound:
        abort(404)
