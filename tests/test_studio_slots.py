"""Slots in the studio: made, edited and removed by a marketeer (no curl, no admin token), with
the snippets to copy, a preview in every size and the slot's k-suppressed statistics."""

from __future__ import annotations

import html
import re

import pytest
from flask import Flask
from flask.testing import FlaskClient

from engine.domain.slots import AD_SIZES
from tests.conftest import ADMIN
from tests.studio_helpers import HTML, sign_in

FORM = {"id": "zorg-home", "site": "Werken in de zorg", "allowed_domains": "werkenbij.zorg.example\nzorg.example",
        "size": "728x90", "language": "nl", "accent": "#0b6e4f", "keywords": "zorg, verpleging",
        "description": "", "fallback": "", "scope": "exclude", "names": "Concurrent Zorg B.V.\n",
        "sectors": ["sector.healthcare"]}


@pytest.fixture
def studio(fresh_app: Flask, demo_payload: dict) -> tuple[FlaskClient, str]:
    client = fresh_app.test_client()
    client.post("/v1/vacancies", json=demo_payload, headers=ADMIN)
    return client, sign_in(client)


def test_a_marketeer_makes_a_slot_and_gets_its_snippets_previews_and_statistics(studio) -> None:  # noqa: ANN001
    client, csrf = studio
    form = client.get("/studio/slots/new", headers=HTML).get_data(as_text=True)
    assert 'id="slot-id"' in form and all(f'value="{size.name}"' in form for size in AD_SIZES)
    response = client.post("/studio/slots", data={**FORM, "csrf": csrf}, headers=HTML)
    assert response.status_code == 303 and response.location.endswith("/studio/slots/zorg-home?saved=1")
    slot = client.get("/v1/slots/zorg-home", headers=ADMIN).json["slot"]
    assert slot["allowed_domains"] == ["werkenbij.zorg.example", "zorg.example"]
    assert slot["keywords"] == ["zorg", "verpleging"] and slot["accent"] == "#0b6e4f"
    assert slot["scope"] == {"organisations": "exclude", "names": ["Concurrent Zorg B.V."],
                             "sectors": ["sector.healthcare"]}
    listing = client.get("/studio/slots", headers=HTML).get_data(as_text=True)
    assert "zorg-home" in listing and "Concurrent Zorg B.V." in listing

    for _ in range(12):
        client.get("/embed/zorg-home?title=Werken+in+de+zorg&lang=nl")
    page = client.get("/studio/slots/zorg-home", headers=HTML)
    text = page.get_data(as_text=True)
    assert "frame-src 'self'" in page.headers["Content-Security-Policy"]
    areas = re.findall(r'<textarea id="snippet-[a-z]+" rows="\d" readonly>(.*?)</textarea>', text, re.S)
    snippets = [html.unescape(area) for area in areas]
    assert len(snippets) == 2 and "embed.js" in snippets[0] and "<iframe" in snippets[1]
    assert 'width="728" height="90"' in snippets[1] and "http://localhost/embed/zorg-home" in snippets[1]
    frames = re.findall(r'<iframe title="[^"]*" srcdoc="([^"]*)" sandbox width="(\w+)" height="(\d+)"', text)
    assert len(frames) == len(AD_SIZES)  # one language (the slot's), every size
    assert {(w, h) for _, w, h in frames} >= {("728", "90"), ("160", "600"), ("320", "50")}
    assert all("Waarom deze advertentie?" in html.unescape(doc) and "--accent:#0b6e4f" in html.unescape(doc)
               for doc, _, _ in frames)
    stats = text.split('id="slot-stats"', 1)[1]
    assert "<td>12</td>" in stats and "minder dan 10" in stats  # 12 impressions; clicks below k


def test_a_refused_slot_shows_the_form_again_and_stores_nothing(studio) -> None:  # noqa: ANN001
    client, csrf = studio
    response = client.post("/studio/slots", data={**FORM, "accent": "groen", "csrf": csrf}, headers=HTML)
    assert response.status_code == 422
    text = response.get_data(as_text=True)
    assert 'id="slot-error"' in text and "<code>accent</code>" in text
    assert 'value="groen"' in text and "Concurrent Zorg B.V." in text  # what was typed stays
    assert client.get("/v1/slots/zorg-home", headers=ADMIN).status_code == 404


def test_a_refused_slot_is_the_error_shape_for_an_api_client(studio) -> None:  # noqa: ANN001
    """Found by `make fuzz`: without Accept: text/html the refusal is the JSON error shape the
    OpenAPI document gives every studio 422, not the form page."""
    client, csrf = studio
    response = client.post("/studio/slots", data={**FORM, "accent": "groen", "csrf": csrf})
    assert response.status_code == 422 and response.is_json
    assert set(response.json["error"]) == {"code", "message", "field"}
    assert client.get("/v1/slots/zorg-home", headers=ADMIN).status_code == 404


def test_a_slot_is_edited_and_removed(studio) -> None:  # noqa: ANN001
    client, csrf = studio
    client.post("/studio/slots", data={**FORM, "csrf": csrf}, headers=HTML)
    again = client.post("/studio/slots", data={**FORM, "csrf": csrf}, headers=HTML)
    assert again.status_code == 409  # an id is never overwritten by a new slot
    form = client.get("/studio/slots/zorg-home/edit", headers=HTML).get_data(as_text=True)
    assert 'value="exclude" checked' in form and 'value="sector.healthcare" checked' in form
    edited = {**FORM, "size": "300x600", "scope": "all", "names": "", "sectors": [], "csrf": csrf}
    assert client.post("/studio/slots/zorg-home", data=edited, headers=HTML).status_code == 303
    slot = client.get("/v1/slots/zorg-home", headers=ADMIN).json["slot"]
    assert slot["size"] == "300x600" and slot["scope"] == {"organisations": "all", "names": [], "sectors": []}
    removed = client.post("/studio/slots/zorg-home/delete", data={"csrf": csrf}, headers=HTML)
    assert removed.status_code == 303
    assert client.get("/v1/slots/zorg-home", headers=ADMIN).status_code == 404
    assert client.get("/embed/zorg-home").status_code == 404


def test_slot_pages_need_a_session_and_forms_need_the_csrf_token(studio, fresh_app: Flask) -> None:  # noqa: ANN001
    client, _ = studio
    assert client.post("/studio/slots", data=FORM, headers=HTML).status_code == 403
    stranger = fresh_app.test_client()
    assert stranger.get("/studio/slots", headers=HTML).status_code == 302
    assert stranger.post("/studio/slots/x/delete", data={}).status_code == 401
