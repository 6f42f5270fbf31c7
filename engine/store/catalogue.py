"""The vacancy catalogue: import (validate, analyse, store) and read back from Redis.

Each vacancy is stored with the concepts found in it, stamped with the taxonomy version,
so a worker rebuilds its index from Redis without running the pipelines again.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, NamedTuple

import redis

from engine.domain.jobposting import PostingError, Vacancy, iter_postings, parse_posting
from engine.nlp.analyzer import Analyzer
from engine.store.client import Keys

# How much a concept found in each part of a posting says about what the job is.
FIELD_WEIGHTS = {"title": 1.0, "occupational_category": 0.85, "skills": 0.55, "industry": 0.5}
DESCRIPTION_FIRST, DESCRIPTION_MORE, DESCRIPTION_CAP = 0.3, 0.08, 0.55
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


def content_digest(vacancy: Vacancy) -> str:
    """What an approval is bound to: the vacancy as stored."""
    raw = json.dumps(vacancy.to_dict(), sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(raw.encode()).hexdigest()[:32]


class Evidence(NamedTuple):
    """Why a vacancy carries a concept: the strongest place it was found (a tuple: many are
    read back at start-up)."""

    weight: float
    term: str
    text: str
    field: str


@dataclass(frozen=True)
class VacancyRecord:
    vacancy: Vacancy
    concepts: dict[str, Evidence]
    taxonomy_version: str

    def to_json(self) -> str:
        return json.dumps({
            "vacancy": self.vacancy.to_dict(),
            "concepts": {c: [e.weight, e.term, e.text, e.field] for c, e in sorted(self.concepts.items())},
            "taxonomy_version": self.taxonomy_version,
        }, ensure_ascii=False, separators=(",", ":"))

    @classmethod
    def from_json(cls, text: str) -> VacancyRecord:
        data = json.loads(text)
        return cls(
            vacancy=Vacancy.from_dict(data["vacancy"]),
            concepts={c: Evidence._make(values) for c, values in data["concepts"].items()},
            taxonomy_version=data["taxonomy_version"],
        )


@dataclass
class ImportResult:
    ids: list[str] = field(default_factory=list)
    rejected: list[dict[str, Any]] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {"imported": len(self.ids), "ids": self.ids, "rejected": self.rejected}


def analyse_vacancy(vacancy: Vacancy, analyzer: Analyzer) -> dict[str, Evidence]:
    """Concept -> evidence; repeated mentions in the description add up, with a cap."""
    found: dict[str, Evidence] = {}

    def keep(concept: str, evidence: Evidence) -> None:
        current = found.get(concept)
        if current is None:
            found[concept] = evidence
            return
        # probabilistic OR: a second, independent place adds confidence
        combined = 1 - (1 - current.weight) * (1 - evidence.weight)
        best = current if current.weight >= evidence.weight else evidence
        found[concept] = Evidence(round(combined, 4), best.term, best.text, best.field)

    for field_name, weight in FIELD_WEIGHTS.items():
        text = getattr(vacancy, field_name)
        if not text:
            continue
        seen = set()
        for hit in analyzer.concepts(text, vacancy.language):
            if hit.concept not in seen:
                seen.add(hit.concept)
                keep(hit.concept, Evidence(_via_weight(weight, hit.via), hit.term, hit.text, field_name))
    counts: dict[str, list] = {}
    for hit in analyzer.concepts(vacancy.description, vacancy.language):
        counts.setdefault(hit.concept, []).append(hit)
    for concept, hits in counts.items():
        weight = min(DESCRIPTION_CAP, DESCRIPTION_FIRST + DESCRIPTION_MORE * (len(hits) - 1))
        first = hits[0]
        keep(concept, Evidence(_via_weight(weight, first.via), first.term, first.text, "description"))
    return found


def _via_weight(weight: float, via: str) -> float:
    factor = {"term": 1.0, "compound_head": 0.9, "hyphen_part": 0.8, "compound_modifier": 0.5}[via]
    return round(weight * factor, 4)


class Catalogue:
    """Vacancies in Redis. Writes are transactions that also bump the catalogue version."""

    def __init__(self, client: redis.Redis, analyzer: Analyzer, taxonomy_version: str) -> None:
        self.client = client
        self.analyzer = analyzer
        self.taxonomy_version = taxonomy_version

    def parse(self, payload: Any) -> tuple[list[Vacancy], list[dict[str, Any]], list[int]]:
        """Valid vacancies, rejections (index, code, error, field) and the indexes kept."""
        vacancies, rejected, kept = [], [], []
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
        raw = self.client.get(Keys.vacancy(vacancy_id))
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
                found[vacancy_id] = None if raw is None else self._current(VacancyRecord.from_json(raw))
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
