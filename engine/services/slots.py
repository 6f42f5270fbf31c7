"""Career sites' ad slots: create or replace, read, list, delete (the admin API, the studio and
the CLI), each slot's scope as a restriction on what a render may show, and which vacancies the
other slots of one page view show already."""

from __future__ import annotations

import threading
from collections.abc import Hashable, Iterable
from typing import Any

import numpy as np
from cachetools import LRUCache

from engine.domain.errors import NotFound, ValidationFailed
from engine.domain.index import VacancyIndex
from engine.domain.slots import Scope, Slot, organisation_key, parse_slot, scope_mask
from engine.domain.taxonomy import Taxonomy
from engine.store.slots import PageViews, SlotStore

MASKS_KEPT = 64  # (index version, scope) pairs: a few scopes, a few index versions in flight
NAMES_KEPT = 200_000  # stored vacancy versions whose organisation is remembered


class ScopeMasks:
    """The positions each scope may show, per index version. An organisation's name is read from
    the packed vacancy once per stored version (its digest), never through the index's cache of
    unpacked vacancies, which is the render path's."""

    def __init__(self, taxonomy: Taxonomy) -> None:
        self.sectors = [c for c in taxonomy.concepts if taxonomy[c].type == "sector"]
        self._organisations: LRUCache[tuple[str, str], str] = LRUCache(NAMES_KEPT)
        self._masks: LRUCache[tuple[int, Scope], np.ndarray] = LRUCache(MASKS_KEPT)
        self._lock = threading.Lock()  # one mask is built at a time: the first after a new index is the costly one

    def mask(self, index: VacancyIndex, scope: Scope) -> np.ndarray:
        with self._lock:
            found = self._masks.get((index.version, scope))
            if found is None:
                found = scope_mask(index, scope, lambda pos: self._organisation(index, pos), self.sectors)
                self._masks[(index.version, scope)] = found
        return found

    def _organisation(self, index: VacancyIndex, pos: int) -> str:
        key = (index.ids[pos], index.digests[pos])
        name = self._organisations.get(key)
        if name is None:
            name = organisation_key(index.packer.unpack(index.blobs[pos]).vacancy.organization)
            self._organisations[key] = name
        return name


class SlotRestriction:
    """A slot's scope as ``engine.domain.slots.Restriction``: what ``Plainsight.render`` takes."""

    def __init__(self, scope: Scope, masks: ScopeMasks) -> None:
        self.scope, self.masks = scope, masks

    @property
    def key(self) -> Hashable:
        return self.scope

    def mask(self, index: VacancyIndex) -> np.ndarray:
        return self.masks.mask(index, self.scope)


class SlotService:
    def __init__(self, *, store: SlotStore, page_views: PageViews, taxonomy: Taxonomy) -> None:
        self.store = store
        self.page_views = page_views
        self.taxonomy = taxonomy
        self.masks = ScopeMasks(taxonomy)

    def put(self, slot_id: str, body: Any, who: str) -> Slot:
        """Check the slot as a whole before anything is stored; a refused slot stores nothing.
        ``who``: the account (or ``admin-token``, ``cli``) the audit trail names."""
        slot = parse_slot(slot_id, body)
        unknown = [s for s in slot.scope.sectors if s not in self.taxonomy]
        if unknown:
            raise ValidationFailed(f"scope.sectors: no sector {unknown[0]!r}", "scope.sectors")
        self.store.save(slot, who)
        return slot

    def get(self, slot_id: str) -> Slot:
        slot = self.store.get(slot_id)
        if slot is None:
            raise NotFound(f"no slot {slot_id!r}", "slot")
        return slot

    def exists(self, slot_id: str) -> bool:
        return self.store.get(slot_id) is not None

    def all(self) -> list[Slot]:
        return self.store.all()

    def delete(self, slot_id: str, who: str) -> None:
        if not self.store.delete(slot_id, who):
            raise NotFound(f"no slot {slot_id!r}", "slot")

    def restriction(self, slot: Slot) -> SlotRestriction | None:
        """The slot's scope for a render; None for a slot open to every organisation and sector."""
        return None if slot.scope.is_open() else SlotRestriction(slot.scope, self.masks)

    def shown_on(self, page_view: str | None) -> set[str]:
        return self.page_views.shown(page_view) if page_view else set()

    def claim(self, page_view: str | None, vacancy_ids: Iterable[str]) -> str | None:
        """The first vacancy no other slot of the page view shows (the first, without a page view)."""
        if not page_view:
            return next(iter(vacancy_ids), None)
        return self.page_views.claim(page_view, vacancy_ids)

    def sectors(self, language: str) -> list[tuple[str, str]]:
        """(id, label) of every sector, for the studio's scope field."""
        return [(s, self.taxonomy[s].labels.get(language, s)) for s in self.masks.sectors]
