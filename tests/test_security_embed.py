"""Issue 17, item 2: anyone could spend a slot's quota, and the real visitor then got a 429.

About 50 requests a second to ``/embed/<slot>`` starved the slot: the frame on the career site
showed an error. Now only frames a browser loads from a page of the slot's own domains
(``Sec-Fetch-Dest: iframe``, a cross-site or same-site fetch, the frame's origin when the browser
sends one) count toward the slot's quota, and such a frame over the quota shows a cached ad
instead of a 429. Other callers have their own bucket (and its 429). Nothing about the reader is
stored: the headers are compared and forgotten.
"""

from __future__ import annotations

import pytest
from flask import Flask
from flask.testing import FlaskClient

from engine.web.runtime import get_runtime
from tests.conftest import ADMIN, dump_store, flush_buffers, make_app

SLOT = {"site": "Werken in de zorg", "allowed_domains": ["werkenbij.zorg.example", "localhost:9999"],
        "language": "nl", "keywords": ["zorg", "verpleegkundige"]}
FRAME = {"Sec-Fetch-Dest": "iframe", "Sec-Fetch-Mode": "navigate", "Sec-Fetch-Site": "cross-site"}
FROM_THE_SITE = {**FRAME, "Referer": "https://werkenbij.zorg.example/"}
PAGE = "/embed/zorgsite?title=Vacatures+in+de+thuiszorg&lang=nl"
AD = "Waarom deze advertentie?"


@pytest.fixture
def slot_app(redis_server, fresh_db, tmp_path, demo_payload) -> Flask:  # noqa: ANN001
    app = make_app(redis_server, fresh_db[0], tmp_path, slot_rate_limit="3/minute")
    client = app.test_client()
    assert client.post("/v1/vacancies", json=demo_payload, headers=ADMIN).status_code == 200
    assert client.put("/v1/slots/zorgsite", json=SLOT, headers=ADMIN).status_code == 200
    return app


def shows_an_ad(client: FlaskClient, headers: dict, path: str = PAGE) -> bool:
    response = client.get(path, headers=headers)
    assert response.status_code == 200, response.status_code
    return AD in response.get_data(as_text=True)


def test_a_flood_from_elsewhere_does_not_spend_the_visitors_quota(slot_app: Flask) -> None:
    client = slot_app.test_client()
    statuses = [client.get(PAGE).status_code for _ in range(10)]  # a script: no browser frame
    assert statuses == [200] * 3 + [429] * 7
    assert all(shows_an_ad(client, FROM_THE_SITE) for _ in range(3))  # the visitors' quota is whole


def test_a_visitor_over_the_quota_sees_a_cached_ad_never_a_429(slot_app: Flask) -> None:
    client = slot_app.test_client()
    for _ in range(10):  # someone who forges a browser's headers spends the quota too ...
        client.get(PAGE, headers=FROM_THE_SITE)
    for headers in (FROM_THE_SITE, FRAME, {**FRAME, "Sec-Fetch-Site": "same-site"}):
        assert shows_an_ad(client, headers)  # ... and the frame still shows an ad, without a render


def test_frames_of_other_sites_are_not_the_slots(slot_app: Flask) -> None:
    client = slot_app.test_client()
    others = ({**FRAME, "Referer": "https://evil.example/"}, {**FRAME, "Origin": "https://werkenbij.zorg.example.evil"},
              {**FRAME, "Sec-Fetch-Site": "none"}, {"Sec-Fetch-Dest": "document", "Sec-Fetch-Site": "cross-site"})
    statuses = [client.get(PAGE, headers=others[i % len(others)]).status_code for i in range(8)]
    assert statuses == [200] * 3 + [429] * 5
    assert shows_an_ad(client, {**FRAME, "Referer": "http://localhost:9999/vacatures"})


def test_over_the_quota_the_kill_switch_still_wins(slot_app: Flask) -> None:
    client = slot_app.test_client()
    for _ in range(5):
        client.get(PAGE, headers=FROM_THE_SITE)
    assert shows_an_ad(client, FROM_THE_SITE)  # over the quota, from the cache
    stop = client.put("/v1/oversight/kill-switch", json={"on": True, "reason": "test"}, headers=ADMIN)
    assert stop.status_code == 200
    get_runtime(slot_app).oversight.state.reload()
    assert not shows_an_ad(client, FROM_THE_SITE)


def test_nothing_about_the_reader_is_stored(slot_app: Flask, fresh_db) -> None:
    client = slot_app.test_client()
    reader = {**FROM_THE_SITE, "User-Agent": "ReaderAgent/7", "Referer": "https://werkenbij.zorg.example/",
              "X-Forwarded-For": "203.0.113.77"}
    for _ in range(6):
        client.get(PAGE, headers=reader, environ_base={"REMOTE_ADDR": "198.51.100.77"})
    flush_buffers(slot_app)
    stored = repr(dump_store(fresh_db[1]))
    for secret in ("ReaderAgent", "203.0.113.77", "198.51.100.77", "Referer", "werkenbij.zorg.example/"):
        assert secret not in stored.replace('"werkenbij.zorg.example"', ""), secret
