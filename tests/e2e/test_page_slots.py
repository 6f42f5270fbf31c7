"""Three slots on one career-site page, filled by embed.js in a real Chromium: three different
vacancies of the employer's own (the slot's scope), from one page view's nonce and nothing else."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from flask import Flask

from tests.conftest import ADMIN
from tests.e2e.conftest import static_site
from tests.test_slot_scope import OWN, RIVAL, TITLES, posting

pytestmark = pytest.mark.slow


@pytest.fixture
def careers_page(live_server: str, fresh_app: Flask) -> Iterator[str]:
    pages: dict[str, bytes] = {}
    with static_site(pages) as site:
        client = fresh_app.test_client()
        catalogue = [posting(f"noord-{i}", t, OWN) for i, t in enumerate(TITLES)]
        catalogue += [posting(f"zuid-{i}", t, RIVAL) for i, t in enumerate(TITLES)]
        client.post("/v1/vacancies", json=catalogue, headers=ADMIN)
        snippet = client.put("/v1/slots/noord", headers=ADMIN, json={
            "allowed_domains": [site.removeprefix("http://")], "size": "300x250", "keywords": ["zorg"],
            "scope": {"organisations": "only", "names": [OWN]}}).json["snippet"]
        snippet = snippet.replace("http://localhost", live_server)
        pages["/"] = ("<!doctype html><html lang='nl'><head><meta charset='utf-8'><title>Werken als verpleegkundige"
                      "</title></head><body><h1>Werken bij Ziekenhuis Noord</h1>"
                      f"{snippet}{snippet}{snippet}</body></html>").encode()
        yield site


def test_the_slots_of_one_page_show_different_vacancies(browser, live_server: str, careers_page: str,
                                                        artifacts: Path) -> None:
    context = browser.new_context(viewport={"width": 1000, "height": 900})
    page = context.new_page()
    page.goto(careers_page + "/", wait_until="load")
    page.wait_for_function("document.querySelectorAll('iframe[src*=\"pv=\"]').length === 3")
    titles, organisations, nonces = [], set(), set()
    for element in page.query_selector_all("iframe[src*='pv=']"):
        element.scroll_into_view_if_needed()
        frame = element.content_frame()
        frame.wait_for_selector("h1")
        titles.append(frame.inner_text("h1"))
        organisations.add(frame.inner_text(".org"))
        nonces.add(frame.url.split("pv=")[1].split("&")[0])
    page.screenshot(path=str(artifacts / "career-site-three-slots.png"))
    assert len(set(titles)) == 3 and organisations == {OWN} and len(nonces) == 1
    assert context.cookies() == []
    page.reload(wait_until="load")  # a new page view: a new nonce, the best ones again
    page.wait_for_function("document.querySelectorAll('iframe[src*=\"pv=\"]').length === 3")
    again = page.query_selector("iframe[src*='pv=']").get_attribute("src").split("pv=")[1]
    assert again not in nonces
    context.close()
