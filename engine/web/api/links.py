"""Where a click goes (the vacancy's own URL only) and the "why this ad?" page."""

from __future__ import annotations

from flask import Blueprint, redirect, render_template
from werkzeug.wrappers import Response as BaseResponse  # what redirect() gives

from engine.web.runtime import services

bp = Blueprint("links", __name__)


@bp.get("/c/<token>")
def click(token: str) -> BaseResponse:
    response = redirect(services().ads.click(token), code=302)
    response.headers["Cache-Control"] = "no-store"
    return response


@bp.get("/why/<token>")
def why(token: str) -> str:
    why = services().ads.why(token)
    return render_template("pages/why.html", language=why.language, facts=why.facts, vacancy=why.vacancy,
                           never_used=why.never_used, taxonomy=why.taxonomy)
