"""Candidate preferences: consent, keyed-hash storage, TTL, export, erasure, minimisation,
objection signals and the record of processing — all against a real Redis."""

from __future__ import annotations

import base64
import json
import time

import pytest
from flask import Flask

from engine.domain.consent import CONSENT_TEXT_VERSION, PURPOSE
from engine.domain.privacy import IDENTITY_KEYS, normalise_key
from tests.conftest import ADMIN, dump_store, flush_buffers, make_app, without_aggregates

CONSENT = {"given": True, "purpose": PURPOSE, "text_version": CONSENT_TEXT_VERSION}


@pytest.fixture
def app3(fresh_app: Flask, demo_payload: dict) -> Flask:
    fresh_app.test_client().post("/v1/vacancies", json=demo_payload, headers=ADMIN)
    return fresh_app


def create(client, **prefs) -> dict:
    response = client.post("/v1/preferences", json={"preferences": prefs, "consent": CONSENT})
    assert response.status_code == 201, response.json
    return response.json


def test_token_is_random_long_and_only_a_keyed_hash_is_stored(app3: Flask, fresh_db) -> None:
    client, (_, connection) = app3.test_client(), fresh_db
    created = create(client, interests="verpleegkundige", location="Utrecht")
    token = created["token"]
    assert len(base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))) * 8 >= 128
    assert token != create(client, interests="verpleegkundige")["token"]
    stored = dump_store(connection)
    assert token not in repr(stored)
    keys = [k for k in stored if k.startswith("{ps}:pref:")]
    assert len(keys) == 2 and all(len(k.removeprefix("{ps}:pref:")) == 64 for k in keys)


def test_receipt_records_consent_and_no_identifier(app3: Flask) -> None:
    receipt = create(app3.test_client(), interests="kok")["receipt"]
    assert {"purpose", "text_version", "language", "given_at", "expires_at"} <= set(receipt)
    assert receipt["purpose"] == PURPOSE and receipt["text_version"] == CONSENT_TEXT_VERSION
    assert not {normalise_key(k) for k in receipt} & IDENTITY_KEYS


def test_ttl_is_set_from_the_setting(redis_server, fresh_db, tmp_path) -> None:
    app = make_app(redis_server, fresh_db[0], tmp_path, preferences_retention_days=7)
    token = create(app.test_client(), interests="kok")["token"]
    (key,) = [k for k in fresh_db[1].scan_iter("{ps}:pref:*")]
    assert 7 * 86400 - 60 < fresh_db[1].ttl(key) <= 7 * 86400
    assert app.test_client().get(f"/v1/preferences/{token}").json["receipt"]["retention_days"] == 7


def test_expired_preferences_are_gone_and_matching_falls_back_to_context(app3: Flask, fresh_db) -> None:
    client, (_, connection) = app3.test_client(), fresh_db
    token = create(client, interests="verpleegkundige")["token"]
    (key,) = list(connection.scan_iter("{ps}:pref:*"))
    connection.pexpire(key, 30)
    time.sleep(0.1)
    assert client.get(f"/v1/preferences/{token}").status_code == 404
    body = {"preferences_token": token, "context": {"title": "Werken in de logistiek"}}
    ad = client.post("/v1/render", json=body).json["ads"][0]
    not_used = {s["signal"]: s.get("reason") for s in ad["explanation"]["signals_not_used"]}
    assert not_used["preferences_token"] == "token_unknown"
    assert all(r["signal"] == "context" for r in ad["explanation"]["reasons"])


def test_export_is_everything_stored(app3: Flask, fresh_db) -> None:
    client, (_, connection) = app3.test_client(), fresh_db
    token = create(client, interests="kok", location="Maastricht", hours="fulltime", remote=False,
                   language="nl")["token"]
    exported = client.get(f"/v1/preferences/{token}").json
    (key,) = list(connection.scan_iter("{ps}:pref:*"))
    raw = json.loads(connection.get(key))
    raw.pop("digest")  # the keyed hash is the record's name, not data about the person
    assert exported == raw
    assert exported["preferences"] == {"interests": "kok", "location": "Maastricht", "hours": "fulltime",
                                       "remote": False, "language": "nl"}


