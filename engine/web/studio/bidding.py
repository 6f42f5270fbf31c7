"""A vacancy's bid on the ad networks in the studio: CPM or CPC, the price and a daily budget
(spread evenly over the day), beside how its day is going. The same rules as
``PUT /v1/vacancies/<id>/bid`` (``engine.services.bidding``)."""

from __future__ import annotations

from typing import Any

from flask import Response, g, redirect, request, url_for
from werkzeug.wrappers import Response as BaseResponse  # what redirect() gives

from engine.domain.errors import EngineError
from engine.web.runtime import services
from engine.web.studio.blueprint import bp
from engine.web.studio.session import page, signed_in, wants_html


def _number(text: str) -> float | str | None:
    """A form's amount as a number ("2,50" too); what is not one is passed on for the check to refuse."""
    text = text.strip().replace(",", ".")
    if not text:
        return None
    try:
        return float(text)
    except ValueError:
        return text


def _bid_page(vacancy_id: str, status: int = 200, error: EngineError | None = None,
              typed: dict[str, Any] | None = None) -> Response:
    bid = services().bidding.get(vacancy_id)  # an unknown vacancy: NotFound
    record = services().vacancies.get(vacancy_id)
    return page("bidding.html", status, vacancy=record.vacancy, bid=bid, error=error, values=typed or bid,
                saved=request.args.get("saved") == "1")


@bp.get("/vacancies/<vacancy_id>/bidding")
@signed_in
def bidding(vacancy_id: str) -> Response:
    return _bid_page(vacancy_id)


@bp.post("/vacancies/<vacancy_id>/bidding")
@signed_in
def bidding_save(vacancy_id: str) -> BaseResponse:
    form = request.form
    if form.get("action") == "default":
        if not services().bidding.get(vacancy_id)["default"]:
            services().bidding.delete(vacancy_id, g.user)
        return redirect(url_for("studio.bidding", vacancy_id=vacancy_id, saved=1), code=303)
    body = {"model": form.get("model", ""), "price": _number(form.get("price", "")),
            "daily_budget": _number(form.get("daily_budget", ""))}
    try:
        services().bidding.put(vacancy_id, body, g.user)
    except EngineError as error:
        if error.status == 404 or not wants_html():  # API clients get the error shape, browsers the form
            raise
        return _bid_page(vacancy_id, 422, error, {**body, "today": None})
    return redirect(url_for("studio.bidding", vacancy_id=vacancy_id, saved=1), code=303)
