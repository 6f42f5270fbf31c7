"""Managing what vacancies bid on the ad networks: a CPM or a CPC and a daily budget per
vacancy (the management API), and how each one's day is going."""

from __future__ import annotations

import time
from typing import Any

from engine.domain.errors import NotFound
from engine.domain.pacing import BidSetting, Today, allowance, bid_cpm, may_bid
from engine.domain.signals import validate
from engine.store.bidding import BidBook, iso_day
from engine.store.index import IndexHolder


class BiddingService:
    def __init__(self, *, book: BidBook, index: IndexHolder, default_cpm: float) -> None:
        self.book = book
        self.index = index
        self.default = BidSetting.model_construct(model="cpm", price=default_cpm, daily_budget=None)

    def put(self, vacancy_id: str, body: Any, who: str, now: float | None = None) -> dict[str, Any]:
        """Set a vacancy's bid; a refused body or an unknown vacancy stores nothing. ``who``: the
        account (or ``admin-token``) the audit trail names."""
        setting = validate(BidSetting, body)
        self._known(vacancy_id)
        self.book.put(vacancy_id, setting, who)
        return self.describe(vacancy_id, setting, False, self.book.day(time.time() if now is None else now), now)

    def get(self, vacancy_id: str, now: float | None = None) -> dict[str, Any]:
        """The vacancy's bid (the engine's default CPM when it has none of its own) and its day."""
        self._known(vacancy_id)
        setting = self.book.get(vacancy_id)
        day = self.book.day(time.time() if now is None else now)
        return self.describe(vacancy_id, setting or self.default, setting is None, day, now)

    def delete(self, vacancy_id: str, who: str) -> None:
        """Back to the default CPM, without a budget."""
        if not self.book.delete(vacancy_id, who):
            raise NotFound(f"no bid of its own for {vacancy_id!r}", "vacancy_id")

    def all(self, now: float | None = None) -> list[dict[str, Any]]:
        day = self.book.day(time.time() if now is None else now)
        return [self.describe(vacancy_id, setting, False, day, now)
                for vacancy_id, setting in sorted(self.book.all().items())]

    def _known(self, vacancy_id: str) -> None:
        if self.index.current().get(vacancy_id) is None:
            raise NotFound(f"no vacancy {vacancy_id!r}", "vacancy_id")

    @staticmethod
    def describe(vacancy_id: str, setting: BidSetting, default: bool, day: dict[str, Today],
                 now: float | None = None) -> dict[str, Any]:
        now = time.time() if now is None else now
        today = day.get(vacancy_id) or Today()
        budget = setting.daily_budget
        return {"vacancy_id": vacancy_id, "model": setting.model, "price": setting.price, "daily_budget": budget,
                "default": default, "today": {
                    "day": iso_day(now), "spent": round(today.spent, 6),
                    "allowance": None if budget is None else round(allowance(budget, now), 6),
                    "bidding": may_bid(setting, today, now), "bid_cpm": bid_cpm(setting, today),
                    "impressions": today.impressions, "clicks": today.clicks, "wins": today.wins,
                    "losses": today.losses}}