def test_patch_changes_and_renewal_is_explicit(app3: Flask, fresh_db) -> None:
    client, (_, connection) = app3.test_client(), fresh_db
    token = create(client, interests="kok")["token"]
    (key,) = list(connection.scan_iter("{ps}:pref:*"))
    connection.expire(key, 1000)
    changed = client.patch(f"/v1/preferences/{token}", json={"preferences": {"hours": "parttime"}}).json
    assert changed["preferences"] == {"interests": "kok", "hours": "parttime"}
    assert connection.ttl(key) <= 1000  # using or changing does not renew
    client.patch(f"/v1/preferences/{token}", json={"renew": True})
    assert connection.ttl(key) > 80 * 86400
    cleared = client.patch(f"/v1/preferences/{token}", json={"preferences": {"hours": None}}).json
    assert "hours" not in cleared["preferences"]


def test_erasure_is_immediate_and_complete(app3: Flask, fresh_db) -> None:
    client, (_, connection) = app3.test_client(), fresh_db
    before = dump_store(connection)
    token = create(client, interests="unieke-interesse-zebravis", location="Zwolle")["token"]
    client.post("/v1/render", json={"preferences_token": token})
    assert client.delete(f"/v1/preferences/{token}").status_code == 204
    flush_buffers(app3)
    after = dump_store(connection)
    assert "zebravis" not in repr(after) and token not in repr(after)
    assert without_aggregates(after) == without_aggregates(before)
    assert client.get(f"/v1/preferences/{token}").status_code == 404
    assert client.delete(f"/v1/preferences/{token}").status_code == 404


@pytest.mark.parametrize(("body", "status", "code", "field"), [
    ({"preferences": {"interests": "kok"}}, 422, "consent_required", "consent.given"),
    ({"preferences": {"interests": "kok"}, "consent": {**CONSENT, "given": False}}, 422, "consent_required",
     "consent.given"),
    ({"preferences": {"interests": "kok"}, "consent": {**CONSENT, "purpose": "marketing"}}, 422, None,
     "consent.purpose"),
    ({"preferences": {"interests": "kok"}, "consent": {**CONSENT, "text_version": "old"}}, 422, None,
     "consent.text_version"),
    ({"preferences": {"interests": "kok", "favourite_colour": "blue"}, "consent": CONSENT}, 422, "invalid_field",
     "preferences.favourite_colour"),
    ({"preferences": {"interests": "kok"}, "consent": CONSENT, "email": "a@b.nl"}, 422, "identifier_refused",
     "email"),
] + [({"preferences": {"interests": "kok", field: "x"}, "consent": CONSENT}, 422, "special_category_refused",
      f"preferences.{field}")
     for field in ("age", "date_of_birth", "gender", "nationality", "ethnicity", "religion", "health",
                   "disability", "sexual_orientation", "union_membership", "political_party")])
def test_refused_bodies_store_nothing(app3: Flask, fresh_db, body: dict, status: int, code, field: str) -> None:
    client, (_, connection) = app3.test_client(), fresh_db
    before = dump_store(connection)
    response = client.post("/v1/preferences", json=body)
    assert response.status_code == status
    error = response.json["error"]
    assert error["field"] == field and (code is None or error["code"] == code)
    assert dump_store(connection) == before


# (with a statement about the person, the same interest without it)
COUNTERFACTUALS = [
    ("Ik ben 55 en zoek werk in de zorg", "zoek werk in de zorg"),
    ("Als moeder van twee kinderen zoek ik parttime werk als verpleegkundige",
     "zoek ik parttime werk als verpleegkundige"),
    ("ik ben een vijftiger, iets in de techniek", "iets in de techniek"),
    ("Ik ben gehandicapt en zoek administratief werk", "zoek administratief werk"),
    ("Als vrouw zoek ik een baan als vrachtwagenchauffeur", "zoek ik een baan als vrachtwagenchauffeur"),
    ("Ik ben van Marokkaanse afkomst, jurist arbeidsrecht", "jurist arbeidsrecht"),
    ("Als moslim zoek ik werk in de logistiek", "zoek ik werk in de logistiek"),
    ("kok, ik ben zwanger", "kok"),
    ("Ik ben lid van de FNV, elektromonteur", "elektromonteur"),
    ("I am 23 years old and looking for nursing work", "looking for nursing work"),
    ("As a single mother of three kids I want a job in hospitality", "I want a job in hospitality"),
    ("I am disabled and looking for ICT work", "looking for ICT work"),
    ("As a woman in tech, I want a Python job", "in tech, I want a Python job"),
    ("I'm gay, and a teacher", "a teacher"),
    ("I am a refugee, warehouse work please", "warehouse work please"),
    ("Over 50, wheelchair user, bookkeeping", "bookkeeping"),
]


