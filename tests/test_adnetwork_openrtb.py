"""OpenRTB as exchanges run it: signed win, billing and loss notices; an impression counts when
it is billed (or won, for an exchange without billing notices), never when it is only bid;
per-vacancy CPM and CPC bids and daily budgets managed through the API; bidfloor, bcat, badv,
cur and tmax honoured; a no-bid the exchange can act on carries nbr."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from flask import Flask

from engine.domain.pacing import MICRO
from engine.web.runtime import get_runtime
from tests.adnetwork_helpers import counted, fill, network_app, today
from tests.conftest import ADMIN
from tests.test_openapi_contract import DOCUMENT, errors_of
from tests.test_openrtb import HEADERS, banner_request

BID_SCHEMA = DOCUMENT["paths"]["/openrtb2/bid"]["post"]["responses"]["200"]["content"]["application/json"]["schema"]


@pytest.fixture
def network(redis_server, fresh_db, tmp_path: Path, demo_payload: dict) -> Flask:
    return network_app(redis_server, fresh_db[0], tmp_path, demo_payload)


def offer(app: Flask, body: dict | None = None, query: str = "") -> dict:
    response = app.test_client().post("/openrtb2/bid" + query, json=body or banner_request(), headers=HEADERS)
    assert response.status_code == 200, response.get_data(as_text=True)[:300]
    assert errors_of(BID_SCHEMA, response.json) == []
    return response.json["seatbid"][0]["bid"][0]


def call(app: Flask, url: str, **macros: str) -> int:
    return app.test_client().get(fill(url, **macros)).status_code


def test_a_bid_that_loses_counts_no_impression_and_a_billed_one_counts_one(network: Flask) -> None:
    lost = offer(network)
    assert counted(network) == 0  # bid, not shown
    assert call(network, lost["lurl"], loss="102") == 204 and counted(network) == 0
    won = offer(network)
    assert call(network, won["nurl"]) == 204 and counted(network) == 0  # won, not yet billed
    assert call(network, won["burl"], price="1.2") == 204 and counted(network) == 1
    for _ in range(5):  # the exchange calls it again: answered, not counted
        assert call(network, won["burl"], price="1.2") == 204
    assert counted(network) == 1
    vacancy = won["id"].split("-", 1)[1]
    day = today(network, vacancy)
    assert (day.impressions, day.wins) == (1, 1) and day.losses == (1 if lost["id"] == won["id"] else 0)
    assert day.spent_micro == round(1.2 * MICRO / 1000)  # the clearing price, per impression


def test_an_exchange_without_billing_notices_counts_on_the_win(network: Flask) -> None:
    won = offer(network, query="?billing=nurl")
    assert call(network, won["nurl"], price="0.9") == 204 and counted(network) == 1
    assert call(network, won["burl"], price="0.9") == 204 and counted(network) == 1  # the same bid, once
    assert network.test_client().post("/openrtb2/bid?billing=pixel", json=banner_request(),
                                      headers=HEADERS).status_code == 422


@pytest.mark.parametrize("forge", [
    lambda url: url.replace("/openrtb2/bill/", "/openrtb2/win/"),  # a billing token is not a win token
    lambda url: url.replace("/openrtb2/bill/", "/openrtb2/other/"),
    lambda url: url.replace("?", "x?", 1),
    lambda url: url.split("/openrtb2/bill/")[0] + "/openrtb2/bill/eyJmIjp7InYiOiJkZW1vLTAwMSJ9fQ.forged?price=1",
])
def test_a_forged_notice_counts_nothing(network: Flask, forge) -> None:
    won = offer(network)
    assert call(network, forge(won["burl"])) == 404
    assert counted(network) == 0


def test_the_price_an_exchange_reports_is_never_above_our_bid(network: Flask) -> None:
    first, second = offer(network), offer(network)
    assert call(network, first["burl"], price="999") == 204
    assert call(network, second["burl"], price="${AUCTION_PRICE}") == 204  # a macro left unfilled: our bid
    vacancy = first["id"].split("-", 1)[1]
    assert today(network, vacancy).spent_micro == 2 * round(first["price"] * MICRO / 1000)


def test_each_vacancy_bids_its_own_cpm_or_cpc(network: Flask) -> None:
    client = network.test_client()
    first = offer(network)
    vacancy = first["id"].split("-", 1)[1]
    assert first["price"] == 1.5  # ENGINE_BID_CPM for a vacancy without a bid of its own
    put = client.put(f"/v1/vacancies/{vacancy}/bid", json={"model": "cpm", "price": 3.25}, headers=ADMIN)
    assert put.status_code == 200 and put.json["today"]["bid_cpm"] == 3.25 and put.json["default"] is False
    assert offer(network)["price"] == 3.25
    client.put(f"/v1/vacancies/{vacancy}/bid", json={"model": "cpc", "price": 0.8}, headers=ADMIN)
    cpc = offer(network)
    assert cpc["price"] == pytest.approx(0.8 * 0.002 * 1000)  # the click's price times the expected click rate
    assert call(network, cpc["burl"], price="1.0") == 204
    assert today(network, vacancy).spent_micro == 0  # a CPC vacancy pays for clicks, not impressions
    link = json.loads(cpc["adm"])["link"]["url"] if cpc["adm"].startswith("{") else \
        cpc["adm"].split('class="cta" href="')[1].split('"')[0]
    assert client.get(link).status_code == 302 and client.get(link).status_code == 302  # counted once
    assert (today(network, vacancy).clicks, today(network, vacancy).spent_micro) == (1, round(0.8 * MICRO))
    assert client.delete(f"/v1/vacancies/{vacancy}/bid", headers=ADMIN).status_code == 204
    assert client.get(f"/v1/vacancies/{vacancy}/bid", headers=ADMIN).json["default"] is True
    assert client.delete(f"/v1/vacancies/{vacancy}/bid", headers=ADMIN).status_code == 404


@pytest.mark.parametrize(("body", "field"), [({"model": "cpa", "price": 1}, "model"), ({"model": "cpm"}, "price"),
                                             ({"model": "cpm", "price": 0}, "price"),
                                             ({"model": "cpm", "price": 1, "daily_budget": -5}, "daily_budget"),
                                             ({"model": "cpm", "price": 1, "pacing": "asap"}, "pacing")])
def test_a_bad_bid_is_refused_and_stores_nothing(network: Flask, body: dict, field: str) -> None:
    client = network.test_client()
    response = client.put("/v1/vacancies/demo-001/bid", json=body, headers=ADMIN)
    assert response.status_code == 422 and response.json["error"]["field"] == field
    assert client.get("/v1/vacancies/demo-001/bid", headers=ADMIN).json["default"] is True
    assert client.put("/v1/vacancies/nope/bid", json={"model": "cpm", "price": 1}, headers=ADMIN).status_code == 404


def test_a_budget_is_spent_no_faster_than_the_day_goes_by(network: Flask) -> None:
    """Service level, on a chosen clock: an hour into the day a 2.40 EUR budget allows 0.11."""
    ads, client = get_runtime(network).ads, network.test_client()
    vacancy = offer(network)["id"].split("-", 1)[1]
    client.put(f"/v1/vacancies/{vacancy}/bid", json={"model": "cpm", "price": 20, "daily_budget": 2.4}, headers=ADMIN)
    midnight = (time.time() // 86_400) * 86_400
    hour = midnight + 3600  # allowance: 2.4 * (3600 + 300) / 86400 = 0.108 EUR; one impression costs 0.02
    billed = 0
    for _ in range(12):
        answer = ads.bid(banner_request(), now=hour)
        entries = answer.body["seatbid"][0]["bid"] if answer.body else []
        ours = [entry for entry in entries if entry["id"].endswith(vacancy)]
        if not ours:
            break
        ads.notice("bill", ours[0]["burl"].split("/openrtb2/bill/")[1].split("?")[0], "20", now=hour)
        billed += 1
        time.sleep(0.005)  # past the app's refresh interval: the next bid reads what was billed
    assert billed == 6  # 0.10 spent < 0.108 allows a sixth; 0.12 does not
    assert ads.bid(banner_request(), now=midnight + 13 * 3600).body["seatbid"][0]["bid"][0]["id"].endswith(vacancy)


def test_the_floor_the_category_and_the_advertiser_block_are_honoured(network: Flask) -> None:
    client = network.test_client()
    first = offer(network)
    vacancy = first["id"].split("-", 1)[1]
    client.put(f"/v1/vacancies/{vacancy}/bid", json={"model": "cpm", "price": 0.3}, headers=ADMIN)
    cheaper = offer(network)  # below the 0.5 floor: the next vacancy that fits bids instead
    assert not cheaper["id"].endswith(vacancy) and cheaper["price"] >= 0.5
    parent = first["adomain"][0].split(".", 1)[1]  # werkenbij.<advertiser>: the advertiser's own domain
    blocked = client.post("/openrtb2/bid", json=banner_request(badv=[parent, cheaper["adomain"][0]]), headers=HEADERS)
    assert blocked.status_code == 204 or all(
        not b["adomain"][0].endswith((parent, cheaper["adomain"][0])) for b in blocked.json["seatbid"][0]["bid"])
    assert client.post("/openrtb2/bid", json=banner_request(bcat=["IAB4-5"]), headers=HEADERS).status_code == 204
    assert client.post("/openrtb2/bid", json=banner_request(cur=["USD", "GBP"]), headers=HEADERS).status_code == 204


@pytest.mark.parametrize(("change", "nbr"), [
    (lambda r: r.update(tmax=5), 15),  # no answer of ours crosses a network in 5 ms
    (lambda r: r["imp"][0].pop("id"), 2),
])
def test_a_no_bid_the_exchange_can_act_on_carries_a_reason(network: Flask, change, nbr: int) -> None:
    request = banner_request()
    change(request)
    response = network.test_client().post("/openrtb2/bid", json=request, headers=HEADERS)
    assert response.status_code == 200 and errors_of(BID_SCHEMA, response.json) == []
    assert response.json["nbr"] == nbr and response.json["seatbid"] == [] and response.json["id"] == "req-banner"


def test_a_request_whose_time_is_up_gets_no_work(network: Flask) -> None:
    """Waited half a second (in a queue, say) for a 300 ms auction: declined before any ranking."""
    answer = get_runtime(network).ads.bid(banner_request(tmax=300), started=time.monotonic() - 0.5)
    assert answer.body is not None and answer.body["nbr"] == 15 and answer.offered == []
    assert get_runtime(network).ads.bid(banner_request(tmax=300), started=time.monotonic()).offered


def test_a_plain_no_bid_stays_an_empty_204(network: Flask) -> None:
    request = banner_request(site={"page": "https://voetbal.example/uitslagen", "content": {"title": "Uitslagen"}})
    response = network.test_client().post("/openrtb2/bid", json=request, headers=HEADERS)
    assert response.status_code == 204 and response.get_data() == b""
