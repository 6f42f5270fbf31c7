"""Administrators' oversight: aggregate statistics, exposure by sector, the decision log, the
audit trail, approvals and the kill switch."""

from __future__ import annotations

from flask import Blueprint, Response, jsonify, request
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from engine.domain.errors import ValidationFailed
from engine.domain.oversight import OversightState
from engine.services.approval import MAX_REASON, MIN_REASON
from engine.web.api.common import date_range, json_body, require_admin
from engine.web.runtime import services

bp = Blueprint("oversight", __name__)
ADMIN_WHO = "admin-token"


class ApprovalRequest(BaseModel):
    """An approval's optional body: the reason, needed when the vacancy has hard language findings."""

    model_config = ConfigDict(extra="forbid", strict=True, frozen=True, json_schema_extra={
        "examples": [{"reason": "The age limit is the legal minimum for serving alcohol; checked with legal."}]})
    reason: str | None = Field(None, max_length=MAX_REASON, description=(
        f"Why it may be served despite hard inclusive-language findings (at least {MIN_REASON} characters); "
        "kept in the audit trail. Without findings it is not needed."))


def _reason() -> str | None:
    """The reason sent with an approval; the body is optional (no body: no reason)."""
    if not request.get_data(cache=True).strip():
        return None
    body = json_body()
    try:
        return ApprovalRequest.model_validate(body).reason
    except ValidationError:
        raise ValidationFailed(f'send no body, or {{"reason": "…"}} with a reason of at most {MAX_REASON} '
                               "characters", "reason") from None


@bp.get("/v1/decisions")
@require_admin
def decisions() -> Response:
    """The decision log as JSON Lines."""
    lines = services().oversight.export_decisions()
    return Response((line + "\n" for line in lines), mimetype="application/x-ndjson")


@bp.get("/v1/decisions/verify")
@require_admin
def verify_decisions() -> Response:
    """The chain's check; ``?checkpoint=`` (one copied from a worker's log) also names what is missing."""
    return jsonify(services().oversight.verify_decisions(request.args.get("checkpoint")).__dict__)


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
    """Approving a vacancy with hard language findings needs a reason (422 reason_required); with
    ENGINE_FOUR_EYES, not by the account that imported it (403 four_eyes)."""
    reason = _reason() if action == "approve" else None
    status = services().oversight.decide_vacancy(vacancy_id, action, ADMIN_WHO, reason)
    return jsonify({"vacancy_id": vacancy_id, "status": status})


@bp.get("/v1/audit")
@require_admin
def audit() -> Response:
    entries = services().oversight.audit_entries(request.args.get("limit", 100, type=int),
                                                 before=request.args.get("before") or None,
                                                 action=request.args.get("action") or None)
    return jsonify({"entries": [e.as_dict() for e in entries]})
