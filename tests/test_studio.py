"""The studio over HTTP: sign-in and its one cookie, CSRF, every page in both languages,
previews that count nothing, imports that report per posting, and refusals that store nothing."""

from __future__ import annotations

import io
import json
import re
import time

import pytest
from flask import Flask
from flask.testing import FlaskClient

from engine.web.runtime import get_runtime
from tests.conftest import ADMIN, ADMIN_TOKEN, dump_store, flush_buffers
from tests.studio_helpers import HTML, sign_in
from tests.test_catalogue import posting

PAGES = ["/studio/", "/studio/vacancies", "/studio/vacancies?language=en&status=approved",
         "/studio/vacancies?expiring=1", "/studio/vacancies/demo-001", "/studio/vacancies/demo-001/preview",
         "/studio/import", "/studio/simulate", "/studio/samples", "/studio/templates",
         "/studio/templates/nl/interest-1", "/studio/templates/new?language=en&situation=context",
         "/studio/lint", "/studio/stats", "/studio/audit"]


@pytest.fixture
def studio(fresh_app: Flask, demo_payload: dict) -> tuple[FlaskClient, str]:
    client = fresh_app.test_client()
    assert client.post("/v1/vacancies", json=demo_payload, headers=ADMIN).status_code == 200
    return client, sign_in(client)


def test_pages_need_a_session(fresh_app: Flask) -> None:
    client = fresh_app.test_client()
    response = client.get("/studio/vacancies", headers=HTML)
    assert response.status_code == 302 and response.location == "/studio/login?next=/studio/vacancies"
    response = client.get("/studio/vacancies")  # an API client gets the JSON error shape
    assert response.status_code == 401 and response.json["error"]["code"] == "unauthorized"
    assert client.post("/studio/kill-switch", data={"action": "stop"}).status_code == 401


def test_sign_in_sets_one_strict_cookie_on_studio_only(fresh_app: Flask) -> None:
    client = fresh_app.test_client()
    response = client.post("/studio/login", data={"name": "admin", "password": ADMIN_TOKEN,
                                                  "next": "/studio/audit"}, headers=HTML)
    assert response.status_code == 303 and response.location == "/studio/audit"
    (cookie,) = response.headers.getlist("Set-Cookie")
    name, _, attributes = cookie.partition(";")
    assert re.fullmatch(r"ps_studio=[A-Za-z0-9_-]{43}", name)
    parts = {p.strip() for p in attributes.split(";")}
    assert {"Secure", "HttpOnly", "Path=/studio", "SameSite=Strict"} <= parts
    for path in ("/v1/render", "/healthz", "/transparency"):  # the cookie goes along; nothing new is set
        reply = client.post(path, json={"context": {"text": "zorg"}}) if path == "/v1/render" else client.get(path)
        assert "Set-Cookie" not in reply.headers, path


def test_the_session_id_is_not_stored_only_its_hmac(fresh_app: Flask, fresh_db) -> None:
    client = fresh_app.test_client()
    response = client.post("/studio/login", data={"name": "admin", "password": ADMIN_TOKEN}, headers=HTML)
    session_id = response.headers["Set-Cookie"].split(";")[0].split("=", 1)[1]
    assert session_id not in json.dumps(dump_store(fresh_db[1]))
    assert ADMIN_TOKEN not in json.dumps(dump_store(fresh_db[1]))


@pytest.mark.parametrize(("name", "password"), [("admin", "wrong"), ("nobody", "whatever-long-enough"),
                                                  ("", ""), ("admin", "")])
def test_wrong_credentials_are_401_without_a_cookie(fresh_app: Flask, name: str, password: str) -> None:
    response = fresh_app.test_client().post("/studio/login", data={"name": name, "password": password},
                                             headers=HTML)
    assert response.status_code == 401
    assert "Set-Cookie" not in response.headers
    assert 'id="login-error"' in response.get_data(as_text=True)


def test_a_failed_sign_in_is_the_json_error_shape_for_api_clients(redis_server, fresh_db, tmp_path) -> None:
    # found by fuzzing: the sign-in page (HTML) answered 401 and 429 to clients that did not ask for HTML
    from tests.conftest import make_app

    client = make_app(redis_server, fresh_db[0], tmp_path, studio_login_rate_limit="1/hour").test_client()
    for status, code in ((401, "unauthorized"), (429, "rate_limited")):
        response = client.post("/studio/login", data={"name": "admin", "password": "wrong"})
        assert response.status_code == status and response.mimetype == "application/json"
        assert response.json["error"] == {"code": code, "message": response.json["error"]["message"], "field": "name"}
        assert "Set-Cookie" not in response.headers


