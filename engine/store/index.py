"""This worker's copy of the vacancy index, caught up from the catalogue's change log."""

from __future__ import annotations

import base64
import binascii
import gc
import logging
import time
from collections.abc import Callable

import redis

from engine.domain import index_snapshot
from engine.domain.index import VacancyIndex, ancestor_shares, build_index, release_free_memory
from engine.domain.packing import Vocabulary
from engine.domain.places import Gazetteer
from engine.domain.taxonomy import Taxonomy
from engine.store.catalogue import Catalogue
from engine.store.keys import Keys
from engine.store.refreshing import Refreshing

log = logging.getLogger("engine.domain.index")  # one logger name for the index, as before the move
# Vacancies a request may patch in itself: about 10 ms of work; more is built beside the live index.
INLINE_PATCH_MAX = 32
# A bulk import lands in batches: one index built beside per batch would re-rank every cached
# request each time, so a worker swaps such an index in at most this often (small changes at once).
BESIDE_EVERY_SECONDS = 5.0


class IndexHolder(Refreshing[VacancyIndex]):
    """The current index of this worker, swapped whole when the catalogue changes.

    A change is applied by patching in the vacancies it touched (read from the catalogue's
    change log); only when the log cannot say what changed is everything read again. A patch
    of more than ``inline_max`` vacancies, and every full read, is built beside the live index
    (see Refreshing.build_beside), at most every ``beside_every`` seconds: a small change is seen
    by the very next request, a bulk import within seconds, and no request stalls for it.
    """

    what = "index"

    def __init__(self, catalogue: Catalogue, taxonomy: Taxonomy, gazetteer: Gazetteer,
                 refresh_seconds: float, clock: Callable[[], float] = time.monotonic,
                 inline_max: int = INLINE_PATCH_MAX, beside_every: float = BESIDE_EVERY_SECONDS) -> None:
        self.catalogue = catalogue
        self.inline_max, self.beside_every = inline_max, beside_every
        self.taxonomy = taxonomy
        self.gazetteer = gazetteer
        self.vocabulary = Vocabulary()
        self.fingerprint = index_snapshot.fingerprint(taxonomy, gazetteer)
        super().__init__(build_index([], -1, taxonomy, gazetteer, self.vocabulary), refresh_seconds, clock)

    def rebuild(self) -> VacancyIndex:
        """Read everything again, now (at start, and when asked to): from the last snapshot of
        a full index and the change log since, else from the catalogue; a snapshot is left for
        the next start whenever the index ends up newer than the one stored."""
        # Hundreds of thousands of small objects, none of them cyclic: collecting garbage
        # while they are made only costs time (a third of the rebuild at 10,000 vacancies).
        gc_was_enabled = gc.isenabled()
        gc.disable()
        try:
            loaded = self._from_snapshot()
            index = loaded if loaded is not None else self._rebuilt()
        finally:
            if gc_was_enabled:
                gc.enable()
        return self.replace(index)

    def _from_snapshot(self) -> VacancyIndex | None:
        try:
            raw = self.catalogue.client.get(Keys.index_snapshot)
            if not raw:
                return None
            data = base64.b64decode(raw)
            del raw  # tens of megabytes at 100,000 vacancies: gone before the index is made
            index = index_snapshot.load(data, self.fingerprint, ancestor_shares(self.taxonomy), self.gazetteer,
                                        self.vocabulary)
            del data
            release_free_memory()  # else the copies' pages stay with the process (and its forks)
            version, changed_ids = self.catalogue.changes_since(index.version)
        except (index_snapshot.SnapshotMismatch, ValueError, KeyError, binascii.Error) as exc:
            log.warning("index snapshot not used (%s); reading the catalogue", exc)
            return None
        if changed_ids is None:  # the change log no longer reaches back to it
            return None
        log.info("index loaded from its snapshot: %d vacancies, catalogue version %d", len(index), index.version)
        if version != index.version:
            index = self._patched(index, version, changed_ids)
            self._save_snapshot(index)
        return index

    def _save_snapshot(self, index: VacancyIndex) -> None:
        """Base64, as every reply on our connections is decoded text (a cluster's too)."""
        data = base64.b64encode(index_snapshot.dump(index, self.fingerprint)).decode("ascii")
        try:
            self.catalogue.client.set(Keys.index_snapshot, data)
        except redis.RedisError as exc:  # the next start reads the catalogue instead
            log.warning("index snapshot not saved (%s)", type(exc).__name__)

    def catch_up(self, current: VacancyIndex) -> VacancyIndex:
        """Patch when the change log covers the gap since ``current``, else rebuild; a large
        patch or a rebuild beside the live index."""
        version, changed_ids = self.catalogue.changes_since(current.version)
        if version == current.version:
            return current
        if changed_ids is not None and len(changed_ids) <= self.inline_max:
            return self._patched(current, version, changed_ids)
        if self.clock() - self.swapped_beside_at >= self.beside_every:
            self.build_beside(self._rebuilt if changed_ids is None
                              else lambda: self._patched(current, version, changed_ids))
        return current

    def caught_up_here(self, current: VacancyIndex) -> VacancyIndex:
        version, changed_ids = self.catalogue.changes_since(current.version)
        if version == current.version:
            return current
        return self._rebuilt() if changed_ids is None else self._patched(current, version, changed_ids)

    def _rebuilt(self) -> VacancyIndex:
        version, records = self.catalogue.stream_all()
        index = build_index(records, version, self.taxonomy, self.gazetteer, self.vocabulary)
        release_free_memory()
        log.info("index built: %d vacancies, catalogue version %d", len(index), version)
        self._save_snapshot(index)
        return index

    def _patched(self, current: VacancyIndex, version: int, changed_ids: set[str]) -> VacancyIndex:
        records = self.catalogue.get_many(sorted(changed_ids))
        changed = [r for r in records.values() if r is not None]
        removed = {vid for vid, r in records.items() if r is None}
        log.info("index patched: %d changed, %d removed, catalogue version %d", len(changed), len(removed), version)
        return current.patched(version, changed, removed)
