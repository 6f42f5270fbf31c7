"""Ad slots of career sites (where an embed may be framed, in which language, size and scope),
and the short-lived record of which vacancies one page view's slots already show."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from typing import cast

import redis

from engine.domain.slots import Slot, valid_slot_id
from engine.store.client import RedisClient, is_unavailable
from engine.store.keys import Keys

PAGE_VIEW_SECONDS = 120  # a page's slots load within seconds; nothing outlives this


class SlotStore:
    def __init__(self, client: RedisClient) -> None:
        self.client = client
        # The last copy of each slot this worker read: embeds keep rendering while Redis is away.
        self._last_known: dict[str, Slot] = {}

    def save(self, slot: Slot) -> None:
        self.client.set(Keys.slot(slot.id), slot.to_json())

    def get(self, slot_id: str) -> Slot | None:
        if not valid_slot_id(slot_id):
            return None
        try:
            raw = self.client.get(Keys.slot(slot_id))
        except redis.RedisError as exc:
            if is_unavailable(exc) and slot_id in self._last_known:
                return self._last_known[slot_id]
            raise
        if raw is None:
            self._last_known.pop(slot_id, None)
            return None
        slot = Slot.from_json(cast(str, raw))  # the client decodes replies
        self._last_known[slot_id] = slot
        return slot

    def all(self) -> list[Slot]:
        """Every slot, by id (slots are few: an administrator or a marketeer makes them)."""
        keys = sorted(self.client.scan_iter(Keys.slot("*"), count=500))
        raws = self.client.mget(keys) if keys else []
        return sorted((Slot.from_json(cast(str, raw)) for raw in raws if raw), key=lambda slot: slot.id)

    def all_domains(self) -> set[str]:
        """Every host any slot allows: the sites whose pages the crawler may read."""
        domains: set[str] = set()
        for key in self.client.scan_iter(Keys.slot("*"), count=500):
            raw = self.client.get(key)
            if raw:
                domains.update(d.split(":")[0] for d in json.loads(raw)["allowed_domains"])
        return domains

    def delete(self, slot_id: str) -> bool:
        return bool(self.client.delete(Keys.slot(slot_id)))


class PageViews:
    """Which vacancies the slots of one page view show, so each slot gets another. The page view
    is a random nonce the page's embed.js made (nothing about the reader); it is kept hashed, for
    ``PAGE_VIEW_SECONDS`` at most."""

    def __init__(self, client: RedisClient) -> None:
        self.client = client

    @staticmethod
    def _key(nonce: str) -> str:
        return Keys.page_view(hashlib.sha256(nonce.encode()).hexdigest()[:32])

    def shown(self, nonce: str) -> set[str]:
        return cast(set[str], self.client.smembers(self._key(nonce)))

    def claim(self, nonce: str, vacancy_ids: Iterable[str]) -> str | None:
        """The first of ``vacancy_ids`` no other slot of the page claimed (SADD is atomic, so two
        slots loading at once never both get it); None when all are taken."""
        key = self._key(nonce)
        for vacancy_id in vacancy_ids:
            pipe = self.client.pipeline(transaction=False)
            pipe.sadd(key, vacancy_id)
            pipe.expire(key, PAGE_VIEW_SECONDS)
            added, _ = pipe.execute()
            if added:
                return vacancy_id
        return None
