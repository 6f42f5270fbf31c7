"""The candidate's preference pages: plain HTML forms that work without JavaScript or cookies."""

from __future__ import annotations

from flask import Blueprint, render_template, request

from engine.web.api.preferences import create_preferences
from engine.domain.errors import EngineError
from engine.store.preferences import CONSENT_TEXT_VERSION, PURPOSE
from engine.web.runtime import get_runtime
from engine.domain.signals import PreferencesPatch, preferences_from, validate

bp = Blueprint("pages", __name__)
FIELDS = ("interests", "location", "hours", "remote", "language")


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


def _render(template: str, status: int = 200, **values):  # noqa: ANN202 - (str, int)
    runtime = get_runtime()
    for name, default in (("error", None), ("saved", False), ("dropped", ())):
        values.setdefault(name, default)
    return render_template(f"pages/{template}", language=page_language(),
                           retention_days=runtime.settings.preferences_retention_days,
                           controller=runtime.settings.controller, purpose=PURPOSE,
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
        data, _ = create_preferences(body, language)
    except EngineError as error:
        return _render("preferences.html", error.status, values=request.form, error=error)
    return _render("preferences_saved.html", 201, data=data)


@bp.get("/preferences/mine")
def mine():  # noqa: ANN201
    token = request.args.get("token", "")
    stored = get_runtime().preferences.get(token)
    if stored is None:
        return _render("preferences_gone.html", 404)
    return _render("preferences_mine.html", token=token, stored=stored.export())


@bp.post("/preferences/mine")
def change_mine():  # noqa: ANN201
    token = request.form.get("token", "")
    runtime = get_runtime()
    try:
        prefs = form_preferences()
        parsed = validate(PreferencesPatch, {"preferences": prefs, "renew": request.form.get("renew") == "yes"})
        cleaned, dropped = preferences_from(parsed.preferences)
        changes = {name: getattr(cleaned, name) for name in FIELDS}  # a cleared field is erased
        stored = runtime.preferences.update(token, changes, renew=parsed.renew)
    except EngineError as error:
        current = runtime.preferences.get(token) if error.status != 404 else None
        if current is None:  # unknown, expired or erased: there is nothing to change
            return _render("preferences_gone.html", 404)
        return _render("preferences_mine.html", error.status, token=token, error=error, stored=current.export())
    return _render("preferences_mine.html", token=token, stored=stored.export(), saved=True, dropped=dropped)


@bp.post("/preferences/mine/erase")
def erase_mine():  # noqa: ANN201
    get_runtime().preferences.delete(request.form.get("token", ""))
    return _render("preferences_erased.html")
