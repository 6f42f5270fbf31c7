"""The marketeers' studio in a real headless Chromium: sign-in and its one cookie, imports with
progress, the vacancy list, previews that count nothing, template edits with a live check,
approve/pause gates, the kill switch and its audit trail, both languages, the keyboard, pages
without JavaScript, and the statistics with their CSV export.

Every screen visited is saved as a full-page screenshot in tests/artifacts/studio-NN-MM-*.png
(NN: the test, MM: the step), so a reviewer can see what each test saw.
"""

from __future__ import annotations

import copy
import json
import time
from datetime import date
from pathlib import Path
from urllib.parse import parse_qs, quote, urlsplit

import pytest
import requests
from playwright.sync_api import expect

from tests.conftest import ADMIN, ADMIN_TOKEN

pytestmark = pytest.mark.slow

ENGLISH = {"Accept-Language": "en-GB,en;q=0.9"}
DUTCH = {"Accept-Language": "nl-NL,nl;q=0.9"}
SAMPLES = Path(__file__).resolve().parents[2] / "engine" / "data" / "studio_samples.json"
# Postings of the demo catalogue without inLanguage whose text is English (language detection).
DETECTED_ENGLISH = {"demo-010", "demo-036", "demo-042", "demo-047"}
NURSING_PAGE = {"context": {"text": "Wij zoeken verpleegkundigen voor het ziekenhuis"}}
UTRECHT_NL = {"preferences": {"location": "Utrecht", "language": "nl"}}
TIMEOUT_MS = 10_000


# --- helpers ----------------------------------------------------------------------------------


class Screens:
    """Full-page screenshots named studio-<test>-<step>-<what>.png."""

    def __init__(self, artifacts: Path, test: int) -> None:
        self.artifacts, self.test, self.step = artifacts, test, 0
        self.taken: list[str] = []

    def __call__(self, page, what: str) -> None:  # noqa: ANN001 - playwright's Page
        self.step += 1
        name = f"studio-{self.test:02d}-{self.step:02d}-{what}.png"
        page.screenshot(path=str(self.artifacts / name), full_page=True)
        self.taken.append(name)


def api(live_server: str, method: str, path: str, body: object = None, admin: bool = False) -> requests.Response:
    headers = dict(ADMIN) if admin else {}
    return requests.request(method, live_server + path, json=body, headers=headers, timeout=30)


def import_demo(live_server: str, payload: dict) -> None:
    response = api(live_server, "POST", "/v1/vacancies", payload, admin=True)
    assert response.status_code == 200, response.text
    assert response.json()["imported"] == 50


def render(live_server: str, body: dict, count: int = 5) -> list[dict]:
    response = api(live_server, "POST", "/v1/render", {**body, "count": count})
    assert response.status_code == 200, response.text
    return response.json()["ads"]


def match_ids(live_server: str, body: dict, limit: int = 10) -> list[str]:
    response = api(live_server, "POST", "/v1/match", {**body, "limit": limit})
    assert response.status_code == 200, response.text
    return [m["vacancy_id"] for m in response.json()["matches"]]


def new_context(browser, javascript: bool = True, headers: dict | None = None):  # noqa: ANN001, ANN201
    headers = headers or ENGLISH
    context = browser.new_context(java_script_enabled=javascript, extra_http_headers=headers,
                                  locale="nl-NL" if headers is DUTCH else "en-GB")
    context.set_default_timeout(TIMEOUT_MS)
    return context


def sign_in(browser, live_server: str, screens: Screens, next_path: str = "/studio/",  # noqa: ANN001
            javascript: bool = True):  # noqa: ANN201 - (BrowserContext, Page)
    """A new browser context signed in as admin, on ``next_path``."""
    context = new_context(browser, javascript)
    page = context.new_page()
    page.goto(f"{live_server}/studio/login?next={quote(next_path)}")
    screens(page, "login")
    page.fill("#name", "admin")
    page.fill("#password", ADMIN_TOKEN)
    page.click("#main button[type=submit]")
    page.wait_for_url(live_server + next_path)
    return context, page


def cell_texts(page, selector: str) -> list[list[str]]:  # noqa: ANN001
    return [[cell.strip() for cell in row] for row in page.eval_on_selector_all(
        selector, "rows => rows.map(r => Array.from(r.cells).map(c => c.innerText))")]


# --- 1. sign-in and the one cookie ----------------------------------------------------------------


