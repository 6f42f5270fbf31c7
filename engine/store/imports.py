"""Vacancy imports from the studio: checked at once, analysed in the background, with progress.

Analysing thousands of postings takes longer than a page should wait, so the studio starts a
job and shows its progress. The upload is checked before the job starts (JSON, no personal
identifiers); each posting that cannot be imported is reported with its index and reason,
and the valid ones are imported all the same, as with ``POST /v1/vacancies``.
"""

from __future__ import annotations

import json
import logging
import secrets
import threading
import time
from collections.abc import Iterator, Mapping
from typing import Any, cast

from engine.domain.jobposting import Vacancy, iter_postings
from engine.domain.vacancy import VacancyRecord
from engine.store.audit import AuditTrail, now_iso
from engine.store.catalogue import Catalogue
from engine.store.client import RedisClient
from engine.store.keys import Keys
from engine.store.oversight import record_editors

log = logging.getLogger(__name__)
JOB_TTL = 86400
PROGRESS_EVERY = 0.25  # seconds between progress writes


class ImportJobs:
    def __init__(self, client: RedisClient, catalogue: Catalogue, audit: AuditTrail) -> None:
        self.client = client
        self.catalogue = catalogue
        self.audit = audit

    def start(self, payload: Any, filename: str, who: str, background: bool = True,
              refused: Mapping[int, dict[str, Any]] | None = None) -> str:
        """Parse now (so an empty or broken file is reported at once), analyse and store after.
        ``refused``: postings already refused by their index (a personal identifier); they are
        reported with the others and never parsed."""
        vacancies, rejected = self._parse(payload, refused or {})
        job_id = secrets.token_hex(8)
        key = Keys.import_job(job_id)
        self.client.hset(key, mapping={
            "status": "running", "filename": filename[:200], "who": who, "started_at": now_iso(),
            "total": len(vacancies) + len(rejected), "valid": len(vacancies), "done": 0,
            "imported": 0, "rejected": json.dumps(rejected, ensure_ascii=False)})
        self.client.expire(key, JOB_TTL)
        if background:
            threading.Thread(target=self._run, args=(job_id, vacancies, who), daemon=True,
                             name=f"import-{job_id}").start()
        else:
            self._run(job_id, vacancies, who)
        return job_id

    def _parse(self, payload: Any, refused: Mapping[int, dict[str, Any]]) -> tuple[list[Vacancy], list[dict]]:
        """Parse the postings not refused yet; every rejection under its index in the file."""
        if not refused:
            vacancies, rejected, _ = self.catalogue.parse(payload)
            return vacancies, rejected
        postings = iter_postings(payload)
        kept = [index for index in range(len(postings)) if index not in refused]
        vacancies, rejected, _ = self.catalogue.parse([postings[index] for index in kept])
        rejected = [{**r, "index": kept[r["index"]]} for r in rejected] + list(refused.values())
        return vacancies, sorted(rejected, key=lambda r: r["index"])

    def _counted(self, key: str, vacancies: list[Vacancy]) -> Iterator[VacancyRecord]:
        last = time.monotonic()
        for done, record in enumerate(self.catalogue.records(vacancies), start=1):
            yield record
            if time.monotonic() - last > PROGRESS_EVERY:
                self.client.hset(key, "done", done)
                last = time.monotonic()

    def _run(self, job_id: str, vacancies: list[Vacancy], who: str) -> None:
        key = Keys.import_job(job_id)
        try:
            ids = self.catalogue.save(self._counted(key, vacancies))
        except Exception as exc:  # noqa: BLE001 - the job reports any failure instead of dying silently
            log.exception("import job %s failed", job_id)
            self.client.hset(key, mapping={"status": "failed", "error": type(exc).__name__,
                                           "finished_at": now_iso()})
            return
        pipe = self.client.pipeline(transaction=True)
        pipe.hset(key, mapping={"status": "done", "done": len(ids), "imported": len(ids),
                                "finished_at": now_iso()})
        rejected = int(self.client.hget(key, "total") or 0) - len(vacancies)
        self.audit.add(pipe, who, "vacancy.import", job_id,
                       {"imported": len(ids), "rejected": rejected})
        record_editors(pipe, "vacancy", ids, who)  # who imported each, for the four-eyes rule
        pipe.execute()

    def status(self, job_id: str) -> dict[str, Any] | None:
        if not job_id.isalnum() or len(job_id) > 32:
            return None
        raw = cast(dict[str, str], self.client.hgetall(Keys.import_job(job_id)))  # decoded replies
        if not raw:
            return None
        data: dict[str, Any] = dict(raw)
        for name in ("total", "valid", "done", "imported"):
            data[name] = int(data.get(name) or 0)
        data["rejected"] = json.loads(data.get("rejected") or "[]")
        data["percent"] = 100 if data["status"] == "done" else (
            int(100 * data["done"] / data["valid"]) if data["valid"] else 0)
        data["id"] = job_id
        return data
