"""Health and the OpenAPI document."""

from __future__ import annotations

from flask import Blueprint, Response, jsonify

from engine.openapi import openapi_document
from engine.runtime import get_runtime
from engine.store import get_store

bp = Blueprint("system", __name__)


@bp.get("/healthz")
def healthz() -> Response:
    runtime = get_runtime()
    store_up = get_store().ping()
    index = runtime.index.current()
    return jsonify({
        "status": "ok" if store_up and not runtime.index.stale else "degraded",
        "store": "up" if store_up else "down",
        "vacancies": len(index),
        "catalogue_version": index.version,
        "models": runtime.analyzer.versions,
        "taxonomy_version": runtime.taxonomy.version,
    })


@bp.get("/openapi.json")
def openapi() -> Response:
    response = jsonify(openapi_document())
    response.headers["Cache-Control"] = "public, max-age=300"
    return response
