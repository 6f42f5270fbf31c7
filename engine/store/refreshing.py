"""A worker's copy of something kept in Redis, caught up at most every ``refresh_seconds``.

The index, the oversight state: each is read whole once, then a request that finds the copy
older than the interval asks Redis whether it changed (one read) and catches up. If Redis
cannot be read, the last copy goes on serving and ``stale`` says so (/healthz: degraded).
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

    def catch_up(self, current: T) -> T:
        """The up-to-date value, given the one held (which it may return unchanged)."""
        raise NotImplementedError

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
