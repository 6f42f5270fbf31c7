"""Partners' API keys (admin token): issue (the key is shown once), list, revoke."""

from __future__ import annotations

from flask import Blueprint, Response, jsonify
from pydantic import Field

from engine.domain.signals import _Strict, validate
from engine.store.apikeys import DEFAULT_RATE
from engine.web.api.common import json_body, require_admin
from engine.web.runtime import services

bp = Blueprint("apikeys", __name__, url_prefix="/v1/apikeys")
ADMIN_WHO = "admin-token"


class ApiKeyCreate(_Strict):
    name: str = Field(max_length=40)
    rate: str = Field(DEFAULT_RATE, max_length=40)


@bp.post("")
@require_admin
def issue() -> tuple[Response, int]:
    """A new key: the response is the only place it is ever shown."""
    body = validate(ApiKeyCreate, json_body())
    key, record = services().apikeys.issue(body.name, body.rate, ADMIN_WHO)
    return jsonify({**record.as_dict(), "key": key}), 201


@bp.get("")
@require_admin
def list_keys() -> Response:
    """Names, rates and creation times; never the keys."""
    return jsonify({"apikeys": [key.as_dict() for key in services().apikeys.all()]})


@bp.delete("/<name>")
@require_admin
def revoke(name: str) -> Response:
    services().apikeys.revoke(name, ADMIN_WHO)
    return Response(status=204)