def test_sign_in_sets_one_strict_cookie_only_for_the_studio(browser, live_server: str, artifacts: Path,
                                                            demo_payload: dict) -> None:
    screens = Screens(artifacts, 1)
    import_demo(live_server, demo_payload)
    host = live_server.removeprefix("http://")
    api(live_server, "PUT", "/v1/slots/careers", {"allowed_domains": [host], "language": "nl",
                                                  "keywords": ["zorg"]}, admin=True).raise_for_status()
    context = new_context(browser)
    page = context.new_page()

    page.goto(f"{live_server}/studio/vacancies")
    url = urlsplit(page.url)
    assert url.path == "/studio/login" and parse_qs(url.query) == {"next": ["/studio/vacancies"]}
    assert page.locator("h1").inner_text() == "Sign in to the studio"
    assert page.locator("#login-error").count() == 0
    screens(page, "login-redirect")

    page.fill("#name", "admin")
    page.fill("#password", "not-the-token")
    with page.expect_response(lambda r: r.request.method == "POST") as posted:
        page.click("#main button[type=submit]")
    assert posted.value.status == 401
    assert "set-cookie" not in posted.value.all_headers()
    expect(page.locator("#login-error")).to_have_text("The account name or password is wrong.")
    assert page.locator("#name").input_value() == "admin"
    assert context.cookies() == []
    screens(page, "login-wrong-password")

    page.fill("#password", ADMIN_TOKEN)
    page.click("#main button[type=submit]")
    page.wait_for_url(f"{live_server}/studio/vacancies")
    assert page.locator("h1").inner_text().startswith("Vacancies")
    screens(page, "signed-in-on-requested-page")

    cookies = context.cookies()
    assert [c["name"] for c in cookies] == ["ps_studio"]
    cookie = cookies[0]
    assert (cookie["httpOnly"], cookie["secure"], cookie["sameSite"], cookie["path"], cookie["domain"]) == \
        (True, True, "Strict", "/studio", "127.0.0.1")
    assert len(cookie["value"]) >= 40  # 256 random bits
    assert page.evaluate("document.cookie") == ""  # HttpOnly: not even studio pages' scripts see it

    # the same browser, signed in: the ad routes get no cookie and set none
    with page.expect_response(f"{live_server}/v1/render") as rendered:
        answer = page.evaluate("""async () => {
            const r = await fetch('/v1/render', {method: 'POST', credentials: 'include',
              headers: {'Content-Type': 'application/json'},
              body: JSON.stringify({context: {text: 'verpleegkundige in het ziekenhuis'}, count: 5})});
            return [r.status, (await r.json()).ads.length]; }""")
    assert answer[0] == 200 and answer[1] > 0
    assert "cookie" not in rendered.value.request.all_headers()
    assert "set-cookie" not in rendered.value.all_headers()

    for path in ("/embed/careers?title=Werken%20in%20de%20zorg", "/transparency"):
        response = page.goto(live_server + path)
        assert response.status == 200, path
        assert "cookie" not in response.request.all_headers(), path
        assert "set-cookie" not in response.all_headers(), path
        assert page.evaluate("document.cookie") == "", path
        assert context.cookies(live_server + path) == [], path
        screens(page, "non-studio-page-" + path.split("?")[0].strip("/").replace("/", "-"))
    # ... while a studio page does get it (so the checks above can fail)
    response = page.goto(f"{live_server}/studio/")
    assert response.request.all_headers()["cookie"] == f"ps_studio={cookie['value']}"
    assert [c["name"] for c in context.cookies()] == ["ps_studio"]
    screens(page, "overview")

    replay_headers = {"Cookie": f"ps_studio={cookie['value']}", "Accept": "text/html"}
    assert context.request.get(f"{live_server}/studio/", max_redirects=0, headers=replay_headers).status == 200

    page.click("header form button[type=submit]")  # sign out
    page.wait_for_url(f"{live_server}/studio/login")
    assert context.cookies() == []
    screens(page, "signed-out")
    page.goto(f"{live_server}/studio/")
    assert urlsplit(page.url).path == "/studio/login"
    screens(page, "signed-out-overview-redirects")
    # the old session is closed on the server too: its cookie value no longer opens anything
    replay = context.request.get(f"{live_server}/studio/", max_redirects=0, headers=replay_headers)
    assert replay.status == 302 and urlsplit(replay.headers["location"]).path == "/studio/login"
    context.close()


# --- 2. import with progress ---------------------------------------------------------------------


def test_import_a_file_with_progress_and_a_rejected_posting(browser, live_server: str, artifacts: Path,
                                                            demo_payload: dict, tmp_path: Path) -> None:
    screens = Screens(artifacts, 2)
    payload = copy.deepcopy(demo_payload)
    invalid = copy.deepcopy(payload["@graph"][0])
    del invalid["title"]
    invalid["identifier"]["value"] = "no-title-1"
    payload["@graph"].insert(3, invalid)  # the fourth posting: index 3
    upload = tmp_path / "vacatures.jsonld"
    upload.write_text(json.dumps(payload, ensure_ascii=False), encoding="utf-8")

    context, page = sign_in(browser, live_server, screens, "/studio/import")
    screens(page, "import-form")
    assert page.locator("#upload-progress").is_hidden()
    page.set_input_files("#file", str(upload))
    with page.expect_request(lambda r: r.method == "POST" and r.url.endswith("/studio/import")) as sent:
        page.click("#import-form button[type=submit]")
    assert sent.value.resource_type == "xhr"  # studio.js uploads with progress, not a plain form post
    page.wait_for_url(lambda url: urlsplit(url).path.startswith("/studio/import/"))
    job_id = urlsplit(page.url).path.rsplit("/", 1)[1]
    assert job_id.isalnum()
    expect(page.locator("#import-status")).to_have_text("Done")
    screens(page, "import-job-done")

    assert page.locator("h1").inner_text() == "Import: vacatures.jsonld"
    assert page.locator("#import-progress").get_attribute("value") == "100"
    assert page.locator("#import-imported").inner_text() == "50"
    assert page.locator("#import-rejected-count").inner_text() == "1"
    rows = cell_texts(page, "#import-errors tbody tr")
    assert len(rows) == 1
    assert rows[0][:2] == ["4", "title"], rows  # the fourth posting, counted from 1 as people count
    assert "title" in rows[0][2].lower()

    page.click("main a[href='/studio/vacancies']")  # the link under the job
    page.wait_for_url(f"{live_server}/studio/vacancies")
    assert page.locator("#vacancy-total").inner_text() == "(50)"
    assert page.locator("tr[data-id='no-title-1']").count() == 0
    screens(page, "vacancies-after-import")
    context.close()


