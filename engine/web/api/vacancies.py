"""Management of the vacancy catalogue (admin token)."""

from __future__ import annotations

from flask import Blueprint, Response, jsonify

from engine.web.api.common import json_body, require_admin
from engine.web.runtime import services

bp = Blueprint("vacancies", __name__, url_prefix="/v1/vacancies")
ADMIN_WHO = "admin-token"


@bp.post("")
@require_admin
def import_vacancies() -> Response:
    return jsonify(services().vacancies.import_payload(json_body(), ADMIN_WHO).as_dict())


@bp.get("/<vacancy_id>")
@require_admin
def get_vacancy(vacancy_id: str) -> Response:
    record = services().vacancies.get(vacancy_id)
    return jsonify({
        "vacancy": record.vacancy.to_dict(),
        "concepts": [{"concept": c, "weight": e.weight, "term": e.term, "text": e.text, "field": e.field}
                     for c, e in sorted(record.concepts.items(), key=lambda kv: -kv[1].weight)],
        "taxonomy_version": record.taxonomy_version,
    })


@bp.delete("/<vacancy_id>")
@require_admin
def delete_vacancy(vacancy_id: str) -> Response:
    services().vacancies.delete(vacancy_id)
    return Response(status=204)
