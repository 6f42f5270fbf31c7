"""Every slot size in both languages, opened in a real headless Chromium at the frame's own size:
the job title (the headline), the label, the organisation, the call to action and the "why this
ad?" link lie whole inside the frame, neither outside it nor clipped by a box in it. A screenshot
of each goes to ``tests/artifacts/ad-<size>-<lang>.png``."""

from __future__ import annotations

from pathlib import Path

import pytest
from flask import Flask

from engine.domain.slots import AD_SIZES
from tests.conftest import ADMIN

pytestmark = pytest.mark.slow

# a long title, a long organisation name and every fact: the hardest case a real catalogue has
VACANCY = {
    "@type": "JobPosting", "identifier": "size-1", "inLanguage": "nl",
    "title": "Verpleegkundige interne geneeskunde en cardiologie",
    "description": "Als verpleegkundige in de zorg op de afdeling interne geneeskunde en cardiologie van ons "
                   "ziekenhuis zorg je voor patiënten.",
    "datePosted": "2026-11-01", "validThrough": "2099-12-31", "workHours": "32-36 uur",
    "hiringOrganization": {"name": "Zorggroep Midden-Nederland"}, "employmentType": "PART_TIME",
    "jobLocation": {"address": {"addressLocality": "Utrecht"}}, "url": "https://zorggroep.example/vacatures/1",
    "baseSalary": {"@type": "MonetaryAmount", "currency": "EUR",
                   "value": {"@type": "QuantitativeValue", "minValue": 3200, "maxValue": 4800, "unitText": "MONTH"}},
}
RESPONSIVE_VIEWPORT = (600, 250)
WHY = {"nl": "Waarom deze advertentie?", "en": "Why this ad?"}
LABEL = {"nl": "Advertentie", "en": "Ad"}
MUST_SHOW = ("h1", ".label", ".org", "a.cta", "a.why")

# Whether an element shows whole: a box of its own, inside the viewport, its content not
# overflowing it, and not cut by any ancestor that hides its overflow.
WHOLE = """(selector) => {
  const el = document.querySelector(selector);
  if (!el) return "missing";
  const r = el.getBoundingClientRect(), style = getComputedStyle(el);
  if (r.width < 1 || r.height < 1 || style.visibility !== "visible") return "not shown";
  if (r.left < -0.5 || r.top < -0.5 || r.right > innerWidth + 0.5 || r.bottom > innerHeight + 0.5)
    return "outside the frame " + JSON.stringify(r);
  if (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1) return "its text is cut";
  for (let p = el.parentElement; p; p = p.parentElement) {
    if (getComputedStyle(p).overflow === "visible") continue;
    const q = p.getBoundingClientRect();
    if (r.left < q.left - 0.5 || r.top < q.top - 0.5 || r.right > q.right + 0.5 || r.bottom > q.bottom + 0.5)
      return "clipped by ." + p.className;
  }
  return "whole";
}"""


@pytest.fixture
def sized_slots(fresh_app: Flask) -> Flask:
    client = fresh_app.test_client()
    assert client.post("/v1/vacancies", json=VACANCY, headers=ADMIN).status_code in (200, 201)
    for size in AD_SIZES:
        for language in ("nl", "en"):
            response = client.put(f"/v1/slots/ad-{size.name}-{language}", headers=ADMIN, json={
                "allowed_domains": ["zorggroep.example"], "language": language, "size": size.name,
                "keywords": ["zorg"], "accent": "#0b6e4f",
                "scope": {"organisations": "only", "names": ["Zorggroep Midden-Nederland"]}})
            assert response.status_code == 200, response.json
    return fresh_app


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize("size", [s.name for s in AD_SIZES])
def test_every_size_shows_the_job_ad_whole(browser, live_server: str, sized_slots: Flask, artifacts: Path,
                                           size: str, language: str) -> None:
    spec = next(s for s in AD_SIZES if s.name == size)
    width, height = (spec.width, spec.height) if spec.width else RESPONSIVE_VIEWPORT
    context = browser.new_context(viewport={"width": width, "height": height}, java_script_enabled=True)
    page = context.new_page()
    page.goto(f"{live_server}/embed/ad-{size}-{language}?title=Werken+in+de+zorg&lang={language}")
    page.wait_for_selector("a.cta")
    page.screenshot(path=str(artifacts / f"ad-{size}-{language}.png"))
    assert page.inner_text("h1") == VACANCY["title"]
    assert page.inner_text("a.why") == WHY[language]
    assert page.inner_text(".label").lower() == LABEL[language].lower()
    assert page.inner_text(".org") == "Zorggroep Midden-Nederland"
    for selector in MUST_SHOW:
        assert page.evaluate(WHOLE, selector) == "whole", (size, language, selector)
    # the slot's accent colour is the call to action's, with white text on this dark green
    assert page.eval_on_selector("a.cta", "a => getComputedStyle(a).backgroundColor") == "rgb(11, 110, 79)"
    if spec.height is None or spec.height >= 250:
        facts = page.inner_text(".facts")
        assert "Utrecht" in facts and "32-36 uur" in facts and "4.800" in facts.replace(",", ".")
    context.close()
