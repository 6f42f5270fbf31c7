"""API keys of ad networks and partners, and the quotas of the public ad endpoints.

An administrator issues a key (``flask --app wsgi apikeys add NAME``, ``POST /v1/apikeys``); it
is shown once. Redis keeps only an HMAC-SHA256 of it under the app's secret, next to the key's
name, rate and creation time, so a copy of the store holds no usable key. Callers present a key
in the ``X-Api-Key`` header; without one they are served anonymously (the public endpoints stay
public). The digest is the lookup key: it cannot be steered by the caller, so looking it up leaks
nothing about stored keys through timing.

Quotas count requests in buckets that name a partner, a slot or an endpoint family — never a
client address or anything else about a person: a valid key counts against its own rate, an
embed against its slot's, and everyone without a key shares one bucket per endpoint family.
Counting is one round trip (the ``limits`` library's fixed window: a Lua INCR and EXPIRE), or
for large limits a batch every tenth of a second (``BatchedWindows``). Only
what is served counts: a request the view refuses (a bad body, an unknown slot) is given back,
so a refused request changes nothing in the store. When Redis cannot be reached the request is
served uncounted — a rate limit must never turn an ad into an error.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import math
import re
import secrets
import threading
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from functools import lru_cache
from typing import cast

import redis
from limits import RateLimitItem, parse
from limits.strategies import FixedWindowRateLimiter

from engine.domain.errors import EngineError, ValidationFailed
from engine.store.audit import AuditTrail, now_iso
from engine.store.client import Breaker, RedisClient, counter_storage
from engine.store.keys import Keys

log = logging.getLogger(__name__)
NAME = re.compile(r"[a-z0-9][a-z0-9._-]{1,39}\Z")  # \Z: "$" would pass a trailing newline
RATE = re.compile(r"[1-9]\d{0,8}\s*/\s*(second|minute|hour|day)\Z")
DEFAULT_RATE = "100/second"
KEY_PREFIX = "psk_"
MAX_KEY_LENGTH = 128  # a presented key longer than this is wrong without asking the store
CACHE_ENTRIES = 1024
WARN_EVERY_SECONDS = 10.0


class ApiKeyError(ValidationFailed):
    """A key that cannot be issued as asked."""


class ApiKeyExists(EngineError):
    status, code = 409, "apikey_exists"


@dataclass(frozen=True)
class ApiKey:
    """What is known about a key; never the key itself."""

    name: str
    rate: str
    created_at: str

    def as_dict(self) -> dict[str, str]:
        return asdict(self)


def check_rate(rate: str, field: str = "rate") -> str:
    """A rate like ``600/second`` (per second, minute, hour or day), normalised."""
    if not isinstance(rate, str) or not RATE.fullmatch(rate.strip()):
        raise ApiKeyError("a rate is a whole number per second, minute, hour or day, like '600/second'", field)
    return re.sub(r"\s+", "", rate)


@lru_cache(maxsize=256)
def rate_item(rate: str) -> RateLimitItem:
    return parse(rate)


class ApiKeys:
    """Issued keys, stored as keyed hashes; lookups are cached per worker for ``cache_seconds``
    (a revocation reaches every worker within that time, the revoking one at once)."""

    def __init__(self, client: RedisClient, secret_key: str, audit: AuditTrail, cache_seconds: float) -> None:
        self.client = client
        self.audit = audit
        self.cache_seconds = cache_seconds
        self._key = hmac.new(secret_key.encode(), b"plainsight.apikeys", hashlib.sha256).digest()
        self._cache: dict[str, tuple[ApiKey, float]] = {}

    def digest(self, key: str) -> str:
        return hmac.new(self._key, key.encode(), hashlib.sha256).hexdigest()

    def issue(self, name: str, rate: str, who: str) -> tuple[str, ApiKey]:
        """A new key for ``name``; the key is returned here and never again."""
        if not isinstance(name, str) or not NAME.fullmatch(name):
            raise ApiKeyError("a key name is 2-40 lower-case letters, digits, '.', '_' or '-'", "name")
        record = ApiKey(name, check_rate(rate), now_iso())
        key = KEY_PREFIX + secrets.token_urlsafe(32)
        digest = self.digest(key)

        def write(pipe: redis.client.Pipeline) -> None:
            if pipe.hexists(Keys.api_keys, name):
                raise ApiKeyExists(f"a key named {name!r} exists; revoke it first", "name")
            pipe.multi()
            pipe.hset(Keys.api_keys, name, json.dumps({**record.as_dict(), "digest": digest}))
            pipe.hset(Keys.api_key_digests, digest, json.dumps(record.as_dict()))
            self.audit.add(pipe, who, "apikey.add", name, {"rate": record.rate})

        self.client.transaction(write, Keys.api_keys)
        return key, record

    def all(self) -> list[ApiKey]:
        """Every issued key's name, rate and creation time, by name."""
        stored = cast(dict[str, str], self.client.hgetall(Keys.api_keys))  # decoded replies
        return [ApiKey(name, record["rate"], record["created_at"])
                for name, record in sorted((n, json.loads(raw)) for n, raw in stored.items())]

    def revoke(self, name: str, who: str) -> bool:
        """Forget the key named ``name``; False when there is none."""

        def write(pipe: redis.client.Pipeline) -> str | None:
            raw = pipe.hget(Keys.api_keys, name)
            if raw is None:
                return None
            digest = json.loads(raw)["digest"]
            pipe.multi()
            pipe.hdel(Keys.api_keys, name)
            pipe.hdel(Keys.api_key_digests, digest)
            self.audit.add(pipe, who, "apikey.revoke", name)
            return digest

        # redis-py types the callable as returning None, yet value_from_callable hands back what it returns
        found = self.client.transaction(write, Keys.api_keys, value_from_callable=True)  # type: ignore[arg-type]
        digest = cast(str | None, found)
        if digest is None:
            return False
        self._cache.pop(digest, None)
        return True

    def lookup(self, key: str) -> ApiKey | None:
        """The record of a presented key, or None when it is wrong or revoked."""
        if not key or len(key) > MAX_KEY_LENGTH:
            return None
        digest = self.digest(key)
        cached = self._cache.get(digest)
        now = time.monotonic()
        if cached is not None and cached[1] > now:
            return cached[0]
        raw = self.client.hget(Keys.api_key_digests, digest)
        if raw is None:
            self._cache.pop(digest, None)
            return None
        record = ApiKey(**json.loads(raw))
        if len(self._cache) >= CACHE_ENTRIES:
            self._cache.clear()
        self._cache[digest] = (record, now + self.cache_seconds)
        return record


