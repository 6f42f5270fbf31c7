"""Public inclusive-language check."""

from __future__ import annotations

from typing import Literal

from flask import Blueprint, Response, jsonify
from pydantic import Field

from engine.domain.signals import _Strict, validate
from engine.web.api.common import json_body
from engine.web.runtime import services

bp = Blueprint("lint", __name__, url_prefix="/v1")


class LintRequest(_Strict):
    text: str = Field(max_length=20_000)
    language: Literal["nl", "en"] | None = None


@bp.post("/lint")
def check() -> Response:
    """The text is a vacancy's, not a reader's: an employer's phone number or e-mail address in it
    is expected, so identifiers in values are not refused here (nor in ``POST /v1/vacancies``)."""
    request = validate(LintRequest, json_body())
    findings, language = services().lint.check(request.text, request.language)
    return jsonify({"language": language, "findings": [f.as_dict() for f in findings]})
