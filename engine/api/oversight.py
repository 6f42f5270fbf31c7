"""Administrators' oversight: aggregate statistics, exposure by sector, and the decision log."""

from __future__ import annotations

from datetime import date, timedelta

from flask import Blueprint, Response, jsonify, request

from engine.api.common import require_admin
from engine.errors import ValidationFailed
from engine.runtime import get_runtime

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
    from engine.fairness import exposure, vacancy_sectors

    runtime = get_runtime()
    first, last = _range()
    sectors = vacancy_sectors(runtime.index.current().items, runtime.taxonomy)
    return jsonify(exposure(runtime.stats, runtime.taxonomy, sectors, first, last))


def _range() -> tuple[date, date]:
    try:
        last = date.fromisoformat(request.args.get("to") or date.today().isoformat())
        first = date.fromisoformat(request.args.get("from") or (last - timedelta(days=30)).isoformat())
    except ValueError:
        raise ValidationFailed("from and to are dates like 2026-11-25", "from") from None
    if first > last or (last - first).days > 366:
        raise ValidationFailed("the range runs forward and spans at most 366 days", "from")
    return first, last


@bp.get("/v1/stats")
@require_admin
def stats() -> Response:
    first, last = _range()
    return jsonify(get_runtime().stats.report(first, last))