@dataclass(frozen=True)
class Verdict:
    """Whether to serve a request: ``unknown_key`` (401), over the limit (429) or allowed; an
    allowed request that was counted names its ``counter``, to be given back if it is refused."""

    allowed: bool
    retry_after: int = 0
    unknown_key: bool = False
    counter: str | None = None


ALLOWED = Verdict(True)
UNKNOWN_KEY = Verdict(False, unknown_key=True)
MAX_SLOT_ID = 63
# Take one back from a counter, and drop it at zero (as if the request had never come); a
# counter that expired meanwhile is left alone.
GIVE_BACK = """
if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
local left = redis.call('DECR', KEYS[1])
if left <= 0 then redis.call('DEL', KEYS[1]) end
return left
"""


BATCHED_FROM = 1000  # limits of at least this many a window are counted in batches (see below)


@dataclass
class _Window:
    start: float
    synced: int = 0          # the bucket's total over every worker, as of this worker's last sync
    pending: int = 0         # this worker's hits not yet added to it
    synced_at: float = -math.inf


class BatchedWindows:
    """Fixed windows for large limits, counted in the worker and added to Redis in batches.

    A round trip per request costs a sixth of a render here (about 120 µs of 750, measured), so
    for limits of ``BATCHED_FROM`` and more a worker adds its hits to the shared counter (one
    INCRBY) once it has a hundredth of the limit pending or a tenth of a second has passed. It
    serves a hit while the total it last saw plus its own unsent hits is under the limit, so
    all workers together can go over by at most (workers - 1) x a hundredth of the limit. Small
    limits (a partner on 10/second, the slots' 50/second) are counted exactly, per request.
    """

    MARK = "batched:"
    SHARE = 100
    SYNC_SECONDS = 0.1
    MAX_BUCKETS = 10_000

    def __init__(self, client: RedisClient, prefix: str, clock: Callable[[], float] = time.time) -> None:
        self.client = client
        self.prefix = prefix
        self.clock = clock
        self._windows: dict[str, _Window] = {}
        self._lock = threading.Lock()

    def hit(self, item: RateLimitItem, bucket: str) -> Verdict:
        seconds = item.get_expiry()
        now = self.clock()
        start = now - now % seconds
        key = Keys.batched_window(self.prefix, bucket, item.amount, seconds)
        with self._lock:
            window = self._windows.get(key)
            if window is None or window.start != start:
                if len(self._windows) >= self.MAX_BUCKETS:
                    self._windows.clear()
                window = self._windows[key] = _Window(start)
            if window.pending >= max(1, item.amount // self.SHARE) or now - window.synced_at >= self.SYNC_SECONDS:
                self._sync(key, window, seconds, now)
            if window.synced + window.pending >= item.amount:
                return Verdict(False, retry_after=max(1, math.ceil(start + seconds - now)))
            window.pending += 1
        return Verdict(True, counter=self.MARK + key)

    def _sync(self, key: str, window: _Window, seconds: int, now: float) -> None:
        counter = Keys.batched_counter(key, window.start)
        if window.pending:
            pipe = self.client.pipeline(transaction=False)
            pipe.incrby(counter, window.pending)
            pipe.expire(counter, seconds + 1)
            total, _ = pipe.execute()
        else:  # nothing to add: only learn what the other workers counted (and write nothing)
            total = self.client.get(counter) or 0
        window.synced, window.pending, window.synced_at = int(total), 0, now

    def give_back(self, counter: str) -> None:
        """Unsent hits are simply forgotten; one already sent stays counted (the window is short)."""
        with self._lock:
            window = self._windows.get(counter.removeprefix(self.MARK))
            if window is not None and window.pending > 0:
                window.pending -= 1


class Quotas:
    """Counts requests per API key, per slot, or per endpoint family for everyone without a key."""

    def __init__(self, client: RedisClient, keys: ApiKeys, anonymous_rate: str, slot_rate: str,
                 breaker: Breaker | None = None) -> None:
        self.storage = counter_storage(client, Keys.rate_limits)
        self.limiter = FixedWindowRateLimiter(self.storage)
        self._give_back = client.register_script(GIVE_BACK)
        self.keys = keys
        self.breaker = breaker or Breaker()
        self.batched = BatchedWindows(client, Keys.rate_limits)
        self.anonymous = rate_item(anonymous_rate)
        self.slot = rate_item(slot_rate)
        self._warned_at = -math.inf

    def check(self, family: str, api_key: str | None = None, slot: str | None = None,
              framed: bool = False) -> Verdict:
        """Count one request of ``family`` (``ads``, ``openrtb``, ``lint``, ``embed``) in its bucket.
        A slot has two: frames a browser loads from a page of the slot's domains (``framed``), the
        slot's visitors, and every other request for it, so a script cannot spend the visitors' one."""
        if self.breaker.open:
            return ALLOWED
        try:
            if api_key is not None:
                record = self.keys.lookup(api_key)
                if record is None:
                    return UNKNOWN_KEY
                return self._count(rate_item(record.rate), "key", record.name)
            if slot is not None and len(slot) <= MAX_SLOT_ID:
                return self._count(self.slot, "framed" if framed else "slot", slot)
            return self._count(self.anonymous, "anonymous", family)
        except redis.RedisError as exc:
            self.breaker.trip(exc)
            self._warn(exc)
            return ALLOWED

    def give_back(self, verdict: Verdict) -> None:
        """Uncount a request that was counted and then refused."""
        if verdict.counter is None:
            return
        if verdict.counter.startswith(BatchedWindows.MARK):
            self.batched.give_back(verdict.counter)
            return
        try:
            self._give_back([verdict.counter])
        except redis.RedisError as exc:
            self._warn(exc)

    def _count(self, item: RateLimitItem, *bucket: str) -> Verdict:
        if item.amount >= BATCHED_FROM:
            return self.batched.hit(item, "/".join(bucket))
        if self.limiter.hit(item, "quota", *bucket):
            return Verdict(True, counter=self.storage.prefixed_key(item.key_for("quota", *bucket)))
        reset = self.limiter.get_window_stats(item, "quota", *bucket).reset_time
        return Verdict(False, retry_after=max(1, math.ceil(reset - time.time())))

    def _warn(self, exc: Exception) -> None:
        # The type only, and at most every few seconds: a Redis outage must not flood the log.
        now = time.monotonic()
        if now - self._warned_at >= WARN_EVERY_SECONDS:
            self._warned_at = now
            log.warning("rate limit not checked, request served: store unavailable (%s)", type(exc).__name__)
