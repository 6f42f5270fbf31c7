"""Public inclusive-language check."""

from __future__ import annotations

from typing import Literal

from flask import Blueprint, Response, jsonify
from pydantic import Field

from engine.web.api.common import json_body
from engine.domain.lint import lint
from engine.domain.signals import _Strict, validate

bp = Blueprint("lint", __name__, url_prefix="/v1")


class LintRequest(_Strict):
    text: str = Field(max_length=20_000)
    language: Literal["nl", "en"] | None = None


@bp.post("/lint")
def check() -> Response:
    request = validate(LintRequest, json_body())
    findings, language = lint(request.text, request.language)
    return jsonify({"language": language, "findings": [f.as_dict() for f in findings]})