# --- 3. the vacancy list and one vacancy -----------------------------------------------------------


def test_vacancy_list_filters_bulk_decisions_and_one_vacancy(browser, live_server: str, artifacts: Path,
                                                              demo_payload: dict) -> None:
    screens = Screens(artifacts, 3)
    import_demo(live_server, demo_payload)
    graph = demo_payload["@graph"]
    declared_english = {p["identifier"]["value"] for p in graph if p.get("inLanguage") == "en"}
    assert len(declared_english) == 14
    english = declared_english | DETECTED_ENGLISH

    context, page = sign_in(browser, live_server, screens, "/studio/vacancies")
    assert page.locator("#vacancy-total").inner_text() == "(50)"
    assert page.locator("tbody tr[data-id]").count() == 50
    screens(page, "vacancies-all")

    page.select_option("#language", "en")
    page.click("form.filters button[type=submit]")
    page.wait_for_url(lambda url: parse_qs(urlsplit(url).query).get("language") == ["en"])
    rows = cell_texts(page, "tbody tr[data-id]")
    ids = set(page.eval_on_selector_all("tbody tr[data-id]", "rows => rows.map(r => r.dataset.id)"))
    assert ids == english
    assert [row[3] for row in rows] == ["English"] * 18  # the language's name, not its code
    assert page.locator("#vacancy-total").inner_text() == "(18)"
    screens(page, "vacancies-english")

    page.select_option("#language", "nl")
    page.click("form.filters button[type=submit]")
    page.wait_for_url(lambda url: parse_qs(urlsplit(url).query).get("language") == ["nl"])
    assert page.locator("#vacancy-total").inner_text() == "(32)"
    assert {row[3] for row in cell_texts(page, "tbody tr[data-id]")} == {"Dutch"}
    screens(page, "vacancies-dutch")

    page.select_option("#language", "")
    page.fill("#q", "Hovenier")
    page.click("form.filters button[type=submit]")
    page.wait_for_url(lambda url: parse_qs(urlsplit(url).query).get("q") == ["Hovenier"])
    assert page.eval_on_selector_all("tbody tr[data-id]", "rows => rows.map(r => r.dataset.id)") == ["demo-034"]
    screens(page, "vacancies-search")

    # bulk: pause two English vacancies from the filtered list, then approve them again
    page.goto(f"{live_server}/studio/vacancies?language=en")
    screens(page, "vacancies-english-again")
    page.check("tr[data-id='demo-004'] input[name=ids]")
    page.check("tr[data-id='demo-006'] input[name=ids]")
    page.click("button[name=action][value=pause]")
    page.wait_for_url(f"{live_server}/studio/vacancies?language=en")
    for vid in ("demo-004", "demo-006"):
        expect(page.locator(f"tr[data-id='{vid}'] .badge.status-paused")).to_have_text("paused")
    assert page.locator(".badge.status-paused").count() == 2
    screens(page, "vacancies-bulk-paused")
    page.goto(f"{live_server}/studio/vacancies?status=paused")
    assert set(page.eval_on_selector_all("tbody tr[data-id]", "rows => rows.map(r => r.dataset.id)")) == \
        {"demo-004", "demo-006"}
    screens(page, "vacancies-status-paused")
    page.check("tr[data-id='demo-004'] input[name=ids]")
    page.check("tr[data-id='demo-006'] input[name=ids]")
    page.click("button[name=action][value=approve]")
    page.wait_for_url(f"{live_server}/studio/vacancies?status=paused")
    assert page.locator("tbody tr[data-id]").count() == 0
    assert page.locator("tbody td.muted").inner_text() == "No vacancies found."
    screens(page, "vacancies-none-paused")

    page.goto(f"{live_server}/studio/vacancies?language=en")
    screens(page, "vacancies-english-approved-again")
    page.click("tr[data-id='demo-004'] a")
    page.wait_for_url(f"{live_server}/studio/vacancies/demo-004")
    title = next(p["title"] for p in graph if p["identifier"]["value"] == "demo-004")
    assert page.locator("h1").inner_text() == title
    expect(page.locator("#vacancy-status")).to_contain_text("approved")
    expect(page.locator("#vacancy-status")).to_contain_text("decided by admin")
    concepts = cell_texts(page, "#concepts tbody tr")
    assert len(concepts) >= 1 and concepts[0] != ["No concepts found."]
    assert all(len(row) == 5 for row in concepts)
    weights = [float(row[2]) for row in concepts]
    assert weights == sorted(weights, reverse=True) and weights[0] > 0
    assert page.get_attribute("#preview-link", "href") == "/studio/vacancies/demo-004/preview"
    screens(page, "vacancy-demo-004")
    context.close()


# --- 4. previews count nothing ---------------------------------------------------------------------


