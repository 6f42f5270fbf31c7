"""Administrators' oversight: aggregate statistics, exposure by sector, the decision log, the
audit trail, approvals and the kill switch."""

from __future__ import annotations

from flask import Blueprint, Response, jsonify, request

from engine.domain.errors import ValidationFailed
from engine.domain.oversight import OversightState
from engine.web.api.common import date_range, json_body, require_admin
from engine.web.runtime import services

bp = Blueprint("oversight", __name__)
ADMIN_WHO = "admin-token"


@bp.get("/v1/decisions")
@require_admin
def decisions() -> Response:
    """The decision log as JSON Lines."""
    lines = services().oversight.export_decisions()
    return Response((line + "\n" for line in lines), mimetype="application/x-ndjson")


@bp.get("/v1/decisions/verify")
@require_admin
def verify_decisions() -> Response:
    return jsonify(services().oversight.verify_decisions().__dict__)


@bp.get("/v1/fairness/exposure")
@require_admin
def fairness_exposure() -> Response:
    """Impressions by vacancy sector across context topics (aggregates only, k-suppressed)."""
    first, last = date_range(30)
    return jsonify(services().oversight.exposure(first, last))


@bp.get("/v1/stats")
@require_admin
def stats() -> Response:
    first, last = date_range(30)
    return jsonify(services().reports.report(first, last))


def _state_json(state: OversightState) -> Response:
    return jsonify({
        "version": state.version, "auto_approve": state.auto_approve,
        "kill_switch": state.kill.__dict__ if state.kill else None,
        "vacancies": {vid: {k: v for k, v in d.items() if k != "digest"} for vid, d in state.vacancies.items()},
        "templates": {name: {"status": d.status, "revision": d.revision, "has_draft": d.draft is not None,
                             "by": d.by, "at": d.at} for name, d in state.templates.items()},
    })


@bp.get("/v1/oversight")
@require_admin
def oversight_state() -> Response:
    """What is approved, paused and stopped right now (the studio shows the same)."""
    return _state_json(services().oversight.current())


@bp.put("/v1/oversight/kill-switch")
@require_admin
def kill_switch() -> Response:
    body = json_body()
    if not isinstance(body, dict) or not isinstance(body.get("on"), bool):
        raise ValidationFailed("send {\"on\": true|false, \"reason\": \"…\"}", "on")
    reason = body.get("reason", "")
    if not isinstance(reason, str) or len(reason) > 500:
        raise ValidationFailed("reason is text of at most 500 characters", "reason")
    return _state_json(services().oversight.set_kill_switch(body["on"], ADMIN_WHO, reason))


@bp.post("/v1/vacancies/<vacancy_id>/approve", defaults={"action": "approve"})
@bp.post("/v1/vacancies/<vacancy_id>/pause", defaults={"action": "pause"})
@require_admin
def decide_vacancy(vacancy_id: str, action: str) -> Response:
    status = services().oversight.decide_vacancy(vacancy_id, action, ADMIN_WHO)
    return jsonify({"vacancy_id": vacancy_id, "status": status})


@bp.get("/v1/audit")
@require_admin
def audit() -> Response:
    entries = services().oversight.audit_entries(request.args.get("limit", 100, type=int),
                                                 before=request.args.get("before") or None,
                                                 action=request.args.get("action") or None)
    return jsonify({"entries": [e.as_dict() for e in entries]})
