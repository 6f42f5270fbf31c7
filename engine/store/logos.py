"""Organisations' logos, fetched once at import by the page reader's worker (RQ) and kept here:
one hash per organisation (the PNG, base64, and the address it came from), and the set of
organisations that have one, which each web worker reads at most every ``refresh_seconds``.

RQ needs a single Redis: on a Redis Cluster no logo is fetched, and ads show none.
"""

from __future__ import annotations

import base64
import threading
import time
from typing import TYPE_CHECKING, cast

import redis
from redis.cluster import RedisCluster

from engine.domain.logos import logo_digest
from engine.store.client import RedisClient
from engine.store.keys import Keys
from engine.store.pages import QUEUE, rq_connection

if TYPE_CHECKING:
    from rq import Queue

LOGO_JOB = "engine.jobs.logos.logo_job"  # named, not imported: the worker (a layer up) runs it
PENDING_SECONDS = 600


class LogoStore:
    def __init__(self, client: RedisClient, allow_private: bool = False, refresh_seconds: float = 30.0) -> None:
        self.client = client
        self.allow_private = allow_private
        self.refresh_seconds = refresh_seconds
        self.fetches = not isinstance(client, RedisCluster)  # RQ cannot run on a cluster
        self._known: frozenset[str] = frozenset()
        self._read_at = -float("inf")
        self._lock = threading.Lock()
        self._queue: Queue | None = None

    def request(self, organisation: str, url: str) -> bool:
        """Queue a fetch of ``url`` as the organisation's logo, unless that address is its logo
        already or is being fetched; whether a job was queued."""
        if not self.fetches:
            return False
        digest = logo_digest(organisation)
        if self.client.hget(Keys.logo(digest), "source") == url:
            return False
        if not self.client.set(Keys.logo_pending(digest), url, nx=True, ex=PENDING_SECONDS):
            return False
        if self._queue is None:
            from rq import Queue

            self._queue = Queue(QUEUE, connection=rq_connection(self.client))
        self._queue.enqueue(LOGO_JOB, digest, url, self.allow_private, job_timeout=60, result_ttl=0)
        return True

    def save(self, digest: str, source: str, png: bytes) -> None:
        pipe = self.client.pipeline(transaction=False)
        pipe.hset(Keys.logo(digest), mapping={"source": source, "png": base64.b64encode(png).decode()})
        pipe.sadd(Keys.logos, digest)
        pipe.delete(Keys.logo_pending(digest))
        pipe.execute()

    def png(self, digest: str) -> bytes | None:
        raw = cast(str | None, self.client.hget(Keys.logo(digest), "png"))
        return base64.b64decode(raw) if raw else None

    def known(self) -> frozenset[str]:
        """The organisations (digests) with a logo: this worker's copy, read again when older than
        ``refresh_seconds``; the last copy while the store is down."""
        if time.monotonic() - self._read_at < self.refresh_seconds:
            return self._known
        with self._lock:
            if time.monotonic() - self._read_at >= self.refresh_seconds:
                try:
                    self._known = frozenset(cast(set[str], self.client.smembers(Keys.logos)))
                except redis.RedisError:
                    pass
                self._read_at = time.monotonic()
        return self._known
