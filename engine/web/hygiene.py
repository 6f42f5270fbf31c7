"""HTTP hygiene for every request and response: one slash between path segments, body limits
however the body arrives, privacy headers, never a cookie, and the route a request took for the
access log (its template, never the path: paths carry tokens, and unknown ones anything at all)."""

from __future__ import annotations

import io
import re
from collections.abc import Iterable
from typing import Any

from flask import Flask, Response, request
from werkzeug.exceptions import RequestEntityTooLarge

ROUTE_ENVIRON = "plainsight.route"  # the route's template, for the access log (engine/ops/gunicorn_logging.py)
UNMATCHED = "unmatched"  # a 404 or 405: no route, and never the path instead
_SLASHES = re.compile(r"//+")
_VARIABLE = re.compile(r"<[^>]*>")
PUBLIC_BODY_LIMIT = 64 * 1024
MANAGEMENT_BODY_LIMIT = 16 * 1024 * 1024
MANAGEMENT_ENDPOINTS = frozenset({"vacancies.import_vacancies", "studio.import_upload"})
STUDIO_COOKIE = "ps_studio"
API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'"
PAGE_CSP = ("default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; "
            "form-action 'self'; frame-ancestors 'none'; base-uri 'none'")


class SingleSlashes:
    """WSGI middleware: ``//v1//preferences/x`` is routed as ``/v1/preferences/x``. Doubled slashes
    made routes match in surprising ways (served, or redirected with the token in ``Location``)
    and slipped past the log's redaction; one spelling per route leaves neither."""

    def __init__(self, app: Any) -> None:
        self.app = app

    def __call__(self, environ: dict, start_response: Any) -> Iterable[bytes]:
        path = environ.get("PATH_INFO", "")
        if "//" in path:
            environ["PATH_INFO"] = _SLASHES.sub("/", path)
        return self.app(environ, start_response)


def route_template() -> str:
    """The matched route with its variable parts redacted (``/v1/preferences/[redacted]``)."""
    rule = request.url_rule
    return _VARIABLE.sub("[redacted]", rule.rule) if rule is not None else UNMATCHED


def _limit_body() -> None:
    limit = MANAGEMENT_BODY_LIMIT if request.endpoint in MANAGEMENT_ENDPOINTS else PUBLIC_BODY_LIMIT
    request.max_content_length = limit
    if request.content_length is None and "wsgi.input_terminated" in request.environ:
        _read_whole_body(limit)


def _read_whole_body(limit: int) -> None:
    """A body without Content-Length (``Transfer-Encoding: chunked``), read here up to one byte past
    the limit: over it is a 413, as for a declared length. Werkzeug would read such a stream only
    up to the limit and hand the view the cut body as if it were whole."""
    environ = request.environ
    body = environ["wsgi.input"].read(limit + 1)
    if len(body) > limit:
        raise RequestEntityTooLarge()
    environ["wsgi.input"] = io.BytesIO(body)


def _privacy_headers(response: Response) -> Response:
    # No route of the engine has a reason to set a cookie, but the studio's sign-in: drop any
    # other that slipped in (and any studio cookie that is not scoped to /studio).
    cookies = response.headers.getlist("Set-Cookie")
    if cookies:
        response.headers.pop("Set-Cookie", None)
        if request.blueprint == "studio":
            for cookie in cookies:
                if _is_studio_cookie(cookie):
                    response.headers.add("Set-Cookie", cookie)
    headers = response.headers
    headers.setdefault("Referrer-Policy", "no-referrer")
    headers.setdefault("X-Content-Type-Options", "nosniff")
    headers.setdefault("Permissions-Policy", "browsing-topics=(), interest-cohort=()")
    is_html = response.mimetype == "text/html"
    headers.setdefault("Content-Security-Policy", PAGE_CSP if is_html else API_CSP)
    headers.setdefault("Cache-Control", "no-store")
    return response


def _is_studio_cookie(header: str) -> bool:
    attributes = {part.strip().split("=", 1)[0].lower(): part.strip() for part in header.split(";")[1:]}
    return (header.startswith(STUDIO_COOKIE + "=") and attributes.get("path") == "Path=/studio"
            and {"httponly", "secure", "samesite"} <= attributes.keys()
            and attributes["samesite"].lower() == "samesite=strict")


def _note_route(response: Response) -> Response:
    request.environ[ROUTE_ENVIRON] = route_template()
    return response


def init_app(app: Flask) -> None:
    app.wsgi_app = SingleSlashes(app.wsgi_app)  # type: ignore[method-assign]
    app.before_request(_limit_body)
    app.after_request(_privacy_headers)
    app.after_request(_note_route)
