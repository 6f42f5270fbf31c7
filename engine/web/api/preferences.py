"""Candidate-owned preferences (with consent) and the record of processing."""

from __future__ import annotations

from flask import Blueprint, Response, jsonify, request

from engine.web.api.common import json_body
from engine.domain.errors import EngineError, NotFound
from engine.domain.privacy import records_of_processing
from engine.web.runtime import get_runtime
from engine.domain.signals import PreferencesCreate, PreferencesPatch, preferences_from, validate

bp = Blueprint("preferences", __name__, url_prefix="/v1")


class RateLimited(EngineError):
    status, code = 429, "rate_limited"


def create_preferences(body: object, default_language: str = "nl") -> tuple[dict, int]:
    """Shared by the API and the no-JavaScript page: rate limit, validate, consent, store."""
    runtime = get_runtime()
    parsed = validate(PreferencesCreate, body)
    runtime.preferences.check_consent(parsed.consent.model_dump() if parsed.consent else None)
    if not runtime.preference_limiter.hit(request.remote_addr or "unknown"):
        raise RateLimited("Too many preference sets from here; try again later.")
    prefs, dropped = preferences_from(parsed.preferences)
    language = parsed.language or prefs.language or default_language
    token, record = runtime.preferences.create(prefs, language)
    return {"token": token, "expires_at": record.expires_at, "receipt": record.receipt,
            "manage_url": f"{runtime.settings.public_url}/preferences/mine?token={token}",
            "dropped_statements": list(dropped), "preferences": record.export()["preferences"]}, 201


@bp.post("/preferences")
def create() -> tuple[Response, int]:
    data, status = create_preferences(json_body())
    response = jsonify(data)
    return response, status


@bp.get("/preferences/<token>")
def export(token: str) -> Response:
    stored = get_runtime().preferences.get(token)
    if stored is None:
        raise NotFound("No preferences for this token: unknown, expired or erased.", "token")
    return jsonify(stored.export())


@bp.patch("/preferences/<token>")
def change(token: str) -> Response:
    parsed = validate(PreferencesPatch, json_body())
    changes, dropped = {}, ()
    if parsed.preferences is not None:
        cleaned, dropped = preferences_from(parsed.preferences)
        changes = {name: getattr(cleaned, name) for name in parsed.preferences.model_fields_set}
    stored = get_runtime().preferences.update(token, changes, renew=parsed.renew)
    return jsonify({**stored.export(), "dropped_statements": list(dropped)})


@bp.delete("/preferences/<token>")
def erase(token: str) -> Response:
    if not get_runtime().preferences.delete(token):
        raise NotFound("No preferences for this token: unknown, expired or erased.", "token")
    return Response(status=204)


@bp.get("/privacy/records")
def records() -> Response:
    return jsonify(records_of_processing(get_runtime().settings))
