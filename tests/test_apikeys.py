"""Partners' API keys: issued once, stored as a keyed hash, listed without the key, revoked at
once; and every management route answers 401 without the admin token."""

from __future__ import annotations

import re
import time

import pytest
from flask import Flask

from engine.store.keys import Keys
from engine.web.runtime import get_runtime
from tests.conftest import ADMIN, dump_store, make_app
from tests.test_api_errors import assert_error

RENDER = {"context": {"title": "Werken in de zorg"}}


def issue(client, name: str = "adnet-a", rate: str | None = "600/second") -> str:
    body = {"name": name} if rate is None else {"name": name, "rate": rate}
    response = client.post("/v1/apikeys", json=body, headers=ADMIN)
    assert response.status_code == 201, response.json
    return response.json["key"]


def test_key_lifecycle(fresh_app: Flask) -> None:
    client = fresh_app.test_client()
    response = client.post("/v1/apikeys", json={"name": "adnet-a", "rate": "600 / second"}, headers=ADMIN)
    assert response.status_code == 201
    assert set(response.json) == {"name", "rate", "created_at", "key"}
    assert response.json["rate"] == "600/second" and response.headers["Cache-Control"] == "no-store"
    key = response.json["key"]
    assert key.startswith("psk_") and len(key) > 40

    assert client.post("/v1/render", json=RENDER, headers={"X-Api-Key": key}).status_code == 200
    listed = client.get("/v1/apikeys", headers=ADMIN)
    assert listed.json == {"apikeys": [{"name": "adnet-a", "rate": "600/second",
                                        "created_at": response.json["created_at"]}]}
    assert key not in listed.get_data(as_text=True)

    assert client.delete("/v1/apikeys/adnet-a", headers=ADMIN).status_code == 204
    assert_error(client.post("/v1/render", json=RENDER, headers={"X-Api-Key": key}), 401, "invalid_api_key",
                 "X-Api-Key")
    assert client.get("/v1/apikeys", headers=ADMIN).json == {"apikeys": []}
    assert_error(client.delete("/v1/apikeys/adnet-a", headers=ADMIN), 404, "not_found", "name")
    actions = [(e.action, e.target) for e in get_runtime(fresh_app).oversight.audit.entries(10)]
    assert ("apikey.add", "adnet-a") in actions and ("apikey.revoke", "adnet-a") in actions


def test_revocation_reaches_other_workers_within_the_cache_time(redis_server, fresh_db, tmp_path) -> None:
    worker_a = make_app(redis_server, fresh_db[0], tmp_path / "a", index_refresh_seconds=0.2)
    worker_b = make_app(redis_server, fresh_db[0], tmp_path / "b", index_refresh_seconds=0.2)
    key = issue(worker_a.test_client())
    assert worker_b.test_client().post("/v1/match", json=RENDER, headers={"X-Api-Key": key}).status_code == 200
    assert worker_a.test_client().delete("/v1/apikeys/adnet-a", headers=ADMIN).status_code == 204
    time.sleep(0.25)
    assert worker_b.test_client().post("/v1/match", json=RENDER, headers={"X-Api-Key": key}).status_code == 401


@pytest.mark.parametrize("key", ["wrong", "psk_" + "x" * 43, "x" * 5000])
def test_a_wrong_key_is_401_and_no_key_is_public(fresh_app: Flask, key: str) -> None:
    client = fresh_app.test_client()
    issue(client)
    for path, body in (("/v1/match", RENDER), ("/v1/render", RENDER), ("/v1/lint", {"text": "Wij zoeken"})):
        assert_error(client.post(path, json=body, headers={"X-Api-Key": key}), 401, "invalid_api_key")
        assert client.post(path, json=body).status_code == 200
        assert client.post(path, json=body, headers={"X-Api-Key": " "}).status_code == 200


def test_the_admin_token_is_no_api_key(fresh_app: Flask) -> None:
    """Public routes read X-Api-Key only; an Authorization header neither helps nor hurts."""
    client = fresh_app.test_client()
    assert client.post("/v1/render", json=RENDER, headers=ADMIN).status_code == 200
    assert_error(client.post("/v1/render", json=RENDER, headers={"X-Api-Key": ADMIN["Authorization"][7:]}),
                 401, "invalid_api_key")


def test_only_a_keyed_hash_is_stored(fresh_app: Flask, fresh_db) -> None:
    client = fresh_app.test_client()
    key = issue(client)
    assert client.post("/v1/render", json=RENDER, headers={"X-Api-Key": key}).status_code == 200
    everything = repr(dump_store(fresh_db[1]))
    assert key not in everything and key[4:] not in everything and key[4:20] not in everything
    digest = get_runtime(fresh_app).apikeys.store.digest(key)
    assert re.fullmatch(r"[0-9a-f]{64}", digest) and digest in everything
    assert set(fresh_db[1].hkeys(Keys.api_key_digests)) == {digest}


@pytest.mark.parametrize(("body", "status", "field"), [
    ({"name": "A b"}, 422, "name"),
    ({"name": "x"}, 422, "name"),
    ({"name": "adnet", "rate": "lots"}, 422, "rate"),
    ({"name": "adnet", "rate": "0/second"}, 422, "rate"),
    ({"name": "adnet", "rate": "10/fortnight"}, 422, "rate"),
    ({"name": "adnet", "rate": 10}, 422, "rate"),
    ({"name": "adnet", "key": "my-own"}, 422, "key"),
    ({"name": "adnet", "user_id": "u"}, 422, "user_id"),
])
def test_bad_requests_for_a_key_are_refused(fresh_app: Flask, fresh_db, body: dict, status: int, field: str) -> None:
    before = dump_store(fresh_db[1])
    assert_error(fresh_app.test_client().post("/v1/apikeys", json=body, headers=ADMIN), status, field=field)
    assert dump_store(fresh_db[1]) == before


