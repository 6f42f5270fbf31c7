"""Slot scopes (an employer's own careers site, a job board keeping competitors off, by sector),
honoured by the embed and by /v1/render with the slot alike; and several slots of one page view
showing different vacancies, on real Redis."""

from __future__ import annotations

import json

import pytest
from flask import Flask

from tests.conftest import ADMIN

TITLES = ("Verpleegkundige interne geneeskunde", "Wijkverpleegkundige thuiszorg", "Verpleegkundige cardiologie",
          "Verpleegkundige chirurgie")
OWN, RIVAL = "Ziekenhuis Noord", "Ziekenhuis Zuid"
PAGE = "?title=Werken+als+verpleegkundige+in+de+zorg&lang=nl"


def posting(identifier: str, title: str, organisation: str) -> dict:
    return {"@type": "JobPosting", "identifier": identifier, "title": title, "inLanguage": "nl",
            "description": f"{organisation} zoekt een {title.lower()} voor de zorg aan patiënten in Utrecht.",
            "datePosted": "2026-11-01", "validThrough": "2099-12-31", "hiringOrganization": {"name": organisation},
            "jobLocation": {"address": {"addressLocality": "Utrecht"}}, "url": f"https://{identifier}.example/"}


@pytest.fixture
def hospitals(fresh_app: Flask, demo_payload: dict) -> Flask:
    client = fresh_app.test_client()
    catalogue = [posting(f"noord-{i}", t, OWN) for i, t in enumerate(TITLES)]
    catalogue += [posting(f"zuid-{i}", t, RIVAL) for i, t in enumerate(TITLES)]
    assert client.post("/v1/vacancies", json=demo_payload, headers=ADMIN).status_code in (200, 201)
    assert client.post("/v1/vacancies", json=catalogue, headers=ADMIN).status_code in (200, 201)
    for slot, scope in (("own", {"organisations": "only", "names": ["ziekenhuis  NOORD"]}),
                        ("board", {"organisations": "exclude", "names": [RIVAL]}),
                        ("ict", {"sectors": ["sector.ict"]}),
                        ("open", None)):
        body = {"allowed_domains": ["werkenbij.example"], "language": "nl", "size": "300x250", "keywords": ["zorg"]}
        response = client.put(f"/v1/slots/{slot}", headers=ADMIN, json={**body, **({"scope": scope} if scope else {})})
        assert response.status_code == 200, response.json
    return fresh_app


def shown(client, slot: str, query: str = PAGE) -> str | None:  # noqa: ANN001
    html = client.get(f"/embed/{slot}{query}").get_data(as_text=True)
    for name in (OWN, RIVAL):
        if f'class="org">{name}<' in html:
            return name
    return "other" if 'class="org"' in html else None


def test_an_employers_own_site_shows_only_its_own_vacancies(hospitals: Flask) -> None:
    client = hospitals.test_client()
    opened = {shown(client, "open", f"{PAGE}&pv=samepage{0:08d}") for _ in range(8)}  # one page, eight slots
    assert RIVAL in opened  # the rival's vacancies fit the page too
    for i in range(8):
        assert shown(client, "own", f"{PAGE}&pv=view{i:08d}") == OWN
    ads = client.post("/v1/render", json={"slot": "own", "count": 10, "context": {
        "title": "Werken als verpleegkundige in de zorg"}}).json["ads"]
    assert ads and {ad["advertiser"] for ad in ads} == {OWN}


def test_a_job_board_keeps_a_competitor_off_and_render_honours_it_too(hospitals: Flask) -> None:
    client = hospitals.test_client()
    for i in range(8):
        assert shown(client, "board", f"{PAGE}&pv=board{i:07d}") not in (RIVAL, None)
    body = {"count": 20, "context": {"title": "Werken als verpleegkundige in de zorg"}}
    assert RIVAL in {ad["advertiser"] for ad in client.post("/v1/render", json=body).json["ads"]}
    scoped = client.post("/v1/render", json={**body, "slot": "board"}).json["ads"]
    assert scoped and RIVAL not in {ad["advertiser"] for ad in scoped}


