"""A person stands behind discriminating copy: approving a vacancy or copy template with hard
inclusive-language findings shows them, needs a written reason (kept in the audit trail), and with
ENGINE_FOUR_EYES another account than the one that imported or last edited it. Without hard
findings an approval stays one click. Through the management API, the studio and the services."""

from __future__ import annotations

import io
import json
import re
import time
from pathlib import Path

import pytest
from flask import Flask
from flask.testing import FlaskClient

from engine.services.approval import FourEyesRefused, ReasonRequired, template_findings
from engine.store.keys import Keys
from engine.web.runtime import get_runtime
from tests.conftest import ADMIN, make_app
from tests.studio_helpers import HTML, sign_in
from tests.test_catalogue import posting

AGED = posting("aged", title="Verkoopster max. 35 jaar")
CLEAN = posting("clean")
REASON = "Legal checked it: the ad is for a youth wage scheme, wording follows."
TEMPLATE = ("{% block headline %}{{ job.title }}{% endblock %}\n{% block body %}{{ job.organization }} zoekt "
            "collega's van max. 35 jaar.{% endblock %}\n{% block cta %}Bekijk de vacature{% endblock %}")
MARKETEER, PASSWORD = "marketeer", "long-enough-password"


def add_user(app: Flask, name: str = MARKETEER) -> None:
    result = app.test_cli_runner().invoke(args=["studio", "add-user", name, "--password", PASSWORD])
    assert result.exit_code == 0, result.output


def status(client: FlaskClient, vacancy_id: str) -> str | None:
    decision = client.get("/v1/oversight", headers=ADMIN).json["vacancies"].get(vacancy_id)
    return decision["status"] if decision else None


def approvals(client: FlaskClient, target: str) -> list[dict]:
    entries = client.get("/v1/audit?action=vacancy.approve", headers=ADMIN).json["entries"]
    return [e for e in entries if e["target"] == target]


def text(response) -> str:  # noqa: ANN001 - a Flask test response
    return re.sub(r"\s+", " ", response.get_data(as_text=True))


@pytest.fixture
def four_eyes_app(redis_server, fresh_db, tmp_path: Path) -> Flask:
    return make_app(redis_server, fresh_db[0], tmp_path, four_eyes=True)


# --- the management API ---------------------------------------------------------------------------


def test_api_approval_of_a_hard_finding_needs_a_reason_and_keeps_it(fresh_app: Flask) -> None:
    client = fresh_app.test_client()
    assert client.post("/v1/vacancies", json=[AGED, CLEAN], headers=ADMIN).json["imported"] == 2
    for body in (None, {"reason": ""}, {"reason": "   too   short "}):
        refused = client.post("/v1/vacancies/aged/approve", json=body, headers=ADMIN)
        assert refused.status_code == 422, refused.json
        assert set(refused.json["error"]) == {"code", "message", "field"}
        assert refused.json["error"]["code"] == "reason_required" and refused.json["error"]["field"] == "reason"
        assert "max. 35 jaar" in refused.json["error"]["message"]
    assert status(client, "aged") is None and approvals(client, "aged") == [], "a refusal stores nothing"

    approved = client.post("/v1/vacancies/aged/approve", json={"reason": f"  {REASON}  "}, headers=ADMIN)
    assert approved.status_code == 200 and approved.json == {"vacancy_id": "aged", "status": "approved"}
    [entry] = approvals(client, "aged")
    assert entry["who"] == "admin-token" and entry["detail"]["reason"] == REASON
    assert "age: max. 35 jaar" in entry["detail"]["findings"]


def test_api_approval_without_hard_findings_stays_one_call(fresh_app: Flask) -> None:
    client = fresh_app.test_client()
    client.post("/v1/vacancies", json=[CLEAN], headers=ADMIN)
    response = client.post("/v1/vacancies/clean/approve", headers=ADMIN)
    assert response.status_code == 200 and response.json["status"] == "approved"
    [entry] = approvals(client, "clean")
    assert "reason" not in entry["detail"]


@pytest.mark.parametrize("body", [[], "reason", {"reason": 5}, {"reason": "x" * 1001}, {"why": REASON}])
def test_api_approval_refuses_a_malformed_body(fresh_app: Flask, body: object) -> None:
    client = fresh_app.test_client()
    client.post("/v1/vacancies", json=[AGED], headers=ADMIN)
    response = client.post("/v1/vacancies/aged/approve", json=body, headers=ADMIN)
    assert response.status_code == 422 and response.json["error"]["field"] == "reason", response.json
    assert status(client, "aged") is None


