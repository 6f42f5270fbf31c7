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
from typing import cast

import redis

from engine.store.client import RedisClient, StreamEntries
from engine.store.flusher import BackgroundFlusher
from engine.store.keys import Keys

GENESIS = "0" * 40

# Appends one batch of decisions atomically; its hash is SHA-1(previous hash .. payload), so the
# chain runs through the batches of every worker in the order Redis received them.
_APPEND = """
local head = redis.call('GET', KEYS[2]) or ARGV[1]
local digest = redis.sha1hex(head .. ARGV[4])
redis.call('XADD', KEYS[1], 'MAXLEN', '~', ARGV[2], '*', 'payload', ARGV[4], 'prev', head, 'hash', digest)
redis.call('SET', KEYS[2], digest)
redis.call('XTRIM', KEYS[1], 'MINID', '~', ARGV[3])
return digest
"""


@dataclass(frozen=True)
class Verification:
    entries: int
    ok: bool
    broken_at: str | None = None
    reason: str | None = None


class DecisionLog:
    def __init__(self, client: RedisClient, retention_days: int = 183, max_entries: int = 1_000_000,
                 flush_seconds: float = 1.0) -> None:
        self.client = client
        self.retention_days = retention_days
        self.max_entries = max_entries
        self._append = client.register_script(_APPEND)
        self._pending: list[str] = []
        self._lock = threading.Lock()
        self._flusher = BackgroundFlusher(self.flush, flush_seconds)

    def record(self, endpoint: str, ads: list, topics: list[str], preference_kinds: list[str],
               versions: str) -> None:
        """One decision per ad served, serialised here (a few microseconds) so that the flusher
        only joins strings and never holds the interpreter for long."""
        now = datetime.now(UTC).isoformat(timespec="milliseconds")
        lines = [json.dumps({"time": now, "endpoint": endpoint, "rank": rank, "vacancy": ad.vacancy_id,
                             "template": ad.template, "score": ad.score, "context_topics": topics,
                             "preference_kinds": preference_kinds}, separators=(",", ":"))[:-1] + versions
                 for rank, ad in enumerate(ads, 1)]
        with self._lock:
            self._pending.extend(lines)
        self._flusher.poke()

    def stop(self) -> None:
        """Stop the background writer of this process (what is pending stays pending)."""
        self._flusher.stop()

    @staticmethod
    def versions_fragment(versions: dict) -> str:
        """The versions part of every entry, serialised once (``,"a":1}``) and appended as is."""
        return "," + json.dumps(versions, sort_keys=True, separators=(",", ":"))[1:]

    def flush(self) -> None:
        with self._lock:
            pending, self._pending = self._pending, []
        if not pending:
            return
        oldest = int((time.time() - self.retention_days * 86400) * 1000)
        payload = "[" + ",".join(pending) + "]"
        try:
            self._append(keys=[Keys.decisions, Keys.decisions_head],
                         args=[GENESIS, self.max_entries, f"{oldest}-0", payload])
        except redis.RedisError:
            with self._lock:
                self._pending[:0] = pending  # try again with the next flush

    def batches(self) -> Iterator[tuple[str, dict]]:
        """(stream id, fields) of every retained batch, oldest first."""
        self.flush()
        cursor = "-"
        while True:
            chunk = cast(StreamEntries, self.client.xrange(Keys.decisions, cursor, "+", count=500))
            yield from chunk
            if len(chunk) < 500:
                return
            cursor = "(" + chunk[-1][0]

    def export(self) -> Iterator[str]:
        """JSON Lines: one decision a line, with the batch (and its place in the chain) it is in."""
        for entry_id, fields in self.batches():
            for decision in json.loads(fields["payload"]):
                yield json.dumps({**decision, "batch": entry_id, "hash": fields["hash"], "prev": fields["prev"]},
                                 sort_keys=True, ensure_ascii=False)

    def verify(self) -> Verification:
        """Walk the chain; the first retained batch anchors it (older ones may be trimmed)."""
        count, previous = 0, None
        for entry_id, fields in self.batches():
            count += 1
            if previous is not None and fields["prev"] != previous:
                return Verification(count, False, entry_id, "the previous hash does not match: an entry is missing")
            if hashlib.sha1((fields["prev"] + fields["payload"]).encode()).hexdigest() != fields["hash"]:  # noqa: S324
                return Verification(count, False, entry_id, "the entry was changed after it was written")
            previous = fields["hash"]
        return Verification(count, True)
