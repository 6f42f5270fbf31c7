"""Every screen as people see it: the studio and the candidate's pages in a real headless
Chromium, at a desktop (1366x900) and a phone (390x844), in Dutch and in English.

Each page is saved as a full-page screenshot (tests/artifacts/screens-<size>-<lang>-NN-<page>.png)
and checked for what a person would notice: a page that scrolls sideways (the document wider than
the window) and text cut off (an element with hidden overflow whose content is wider than it is,
or one that reaches past the window's side outside a scrolling table). The preview's HTML ad is
checked inside its frame too: the ad must fit its 300x250 frame whole.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import requests

from tests.conftest import ADMIN, ADMIN_TOKEN

pytestmark = pytest.mark.slow

SIZES = {"desktop": {"width": 1366, "height": 900}, "phone": {"width": 390, "height": 844}}
LOCALES = {"nl": ("nl-NL", "nl-NL,nl;q=0.9"), "en": ("en-GB", "en-GB,en;q=0.9")}
STUDIO = [("home", "/studio/"), ("vacancies", "/studio/vacancies"),
          ("preview", "/studio/vacancies/demo-001/preview"), ("templates", "/studio/templates"),
          ("stats", "/studio/stats")]
NURSING_PAGE = {"context": {"text": "Wij zoeken verpleegkundigen voor het ziekenhuis"}, "count": 5}
TIMEOUT_MS = 15_000

# Run in the page: what sticks out sideways or is cut off. Skipped: what is hidden on purpose (the
# skip link waits off-screen, .sr-only text is for screen readers), the inside of an SVG chart (it
# scales as a whole) and anything inside a box that scrolls sideways itself (a wide table).
PROBLEMS_JS = """() => {
  const width = window.innerWidth;
  const name = el => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') +
    (el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\\s+/).join('.') : '');
  const path = el => { const parts = []; for (let e = el; e && e !== document.body && parts.length < 4;
    e = e.parentElement) parts.unshift(name(e)); return parts.join(' > '); };
  const scrolls = el => { for (let e = el.parentElement; e && e !== document.body; e = e.parentElement) {
    const x = getComputedStyle(e).overflowX; if (x === 'auto' || x === 'scroll') return true; } return false; };
  const problems = [];
  const doc = document.documentElement;
  if (doc.scrollWidth > width + 1) problems.push(`the page scrolls sideways: ${doc.scrollWidth} > ${width}`);
  for (const el of document.body.querySelectorAll('*')) {
    if (el.closest('.skip, .sr-only') || (el.closest('svg') && el.tagName.toLowerCase() !== 'svg')) continue;
    const style = getComputedStyle(el);
    if (style.display === 'none' || style.visibility === 'hidden') continue;
    const box = el.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) continue;
    const hidden = ['hidden', 'clip'].includes(style.overflowX);
    if (hidden && el.scrollWidth > el.clientWidth + 1)
      problems.push(`cut off: ${path(el)} (${el.scrollWidth} > ${el.clientWidth})`);
    if ((box.right > width + 1 || box.left < -1) && !scrolls(el))
      problems.push(`past the side: ${path(el)} (${Math.round(box.left)}..${Math.round(box.right)} of ${width})`);
  }
  return problems;
}"""
# Run in the HTML ad's frame: the ad shows whole, nothing pushed out of its 300x250.
AD_JS = """() => { const ad = document.querySelector('.ad'); if (!ad) return ['no .ad in the frame'];
  const out = []; if (ad.scrollHeight > ad.clientHeight + 1) out.push(`ad taller than its frame: ${ad.scrollHeight}`);
  if (ad.scrollWidth > ad.clientWidth + 1) out.push(`ad wider than its frame: ${ad.scrollWidth}`); return out; }"""


class Screens:
    """Screenshots named screens-<size>-<language>-NN-<page>.png, and the problems found per page."""

    def __init__(self, artifacts: Path, size: str, language: str) -> None:
        self.artifacts, self.prefix, self.step = artifacts, f"screens-{size}-{language}", 0
        self.problems: dict[str, list[str]] = {}
        self.ads_checked = 0

    def __call__(self, page, what: str) -> None:  # noqa: ANN001 - playwright's Page
        self.step += 1
        page.screenshot(path=str(self.artifacts / f"{self.prefix}-{self.step:02d}-{what}.png"), full_page=True)
        found = page.evaluate(PROBLEMS_JS)
        for frame in page.frames[1:]:
            if frame.name == "" and frame.url == "about:srcdoc":
                try:
                    found += [f"HTML ad: {p}" for p in frame.evaluate(AD_JS)]
                    self.ads_checked += 1
                except Exception as exc:  # noqa: BLE001 - a sandbox that refuses scripts; report, do not fail here
                    found.append(f"HTML ad could not be checked: {exc}")
        if found:
            self.problems[what] = found


def seed(live_server: str, demo_payload: dict) -> None:
    """The demo catalogue and a few served ads, so the stats have something to show."""
    answer = requests.post(f"{live_server}/v1/vacancies", json=demo_payload, headers=ADMIN, timeout=60)
    assert answer.status_code == 200, answer.text
    for _ in range(3):
        requests.post(f"{live_server}/v1/render", json=NURSING_PAGE, timeout=30).raise_for_status()


@pytest.mark.parametrize("language", list(LOCALES))
@pytest.mark.parametrize("size", list(SIZES))
def test_every_screen_fits_and_nothing_is_cut_off(browser, live_server: str, artifacts: Path,  # noqa: ANN001
                                                   demo_payload: dict, size: str, language: str) -> None:
    seed(live_server, demo_payload)
    locale, accept = LOCALES[language]
    context = browser.new_context(viewport=SIZES[size], locale=locale, extra_http_headers={"Accept-Language": accept},
                                  is_mobile=size == "phone", has_touch=size == "phone")
    context.set_default_timeout(TIMEOUT_MS)
    page = context.new_page()
    screens = Screens(artifacts, size, language)

    page.goto(f"{live_server}/studio/login?lang={language}")
    assert page.locator("html").get_attribute("lang") == language
    screens(page, "studio-sign-in")
    page.fill("#name", "admin")
    page.fill("#password", ADMIN_TOKEN)
    page.click("#main button[type=submit]")
    page.wait_for_url(f"{live_server}/studio/")
    for what, path in STUDIO:
        page.goto(f"{live_server}{path}")
        assert page.locator("html").get_attribute("lang") == language, path
        screens(page, f"studio-{what}")

    page.goto(f"{live_server}/preferences?lang={language}")
    screens(page, "preferences")
    page.fill("#interests", "zorg en verpleging" if language == "nl" else "nursing and healthcare")
    page.fill("#location", "Utrecht")
    page.check("input[name=hours][value=parttime]")
    page.check("input[name=remote]")
    page.click("button[type=submit]")
    screens(page, "preferences-no-consent")
    page.check("#consent")
    page.click("button[type=submit]")
    page.locator("#token").wait_for()
    screens(page, "preferences-saved")
    page.click("#manage")
    page.locator("#stored").wait_for()
    screens(page, "preferences-mine")
    page.goto(f"{live_server}/transparency?lang={language}")
    screens(page, "transparency")
    context.close()

    assert screens.problems == {}, screens.problems
    assert screens.ads_checked >= 2  # the preview's HTML ads were looked at inside their frames


def test_the_checks_see_a_page_that_scrolls_sideways_and_text_cut_off(browser) -> None:  # noqa: ANN001
    """The checks above can fail: a too wide block and a clipped line are both reported."""
    context = browser.new_context(viewport=SIZES["phone"])
    page = context.new_page()
    page.set_content('<body><div id="wide" style="width:600px">wide</div>'
                     '<p id="clipped" style="overflow:hidden;white-space:nowrap;width:60px">a line too long to fit</p>'
                     '<div style="overflow-x:auto"><table><tr><td style="min-width:900px">scrolls</td></tr>'
                     '</table></div>'
                     '</body>')
    problems = page.evaluate(PROBLEMS_JS)
    context.close()
    assert any(p.startswith("the page scrolls sideways") for p in problems)
    assert any("cut off: p#clipped" in p for p in problems)
    assert any("past the side: div#wide" in p for p in problems)
    assert not any("td" in p for p in problems)  # a table that scrolls in its own box is fine