def test_four_eyes_refuses_the_importer_through_the_api(four_eyes_app: Flask) -> None:
    client = four_eyes_app.test_client()
    client.post("/v1/vacancies", json=[AGED, CLEAN], headers=ADMIN)
    refused = client.post("/v1/vacancies/aged/approve", json={"reason": REASON}, headers=ADMIN)
    assert refused.status_code == 403, refused.json
    assert refused.json["error"]["code"] == "four_eyes" and set(refused.json["error"]) == {"code", "message", "field"}
    assert "admin-token" in refused.json["error"]["message"] and status(client, "aged") is None
    # four eyes is about discriminating copy: a clean vacancy stays one call
    assert client.post("/v1/vacancies/clean/approve", headers=ADMIN).status_code == 200
    # another account may approve what the API imported
    add_user(four_eyes_app)
    studio = four_eyes_app.test_client()
    csrf = sign_in(studio, MARKETEER, PASSWORD)
    form = {"csrf": csrf, "ids": "aged", "action": "approve", "confirm": "1", "reason": REASON}
    assert studio.post("/studio/vacancies/decide", data=form, headers=HTML).status_code == 303
    assert status(client, "aged") == "approved" and approvals(client, "aged")[0]["who"] == MARKETEER


# --- the studio -----------------------------------------------------------------------------------


def test_studio_shows_the_findings_asks_for_a_reason_and_keeps_it(fresh_app: Flask) -> None:
    client = fresh_app.test_client()
    client.post("/v1/vacancies", json=[AGED, CLEAN], headers=ADMIN)
    csrf = sign_in(client)
    click = {"csrf": csrf, "ids": "aged", "action": "approve", "back": "/studio/vacancies/aged"}
    asked = client.post("/studio/vacancies/decide?lang=en", data=click, headers=HTML)
    page = text(asked)
    assert asked.status_code == 200 and 'id="reason"' in page and 'id="reason-refused"' not in page
    assert "max. 35 jaar" in page and "age" in page and "Vraag naar wat iemand kan of weet" in page
    assert status(client, "aged") is None

    for reason in ("", "short"):
        refused = client.post("/studio/vacancies/decide?lang=en", data={**click, "confirm": "1", "reason": reason},
                              headers=HTML)
        assert refused.status_code == 422 and 'id="reason-refused"' in text(refused)
        assert status(client, "aged") is None

    done = client.post("/studio/vacancies/decide", data={**click, "confirm": "1", "reason": REASON}, headers=HTML)
    assert done.status_code == 303 and done.location == "/studio/vacancies/aged"
    assert status(client, "aged") == "approved"
    history = text(client.get("/studio/vacancies/aged", headers=HTML))
    assert f"reason: {REASON}" in history and "vacancy.approve" in history


def test_the_reason_page_speaks_dutch(fresh_app: Flask) -> None:
    client = fresh_app.test_client()
    client.post("/v1/vacancies", json=[AGED], headers=ADMIN)
    csrf = sign_in(client)
    page = text(client.post("/studio/vacancies/decide?lang=nl", data={"csrf": csrf, "ids": "aged",
                                                                       "action": "approve"}, headers=HTML))
    assert "Goedkeuren ondanks taalbevindingen?" in page and "Goedkeuren met deze reden" in page
    refused = client.post("/studio/vacancies/decide?lang=nl", data={"csrf": csrf, "ids": "aged", "action": "approve",
                                                                     "confirm": "1"}, headers=HTML)
    assert "Niet goedgekeurd: schrijf een reden van minstens 10 tekens." in text(refused)


def test_bulk_approval_asks_once_for_the_flagged_and_approves_all(fresh_app: Flask) -> None:
    client = fresh_app.test_client()
    client.post("/v1/vacancies", json=[AGED, CLEAN], headers=ADMIN)
    csrf = sign_in(client)
    bulk = {"csrf": csrf, "ids": ["clean", "aged"], "action": "approve", "back": "/studio/vacancies"}
    page = text(client.post("/studio/vacancies/decide", data=bulk, headers=HTML))
    assert page.count('class="panel flagged"') == 1 and 'data-target="aged"' in page
    assert 'name="ids" value="clean"' in page and 'name="ids" value="aged"' in page
    assert client.post("/studio/vacancies/decide", data={**bulk, "confirm": "1", "reason": REASON},
                       headers=HTML).status_code == 303
    assert status(client, "aged") == status(client, "clean") == "approved"
    assert approvals(client, "aged")[0]["detail"]["reason"] == REASON
    assert "reason" not in approvals(client, "clean")[0]["detail"]


def test_studio_clients_without_html_get_the_json_refusal(fresh_app: Flask) -> None:
    client = fresh_app.test_client()
    client.post("/v1/vacancies", json=[AGED], headers=ADMIN)
    csrf = sign_in(client)
    response = client.post("/studio/vacancies/decide", data={"csrf": csrf, "ids": "aged", "action": "approve"})
    assert response.status_code == 422 and response.json["error"]["code"] == "reason_required"


def _studio_import(client: FlaskClient, csrf: str, postings: list[dict]) -> None:
    feed = io.BytesIO(json.dumps(postings).encode())
    started = client.post("/studio/import", data={"csrf": csrf, "file": (feed, "feed.json")},
                          content_type="multipart/form-data", headers=HTML)
    job_id = started.location.rsplit("/", 1)[1]
    for _ in range(200):
        if client.get(f"/studio/import/{job_id}.json").json["status"] != "running":
            return
        time.sleep(0.05)
    raise AssertionError("the import did not finish")


