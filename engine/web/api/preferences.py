"""Candidate-owned preferences (with consent) and the record of processing."""

from __future__ import annotations

from flask import Blueprint, Response, jsonify, request

from engine.web.api.common import json_body
from engine.web.runtime import services

bp = Blueprint("preferences", __name__, url_prefix="/v1")


@bp.post("/preferences")
def create() -> tuple[Response, int]:
    data = services().preferences.create(json_body(), request.remote_addr or "unknown")
    return jsonify(data), 201


@bp.get("/preferences/<token>")
def export(token: str) -> Response:
    return jsonify(services().preferences.export(token))


@bp.patch("/preferences/<token>")
def change(token: str) -> Response:
    return jsonify(services().preferences.update(token, json_body()))


@bp.delete("/preferences/<token>")
def erase(token: str) -> Response:
    services().preferences.erase(token)
    return Response(status=204)


@bp.get("/privacy/records")
def records() -> Response:
    return jsonify(services().transparency.records())
