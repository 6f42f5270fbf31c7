"""The candidate's preference pages: plain HTML forms that work without JavaScript or cookies."""

from __future__ import annotations

from contextlib import suppress

from flask import Blueprint, render_template, request

from engine.domain.consent import CONSENT_TEXT_VERSION, PURPOSE
from engine.domain.errors import EngineError, IdentifierRefused, NotFound
from engine.web.runtime import services

bp = Blueprint("pages", __name__)


def page_language() -> str:
    asked = request.values.get("lang")
    if asked in ("nl", "en"):
        return asked
    return request.accept_languages.best_match(["nl", "en"]) or "nl"


def form_preferences() -> dict:
    """The form's fields as the API's preferences: empty means not stated."""
    form = request.form
    prefs: dict = {}
    for name in ("interests", "location"):
        if form.get(name, "").strip():
            prefs[name] = form[name].strip()
    if form.get("hours") in ("parttime", "fulltime"):
        prefs["hours"] = form["hours"]
    if form.get("remote") == "yes":
        prefs["remote"] = True
    if form.get("language") in ("nl", "en"):
        prefs["language"] = form["language"]
    return prefs


def form_values(error: EngineError) -> dict:
    """The form as sent, to fill it in again, less a field refused for holding a personal
    identifier: the page does not echo an e-mail address or phone number back."""
    values = request.form.to_dict()
    if isinstance(error, IdentifierRefused) and error.field:
        values.pop(error.field.rpartition(".")[2], None)
    return values


def _render(template: str, status: int = 200, **values):  # noqa: ANN202 - (str, int)
    settings = services().settings
    for name, default in (("error", None), ("saved", False), ("dropped", ())):
        values.setdefault(name, default)
    return render_template(f"pages/{template}", language=page_language(),
                           retention_days=settings.preferences_retention_days,
                           controller=settings.controller, purpose=PURPOSE,
                           text_version=CONSENT_TEXT_VERSION, **values), status


@bp.get("/preferences")
def form():  # noqa: ANN201
    return _render("preferences.html", values={})


@bp.post("/preferences")
def submit():  # noqa: ANN201
    language = page_language()
    body = {"preferences": form_preferences(), "language": language}
    if request.form.get("consent") == "yes":
        body["consent"] = {"given": True, "purpose": PURPOSE, "text_version": CONSENT_TEXT_VERSION}
    try:
        data = services().preferences.create(body, request.remote_addr or "unknown", language)
    except EngineError as error:
        return _render("preferences.html", error.status, values=form_values(error), error=error)
    return _render("preferences_saved.html", 201, data=data)


@bp.get("/preferences/mine")
def mine():  # noqa: ANN201
    token = request.args.get("token", "")
    stored = services().preferences.find(token)
    if stored is None:
        return _render("preferences_gone.html", 404)
    return _render("preferences_mine.html", token=token, stored=stored)


@bp.post("/preferences/mine")
def change_mine():  # noqa: ANN201
    token = request.form.get("token", "")
    preferences = services().preferences
    try:
        stored, dropped = preferences.replace(token, form_preferences(), renew=request.form.get("renew") == "yes")
    except EngineError as error:
        current = preferences.find(token) if error.status != 404 else None
        if current is None:  # unknown, expired or erased: there is nothing to change
            return _render("preferences_gone.html", 404)
        return _render("preferences_mine.html", error.status, token=token, error=error, stored=current)
    return _render("preferences_mine.html", token=token, stored=stored, saved=True, dropped=dropped)


@bp.post("/preferences/mine/erase")
def erase_mine():  # noqa: ANN201
    with suppress(NotFound):  # erased already: the page says the same
        services().preferences.erase(request.form.get("token", ""))
    return _render("preferences_erased.html")
