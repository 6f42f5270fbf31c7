"""The studio's slot page in a real Chromium: made through the form, its preview frames show the
ad in every size under the studio's content security policy."""

from __future__ import annotations

from pathlib import Path

import pytest
from flask import Flask

from engine.domain.slots import AD_SIZES
from tests.conftest import ADMIN
from tests.e2e.test_approval_browser import signed_in

pytestmark = pytest.mark.slow


def test_a_slot_made_in_the_studio_previews_in_every_size(browser, live_server: str, fresh_app: Flask,
                                                          demo_payload: dict, artifacts: Path) -> None:
    fresh_app.test_client().post("/v1/vacancies", json=demo_payload, headers=ADMIN)
    context, page = signed_in(browser, live_server, "/studio/slots/new")
    page.fill("#slot-id", "zorgsite")
    page.fill("#slot-site", "Werken in de zorg")
    page.fill("#slot-domains", "werkenbij.zorg.example")
    page.select_option("#slot-size", "320x100")
    page.fill("#slot-keywords", "zorg, verpleging")
    page.fill("#slot-accent", "#8a1538")
    page.screenshot(path=str(artifacts / "studio-slot-form.png"), full_page=True)
    page.click("#slot-save")
    page.wait_for_url(f"{live_server}/studio/slots/zorgsite?saved=1")
    frames = page.locator("figure iframe")
    assert frames.count() == 2 * len(AD_SIZES)  # no language of its own: the page's, so both
    for i in range(frames.count()):
        frame = frames.nth(i).content_frame
        assert frame.locator("a.why").inner_text() in ("Why this ad?", "Waarom deze advertentie?")
        assert frame.locator("h1").inner_text()
    assert "embed.js" in page.input_value("#snippet-js") and "<iframe" in page.input_value("#snippet-iframe")
    page.locator("#preview-title").scroll_into_view_if_needed()
    page.wait_for_timeout(300)
    page.screenshot(path=str(artifacts / "studio-slot.png"))
    context.close()