def test_a_sector_scope_shows_nothing_of_other_sectors(hospitals: Flask) -> None:
    client = hospitals.test_client()
    assert shown(client, "ict") is None  # nursing fits the page, but not the slot's sector
    ads = client.post("/v1/render", json={"slot": "ict", "context": {"title": "Vacatures voor Python developers"},
                                          "count": 5}).json["ads"]
    assert ads and all(ad["explanation"] for ad in ads)
    assert not {ad["advertiser"] for ad in ads} & {OWN, RIVAL}


def test_the_slots_of_one_page_view_show_different_vacancies(hospitals: Flask, fresh_db) -> None:
    client = hospitals.test_client()
    without = [client.get(f"/embed/own{PAGE}").get_data(as_text=True) for _ in range(3)]
    assert len(set(without)) == 1 or len({h.split("<h1>")[1][:80] for h in without}) == 1
    titles = []
    for _ in range(4):
        html = client.get(f"/embed/own{PAGE}&pv=abcdefgh12345678").get_data(as_text=True)
        titles.append(html.split('rel="noopener noreferrer">', 1)[1].split("<", 1)[0])
    assert len(set(titles)) == 4 and set(titles) <= set(TITLES)
    assert shown(client, "own", f"{PAGE}&pv=abcdefgh12345678") is None  # four fit, four are shown: no repeat
    (key,) = fresh_db[1].scan_iter("{ps}:pageview:*")
    assert "abcdefgh12345678" not in key and 0 < fresh_db[1].ttl(key) <= 120
    assert len(fresh_db[1].smembers(key)) == 4


def test_a_malformed_page_view_is_ignored(hospitals: Flask, fresh_db) -> None:
    client = hospitals.test_client()
    assert shown(client, "own", f"{PAGE}&pv=short") == OWN
    assert shown(client, "own", f"{PAGE}&pv=" + "x" * 65) == OWN
    assert list(fresh_db[1].scan_iter("{ps}:pageview:*")) == []


@pytest.mark.parametrize(("body", "field"), [
    ({"scope": {"organisations": "only"}}, "scope.names"),
    ({"scope": {"organisations": "some", "names": ["A"]}}, "scope.organisations"),
    ({"scope": {"names": ["A"]}}, "scope.names"),
    ({"scope": {"sectors": ["sector.nope"]}}, "scope.sectors"),
    ({"scope": {"sectors": ["zorg"]}}, "scope.sectors"),
    ({"scope": ["A"]}, "scope"),
    ({"accent": "red"}, "accent"),
    ({"accent": "#12345g"}, "accent"),
    ({"accent": "#123;}"}, "accent"),
])
def test_bad_scopes_and_accents_are_refused(fresh_app: Flask, body: dict, field: str) -> None:
    response = fresh_app.test_client().put("/v1/slots/s", headers=ADMIN,
                                           json={"allowed_domains": ["a.example"], **body})
    assert response.status_code == 422 and response.json["error"]["field"] == field


def test_a_slot_keeps_its_scope_and_accent_and_an_old_slot_still_reads(fresh_app: Flask, fresh_db) -> None:
    client = fresh_app.test_client()
    client.put("/v1/slots/s", headers=ADMIN, json={"allowed_domains": ["a.example"], "accent": "#0B6",
                                                   "scope": {"organisations": "exclude", "names": ["B"]}})
    slot = client.get("/v1/slots/s", headers=ADMIN).json["slot"]
    assert slot["accent"] == "#00bb66"
    assert slot["scope"] == {"organisations": "exclude", "names": ["B"], "sectors": []}
    fresh_db[1].set("{ps}:slot:old", json.dumps({"id": "old", "site": "Old", "allowed_domains": ["a.example"],
                                                 "language": None, "size": "728x90", "keywords": [],
                                                 "description": "", "fallback": None}))
    old = client.get("/v1/slots/old", headers=ADMIN).json["slot"]
    assert old["scope"]["organisations"] == "all" and old["accent"] is None


def test_render_with_an_unknown_slot_is_404(fresh_app: Flask) -> None:
    response = fresh_app.test_client().post("/v1/render", json={"slot": "nope", "context": {"title": "zorg"}})
    assert response.status_code == 404 and response.json["error"]["field"] == "slot"


def test_the_documented_sizes_are_the_declared_ones() -> None:
    from typing import get_args

    from engine.domain.slots import AD_SIZES
    from engine.web.schemas import Size

    assert get_args(Size) == tuple(size.name for size in AD_SIZES)
