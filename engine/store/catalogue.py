"""The vacancy catalogue: import (validate, analyse, store) and read back from Redis.

Each vacancy is stored with the concepts found in it, stamped with the taxonomy version,
so a worker rebuilds its index from Redis without running the pipelines again.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any, cast

import redis

from engine.domain.jobposting import PostingError, Vacancy, iter_postings, parse_posting
from engine.domain.vacancy import ImportResult, VacancyRecord
from engine.nlp.analyzer import Analyzer
from engine.nlp.vacancy import analyse_vacancy
from engine.store.client import RedisClient
from engine.store.keys import Keys

WRITE_BATCH = 500
READ_BATCH = 1000
CHANGES_KEPT = 10_000  # change-log entries (one per write) a lagging worker can catch up from

# Bumps the catalogue version and logs which vacancies that version touched, under the
# version's own number, so a worker at version v knows it has every change when it reads
# the entries v+1..now without a gap. Sent as EVAL inside the write's transaction: a cluster
# pipeline neither queues EVALSHA nor loads scripts, and the script is a few bytes.
_BUMP = """
local version = redis.call('INCR', KEYS[1])
redis.call('XADD', KEYS[2], 'MAXLEN', '~', ARGV[1], version .. '-1', 'ids', ARGV[2])
return version
"""


def _bump(pipe: redis.client.Pipeline, ids: str) -> None:
    """Queue the version bump for ``ids`` (newline-separated) in the write's transaction."""
    pipe.execute_command("EVAL", _BUMP, 2, Keys.catalogue_version, Keys.catalogue_changes, CHANGES_KEPT, ids)


class Catalogue:
    """Vacancies in Redis. Writes are transactions that also bump the catalogue version."""

    def __init__(self, client: RedisClient, analyzer: Analyzer, taxonomy_version: str) -> None:
        self.client = client
        self.analyzer = analyzer
        self.taxonomy_version = taxonomy_version

    def parse(self, payload: Any) -> tuple[list[Vacancy], list[dict[str, Any]], list[int]]:
        """Valid vacancies, rejections (index, code, error, field) and the indexes kept."""
        vacancies: list[Vacancy | None] = []
        rejected: list[dict[str, Any]] = []
        kept: list[int] = []
        seen: dict[str, int] = {}
        for index, raw in enumerate(iter_postings(payload)):
            try:
                vacancy = parse_posting(raw, self.analyzer.language_of)
            except PostingError as exc:
                rejected.append({"index": index, "code": "invalid_posting", "error": exc.message,
                                 "field": exc.field})
                continue
            if vacancy.id in seen:  # the last copy of an id in one batch wins
                vacancies[seen[vacancy.id]] = None
            seen[vacancy.id] = len(vacancies)
            vacancies.append(vacancy)
            kept.append(index)
        return [v for v in vacancies if v is not None], rejected, kept

    def records(self, vacancies: Iterable[Vacancy]) -> Iterator[VacancyRecord]:
        for vacancy in vacancies:
            yield VacancyRecord(vacancy, analyse_vacancy(vacancy, self.analyzer), self.taxonomy_version)

    def save(self, records: Iterable[VacancyRecord],
             progress: Callable[[int], None] | None = None) -> list[str]:
        ids: list[str] = []
        batch: list[VacancyRecord] = []
        for record in records:
            batch.append(record)
            if len(batch) >= WRITE_BATCH:
                ids.extend(self._write(batch))
                if progress:
                    progress(len(batch))
                batch = []
        if batch:
            ids.extend(self._write(batch))
            if progress:
                progress(len(batch))
        return ids

    def _write(self, batch: list[VacancyRecord]) -> list[str]:
        pipe = self.client.pipeline(transaction=True)
        for record in batch:
            pipe.set(Keys.vacancy(record.vacancy.id), record.to_json())
            pipe.sadd(Keys.vacancy_ids, record.vacancy.id)
        ids = [r.vacancy.id for r in batch]
        _bump(pipe, "\n".join(ids))
        pipe.execute()
        return ids

    def import_payload(self, payload: Any) -> ImportResult:
        vacancies, rejected, _ = self.parse(payload)
        return ImportResult(ids=self.save(self.records(vacancies)), rejected=rejected)

    def get(self, vacancy_id: str) -> VacancyRecord | None:
        raw = cast(str | None, self.client.get(Keys.vacancy(vacancy_id)))  # decoded replies
        return VacancyRecord.from_json(raw) if raw else None

    def delete(self, vacancy_id: str) -> bool:
        pipe = self.client.pipeline(transaction=True)
        pipe.delete(Keys.vacancy(vacancy_id))
        pipe.srem(Keys.vacancy_ids, vacancy_id)
        _bump(pipe, vacancy_id)
        deleted, _, _ = pipe.execute()
        return bool(deleted)

    def version(self) -> int:
        return int(self.client.get(Keys.catalogue_version) or 0)

    def changes_since(self, version: int) -> tuple[int, set[str] | None]:
        """(current version, ids changed after ``version``); None instead of the ids when the
        change log cannot account for every version in between (trimmed, or written by hand)."""
        with self.client.pipeline(transaction=True) as pipe:
            pipe.get(Keys.catalogue_version)
            pipe.xrange(Keys.catalogue_changes, f"{version + 1}-0", "+")
            current, entries = pipe.execute()
        current = int(current or 0)
        if current == version:
            return current, set()
        versions = [int(entry_id.split("-")[0]) for entry_id, _ in entries]
        if version < 0 or versions != list(range(version + 1, current + 1)):
            return current, None
        return current, {vid for _, fields in entries for vid in fields["ids"].split("\n")}

    def get_many(self, ids: list[str]) -> dict[str, VacancyRecord | None]:
        """id -> record (None: not in the catalogue), re-analysed if the taxonomy moved on."""
        found: dict[str, VacancyRecord | None] = {}
        for start in range(0, len(ids), READ_BATCH):
            chunk = ids[start:start + READ_BATCH]
            for vacancy_id, raw in zip(chunk, self.client.mget([Keys.vacancy(i) for i in chunk]), strict=True):
                found[vacancy_id] = None if raw is None else self._current(VacancyRecord.from_json(cast(str, raw)))
        return found

    def _current(self, record: VacancyRecord) -> VacancyRecord:
        if record.taxonomy_version != self.taxonomy_version:
            return next(self.records([record.vacancy]))
        return record

    def stream_all(self) -> tuple[int, Iterator[VacancyRecord]]:
        """(version, records in id order): the ids and version are read consistently, the
        records a thousand at a time, so the caller never holds them all."""
        with self.client.pipeline(transaction=True) as pipe:
            pipe.get(Keys.catalogue_version)
            pipe.smembers(Keys.vacancy_ids)
            version, ids = pipe.execute()
        ids = sorted(ids)

        def records() -> Iterator[VacancyRecord]:
            for start in range(0, len(ids), READ_BATCH):
                for record in self.get_many(ids[start:start + READ_BATCH]).values():
                    if record is not None:
                        yield record

        return int(version or 0), records()

    def load_all(self) -> tuple[int, list[VacancyRecord]]:
        version, records = self.stream_all()
        return version, list(records)
