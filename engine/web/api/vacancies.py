"""Management of the vacancy catalogue (admin token)."""

from __future__ import annotations

from flask import Blueprint, Response, jsonify

from engine.web.api.common import json_body, require_admin
from engine.domain.errors import IdentifierRefused, NotFound, ValidationFailed
from engine.domain.jobposting import PostingError
from engine.domain.privacy import find_identifier
from engine.web.runtime import get_runtime

bp = Blueprint("vacancies", __name__, url_prefix="/v1/vacancies")


@bp.post("")
@require_admin
def import_vacancies() -> Response:
    body = json_body()
    where = find_identifier(body)
    if where is not None:
        raise IdentifierRefused(f"'{where}' looks like a personal identifier; it is not accepted.", where)
    try:
        result = get_runtime().catalogue.import_payload(body)
    except PostingError as exc:
        raise ValidationFailed(exc.message, exc.field) from None
    return jsonify(result.as_dict())


@bp.get("/<vacancy_id>")
@require_admin
def get_vacancy(vacancy_id: str) -> Response:
    record = get_runtime().catalogue.get(vacancy_id)
    if record is None:
        raise NotFound(f"no vacancy with id {vacancy_id!r}", "vacancy_id")
    return jsonify({
        "vacancy": record.vacancy.to_dict(),
        "concepts": [{"concept": c, "weight": e.weight, "term": e.term, "text": e.text, "field": e.field}
                     for c, e in sorted(record.concepts.items(), key=lambda kv: -kv[1].weight)],
        "taxonomy_version": record.taxonomy_version,
    })


@bp.delete("/<vacancy_id>")
@require_admin
def delete_vacancy(vacancy_id: str) -> Response:
    if not get_runtime().catalogue.delete(vacancy_id):
        raise NotFound(f"no vacancy with id {vacancy_id!r}", "vacancy_id")
    return Response(status=204)
