"""The decision log (AI Act Art. 12): every ad decision appended to a Redis stream, hash-chained
so that an edit or a removal in the middle shows, bounded in age and length, exportable as
JSON Lines. An entry holds what was decided and on which kinds of signal — never an
identifier, an address, a token or anyone's words."""

from __future__ import annotations

import hashlib
import json
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime

import redis

from engine.flusher import BackgroundFlusher
from engine.store import PREFIX

STREAM = f"{PREFIX}decisions"
HEAD = f"{PREFIX}decisions:head"
GENESIS = "0" * 40

# Appends a batch atomically: each entry's hash is SHA-1(previous hash .. payload).
_APPEND = """
local head = redis.call('GET', KEYS[2]) or ARGV[1]
local maxlen = ARGV[2]
local minid = ARGV[3]
for i = 4, #ARGV do
  local digest = redis.sha1hex(head .. ARGV[i])
  redis.call('XADD', KEYS[1], 'MAXLEN', '~', maxlen, '*', 'payload', ARGV[i], 'prev', head, 'hash', digest)
  head = digest
end
redis.call('SET', KEYS[2], head)
if minid ~= '' then redis.call('XTRIM', KEYS[1], 'MINID', '~', minid) end
return head
"""


@dataclass(frozen=True)
class Verification:
    entries: int
    ok: bool
    broken_at: str | None = None
    reason: str | None = None


class DecisionLog:
    def __init__(self, client: redis.Redis, retention_days: int = 183, max_entries: int = 1_000_000,
                 flush_seconds: float = 1.0) -> None:
        self.client = client
        self.retention_days = retention_days
        self.max_entries = max_entries
        self._append = client.register_script(_APPEND)
        self._pending: list[str] = []
        self._lock = threading.Lock()
        self._flusher = BackgroundFlusher(self.flush, flush_seconds)

    def record(self, endpoint: str, ads: list, topics: list[str], preference_kinds: list[str],
               versions: dict) -> None:
        """One entry per ad served; written in batches at most every ``flush_seconds``."""
        now = datetime.now(UTC).isoformat(timespec="milliseconds")
        payloads = [json.dumps({"time": now, "endpoint": endpoint, "rank": rank, "vacancy": ad.vacancy_id,
                                "template": ad.template, "score": ad.score, "context_topics": topics,
                                "preference_kinds": preference_kinds, **versions},
                               sort_keys=True, separators=(",", ":"))
                    for rank, ad in enumerate(ads, 1)]
        with self._lock:
            self._pending.extend(payloads)
        self._flusher.poke()

    def flush(self) -> None:
        with self._lock:
            pending, self._pending = self._pending, []
        if not pending:
            return
        oldest = int((time.time() - self.retention_days * 86400) * 1000)
        try:
            self._append(keys=[STREAM, HEAD], args=[GENESIS, self.max_entries, f"{oldest}-0", *pending])
        except redis.RedisError:
            with self._lock:
                self._pending[:0] = pending  # try again with the next flush

    def entries(self, start: str = "-", end: str = "+") -> Iterator[dict]:
        self.flush()
        cursor = start
        while True:
            batch = self.client.xrange(STREAM, cursor, end, count=1000)
            for entry_id, fields in batch:
                yield {"id": entry_id, "prev": fields["prev"], "hash": fields["hash"],
                       **json.loads(fields["payload"]), "_payload": fields["payload"]}
            if len(batch) < 1000:
                return
            cursor = "(" + batch[-1][0]

    def export(self) -> Iterator[str]:
        """JSON Lines: one decision a line, with its place in the chain."""
        for entry in self.entries():
            entry.pop("_payload")
            yield json.dumps(entry, sort_keys=True, ensure_ascii=False)

    def verify(self) -> Verification:
        """Walk the chain; the first retained entry anchors it (older ones may be trimmed)."""
        count, previous = 0, None
        for entry in self.entries():
            count += 1
            if previous is not None and entry["prev"] != previous:
                return Verification(count, False, entry["id"], "the previous hash does not match: an entry is missing")
            if hashlib.sha1((entry["prev"] + entry["_payload"]).encode()).hexdigest() != entry["hash"]:  # noqa: S324
                return Verification(count, False, entry["id"], "the entry was changed after it was written")
            previous = entry["hash"]
        return Verification(count, True)