@pytest.mark.parametrize(("with_statement", "without"), COUNTERFACTUALS)
def test_ranking_ignores_statements_about_the_person(client, with_statement: str, without: str) -> None:
    def ranking(interests: str) -> list:
        matches = client.post("/v1/match", json={"preferences": {"interests": interests}, "limit": 10}).json
        return [(m["vacancy_id"], m["score"]) for m in matches["matches"]]

    assert ranking(with_statement) == ranking(without)
    assert ranking(without), without  # the table only holds interests that match something


def test_statements_are_dropped_before_storage(app3: Flask, fresh_db) -> None:
    client, (_, connection) = app3.test_client(), fresh_db
    created = create(client, interests="Ik ben 55 en zoek werk in de zorg")
    assert created["dropped_statements"] == ["age"]
    (record,) = [v for k, v in dump_store(connection).items() if k.startswith("{ps}:pref:")]
    assert "Ik ben 55" not in record and "ben 55" not in record
    assert json.loads(record)["preferences"] == {"interests": "zoek werk in de zorg"}
    assert client.get(f"/v1/preferences/{created['token']}").json["preferences"]["interests"] == "zoek werk in de zorg"


def test_stored_preferences_are_used_through_the_token(app3: Flask) -> None:
    client = app3.test_client()
    token = create(client, interests="verpleegkundige", location="Zwolle")["token"]
    by_token = client.post("/v1/match", json={"preferences_token": token}).json
    inline = client.post("/v1/match", json={"preferences": {"interests": "verpleegkundige",
                                                             "location": "Zwolle"}}).json
    assert by_token == inline and by_token["matches"][0]["vacancy_id"] == "demo-017"


@pytest.mark.parametrize(("header", "reason"), [({"Sec-GPC": "1"}, "objection_gpc"), ({"DNT": "1"}, "objection_dnt")])
def test_objection_signals_mean_context_only(app3: Flask, header: dict, reason: str) -> None:
    client = app3.test_client()
    token = create(client, interests="verpleegkundige")["token"]
    context = {"title": "Five lessons from moving to Kubernetes", "language": "en"}
    context_only = client.post("/v1/match", json={"context": context}).json
    for body in ({"preferences": {"interests": "verpleegkundige"}, "context": context},
                 {"preferences_token": token, "context": context}):
        assert client.post("/v1/match", json=body, headers=header).json == context_only
        ad = client.post("/v1/render", json=body, headers=header).json["ads"][0]
        not_used = {s["signal"]: s.get("reason") for s in ad["explanation"]["signals_not_used"]}
        assert not_used["preferences"] == reason
        assert not any(s["signal"].startswith("preferences") for s in ad["explanation"]["signals_used"])


def test_record_of_processing(redis_server, fresh_db, tmp_path) -> None:
    app = make_app(redis_server, fresh_db[0], tmp_path, preferences_retention_days=30)
    records = app.test_client().get("/v1/privacy/records").json
    assert records["recipients"] == [] and records["transfers_outside_eea"] == "none"
    purposes = {activity["purpose"] for activity in records["processing_activities"]}
    assert PURPOSE in purposes
    assert records["settings"]["preferences_retention_days"] == 30
    assert all(activity["categories_of_data"] and activity["retention"]
               for activity in records["processing_activities"])


def test_creation_is_rate_limited_without_storing_the_address(redis_server, fresh_db, tmp_path) -> None:
    app = make_app(redis_server, fresh_db[0], tmp_path, preferences_rate_limit="3/hour")
    client = app.test_client()
    body = {"preferences": {"interests": "kok"}, "consent": CONSENT}
    statuses = [client.post("/v1/preferences", json=body, environ_base={"REMOTE_ADDR": "198.51.100.7"}).status_code
                for _ in range(4)]
    assert statuses == [201, 201, 201, 429]
    other = client.post("/v1/preferences", json=body, environ_base={"REMOTE_ADDR": "198.51.100.8"})
    assert other.status_code == 201
    assert "198.51.100" not in repr(dump_store(fresh_db[1]))