def test_preview_shows_every_sample_language_and_format_and_counts_nothing(browser, live_server: str,
                                                                          artifacts: Path,
                                                                          demo_payload: dict) -> None:
    screens = Screens(artifacts, 4)
    import_demo(live_server, demo_payload)
    samples = json.loads(SAMPLES.read_text(encoding="utf-8"))
    sample_count = len(samples["contexts"]) + len(samples["personas"])
    assert sample_count == 10
    stats_before = api(live_server, "GET", "/v1/stats", admin=True).text
    decisions_before = api(live_server, "GET", "/v1/decisions", admin=True).text

    context, page = sign_in(browser, live_server, screens, "/studio/vacancies/demo-001")
    screens(page, "vacancy-demo-001")
    page.click("#preview-link")
    page.wait_for_url(f"{live_server}/studio/vacancies/demo-001/preview")
    expect(page.locator(".preview-row")).to_have_count(sample_count)
    page.wait_for_load_state("load")
    screens(page, "preview-demo-001")

    rows = page.locator(".preview-row")
    names = [rows.nth(i).locator("h2").inner_text() for i in range(sample_count)]
    assert names[0].endswith(samples["contexts"][0]["name"])
    assert names[-1].endswith(samples["personas"][-1]["name"])
    for i in range(sample_count):  # samples where the vacancy does not match are folded: open them as a person would
        if rows.nth(i).get_attribute("open") is None:
            rows.nth(i).locator("summary").click()
    for i in range(sample_count):
        row = rows.nth(i)
        languages = row.locator("section.language")
        assert languages.count() == 2, names[i]
        assert [languages.nth(j).get_attribute("lang") for j in range(2)] == ["nl", "en"]
        for j in range(2):
            block = languages.nth(j)
            assert [h.strip() for h in block.locator(".format h5").all_inner_texts()] == \
                ["TEXT", "NATIVE", "HTML"], names[i]
            assert block.locator("iframe.html-ad").count() == 1
    # the first sample (a nursing news page) matches this nursing vacancy
    assert float(rows.nth(0).locator(".score").inner_text()) > 0

    # the html ads render: each iframe leads with the same headline as the text format beside it, into
    # the job title (issue 16: the job title is the html ad's headline)
    for j, language in enumerate(("nl", "en")):
        block = rows.nth(0).locator("section.language").nth(j)
        headline = block.locator(".copy-text strong").inner_text()
        assert headline
        frame = block.frame_locator("iframe.html-ad")
        expect(frame.locator(".lead")).to_have_text(headline)
        expect(frame.locator("h1")).to_have_text("Verpleegkundige Interne Geneeskunde")
        href = frame.locator("a.cta").get_attribute("href")
        assert not href.startswith(live_server) and "/c/" not in href  # a preview's link is never counted
        assert frame.locator("html").get_attribute("lang") == language

    assert api(live_server, "GET", "/v1/stats", admin=True).text == stats_before
    assert api(live_server, "GET", "/v1/decisions", admin=True).text == decisions_before
    assert "demo-001" not in stats_before
    context.close()


# --- 5. a template edit with the live check, draft, approval and serving --------------------------


def test_template_edit_live_check_draft_approve_and_serve(browser, live_server: str, artifacts: Path,
                                                         demo_payload: dict) -> None:
    screens = Screens(artifacts, 5)
    import_demo(live_server, demo_payload)
    before = render(live_server, UTRECHT_NL)
    assert before and all(ad["template"].startswith("nl/open-") for ad in before), before

    context, page = sign_in(browser, live_server, screens, "/studio/templates")
    screens(page, "templates")
    open_templates = page.eval_on_selector_all("tr[data-name^='nl/open-']", "rows => rows.map(r => r.dataset.name)")
    assert open_templates == ["nl/open-1", "nl/open-2", "nl/open-3"]

    page.click("a[href='/studio/templates/nl/open-1']")
    page.wait_for_url(f"{live_server}/studio/templates/nl/open-1")
    expect(page.locator("#template-ok")).to_be_visible()
    assert page.locator("#has-draft").count() == 0
    screens(page, "template-nl-open-1")
    original = page.locator("#source").input_value()
    assert "{% block cta %}Bekijk de vacature{% endblock %}" in original

    # type an unguarded optional fact into the body: the live check (studio.js, no page load) reports it
    typed = " voor {{ job.salary }}"
    at = original.index("zoekt versterking") + len("zoekt versterking")
    checks = []
    page.on("request", lambda r: checks.append(r) if r.url.endswith("/nl/open-1/check") else None)
    page.eval_on_selector("#source", "(el, at) => { el.focus(); el.setSelectionRange(at, at); }", at)
    with page.expect_response(lambda r: r.url.endswith("/studio/templates/nl/open-1/check")) as checked:
        page.keyboard.type(typed)
    assert page.locator("#source").input_value() == original[:at] + typed + original[at:]
    assert checked.value.status == 200
    assert b'name="fragment"' in checked.value.request.post_data_buffer
    problem = page.locator("#template-check-region #template-problems li[data-code='unguarded_optional']")
    expect(problem).to_contain_text("job.salary")
    assert page.locator("#template-ok").count() == 0
    assert page.url == f"{live_server}/studio/templates/nl/open-1"
    assert 1 <= len(checks) < len(typed)  # debounced: not one request per key
    screens(page, "template-live-problem")

    fixed = original.replace("Bekijk de vacature", "Bekijk deze baan")
    assert len("Bekijk deze baan") <= 25
    page.fill("#source", fixed)
    expect(page.locator("#template-check-region #template-ok")).to_have_text("The template is valid.")
    expect(page.locator("#template-check-region .template-previews")).to_contain_text("Bekijk deze baan")
    screens(page, "template-live-valid")

    page.click("#save-draft")
    page.wait_for_url(f"{live_server}/studio/templates/nl/open-1?saved=1")
    expect(page.locator("#template-saved")).to_have_text("Saved.")
    expect(page.locator("#has-draft")).to_have_text("draft waiting")
    assert page.locator("#source").input_value() == fixed
    screens(page, "template-draft-saved")

    # a draft is not served
    drafted = render(live_server, UTRECHT_NL)
    assert drafted and all(ad["cta"] != "Bekijk deze baan" for ad in drafted), drafted

    page.click("#approve-template")
    page.wait_for_url(f"{live_server}/studio/templates/nl/open-1?saved=1")
    assert page.locator("#has-draft").count() == 0
    expect(page.locator("main p .badge.status-approved")).to_have_text("approved")
    assert "Revision 1" in page.locator("main").inner_text()
    screens(page, "template-approved")

    for name in open_templates[1:]:
        page.goto(f"{live_server}/studio/templates/{name}")
        screens(page, f"template-{name.replace('/', '-')}")
        page.click("#pause-template")
        page.wait_for_url(f"{live_server}/studio/templates/{name}?saved=1")
        expect(page.locator("main p .badge.status-paused")).to_have_text("paused")
        screens(page, f"template-{name.replace('/', '-')}-paused")
    page.goto(f"{live_server}/studio/templates")
    statuses = {name: page.locator(f"tr[data-name='{name}'] .badge").first.inner_text() for name in open_templates}
    assert statuses == {"nl/open-1": "approved", "nl/open-2": "paused", "nl/open-3": "paused"}
    screens(page, "templates-after")

    served = render(live_server, UTRECHT_NL)
    assert served, "no ads for a Dutch reader in Utrecht"
    assert [(ad["template"], ad["cta"]) for ad in served] == [("nl/open-1", "Bekijk deze baan")] * len(served)
    context.close()


