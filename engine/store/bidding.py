"""The ad networks' side of the store: what each vacancy bids, what it spent today, and the
clicks and notices that counted already.

Bids and budgets are one hash (vacancy id -> JSON); a day's spend and counters one hash per
day, per vacancy; a link that counted keeps its nonce for the link's lifetime (SET NX), so a
replay still redirects or answers but counts nothing. Nothing here names a person.

Every bid reads the bids and today's counters from a copy each worker keeps, read again at most
every ``refresh_seconds`` (one round trip for both hashes), so bidding costs no round trip of its
own; while the store is down the last copy is used.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import cast

import redis

from engine.domain.pacing import BidSetting, Today
from engine.store.audit import AuditTrail
from engine.store.client import Breaker, RedisClient, StoreDown, guarded
from engine.store.keys import Keys

SPEND_RETENTION_DAYS = 8  # today's pacing needs today; a week back shows how a budget went
COUNTERS = {"spent": "spent_micro", "imps": "impressions", "clicks": "clicks", "wins": "wins", "losses": "losses"}


def iso_day(now: float) -> str:
    return datetime.fromtimestamp(now, UTC).date().isoformat()


@dataclass(frozen=True)
class Ledger:
    """Every vacancy's bid and what it did on one day, as read at one moment."""

    day: str
    bids: Mapping[str, BidSetting] = field(default_factory=dict)
    today: Mapping[str, Today] = field(default_factory=dict)

    def of(self, vacancy_id: str) -> Today:
        return self.today.get(vacancy_id) or Today()


def _parse_day(fields: Mapping[str, str]) -> dict[str, Today]:
    counts: dict[str, dict[str, int]] = {}
    for name, value in fields.items():
        counter, _, vacancy_id = name.partition("|")
        if counter in COUNTERS and vacancy_id:
            counts.setdefault(vacancy_id, {})[COUNTERS[counter]] = int(value)
    return {vacancy_id: Today(**values) for vacancy_id, values in counts.items()}


def _parse_bids(fields: Mapping[str, str]) -> dict[str, BidSetting]:
    return {vacancy_id: BidSetting.model_validate_json(value) for vacancy_id, value in fields.items()}


class BidBook:
    def __init__(self, client: RedisClient, audit: AuditTrail, refresh_seconds: float = 0.25,
                 breaker: Breaker | None = None) -> None:
        self.client = client
        self.audit = audit
        self.refresh_seconds = refresh_seconds
        self.breaker = breaker or Breaker()
        self._ledger: Ledger | None = None
        self._read_at = 0.0
        self._lock = threading.Lock()

    # bids and budgets ---------------------------------------------------------------------------
    def put(self, vacancy_id: str, setting: BidSetting, who: str) -> None:
        """Set the bid with its audit entry (who set what), in one transaction."""
        pipe = self.client.pipeline(transaction=True)
        pipe.hset(Keys.vacancy_bids, vacancy_id, setting.model_dump_json())
        self.audit.add(pipe, who, "bid.set", vacancy_id, setting.model_dump(exclude_none=True))
        pipe.execute()
        self._read_at = 0.0  # this worker sees its own write on the next bid

    def get(self, vacancy_id: str) -> BidSetting | None:
        raw = cast(str | None, self.client.hget(Keys.vacancy_bids, vacancy_id))
        return None if raw is None else BidSetting.model_validate_json(raw)

    def delete(self, vacancy_id: str, who: str) -> bool:
        """Back to the default bid, with its audit entry; False (and no entry) when it had none."""

        def write(pipe: redis.client.Pipeline) -> bool:
            if not pipe.hexists(Keys.vacancy_bids, vacancy_id):
                return False
            pipe.multi()
            pipe.hdel(Keys.vacancy_bids, vacancy_id)
            self.audit.add(pipe, who, "bid.reset", vacancy_id)
            return True

        removed = bool(self.client.transaction(write, Keys.vacancy_bids, value_from_callable=True))  # type: ignore[arg-type]
        self._read_at = 0.0
        return removed

    def all(self) -> dict[str, BidSetting]:
        return _parse_bids(cast(dict[str, str], self.client.hgetall(Keys.vacancy_bids)))

    # what a day did -------------------------------------------------------------------------------
    def day(self, now: float) -> dict[str, Today]:
        return _parse_day(cast(dict[str, str], self.client.hgetall(Keys.spend(iso_day(now)))))

    def add(self, now: float, vacancy_id: str, **amounts: int) -> None:
        """Add to a vacancy's counters of the day of ``now`` (names of ``COUNTERS``)."""
        key = Keys.spend(iso_day(now))
        pipe = self.client.pipeline(transaction=False)
        for counter, amount in amounts.items():
            if counter not in COUNTERS:
                raise ValueError(f"unknown counter {counter!r}")
            if amount:
                pipe.hincrby(key, f"{counter}|{vacancy_id}", amount)
        pipe.expire(key, SPEND_RETENTION_DAYS * 86_400)
        pipe.execute()

    def first(self, kind: str, nonce: str, ttl_seconds: int) -> bool:
        """Whether this is the first time the link of ``kind`` with ``nonce`` counts."""
        return bool(self.client.set(Keys.counted(kind, nonce), "1", nx=True, ex=max(1, ttl_seconds)))

    # the copy bids are decided on ---------------------------------------------------------------
    def current(self, now: float) -> Ledger:
        """Bids and the counters of the day of ``now``: this worker's copy, read again when it is
        older than ``refresh_seconds`` or of another day; the last copy while the store is down."""
        day = iso_day(now)
        with self._lock:
            ledger = self._ledger
            fresh = time.monotonic() - self._read_at < self.refresh_seconds
            if ledger is not None and ledger.day == day and fresh:
                return ledger
            try:
                ledger = guarded(self.breaker, lambda: self._read(day))
            except StoreDown:
                stale = self._ledger
                return Ledger(day, stale.bids if stale else {}, stale.today if stale and stale.day == day else {})
            self._ledger, self._read_at = ledger, time.monotonic()
            return ledger

    def _read(self, day: str) -> Ledger:
        pipe = self.client.pipeline(transaction=False)
        pipe.hgetall(Keys.vacancy_bids)
        pipe.hgetall(Keys.spend(day))
        bids, spend = pipe.execute()
        return Ledger(day, _parse_bids(bids), _parse_day(spend))
