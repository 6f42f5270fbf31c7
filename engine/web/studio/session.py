"""Who is signed in, in which language, and the checks every studio request passes.

The session cookie is first-party, ``HttpOnly``, ``Secure``, ``SameSite=Strict`` and scoped to
``/studio``; ad routes never see it (``engine.web.hygiene`` drops any other cookie). Every POST must
come from the studio's own pages (``Sec-Fetch-Site``/``Origin``) and carry the session's CSRF
token.
"""

from __future__ import annotations

import hmac
from collections.abc import Callable
from functools import wraps
from typing import Any
from urllib.parse import urlsplit

from flask import Response, g, redirect, render_template, request, url_for
from werkzeug.wrappers import Response as BaseResponse  # what redirect() gives

from engine.domain.errors import EngineError, Unauthorized
from engine.domain.i18n import LANGUAGES, N_
from engine.web import words
from engine.web.errors import error_response
from engine.web.hygiene import STUDIO_COOKIE
from engine.web.runtime import services
from engine.web.studio.blueprint import bp

COOKIE = STUDIO_COOKIE
CSP = ("default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
       "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'")


class Forbidden(EngineError):
    status, code = 403, "forbidden"


def wants_html() -> bool:
    """Browsers get pages; API clients (and fuzzers) get the JSON error shape."""
    return "text/html" in request.headers.get("Accept", "")


def _language() -> str:
    asked = request.args.get("lang")
    if asked in LANGUAGES:
        return asked
    if g.get("studio_session") is not None:
        return g.studio_session.language
    best = request.accept_languages.best_match(LANGUAGES)
    return best or "nl"


@bp.before_request
def _load_session() -> None:
    accounts = services().accounts
    g.studio_session_id = request.cookies.get(COOKIE)
    g.studio_session = accounts.session(g.studio_session_id)
    g.lang = _language()
    if g.studio_session is not None and g.lang != g.studio_session.language and "lang" in request.args:
        accounts.set_language(g.studio_session_id, g.lang)
    if request.method == "POST":
        _same_origin()


def _same_origin() -> None:
    site = request.headers.get("Sec-Fetch-Site")
    if site is not None and site not in ("same-origin", "none"):
        raise Forbidden("studio forms are only accepted from the studio itself", "Sec-Fetch-Site")
    origin = request.headers.get("Origin")
    if origin and origin != "null" and _netloc(origin) != request.host:
        raise Forbidden("studio forms are only accepted from the studio itself", "Origin")


def _netloc(url: str) -> str | None:
    try:
        return urlsplit(url).netloc
    except ValueError:  # e.g. an unclosed or bad IPv6 bracket
        return None


def check_csrf() -> None:
    given = request.form.get("csrf") or request.headers.get("X-CSRF-Token") or ""
    expected = g.studio_session.csrf
    if not hmac.compare_digest(given.encode(), expected.encode()):
        raise Forbidden(N_("the form has expired or did not come from the studio: reload the page"),
                        "csrf", code="csrf_failed")


def signed_in(view: Callable) -> Callable:
    """Pages need a session (else: to the sign-in page); POSTs also need the CSRF token."""

    @wraps(view)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        if g.studio_session is None:
            if request.method == "GET" and wants_html():
                return redirect(url_for("studio.login", next=request.full_path.rstrip("?")))
            raise Unauthorized("sign in to the studio first", None)
        if request.method == "POST":
            check_csrf()
        g.user = g.studio_session.user
        return view(*args, **kwargs)

    return wrapper


def page(template: str, status: int = 200, **context: Any) -> Response:
    response = Response(render_template(f"studio/{template}", **context), status=status, mimetype="text/html")
    return response


words.register(bp)  # numbers, dates and codes in words, for every template of the app


@bp.app_template_global("kill_switch")
def _kill_switch() -> object:
    return services().oversight.kill()


@bp.after_request
def _studio_headers(response: Response) -> Response:
    response.headers.setdefault("Content-Security-Policy", CSP)
    response.headers.setdefault("X-Frame-Options", "DENY")
    return response


@bp.errorhandler(EngineError)
def _studio_error(exc: EngineError) -> Response:
    if wants_html():
        return page("error.html", exc.status, error=exc)
    return error_response(exc.status, exc.code, exc.message, exc.field)


def set_session_cookie(response: BaseResponse, session_id: str, max_age: int) -> None:
    response.set_cookie(COOKIE, session_id, max_age=max_age, path="/studio", secure=True,
                        httponly=True, samesite="Strict")


def clear_session_cookie(response: BaseResponse) -> None:
    response.delete_cookie(COOKIE, path="/studio", secure=True, httponly=True, samesite="Strict")
