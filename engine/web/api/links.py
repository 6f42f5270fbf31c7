"""Where a click goes (the vacancy's own URL only) and the "why this ad?" page."""

from __future__ import annotations

from flask import Blueprint, Response, redirect, render_template

from engine.domain.errors import NotFound
from engine.domain.privacy import SIGNALS_NEVER_USED
from engine.web.runtime import get_runtime

bp = Blueprint("links", __name__)


@bp.get("/c/<token>")
def click(token: str) -> Response:
    runtime = get_runtime()
    facts = runtime.signer.read_click(token)
    item = runtime.index.current().get(facts["v"])
    target = item and (item.vacancy.url or item.vacancy.organization_url)
    if not target:
        raise NotFound("This vacancy is no longer available.", None, code="vacancy_gone")
    runtime.stats.count("click", facts["v"], facts.get("t"), facts.get("s"))
    response = redirect(target, code=302)
    response.headers["Cache-Control"] = "no-store"
    return response


@bp.get("/why/<token>")
def why(token: str) -> str:
    runtime = get_runtime()
    facts = runtime.signer.read_why(token)
    language = facts.get("l") if facts.get("l") in ("nl", "en") else "en"
    item = runtime.index.current().get(str(facts.get("v")))
    return render_template(
        "pages/why.html", language=language, facts=facts,
        vacancy=item.vacancy if item else None,
        never_used=[labels[language] for _, labels in SIGNALS_NEVER_USED],
        taxonomy=runtime.taxonomy)
