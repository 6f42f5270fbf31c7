"""The one place an error becomes the contract's JSON shape: ``{"error": {"code", "message", "field"}}``."""

from __future__ import annotations

import logging

import redis
from flask import Flask, Response, jsonify
from werkzeug.exceptions import HTTPException

from engine.domain.errors import EngineError
from engine.store.client import is_unavailable
from engine.web.metrics import count_redis_error

log = logging.getLogger(__name__)


_HTTP_CODES = {
    400: "malformed_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    406: "not_acceptable",
    413: "body_too_large",
    414: "uri_too_long",
    415: "unsupported_media_type",
    429: "rate_limited",
    431: "headers_too_large",
}


def error_response(status: int, code: str, message: str, field: str | None = None, **beside: object) -> Response:
    """The contract's error shape; ``beside`` adds keys next to ``error`` (a sign-in's ``proof``)."""
    response = jsonify({"error": {"code": code, "message": message, "field": field}, **beside})
    response.status_code = status
    return response


def _engine_error(exc: EngineError) -> Response:
    return error_response(exc.status, exc.code, exc.message, exc.field)


def _http_error(exc: HTTPException) -> Response:
    status = exc.code or 500
    message = exc.description or exc.name
    if status == 413:
        message = "The request body is larger than this endpoint accepts."
    response = error_response(status, _HTTP_CODES.get(status, "http_error"), message)
    if status == 405 and exc.get_response().headers.get("Allow"):
        response.headers["Allow"] = exc.get_response().headers["Allow"]
    return response


def _store_error(exc: Exception) -> Response:
    count_redis_error("request", exc)
    if not is_unavailable(exc):
        return _unexpected(exc)
    log.warning("store unavailable (%s)", type(exc).__name__)
    response = error_response(503, "store_unavailable",
                              "The data store cannot be reached right now; nothing was stored. "
                              "Please retry in a few seconds.")
    response.headers["Retry-After"] = "2"
    return response


def _unexpected(exc: Exception) -> Response:
    # The type only: a message could echo request content, and we log no personal data.
    log.error("unhandled %s", type(exc).__name__, exc_info=False)
    return error_response(500, "internal_error", "Something went wrong on our side; nothing was stored.")


def init_app(app: Flask) -> None:
    app.register_error_handler(EngineError, _engine_error)
    app.register_error_handler(HTTPException, _http_error)
    app.register_error_handler(redis.RedisError, _store_error)
    app.register_error_handler(Exception, _unexpected)
