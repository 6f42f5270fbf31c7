"""Every key on our Redis is declared in ``engine.store.keys``: a realistic run through the real
app touches every family, then a SCAN of the whole store must find nothing undeclared."""

from __future__ import annotations

import io
import json
import time
from fnmatch import fnmatchcase

import pytest
import redis
from flask import Flask
from flask.testing import FlaskClient

from engine.domain import work_proof
from engine.domain.logos import logo_digest
from engine.store.apikeys import BatchedWindows
from engine.store.keys import PREFIX, THIRD_PARTY_PATTERNS, Keys
from engine.store.logos import LogoStore
from engine.store.pages import QUEUE, text_pool
from tests.conftest import ADMIN, flush_buffers, make_app
from tests.studio_helpers import HTML, sign_in
from tests.test_catalogue import posting
from tests.test_openrtb import HEADERS, banner_request
from tests.test_preferences import CONSENT

SITE = "http://127.0.0.1:9"  # allowed, but loopback: the crawler refuses it without a connection


def undeclared(keys: set[str]) -> list[str]:
    return sorted(key for key in keys if not any(fnmatchcase(key, p) for p in Keys.patterns()))


def test_patterns_are_narrow_enough_to_catch_a_stray_key() -> None:
    assert "*" not in Keys.patterns() and PREFIX + "*" not in Keys.patterns()
    assert undeclared({PREFIX + "scratch", PREFIX + "vacancy", "ps:vacancies", "other:thing"}) == [
        "other:thing", "ps:vacancies", PREFIX + "scratch", PREFIX + "vacancy"]
    assert undeclared({Keys.vacancy("demo-001"), Keys.page("https://a.example/"), "rq:queues"}) == []
    assert set(THIRD_PARTY_PATTERNS) <= set(Keys.patterns())


def _serve(client: FlaskClient, url: str) -> None:
    """Match, render (a page known only by URL is queued), bid, embed, and a click."""
    assert client.post("/v1/match", json={"preferences": {"interests": "verpleegkundige"}}).status_code == 200
    rendered = client.post("/v1/render", json={"context": {"url": url}, "count": 3})
    assert rendered.status_code == 200 and rendered.json["ads"]
    assert client.get(rendered.json["ads"][0]["click_url"]).status_code in (302, 303)
    assert client.put("/v1/vacancies/demo-001/bid", json={"model": "cpm", "price": 2.0, "daily_budget": 50},
                      headers=ADMIN).status_code == 200
    offered = client.post("/openrtb2/bid", json=banner_request(), headers=HEADERS)
    assert offered.status_code == 200
    burl = offered.json["seatbid"][0]["bid"][0]["burl"].replace("${AUCTION_PRICE}", "1.2")
    assert client.get(burl).status_code == 204  # counts the impression and what it cost
    slot = {"site": "Zorg", "allowed_domains": ["werkenbij.zorg.example"], "keywords": ["zorg"]}
    assert client.put("/v1/slots/zorgsite", json=slot, headers=ADMIN).status_code == 200
    assert client.get("/embed/zorgsite").status_code == 200
    assert client.get("/embed/zorgsite?title=Werken+in+de+zorg&pv=pageview0001").status_code == 200


def _logo(connection: redis.Redis) -> None:
    """What the logo job keeps (tests/test_logos.py runs the job itself against a real server)."""
    LogoStore(connection).save(logo_digest("Zorg"), "https://zorg.example/logo.png", b"\x89PNG")


def _preferences(client: FlaskClient) -> None:
    tokens = []
    for interests in ("verpleegkundige", "software"):
        created = client.post("/v1/preferences", json={"preferences": {"interests": interests}, "consent": CONSENT})
        assert created.status_code == 201
        tokens.append(created.json["token"])
    assert client.get(f"/v1/preferences/{tokens[0]}").status_code == 200
    assert client.patch(f"/v1/preferences/{tokens[0]}", json={"preferences": {"hours": "parttime"}}).status_code == 200
    assert client.delete(f"/v1/preferences/{tokens[1]}").status_code == 204


def _partner(client: FlaskClient) -> None:
    issued = client.post("/v1/apikeys", json={"name": "adnet-a", "rate": "10/second"}, headers=ADMIN)
    assert issued.status_code == 201
    body = {"context": {"text": "zorg"}}
    assert client.post("/v1/render", json=body, headers={"X-Api-Key": issued.json["key"]}).status_code == 200


