"""GET /metrics: counts that move by exactly what a request did, labels that never name a person,
a token to read them, and every gunicorn worker added up in multiprocess mode."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from flask import Flask
from prometheus_client.parser import text_string_to_metric_families

from engine.config import load_settings
from engine.store.keys import PREFIX, Keys
from engine.web.metrics import METHODS, scrape_tokens, token_accepted
from tests.conftest import ADMIN, ADMIN_TOKEN, ROOT, make_app, wait_for
from tests.test_gunicorn import base_env, free_port, wait_until_up

Samples = dict[tuple[str, frozenset], float]
SPY = {"X-Forwarded-For": "203.0.113.9", "User-Agent": "SpyBrowser/1.0", "Referer": "https://referrer.example/p"}
TOKEN = "secret-token-abcdefghijk"


def scrape(client, headers: dict | None = None) -> Samples:
    response = client.get("/metrics", headers=headers or ADMIN)
    assert response.status_code == 200, response.data
    return parse(response.get_data(as_text=True))


def parse(text: str) -> Samples:
    return {(sample.name, frozenset(sample.labels.items())): sample.value
            for family in text_string_to_metric_families(text) for sample in family.samples}


def value(samples: Samples, name: str, **labels: str) -> float:
    return samples.get((name, frozenset(labels.items())), 0.0)


def requests_of(samples: Samples, endpoint: str, method: str = "POST", status: str = "200") -> float:
    return value(samples, "plainsight_http_requests_total", endpoint=endpoint, method=method, status=status)


def test_metrics_need_a_token(client) -> None:
    assert client.get("/metrics").status_code == 401
    assert client.get("/metrics").json["error"]["code"] == "unauthorized"
    assert client.get("/metrics", headers={"Authorization": "Bearer wrong"}).status_code == 401
    assert client.get("/metrics", headers={"Authorization": ADMIN_TOKEN}).status_code == 401  # no scheme
    response = client.get("/metrics", headers=ADMIN)
    assert response.status_code == 200
    assert response.content_type == "text/plain; version=0.0.4; charset=utf-8"
    assert "Set-Cookie" not in response.headers
    assert response.headers["Cache-Control"] == "no-store"


def test_openmetrics_when_the_scraper_asks(client) -> None:
    response = client.get("/metrics", headers={**ADMIN, "Accept": "application/openmetrics-text; version=1.0.0"})
    assert response.status_code == 200
    assert response.content_type.startswith("application/openmetrics-text; version=1.0.0")
    assert response.get_data(as_text=True).endswith("# EOF\n")


def test_scrape_tokens() -> None:
    assert scrape_tokens(load_settings({"admin_token": None}, environ={})) == ()  # /metrics answers 503
    settings = load_settings({"admin_token": "admin", "metrics_token": "scraper"}, environ={})
    assert token_accepted(settings, "Bearer scraper") and token_accepted(settings, "bearer admin")
    assert not token_accepted(settings, "Bearer other") and not token_accepted(settings, "Basic scraper")
    assert not token_accepted(settings, "") and not token_accepted(settings, "Bearer ")


def test_a_scraper_token_of_its_own(redis_server, fresh_db, tmp_path: Path) -> None:
    app = make_app(redis_server, fresh_db[0], tmp_path, admin_token=None, metrics_token="scraper-token")
    client = app.test_client()
    assert client.get("/metrics", headers={"Authorization": "Bearer scraper-token"}).status_code == 200
    assert client.get("/metrics", headers=ADMIN).status_code == 401
    # the scraper's token opens nothing else
    assert client.get("/v1/stats", headers={"Authorization": "Bearer scraper-token"}).status_code == 503


def test_a_render_counts_exactly_one_request_and_its_ads(client) -> None:
    before = scrape(client)
    ads = client.post("/v1/render", json={"preferences": {"interests": "verpleegkundige"}, "count": 2}).json["ads"]
    after = scrape(client)
    assert len(ads) == 2
    assert requests_of(after, "ads.render") - requests_of(before, "ads.render") == 1
    histogram = {"endpoint": "ads.render", "method": "POST", "status_class": "2xx"}
    assert (value(after, "plainsight_http_request_duration_seconds_count", **histogram)
            - value(before, "plainsight_http_request_duration_seconds_count", **histogram)) == 1
    assert (value(after, "plainsight_vacancies_matched_total", endpoint="ads.render")
            - value(before, "plainsight_vacancies_matched_total", endpoint="ads.render")) == 2


def test_matches_returned_are_counted(client) -> None:
    before = scrape(client)
    matches = client.post("/v1/match", json={"context": {"title": "Werken in de zorg"}, "limit": 3}).json["matches"]
    after = scrape(client)
    assert (value(after, "plainsight_vacancies_matched_total", endpoint="ads.match")
            - value(before, "plainsight_vacancies_matched_total", endpoint="ads.match")) == len(matches) == 3
    assert requests_of(after, "ads.match") - requests_of(before, "ads.match") == 1


BID = {"id": "r", "imp": [{"id": "1", "banner": {"w": 300, "h": 250}}],
       "site": {"page": "https://a.example/zorg", "content": {"title": "Werken in de zorg", "language": "nl"}}}


def test_a_no_bid_is_counted(client) -> None:
    before = scrape(client)
    assert client.post("/openrtb2/bid", json={**BID, "bcat": ["IAB4"]}).status_code == 204
    middle = scrape(client)
    assert client.post("/openrtb2/bid", json=BID).status_code == 200
    after = scrape(client)
    assert value(middle, "plainsight_openrtb_no_bids_total") - value(before, "plainsight_openrtb_no_bids_total") == 1
    assert value(after, "plainsight_openrtb_no_bids_total") == value(middle, "plainsight_openrtb_no_bids_total")
    assert requests_of(middle, "openrtb.bid", status="204") - requests_of(before, "openrtb.bid", status="204") == 1
    assert (value(after, "plainsight_vacancies_matched_total", endpoint="openrtb.bid")
            - value(middle, "plainsight_vacancies_matched_total", endpoint="openrtb.bid")) == 1


def cache(samples: Samples, kind: str, name: str) -> float:
    return value(samples, f"plainsight_cache_{kind}_total", cache=name)


def test_cache_hits_and_misses(client) -> None:
    body = {"context": {"title": f"Verpleegkundige gezocht in Utrecht {time.time_ns()}"}}  # a text never seen
    first = scrape(client)
    assert client.post("/v1/render", json=body).status_code == 200
    second = scrape(client)
    assert client.post("/v1/render", json=body).status_code == 200
    third = scrape(client)
    assert cache(second, "misses", "decision") - cache(first, "misses", "decision") == 1
    assert cache(second, "hits", "decision") == cache(first, "hits", "decision")
    assert cache(second, "misses", "query") - cache(first, "misses", "query") == 1
    assert cache(second, "misses", "analysis") > cache(first, "misses", "analysis")
    # the same request again: the ranking is remembered, nothing is read or built again
    assert cache(third, "hits", "decision") - cache(second, "hits", "decision") == 1
    assert cache(third, "misses", "decision") == cache(second, "misses", "decision")
    for kind in ("hits", "misses"):
        for name in ("analysis", "query"):
            assert cache(third, kind, name) == cache(second, kind, name)


def test_index_gauges(client) -> None:
    health = client.get("/healthz").json
    samples = scrape(client)
    assert value(samples, "plainsight_index_vacancies") == health["vacancies"] > 0
    assert value(samples, "plainsight_catalogue_version") == health["catalogue_version"]
    assert value(samples, "plainsight_index_stale") == 0
    assert value(samples, "plainsight_serving_stopped") == 0


def test_no_label_names_a_person(app: Flask, client) -> None:
    """Tokens, addresses, agents, queries and paths with ids never become label values."""
    client.get(f"/v1/preferences/{TOKEN}?uid=query-secret-42", headers=SPY,
               environ_base={"REMOTE_ADDR": "198.51.100.23"})
    client.delete(f"/v1/preferences/{TOKEN}", headers=SPY)
    client.get(f"/why/{TOKEN}", headers=SPY)
    client.get(f"/c/{TOKEN}?u=query-secret-42", headers=SPY)
    client.get("/v1/vacancies/id-in-a-path-77", headers={**ADMIN, **SPY})
    client.get("/no/such/page/secret-path-123", headers=SPY)
    client.open("/v1/render", method="SPYMETHOD", headers=SPY)
    client.post("/v1/render", json={"preferences_token": TOKEN, "context": {"title": "Zorg"}}, headers=SPY)
    text = client.get("/metrics", headers=ADMIN).get_data(as_text=True)
    for secret in (TOKEN, "203.0.113.9", "198.51.100.23", "SpyBrowser", "referrer.example", "query-secret-42",
                   "id-in-a-path-77", "secret-path-123", "SPYMETHOD", "/v1/", "/why", "/c/"):
        assert secret not in text, secret
    assert 'plainsight_http_requests_total{endpoint="preferences.export",method="GET",status="404"}' in text
    assert 'plainsight_http_requests_total{endpoint="unmatched",method="GET",status="404"}' in text
    assert 'method="other"' in text
    # every label value comes from a small fixed vocabulary
    endpoints = {rule.endpoint for rule in app.url_map.iter_rules()} | {"unmatched"}
    for (_, labels) in parse(text):
        for name, label in labels:
            allowed = {"endpoint": endpoints, "method": METHODS | {"other"},
                       "cache": {"analysis", "query", "decision"}}.get(name)
            if allowed is not None:
                assert label in allowed, (name, label)
            elif name == "status":
                assert label.isdigit(), label
            elif name == "status_class":
                assert re.fullmatch(r"[1-5]xx", label), label
            else:
                assert name in ("le", "source", "error"), name


def test_store_errors_are_counted_by_place_and_class(fresh_app: Flask, fresh_db) -> None:
    """Real Redis errors (a key of the wrong type), in a request and in the refresh loops."""
    _, connection = fresh_db
    client = fresh_app.test_client()
    before = scrape(client)
    connection.hset(f"{PREFIX}slot:broken", "x", "1")  # a slot is a string: reading it fails with WRONGTYPE
    assert client.get("/embed/broken").status_code == 500
    connection.delete(Keys.catalogue_changes)
    connection.set(Keys.catalogue_changes, "not a stream")
    connection.rpush(Keys.oversight_version, "not a number")
    time.sleep(0.01)  # past the refresh interval of the test settings
    assert client.post("/v1/match", json={"context": {"title": "Zorg"}}).status_code == 200  # the last index serves
    after = scrape(client)
    errors = "plainsight_redis_errors_total"
    assert value(after, errors, source="request", error="ResponseError") \
        - value(before, errors, source="request", error="ResponseError") == 1
    assert value(after, errors, source="index_refresh", error="ResponseError") >= 1
    assert value(after, errors, source="oversight_refresh", error="ResponseError") >= 1
    assert value(after, "plainsight_index_stale") == 1
    text = client.get("/metrics", headers=ADMIN).get_data(as_text=True)
    assert "WRONGTYPE" not in text and "broken" not in text


def http(port: int, path: str, body: bytes | None = None, token: str | None = None) -> tuple[int, str]:
    headers = {"Content-Type": "application/json", **SPY}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    request = urllib.request.Request(f"http://127.0.0.1:{port}{path}", data=body, headers=headers)
    with urllib.request.urlopen(request, timeout=10) as response:
        return response.status, response.read().decode()


def worker_pids(directory: Path) -> set[int]:
    return {int(m.group(1)) for f in directory.iterdir() if (m := re.fullmatch(r"counter_(\d+)\.db", f.name))}


@pytest.mark.slow
def test_gunicorn_workers_are_added_up(redis_server, fresh_db, tmp_path: Path) -> None:
    prometheus_dir = tmp_path / "prometheus"
    prometheus_dir.mkdir()
    (prometheus_dir / "counter_1.db").write_bytes(b"left over from an earlier run")
    env = {**base_env(redis_server, fresh_db[0], tmp_path), "ENGINE_SECRET_KEY": "k",
           "ENGINE_METRICS_TOKEN": "scraper", "PROMETHEUS_MULTIPROC_DIR": str(prometheus_dir)}
    port, log = free_port(), tmp_path / "server.log"
    command = [sys.executable, "-m", "gunicorn", "-c", "gunicorn.conf.py", "--bind", f"127.0.0.1:{port}",
               "--workers", "2", "wsgi:app"]
    with log.open("w") as out:
        process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT)
    try:
        wait_until_up(port, process, log)
        # the master forks its workers up to 0.1 s apart: the load waits for the second one
        wait_for(lambda: log.read_text().count("Booting worker with pid") == 2)
        assert not (prometheus_dir / "counter_1.db").exists()  # emptied at start
        body = b'{"context": {"title": "Werken in de zorg"}}'
        with ThreadPoolExecutor(8) as pool:  # concurrent connections: both workers answer some
            statuses = list(pool.map(lambda _: http(port, "/v1/match", body)[0], range(40)))
        assert statuses == [200] * 40
        assert len(worker_pids(prometheus_dir)) == 2, "both workers served"
        for _ in range(4):  # whichever worker answers the scrape, it reports both workers' requests
            samples = parse(http(port, "/metrics", token="scraper")[1])
            assert requests_of(samples, "ads.match") == 40
            assert value(samples, "plainsight_vacancies_matched_total", endpoint="ads.match") == 0
        # a worker that exits takes its gauges along; its counts stay in the sum
        gone = min(worker_pids(prometheus_dir))
        os.kill(gone, signal.SIGTERM)
        deadline = time.monotonic() + 30
        while (prometheus_dir / f"gauge_livemostrecent_{gone}.db").exists():
            assert time.monotonic() < deadline, log.read_text()
            time.sleep(0.2)
        wait_until_up(port, process, log)
        assert requests_of(parse(http(port, "/metrics", token="scraper")[1]), "ads.match") == 40
    finally:
        process.terminate()
        process.wait(timeout=30)
    text = log.read_text()
    assert "Traceback" not in text, text
    for secret in ("203.0.113.9", "SpyBrowser", "referrer.example"):
        assert secret not in text, secret


def test_an_embed_counts_the_ad_it_shows(redis_server, fresh_db, tmp_path: Path, demo_payload: dict) -> None:
    app = make_app(redis_server, fresh_db[0], tmp_path)
    client = app.test_client()
    assert client.post("/v1/vacancies", json=demo_payload, headers=ADMIN).status_code == 200
    slot = {"site": "Werken in de zorg", "allowed_domains": ["zorg.example"], "language": "nl", "keywords": ["zorg"]}
    assert client.put("/v1/slots/zorgsite", json=slot, headers=ADMIN).status_code == 200
    before = scrape(client)
    page = client.get("/embed/zorgsite")
    assert page.status_code == 200 and "/c/" in page.get_data(as_text=True)  # one ad, with its click link
    after = scrape(client)
    name = "plainsight_vacancies_matched_total"
    assert value(after, name, endpoint="embed.embed") - value(before, name, endpoint="embed.embed") == 1