def test_failed_sign_ins_are_throttled_per_account(redis_server, fresh_db, tmp_path) -> None:
    from tests.conftest import make_app

    app = make_app(redis_server, fresh_db[0], tmp_path, studio_login_rate_limit="3/hour")
    client = app.test_client()
    for _ in range(3):
        assert client.post("/studio/login", data={"name": "admin", "password": "x"}).status_code == 401
    locked = client.post("/studio/login", data={"name": "admin", "password": ADMIN_TOKEN}, headers=HTML)
    assert locked.status_code == 429 and "Set-Cookie" not in locked.headers
    # another account is not locked by these failures
    get_runtime(app).accounts.add_user("mila", "a-long-password-1", "test")
    assert client.post("/studio/login", data={"name": "mila", "password": "a-long-password-1"}).status_code == 303


def test_users_with_hashed_passwords(fresh_app: Flask, fresh_db) -> None:
    runner = fresh_app.test_cli_runner()
    result = runner.invoke(args=["studio", "add-user", "mila", "--password", "correct horse battery"])
    assert result.exit_code == 0, result.output
    assert "correct horse battery" not in json.dumps(dump_store(fresh_db[1]))
    stored = json.loads(fresh_db[1].hget("{ps}:studio:users", "mila"))["password"]
    assert stored.startswith("scrypt:")
    client = fresh_app.test_client()
    assert client.post("/studio/login", data={"name": "mila", "password": "correct horse battery"}).status_code == 303
    assert runner.invoke(args=["studio", "add-user", "x", "--password", "short"]).exit_code != 0
    assert runner.invoke(args=["studio", "add-user", "Bad Name", "--password", "long enough pass"]).exit_code != 0
    assert runner.invoke(args=["studio", "users"]).output.split() == ["mila"]


@pytest.mark.parametrize("target", ["https://evil.example/", "//evil.example/", "/v1/render", "/studio\\@evil"])
def test_no_open_redirect_after_sign_in(fresh_app: Flask, target: str) -> None:
    response = fresh_app.test_client().post("/studio/login", data={"name": "admin", "password": ADMIN_TOKEN,
                                                                   "next": target})
    assert response.location == "/studio/"


def test_forms_need_the_csrf_token_and_the_same_origin(studio, fresh_db) -> None:
    client, csrf = studio
    before = dump_store(fresh_db[1])
    no_token = client.post("/studio/kill-switch", data={"action": "stop", "confirm": "1"})
    assert no_token.status_code == 403 and no_token.json["error"]["code"] == "csrf_failed"
    cross_site = client.post("/studio/kill-switch", data={"action": "stop", "confirm": "1", "csrf": csrf},
                             headers={"Sec-Fetch-Site": "cross-site"})
    assert cross_site.status_code == 403
    other_origin = client.post("/studio/kill-switch", data={"action": "stop", "confirm": "1", "csrf": csrf},
                               headers={"Origin": "https://evil.example"})
    assert other_origin.status_code == 403
    for origin in ("http://[::1", "http://[x]:8000"):  # found by fuzzing: an unparsable origin was a 500
        broken = client.post("/studio/kill-switch", data={"action": "stop", "confirm": "1", "csrf": csrf},
                             headers={"Origin": origin})
        assert broken.status_code == 403 and broken.json["error"]["field"] == "Origin"
    assert dump_store(fresh_db[1]) == before


@pytest.mark.parametrize("language", ["nl", "en"])
def test_every_page_renders_in_both_languages(studio, language: str) -> None:
    client, _ = studio
    for path in PAGES:
        sep = "&" if "?" in path else "?"
        response = client.get(f"{path}{sep}lang={language}", headers=HTML)
        assert response.status_code == 200, (path, response.data[:300])
        text = response.get_data(as_text=True)
        assert f'<html lang="{language}">' in text
        assert "script-src 'self'" in response.headers["Content-Security-Policy"]
        assert "Set-Cookie" not in response.headers
    home = client.get("/studio/?lang=en", headers=HTML).get_data(as_text=True)
    assert "Kill switch" in home and "Noodstop" not in home
    home = client.get("/studio/?lang=nl", headers=HTML).get_data(as_text=True)
    assert "Noodstop" in home


