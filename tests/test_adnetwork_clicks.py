"""Clicks count once: a click link counts at most one click in its lifetime (the store keeps the
link's own nonce for that long, nothing about the reader); a replay still redirects."""

from __future__ import annotations

from pathlib import Path

import pytest
from flask import Flask

from engine.domain.links import DAY
from engine.store.keys import Keys
from engine.web.runtime import get_runtime
from tests.adnetwork_helpers import counted, network_app

RENDER = {"context": {"title": "Werken in de zorg"}}


@pytest.fixture
def network(redis_server, fresh_db, tmp_path: Path, demo_payload: dict) -> Flask:
    return network_app(redis_server, fresh_db[0], tmp_path, demo_payload)


def test_a_replayed_click_link_redirects_but_counts_once(network: Flask) -> None:
    client = network.test_client()
    ad = client.post("/v1/render", json=RENDER).json["ads"][0]
    targets = {client.get(ad["click_url"]).headers["Location"] for _ in range(60)}
    assert len(targets) == 1 and targets.pop().startswith("https://")
    assert (counted(network, "impressions"), counted(network, "clicks")) == (1, 1)


def test_every_shown_ad_has_a_link_of_its_own(network: Flask) -> None:
    """Two readers of the same page each click their own ad: two clicks, each counted once."""
    client = network.test_client()
    first, second = (client.post("/v1/render", json=RENDER).json["ads"][0] for _ in range(2))
    assert first["vacancy_id"] == second["vacancy_id"] and first["click_url"] != second["click_url"]
    for ad in (first, second, first, second):
        assert client.get(ad["click_url"]).status_code == 302
    assert counted(network, "clicks") == 2


def test_the_nonce_is_kept_for_the_links_lifetime_and_nothing_else(network: Flask, fresh_db) -> None:
    client = network.test_client()
    ad = client.post("/v1/render", json=RENDER).json["ads"][0]
    client.get(ad["click_url"], headers={"User-Agent": "SpyAgent/1.0", "X-Forwarded-For": "203.0.113.7"})
    (key,) = fresh_db[1].scan_iter(Keys.counted("click", "*"))
    assert fresh_db[1].get(key) == "1"
    assert 30 * DAY - 60 < fresh_db[1].ttl(key) <= 31 * DAY  # the link lives 30 days and to the end of its last
    assert "SpyAgent" not in repr(fresh_db[1].get(key)) and "203.0.113.7" not in key


def test_a_link_signed_before_nonces_counts_once_too(network: Flask) -> None:
    """Links signed before this change are the same for every reader of a day: counted once each."""
    signer = get_runtime(network).ads.signer
    old = signer.click_url("demo-001", "sector.healthcare")
    client = network.test_client()
    assert [client.get(old).status_code for _ in range(3)] == [302, 302, 302]
    assert counted(network, "clicks") == 1
