"""Slots, the embed page and script, aggregate statistics with k-suppression, and the headers."""

from __future__ import annotations

import pytest
from flask import Flask

from engine.web.runtime import get_runtime
from tests.conftest import ADMIN, wait_for


@pytest.fixture
def embed_app(fresh_app: Flask, demo_payload: dict) -> Flask:
    client = fresh_app.test_client()
    client.post("/v1/vacancies", json=demo_payload, headers=ADMIN)
    response = client.put("/v1/slots/zorgsite", headers=ADMIN, json={
        "site": "Werken in de zorg", "allowed_domains": ["werkenbij.zorg.example", "localhost:9999"],
        "language": "nl", "size": "300x250", "keywords": ["zorg"]})
    assert response.status_code == 200 and "embed.js" in response.json["snippet"]
    return fresh_app


def test_embed_page_works_without_script_and_names_who_may_frame_it(embed_app: Flask) -> None:
    response = embed_app.test_client().get("/embed/zorgsite")
    assert response.status_code == 200 and response.mimetype == "text/html"
    html = response.get_data(as_text=True)
    assert "<script" not in html and "Waarom deze advertentie?" in html
    csp = response.headers["Content-Security-Policy"]
    assert "frame-ancestors https://werkenbij.zorg.example http://werkenbij.zorg.example" in csp
    assert "http://localhost:9999" in csp and "default-src 'none'" in csp
    assert response.headers["Referrer-Policy"] == "no-referrer" and "Set-Cookie" not in response.headers


def test_embed_uses_what_the_host_page_says(embed_app: Flask) -> None:
    client = embed_app.test_client()
    dutch = client.get("/embed/zorgsite?title=Vacatures+in+de+thuiszorg&desc=Wijkverpleging&lang=nl")
    assert "Waarom deze advertentie?" in dutch.get_data(as_text=True)


def test_unknown_slot_is_404_and_bad_slots_are_refused(embed_app: Flask) -> None:
    client = embed_app.test_client()
    assert client.get("/embed/nope").status_code == 404
    for body, field in (({"allowed_domains": []}, "allowed_domains"),
                        ({"allowed_domains": ["a.example"], "size": "1x1"}, "size"),
                        ({"allowed_domains": ["a.example"], "size": {}}, "size"),  # was a 500 (found by fuzzing)
                        ({"allowed_domains": ["a.example"], "size": ["300x250"]}, "size"),
                        ({"allowed_domains": ["a.example"], "language": "de"}, "language"),
                        ({"allowed_domains": ["not a domain"]}, "allowed_domains"),
                        ({"allowed_domains": ["a.example"], "colour": "red"}, "colour")):
        response = client.put("/v1/slots/s1", json=body, headers=ADMIN)
        assert response.status_code == 422 and response.json["error"]["field"] == field
    assert client.put("/v1/slots/Bad_Id", json={"allowed_domains": ["a.example"]}, headers=ADMIN).status_code == 422
    assert client.put("/v1/slots/s1", json={"allowed_domains": ["a.example"]}).status_code == 401


def test_embed_script_is_small_and_keeps_nothing(client) -> None:
    response = client.get("/embed.js")
    script = response.get_data(as_text=True)
    assert response.status_code == 200 and len(response.get_data()) < 2048
    for forbidden in ("document.cookie", "localStorage", "sessionStorage", "indexedDB", "navigator", "screen.",
                      "canvas", "fetch(", "XMLHttpRequest", "sendBeacon"):
        assert forbidden not in script, forbidden


def test_counts_wait_in_the_worker_and_reach_the_store_on_flush(fresh_db) -> None:
    from engine.store.stats import Stats

    stats = Stats(fresh_db[1], k=1, flush_seconds=0.2)
    stats.count("impression", "v1", "sector.ict", "slot-a")
    stats.count("impression", "v1", "sector.ict")
    assert list(fresh_db[1].scan_iter("{ps}:stats:*")) == []  # not yet written: no round trip per ad
    # the worker's background thread writes them (the expiry comes last in its batch)
    assert wait_for(lambda: any(fresh_db[1].ttl(k) > 0 for k in fresh_db[1].scan_iter("{ps}:stats:*")))
    (key,) = fresh_db[1].scan_iter("{ps}:stats:*")
    assert fresh_db[1].hgetall(key) == {"impression|v1|sector.ict": "2", "slot-impression|slot-a": "1"}
    assert 0 < fresh_db[1].ttl(key) <= 400 * 86400
    stats._flusher.stop()