def test_template_live_check_reports_a_syntax_error(browser, live_server: str, artifacts: Path,
                                                   demo_payload: dict) -> None:
    """A template that does not even parse (a missing endblock) must be reported, live and with the
    Check button, like any other problem — not answered with a server error."""
    screens = Screens(artifacts, 6)
    import_demo(live_server, demo_payload)
    context, page = sign_in(browser, live_server, screens, "/studio/templates/nl/open-1")
    screens(page, "template-nl-open-1")
    original = page.locator("#source").input_value()
    broken = original.replace("{% endblock %}", "", 1)
    with page.expect_response(lambda r: r.url.endswith("/studio/templates/nl/open-1/check")) as checked:
        page.fill("#source", broken)
    page.wait_for_timeout(300)
    screens(page, "template-live-syntax-error")
    live_status = checked.value.status
    live_shown = page.locator("#template-problems li[data-code='syntax_error']").count()
    with page.expect_navigation() as posted:
        page.click("#check-template")  # the same check as a form post
    screens(page, "template-check-syntax-error")
    assert (live_status, live_shown, posted.value.status) == (200, 1, 200), (
        f"a template with a syntax error: live check answered {live_status} (problem shown: {live_shown}), "
        f"the Check button {posted.value.status}; engine/api/studio/copy_templates.py _check looks for the "
        f"code 'syntax', but validate_template reports 'syntax_error', so it renders previews of a template "
        f"that does not compile and CopyTemplateError becomes a 500")
    expect(page.locator("#template-problems li[data-code='syntax_error']")).to_be_visible()
    context.close()


# --- 6. the approve/pause gate -------------------------------------------------------------------


def test_a_paused_vacancy_is_never_served_until_approved(browser, live_server: str, artifacts: Path,
                                                        demo_payload: dict) -> None:
    screens = Screens(artifacts, 7)
    import_demo(live_server, demo_payload)
    first = [ad["vacancy_id"] for ad in render(live_server, NURSING_PAGE)]
    assert "demo-001" in first, first
    assert "demo-001" in match_ids(live_server, NURSING_PAGE)

    context, page = sign_in(browser, live_server, screens, "/studio/vacancies/demo-001")
    expect(page.locator("#vacancy-status .badge")).to_have_text("approved")
    screens(page, "vacancy-approved")
    page.click("#pause-vacancy")
    page.wait_for_url(f"{live_server}/studio/vacancies/demo-001")
    expect(page.locator("#vacancy-status .badge")).to_have_text("paused")
    expect(page.locator("#vacancy-status")).to_contain_text("decided by admin")
    history = cell_texts(page, "section[aria-labelledby=history-title] tbody tr")
    assert [row[1:4] for row in history][0] == ["admin", "Vacancy paused", "demo-001"]  # vacancy.pause in words
    screens(page, "vacancy-paused")

    paused = [ad["vacancy_id"] for ad in render(live_server, NURSING_PAGE)]
    assert paused and "demo-001" not in paused, paused
    matched = match_ids(live_server, NURSING_PAGE, limit=20)
    assert matched and "demo-001" not in matched
    page.goto(f"{live_server}/studio/vacancies?status=paused")
    assert page.eval_on_selector_all("tbody tr[data-id]", "rows => rows.map(r => r.dataset.id)") == ["demo-001"]
    screens(page, "vacancies-paused")

    page.goto(f"{live_server}/studio/vacancies/demo-001")
    screens(page, "vacancy-still-paused")
    page.click("#approve-vacancy")
    page.wait_for_url(f"{live_server}/studio/vacancies/demo-001")
    expect(page.locator("#vacancy-status .badge")).to_have_text("approved")
    screens(page, "vacancy-approved-again")
    assert [ad["vacancy_id"] for ad in render(live_server, NURSING_PAGE)] == first
    assert "demo-001" in match_ids(live_server, NURSING_PAGE)
    context.close()


