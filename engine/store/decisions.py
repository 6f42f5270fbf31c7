"""The decision log (AI Act Art. 12): every ad decision appended to a Redis stream, bounded in age
and length, exportable as JSON Lines. An entry holds what was decided and on which kinds of
signal — never an identifier, an address, a token or anyone's words.

Whoever can write to Redis must not be able to cut or rewrite the log unnoticed, so its evidence
does not rest on Redis alone:

- each batch is chained with an HMAC-SHA256 under a key Redis never holds (``ENGINE_DECISION_LOG_KEY``,
  else one derived from the secret key): without it a batch cannot be rewritten, nor every later
  hash recomputed to match;
- each batch carries its number and the time of the batch before it, under the HMAC: a gap in the
  numbers is a removal, and a missing oldest batch passes only when the retention (age) or the
  length bound explains it;
- the newest batch must be the one the head names;
- after its first append, and then every ``ENGINE_DECISION_CHECKPOINT_MINUTES`` while it appends, a
  worker writes a signed checkpoint (count, last hash, time) to its log — stderr, outside Redis.
  ``verify`` given a checkpoint says which of the batches it saw are missing: a cut at the newest
  end, head rewritten to match, shows there.

Batches written before the HMAC chain (SHA-1, without a number) are still checked as they were,
at the start of the chain only, until the retention removes them.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import threading
import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from typing import Any, cast

import redis

from engine.store.client import RedisClient, StreamEntries
from engine.store.flusher import BackgroundFlusher
from engine.store.keys import Keys

log = logging.getLogger(__name__)
GENESIS = "0" * 64
CHECKPOINT = "decision log checkpoint "  # how a checkpoint line starts in the log
APPEND_TRIES = 8  # workers appending at the same moment: the one whose head moved tries again
SLACK_MS = 3_600_000  # workers' clocks and the approximate trim, when judging a removed oldest batch
CHANGED = "the entry was changed after it was written"
MISSING = "the previous hash does not match: an entry is missing"

# Appends one batch if the head is still the one its HMAC was computed over (else 0: read the head
# again), so the chain runs through the batches of every worker in the order Redis accepted them.
_APPEND = """
if (redis.call('GET', KEYS[2]) or '') ~= ARGV[1] then return 0 end
redis.call('XADD', KEYS[1], 'MAXLEN', '~', ARGV[3], '*', 'n', ARGV[5], 'at', ARGV[6], 'prev', ARGV[7],
           'prev_at', ARGV[8], 'payload', ARGV[9], 'hash', ARGV[10])
redis.call('SET', KEYS[2], ARGV[2])
redis.call('XTRIM', KEYS[1], 'MINID', '~', ARGV[4])
return 1
"""


class ChainBusy(Exception):
    """The head kept moving under this worker's append: the batch waits for the next flush."""


@dataclass(frozen=True)
class Head:
    """The newest batch: its number, HMAC and time (ms). Number 0 is the start, or a head of the
    SHA-1 chain before the HMAC (a bare hash)."""

    n: int = 0
    hash: str = GENESIS
    at: int = 0

    @classmethod
    def read(cls, raw: str | None) -> Head:
        if not raw:
            return cls()
        try:
            data = json.loads(raw)
            return cls(int(data["n"]), str(data["hash"]), int(data["at"]))
        except (ValueError, TypeError, KeyError):
            return cls(0, raw, 0)

    def dumps(self) -> str:
        return json.dumps(asdict(self), separators=(",", ":"))


@dataclass(frozen=True)
class Checkpoint:
    """What a worker writes to its log: how many batches the log has had, the last one's HMAC,
    when, and a signature over the three under the log's key."""

    count: int
    last: str
    time: str
    sig: str = ""

    def line(self) -> str:
        return json.dumps(asdict(self), separators=(",", ":"))


def read_checkpoint(text: str) -> Checkpoint:
    """A checkpoint from what an operator copies out of the log: the object itself, the plain
    text line, or the JSON log line whose message holds it. ValueError when it is none of those."""
    text = text.strip()
    try:
        data: Any = json.loads(text) if text.startswith("{") else None
        if isinstance(data, dict) and isinstance(data.get("message"), str):
            return read_checkpoint(data["message"])
        if CHECKPOINT in text and not (isinstance(data, dict) and "count" in data):
            data = json.loads(text.split(CHECKPOINT, 1)[1])
        checkpoint = Checkpoint(int(data["count"]), str(data["last"]), str(data["time"]), str(data["sig"]))
    except (ValueError, TypeError, KeyError, RecursionError):
        raise ValueError("a checkpoint is the JSON object the log shows after 'decision log checkpoint'") from None
    if checkpoint.count < 0:
        raise ValueError("a checkpoint counts batches from 0")
    return checkpoint


