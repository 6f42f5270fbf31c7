"""Public transparency page and document."""

from __future__ import annotations

from flask import Blueprint, Response, jsonify, render_template, request

from engine.web.runtime import get_runtime
from engine.services.transparency import transparency

bp = Blueprint("transparency", __name__)


def _language() -> str:
    asked = request.args.get("lang")
    return asked if asked in ("nl", "en") else (request.accept_languages.best_match(["nl", "en"]) or "nl")


@bp.get("/transparency")
def page() -> str:
    runtime = get_runtime()
    language = _language()
    return render_template("pages/transparency.html", language=language,
                           doc=transparency(runtime.settings, runtime.taxonomy, runtime.analyzer, language))


@bp.get("/transparency.json")
def document() -> Response:
    runtime = get_runtime()
    response = jsonify(transparency(runtime.settings, runtime.taxonomy, runtime.analyzer, _language()))
    response.headers["Cache-Control"] = "public, max-age=300"
    return response
