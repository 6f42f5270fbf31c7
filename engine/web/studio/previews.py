"""Previews: one vacancy across sample pages and personas, the simulator, and the samples.

Nothing here is counted: no impression, no click, no decision-log entry.
"""

from __future__ import annotations

from typing import Any

from flask import Response, g, redirect, request, url_for
from werkzeug.wrappers import Response as BaseResponse  # what redirect() gives

from engine.services.preview import PreviewRow
from engine.store.samples import MAX_SAMPLES
from engine.web.runtime import services
from engine.web.studio.blueprint import bp
from engine.web.studio.session import page, signed_in

# At most this many samples show their ads open; the others are one click away (<details>). Ten
# samples in two languages and three formats each made a desktop page some 8,700 px tall.
OPEN_SAMPLES = 2
SIMULATE_FIELDS = ("title", "text", "url", "interests", "location", "hours", "language", "remote", "count")


@bp.get("/vacancies/<vacancy_id>/preview")
@signed_in
def preview(vacancy_id: str) -> Response:
    shown = services().previews.preview(vacancy_id)
    return page("preview.html", vacancy=shown.vacancy, rows=shown.rows, state=shown.state, opened=opened(shown.rows))


def opened(rows: list[PreviewRow]) -> set[int]:
    """The rows shown open: the samples where the vacancy matches (where the engine would show it),
    the first ``OPEN_SAMPLES`` of them; the first sample when it matches none. A marketeer sees
    first where the ad would run; the rest stays one click away."""
    matching = [i for i, row in enumerate(rows) if row.match is not None and row.match.score > 0]
    return set(matching[:OPEN_SAMPLES] or range(min(1, len(rows))))


def _simulation_request(form: dict[str, str]) -> tuple[dict[str, Any], int]:
    """The form as the body of a match request, and how many ads to show."""
    context = {key: form[key].strip() for key in ("title", "text", "url") if form.get(key, "").strip()}
    if context and form.get("language") in ("nl", "en"):
        context["language"] = form["language"]
    preferences: dict[str, Any] = {key: form[key].strip() for key in ("interests", "location")
                                   if form.get(key, "").strip()}
    if form.get("hours") in ("parttime", "fulltime"):
        preferences["hours"] = form["hours"]
    if form.get("remote") == "1":
        preferences["remote"] = True
    if preferences and form.get("language") in ("nl", "en"):
        preferences["language"] = form["language"]
    body: dict[str, Any] = {}
    if context:
        body["context"] = context
    if preferences:
        body["preferences"] = preferences
    raw = form.get("count") or "3"
    digits = raw.isascii() and raw.isdigit()  # not "²", which isdigit() but int() refuses
    count = max(1, min(10, int(raw) if len(raw) < 10 else 10)) if digits else 3
    return body, count


@bp.get("/simulate")
@signed_in
def simulate_form() -> Response:
    return page("simulate.html", form={**dict.fromkeys(SIMULATE_FIELDS, ""), "count": "3"}, result=None)


@bp.post("/simulate")
@signed_in
def simulate_run() -> Response:
    form = {key: request.form.get(key, "")[:30_000] for key in SIMULATE_FIELDS}
    body, count = _simulation_request(form)
    result = services().previews.simulate(body, count)
    return page("simulate.html", form=form, result=result)


def _samples_from_form() -> dict[str, list[dict[str, Any]]]:
    form = request.form
    contexts, personas = [], []
    for i in range(MAX_SAMPLES + 1):
        item = {key: form.get(f"context-{i}-{key}", "") for key in ("name", "kind", "language", "title", "text")}
        if any(item[key].strip() for key in ("name", "title", "text")):
            contexts.append({k: v.strip() for k, v in item.items()})
        person = {key: form.get(f"persona-{i}-{key}", "") for key in ("name", "interests", "location", "hours",
                                                                         "language")}
        if any(person[key].strip() for key in ("name", "interests", "location")):
            stated: dict[str, Any] = {k: v.strip() for k, v in person.items()}
            if form.get(f"persona-{i}-remote") == "1":
                stated["remote"] = True
            personas.append(stated)
    return {"contexts": contexts, "personas": personas}


@bp.get("/samples")
@signed_in
def samples() -> Response:
    return page("samples.html", samples=services().previews.current_samples(), max_samples=MAX_SAMPLES)


@bp.post("/samples")
@signed_in
def samples_save() -> BaseResponse:
    previews = services().previews
    if request.form.get("reset") == "1":
        previews.reset_samples(g.user)
    else:
        previews.save_samples(_samples_from_form(), g.user)
    return redirect(url_for("studio.samples", saved=1), code=303)
