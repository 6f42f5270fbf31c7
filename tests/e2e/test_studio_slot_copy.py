"""The slot page's copy buttons in a real Chromium: each copies its snippet to the clipboard under
the studio's content security policy; without JavaScript there are no buttons and the snippets
are still there to select."""

from __future__ import annotations

from pathlib import Path

import pytest
from flask import Flask

from tests.conftest import ADMIN, ADMIN_TOKEN
from tests.e2e.test_approval_browser import signed_in

pytestmark = pytest.mark.slow
SLOT = {"site": "Werken in de zorg", "allowed_domains": ["werkenbij.zorg.example"], "size": "300x250"}


def test_each_snippet_has_a_copy_button_that_copies_it(browser, live_server: str, fresh_app: Flask,
                                                       artifacts: Path) -> None:
    fresh_app.test_client().put("/v1/slots/zorgsite", json=SLOT, headers=ADMIN)
    context, page = signed_in(browser, live_server, "/studio/slots/zorgsite")
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=live_server)
    errors: list[str] = []
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    for snippet in ("snippet-js", "snippet-iframe"):
        page.click(f"#{snippet}-copy")
        page.wait_for_function("document.querySelector('#snippets [role=status]:not(:empty)') !== null")
        assert page.evaluate("navigator.clipboard.readText()") == page.input_value(f"#{snippet}")
    assert page.locator("#snippets [role=status]").first.inner_text() == "Copied to the clipboard."
    assert not [e for e in errors if "Content Security Policy" in e]
    page.locator("#snippets").screenshot(path=str(artifacts / "studio-slot-copy.png"))
    context.close()


def test_without_javascript_the_snippets_stay_selectable_text(browser, live_server: str, fresh_app: Flask) -> None:
    fresh_app.test_client().put("/v1/slots/zorgsite", json=SLOT, headers=ADMIN)
    context = browser.new_context(java_script_enabled=False, locale="en-GB")
    page = context.new_page()
    page.goto(f"{live_server}/studio/login?next=/studio/slots/zorgsite")
    page.fill("#name", "admin")
    page.fill("#password", ADMIN_TOKEN)
    page.click("#main button[type=submit]")
    page.wait_for_url(f"{live_server}/studio/slots/zorgsite")
    assert page.locator("#snippets button").count() == 0
    assert "embed.js" in page.input_value("#snippet-js") and "<iframe" in page.input_value("#snippet-iframe")
    context.close()