def test_vacancy_list_filters(studio, demo_payload) -> None:
    client, _ = studio
    postings = demo_payload["@graph"] if isinstance(demo_payload, dict) else demo_payload
    # declared English, plus the undeclared postings whose text we read as English by hand
    english = {p["identifier"]["value"] for p in postings if p.get("inLanguage") == "en"}
    english |= {"demo-010", "demo-036", "demo-042", "demo-047"}
    page = client.get("/studio/vacancies?language=en", headers=HTML).get_data(as_text=True)
    assert f'id="vacancy-total">({len(english)})' in page
    assert set(re.findall(r'<tr data-id="([^"]+)"', page)) == english
    expired = client.get("/studio/vacancies?status=expired", headers=HTML).get_data(as_text=True)
    assert expired.count("<tr data-id=") == 2  # the demo catalogue has two expired on purpose
    found = client.get("/studio/vacancies?q=demo-001", headers=HTML).get_data(as_text=True)
    assert re.findall(r'<tr data-id="([^"]+)"', found) == ["demo-001"]


def test_a_vacancy_shows_the_concepts_found_in_it(studio) -> None:
    client, _ = studio
    page = client.get("/studio/vacancies/demo-001", headers=HTML).get_data(as_text=True)
    assert "Verpleegkundige Interne Geneeskunde" in page
    concepts = page.split('id="concepts"')[1].split("</table>")[0]
    assert concepts.count("<tr>") >= 3 and "verpleegkundige" in concepts.lower()
    assert client.get("/studio/vacancies/nope", headers=HTML).status_code == 404


def test_previews_and_simulations_count_nothing(studio, fresh_app: Flask, fresh_db) -> None:
    client, csrf = studio
    flush_buffers(fresh_app)
    before = {k: v for k, v in dump_store(fresh_db[1]).items() if k.startswith(("{ps}:stats:", "{ps}:decisions"))}
    page = client.get("/studio/vacancies/demo-001/preview", headers=HTML).get_data(as_text=True)
    assert page.count('class="panel preview-row"') == 10  # 6 sample pages + 4 personas (the defaults)
    assert page.count('<iframe class="html-ad"') == 20  # each in Dutch and English
    assert "/c/" not in page, "a preview links to the vacancy itself, never to the counting click link"
    result = client.post("/studio/simulate", data={"csrf": csrf, "text": "verpleegkundige ziekenhuis zorg",
                                                    "count": "3"}, headers=HTML).get_data(as_text=True)
    assert result.count('<li class="panel">') == 3
    flush_buffers(fresh_app)
    after = {k: v for k, v in dump_store(fresh_db[1]).items() if k.startswith(("{ps}:stats:", "{ps}:decisions"))}
    assert after == before


def test_the_simulator_checks_its_input_like_the_api(studio) -> None:
    client, csrf = studio
    response = client.post("/studio/simulate", data={"csrf": csrf, "count": "3"}, headers=HTML)
    assert response.status_code == 422  # nothing to go on
    response = client.post("/studio/simulate", data={"csrf": csrf, "interests": "x" * 1001})
    assert response.status_code == 422 and response.json["error"]["field"] == "preferences.interests"


@pytest.mark.parametrize("count", ["²", "9" * 5000, "-1", "3.5"])
def test_the_simulator_takes_any_count(studio, count: str) -> None:
    # found by fuzzing: "²" passes isdigit() but not int(), and 5000 digits are past int()'s limit: a 500
    client, csrf = studio
    response = client.post("/studio/simulate", data={"csrf": csrf, "title": "Werken in de zorg", "count": count},
                           headers=HTML)
    assert response.status_code == 200


def _upload(client: FlaskClient, csrf: str, content: bytes, name: str = "feed.jsonld"):
    return client.post("/studio/import", data={"csrf": csrf, "file": (io.BytesIO(content), name)},
                       content_type="multipart/form-data", headers=HTML)