# --- 7. the kill switch and the audit trail -------------------------------------------------------


def test_kill_switch_stops_everything_shows_everywhere_and_is_audited(browser, live_server: str, artifacts: Path,
                                                                     demo_payload: dict) -> None:
    screens = Screens(artifacts, 8)
    import_demo(live_server, demo_payload)
    assert render(live_server, NURSING_PAGE)
    reason = "E2E: wrong salaries in the feed"

    context, page = sign_in(browser, live_server, screens, "/studio/")
    counts = {status: page.locator(f"#count-{status}").inner_text()
              for status in ("approved", "pending", "paused", "needs_review", "expired")}
    # auto-approve is on; demo-041 and demo-046 ran out (validThrough) before the catalogue's date
    assert counts == {"approved": "48", "pending": "0", "paused": "0", "needs_review": "0", "expired": "2"}
    assert page.get_attribute("#kill-state", "data-state") == "serving"
    assert page.locator("[role=alert]").count() == 0
    screens(page, "overview-serving")
    page.fill("#reason", reason)
    page.check("#kill-confirm")
    page.click("#stop-serving")
    page.wait_for_url(f"{live_server}/studio/")
    assert page.get_attribute("#kill-state", "data-state") == "stopped"
    assert page.locator("#resume-serving").is_visible()
    screens(page, "overview-stopped")

    for path in ("/studio/", "/studio/vacancies", "/studio/vacancies/demo-001", "/studio/vacancies/demo-001/preview",
                 "/studio/import", "/studio/simulate", "/studio/templates", "/studio/templates/nl/open-1",
                 "/studio/samples", "/studio/lint", "/studio/stats", "/studio/audit"):
        page.goto(live_server + path)
        banner = page.locator("div.banner[role=alert]")
        expect(banner).to_have_count(1)
        assert banner.inner_text().startswith("Kill switch on: no ads are served (by admin, "), path
        assert banner.inner_text().endswith(f"“{reason}”"), path
        screens(page, "stopped-" + (path.removeprefix("/studio/").replace("/", "-") or "overview"))

    response = api(live_server, "POST", "/v1/render", {**NURSING_PAGE, "count": 5})
    assert response.status_code == 200 and response.json()["ads"] == []
    assert match_ids(live_server, NURSING_PAGE) == []

    page.goto(f"{live_server}/studio/")
    screens(page, "overview-before-resume")
    page.click("#resume-serving")
    page.wait_for_url(f"{live_server}/studio/")
    assert page.get_attribute("#kill-state", "data-state") == "serving"
    assert page.locator("div.banner[role=alert]").count() == 0
    screens(page, "overview-resumed")
    assert len(render(live_server, NURSING_PAGE)) > 0  # serving again

    page.goto(f"{live_server}/studio/audit")
    screens(page, "audit")
    page.select_option("#action", "kill_switch")
    page.click("form.filters button[type=submit]")
    page.wait_for_url(f"{live_server}/studio/audit?action=kill_switch")
    rows = cell_texts(page, "table.audit tbody tr")
    assert [row[1:5] for row in rows] == [["admin", "Kill switch off", "serving", ""],  # the actions in words
                                          ["admin", "Kill switch on", "serving", f"reason: {reason}"]]
    screens(page, "audit-kill-switch")
    context.close()


# --- 8. both languages and the keyboard -----------------------------------------------------------


def test_languages_follow_the_switch_and_the_browser(browser, live_server: str, artifacts: Path) -> None:
    screens = Screens(artifacts, 9)
    for headers, lang, title in ((DUTCH, "nl", "Aanmelden bij de studio"), (ENGLISH, "en", "Sign in to the studio")):
        context = new_context(browser, headers=headers)
        page = context.new_page()
        page.goto(f"{live_server}/studio/login")
        assert page.get_attribute("html", "lang") == lang
        assert page.locator("h1").inner_text() == title
        screens(page, f"login-{lang}")
        context.close()

    context, page = sign_in(browser, live_server, screens, "/studio/")
    screens(page, "overview")
    page.goto(f"{live_server}/studio/?lang=en")
    assert page.get_attribute("html", "lang") == "en"
    assert page.locator("h1").inner_text() == "Overview"
    assert page.locator("#kill-title").inner_text() == "Kill switch"
    assert page.locator("header nav a[aria-current=page]").inner_text() == "Overview"
    screens(page, "overview-en")

    page.click("header .langs a[hreflang=nl]")
    page.wait_for_url(f"{live_server}/studio/?lang=nl")
    assert page.get_attribute("html", "lang") == "nl"
    assert page.locator("h1").inner_text() == "Overzicht"
    assert page.locator("#kill-title").inner_text() == "Noodstop"
    assert page.locator("#stop-serving").inner_text() == "Stop alle advertenties"
    screens(page, "overview-nl")
    # the choice sticks to the session, over the browser's English
    page.goto(f"{live_server}/studio/vacancies")
    assert page.get_attribute("html", "lang") == "nl"
    assert page.locator("h1").inner_text().startswith("Vacatures")
    screens(page, "vacancies-nl")
    context.close()


