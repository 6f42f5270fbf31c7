"""Ad slots of career sites (where an embed may be framed, in which language, size and scope),
and the short-lived record of which vacancies one page view's slots already show."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from typing import cast

import redis

from engine.domain.slots import Slot, valid_slot_id
from engine.store.audit import AuditTrail
from engine.store.client import RedisClient, is_unavailable
from engine.store.keys import Keys
from engine.store.refreshing import Refreshing

PAGE_VIEW_SECONDS = 120  # a page's slots load within seconds; nothing outlives this


class SlotStore:
    def __init__(self, client: RedisClient, audit: AuditTrail) -> None:
        self.client = client
        self.audit = audit
        # The last copy of each slot this worker read: embeds keep rendering while Redis is away.
        self._last_known: dict[str, Slot] = {}

    def save(self, slot: Slot, who: str) -> str:
        """Store the slot with its audit entry in one transaction; the action recorded
        (``slot.create`` for a new id, else ``slot.edit``)."""
        key = Keys.slot(slot.id)

        def write(pipe: redis.client.Pipeline) -> str:
            action = "slot.edit" if pipe.exists(key) else "slot.create"
            pipe.multi()
            pipe.set(key, slot.to_json())
            pipe.incr(Keys.slots_version)  # the workers' copies of the framing domains catch up
            self.audit.add(pipe, who, action, slot.id, {"site": slot.site, "size": slot.size})
            return action

        # redis-py types the callable as returning None, yet value_from_callable hands back what it returns
        return cast(str, self.client.transaction(write, key, value_from_callable=True))  # type: ignore[arg-type]

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
        return {domain.split(":")[0] for slot in self.all() for domain in slot.allowed_domains}

    def version(self) -> int:
        return int(cast(str, self.client.get(Keys.slots_version)) or 0)

    def delete(self, slot_id: str, who: str) -> bool:
        """Remove the slot with its audit entry; False (and no entry) when there is none."""
        key = Keys.slot(slot_id)

        def write(pipe: redis.client.Pipeline) -> bool:
            if not pipe.exists(key):
                return False
            pipe.multi()
            pipe.delete(key)
            pipe.incr(Keys.slots_version)
            self.audit.add(pipe, who, "slot.remove", slot_id)
            return True

        return bool(self.client.transaction(write, key, value_from_callable=True))  # type: ignore[arg-type]


class SlotDomains(Refreshing[tuple[int, frozenset[str]]]):
    """This worker's copy of the hosts slots allow, for the page reader: a render or bid that
    carries only a page URL asks it, so it must not scan the slots in Redis each time. Caught
    up (one GET of the slots' version) at most every ``refresh_seconds``."""

    what = "slot domains"

    def __init__(self, slots: SlotStore, refresh_seconds: float) -> None:
        self.slots = slots
        super().__init__((-1, frozenset()), refresh_seconds)

    def catch_up(self, current: tuple[int, frozenset[str]]) -> tuple[int, frozenset[str]]:
        version = self.slots.version()
        return current if version == current[0] else (version, frozenset(self.slots.all_domains()))

    def domains(self) -> frozenset[str]:
        return self.current()[1]


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
