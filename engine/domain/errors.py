"""The one error catalogue: coded engine errors with the status each maps to.

Plain exceptions that import nothing, so every layer may raise them; ``engine.web.errors`` turns
them into the contract's JSON shape.
"""

from __future__ import annotations


class EngineError(Exception):
    """An error the client can act on; ``status`` is the HTTP status it maps to."""

    status = 400
    code = "bad_request"

    def __init__(self, message: str, field: str | None = None, *, code: str | None = None,
                 status: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field
        if code:
            self.code = code
        if status:
            self.status = status


class MalformedRequest(EngineError):
    status, code = 400, "malformed_request"


class ValidationFailed(EngineError):
    status, code = 422, "invalid_field"


class IdentifierRefused(EngineError):
    status, code = 422, "identifier_refused"


class Unauthorized(EngineError):
    status, code = 401, "unauthorized"


class NotFound(EngineError):
    status, code = 404, "not_found"


class ServiceUnavailable(EngineError):
    status, code = 503, "unavailable"
