"""Public transparency page and document."""

from __future__ import annotations

from flask import Blueprint, Response, jsonify, render_template, request

from engine.web.runtime import services

bp = Blueprint("transparency", __name__)


def _language() -> str:
    asked = request.args.get("lang")
    return asked if asked in ("nl", "en") else (request.accept_languages.best_match(["nl", "en"]) or "nl")


@bp.get("/transparency")
def page() -> str:
    language = _language()
    return render_template("pages/transparency.html", language=language,
                           doc=services().transparency.document(language))


@bp.get("/transparency.json")
def document() -> Response:
    response = jsonify(services().transparency.document(_language()))
    response.headers["Cache-Control"] = "public, max-age=300"
    return response
