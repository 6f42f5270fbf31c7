"""The last embed each slot showed in this worker, per language: what a visitor's frame shows
when the slot is over its quota, instead of an error on the career site's page.

An entry holds the ad (the slot's own, and nothing about any reader) and is good for
``SECONDS`` and only while the catalogue and the oversight state are the versions it was made
under: a pause, an approval or the kill switch is never served around by the cache.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Generic, TypeVar

SECONDS = 60.0
Shown = TypeVar("Shown")
Versions = tuple[int | None, ...]


class EmbedCache(Generic[Shown]):
    def __init__(self, versions: Callable[[], Versions], seconds: float = SECONDS) -> None:
        self._versions = versions
        self._seconds = seconds
        self._entries: dict[tuple[str, str], tuple[Versions, float, Shown]] = {}
        self._lock = threading.Lock()

    def keep(self, slot: str, language: str, shown: Shown) -> None:
        """Remember what the slot showed. Slots are few (an administrator makes them) and languages
        two, so the cache stays small without an eviction policy."""
        entry = (self._versions(), time.monotonic(), shown)
        with self._lock:
            self._entries[(slot, language)] = entry

    def get(self, slot: str, language: str) -> Shown | None:
        with self._lock:
            entry = self._entries.get((slot, language))
        if entry is None or entry[0] != self._versions() or time.monotonic() - entry[1] > self._seconds:
            return None
        return entry[2]
