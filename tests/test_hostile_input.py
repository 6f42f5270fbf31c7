"""Hostile and odd input never gives a 5xx: every endpoint answers 2xx or a 4xx in the contract's shape."""

from __future__ import annotations

import json

import pytest

from tests.conftest import ADMIN

ODD_VALUES = [None, True, -1, 10**30, 1e308, "", "\x00", "é" * 300, "<script>alert(1)</script>", [], {},
              [[[[]]]], {"a": {"b": {"c": {}}}}, "’‘“”", "\ud7ff", "🙂" * 50]
FIELDS = [("preferences", "interests"), ("preferences", "location"), ("preferences", "hours"),
          ("preferences", "remote"), ("preferences", "language"), ("context", "url"), ("context", "title"),
          ("context", "text"), ("context", "keywords"), ("context", "region"), ("context", "time")]


def assert_clean(response) -> None:
    assert response.status_code < 500, response.get_data(as_text=True)[:300]
    if response.status_code >= 400:
        assert set(response.json["error"]) == {"code", "message", "field"}


@pytest.mark.parametrize("path", ["/v1/match", "/v1/render"])
@pytest.mark.parametrize(("part", "name"), FIELDS)
def test_odd_values_in_every_field(client, path: str, part: str, name: str) -> None:
    for value in ODD_VALUES:
        assert_clean(client.post(path, json={part: {name: value}}))


@pytest.mark.parametrize("path", ["/v1/match", "/v1/render"])
@pytest.mark.parametrize("raw", [b"", b"null", b"[]", b"\"text\"", b"1", b"{\"context\": NaN}",
                                 b"\xff\xfe\x00", b"{\"context\": {\"title\": \"\\ud800\"}}",
                                 json.dumps({"context": {"keywords": ["x"] * 51}}).encode()])
def test_odd_bodies(client, path: str, raw: bytes) -> None:
    assert_clean(client.post(path, data=raw, content_type="application/json"))


@pytest.mark.parametrize("payload", [None, 1, "x", [], [None, 1, "x"], {"@graph": [{}]},
                                     {"@graph": [{"@type": "JobPosting", "identifier": {"value": ["a"]}}]},
                                     [{"@type": "JobPosting", "title": {"nested": True}}]])
def test_odd_postings(fresh_app, payload) -> None:
    response = fresh_app.test_client().post("/v1/vacancies", json=payload, headers=ADMIN)
    assert_clean(response)


@pytest.mark.parametrize("path", ["/v1/vacancies/%00", "/v1/vacancies/" + "a" * 5000, "/why/%ff%fe", "/c/..%2f..",
                                  "/v1/vacancies/..%2F..%2Fetc"])
def test_odd_paths(client, path: str) -> None:
    assert_clean(client.get(path, headers=ADMIN))
