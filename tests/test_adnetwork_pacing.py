"""Even pacing and prices, on their own: what may be spent by when, what a CPC is worth as a CPM,
what an exchange's reported price may charge, and a simulated day whose spend keeps to the line
hour by hour (bench/pacing_bench.py runs the same through the real bidder and notices)."""

from __future__ import annotations

import math
import random

import pytest

from engine.domain.pacing import (
    DAY,
    MICRO,
    BidSetting,
    Today,
    allowance,
    bid_cpm,
    clearing_price,
    impression_cost_micro,
    may_bid,
)

MIDNIGHT = 1_796_256_000.0  # 2026-12-03T00:00:00Z


def test_the_allowance_follows_the_clock_one_slice_ahead() -> None:
    assert allowance(288.0, MIDNIGHT) == pytest.approx(1.0)  # five minutes of a 288 EUR day
    assert allowance(288.0, MIDNIGHT + DAY / 2) == pytest.approx(145.0)
    assert allowance(288.0, MIDNIGHT + DAY - 1) == 288.0


def test_only_a_budget_stops_a_bid() -> None:
    free, budgeted = BidSetting(model="cpm", price=2), BidSetting(model="cpm", price=2, daily_budget=24)
    spent_by_noon = Today(spent_micro=13 * MICRO)
    assert may_bid(free, spent_by_noon, MIDNIGHT + DAY / 2)
    assert not may_bid(budgeted, spent_by_noon, MIDNIGHT + DAY / 2)  # 12.10 allowed by noon
    assert may_bid(budgeted, spent_by_noon, MIDNIGHT + 13 * 3600)


def test_a_cpc_bids_the_cpm_its_clicks_are_worth() -> None:
    cpc = BidSetting(model="cpc", price=0.5)
    assert bid_cpm(cpc, Today()) == pytest.approx(1.0)  # 0.5 EUR x 2 clicks per 1,000
    assert bid_cpm(cpc, Today(impressions=1000, clicks=8)) == pytest.approx(2.5)  # (8 + 2) / 2000
    assert bid_cpm(BidSetting(model="cpm", price=3.333333), Today()) == 3.3333


@pytest.mark.parametrize(("raw", "charged"), [("1.2", 1.2), ("0", 0.0), ("999", 2.0), ("-1", 2.0), ("nan", 2.0),
                                              ("inf", 2.0), ("${AUCTION_PRICE}", 2.0), ("AAABbb==", 2.0), (None, 2.0)])
def test_an_exchanges_price_never_charges_more_than_the_bid(raw: str | None, charged: float) -> None:
    assert clearing_price(raw, 2.0) == charged
    assert impression_cost_micro(2.0) == 2000  # 2 EUR per thousand: 0.002 EUR


def test_a_simulated_day_spends_its_budget_evenly_hour_by_hour() -> None:
    """Traffic rises and falls (four times as much at 20:00 as at 04:00), a third of the bids win
    at varying prices, notices arrive after the bid: each hour spends within 10 % of 1/24."""
    rng = random.Random(20261203)  # noqa: S311 - a repeatable simulation, not a secret
    setting = BidSetting(model="cpm", price=4.0, daily_budget=24.0)
    spent, pending, per_hour = 0, [], [0] * 24
    for hour in range(24):
        requests = int(4000 * (1 - 0.6 * math.cos((hour - 8) / 24 * 2 * math.pi)))
        for n in range(requests):
            now = MIDNIGHT + hour * 3600 + n * 3600 / requests
            while pending and pending[0][0] <= now:  # notices due by now
                _, cost = pending.pop(0)
                spent += cost
                per_hour[int((now - MIDNIGHT) // 3600)] += cost
            if may_bid(setting, Today(spent_micro=spent), now) and rng.random() < 0.33:
                pending.append((now + rng.uniform(0.5, 20), impression_cost_micro(rng.uniform(2.0, 4.0))))
    even = setting.daily_budget * MICRO / 24
    assert max(abs(spent_in_hour - even) / even for spent_in_hour in per_hour) <= 0.10, per_hour
