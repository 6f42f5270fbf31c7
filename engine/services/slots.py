"""Career sites' ad slots: create or replace, read, delete (the admin API and the CLI)."""

from __future__ import annotations

from typing import Any

from engine.domain.errors import NotFound
from engine.store.slots import Slot, SlotStore, parse_slot


class SlotService:
    def __init__(self, *, store: SlotStore) -> None:
        self.store = store

    def put(self, slot_id: str, body: Any) -> Slot:
        """Check the slot as a whole before anything is stored; a refused slot stores nothing."""
        slot = parse_slot(slot_id, body)
        self.store.save(slot)
        return slot

    def get(self, slot_id: str) -> Slot:
        slot = self.store.get(slot_id)
        if slot is None:
            raise NotFound(f"no slot {slot_id!r}", "slot")
        return slot

    def delete(self, slot_id: str) -> None:
        if not self.store.delete(slot_id):
            raise NotFound(f"no slot {slot_id!r}", "slot")