def _focused(page) -> str:  # noqa: ANN001
    """The focused element as '#id', 'tag.class' or 'a[hreflang]'."""
    return page.evaluate("""() => { const e = document.activeElement;
        return e.id ? '#' + e.id : e.tagName.toLowerCase() + (e.className ? '.' + e.className : '')
               + (e.getAttribute('hreflang') ? '[' + e.getAttribute('hreflang') + ']' : ''); }""")


def test_keyboard_tab_order_starts_at_the_skip_link(browser, live_server: str, artifacts: Path) -> None:
    screens = Screens(artifacts, 10)
    context = new_context(browser)
    page = context.new_page()
    page.goto(f"{live_server}/studio/login")
    start = _focused(page)
    order = []
    for _ in range(7):
        page.keyboard.press("Tab")
        order.append(_focused(page))
    screens(page, "login-tab-order")
    assert order[0] == "a.skip", (
        f"the first Tab should reach the skip link, but focus began on {start} (the autofocus attribute on #name "
        f"in templates/studio/login.html) and went on to {order}")
    assert order == ["a.skip", "a.brand", "a[nl]", "a[en]", "#name", "#password", "button"]
    context.close()


def test_keyboard_only_sign_in(browser, live_server: str, artifacts: Path) -> None:
    """No mouse: Tab to the skip link, Enter to skip to the form, type, Tab, type, Enter."""
    screens = Screens(artifacts, 11)
    context = new_context(browser)
    page = context.new_page()
    page.goto(f"{live_server}/studio/login")
    for _ in range(8):  # from wherever focus starts, the skip link comes round within the page's stops
        page.keyboard.press("Tab")
        if _focused(page) == "a.skip":
            break
    assert _focused(page) == "a.skip"
    expect(page.locator("a.skip")).to_be_in_viewport()  # shown when focused
    screens(page, "login-skip-link-focused")
    page.keyboard.press("Enter")  # skip to the content
    assert _focused(page) == "#main"
    page.keyboard.press("Tab")
    assert _focused(page) == "#name"
    page.keyboard.type("admin")
    page.keyboard.press("Tab")
    assert _focused(page) == "#password"
    page.keyboard.type(ADMIN_TOKEN)
    screens(page, "login-typed")
    page.keyboard.press("Enter")
    page.wait_for_url(f"{live_server}/studio/")
    assert [c["name"] for c in context.cookies()] == ["ps_studio"]
    assert page.locator("h1").inner_text() == "Overview"
    screens(page, "overview-after-keyboard-sign-in")
    context.close()


# --- 9. without JavaScript -------------------------------------------------------------------------


def test_template_check_and_import_work_without_javascript(browser, live_server: str, artifacts: Path,
                                                           demo_payload: dict, tmp_path: Path) -> None:
    screens = Screens(artifacts, 12)
    import_demo(live_server, demo_payload)
    context, page = sign_in(browser, live_server, screens, "/studio/templates/nl/open-1", javascript=False)
    assert [c["name"] for c in context.cookies()] == ["ps_studio"]
    screens(page, "template-nl-open-1")
    original = page.locator("#source").input_value()

    page.fill("#source", original.replace("zoekt versterking", "zoekt versterking voor {{ job.salary }}"))
    page.click("#check-template")
    page.wait_for_url(f"{live_server}/studio/templates/nl/open-1/check")
    expect(page.locator("#template-problems li[data-code='unguarded_optional']")).to_contain_text("job.salary")
    assert "{{ job.salary }}" in page.locator("#source").input_value()  # the edit is kept in the form
    screens(page, "template-check-problem")

    page.fill("#source", original.replace("Bekijk de vacature", "Bekijk deze baan"))
    page.click("#check-template")
    page.wait_for_url(f"{live_server}/studio/templates/nl/open-1/check")
    expect(page.locator("#template-ok")).to_have_text("The template is valid.")
    assert "Bekijk deze baan" in page.locator(".template-previews").inner_text()
    assert page.locator("#has-draft").count() == 0  # checking stores nothing
    screens(page, "template-check-valid")
    assert api(live_server, "GET", "/v1/oversight", admin=True).json()["templates"] == {}

    payload = copy.deepcopy(demo_payload)
    for posting in payload["@graph"]:
        posting["identifier"]["value"] = posting["identifier"]["value"].replace("demo-", "nojs-")
    upload = tmp_path / "nojs.json"
    upload.write_text(json.dumps(payload, ensure_ascii=False), encoding="utf-8")
    page.goto(f"{live_server}/studio/import")
    screens(page, "import-form")
    page.set_input_files("#file", str(upload))
    page.click("#import-form button[type=submit]")
    page.wait_for_url(lambda url: urlsplit(url).path.startswith("/studio/import/"))
    first_status = page.locator("#import-status").inner_text()
    if first_status == "Running":
        assert page.locator("meta[http-equiv=refresh]").count() == 1
    deadline = time.monotonic() + 10
    while page.locator("#import-status").inner_text() != "Done" and time.monotonic() < deadline:
        page.wait_for_timeout(250)  # the page reloads itself through <meta http-equiv=refresh>
    assert page.locator("#import-status").inner_text() == "Done", first_status
    assert page.locator("meta[http-equiv=refresh]").count() == 0
    assert page.locator("#import-imported").inner_text() == "50"
    assert page.locator("#import-errors").count() == 0
    screens(page, "import-job-done")
    page.goto(f"{live_server}/studio/vacancies?q=nojs-")
    assert page.locator("#vacancy-total").inner_text() == "(50)"
    screens(page, "vacancies-imported")
    context.close()


