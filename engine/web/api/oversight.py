"""Administrators' oversight: aggregate statistics, exposure by sector, and the decision log."""

from __future__ import annotations

from flask import Blueprint, Response, jsonify, request

from engine.web.api.common import date_range, json_body, require_admin
from engine.domain.errors import NotFound, ValidationFailed
from engine.web.runtime import get_runtime

bp = Blueprint("oversight", __name__)


@bp.get("/v1/decisions")
@require_admin
def decisions() -> Response:
    """The decision log as JSON Lines."""
    log = get_runtime().decisions
    return Response((line + "\n" for line in log.export()), mimetype="application/x-ndjson")


@bp.get("/v1/decisions/verify")
@require_admin
def verify_decisions() -> Response:
    result = get_runtime().decisions.verify()
    return jsonify(result.__dict__)


@bp.get("/v1/fairness/exposure")
@require_admin
def fairness_exposure() -> Response:
    """Impressions by vacancy sector across context topics (aggregates only, k-suppressed)."""
    from engine.services.fairness import exposure, vacancy_sectors

    runtime = get_runtime()
    first, last = date_range(30)
    sectors = vacancy_sectors(runtime.index.current().items, runtime.taxonomy)
    return jsonify(exposure(runtime.stats, runtime.taxonomy, sectors, first, last))



@bp.get("/v1/stats")
@require_admin
def stats() -> Response:
    first, last = date_range(30)
    return jsonify(get_runtime().stats.report(first, last))


ADMIN_WHO = "admin-token"


@bp.get("/v1/oversight")
@require_admin
def oversight_state() -> Response:
    """What is approved, paused and stopped right now (the studio shows the same)."""
    state = get_runtime().oversight.load()
    return jsonify({
        "version": state.version, "auto_approve": state.auto_approve,
        "kill_switch": state.kill.__dict__ if state.kill else None,
        "vacancies": {vid: {k: v for k, v in d.items() if k != "digest"} for vid, d in state.vacancies.items()},
        "templates": {name: {"status": d.status, "revision": d.revision, "has_draft": d.draft is not None,
                             "by": d.by, "at": d.at} for name, d in state.templates.items()},
    })


@bp.put("/v1/oversight/kill-switch")
@require_admin
def kill_switch() -> Response:
    body = json_body()
    if not isinstance(body, dict) or not isinstance(body.get("on"), bool):
        raise ValidationFailed("send {\"on\": true|false, \"reason\": \"…\"}", "on")
    reason = body.get("reason", "")
    if not isinstance(reason, str) or len(reason) > 500:
        raise ValidationFailed("reason is text of at most 500 characters", "reason")
    runtime = get_runtime()
    runtime.oversight.set_kill_switch(body["on"], ADMIN_WHO, reason)
    runtime.oversight_state.reload()
    return oversight_state()


@bp.post("/v1/vacancies/<vacancy_id>/approve", defaults={"action": "approve"})
@bp.post("/v1/vacancies/<vacancy_id>/pause", defaults={"action": "pause"})
@require_admin
def decide_vacancy(vacancy_id: str, action: str) -> Response:
    runtime = get_runtime()
    record = runtime.catalogue.get(vacancy_id)
    if record is None:
        raise NotFound(f"no vacancy with id {vacancy_id!r}", "vacancy_id")
    runtime.oversight.set_vacancies([record.vacancy], action, ADMIN_WHO)
    state = runtime.oversight_state.reload()
    return jsonify({"vacancy_id": vacancy_id, "status": state.vacancy_status(record.vacancy)})


@bp.get("/v1/audit")
@require_admin
def audit() -> Response:
    limit = request.args.get("limit", 100, type=int)
    if limit is None or not 1 <= limit <= 1000:
        raise ValidationFailed("limit is a number from 1 to 1000", "limit")
    before = request.args.get("before") or None
    if before is not None and not all(part.isdigit() for part in before.split("-", 1)):
        raise ValidationFailed("before is an audit entry id like 1732540000000-0", "before")
    entries = get_runtime().audit.entries(limit, before=before, action=request.args.get("action") or None)
    return jsonify({"entries": [e.as_dict() for e in entries]})
