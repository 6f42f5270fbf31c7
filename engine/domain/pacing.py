"""What a vacancy bids on the ad networks, and how its daily budget is spread over the day.

A vacancy bids a CPM (EUR per thousand impressions, charged when an impression is billed) or a
CPC (EUR per click, charged when a click on an ad-network ad is counted). A CPC is offered to the
exchanges, which sell impressions, as the CPM it is worth: the price of a click times the share
of impressions that get one (today's, pulled towards a prior so a quiet morning does not swing it).

Even pacing: by any moment of the (UTC) day a vacancy may have spent no more than its budget
times the share of the day gone by, plus one short slice so it can start at midnight. Whoever
spends fast in the morning would be gone by the evening, when most people read; whoever keeps
to the line is seen all day. The gate is checked on every bid against what the notices reported,
so spend follows the line however the traffic rises and falls, as long as there is enough of it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

DAY = 86_400
SLICE_SECONDS = 300  # the allowance runs this far ahead of the clock: bidding starts at 00:00
PRIOR_CTR = 0.002  # display job ads: about 2 clicks per 1,000 impressions
PRIOR_IMPRESSIONS = 1_000  # how much the prior weighs against today's counts
MICRO = 1_000_000  # money is kept in millionths of a euro: whole numbers add up exactly


class BidSetting(BaseModel):
    """How one vacancy bids: the body of ``PUT /v1/vacancies/<id>/bid``."""

    model_config = ConfigDict(extra="forbid")
    model: Literal["cpm", "cpc"] = Field(description="cpm: EUR per thousand impressions; cpc: EUR per click")
    price: float = Field(gt=0, le=1000, description="EUR per thousand impressions (cpm) or per click (cpc)")
    daily_budget: float | None = Field(None, gt=0, le=1_000_000,
                                       description="EUR a (UTC) day, spread evenly over it; null: no limit")


@dataclass(frozen=True)
class Today:
    """What a vacancy did on the ad networks today: counters, never identifiers."""

    spent_micro: int = 0
    impressions: int = 0  # billed
    clicks: int = 0  # on ad-network ads, counted once each
    wins: int = 0
    losses: int = 0

    @property
    def spent(self) -> float:
        return self.spent_micro / MICRO


def seconds_into_day(now: float) -> float:
    return now % DAY


def allowance(budget: float, now: float) -> float:
    """What may be spent by ``now``: the budget's share of the day gone by, one slice ahead."""
    return budget * min(1.0, (seconds_into_day(now) + SLICE_SECONDS) / DAY)


def may_bid(setting: BidSetting, today: Today, now: float) -> bool:
    """Below the line of even spending (always, without a budget)."""
    if setting.daily_budget is None:
        return True
    return today.spent < allowance(setting.daily_budget, now)


def expected_ctr(today: Today) -> float:
    return (today.clicks + PRIOR_CTR * PRIOR_IMPRESSIONS) / (today.impressions + PRIOR_IMPRESSIONS)


def bid_cpm(setting: BidSetting, today: Today) -> float:
    """The CPM offered to the exchange, rounded to a hundredth of a cent."""
    cpm = setting.price if setting.model == "cpm" else setting.price * expected_ctr(today) * 1000
    return round(cpm, 4)


def clearing_price(raw: str | None, bid_price: float) -> float:
    """The price an exchange put in ``${AUCTION_PRICE}``: never more than we bid (a garbled or
    inflated price is capped), and our own bid when it sent none or left the macro unfilled."""
    try:
        price = float(raw) if raw is not None else math.nan
    except ValueError:
        price = math.nan
    if not math.isfinite(price) or price < 0:
        return bid_price
    return min(price, bid_price)


def impression_cost_micro(clearing_cpm: float) -> int:
    """One impression at a CPM, in millionths of a euro."""
    return round(clearing_cpm * MICRO / 1000)


def day_of(now: float) -> int:
    return int(now // DAY)
