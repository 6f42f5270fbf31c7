"""A local "career site" pastes the snippet; a real headless Chromium, with JavaScript on and off,
sees the ad, clicks it, and afterwards finds no cookie, no storage and no request to any host
but the engine (and the career site itself, where the vacancy lives)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import ADMIN
from tests.e2e.conftest import static_site

pytestmark = pytest.mark.slow


@pytest.fixture
def career_site(live_server: str, fresh_app) -> Iterator[str]:
    pages: dict[str, bytes] = {}
    with static_site(pages, b"<!doctype html><title>Vacature</title><h1>Vacature</h1>") as site:
        client = fresh_app.test_client()
        client.post("/v1/vacancies", headers=ADMIN, json={
            "@type": "JobPosting", "identifier": "site-1", "title": "Wijkverpleegkundige", "inLanguage": "nl",
            "description": "Wij zoeken een wijkverpleegkundige voor de thuiszorg in Utrecht.",
            "datePosted": "2026-11-01", "validThrough": "2099-12-31", "hiringOrganization": {"name": "Zorg Thuis"},
            "jobLocation": {"address": {"addressLocality": "Utrecht"}}, "url": f"{site}/vacatures/site-1"})
        snippet = client.put("/v1/slots/careers", headers=ADMIN, json={
            "allowed_domains": [site.removeprefix("http://")], "language": "nl", "keywords": ["zorg"]}).json["snippet"]
        snippet = snippet.replace("http://localhost", live_server)
        pages["/"] = ("<!doctype html><html lang='nl'><head><meta charset='utf-8'><title>Werken in de thuiszorg</title>"
                      "<meta name='description' content='Vacatures voor wijkverpleegkundigen'></head>"
                      f"<body><h1>Werken bij Zorg Thuis</h1>{snippet}</body></html>").encode()
        yield site


@pytest.mark.parametrize("javascript", [True, False])
def test_snippet_shows_the_ad_and_leaves_no_trace(browser, live_server: str, career_site: str, artifacts: Path,
                                                  javascript: bool) -> None:
    context = browser.new_context(java_script_enabled=javascript)
    hosts: set[str] = set()
    context.on("request", lambda request: hosts.add(request.url.split("/")[2]))
    page = context.new_page()
    page.goto(career_site + "/", wait_until="load")
    frame_element = page.wait_for_selector("iframe", state="attached")
    frame_element.scroll_into_view_if_needed()
    frame = frame_element.content_frame()
    frame.wait_for_selector("a.cta", timeout=10_000)
    assert "Waarom deze advertentie?" in frame.content()
    assert frame.url.startswith(f"{live_server}/embed/careers")
    assert ("title=Werken" in frame.url) is javascript  # embed.js told the ad what the page is about
    page.screenshot(path=str(artifacts / f"career-site-js-{'on' if javascript else 'off'}.png"))

    with context.expect_page() as popup_info:
        frame.click("a.cta")
    popup = popup_info.value
    popup.wait_for_load_state()
    assert popup.url == f"{career_site}/vacatures/site-1"

    assert context.cookies() == []
    assert context.storage_state()["origins"] == []
    if javascript:
        stored = page.evaluate("async () => [localStorage.length, sessionStorage.length,"
                               " (await indexedDB.databases()).length]")
        assert stored == [0, 0, 0]
    assert hosts <= {career_site.removeprefix("http://"), live_server.removeprefix("http://")}
    assert live_server.removeprefix("http://") in hosts
    context.close()
