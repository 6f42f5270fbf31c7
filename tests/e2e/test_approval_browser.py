"""A person stands behind discriminating copy, in a real headless Chromium: a vacancy titled
"Verkoopster max. 35 jaar" is opened in the studio, the approve button shows its hard findings and
asks for a reason, an empty reason is refused, a written one approves it and shows in the audit
trail; with ENGINE_FOUR_EYES the account that imported it is refused and another one approves.

Every screen is saved as tests/artifacts/approval-NN-MM-*.png (NN: the test, MM: the step).
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest
import requests
from flask import Flask
from playwright.sync_api import expect
from werkzeug.serving import make_server

from tests.conftest import ADMIN, ADMIN_TOKEN, make_app
from tests.test_catalogue import posting

pytestmark = pytest.mark.slow

AGED = posting("aged", title="Verkoopster max. 35 jaar", description="Voor onze winkel in Utrecht.")
REASON = "Checked with legal: a youth wage scheme; the title is being rewritten."
MARKETEER, PASSWORD = "marketeer", "long-enough-password"
TIMEOUT_MS = 10_000


class Shots:
    """Full-page screenshots named approval-<test>-<step>-<what>.png."""

    def __init__(self, artifacts: Path, test: int) -> None:
        self.artifacts, self.test, self.step = artifacts, test, 0

    def __call__(self, page, what: str) -> None:  # noqa: ANN001 - playwright's Page
        self.step += 1
        page.screenshot(path=str(self.artifacts / f"approval-{self.test:02d}-{self.step:02d}-{what}.png"),
                        full_page=True)


def serve(app: Flask) -> Iterator[str]:
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    server.server_close()


@pytest.fixture
def four_eyes_server(redis_server, fresh_db, tmp_path: Path) -> Iterator[tuple[Flask, str]]:
    app = make_app(redis_server, fresh_db[0], tmp_path, four_eyes=True)
    for url in serve(app):
        yield app, url


def signed_in(browser, base: str, next_path: str, name: str = "admin", password: str = ADMIN_TOKEN):  # noqa: ANN001, ANN201
    context = browser.new_context(extra_http_headers={"Accept-Language": "en-GB,en;q=0.9"}, locale="en-GB")
    context.set_default_timeout(TIMEOUT_MS)
    page = context.new_page()
    page.goto(f"{base}/studio/login?next={quote(next_path)}")
    page.fill("#name", name)
    page.fill("#password", password)
    page.click("#main button[type=submit]")
    page.wait_for_url(base + next_path)
    return context, page


def decision(base: str, vacancy_id: str) -> dict | None:
    state = requests.get(f"{base}/v1/oversight", headers=ADMIN, timeout=30).json()
    return state["vacancies"].get(vacancy_id)


def test_approving_a_hard_finding_shows_it_and_needs_a_reason(browser, live_server: str, artifacts: Path) -> None:
    shots = Shots(artifacts, 1)
    imported = requests.post(f"{live_server}/v1/vacancies", json=[AGED], headers=ADMIN, timeout=30)
    assert imported.status_code == 200 and imported.json()["imported"] == 1
    context, page = signed_in(browser, live_server, "/studio/vacancies/aged")
    expect(page.locator("#vacancy-status .badge")).to_have_text("needs review")
    shots(page, "vacancy-needs-review")

    page.click("#approve-vacancy")
    expect(page.locator("h1")).to_have_text("Approve despite language findings?")
    finding = page.locator("section.flagged[data-target=aged] li.finding.sev-hard", has_text="max. 35 jaar")
    expect(finding).to_have_count(1)
    expect(finding).to_contain_text("age")
    expect(finding).to_contain_text("Vraag naar wat iemand kan of weet, niet naar leeftijd.")
    expect(page.locator("#reason")).to_be_visible()
    assert decision(live_server, "aged") is None, "the first click approves nothing"
    shots(page, "findings-and-reason")

    page.click("#confirm-approve")  # no reason written
    expect(page.locator("#reason-refused")).to_have_text("Not approved: write a reason of at least 10 characters.")
    expect(page.locator("#reason")).to_have_attribute("aria-invalid", "true")
    assert decision(live_server, "aged") is None
    shots(page, "refused-without-reason")

    page.fill("#reason", REASON)
    page.click("#confirm-approve")
    page.wait_for_url(f"{live_server}/studio/vacancies/aged")
    expect(page.locator("#vacancy-status .badge")).to_have_text("approved")
    history = page.locator("section[aria-labelledby=history-title] tbody tr").first
    expect(history).to_contain_text("Vacancy approved")  # the action in words; its code stays in the markup
    expect(history.locator("td[data-action]")).to_have_attribute("data-action", "vacancy.approve")
    expect(history).to_contain_text(f"reason: {REASON}")
    expect(history).to_contain_text("age: max. 35 jaar")
    assert decision(live_server, "aged")["by"] == "admin"
    shots(page, "approved-with-reason")

    page.goto(f"{live_server}/studio/audit?action=vacancy.approve")
    expect(page.locator("table.audit tbody tr").first).to_contain_text(REASON)
    shots(page, "audit-trail")
    context.close()


def test_four_eyes_refuses_the_account_that_imported_it(browser, four_eyes_server: tuple[Flask, str],
                                                        artifacts: Path, tmp_path: Path) -> None:
    shots = Shots(artifacts, 2)
    app, base = four_eyes_server
    added = app.test_cli_runner().invoke(args=["studio", "add-user", MARKETEER, "--password", PASSWORD])
    assert added.exit_code == 0, added.output
    upload = tmp_path / "vacatures.jsonld"
    upload.write_text(json.dumps([AGED], ensure_ascii=False), encoding="utf-8")

    context, page = signed_in(browser, base, "/studio/import", MARKETEER, PASSWORD)
    page.set_input_files("#file", str(upload))
    page.click("#import-form button[type=submit]")
    expect(page.locator("#import-status")).to_have_text("Done")
    page.goto(f"{base}/studio/vacancies/aged")
    page.click("#approve-vacancy")
    refusal = page.locator("#four-eyes-refused")
    expect(refusal).to_contain_text(f"You ({MARKETEER}) imported or last edited this.")
    expect(refusal).to_contain_text("another studio account must approve it")
    expect(page.locator("#reason")).to_have_count(0)
    expect(page.locator("section.flagged li.finding", has_text="max. 35 jaar")).to_have_count(1)
    assert decision(base, "aged") is None
    shots(page, "same-account-refused")
    context.close()

    context, page = signed_in(browser, base, "/studio/vacancies/aged")
    page.click("#approve-vacancy")
    page.fill("#reason", REASON)
    page.click("#confirm-approve")
    page.wait_for_url(f"{base}/studio/vacancies/aged")
    expect(page.locator("#vacancy-status .badge")).to_have_text("approved")
    assert decision(base, "aged")["by"] == "admin"
    shots(page, "other-account-approved")
    context.close()
