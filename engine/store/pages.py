"""Page analyses cached per URL with a TTL, and the queue that asks the worker for new ones.

RQ needs a single Redis (its ``rq:`` keys carry no hash tag): on a Redis Cluster no page is
queued or read, and the explanation says so; callers send the page's text or keywords instead.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

import redis
from redis.cluster import RedisCluster

from engine.domain.pages import CrawlPolicy
from engine.store.client import RedisClient
from engine.store.keys import Keys

if TYPE_CHECKING:
    from rq import Queue

QUEUE = "plainsight-crawl"
PENDING_SECONDS = 300
CRAWL_JOB = "engine.jobs.crawler.crawl_job"  # named, not imported: the worker (a layer up) runs it




def text_pool(pool: redis.ConnectionPool, decode: bool = True) -> redis.ConnectionPool:
    """The same server, with or without decoded responses (RQ needs bytes, we keep text)."""
    kwargs = {**pool.connection_kwargs, "decode_responses": decode}
    return redis.ConnectionPool(connection_class=pool.connection_class, **kwargs)


def rq_connection(client: RedisClient) -> redis.Redis:
    """The same single server with undecoded replies, as RQ needs; a cluster has no such
    connection (RQ cannot run there: callers check ``reads_pages`` or the settings first)."""
    if isinstance(client, RedisCluster):
        raise ValueError("RQ needs a single Redis, not a cluster")
    return redis.Redis(connection_pool=text_pool(client.connection_pool, decode=False))


class PageContexts:
    """The web side: cached analyses, and a job for a page not seen yet."""

    def __init__(self, client: RedisClient, allowed: frozenset[str], allow_private: bool, ttl_seconds: int,
                 slot_domains: Callable[[], Iterable[str]]) -> None:
        self.client = client
        self.allowed = allowed
        self.allow_private = allow_private
        self.ttl_seconds = ttl_seconds
        self.slot_domains = slot_domains
        self.reads_pages = not isinstance(client, RedisCluster)  # RQ cannot run on a cluster
        self._queue: Queue | None = None

    def queue(self) -> Queue:
        """The crawl queue, made on first use."""
        if self._queue is None:
            from rq import Queue

            self._queue = Queue(QUEUE, connection=rq_connection(self.client))
        return self._queue

    def allowed_domains(self) -> frozenset[str]:
        return self.allowed | frozenset(self.slot_domains())

    def lookup(self, url: str) -> dict | None:
        """The cached analysis; None when there is none yet (a job is then queued, once)."""
        if not self.reads_pages:
            return None
        raw = self.client.get(Keys.page(url))
        if raw is not None:
            return json.loads(raw) or None
        host = urlsplit(url).hostname or ""
        allowed = self.allowed_domains()
        if not CrawlPolicy(allowed).domain_allowed(host):
            return None
        if self.client.set(Keys.page_pending(url), "1", nx=True, ex=PENDING_SECONDS):
            self.queue().enqueue(CRAWL_JOB, url, sorted(allowed), self.allow_private, self.ttl_seconds,
                                 job_timeout=30, result_ttl=0, failure_ttl=3600)
        return None