def test_a_name_is_issued_once(fresh_app: Flask) -> None:
    client = fresh_app.test_client()
    first = issue(client, rate=None)
    assert client.get("/v1/apikeys", headers=ADMIN).json["apikeys"][0]["rate"] == "100/second"
    assert_error(client.post("/v1/apikeys", json={"name": "adnet-a"}, headers=ADMIN), 409, "apikey_exists", "name")
    assert client.post("/v1/match", json=RENDER, headers={"X-Api-Key": first}).status_code == 200


def test_cli_lifecycle(fresh_app: Flask, fresh_db) -> None:
    runner = fresh_app.test_cli_runner()
    added = runner.invoke(args=["apikeys", "add", "adnet-b", "--rate", "600/second"])
    assert added.exit_code == 0, added.output
    key = added.output.strip().splitlines()[-1]
    assert key.startswith("psk_") and key not in repr(dump_store(fresh_db[1]))
    assert fresh_app.test_client().post("/v1/match", json=RENDER, headers={"X-Api-Key": key}).status_code == 200
    listed = runner.invoke(args=["apikeys", "list"])
    assert listed.exit_code == 0 and "adnet-b\t600/second\t" in listed.output and key not in listed.output
    assert runner.invoke(args=["apikeys", "add", "adnet-b"]).exit_code == 1
    assert runner.invoke(args=["apikeys", "add", "adnet-c", "--rate", "often"]).exit_code == 1
    assert runner.invoke(args=["apikeys", "revoke", "adnet-b"]).exit_code == 0
    assert runner.invoke(args=["apikeys", "revoke", "adnet-b"]).exit_code == 1
    assert fresh_app.test_client().post("/v1/match", json=RENDER, headers={"X-Api-Key": key}).status_code == 401


# Every management route needs the admin token ------------------------------------------------
# The public routes (api-contract.md) are named here; every other route under /v1 is management,
# so a new one is covered without being listed. Routes outside /v1 are public, the studio (its own
# sign-in, tests/test_studio.py) or named as protected by a token of their own.
PUBLIC_V1 = {"/v1/match", "/v1/render", "/v1/lint", "/v1/preferences", "/v1/preferences/<token>",
             "/v1/privacy/records"}
PUBLIC_ELSEWHERE = {"/healthz", "/openapi.json", "/c/<token>", "/why/<token>", "/preferences", "/preferences/mine",
                    "/preferences/mine/erase", "/openrtb2/bid", "/embed/<slot_id>", "/embed.js",
                    "/.well-known/gpc.json", "/transparency", "/transparency.json", "/static/<path:filename>",
                    "/openrtb2/<kind>/<token>",  # an exchange's win, billing and loss notices (signed)
                    "/", "/demo",  # the start page and the demo career site
                    "/logos/<digest>.png"}  # logos, served by the engine: no reader calls a third party
PROTECTED_ELSEWHERE = {"/metrics"}  # the scrapers' token or the admin token


def management_requests(app: Flask) -> list[tuple[str, str]]:
    found = []
    for rule in app.url_map.iter_rules():
        if not (rule.rule.startswith("/v1/") or rule.rule in PROTECTED_ELSEWHERE) or rule.rule in PUBLIC_V1:
            continue
        path = re.sub(r"<(?:[^:<>]+:)?[^<>]+>", "demo-001", rule.rule)
        found += [(method, path) for method in sorted(rule.methods - {"HEAD", "OPTIONS"})]
    return found


def test_every_route_is_public_management_or_studio(app: Flask) -> None:
    for rule in app.url_map.iter_rules():
        if not rule.rule.startswith(("/v1/", "/studio")):
            assert rule.rule in PUBLIC_ELSEWHERE | PROTECTED_ELSEWHERE, \
                f"{rule.rule}: public? then add it to the contract and here; if not, to PROTECTED_ELSEWHERE"
    assert {r.rule for r in app.url_map.iter_rules()} >= PUBLIC_V1 | PUBLIC_ELSEWHERE - {"/static/<path:filename>"}
    found = {path for _, path in management_requests(app)}
    assert {"/v1/apikeys", "/v1/apikeys/demo-001", "/v1/vacancies", "/v1/slots/demo-001", "/v1/stats",
            "/v1/oversight", "/v1/audit", "/v1/decisions", "/v1/fairness/exposure"} <= found


@pytest.mark.parametrize("authorization", [None, "Bearer wrong-token", "Bearer ", "Basic dGVzdA==",
                                           "test-admin-token", "Bearer test-admin-token-and-more"])
def test_every_management_route_needs_the_admin_token(fresh_app: Flask, fresh_db, authorization) -> None:
    client = fresh_app.test_client()
    headers = {"Authorization": authorization} if authorization else {}
    before = dump_store(fresh_db[1])
    for method, path in management_requests(fresh_app):
        response = client.open(path, method=method, json={}, headers=headers)
        assert_error(response, 401, "unauthorized")
    assert dump_store(fresh_db[1]) == before


def test_management_is_closed_without_a_configured_token(redis_server, fresh_db, tmp_path) -> None:
    app = make_app(redis_server, fresh_db[0], tmp_path, admin_token=None)
    client = app.test_client()
    for method, path in management_requests(app):
        assert_error(client.open(path, method=method, json={}, headers=ADMIN), 503)
    assert client.post("/v1/render", json=RENDER).status_code == 200
