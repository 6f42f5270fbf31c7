"""Measurement without identifiers: impressions and clicks as counters per vacancy x context
topic x day, and per slot x day. Nothing per person, ever; small cells are suppressed on read."""

from __future__ import annotations

import threading
from collections import Counter
from datetime import UTC, date, datetime, timedelta
from typing import cast

import redis

from engine.store.client import RedisClient
from engine.store.flusher import BackgroundFlusher
from engine.store.keys import Keys

RETENTION_DAYS = 400
# the group key of each rollup: the row fields it is made of, in sort order
ROLLUPS: dict[str, tuple[str, ...]] = {
    "day": ("day",),
    "vacancy": ("vacancy_id",),
    "topic": ("topic",),
    "vacancy_topic_day": ("day", "vacancy_id", "topic"),
    "total": (),
}


def _day(now: datetime | None = None) -> str:
    return (now or datetime.now(UTC)).date().isoformat()


class Stats:
    """Counts are added up in the worker and written to Redis every ``flush_seconds`` by a
    background thread (and before every report), so serving an ad costs no round trip."""

    def __init__(self, client: RedisClient, k: int = 10, flush_seconds: float = 1.0) -> None:
        self.client = client
        self.k = k
        self._pending: Counter[tuple[str, str]] = Counter()
        self._lock = threading.Lock()
        self._flusher = BackgroundFlusher(self.flush, flush_seconds)

    def count(self, event: str, vacancy_id: str, topic: str | None, slot: str | None = None) -> None:
        """``event`` is "impression" or "click": counters, never identifiers."""
        key = Keys.stats(_day())
        with self._lock:
            self._pending[(key, f"{event}|{vacancy_id}|{topic or '-'}")] += 1
            if slot:
                self._pending[(key, f"slot-{event}|{slot}")] += 1
        self._flusher.poke()

    def flush(self) -> None:
        with self._lock:
            pending, self._pending = self._pending, Counter()
        if not pending:
            return
        pipe = self.client.pipeline(transaction=False)
        for (key, field), amount in pending.items():
            pipe.hincrby(key, field, amount)
        for key in {key for key, _ in pending}:
            pipe.expire(key, RETENTION_DAYS * 86400)
        try:
            pipe.execute()
        except redis.RedisError:
            with self._lock:  # keep them for the next flush rather than lose them
                self._pending.update(pending)

    def stop(self) -> None:
        """Stop the background writer of this process (what is pending stays pending)."""
        self._flusher.stop()

    def count_ads(self, ads: list, slot: str | None = None) -> None:
        for ad in ads:
            self.count("impression", ad.vacancy_id, ad.topic, slot)

    def report(self, first: date, last: date) -> dict:
        """Cells below k are suppressed (value null), so no small group can be singled out."""
        self.flush()
        rows: dict[tuple, dict] = {}
        slots: dict[tuple, dict] = {}
        day = first
        while day <= last:
            counts = cast(dict[str, str], self.client.hgetall(Keys.stats(day.isoformat())))  # decoded
            for field, value in counts.items():
                event, _, rest = field.partition("|")
                if event.startswith("slot-"):
                    cell = slots.setdefault((day.isoformat(), rest), {"impressions": 0, "clicks": 0})
                    cell["impressions" if event == "slot-impression" else "clicks"] += int(value)
                else:
                    vacancy, _, topic = rest.partition("|")
                    cell = rows.setdefault((day.isoformat(), vacancy, topic), {"impressions": 0, "clicks": 0})
                    cell["impressions" if event == "impression" else "clicks"] += int(value)
            day += timedelta(days=1)
        return {
            "k": self.k, "from": first.isoformat(), "to": last.isoformat(),
            "by_vacancy_topic_day": [{"day": d, "vacancy_id": v, "topic": t, **self._suppress(c)}
                                     for (d, v, t), c in sorted(rows.items())],
            "by_slot_day": [{"day": d, "slot": s, **self._suppress(c)} for (d, s), c in sorted(slots.items())],
        }

    def _suppress(self, cell: dict) -> dict:
        out = {name: (value if value >= self.k else None) for name, value in cell.items()}
        out["suppressed"] = [name for name, value in cell.items() if value < self.k]
        return out

    def rollup(self, first: date, last: date, by: str) -> list[dict]:
        """Raw counters summed over the range per ``by`` (a key of ``ROLLUPS``), suppressed only then.

        Summing before suppressing lets a busy day show its total even when each of its cells is
        small. A count of 0 is shown as 0 (it says nothing about anyone); only 0 < value < k is
        suppressed (None). Impression fields only (not the slot ones), so nothing is counted twice;
        events without a topic have topic "-". ``by="day"`` has a row for every day of the range;
        ``by="total"`` has exactly one row. Rows are sorted by their group key.
        """
        if by not in ROLLUPS:
            raise ValueError(f"unknown rollup {by!r}; expected one of {', '.join(ROLLUPS)}")
        if first > last:
            raise ValueError(f"range reversed: {first.isoformat()} is after {last.isoformat()}")
        self.flush()
        names = ROLLUPS[by]
        groups: dict[tuple[str, ...], dict[str, int]] = {}
        if by == "day":  # every day has a row, a quiet one too
            groups = {(day,): {"impressions": 0, "clicks": 0} for day in _days(first, last)}
        elif by == "total":
            groups = {(): {"impressions": 0, "clicks": 0}}
        for day, event, vacancy_id, topic, value in self._raw_cells(first, last):
            fields = {"day": day, "vacancy_id": vacancy_id, "topic": topic}
            cell = groups.setdefault(tuple(fields[name] for name in names), {"impressions": 0, "clicks": 0})
            cell["impressions" if event == "impression" else "clicks"] += value
        return [{**dict(zip(names, key, strict=True)), **self._suppress_aggregate(cell)}
                for key, cell in sorted(groups.items())]

    def _raw_cells(self, first: date, last: date) -> list[tuple[str, str, str, str, int]]:
        """(day, event, vacancy, topic, count) for every impression/click counter, one round trip."""
        days = _days(first, last)
        pipe = self.client.pipeline(transaction=False)
        for day in days:
            pipe.hgetall(Keys.stats(day))
        cells = []
        for day, fields in zip(days, pipe.execute(), strict=True):
            for field, value in fields.items():
                event, _, rest = _text(field).partition("|")
                if event in ("impression", "click"):
                    vacancy_id, _, topic = rest.partition("|")
                    cells.append((day, event, vacancy_id, topic, int(value)))
        return cells

    def _suppress_aggregate(self, cell: dict[str, int]) -> dict:
        """Like ``_suppress`` but zero stays visible; CTR only from two visible counts."""
        hidden = [name for name, value in cell.items() if 0 < value < self.k]
        out: dict = {name: (None if name in hidden else value) for name, value in cell.items()}
        shown, clicks = out["impressions"], out["clicks"]
        out["ctr"] = round(clicks / shown, 4) if shown and clicks is not None else None
        out["suppressed"] = hidden
        return out


def _days(first: date, last: date) -> list[str]:
    return [(first + timedelta(days=n)).isoformat() for n in range((last - first).days + 1)]


def _text(value: str | bytes) -> str:
    """Field names as text, whether or not the client decodes responses."""
    return value.decode() if isinstance(value, bytes) else value
