"""Links that always work and cannot be forged: every link in an ad, a bid or a snippet is
absolute on ENGINE_PUBLIC_URL, never built from the request's Host header; under gunicorn the
engine refuses to start without it; the tests' apps use a fixed one."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from flask import Flask
from flask.testing import FlaskClient

from engine.config import load_settings
from engine.web.runtime import TEST_PUBLIC_URL, resolve_public_url
from tests.adnetwork_helpers import PUBLIC
from tests.conftest import ADMIN, make_app
from tests.test_gunicorn import base_env, free_port, gunicorn
from tests.test_openrtb import HEADERS, banner_request, native_bid_request
from tests.test_preferences import CONSENT

FORGED = {"Host": "evil.example", "X-Forwarded-Host": "evil.example"}
SLOT = {"site": "Zorg", "allowed_domains": ["werkenbij.zorg.example"], "keywords": ["zorg"], "size": "300x250"}
HREF = re.compile(r'(?:href|src)="([^"]+)"')


@pytest.fixture
def public_app(redis_server, fresh_db, tmp_path: Path, demo_payload: dict) -> Flask:
    app = make_app(redis_server, fresh_db[0], tmp_path, public_url=PUBLIC + "/")  # a trailing slash is dropped
    assert app.test_client().post("/v1/vacancies", json=demo_payload, headers=ADMIN).status_code == 200
    return app


def every_link(client: FlaskClient, headers: dict) -> list[str]:
    """The links of a render (JSON and HTML), a banner and a native bid, a slot's snippet (put and
    get), its embed page, and the personal link of stored preferences."""
    links: list[str] = []
    render = client.post("/v1/render", json={"context": {"title": "Werken in de zorg"}, "format": "html", "count": 2},
                         headers=headers).json["ads"]
    for ad in render:
        links += [ad["click_url"], ad["explanation"]["url"], *HREF.findall(ad["html"])]
    for body in (banner_request(), native_bid_request()):
        (offer,) = client.post("/openrtb2/bid", json=body, headers={**HEADERS, **headers}).json["seatbid"][0]["bid"]
        markup = json.loads(offer["adm"]) if offer["adm"].startswith("{") else None
        links += [offer["nurl"], offer["burl"], offer["lurl"], offer["ext"]["privacy"]]
        links += [markup["link"]["url"], markup["privacy"]] if markup else HREF.findall(offer["adm"])
    put = client.put("/v1/slots/zorgsite", json=SLOT, headers={**ADMIN, **headers}).json["snippet"]
    got = client.get("/v1/slots/zorgsite", headers={**ADMIN, **headers}).json["snippet"]
    links += HREF.findall(put) + HREF.findall(got)
    links += HREF.findall(client.get("/embed/zorgsite?title=Werken+in+de+zorg", headers=headers).get_data(as_text=True))
    created = client.post("/v1/preferences", json={"preferences": {"interests": "zorg"}, "consent": CONSENT},
                          headers=headers).json
    return [*links, created["manage_url"]]


def test_every_link_is_absolute_on_the_public_url(public_app: Flask) -> None:
    links = every_link(public_app.test_client(), {})
    assert len(links) >= 20
    assert [link for link in links if not link.startswith(PUBLIC + "/")] == []
    assert not [link for link in links if "//" in link.removeprefix(PUBLIC + "/")]


def test_a_forged_host_header_never_builds_a_link(public_app: Flask) -> None:
    client = public_app.test_client()
    links = every_link(client, FORGED)
    assert [link for link in links if not link.startswith(PUBLIC + "/")] == []
    bodies = [client.post("/openrtb2/bid", json=banner_request(), headers={**HEADERS, **FORGED}).get_data(as_text=True),
              client.get("/v1/slots/zorgsite", headers={**ADMIN, **FORGED}).get_data(as_text=True),
              client.get("/embed/zorgsite", headers=FORGED).get_data(as_text=True)]
    assert not [body for body in bodies if "evil.example" in body]


def test_the_tests_use_a_fixed_public_url_whatever_the_host(fresh_app: Flask, demo_payload: dict) -> None:
    client = fresh_app.test_client()
    client.post("/v1/vacancies", json=demo_payload, headers=ADMIN)
    links = every_link(client, FORGED)
    assert [link for link in links if not link.startswith(TEST_PUBLIC_URL + "/")] == []


def test_the_public_url_is_the_setting_or_the_tests_fixed_one() -> None:
    assert resolve_public_url(load_settings({"testing": True}, environ={})) == TEST_PUBLIC_URL
    assert resolve_public_url(load_settings({"public_url": PUBLIC + "/"}, environ={})) == PUBLIC


@pytest.mark.slow
def test_gunicorn_refuses_to_start_without_a_public_url(redis_server, fresh_db, tmp_path: Path) -> None:
    log = tmp_path / "server.log"
    env = {**base_env(redis_server, fresh_db[0], tmp_path), "ENGINE_SECRET_KEY": "k"}
    del env["ENGINE_PUBLIC_URL"]
    process = gunicorn(env, free_port(), log)
    assert process.wait(timeout=60) != 0
    assert "ENGINE_PUBLIC_URL is not set" in log.read_text()