def test_gpc_is_published(client) -> None:
    assert client.get("/.well-known/gpc.json").json["gpc"] is True


def test_counts_are_aggregates_and_small_cells_are_suppressed(embed_app: Flask) -> None:
    client = embed_app.test_client()
    for _ in range(12):
        client.get("/embed/zorgsite")
    ad = client.post("/v1/render", json={"context": {"title": "Werken in de zorg"}}).json["ads"][0]
    for _ in range(3):
        assert client.get(ad["click_url"]).status_code == 302
    report = client.get("/v1/stats", headers=ADMIN).json
    assert report["k"] == 10
    (slot_row,) = report["by_slot_day"]
    assert slot_row["slot"] == "zorgsite" and slot_row["impressions"] == 12 and slot_row["clicks"] is None
    assert slot_row["suppressed"] == ["clicks"]
    rows = report["by_vacancy_topic_day"]
    assert all(set(r) == {"day", "vacancy_id", "topic", "impressions", "clicks", "suppressed"} for r in rows)
    assert any(r["impressions"] is not None and r["impressions"] >= 10 for r in rows)
    assert all(r["clicks"] is None for r in rows)  # 3 clicks: below k
    assert client.get("/v1/stats").status_code == 401
    assert client.get("/v1/stats?from=2026-12-01&to=2026-11-01", headers=ADMIN).status_code == 422


def test_click_counter_needs_no_identifier(embed_app: Flask, fresh_db) -> None:
    client = embed_app.test_client()
    ad = client.post("/v1/render", json={"context": {"title": "Werken in de zorg"}}).json["ads"][0]
    client.get(ad["click_url"], headers={"User-Agent": "SpyAgent", "X-Forwarded-For": "203.0.113.5"})
    get_runtime(embed_app).ads.stats.flush()
    stats = {k: v for k, v in fresh_db[1].hgetall(next(fresh_db[1].scan_iter("{ps}:stats:*"))).items()}
    assert all(field.split("|")[0] in ("impression", "click", "slot-impression", "slot-click") for field in stats)
    assert "SpyAgent" not in repr(stats) and "203.0.113.5" not in repr(stats)


@pytest.mark.parametrize(("path", "cache"), [("/v1/render", "no-store"), ("/embed/zorgsite", "no-store"),
                                             ("/embed.js", "public, max-age=3600"),
                                             ("/.well-known/gpc.json", "public, max-age=86400"),
                                             ("/openapi.json", "public, max-age=300"), ("/healthz", "no-store")])
def test_headers_on_every_kind_of_response(embed_app: Flask, path: str, cache: str) -> None:
    client = embed_app.test_client()
    response = (client.post(path, json={"context": {"title": "zorg"}}) if path == "/v1/render" else client.get(path))
    assert response.headers["Cache-Control"] == cache
    assert response.headers["Referrer-Policy"] == "no-referrer"
    assert response.headers["Permissions-Policy"] == "browsing-topics=(), interest-cohort=()"
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert "Content-Security-Policy" in response.headers and "Set-Cookie" not in response.headers


@pytest.mark.parametrize(("size", "width", "height"), [("728x90", "728", "90"), ("320x100", "320", "100"),
                                                       ("responsive", "100%", "250")])
def test_snippet_is_sized_for_its_slot(fresh_app: Flask, size: str, width: str, height: str) -> None:
    snippet = fresh_app.test_client().put("/v1/slots/s", headers=ADMIN, json={
        "allowed_domains": ["a.example"], "size": size}).json["snippet"]
    assert f'width="{width}" height="{height}"' in snippet
    assert f'data-width="{width}" data-height="{height}"' in snippet
    assert 'sandbox="allow-popups allow-popups-to-escape-sandbox"' in snippet
    assert 'referrerpolicy="no-referrer"' in snippet and 'loading="lazy"' in snippet
