"""Privacy invariants over every route: no cookie, no identifier in the store."""

from __future__ import annotations

import pytest
from flask import Flask

from engine.domain.privacy import find_identifier, normalise_key
from tests.conftest import ADMIN, dump_store, flush_buffers, without_aggregates

ROUTES = [
    ("GET", "/healthz", None),
    ("GET", "/openapi.json", None),
    ("POST", "/v1/match", {"context": {"title": "Werken in de zorg"}}),
    ("POST", "/v1/render", {"preferences": {"interests": "verpleegkundige"}, "format": "html"}),
    ("POST", "/v1/render", {"context": {"title": "x"}, "user_id": "refused"}),
    ("GET", "/v1/vacancies/demo-001", None),
    ("GET", "/no/such/page", None),
    ("GET", "/why/forged-token", None),
    ("GET", "/c/forged-token", None),
    ("POST", "/openrtb2/bid", {"id": "r", "imp": [{"id": "1", "banner": {"w": 300, "h": 250}}],
                               "site": {"page": "https://a.example/zorg", "content": {"title": "Zorg"}},
                               "user": {"id": "u"}}),
    ("GET", "/preferences", None),
]


@pytest.mark.parametrize(("method", "path", "body"), ROUTES)
def test_no_response_sets_a_cookie(client, method: str, path: str, body) -> None:
    response = client.open(path, method=method, json=body, headers={**ADMIN, "Cookie": "track=me"})
    assert "Set-Cookie" not in response.headers
    assert response.headers["Referrer-Policy"] == "no-referrer"
    assert "browsing-topics=()" in response.headers["Permissions-Policy"]
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert "Content-Security-Policy" in response.headers


def test_signed_links_set_no_cookie(client) -> None:
    ad = client.post("/v1/render", json={"preferences": {"interests": "verpleegkundige"}}).json["ads"][0]
    for url in (ad["click_url"], ad["explanation"]["url"]):
        response = client.get(url)
        assert response.status_code in (200, 302)
        assert "Set-Cookie" not in response.headers


@pytest.mark.parametrize(("key", "caught"), [
    ("user_id", True), ("userId", True), ("USER-ID", True), ("device.ifa", False), ("ifa", True),
    ("interests", False), ("location", False), ("title", False), ("ip", True), ("ipv6", True),
])
def test_identity_key_normalisation(key: str, caught: bool) -> None:
    from engine.domain.privacy import IDENTITY_KEYS

    assert (normalise_key(key) in IDENTITY_KEYS) is caught


def test_find_identifier_walks_lists_and_dicts() -> None:
    assert find_identifier({"a": [{"b": 1}, {"c": {"Email": "x"}}]}) == "a[1].c.Email"
    assert find_identifier({"a": [1, 2, {"b": "c"}]}) is None


def test_requests_leave_no_client_address_or_agent_in_the_store(fresh_app: Flask, fresh_db, demo_payload) -> None:
    _, connection = fresh_db
    client = fresh_app.test_client()
    client.post("/v1/vacancies", json=demo_payload, headers=ADMIN)
    before = dump_store(connection)
    spy = {"X-Forwarded-For": "203.0.113.77", "User-Agent": "SpyAgent/9.9",
           "Cookie": "uid=cookie-value-123"}
    for body in ({"preferences": {"interests": "verpleegkundige", "location": "Utrecht"}},
                 {"context": {"title": "Zorg", "url": "https://news.example/zorg?uid=query-id-456"}}):
        assert client.post("/v1/render", json=body, headers=spy,
                           environ_base={"REMOTE_ADDR": "198.51.100.23"}).status_code == 200
    flush_buffers(fresh_app)
    after = dump_store(connection)
    # rendering writes nothing but aggregate counters and the decision log
    assert without_aggregates(after) == without_aggregates(before)
    assert all(field.split("|")[0] in ("impression", "click") for key, cells in after.items()
               if key.startswith("{ps}:stats:") for field in cells)
    for needle in ("203.0.113.77", "198.51.100.23", "SpyAgent", "cookie-value-123", "query-id-456"):
        assert needle not in repr(after), needle


def test_statements_about_the_person_reach_no_store_log_or_link(fresh_app: Flask, fresh_db, demo_payload) -> None:
    """A statement in the interests is gone before the decision log, the counters or a signed link."""
    import base64
    import zlib

    _, connection = fresh_db
    client = fresh_app.test_client()
    client.post("/v1/vacancies", json=demo_payload, headers=ADMIN)
    interests = "Ik ben moslima en heb een strafblad (diefstal), verpleegkundige; I'm on the autism spectrum"
    rendered = client.post("/v1/render", json={"preferences": {"interests": interests}})
    assert rendered.status_code == 200
    assert client.post("/v1/match", json={"preferences": {"interests": interests}}).status_code == 200
    flush_buffers(fresh_app)
    seen = repr(dump_store(connection)) + rendered.get_data(as_text=True)
    ad = rendered.json["ads"][0]
    for url in (ad["click_url"], ad["explanation"]["url"]):
        token = url.rsplit("/", 1)[-1]
        payload = token.split(".")[1] if token.startswith(".") else token.split(".")[0]
        raw = base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4))
        seen += (zlib.decompress(raw) if token.startswith(".") else raw).decode()
    for needle in ("moslima", "strafblad", "diefstal", "autism", "spectrum"):
        assert needle not in seen.lower(), needle
