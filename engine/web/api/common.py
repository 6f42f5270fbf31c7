"""Request helpers shared by the views: the JSON body and the admin token."""

from __future__ import annotations

import hmac
import json
from collections.abc import Callable
from datetime import date, timedelta
from functools import wraps
from typing import Any

from flask import current_app, request

from engine.domain.errors import MalformedRequest, ServiceUnavailable, Unauthorized, ValidationFailed


def _no_constants(name: str) -> Any:
    raise ValueError(f"{name} is not valid JSON")


def json_body() -> Any:
    """The parsed body; wrong content type or broken JSON is a 400 that names the problem."""
    if request.mimetype != "application/json" and not request.mimetype.endswith("+json"):
        raise MalformedRequest("send the body as JSON with Content-Type: application/json",
                               code="unsupported_content_type")
    raw = request.get_data(cache=False)
    try:
        return json.loads(raw, parse_constant=_no_constants)
    except (ValueError, RecursionError) as exc:
        raise MalformedRequest(f"the body is not valid JSON ({str(exc)[:80]})",
                               code="malformed_json") from None


def require_admin(view: Callable) -> Callable:
    """Management routes: 503 when no token is configured, 401 unless it is presented."""

    @wraps(view)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        expected = current_app.extensions["plainsight.settings"].admin_token
        if not expected:
            raise ServiceUnavailable("The management API is disabled: set ENGINE_ADMIN_TOKEN.",
                                     code="management_disabled")
        given = request.headers.get("Authorization", "")
        scheme, _, token = given.partition(" ")
        if scheme.lower() != "bearer" or not hmac.compare_digest(token.strip().encode(), expected.encode()):
            raise Unauthorized("Send the admin token as 'Authorization: Bearer <token>'.")
        return view(*args, **kwargs)

    return wrapper


def date_range(default_days: int) -> tuple[date, date]:
    """``from``/``to`` query dates (default: the last ``default_days`` up to today), forward, at most 366 days."""
    try:
        last = date.fromisoformat(request.args.get("to") or date.today().isoformat())
        first = date.fromisoformat(request.args.get("from") or (last - timedelta(days=default_days)).isoformat())
        last + timedelta(days=1)  # reports walk the days up to the one after `to`
    except (ValueError, OverflowError):
        raise ValidationFailed("from and to are dates like 2026-11-25, in the years 1 to 9999", "from") from None
    if first > last or (last - first).days > 366:
        raise ValidationFailed("the range runs forward and spans at most 366 days", "from")
    return first, last
