"""Redis goes away mid-load and comes back: renders go on, writes say 503, nothing acknowledged
is lost, and the engine recovers by itself. A real redis-server is SIGKILLed and restarted."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
import redis
from flask import Flask

from engine.store.client import Breaker
from engine.web.app import create_app
from engine.web.runtime import get_runtime
from tests.conftest import ADMIN
from tests.fault_load import Tally, lost_writes, posting, render_loop, write_loop
from tests.redis_process import RedisProcess

pytestmark = pytest.mark.slow


def sender(app: Flask):  # noqa: ANN201 - a fault_load.Send over a test client of its own
    client = app.test_client()

    def send(method: str, path: str, body: dict | None, headers: dict) -> tuple[int, dict | None]:
        response = client.open(path, method=method, json=body, headers=headers)
        return response.status_code, response.get_json(silent=True)

    return send


@pytest.fixture
def server(tmp_path: Path):
    process = RedisProcess(tmp_path / "redis")
    process.start()
    yield process
    process.stop()


@pytest.fixture
def faulty_app(server: RedisProcess, tmp_path: Path, demo_payload: dict) -> Iterator[Flask]:
    app = create_app({"redis_url": server.url, "data_dir": str(tmp_path), "admin_token": "test-admin-token",
                      "secret_key": "test-secret", "testing": True, "index_refresh_seconds": 0.05,
                      "redis_timeout": 0.5, "preferences_rate_limit": "1000000/hour"})
    assert app.test_client().post("/v1/vacancies", json=demo_payload, headers=ADMIN).status_code == 200
    time.sleep(0.06)  # past the refresh interval: the worker reads the import before Redis goes
    assert len(get_runtime(app).vacancies.index.current()) == len(demo_payload["@graph"])
    yield app
    get_runtime(app).close()


def wait_for(condition, timeout: float = 10.0) -> bool:  # noqa: ANN001
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return False


def test_redis_killed_and_restarted_mid_load(faulty_app: Flask, server: RedisProcess) -> None:
    tally, stop = Tally(), threading.Event()
    valid_through = (date.today() + timedelta(days=30)).isoformat()
    threads = [threading.Thread(target=render_loop, args=(sender(faulty_app), stop, tally)) for _ in range(2)]
    threads.append(threading.Thread(target=write_loop,
                                    args=(sender(faulty_app), stop, tally, ADMIN, valid_through)))
    for thread in threads:
        thread.start()
    probe = faulty_app.test_client()
    try:
        assert wait_for(lambda: len(tally.tokens) >= 5 and len(tally.vacancies) >= 5)
        before = dict(renders=sum(tally.renders.values()), writes=sum(tally.writes.values()))
        server.kill()
        assert wait_for(lambda: probe.get("/healthz").json["status"] == "degraded")
        health = probe.get("/healthz")
        assert health.status_code == 200 and health.json["store"] == "down" and health.json["vacancies"] > 0
        # while Redis is away, a write is refused with the contract's error, and renders go on
        refused = probe.post("/v1/preferences", json={"preferences": {"interests": "kok"},
                                                      "consent": {"given": True, "purpose": "vacancy_matching",
                                                                  "text_version": "2026-11-25"}})
        assert refused.status_code == 503 and refused.json["error"]["code"] == "store_unavailable"
        assert refused.headers["Retry-After"]
        with_token = probe.post("/v1/render", json={"preferences_token": "a" * 43,
                                                    "context": {"keywords": ["verpleegkundige", "vacatures"]}})
        assert with_token.status_code == 200
        not_used = {n["signal"]: n.get("reason") for n in with_token.json["ads"][0]["explanation"]["signals_not_used"]}
        assert not_used["preferences_token"] == "store_unavailable"
        outage_renders = sum(tally.renders.values())
        assert wait_for(lambda: sum(tally.renders.values()) > outage_renders), "rendering stopped while Redis was away"
        assert wait_for(lambda: tally.writes[503] > 0)
        server.start()
        # no restart of the app: it finds the server again by itself
        assert wait_for(lambda: probe.get("/healthz").json["status"] == "ok")
        writes_after = len(tally.tokens) + len(tally.vacancies)
        assert wait_for(lambda: len(tally.tokens) + len(tally.vacancies) >= writes_after + 4)
    finally:
        stop.set()
        for thread in threads:
            thread.join(timeout=30)
    assert tally.unexpected == []
    assert set(tally.renders) == {200}
    assert set(tally.writes) <= {200, 201, 503}
    assert sum(tally.renders.values()) > before["renders"] and sum(tally.writes.values()) > before["writes"]
    assert lost_writes(sender(faulty_app), tally, ADMIN) == []
    # a vacancy imported after the restart is served by the index of this worker
    assert wait_for(lambda: probe.get(f"/v1/vacancies/{tally.vacancies[-1]}", headers=ADMIN).status_code == 200)


def test_store_unavailable_is_503_for_every_write_and_never_500(faulty_app: Flask, server: RedisProcess) -> None:
    client = faulty_app.test_client()
    server.kill()
    responses = {
        "import": client.post("/v1/vacancies", json=posting("x-1", "2099-01-01"), headers=ADMIN),
        "delete": client.delete("/v1/vacancies/demo-001", headers=ADMIN),
        "slot": client.put("/v1/slots/s1", json={"site": "x", "allowed_domains": ["example.nl"]}, headers=ADMIN),
        "export": client.get("/v1/preferences/" + "a" * 43),
        "kill-switch": client.put("/v1/oversight/kill-switch", json={"on": True, "reason": "test"}, headers=ADMIN),
    }
    statuses = {name: r.status_code for name, r in responses.items()}
    assert set(statuses.values()) == {503}, statuses
    for response in responses.values():
        assert set(response.json["error"]) == {"code", "message", "field"}
    assert client.post("/v1/match", json={"context": {"keywords": ["verpleegkundige", "vacatures"]}}).status_code == 200


def test_embedded_redis_keeps_an_append_only_file(tmp_path: Path) -> None:
    app = create_app({"data_dir": str(tmp_path), "secret_key": "k", "testing": True})
    client = app.extensions["plainsight.store"].client
    assert client.config_get("appendonly") == {"appendonly": "yes"}
    assert client.config_get("appendfsync") == {"appendfsync": "everysec"}
    client.shutdown(nosave=True)


def test_the_breaker_opens_on_an_outage_only_and_closes_after_its_time() -> None:
    now = [100.0]
    breaker = Breaker(seconds=1.0, clock=lambda: now[0])
    assert not breaker.open
    breaker.trip(redis.ResponseError("WRONGTYPE"))  # a bug in a command is not an outage
    assert not breaker.open
    breaker.trip(redis.ConnectionError("refused"))
    assert breaker.open
    now[0] += 0.99
    assert breaker.open
    now[0] += 0.02
    assert not breaker.open


def test_while_the_breaker_is_open_a_render_does_not_touch_the_store(faulty_app: Flask, server: RedisProcess) -> None:
    client, service = faulty_app.test_client(), get_runtime(faulty_app).ads.plainsight
    server.kill()
    body = {"preferences_token": "b" * 43, "context": {"keywords": ["verpleegkundige", "vacatures"]}}
    assert client.post("/v1/render", json=body).status_code == 200
    assert faulty_app.extensions["plainsight.store"].breaker.open
    lookups = []
    real_lookup = service.resolve_token
    service.resolve_token = lambda token: lookups.append(token) or real_lookup(token)
    try:
        for _ in range(5):
            response = client.post("/v1/render", json=body)
            assert response.status_code == 200
        assert lookups == []  # the token was not even looked up: the store had just failed
        assert response.json["ads"], response.json
        signals = {n["signal"]: n.get("reason") for n in response.json["ads"][0]["explanation"]["signals_not_used"]}
        assert signals["preferences_token"] == "store_unavailable"
    finally:
        service.resolve_token = real_lookup


def test_a_closed_runtime_writes_nothing_in_the_background(redis_server, fresh_db, tmp_path: Path) -> None:
    from tests.conftest import make_app

    db, connection = fresh_db
    runtime = get_runtime(make_app(redis_server, db, tmp_path))
    runtime.close()
    runtime.ads.stats.count("impression", "demo-001", "sector.healthcare")
    time.sleep(1.3)  # past the flush interval: a running writer would have written by now
    assert list(connection.scan_iter("*stats*")) == []
    runtime.ads.stats.flush()  # what was counted is still there, to be written by hand
    assert len(list(connection.scan_iter("*stats*"))) == 1
