"""The vacancy catalogue as its users see it: import (at once or as a studio job), read, delete,
and the studio's filtered list and detail page."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from engine.domain.errors import IdentifierRefused, NotFound, ValidationFailed
from engine.domain.jobposting import PostingError, Vacancy, iter_postings
from engine.domain.lint import Finding
from engine.domain.privacy import find_identifier
from engine.domain.taxonomy import Taxonomy
from engine.domain.vacancy import Evidence, ImportResult, VacancyRecord
from engine.nlp.lint import Lexicon, lint_text
from engine.services.fairness import vacancy_sectors
from engine.services.logos import LogoService
from engine.services.vacancy_list import Filters, VacancyRow, list_vacancies, row_for
from engine.store.audit import AuditEntry, AuditTrail
from engine.store.catalogue import Catalogue
from engine.store.imports import ImportJobs
from engine.store.index import IndexHolder
from engine.store.oversight import OversightHolder

HISTORY = 20  # audit entries on a vacancy's page


def refuse_identifiers(payload: Any) -> None:
    """A posting is about a job, never a person: anything that looks like an identifier is refused."""
    where = find_identifier(payload)
    if where is not None:
        raise IdentifierRefused(f"'{where}' looks like a personal identifier; it is not accepted.", where)


def identifier_rejections(payload: Any) -> dict[int, dict[str, Any]]:
    """Postings holding a personal identifier, each refused on its own (index -> rejection), so one
    e-mail address in one posting does not cost the file its other postings. An identifier outside
    every posting (beside an ``@graph``) still refuses the whole file."""
    if find_identifier(payload) is None:
        return {}
    if isinstance(payload, dict) and "@graph" in payload:
        refuse_identifiers({key: value for key, value in payload.items() if key != "@graph"})
    try:
        postings = iter_postings(payload)
    except PostingError as exc:
        raise ValidationFailed(exc.message, exc.field) from None
    refused = {}
    for index, raw in enumerate(postings):
        where = find_identifier(raw)
        if where is not None:
            refused[index] = {"index": index, "code": "identifier_refused", "field": where,
                              "error": f"'{where}' looks like a personal identifier; it is not accepted."}
    return refused


@dataclass(frozen=True)
class Listing:
    rows: list[VacancyRow]
    sectors: list[tuple[str, str]]  # (concept id, label) of every sector, for the filter


@dataclass(frozen=True)
class VacancyDetail:
    record: VacancyRecord
    row: VacancyRow | None  # None: not in the index (expired or not yet picked up)
    concepts: list[tuple[Any, str, Evidence]]  # (taxonomy concept or None, id, evidence), strongest first
    findings: dict[str, list[Finding]]  # inclusive-language findings in the title and description
    history: list[AuditEntry]


class VacancyService:
    def __init__(self, *, catalogue: Catalogue, index: IndexHolder, imports: ImportJobs,
                 oversight: OversightHolder, audit: AuditTrail, taxonomy: Taxonomy, lexicon: Lexicon,
                 logos: LogoService | None = None) -> None:
        self.catalogue = catalogue
        self.index = index
        self.imports = imports
        self.oversight = oversight
        self.audit = audit
        self.taxonomy = taxonomy
        self.lexicon = lexicon  # the lint's lemmas and misspellings (loaded on first use)
        self.logos = logos  # hiringOrganization.logo: fetched once, at import, by the engine

    def import_payload(self, payload: Any, who: str | None = None) -> ImportResult:
        """Import JobPosting JSON-LD at once: valid postings are stored, the others reported.
        ``who`` imported them, for the four-eyes rule on approvals (None: an operator's import)."""
        refuse_identifiers(payload)
        try:
            result = self.catalogue.import_payload(payload)
        except PostingError as exc:
            raise ValidationFailed(exc.message, exc.field) from None
        if who is not None:
            self.oversight.oversight.record_editors("vacancy", result.ids, who)
        if self.logos is not None and result.ids:
            self.logos.request_from(payload)
        self.index.catch_up_now()  # the importer sees its import at once; readers never wait for it
        return result

    def parse(self, payload: Any) -> tuple[list[Vacancy], list[dict[str, Any]]]:
        """Valid vacancies and rejections, before anything is analysed (the CLI shows progress)."""
        try:
            vacancies, rejected, _ = self.catalogue.parse(payload)
        except PostingError as exc:
            raise ValidationFailed(exc.message, exc.field) from None
        return vacancies, rejected

    def save(self, vacancies: list[Vacancy], progress: Callable[[int], None] | None = None) -> list[str]:
        return self.catalogue.save(self.catalogue.records(vacancies), progress=progress)

    def rebuild_index(self) -> int:
        """Rebuild this process's index from the catalogue; the number of live vacancies."""
        return len(self.index.rebuild())

    def get(self, vacancy_id: str) -> VacancyRecord:
        record = self.catalogue.get(vacancy_id)
        if record is None:
            raise NotFound(f"no vacancy with id {vacancy_id!r}", "vacancy_id")
        return record

    def delete(self, vacancy_id: str) -> None:
        if not self.catalogue.delete(vacancy_id):
            raise NotFound(f"no vacancy with id {vacancy_id!r}", "vacancy_id")
        self.index.catch_up_now()

    def start_import(self, payload: Any, filename: str, who: str) -> str:
        """Check the upload now, analyse and store it in the background; the job's id. A posting
        with a personal identifier is reported in the job, like any other refused posting."""
        refused = identifier_rejections(payload)
        try:
            job_id = self.imports.start(payload, filename, who, refused=refused)
        except PostingError as exc:  # not a list of postings at all, or too many
            raise ValidationFailed(exc.message, exc.field) from None
        if self.logos is not None:
            self.logos.request_from(payload)
        return job_id

    def import_job(self, job_id: str) -> dict[str, Any]:
        job = self.imports.status(job_id)
        if job is None:
            raise NotFound("no such import (imports are kept for a day)", "job_id")
        return job

    def listing(self, filters: Filters, language: str) -> Listing:
        """The studio's list: every indexed vacancy with the status serving gives it, filtered."""
        rows = list_vacancies(self.index.current().items, self.oversight.current(), self.taxonomy, filters,
                              language)
        sectors = sorted(((c.id, c.label(language)) for c in self.taxonomy.concepts.values() if c.type == "sector"),
                         key=lambda s: s[1])
        return Listing(rows, sectors)

    def detail(self, vacancy_id: str, language: str) -> VacancyDetail:
        """One vacancy for the studio: status, concepts found, language findings and its history."""
        record = self.get(vacancy_id)
        item = self.index.current().get(vacancy_id)
        row = None
        if item is not None:
            sector = vacancy_sectors([item], self.taxonomy)[vacancy_id]
            row = row_for(item, sector, self.oversight.current(), self.taxonomy, language, time.time())
        taxonomy = self.taxonomy
        concepts = [(taxonomy[c] if c in taxonomy else None, c, e)
                    for c, e in sorted(record.concepts.items(), key=lambda kv: -kv[1].weight)]
        findings = {part: lint_text(getattr(record.vacancy, part) or "", record.vacancy.language, self.lexicon)[0]
                    for part in ("title", "description")}
        return VacancyDetail(record, row, concepts, findings, self.audit.entries(HISTORY, target=vacancy_id))
