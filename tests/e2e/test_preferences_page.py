"""The preference page in a real headless Chromium with JavaScript switched off: it renders,
submits, shows the token once, lets the candidate change and erase — and leaves no cookie."""

from __future__ import annotations

from pathlib import Path

import pytest

pytestmark = pytest.mark.slow


def follow(page, selector: str) -> None:  # noqa: ANN001
    """Click something that loads a new page and wait for that page: without JavaScript every
    click here is a navigation, and reading the page mid-way gives '' (CI saw it once)."""
    with page.expect_navigation():
        page.click(selector)


def test_state_change_and_erase_without_javascript(browser, live_server: str, artifacts: Path) -> None:
    context = browser.new_context(java_script_enabled=False, locale="en-GB",
                                  extra_http_headers={"Accept-Language": "en-GB,en;q=0.9"})
    page = context.new_page()
    requested_hosts = set()
    page.on("request", lambda request: requested_hosts.add(request.url.split("/")[2]))

    page.goto(f"{live_server}/preferences")
    assert page.locator("h1").inner_text() == "Tell us what kind of work you are looking for"
    assert "so we can show you vacancies that fit" in page.content()
    assert not page.locator("#consent").is_checked()
    page.screenshot(path=str(artifacts / "preferences-form-en.png"), full_page=True)

    page.fill("#interests", "I am 55 and love cooking in a restaurant")
    page.fill("#location", "Amsterdam")
    page.check("input[name=hours][value=parttime]")
    follow(page, "button[type=submit]")
    assert "consent" in page.locator(".error").inner_text().lower()  # no consent, nothing stored

    page.check("#consent")
    follow(page, "button[type=submit]")
    assert page.locator("h1").inner_text() == "Your preferences are saved"
    token = page.locator("#token").inner_text()
    assert len(token) >= 22
    page.screenshot(path=str(artifacts / "preferences-saved-en.png"), full_page=True)

    follow(page, "#manage")
    content = page.content()
    assert "parttime" in content and "Amsterdam" in content and "love cooking in a restaurant" in content
    assert "I am 55" not in content and "am 55" not in content
    page.fill("#location", "Haarlem")
    follow(page, "form[action^='/preferences/mine?'] button[type=submit]")
    page.wait_for_selector("text=Changed.")  # the answer to the form post has loaded (slow under load)
    assert "Changed." in page.content() and "Haarlem" in page.content()
    page.screenshot(path=str(artifacts / "preferences-mine-en.png"), full_page=True)

    follow(page, "#erase")
    assert page.locator("h1").inner_text() == "Your preferences are erased"
    page.goto(f"{live_server}/preferences/mine?token={token}")
    assert "No preferences for this link" in page.content()

    assert context.cookies() == []
    assert requested_hosts == {live_server.removeprefix("http://")}
    context.close()


def test_dutch_page_and_language_switch(browser, live_server: str, artifacts: Path) -> None:
    context = browser.new_context(java_script_enabled=False, locale="nl-NL",
                                  extra_http_headers={"Accept-Language": "nl-NL,nl;q=0.9"})
    page = context.new_page()
    page.goto(f"{live_server}/preferences")
    assert "Wat we vragen en waarom" in page.content()
    page.screenshot(path=str(artifacts / "preferences-form-nl.png"), full_page=True)
    follow(page, "nav.lang a")
    assert "What we ask and why" in page.content()
    assert context.cookies() == []
    context.close()
