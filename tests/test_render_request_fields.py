"""The render request as documented: ``slot`` is one of its declared fields (checked like every
slot id), and ``limit``/``count`` have one maximum, the configured ENGINE_MAX_LIMIT, which the
refusal names whatever was asked for above it."""

from __future__ import annotations

from pathlib import Path

import pytest
from flask import Flask

from engine.domain.slots import SLOT_ID_RULE
from tests.conftest import ADMIN, make_app

CONTEXT = {"title": "Werken in de zorg", "language": "nl"}


def test_slot_is_a_documented_field_of_the_render_request(client) -> None:  # noqa: ANN001
    schema = client.get("/openapi.json").json["components"]["schemas"]["RenderRequest"]["properties"]
    slot = next(branch for branch in schema["slot"]["anyOf"] if branch.get("type") == "string")
    assert slot["pattern"] == "^[a-z0-9][a-z0-9-]{0,62}$"
    assert "maximum" not in schema["count"] and "ENGINE_MAX_LIMIT" in schema["count"]["description"]


@pytest.mark.parametrize(("slot", "status", "message"), [
    (5, 422, "slot: Input should be a valid string"), ("Zorg!", 422, f"slot: {SLOT_ID_RULE}"),
    ("zorg\n", 422, f"slot: {SLOT_ID_RULE}"), ("x" * 64, 422, f"slot: {SLOT_ID_RULE}"),
    ("nope", 404, "no slot 'nope'")])
def test_a_wrong_or_unknown_slot_is_refused_on_the_slot_field(fresh_app: Flask, slot: object, status: int,
                                                             message: str) -> None:
    response = fresh_app.test_client().post("/v1/render", json={"slot": slot, "context": CONTEXT})
    assert (response.status_code, response.json["error"]["field"]) == (status, "slot")
    assert response.json["error"]["message"] == message


def test_a_render_for_a_slot_shows_only_what_its_scope_allows(fresh_app: Flask, demo_payload: dict) -> None:
    client = fresh_app.test_client()
    client.post("/v1/vacancies", json=demo_payload, headers=ADMIN)
    client.put("/v1/slots/zorg", json={"allowed_domains": ["zorg.example"], "scope": {
        "organisations": "only", "names": ["Ziekenhuis Domstede"]}}, headers=ADMIN)
    body = {"count": 20, "context": {"title": "Werken in de zorg, ICT en logistiek", "language": "nl"}}
    assert len({ad["advertiser"] for ad in client.post("/v1/render", json=body).json["ads"]}) > 1
    ads = client.post("/v1/render", json={**body, "slot": "zorg"}).json["ads"]
    assert ads and {ad["advertiser"] for ad in ads} == {"Ziekenhuis Domstede"}


@pytest.mark.parametrize("asked", [21, 51, 10_000])
@pytest.mark.parametrize(("path", "name"), [("/v1/match", "limit"), ("/v1/render", "count")])
def test_above_the_configured_maximum_the_refusal_names_it(client, path: str, name: str, asked: int) -> None:  # noqa: ANN001
    response = client.post(path, json={"context": CONTEXT, name: asked})
    assert response.status_code == 422
    assert response.json["error"] == {"code": "invalid_field", "message": f"{name} may be at most 20", "field": name}


def test_the_maximum_is_the_configured_one_only(redis_server, fresh_db, tmp_path: Path) -> None:  # noqa: ANN001
    client = make_app(redis_server, fresh_db[0], tmp_path, max_limit=60).test_client()
    assert client.post("/v1/match", json={"context": CONTEXT, "limit": 51}).status_code == 200
    assert client.post("/v1/render", json={"context": CONTEXT, "count": 51}).status_code == 200
    refused = client.post("/v1/render", json={"context": CONTEXT, "count": 61})
    assert refused.status_code == 422 and refused.json["error"]["message"] == "count may be at most 60"
