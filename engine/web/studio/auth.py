"""Signing in and out of the studio, and the home page."""

from __future__ import annotations

from dataclasses import asdict

from flask import Response, g, redirect, request, url_for
from werkzeug.wrappers import Response as BaseResponse  # what redirect() gives

from engine.domain.errors import EngineError
from engine.domain.work_proof import Challenge
from engine.services.accounts import ProofRequired
from engine.store.accounts import ADMIN_ACCOUNT
from engine.web.errors import error_response
from engine.web.runtime import services
from engine.web.studio.blueprint import bp
from engine.web.studio.session import clear_session_cookie, page, set_session_cookie, signed_in, wants_html

# why a sign-in failed -> the API's message and code (the page says the same in the reader's language)
REFUSALS = {
    "throttled": ("Too many failed sign-ins for this account: send the proof of work under 'proof' "
                  "(the first counter whose SHA-256 of '<nonce>:<counter>' starts with 'bits' zero bits) "
                  "as proof_token and proof_answer with the password.", "rate_limited"),
    "credentials": ("The account name or password is wrong.", "unauthorized"),
    "no_admin_token": ("No admin token is configured on this server, so 'admin' cannot sign in. Set "
                       "ENGINE_ADMIN_TOKEN and restart (make run makes one and prints it).", "admin_token_unset"),
}


def _safe_next(target: str | None) -> str:
    """Only back into the studio: never an open redirect."""
    if target and target.startswith("/studio") and not target.startswith("//") and "\\" not in target:
        return target
    return url_for("studio.home")


@bp.get("/login")
def login() -> BaseResponse:
    if g.studio_session is not None:
        return redirect(_safe_next(request.args.get("next")))
    return page("login.html", next=request.args.get("next", ""), name="", failed=False, challenge=None)


@bp.post("/login")
def login_submit() -> BaseResponse:
    accounts = services().accounts
    name = request.form.get("name", "").strip().lower()[:40]
    target = request.form.get("next", "")
    if name == ADMIN_ACCOUNT and not services().settings.admin_token:
        return _refused(401, "no_admin_token", target, name)  # no password was checked: nothing to count
    proof = (request.form.get("proof_token", ""), request.form.get("proof_answer", ""))
    try:
        session_id = accounts.sign_in(name, request.form.get("password", ""), g.lang, g.studio_session_id,
                                      proof=proof if all(proof) else None)
    except ProofRequired as slower:
        return _challenged(slower.challenge, target, name)
    except EngineError as refused:
        return _refused(refused.status, "credentials", target, name)
    response = redirect(_safe_next(target), code=303)
    set_session_cookie(response, session_id, accounts.device_seconds)  # outlives the session: a device cookie
    return response


def _challenged(challenge: Challenge, target: str, name: str) -> Response:
    """The account is over its failure limit and this browser is new to it: the form again with a
    proof of work its script solves before sending the password (``static/proof.js``); for an API
    client the error shape with the challenge beside it (solve it as ``work_proof.solve`` does)."""
    if not wants_html():
        message, code = REFUSALS["throttled"]
        return error_response(429, code, message, "name", proof=asdict(challenge))
    return page("login.html", 429, next=target, name=name, failed="throttled", challenge=challenge)


def _refused(status: int, failed: str, target: str, name: str) -> Response:
    """A failed sign-in: the form again for a browser, the JSON error shape for any other client."""
    if not wants_html():
        message, code = REFUSALS[failed]
        raise EngineError(message, "name", code=code, status=status)  # the API's errors are English
    return page("login.html", status, next=target, name=name, failed=failed, challenge=None)


@bp.post("/logout")
@signed_in
def logout() -> BaseResponse:
    services().accounts.sign_out(g.studio_session_id, g.user)
    response = redirect(url_for("studio.login"), code=303)
    clear_session_cookie(response)
    return response


@bp.get("/")
@signed_in
def home() -> Response:
    overview = services().oversight.overview()
    return page("home.html", state=overview.state, counts=overview.counts, recent=overview.recent)
