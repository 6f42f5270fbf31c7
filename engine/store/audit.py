"""The audit trail of human oversight: who approved, paused, edited or stopped what, and when.

Entries are appended to a Redis stream in the same transaction as the change they describe,
so a change without its audit entry (or the reverse) cannot happen. "Who" is the marketeer's
account name: the people overseeing the engine are accountable by name; readers of ads never
appear here.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, cast

import redis

from engine.store.client import RedisClient, StreamEntries
from engine.store.keys import Keys

MAX_ENTRIES = 100_000


@dataclass(frozen=True)
class AuditEntry:
    id: str
    at: str
    who: str
    action: str
    target: str
    detail: dict[str, Any]

    def as_dict(self) -> dict[str, Any]:
        return {"id": self.id, "at": self.at, "who": self.who, "action": self.action,
                "target": self.target, "detail": self.detail}


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class AuditTrail:
    def __init__(self, client: RedisClient, max_entries: int = MAX_ENTRIES) -> None:
        self.client = client
        self.max_entries = max_entries

    def add(self, pipe: redis.client.Pipeline, who: str, action: str, target: str,
            detail: dict[str, Any] | None = None) -> None:
        """Queue an entry on ``pipe``: it is written with the change it records, or not at all."""
        pipe.xadd(Keys.audit, {"at": now_iso(), "who": who, "action": action, "target": target,
                               "detail": json.dumps(detail or {}, ensure_ascii=False, sort_keys=True)},
                  maxlen=self.max_entries, approximate=True)

    def record(self, who: str, action: str, target: str, detail: dict[str, Any] | None = None) -> None:
        """An action that changes nothing else in the store (a sign-in, an export)."""
        pipe = self.client.pipeline(transaction=True)
        self.add(pipe, who, action, target, detail)
        pipe.execute()

    def entries(self, count: int = 100, before: str | None = None, action: str | None = None,
                target: str | None = None) -> list[AuditEntry]:
        """Newest first; ``before`` is an entry id to page back from."""
        found: list[AuditEntry] = []
        upper = f"({before}" if before else "+"
        while len(found) < count:
            batch = cast(StreamEntries, self.client.xrevrange(Keys.audit, max=upper, min="-", count=max(count, 200)))
            if not batch:
                break
            for entry_id, fields in batch:
                entry = AuditEntry(entry_id, fields["at"], fields["who"], fields["action"],
                                   fields["target"], json.loads(fields.get("detail") or "{}"))
                if (action is None or entry.action.startswith(action)) and (target is None or entry.target == target):
                    found.append(entry)
                    if len(found) == count:
                        break
            upper = f"({batch[-1][0]}"
        return found