# --- 10. statistics --------------------------------------------------------------------------------


def test_stats_charts_and_csv_export(browser, live_server: str, artifacts: Path, demo_payload: dict) -> None:
    screens = Screens(artifacts, 13)
    import_demo(live_server, demo_payload)
    rendered = [len(render(live_server, body)) for body in (NURSING_PAGE, UTRECHT_NL, NURSING_PAGE)]
    # four live vacancies of the demo catalogue lie within 30 km of Utrecht (Utrecht twice, Zeist,
    # Hilversum); the nursing page gets the nursing jobs that clear the relevance floor
    assert rendered[1] == 4 and rendered[0] == rendered[2] > 0
    impressions = sum(rendered)
    assert impressions >= 10  # at least k=10, so the day's total is shown

    context, page = sign_in(browser, live_server, screens, "/studio/stats")
    screens(page, "stats")
    charts = page.locator("svg[role=img]")
    expect(charts).to_have_count(3)
    titles = [charts.nth(i).locator("title").first.text_content() for i in range(3)]
    assert titles == ["Impressions and clicks per day", "Impressions by topic", "Click-through rate by vacancy"]
    assert page.locator("#total-impressions").inner_text() == str(impressions)
    assert page.locator("#total-clicks").inner_text() == "0"  # no clicks; 0 says nothing about anyone

    with page.expect_download() as info:
        page.click("#csv-day")
    download = info.value
    today = date.today()
    assert download.suggested_filename.startswith("plainsight-stats-day-")
    assert download.suggested_filename.endswith(f"-{today.isoformat()}.csv")
    lines = Path(download.path()).read_text(encoding="utf-8").splitlines()
    assert lines[0] == "day,impressions,clicks,ctr"
    assert len(lines) == 1 + 14  # a row for every day of the default fortnight
    assert lines[-1].split(",")[:2] == [today.isoformat(), str(impressions)]

    response = context.request.get(live_server + page.get_attribute("#csv-vacancy", "href"))
    assert response.status == 200 and response.headers["content-type"].startswith("text/csv")
    assert response.text().splitlines()[0] == "vacancy_id,vacancy,impressions,clicks,ctr"  # the id, then the title
    context.close()


# --- 11. simulation and the language check ---------------------------------------------------------


def test_simulate_and_lint_count_nothing(browser, live_server: str, artifacts: Path, demo_payload: dict) -> None:
    screens = Screens(artifacts, 14)
    import_demo(live_server, demo_payload)
    stats_before = api(live_server, "GET", "/v1/stats", admin=True).text
    served = [ad["vacancy_id"] for ad in render(live_server, NURSING_PAGE, count=3)]
    stats_after_render = api(live_server, "GET", "/v1/stats", admin=True).text
    assert stats_after_render != stats_before

    context, page = sign_in(browser, live_server, screens, "/studio/simulate")
    screens(page, "simulate-form")
    page.fill("#text", NURSING_PAGE["context"]["text"])
    page.click("#simulate-submit")
    page.wait_for_url(f"{live_server}/studio/simulate")
    expect(page.locator("#simulation")).to_be_visible()
    simulated = page.eval_on_selector_all("#simulation ol.ranking > li h3 code", "els => els.map(e => e.innerText)")
    assert simulated == served
    screens(page, "simulate-result")
    assert api(live_server, "GET", "/v1/stats", admin=True).text == stats_after_render

    page.goto(f"{live_server}/studio/lint")
    screens(page, "lint-form")
    text = "Voor ons jonge team zoeken wij een kok."
    page.fill("#text", text)
    page.select_option("#language", "nl")
    page.click("#lint-submit")
    page.wait_for_url(f"{live_server}/studio/lint")
    assert page.locator("#lint-results mark").all_inner_texts() == ["jonge team"]
    assert page.get_attribute("#lint-results mark", "class") == "sev-soft"
    assert page.locator("#lint-results p.marked").inner_text() == text
    assert page.locator("#lint-result").inner_text() == "1 finding(s)"
    screens(page, "lint-result")
    context.close()


# --- 12b. the language switch after a form post ---------------------------------------------------


def test_language_switch_after_checking_a_template(browser, live_server: str, artifacts: Path,
                                                   demo_payload: dict) -> None:
    """The header's NL/EN links are relative (?lang=nl), so after the Check button (a POST to
    …/check) they ask for GET …/check?lang=nl: that must still be a studio page, in Dutch."""
    screens = Screens(artifacts, 15)
    import_demo(live_server, demo_payload)
    context, page = sign_in(browser, live_server, screens, "/studio/templates/nl/open-1", javascript=False)
    page.click("#check-template")
    page.wait_for_url(f"{live_server}/studio/templates/nl/open-1/check")
    expect(page.locator("#template-ok")).to_be_visible()
    screens(page, "template-checked")
    with page.expect_navigation() as switched:
        page.click("header .langs a[hreflang=nl]")
    landed = switched.value  # the last response, after any redirect
    screens(page, "template-checked-switch-to-nl")
    assert landed.status == 200, (
        f"the NL link led to GET {landed.url}, answered {landed.status} ({landed.headers.get('content-type')}): "
        f"the check URL only accepts POST")
    assert page.get_attribute("html", "lang") == "nl"
    assert page.locator("h1").inner_text().startswith("Sjabloon bewerken")
    context.close()