@dataclass(frozen=True)
class Verification:
    entries: int
    ok: bool
    broken_at: str | None = None
    reason: str | None = None


@dataclass
class _Walk:
    """The state of one walk over the retained batches, oldest first."""

    wanted: frozenset[int]  # batch numbers whose hash the head or a checkpoint names
    count: int = 0
    first: int | None = None
    previous: Head | None = None
    keyed: bool = False
    found: dict[int, str] = field(default_factory=dict)


class DecisionLog:
    def __init__(self, client: RedisClient, retention_days: int = 183, max_entries: int = 1_000_000,
                 flush_seconds: float = 1.0, key: str = "", checkpoint_seconds: float = 3600.0) -> None:
        self.client = client
        self.retention_days = retention_days
        self.max_entries = max_entries
        self.checkpoint_seconds = checkpoint_seconds
        self._key = hmac.new(key.encode(), b"plainsight.decisions", hashlib.sha256).digest()
        self._append = client.register_script(_APPEND)
        self._pending: list[str] = []
        self._lock = threading.Lock()
        self._checkpointed_at = -checkpoint_seconds  # the first append of a process is followed by one
        self._appended = False  # since the last checkpoint: an idle worker writes none (the last one stands)
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
        if pending:
            try:
                self._append_batch("[" + ",".join(pending) + "]")
                self._appended = True
            except (redis.RedisError, ChainBusy):
                with self._lock:
                    self._pending[:0] = pending  # try again with the next flush
        self._maybe_checkpoint()

    def _mac(self, n: int, at: int, prev: str, prev_at: int, payload: str) -> str:
        return hmac.new(self._key, f"{n}\n{at}\n{prev}\n{prev_at}\n{payload}".encode(), hashlib.sha256).hexdigest()

    def _append_batch(self, payload: str) -> None:
        oldest = int((time.time() - self.retention_days * 86400) * 1000)
        for _ in range(APPEND_TRIES):
            raw = cast(str | None, self.client.get(Keys.decisions_head))
            head, at = Head.read(raw), int(time.time() * 1000)
            new = Head(head.n + 1, self._mac(head.n + 1, at, head.hash, head.at, payload), at)
            if self._append(keys=[Keys.decisions, Keys.decisions_head],
                            args=[raw or "", new.dumps(), self.max_entries, f"{oldest}-0", new.n, at, head.hash,
                                  head.at, payload, new.hash]):
                return
        raise ChainBusy

    # checkpoints --------------------------------------------------------------------------------
    def _signature(self, count: int, last: str, at: str) -> str:
        return hmac.new(self._key, f"checkpoint\n{count}\n{last}\n{at}".encode(), hashlib.sha256).hexdigest()

    def checkpoint(self) -> Checkpoint:
        """The log as it is now, signed: what a worker writes to its own log."""
        head = Head.read(cast(str | None, self.client.get(Keys.decisions_head)))
        at = datetime.now(UTC).isoformat(timespec="seconds")
        return Checkpoint(head.n, head.hash, at, self._signature(head.n, head.hash, at))

    def _maybe_checkpoint(self) -> None:
        now = time.monotonic()
        if not self._appended or now - self._checkpointed_at < self.checkpoint_seconds:
            return
        self._checkpointed_at, self._appended = now, False
        try:
            log.info(CHECKPOINT + "%s", self.checkpoint().line())
        except redis.RedisError as exc:
            log.warning("decision log checkpoint not written: store unavailable (%s)", type(exc).__name__)

    # reading --------------------------------------------------------------------------------------
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
        """JSON Lines: one decision a line, with the batch (its number and place in the chain) it is in."""
        for entry_id, fields in self.batches():
            for decision in json.loads(fields["payload"]):
                yield json.dumps({**decision, "batch": entry_id, "hash": fields["hash"], "prev": fields["prev"],
                                  **({"n": int(fields["n"])} if "n" in fields else {})},
                                 sort_keys=True, ensure_ascii=False)

    def verify(self, checkpoint: Checkpoint | None = None) -> Verification:
        """Walk the chain: every HMAC, every number after the one before, a removed oldest batch only
        within the bounds, the newest batch the head's; given a checkpoint, every batch it saw."""
        if checkpoint is not None and not hmac.compare_digest(
                checkpoint.sig, self._signature(checkpoint.count, checkpoint.last, checkpoint.time)):
            return Verification(0, False, None, "the checkpoint's signature is wrong: this engine (with this key) "
                                                "did not write it")
        self.flush()
        head = Head.read(cast(str | None, self.client.get(Keys.decisions_head)))  # before the walk: appends go on
        walk = _Walk(frozenset({head.n} | ({checkpoint.count} if checkpoint else set())))
        for entry_id, fields in self.batches():
            walk.count += 1
            reason = self._step(walk, fields)
            if reason:
                return Verification(walk.count, False, entry_id, reason)
        reason = self._ends_at_head(walk, head) or (self._saw(walk, checkpoint) if checkpoint else None)
        return Verification(walk.count, reason is None, None, reason)

    def _step(self, walk: _Walk, fields: dict) -> str | None:
        """Check one batch against the one before it; the reason the chain breaks here, or None."""
        if "n" not in fields:  # a batch of the SHA-1 chain, before the HMAC
            digest = hashlib.sha1((fields["prev"] + fields["payload"]).encode()).hexdigest()  # noqa: S324
            if walk.keyed or digest != fields["hash"]:
                return CHANGED
            if walk.previous is not None and fields["prev"] != walk.previous.hash:
                return MISSING
            walk.previous = Head(0, fields["hash"], 0)
            return None
        try:
            n, at, prev_at = int(fields["n"]), int(fields["at"]), int(fields["prev_at"])
        except (KeyError, ValueError):
            return CHANGED
        if not hmac.compare_digest(self._mac(n, at, fields["prev"], prev_at, fields["payload"]), fields["hash"]):
            return CHANGED
        if walk.previous is None:
            walk.first = n
            if fields["prev"] != GENESIS and not self._trimmed_in_time(prev_at):
                return (f"batches before number {n} were removed before their time: the one before it was written "
                        f"{_iso(prev_at)}, within the {self.retention_days} days kept, and the log holds fewer "
                        f"than its {self.max_entries} batches")
        elif fields["prev"] != walk.previous.hash or n != walk.previous.n + 1:
            return MISSING
        walk.keyed, walk.previous = True, Head(n, fields["hash"], at)
        if n in walk.wanted:
            walk.found[n] = fields["hash"]
        return None

    def _trimmed_in_time(self, written_ms: int) -> bool:
        """Whether a batch written then may be gone: older than the retention, or the log is full."""
        too_old = written_ms < (time.time() - self.retention_days * 86400) * 1000 + SLACK_MS
        return too_old or int(self.client.xlen(Keys.decisions)) >= self.max_entries

    @staticmethod
    def _ends_at_head(walk: _Walk, head: Head) -> str | None:
        if head.n == 0 and walk.keyed:
            return "the head is gone while the log holds batches: it was removed, with the newest batches perhaps"
        if head.n == 0 or walk.found.get(head.n) == head.hash:
            return None  # the head is the newest batch (later ones were appended during the walk)
        last = walk.previous.n if walk.previous else 0
        if last < head.n:
            return f"the newest batches are missing: the head names batch {head.n}, the log ends at batch {last}"
        return f"the head names batch {head.n} with another hash than the log's: the head or the batch was changed"

    def _saw(self, walk: _Walk, checkpoint: Checkpoint) -> str | None:
        """What is missing of the batches a checkpoint saw (None: all there, or gone within the bounds)."""
        count, at = checkpoint.count, checkpoint.time
        if count == 0 or walk.found.get(count) == checkpoint.last:
            return None
        if count in walk.found:
            return f"batch {count} is not the one the checkpoint of {at} saw: it was rewritten"
        last = walk.previous.n if walk.previous else 0
        if last < count:
            return (f"{_span(last + 1, count)} missing: the checkpoint of {at} counted {count}, "
                    f"the log ends at batch {last}")
        first = walk.first or 0
        if self._trimmed_in_time(_ms(at)):
            return None  # batch ``count`` is older than the retention now, or the log is full
        return f"{_span(count, first - 1)} missing, removed before their time (the checkpoint of {at} saw them)"


def _span(first: int, last: int) -> str:
    return f"batch {first} is" if first == last else f"batches {first} to {last} are"


def _iso(ms: int) -> str:
    return datetime.fromtimestamp(ms / 1000, UTC).isoformat(timespec="seconds")


def _ms(iso: str) -> int:
    try:
        return int(datetime.fromisoformat(iso).timestamp() * 1000)
    except ValueError:
        return 0
