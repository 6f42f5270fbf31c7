"""Slots and bids changed in the studio (or with the admin token) are in the audit trail with the
account that changed them, in words in both languages; a refused change leaves no entry; the
studio's pages link a vacancy to its bid and the slots to their history; the slot page offers a
copy button for each snippet through the studio's own script."""

from __future__ import annotations

import pytest
from flask import Flask
from flask.testing import FlaskClient

from tests.conftest import ADMIN
from tests.studio_helpers import HTML, sign_in
from tests.test_studio_slots import FORM


@pytest.fixture
def studio(fresh_app: Flask, demo_payload: dict) -> tuple[FlaskClient, str]:
    client = fresh_app.test_client()
    client.post("/v1/vacancies", json=demo_payload, headers=ADMIN)
    return client, sign_in(client)


def entries(client: FlaskClient, action: str) -> list[dict]:
    """The audit trail's entries of ``action``'s kind, oldest first."""
    found = client.get(f"/v1/audit?action={action}", headers=ADMIN).json["entries"]
    return list(reversed(found))


def test_a_slot_made_changed_and_removed_in_the_studio_is_audited_with_the_account(studio) -> None:  # noqa: ANN001
    client, csrf = studio
    assert client.post("/studio/slots", data={**FORM, "csrf": csrf}, headers=HTML).status_code == 303
    changed = {**FORM, "size": "300x250", "csrf": csrf}
    assert client.post("/studio/slots/zorg-home", data=changed, headers=HTML).status_code == 303
    assert client.post("/studio/slots/zorg-home/delete", data={"csrf": csrf}, headers=HTML).status_code == 303
    found = [(e["who"], e["action"], e["target"], e["detail"]) for e in entries(client, "slot")]
    assert found == [("admin", "slot.create", "zorg-home", {"site": "Werken in de zorg", "size": "728x90"}),
                     ("admin", "slot.edit", "zorg-home", {"site": "Werken in de zorg", "size": "300x250"}),
                     ("admin", "slot.remove", "zorg-home", {})]
    dutch = client.get("/studio/audit?action=slot&lang=nl", headers=HTML).get_data(as_text=True)
    assert all(words in dutch for words in ("Plek aangemaakt", "Plek gewijzigd", "Plek verwijderd", "formaat: 300x250"))
    english = client.get("/studio/audit?action=slot&lang=en", headers=HTML).get_data(as_text=True)
    assert all(words in english for words in ("Slot created", "Slot changed", "Slot removed", "size: 728x90"))
    assert 'value="slot" selected' in english  # the kind of action is one of the filter's choices


def test_a_refused_or_missing_slot_leaves_no_entry_and_the_api_is_audited_as_the_admin_token(studio) -> None:  # noqa: ANN001
    client, csrf = studio
    refused = client.post("/studio/slots", data={**FORM, "allowed_domains": "", "csrf": csrf}, headers=HTML)
    assert refused.status_code == 422
    assert client.post("/studio/slots/nothing-here/delete", data={"csrf": csrf}, headers=HTML).status_code == 404
    assert entries(client, "slot") == []
    client.put("/v1/slots/api-made", json={"allowed_domains": ["a.example"]}, headers=ADMIN)
    client.delete("/v1/slots/api-made", headers=ADMIN)
    assert [(e["who"], e["action"]) for e in entries(client, "slot")] == [("admin-token", "slot.create"),
                                                                       ("admin-token", "slot.remove")]


def test_a_bid_set_and_reset_in_the_studio_is_in_the_vacancy_history(studio) -> None:  # noqa: ANN001
    client, csrf = studio
    url = "/studio/vacancies/demo-001/bidding"
    assert client.post(url, data={"csrf": csrf, "model": "cpm", "price": "veel"}, headers=HTML).status_code == 422
    assert client.post(url, data={"csrf": csrf, "model": "cpc", "price": "0,45", "daily_budget": "25"},
                       headers=HTML).status_code == 303
    assert client.post(url, data={"csrf": csrf, "action": "default"}, headers=HTML).status_code == 303
    assert client.post(url, data={"csrf": csrf, "action": "default"}, headers=HTML).status_code == 303  # none left
    found = [(e["who"], e["action"], e["target"], e["detail"]) for e in entries(client, "bid")]
    assert found == [("admin", "bid.set", "demo-001", {"model": "cpc", "price": 0.45, "daily_budget": 25.0}),
                     ("admin", "bid.reset", "demo-001", {})]
    history = client.get("/studio/vacancies/demo-001?lang=nl", headers=HTML).get_data(as_text=True)
    assert "Bod ingesteld" in history and "Bod terug naar het standaardbod" in history and "dagbudget: 25" in history
    english = client.get("/studio/audit?action=bid&lang=en", headers=HTML).get_data(as_text=True)
    assert "Bid set" in english and "Bid back to the default" in english and "pay per: cpc" in english
    client.put("/v1/vacancies/demo-002/bid", json={"model": "cpm", "price": 2}, headers=ADMIN)
    assert entries(client, "bid")[-1]["who"] == "admin-token"


def test_the_vacancy_page_links_to_its_bid_and_the_slot_pages_to_their_history(studio) -> None:  # noqa: ANN001
    client, csrf = studio
    vacancy = client.get("/studio/vacancies/demo-001?lang=en", headers=HTML).get_data(as_text=True)
    assert '<a class="button-link" href="/studio/vacancies/demo-001/bidding" id="bidding-link">' in vacancy
    client.post("/studio/slots", data={**FORM, "csrf": csrf}, headers=HTML)
    for path, link in (("/studio/slots", "slots-history"), ("/studio/slots/zorg-home", "slot-history")):
        page = client.get(path + "?lang=nl", headers=HTML).get_data(as_text=True)
        assert f'href="/studio/audit?action=slot" id="{link}">Wie welke plek wijzigde, en wanneer</a>' in page


def test_the_slot_page_labels_its_copy_buttons_for_the_studio_script(studio) -> None:  # noqa: ANN001
    client, csrf = studio
    client.post("/studio/slots", data={**FORM, "csrf": csrf}, headers=HTML)
    page = client.get("/studio/slots/zorg-home?lang=nl", headers=HTML)
    text = page.get_data(as_text=True)
    assert 'id="snippets" data-copy="Kopiëren" data-copied="Gekopieerd naar het klembord."' in text
    assert "<script>" not in text and "script-src 'self'" in page.headers["Content-Security-Policy"]
    script = client.get("/studio/assets/studio.js")
    assert script.status_code == 200 and 'getElementById("snippets")' in script.get_data(as_text=True)
    script.close()