def _wait_for(client: FlaskClient, location: str) -> dict:
    job_id = location.rsplit("/", 1)[1]
    for _ in range(200):
        job = client.get(f"/studio/import/{job_id}.json").json
        if job["status"] != "running":
            return job
        time.sleep(0.05)
    raise AssertionError("the import did not finish")


def test_import_reports_each_rejected_posting_and_imports_the_rest(fresh_app: Flask) -> None:
    client = fresh_app.test_client()
    csrf = sign_in(client)
    feed = [posting("ok-1"), {"@type": "JobPosting", "identifier": "bad"}, posting("ok-2")]
    response = _upload(client, csrf, json.dumps(feed).encode())
    assert response.status_code == 303
    job = _wait_for(client, response.location)
    assert (job["status"], job["imported"], job["total"]) == ("done", 2, 3)
    assert [r["index"] for r in job["rejected"]] == [1]
    page = client.get(response.location, headers=HTML).get_data(as_text=True)
    assert 'id="import-errors"' in page
    assert client.get("/v1/vacancies/ok-2", headers=ADMIN).status_code == 200
    audit = client.get("/v1/audit?action=vacancy.import", headers=ADMIN).json["entries"]
    assert audit[0]["who"] == "admin" and audit[0]["detail"] == {"imported": 2, "rejected": 1}


@pytest.mark.parametrize(("content", "status", "code"), [
    (b"{not json", 400, "malformed_json"),
    # an identifier beside the postings refuses the file; one inside a posting refuses that posting
    # (tests/test_words_not_values.py)
    (json.dumps({"@graph": [posting("p")], "email": "jobs@example.nl"}).encode(), 422, "identifier_refused"),
])
def test_a_refused_upload_stores_nothing(fresh_app: Flask, fresh_db, content: bytes, status: int, code: str) -> None:
    client = fresh_app.test_client()
    csrf = sign_in(client)
    before = dump_store(fresh_db[1])
    response = client.post("/studio/import", data={"csrf": csrf, "file": (io.BytesIO(content), "f.json")},
                           content_type="multipart/form-data")
    assert response.status_code == status and response.json["error"]["code"] == code
    assert dump_store(fresh_db[1]) == before


def test_a_refused_template_edit_stores_nothing(studio, fresh_db) -> None:
    client, csrf = studio
    before = dump_store(fresh_db[1])
    response = client.post("/studio/templates/nl/open-1", headers=HTML,
                           data={"csrf": csrf, "action": "save", "source": "{{ ''.__class__.__mro__ }}"})
    assert response.status_code == 422
    assert 'data-code="' in response.get_data(as_text=True)
    assert dump_store(fresh_db[1]) == before
    assert client.get("/studio/templates/xx/open-1", headers=HTML).status_code == 404
    assert client.get("/studio/templates/nl/open-99", headers=HTML).status_code == 404


def test_a_refused_template_edit_is_the_json_error_shape_for_api_clients(studio, fresh_db) -> None:
    # found by fuzzing: the editor page (HTML) answered 422 to a client that did not ask for HTML
    client, csrf = studio
    before = dump_store(fresh_db[1])
    response = client.post("/studio/templates/nl/open-1", data={"csrf": csrf, "action": "save", "source": ""})
    assert response.status_code == 422 and response.is_json
    assert response.json["error"]["field"] == "source" and response.json["error"]["message"]
    assert dump_store(fresh_db[1]) == before


def test_the_live_check_shows_problems_and_previews_without_storing(studio, fresh_db) -> None:
    client, csrf = studio
    source = get_runtime(client.application).templates.copydesk.repo_sources["nl/open-1"]
    before = dump_store(fresh_db[1])
    ok = client.post("/studio/templates/nl/open-1/check", data={"csrf": csrf, "fragment": "1", "source": source})
    assert 'id="template-ok"' in ok.get_data(as_text=True)
    assert ok.get_data(as_text=True).count("/60)") == 4  # four sample vacancies previewed
    bad = source.replace("{% endblock %}", "{{ job.salary }}{% endblock %}", 1)
    check = client.post("/studio/templates/nl/open-1/check", data={"csrf": csrf, "fragment": "1", "source": bad})
    assert "job.salary" in check.get_data(as_text=True) and 'id="template-problems"' in check.get_data(as_text=True)
    assert dump_store(fresh_db[1]) == before


