"""Previews: one vacancy across sample pages and personas, the simulator, and the samples.

Nothing here is counted: no impression, no click, no decision-log entry.
"""

from __future__ import annotations

from typing import Any

from flask import Response, g, redirect, request, url_for

from engine.web.studio import bp
from engine.web.studio.catalogue import _record
from engine.web.studio.session import page, signed_in
from engine.services.preview import preview_vacancy, simulate
from engine.web.runtime import get_runtime
from engine.store.samples import MAX_SAMPLES, parse_samples
from engine.domain.signals import MatchRequest, validate

SIMULATE_FIELDS = ("title", "text", "url", "interests", "location", "hours", "language", "remote", "count")


@bp.get("/vacancies/<vacancy_id>/preview")
@signed_in
def preview(vacancy_id: str) -> Response:
    runtime = get_runtime()
    record = _record(vacancy_id)
    rows = preview_vacancy(runtime.service, vacancy_id, runtime.samples.get())
    return page("preview.html", vacancy=record.vacancy, rows=rows,
                state=runtime.oversight_state.current())


def _simulation_request(form: dict[str, str]) -> tuple[MatchRequest, int]:
    """The form as a match request, checked exactly as the API checks one."""
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
    return validate(MatchRequest, body), count


@bp.get("/simulate")
@signed_in
def simulate_form() -> Response:
    return page("simulate.html", form={**dict.fromkeys(SIMULATE_FIELDS, ""), "count": "3"}, result=None)


@bp.post("/simulate")
@signed_in
def simulate_run() -> Response:
    form = {key: request.form.get(key, "")[:30_000] for key in SIMULATE_FIELDS}
    simulation_request, count = _simulation_request(form)
    result = simulate(get_runtime().service, simulation_request, count)
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
            person = {k: v.strip() for k, v in person.items()}
            if form.get(f"persona-{i}-remote") == "1":
                person["remote"] = True
            personas.append(person)
    return {"contexts": contexts, "personas": personas}


@bp.get("/samples")
@signed_in
def samples() -> Response:
    return page("samples.html", samples=get_runtime().samples.get(), max_samples=MAX_SAMPLES)


@bp.post("/samples")
@signed_in
def samples_save() -> Response:
    store = get_runtime().samples
    if request.form.get("reset") == "1":
        store.reset(g.user)
    else:
        store.save(parse_samples(_samples_from_form()), g.user)
    return redirect(url_for("studio.samples", saved=1), code=303)
