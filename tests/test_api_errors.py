"""The contract's error shape on every endpoint, and a refused request stores nothing."""

from __future__ import annotations

import json
import re

import pytest
from flask import Flask

from tests.conftest import ADMIN, dump_store

PUBLIC_POSTS = ["/v1/match", "/v1/render"]


def assert_error(response, status: int, code: str | None = None, field: str | None = "any") -> dict:
    assert response.status_code == status, response.get_data(as_text=True)
    assert response.mimetype == "application/json"
    error = response.json["error"]
    assert set(error) == {"code", "message", "field"}
    assert error["message"] and "Traceback" not in error["message"]
    if code:
        assert error["code"] == code
    if field != "any":
        assert error["field"] == field
    return error


@pytest.mark.parametrize("path", PUBLIC_POSTS)
def test_malformed_json_is_400(client, path: str) -> None:
    assert_error(client.post(path, data="{not json", content_type="application/json"), 400, "malformed_json")


@pytest.mark.parametrize("path", PUBLIC_POSTS)
def test_wrong_content_type_is_400(client, path: str) -> None:
    body = json.dumps({"context": {"title": "zorg"}})
    assert_error(client.post(path, data=body, content_type="text/plain"), 400, "unsupported_content_type")


@pytest.mark.parametrize("path", PUBLIC_POSTS)
@pytest.mark.parametrize(("body", "field"), [
    ({"context": {"title": 5}}, "context.title"),
    ({"context": {"title": "zorg"}, "limit": "5"}, "limit"),
    ({"context": {"title": "zorg"}, "limit": 0}, "limit"),
    ({"context": {"title": "zorg"}, "limit": 10_000}, "limit"),
    ({"preferences": {"hours": "sometimes"}}, "preferences.hours"),
    ({"preferences": {"remote": "yes"}}, "preferences.remote"),
    ({"context": {"url": "javascript:alert(1)"}}, "context.url"),
    ({"context": {"region": "Utrecht province"}}, "context.region"),
    ({"context": {"time": "tomorrow"}}, "context.time"),
    ({"context": {"keywords": "zorg"}}, "context.keywords"),
    ({"context": {"title": "x"}, "surprise": 1}, "surprise"),
    ({"preferences": {"age": 55}}, "preferences.age"),
    ([1, 2], None),
    ({}, None),
])
def test_wrong_types_are_422(client, path: str, body, field) -> None:
    assert_error(client.post(path, json=body), 422, field=field)


def test_render_format_is_checked(client) -> None:
    assert_error(client.post("/v1/render", json={"context": {"title": "zorg"}, "format": "pdf"}), 422,
                 field="format")


@pytest.mark.parametrize("path", PUBLIC_POSTS)
def test_body_over_64_kib_is_413(client, path: str) -> None:
    body = json.dumps({"context": {"text": "zorg " * 14_000}})
    assert len(body) > 64 * 1024
    assert_error(client.post(path, data=body, content_type="application/json"), 413, "body_too_large")


def test_unknown_route_is_404_and_wrong_method_405(client) -> None:
    assert_error(client.get("/v1/nothing-here"), 404, "not_found")
    error = client.get("/v1/render")
    assert_error(error, 405, "method_not_allowed")
    assert "POST" in error.headers["Allow"]


def test_deeply_nested_json_is_a_clean_error(client) -> None:
    body = "[" * 20_000 + "]" * 20_000
    response = client.post("/v1/match", data=body, content_type="application/json")
    assert response.status_code in (400, 422)
    assert "error" in response.json


@pytest.mark.parametrize("path", PUBLIC_POSTS)
@pytest.mark.parametrize(("body", "where"), [
    ({"context": {"title": "zorg"}, "user_id": "u1"}, "user_id"),
    ({"preferences": {"interests": "zorg", "email": "a@b.nl"}}, "preferences.email"),
    ({"context": {"title": "zorg", "ext": {"gadget": {"ifa": "x"}}}}, "context.ext.gadget.ifa"),
    ({"context": {"title": "zorg", "meta": [{"IPv6": "::1"}]}}, "context.meta[0].IPv6"),
    ({"context": {"title": "zorg"}, "Device-ID": "abc"}, "Device-ID"),
    ({"context": {"title": "zorg"}, "cookie": "a=b"}, "cookie"),
    ({"context": {"title": "zorg"}, "gaid": "x"}, "gaid"),
    ({"context": {"title": "zorg"}, "fingerprint": "x"}, "fingerprint"),
    ({"preferences": {"phone": "0612345678"}}, "preferences.phone"),
])
def test_identity_fields_are_refused_naming_the_path(client, path: str, body: dict, where: str) -> None:
    assert_error(client.post(path, json=body), 422, "identifier_refused", where)


def test_identity_field_refused_on_management_too(fresh_app: Flask) -> None:
    response = fresh_app.test_client().post("/v1/vacancies", json={"@graph": [], "uid": "x"}, headers=ADMIN)
    assert_error(response, 422, "identifier_refused", "uid")


def test_refused_requests_store_nothing(fresh_app: Flask, fresh_db) -> None:
    _, connection = fresh_db
    client = fresh_app.test_client()
    before = dump_store(connection)
    bad = [
        ("/v1/render", {"context": {"title": "zorg"}, "user_id": "u-1"}),
        ("/v1/match", {"preferences": {"interests": 5}}),
        ("/v1/vacancies", {"@graph": [{"identifier": "a", "title": "T"}], "email": "x@y.z"}),
        ("/v1/vacancies", "not a posting"),
    ]
    for path, body in bad:
        response = client.post(path, json=body, headers=ADMIN)
        assert response.status_code in (200, 422), response.json
        if path == "/v1/vacancies" and response.status_code == 200:
            assert response.json["imported"] == 0
    assert dump_store(connection) == before


def test_openapi_documents_every_route(app: Flask, client) -> None:
    document = client.get("/openapi.json").json
    assert document["openapi"].startswith("3.1")
    documented = {(path, method.upper()) for path, ops in document["paths"].items()
                  for method in ops if method != "parameters"}
    for rule in app.url_map.iter_rules():
        if rule.endpoint == "static" or rule.endpoint.endswith(".static"):
            continue
        path = rule.rule.replace("<", "{").replace(">", "}")
        for method in rule.methods - {"HEAD", "OPTIONS"}:
            assert (path, method) in documented, (path, method)


def test_openapi_declares_every_path_parameter(client) -> None:
    # found by fuzzing: '/studio/import/{job_id}.json' declared a parameter named 'job_id}.json'
    for path, operations in client.get("/openapi.json").json["paths"].items():
        named = set(re.findall(r"{(\w+)}", path))
        for method, operation in operations.items():
            if method == "parameters":
                continue
            declared = {p["name"] for p in [*operations.get("parameters", []), *operation.get("parameters", [])]
                        if p["in"] == "path"}
            assert declared == named, (method, path, declared)


# found by fuzzing: dates at the ends of the calendar overflowed (a 500) instead of being refused
@pytest.mark.parametrize("path", ["/v1/stats", "/v1/fairness/exposure"])
@pytest.mark.parametrize("query", ["to=0001-01-05", "to=9999-12-31", "from=9999-12-30&to=9999-12-31"])
def test_dates_at_the_ends_of_the_calendar_are_refused(client, path: str, query: str) -> None:
    response = client.get(f"{path}?{query}", headers=ADMIN)
    assert response.status_code == 422 and response.json["error"]["field"] == "from"
