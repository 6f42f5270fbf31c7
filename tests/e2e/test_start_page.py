"""The start page and the demo career site as people see them: Chromium at desktop (1366x900) and
phone (390x844) size, in Dutch and English, with nothing wider than the screen and no text cut
off. Screenshots go to tests/artifacts/."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

import pytest
from flask import Flask

from engine.domain.slots import SIZES
from engine.ops.demo import put_demo_slots
from engine.web.api.start import demo_slot_id
from engine.web.runtime import services
from tests.conftest import ADMIN

pytestmark = pytest.mark.slow

SCREENS = {"desktop": {"width": 1366, "height": 900}, "phone": {"width": 390, "height": 844}}

# Elements whose own text is clipped by their box (overflow hidden, clip, scroll or auto with more
# content than room), and visible elements (text or frames) reaching past the screen's edges.
CUT_OFF = """() => {
  const width = document.documentElement.clientWidth, found = [];
  for (const el of document.body.querySelectorAll('*')) {
    const style = getComputedStyle(el);
    if (style.display === 'none' || style.visibility === 'hidden') continue;
    const text = [...el.childNodes].some(n => n.nodeType === Node.TEXT_NODE && n.textContent.trim());
    if (!text && el.tagName !== 'IFRAME') continue;
    const box = el.getBoundingClientRect();
    if (box.width === 0 && box.height === 0) continue;
    const clips = [style.overflowX, style.overflowY].some(v => v !== 'visible');
    if (text && clips && (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1))
      found.push(`${el.tagName} clipped: ${el.textContent.trim().slice(0, 60)}`);
    if (box.left < -1 || box.right > width + 1)
      found.push(`${el.tagName} past the edge (${Math.round(box.left)}-${Math.round(box.right)} of ${width})`);
  }
  return found;
}"""


@pytest.fixture
def demo_site(live_server: str, fresh_app: Flask, demo_payload: dict) -> str:
    """The demo catalogue and the demo slots of every size, framed by the live server's host."""
    client = fresh_app.test_client()
    assert client.post("/v1/vacancies", headers=ADMIN, json=demo_payload).status_code == 200
    put_demo_slots(services(fresh_app).slots, [urlsplit(live_server).netloc])
    return live_server


def check_page(page, name: str, artifacts: Path) -> None:  # noqa: ANN001 - playwright's Page
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"), \
        f"{name}: wider than the screen ({page.evaluate('document.documentElement.scrollWidth')})"
    assert page.evaluate(CUT_OFF) == [], name
    page.screenshot(path=str(artifacts / f"{name}.png"), full_page=True)


@pytest.mark.parametrize("screen", SCREENS)
@pytest.mark.parametrize("language", ["nl", "en"])
def test_start_page_fits_and_leads_everywhere(browser, demo_site: str, artifacts: Path, screen: str,
                                              language: str) -> None:
    context = browser.new_context(viewport=SCREENS[screen], locale={"nl": "nl-NL", "en": "en-GB"}[language])
    page = context.new_page()
    response = page.goto(demo_site + "/", wait_until="load")  # the language from Accept-Language alone
    assert response.status == 200 and "set-cookie" not in response.headers
    assert page.get_attribute("html", "lang") == language
    check_page(page, f"start-{language}-{screen}", artifacts)
    for place in ("/studio/login", "/preferences", "/transparency", "/demo", "/openapi.json"):
        assert page.locator(f'a[href^="{place}"]').count() >= 1, place
    page.click('a[href^="/demo"]')
    page.wait_for_load_state("load")
    assert page.url.startswith(f"{demo_site}/demo?lang={language}")
    assert context.cookies() == []
    context.close()


@pytest.mark.parametrize("screen", SCREENS)
@pytest.mark.parametrize("language", ["nl", "en"])
def test_demo_career_site_shows_every_size(browser, demo_site: str, artifacts: Path, screen: str,
                                           language: str) -> None:
    context = browser.new_context(viewport=SCREENS[screen])
    page = context.new_page()
    page.goto(f"{demo_site}/demo?lang={language}", wait_until="load")
    with_ad = 0
    for size in SIZES:
        frame_element = page.wait_for_selector(f'[data-plainsight-slot="{demo_slot_id(size)}"] iframe')
        frame_element.scroll_into_view_if_needed()
        frame = frame_element.content_frame()
        frame.wait_for_load_state("load")
        assert frame.url.startswith(f"{demo_site}/embed/{demo_slot_id(size)}"), size
        assert "Vacature" in (frame_element.get_attribute("title") or ""), size
        with_ad += frame.locator("a.cta").count() > 0
    assert with_ad >= 1  # the demo catalogue has care vacancies for a page about care
    page.evaluate("window.scrollTo(0, 0)")
    page.wait_for_timeout(1000)
    check_page(page, f"demo-site-{language}-{screen}", artifacts)
    assert page.locator("a.cta").count() == 0  # the ads live in their frames, not in the page
    assert context.cookies() == []
    context.close()
