"""The decision log: appended on every decision, hash-chained, bounded, exportable, and free of
personal data even after a run full of identifiers and sensitive statements."""

from __future__ import annotations

import json

import pytest
from flask import Flask

from engine.store.decisions import DecisionLog
from engine.store.keys import Keys
from engine.web.runtime import get_runtime
from tests.conftest import ADMIN


@pytest.fixture
def logged(fresh_app: Flask, demo_payload: dict) -> Flask:
    client = fresh_app.test_client()
    client.post("/v1/vacancies", json=demo_payload, headers=ADMIN)
    spy = {"User-Agent": "SpyAgent/2", "X-Forwarded-For": "203.0.113.50", "Cookie": "uid=cookie-77"}
    bodies = [{"preferences": {"interests": "Ik ben 55, moslim en moeder van twee kinderen; verpleegkundige",
                               "location": "Zwolle"}, "context": {"url": "https://news.example/zorg?uid=secret-q"}},
              {"context": {"title": "Werken in de zorg", "text": "Mijn naam is Jan Jansen, ik werk in de zorg"}},
              {"preferences": {"interests": "kok"}, "count": 3}]
    for body in bodies:
        assert client.post("/v1/render", json=body, headers=spy,
                           environ_base={"REMOTE_ADDR": "198.51.100.60"}).status_code == 200
        get_runtime(fresh_app).ads.decisions.flush()  # one batch a request, so the chain has links to test
    # an e-mail address in the page text is refused outright now (issue 14): nothing to log
    refused = client.post("/v1/render", json={"context": {"title": "Werken in de zorg", "text": "jan@example.nl"}})
    assert refused.status_code == 422 and refused.json["error"]["code"] == "identifier_refused"
    client.post("/openrtb2/bid", json={"id": "r", "imp": [{"id": "1", "banner": {"w": 300, "h": 250}}],
                                       "site": {"page": "https://a.example/zorg",
                                                "content": {"title": "Vacatures voor verpleegkundigen"}},
                                       "user": {"id": "rtb-user-1"}, "device": {"ip": "192.0.2.9", "ifa": "ifa-9"}})
    get_runtime(fresh_app).ads.decisions.flush()
    return fresh_app


def test_every_decision_is_logged_with_versions(logged: Flask) -> None:
    lines = logged.test_client().get("/v1/decisions", headers=ADMIN).get_data(as_text=True).splitlines()
    entries = [json.loads(line) for line in lines]
    assert len(entries) >= 6  # 1 + 1 + 3 renders and a bid
    runtime = get_runtime(logged)
    for entry in entries:
        assert (entry["taxonomy_version"] == runtime.transparency.taxonomy.version
                and entry["models"] == runtime.transparency.analyzer.versions)
        assert {"time", "endpoint", "vacancy", "template", "score", "rank", "context_topics", "preference_kinds",
                "hash", "prev", "batch"} <= set(entry)
    assert {e["endpoint"] for e in entries} == {"render", "openrtb"}
    assert ["interests", "location"] in [e["preference_kinds"] for e in entries]


def test_log_holds_no_personal_data(logged: Flask, fresh_db) -> None:
    raw = repr(fresh_db[1].xrange(Keys.decisions))
    for secret in ("Ik ben 55", "moslim", "moeder", "kinderen", "verpleegkundige", "Zwolle", "secret-q", "Jan Jansen",
                   "jan@example.nl", "SpyAgent", "203.0.113.50", "198.51.100.60", "cookie-77", "rtb-user-1",
                   "192.0.2.9", "ifa-9", "kok"):
        assert secret not in raw, secret


def test_chain_verifies_and_shows_an_edit_or_a_removal(logged: Flask, fresh_db) -> None:
    client, connection = logged.test_client(), fresh_db[1]
    assert client.get("/v1/decisions/verify", headers=ADMIN).json["ok"] is True
    entries = connection.xrange(Keys.decisions)
    middle = len(entries) // 2
    connection.delete(Keys.decisions)  # rewrite the stream as someone with access to Redis could
    for position, (entry_id, fields) in enumerate(entries):
        if position == middle:
            fields = {**fields, "payload": fields["payload"].replace('"score":', '"score":1.0,"was":')}
        connection.xadd(Keys.decisions, fields, id=entry_id)
    result = client.get("/v1/decisions/verify", headers=ADMIN).json
    assert result["ok"] is False and "changed" in result["reason"]


def test_removed_entry_breaks_the_chain(logged: Flask, fresh_db) -> None:
    connection = fresh_db[1]
    entries = connection.xrange(Keys.decisions)
    connection.xdel(Keys.decisions, entries[2][0])
    result = get_runtime(logged).oversight.decisions.verify()
    assert not result.ok and "missing" in result.reason


def test_log_is_bounded_by_length(fresh_db) -> None:
    log = DecisionLog(fresh_db[1], retention_days=183, max_entries=50, flush_seconds=0)

    class Ad:
        vacancy_id, template, score = "v", "nl/open-1", 0.5

    for _ in range(300):
        log.record("render", [Ad()], [], [], DecisionLog.versions_fragment({"taxonomy_version": "t"}))
    assert fresh_db[1].xlen(Keys.decisions) < 300 and log.verify().ok


def test_cli_export_and_verify(logged: Flask) -> None:
    runner = logged.test_cli_runner()
    exported = runner.invoke(args=["decisions", "export"])
    assert exported.exit_code == 0 and len(exported.output.splitlines()) >= 6
    verified = runner.invoke(args=["decisions", "verify"])
    assert verified.exit_code == 0 and "intact" in verified.output