def test_four_eyes_in_the_studio_refuses_the_importer_and_lets_another_account(four_eyes_app: Flask) -> None:
    add_user(four_eyes_app)
    marketeer = four_eyes_app.test_client()
    csrf = sign_in(marketeer, MARKETEER, PASSWORD)
    _studio_import(marketeer, csrf, [AGED])
    connection = get_runtime(four_eyes_app).vacancies.catalogue.client
    assert connection.hget(Keys.oversight_editors, "vacancy:aged") == MARKETEER, "who imported it is recorded"
    approve = {"csrf": csrf, "ids": "aged", "action": "approve", "confirm": "1", "reason": REASON}
    refused = marketeer.post("/studio/vacancies/decide?lang=en", data=approve, headers=HTML)
    page = text(refused)
    assert refused.status_code == 403 and 'id="four-eyes-refused"' in page and 'id="reason"' not in page
    assert f"You ({MARKETEER}) imported or last edited this" in page and "max. 35 jaar" in page
    assert status(marketeer, "aged") is None

    admin = four_eyes_app.test_client()
    admin_csrf = sign_in(admin)
    assert admin.post("/studio/vacancies/decide", data={**approve, "csrf": admin_csrf}, headers=HTML).status_code == 303
    assert status(admin, "aged") == "approved"


def test_without_four_eyes_the_importer_may_approve_with_a_reason(fresh_app: Flask) -> None:
    add_user(fresh_app)
    client = fresh_app.test_client()
    csrf = sign_in(client, MARKETEER, PASSWORD)
    _studio_import(client, csrf, [AGED])
    approve = {"csrf": csrf, "ids": "aged", "action": "approve", "confirm": "1", "reason": REASON}
    assert client.post("/studio/vacancies/decide", data=approve, headers=HTML).status_code == 303


# --- copy templates -------------------------------------------------------------------------------


def test_template_findings_are_in_the_fixed_text_only() -> None:
    [finding] = template_findings(TEMPLATE, "nl")
    assert (finding.category, finding.text, finding.severity) == ("age", "max. 35 jaar", "hard")
    assert template_findings(TEMPLATE.replace(" van max. 35 jaar", ""), "nl") == ()
    assert template_findings("{% block headline %}{{ job.title }}{% endblock %}", "nl") == ()
    assert template_findings("{% block headline %}{{ job.title }", "nl") == ()  # does not parse: validation's job


def _live_template_with_a_finding(app: Flask, editor: str) -> str:
    """A studio template whose live text has a hard finding (approved before the check knew it)."""
    store = get_runtime(app).templates.store
    store.save_draft("nl/open-9", TEMPLATE, editor)
    store.approve_template("nl/open-9", editor)
    get_runtime(app).templates.state.reload()
    return "nl/open-9"


def test_template_approval_of_a_hard_finding_needs_a_reason(fresh_app: Flask) -> None:
    name = _live_template_with_a_finding(fresh_app, "someone")
    templates = get_runtime(fresh_app).templates
    with pytest.raises(ReasonRequired) as refused:
        templates.act(name, "approve", "", "admin", "nope")
    assert refused.value.flagged[0].findings[0].text == "max. 35 jaar"
    client = fresh_app.test_client()
    csrf = sign_in(client)
    asked = client.post(f"/studio/templates/{name}", data={"csrf": csrf, "action": "approve"}, headers=HTML)
    assert asked.status_code == 200 and "max. 35 jaar" in text(asked) and 'id="reason"' in text(asked)
    done = client.post(f"/studio/templates/{name}", data={"csrf": csrf, "action": "approve", "confirm": "1",
                                                          "reason": REASON}, headers=HTML)
    assert done.status_code == 303
    entries = client.get("/v1/audit?action=template.approve", headers=ADMIN).json["entries"]
    assert entries[0]["who"] == "admin" and entries[0]["detail"]["reason"] == REASON


def test_four_eyes_refuses_the_template_editor(four_eyes_app: Flask) -> None:
    name = _live_template_with_a_finding(four_eyes_app, "admin")
    templates = get_runtime(four_eyes_app).templates
    with pytest.raises(FourEyesRefused):
        templates.act(name, "approve", "", "admin", REASON)
    client = four_eyes_app.test_client()
    csrf = sign_in(client)
    refused = client.post(f"/studio/templates/{name}", data={"csrf": csrf, "action": "approve", "confirm": "1",
                                                             "reason": REASON}, headers=HTML)
    assert refused.status_code == 403 and 'id="four-eyes-refused"' in text(refused)
    assert templates.act(name, "approve", "", MARKETEER, REASON) is None


def test_a_clean_template_approves_in_one_click(fresh_app: Flask) -> None:
    client = fresh_app.test_client()
    csrf = sign_in(client)
    assert client.post("/studio/templates/nl/open-1", data={"csrf": csrf, "action": "pause"},
                       headers=HTML).status_code == 303
    assert client.post("/studio/templates/nl/open-1", data={"csrf": csrf, "action": "approve"},
                       headers=HTML).status_code == 303