def _studio(app: Flask, client: FlaskClient) -> None:
    """An account, a sign-in, one with proof of work, decisions on a vacancy and a template, samples,
    an import, the kill switch."""
    result = app.test_cli_runner().invoke(args=["studio", "add-user", "marketeer", "--password", "long-enough-pass"])
    assert result.exit_code == 0, result.output
    csrf = sign_in(client)
    assert client.post("/v1/vacancies/demo-002/approve", headers=ADMIN).status_code == 200
    forms = [("/studio/vacancies/decide", {"ids": ["demo-001"], "action": "approve"}),
             ("/studio/templates/en/open-2", {"action": "pause"}),
             ("/studio/samples", {"context-0-name": "Zorg", "context-0-text": "verpleegkundige in het ziekenhuis"})]
    for path, form in forms:
        assert client.post(path, data={"csrf": csrf, **form}, headers=HTML).status_code == 303, path
    feed = json.dumps([posting("imported-1"), posting("imported-2")]).encode()
    started = client.post("/studio/import", data={"csrf": csrf, "file": (io.BytesIO(feed), "feed.json")},
                          content_type="multipart/form-data", headers=HTML)
    assert started.status_code == 303
    _wait_for_import(client, started.location.rsplit("/", 1)[1])
    stop = {"csrf": csrf, "action": "stop", "confirm": "1", "reason": "keys test"}
    assert client.post("/studio/kill-switch", data=stop, headers=HTML).status_code == 303
    guesser = app.test_client()  # the marketeer's name guessed at: a sign-in with proof of work
    for _ in range(2):
        guesser.post("/studio/login", data={"name": "marketeer", "password": "guess"})
    proof = guesser.post("/studio/login", data={"name": "marketeer", "password": "guess"}).json["proof"]
    answer = {"proof_token": proof["token"], "proof_answer": work_proof.solve(proof["nonce"], proof["bits"])}
    assert guesser.post("/studio/login", data={"name": "marketeer", "password": "long-enough-pass",
                                               **answer}).status_code == 303


def _wait_for_import(client: FlaskClient, job_id: str) -> None:
    for _ in range(200):
        if client.get(f"/studio/import/{job_id}.json").json["status"] != "running":
            return
        time.sleep(0.05)
    raise AssertionError("the import did not finish")


def _count_in_batches(client: FlaskClient, connection: redis.Redis) -> None:
    """The keyless limit is large, so it is counted in batches: a worker writes its batch counter
    once it has hits pending at a sync, a tenth of a second apart within one window."""
    for _ in range(30):
        assert client.post("/v1/match", json={"context": {"text": "zorg"}}).status_code == 200
        if next(connection.scan_iter(Keys.rate_limits + ":batch/*"), None) is not None:
            return
        time.sleep(BatchedWindows.SYNC_SECONDS)


def _read_queued_pages(connection: redis.Redis) -> None:
    """Run the page reader once over what was queued (RQ, on the same database)."""
    from rq import Queue, SimpleWorker

    worker_connection = redis.Redis(connection_pool=text_pool(connection.connection_pool, decode=False))
    queue = Queue(QUEUE, connection=worker_connection)
    assert queue.count == 1
    SimpleWorker([queue], connection=worker_connection).work(burst=True)


@pytest.mark.filterwarnings("ignore::DeprecationWarning")
def test_a_full_run_writes_only_declared_keys(redis_server, fresh_db, tmp_path, demo_payload) -> None:
    db, connection = fresh_db
    app = make_app(redis_server, db, tmp_path, crawl_domains="127.0.0.1", studio_login_rate_limit="2/hour",
                   studio_proof_bits=8)
    client = app.test_client()
    assert client.post("/v1/vacancies", json=demo_payload, headers=ADMIN).status_code == 200
    _serve(client, f"{SITE}/vacatures/verpleegkundige")  # a URL that names the work clears the floor
    _read_queued_pages(connection)
    # refused, remembered briefly as empty
    assert connection.get(Keys.page(f"{SITE}/vacatures/verpleegkundige")) == "{}"
    _serve(client, f"{SITE}/vacatures/wijkverpleegkundige")  # this one stays queued: RQ's keys are in the store too
    _logo(connection)
    _preferences(client)
    _partner(client)
    _studio(app, client)
    flush_buffers(app)
    _count_in_batches(client, connection)  # last: these counters live for a second or two

    keys = set(connection.scan_iter("*", count=1000))
    assert undeclared(keys) == []
    unseen = [p for p in Keys.patterns() if not any(fnmatchcase(key, p) for key in keys)]
    assert unseen == [], "the run no longer writes these: extend it, or drop the pattern"