def test_studio_actions_are_audited_with_the_account(studio) -> None:
    client, csrf = studio
    client.post("/studio/vacancies/decide", data={"csrf": csrf, "ids": ["demo-001", "demo-002"], "action": "pause"})
    client.post("/studio/templates/en/open-2", data={"csrf": csrf, "action": "pause"})
    client.post("/studio/kill-switch", data={"csrf": csrf, "action": "stop", "confirm": "1", "reason": "check"})
    entries = client.get("/v1/audit", headers=ADMIN).json["entries"]
    assert [(e["who"], e["action"], e["target"]) for e in entries[:4]] == [
        ("admin", "kill_switch.on", "serving"), ("admin", "template.pause", "en/open-2"),
        ("admin", "vacancy.pause", "demo-002"), ("admin", "vacancy.pause", "demo-001")]
    page = client.get("/studio/audit", headers=HTML).get_data(as_text=True)
    assert "kill_switch.on" in page and 'role="alert"' in page  # the banner: serving is stopped


def test_the_kill_switch_needs_a_confirmation(studio, fresh_db) -> None:
    client, csrf = studio
    before = dump_store(fresh_db[1])
    response = client.post("/studio/kill-switch", data={"csrf": csrf, "action": "stop"})
    assert response.status_code == 422 and response.json["error"]["field"] == "confirm"
    assert dump_store(fresh_db[1]) == before


def test_stats_page_and_csv_are_k_suppressed(studio, fresh_app: Flask) -> None:
    client, _ = studio
    stats = get_runtime(fresh_app).ads.stats
    for _ in range(12):
        stats.count("impression", "demo-001", "zorg")
    for _ in range(3):
        stats.count("impression", "demo-002", "zorg")
        stats.count("click", "demo-001", "zorg")
    page = client.get("/studio/stats", headers=HTML).get_data(as_text=True)
    assert page.count('role="img"') == 3
    assert 'id="total-impressions">15<' in page  # 12 + 3: the total is above k even if one cell is not
    csv = client.get("/studio/stats.csv?by=vacancy").get_data(as_text=True).splitlines()
    assert csv[0] == "vacancy_id,vacancy,impressions,clicks,ctr"  # the id, and the title beside it
    cells = {line.split(",", 1)[0]: line.rsplit(",", 3)[1:] for line in csv[1:]}
    assert cells["demo-001"] == ["12", "", ""] and cells["demo-002"] == ["", "0", ""]  # 3 and 3 are below k = 10
    assert client.get("/studio/stats.csv?by=person").status_code == 422
    assert client.get("/studio/stats?from=2026-13-01").status_code == 422


def test_the_lint_panel_marks_findings(studio) -> None:
    client, csrf = studio
    page = client.post("/studio/lint", data={"csrf": csrf, "text": "Jonge collega gezocht, max. 35 jaar",
                                             "language": "nl"}, headers=HTML).get_data(as_text=True)
    assert '<mark class="sev-hard"' in page and ">max. 35 jaar</mark>" in page


def test_samples_are_checked_and_refuse_identifiers(studio, fresh_db) -> None:
    client, csrf = studio
    before = dump_store(fresh_db[1])
    response = client.post("/studio/samples", data={"csrf": csrf, "persona-0-name": "P",
                                                    "persona-0-interests": "zorg", "persona-0-hours": "always"})
    assert response.status_code == 422
    assert dump_store(fresh_db[1]) == before
    response = client.post("/studio/samples", data={"csrf": csrf, "context-0-name": "Alleen zorg",
                                                    "context-0-text": "verpleegkundige in het ziekenhuis"})
    assert response.status_code == 303
    page = client.get("/studio/vacancies/demo-001/preview", headers=HTML).get_data(as_text=True)
    assert page.count('class="panel preview-row"') == 1 and "Alleen zorg" in page


def test_sign_out_ends_the_session_on_the_server(studio) -> None:
    client, csrf = studio
    cookie = client.get_cookie("ps_studio", path="/studio")
    assert cookie is not None
    response = client.post("/studio/logout", data={"csrf": csrf})
    assert response.status_code == 303 and "Max-Age=0" in response.headers["Set-Cookie"]
    client.set_cookie("ps_studio", cookie.value, path="/studio")  # replaying the old cookie does not work
    assert client.get("/studio/", headers=HTML).status_code == 302
