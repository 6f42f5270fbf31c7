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
from playwright.sync_api import expect

from engine.web.studio.previews import OPEN_SAMPLES
from tests.conftest import ADMIN, ADMIN_TOKEN
from tests.e2e.conftest import LOCALES

pytestmark = pytest.mark.slow

SIZES = {"desktop": {"width": 1366, "height": 900}, "phone": {"width": 390, "height": 844}}
DATE_FIELDS = {"nl": ["day", "month", "year"], "en": ["day", "month", "year"]}  # nl-NL and en-GB: day first
MAX_PREVIEW_HEIGHT = 3_000  # px at 1366x900: was some 8,700 with all ten samples open
STUDIO = [("home", "/studio/"), ("vacancies", "/studio/vacancies"),
          ("preview", "/studio/vacancies/demo-001/preview"), ("templates", "/studio/templates"),
          ("stats", "/studio/stats"), ("slots", "/studio/slots"), ("slot", "/studio/slots/zorgsite")]
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


def date_fields(page, selector: str) -> list[str]:  # noqa: ANN001 - playwright's Page
    """The order of a date input's fields as Chromium draws them (day, month, year), read from its
    user-agent shadow tree through the DevTools protocol: no page script can see inside it."""
    cdp = page.context.new_cdp_session(page)
    root = cdp.send("DOM.getDocument", {"depth": 0})["root"]["nodeId"]
    node = cdp.send("DOM.querySelector", {"nodeId": root, "selector": selector})["nodeId"]
    tree = cdp.send("DOM.describeNode", {"nodeId": node, "depth": -1, "pierce": True})["node"]
    cdp.detach()
    fields, todo = [], [tree]
    while todo:
        current = todo.pop(0)
        attributes = current.get("attributes", [])
        pseudo = dict(zip(attributes[::2], attributes[1::2], strict=True)).get("pseudo", "")
        if pseudo.startswith("-webkit-datetime-edit-") and pseudo.endswith("-field"):
            fields.append(pseudo.removeprefix("-webkit-datetime-edit-").removesuffix("-field"))
        todo[:0] = current.get("shadowRoots", []) + current.get("children", [])
    return fields


def check_preview(page, size: str, screens: Screens) -> None:  # noqa: ANN001 - playwright's Page
    """The preview shows its first samples open and fits a desktop in a few screens; every other
    sample is one click away, and opened it fits too (nothing is cut off, only folded away)."""
    rows = page.locator("details.preview-row")
    scores = [float(score) for score in page.locator("details.preview-row .score").evaluate_all(
        "scores => scores.map(score => score.dataset.score)")]
    shown = [i for i in range(rows.count()) if rows.nth(i).get_attribute("open") is not None]
    assert len(scores) == 10 and shown == [i for i, score in enumerate(scores) if score > 0][:OPEN_SAMPLES] == [0]
    height = page.evaluate("document.documentElement.scrollHeight")
    if size == "desktop":
        assert height < MAX_PREVIEW_HEIGHT, f"the preview is {height} px tall"
    rows.nth(1).locator("summary").click()
    expect(rows.nth(1).locator("iframe.html-ad").first).to_be_visible()
    page.evaluate("() => document.querySelectorAll('details.preview-row').forEach(row => { row.open = true; })")
    assert page.evaluate("document.documentElement.scrollHeight") > height  # folded, not left out
    if found := page.evaluate(PROBLEMS_JS):
        screens.problems["studio-preview, every sample open"] = found


def seed(live_server: str, demo_payload: dict) -> None:
    """The demo catalogue, a slot, and a few served ads, so the stats have something to show."""
    answer = requests.post(f"{live_server}/v1/vacancies", json=demo_payload, headers=ADMIN, timeout=60)
    assert answer.status_code == 200, answer.text
    slot = {"allowed_domains": ["werkenbij.zorg.example"], "site": "Werken in de zorg", "keywords": ["zorg"]}
    assert requests.put(f"{live_server}/v1/slots/zorgsite", json=slot, headers=ADMIN, timeout=30).ok
    for _ in range(3):
        requests.post(f"{live_server}/v1/render", json=NURSING_PAGE, timeout=30).raise_for_status()


@pytest.mark.parametrize("language", list(LOCALES))
@pytest.mark.parametrize("size", list(SIZES))
def test_every_screen_fits_and_nothing_is_cut_off(context_in, live_server: str, artifacts: Path,  # noqa: ANN001
                                                   demo_payload: dict, size: str, language: str) -> None:
    seed(live_server, demo_payload)
    context = context_in(language, viewport=SIZES[size], is_mobile=size == "phone", has_touch=size == "phone")
    context.set_default_timeout(TIMEOUT_MS)
    page = context.new_page()
    screens = Screens(artifacts, size, language)

    page.goto(f"{live_server}/studio/login?lang={language}")
    assert page.locator("html").get_attribute("lang") == language
    assert page.evaluate("navigator.language") == LOCALES[language]  # the browser speaks the page's language
    screens(page, "studio-sign-in")
    page.fill("#name", "admin")
    page.fill("#password", ADMIN_TOKEN)
    page.click("#main button[type=submit]")
    page.wait_for_url(f"{live_server}/studio/")
    for what, path in STUDIO:
        page.goto(f"{live_server}{path}")
        assert page.locator("html").get_attribute("lang") == language, path
        screens(page, f"studio-{what}")
        if what == "preview":
            check_preview(page, size, screens)
        if what == "stats":  # the stats' period, day first as on the page
            assert date_fields(page, "#from") == DATE_FIELDS[language]

    page.goto(f"{live_server}/preferences?lang={language}")
    screens(page, "preferences")
    page.fill("#interests", "zorg en verpleging" if language == "nl" else "nursing and healthcare")
    page.fill("#location", "Utrecht")
    page.check("input[name=hours][value=parttime]")
    page.check("input[name=remote]")
    with page.expect_navigation():  # the refused form comes back as a new page; wait for it
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


def test_a_browser_in_english_would_draw_a_dutch_date_month_first(browser, context_in) -> None:  # noqa: ANN001
    """The date check above can fail: the plain (en-US) Chromium draws month first whatever the
    context's locale; the Chromium launched in Dutch draws day first."""
    html = '<html lang="nl"><input id="day" type="date" value="2026-11-05"></html>'
    english = browser.new_context(locale="nl-NL")
    plain = english.new_page()
    plain.set_content(html)
    dutch = context_in("nl").new_page()
    dutch.set_content(html)
    assert date_fields(plain, "#day") == ["month", "day", "year"]
    assert date_fields(dutch, "#day") == ["day", "month", "year"]
    english.close()


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
