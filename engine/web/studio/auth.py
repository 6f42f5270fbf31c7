"""Signing in and out of the studio, and the home page."""

from __future__ import annotations

from flask import Response, g, redirect, request, url_for

from engine.web.studio import bp
from engine.web.studio.session import clear_session_cookie, page, set_session_cookie, signed_in, wants_html
from engine.web.studio.text import translate
from engine.domain.errors import EngineError
from engine.web.runtime import get_runtime
from engine.services.vacancy_list import status_counts


def _safe_next(target: str | None) -> str:
    """Only back into the studio: never an open redirect."""
    if target and target.startswith("/studio") and not target.startswith("//") and "\\" not in target:
        return target
    return url_for("studio.home")


@bp.get("/login")
def login() -> Response:
    if g.studio_session is not None:
        return redirect(_safe_next(request.args.get("next")))
    return page("login.html", next=request.args.get("next", ""), name="", failed=False)


@bp.post("/login")
def login_submit() -> Response:
    runtime = get_runtime()
    name = request.form.get("name", "").strip().lower()[:40]
    password = request.form.get("password", "")
    target = request.form.get("next", "")
    if not runtime.login_limiter.allows(name):
        return _refused(429, "throttled", target, name)
    user = runtime.accounts.authenticate(name, password) if name and password else None
    if user is None:
        runtime.login_limiter.hit(name)
        return _refused(401, "credentials", target, name)
    session_id = runtime.accounts.open_session(user, g.lang)
    runtime.audit.record(user, "sign_in", user)
    response = redirect(_safe_next(target), code=303)
    set_session_cookie(response, session_id, runtime.accounts.session_seconds)
    return response


def _refused(status: int, failed: str, target: str, name: str) -> Response:
    """A failed sign-in: the form again for a browser, the JSON error shape for any other client."""
    if not wants_html():
        key, code = ("login.throttled", "rate_limited") if status == 429 else ("login.failed", "unauthorized")
        raise EngineError(translate(key, "en"), "name", code=code, status=status)
    return page("login.html", status, next=target, name=name, failed=failed)


@bp.post("/logout")
@signed_in
def logout() -> Response:
    runtime = get_runtime()
    runtime.accounts.close_session(g.studio_session_id)
    runtime.audit.record(g.user, "sign_out", g.user)
    response = redirect(url_for("studio.login"), code=303)
    clear_session_cookie(response)
    return response


@bp.get("/")
@signed_in
def home() -> Response:
    runtime = get_runtime()
    state = runtime.oversight_state.current()
    counts = status_counts(runtime.index.current().items, state, runtime.taxonomy)
    return page("home.html", state=state, counts=counts, recent=runtime.audit.entries(8))
