"""Health, metrics and the OpenAPI document."""

from __future__ import annotations

from flask import Blueprint, Response, jsonify, request

from engine.domain.errors import ServiceUnavailable, Unauthorized
from engine.web.metrics import get_metrics, scrape_tokens, token_accepted
from engine.web.openapi import openapi_document
from engine.web.runtime import services

bp = Blueprint("system", __name__)


@bp.get("/healthz")
def healthz() -> Response:
    return jsonify(services().health.report())


@bp.get("/metrics")
def metrics() -> Response:
    """Prometheus metrics (OpenMetrics when asked), for the metrics token or the admin token."""
    settings = services().settings
    if not scrape_tokens(settings):
        raise ServiceUnavailable("Metrics are disabled: set ENGINE_METRICS_TOKEN.", code="metrics_disabled")
    if not token_accepted(settings, request.headers.get("Authorization", "")):
        raise Unauthorized("Send the metrics token as 'Authorization: Bearer <token>'.")
    body, content_type = get_metrics().exposition(request.headers.get("Accept"))
    return Response(body, content_type=content_type)


@bp.get("/openapi.json")
def openapi() -> Response:
    response = jsonify(openapi_document())
    response.headers["Cache-Control"] = "public, max-age=300"
    return response