@pytest.mark.parametrize(("method", "path", "data"), [
    ("GET", "/preferences", None), ("GET", "/preferences?lang=en", None),
    ("POST", "/preferences", {"interests": "kok", "consent": "yes"}), ("POST", "/preferences", {"interests": "kok"}),
    ("GET", "/preferences/mine?token=nope-nope-nope-nope", None), ("POST", "/preferences/mine/erase", {"token": "x"}),
    ("GET", "/v1/privacy/records", None),
])
def test_no_cookie_anywhere_in_the_flow(app3: Flask, method: str, path: str, data) -> None:
    response = app3.test_client().open(path, method=method, data=data)
    assert response.status_code < 500
    assert "Set-Cookie" not in response.headers


def test_page_language_follows_accept_language_and_can_be_switched(app3: Flask) -> None:
    client = app3.test_client()
    english = client.get("/preferences", headers={"Accept-Language": "en-GB,en;q=0.9"}).get_data(as_text=True)
    dutch = client.get("/preferences", headers={"Accept-Language": "nl-NL"}).get_data(as_text=True)
    switched = client.get("/preferences?lang=nl", headers={"Accept-Language": "en"}).get_data(as_text=True)
    assert "What we ask and why" in english and "so we can show you vacancies that fit" in english
    assert "Wat we vragen en waarom" in dutch and "Wat we vragen en waarom" in switched
    assert 'name="consent" value="yes" id="consent">' in english  # unticked by default
    assert "<script" not in english


def test_page_form_round_trip_without_javascript(app3: Flask, fresh_db) -> None:
    client = app3.test_client()
    refused = client.post("/preferences?lang=en", data={"interests": "kok"})
    assert refused.status_code == 422 and "consent" in refused.get_data(as_text=True)
    saved = client.post("/preferences?lang=en", data={"interests": "Ik ben 55, kok", "hours": "parttime",
                                                      "consent": "yes"})
    assert saved.status_code == 201
    page = saved.get_data(as_text=True)
    token = page.split('id="token">')[1].split("<")[0]
    mine = client.get(f"/preferences/mine?token={token}&lang=en").get_data(as_text=True)
    assert "parttime" in mine and "Ik ben 55" not in mine and ">kok<" in mine
    changed = client.post("/preferences/mine?lang=en", data={"token": token, "interests": "kok", "hours": "fulltime"})
    assert changed.status_code == 200 and "fulltime" in changed.get_data(as_text=True)
    erased = client.post("/preferences/mine/erase?lang=en", data={"token": token})
    assert "erased" in erased.get_data(as_text=True)
    assert client.get(f"/v1/preferences/{token}").status_code == 404


def test_an_invalid_change_for_an_unknown_token_is_gone_not_a_crash(app3: Flask) -> None:
    # found by fuzzing: a change that failed validation, for a token that does not exist, was a 500
    response = app3.test_client().post("/preferences/mine?lang=en", data={"token": "nope", "interests": "x" * 1001})
    assert response.status_code == 404 and "Set-Cookie" not in response.headers


def test_stored_preferences_leave_no_trace_in_worker_caches(app3: Flask) -> None:
    from engine.web.runtime import get_runtime

    client, runtime = app3.test_client(), get_runtime(app3)
    token = create(client, interests="hovenier in de buurt", location="Zeist")["token"]
    plainsight = runtime.ads.plainsight

    def sizes() -> tuple[int, ...]:
        return (plainsight.analyzer.cache_info().currsize, plainsight.query_for.cache_info().currsize,
                len(plainsight.decisions), len(plainsight.explanations))

    before = sizes()
    assert client.post("/v1/render", json={"preferences_token": token}).json["ads"]
    assert sizes() == before
    # the same wish sent inline is kept, explanation included: what the token's render must not do
    assert client.post("/v1/render", json={"preferences": {"interests": "hovenier in de buurt",
                                                           "location": "Zeist"}}).json["ads"]
    assert len(plainsight.explanations) > before[3] and len(plainsight.decisions) > before[2]
