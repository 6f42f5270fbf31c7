"""A worker's copy of something kept in Redis, caught up at most every ``refresh_seconds``.

The index, the oversight state: each is read whole once, then a request that finds the copy
older than the interval asks Redis whether it changed (one read) and catches up. A catch-up
that would take long (a bulk import's thousands of vacancies) is built beside the live copy on
a thread of its own and swapped in whole when done: no request waits for it. If Redis cannot
be read, the last copy goes on serving and ``stale`` says so (/healthz: degraded).
"""

from __future__ import annotations

import logging
import threading
import time
from collections import Counter
from collections.abc import Callable
from typing import Generic, TypeVar

import redis

log = logging.getLogger(__name__)
T = TypeVar("T")


class Refreshing(Generic[T]):
    what = "copy"  # for the log line

    def __init__(self, initial: T, refresh_seconds: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.refresh_seconds = refresh_seconds
        self.clock = clock
        self.stale = False
        self.refresh_errors: Counter[str] = Counter()  # failed refreshes by error class, for engine.web.metrics
        self._value = initial
        self._checked_at = -float("inf")
        self._lock = threading.Lock()
        self._beside: threading.Thread | None = None
        self.swapped_beside_at = -float("inf")  # when a copy built beside was last swapped in

    def catch_up(self, current: T) -> T:
        """The up-to-date value, given the one held (which it may return unchanged)."""
        raise NotImplementedError

    def build_beside(self, build: Callable[[], T]) -> None:
        """Run ``build`` on a thread of its own (one at a time) and swap its result in whole;
        until then the current copy goes on serving."""
        if self._beside is not None and self._beside.is_alive():
            return
        self._beside = threading.Thread(target=self._run_beside, args=(build,), name=f"{self.what}-catch-up",
                                        daemon=True)
        self._beside.start()

    def _run_beside(self, build: Callable[[], T]) -> None:
        try:
            value = build()
        except redis.RedisError as exc:
            log.warning("%s catch-up failed (%s); serving the last one", self.what, type(exc).__name__)
            self.refresh_errors[type(exc).__name__] += 1
            self.stale = True
            return
        with self._lock:
            self._value = value
            self.stale = False
            self._checked_at = -float("inf")  # look again at once: more may have changed meanwhile
            self.swapped_beside_at = self.clock()

    def catch_up_now(self) -> T:
        """Catch up in this thread, whatever it costs: for a writer, who must see its own write
        (the other workers see it at their next refresh)."""
        with self._lock:
            self._value = self.caught_up_here(self._value)
            self.stale = False
            self._checked_at = self.clock()
        return self._value

    def caught_up_here(self, current: T) -> T:
        """``catch_up`` without building anything beside (see ``catch_up_now``)."""
        return self.catch_up(current)

    def settle(self, timeout: float | None = None) -> T:
        """The copy once a catch-up running beside it is done (for the CLI and tests)."""
        beside = self._beside
        if beside is not None:
            beside.join(timeout)
        return self.current()

    def replace(self, value: T) -> T:
        self._value = value
        self._checked_at = self.clock()
        return value

    def current(self) -> T:
        if self.clock() - self._checked_at < self.refresh_seconds:
            return self._value
        with self._lock:
            if self.clock() - self._checked_at < self.refresh_seconds:
                return self._value
            try:
                self._value = self.catch_up(self._value)
                self.stale = False
            except redis.RedisError as exc:
                log.warning("%s refresh failed (%s); serving the last one", self.what, type(exc).__name__)
                self.refresh_errors[type(exc).__name__] += 1
                self.stale = True
            self._checked_at = self.clock()
        return self._value
