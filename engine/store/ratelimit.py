"""Rate limits that need no stored address: the counter is keyed by a keyed hash of the
client address and the day, so it rotates daily, cannot be reversed without the key, and
expires with its window. Counting is the ``limits`` library's fixed window on our Redis."""

from __future__ import annotations

import hashlib
import hmac
from datetime import UTC, datetime

from limits import parse
from limits.strategies import FixedWindowRateLimiter

from engine.store.client import RedisClient, counter_storage
from engine.store.keys import Keys


class AnonymousLimiter:
    def __init__(self, client: RedisClient, secret_key: str, rate: str, namespace: str) -> None:
        self._key = hmac.new(secret_key.encode(), f"plainsight.ratelimit.{namespace}".encode(),
                             hashlib.sha256).digest()
        self.item = parse(rate)
        self.namespace = namespace
        storage = counter_storage(client, Keys.rate_limits)
        self.limiter = FixedWindowRateLimiter(storage)

    def bucket(self, client_address: str, now: datetime | None = None) -> str:
        day = (now or datetime.now(UTC)).date().isoformat()
        return hmac.new(self._key, f"{day}|{client_address}".encode(), hashlib.sha256).hexdigest()[:32]

    def hit(self, client_address: str) -> bool:
        """Count one request; False when the caller is over the limit."""
        return self.limiter.hit(self.item, self.namespace, self.bucket(client_address))

    def allows(self, client_address: str) -> bool:
        """Whether one more would be within the limit, without counting it."""
        return self.limiter.test(self.item, self.namespace, self.bucket(client_address))

    def count(self, client_address: str) -> int:
        """The hits counted in the current window, past the limit too (how hard a name is guessed)."""
        key = self.item.key_for(self.namespace, self.bucket(client_address))
        return int(self.limiter.storage.get(key) or 0)

    @property
    def amount(self) -> int:
        return int(self.item.amount)
