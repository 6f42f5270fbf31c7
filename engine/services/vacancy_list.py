"""The studio's view of the catalogue: every vacancy with the status serving gives it, searchable.

A plain function over the index and the oversight state, so the list a marketeer filters is
the one the engine serves from.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from engine.domain.copy.writer import vacancy_facts
from engine.domain.index import IndexedVacancy
from engine.domain.jobposting import Vacancy
from engine.domain.lint import Finding, lint
from engine.domain.oversight import OversightState
from engine.domain.taxonomy import Taxonomy
from engine.services.fairness import vacancy_sectors

STATUSES = ("approved", "pending", "paused", "needs_review", "expired")
EXPIRING_DAYS = 7


@lru_cache(maxsize=65536)
def copy_fact_findings(vacancy: Vacancy) -> tuple[Finding, ...]:
    """Hard findings in the facts that go into ad copy (title, organisation, place, salary):
    copy templates are checked when they are saved, so these are what can make copy fail."""
    facts = vacancy_facts(vacancy, vacancy.language if vacancy.language in ("nl", "en") else "nl")
    text = "\n".join(str(value) for value in facts.values() if isinstance(value, str))
    return tuple(f for f in lint(text, vacancy.language)[0] if f.severity == "hard")


@dataclass(frozen=True)
class VacancyRow:
    vacancy: Vacancy
    sector: str
    sector_label: str
    status: str            # one of STATUSES: what serving does with it now
    decided_by: str | None  # who approved or paused it (None: nobody; auto-approved or pending)
    expires_in_days: float | None
    findings: tuple[Finding, ...]


@dataclass(frozen=True)
class Filters:
    query: str = ""
    language: str = ""
    sector: str = ""
    status: str = ""
    expiring: bool = False


def row_for(item: IndexedVacancy, sector: str, state: OversightState, taxonomy: Taxonomy,
            language: str, now: float) -> VacancyRow:
    vacancy = item.vacancy
    findings = copy_fact_findings(vacancy)
    expires = vacancy.expires_at()
    status = state.vacancy_status(vacancy, item.digest)
    if expires is not None and expires <= now:
        status = "expired"
    elif status == "approved" and findings and not state.approved_by_person(vacancy, item.digest):
        status = "needs_review"
    decision = state.vacancies.get(vacancy.id)
    label = taxonomy[sector].label(language) if sector in taxonomy else "—"
    return VacancyRow(vacancy, sector, label, status, decision["by"] if decision else None,
                      None if expires is None else round((expires - now) / 86400, 1), findings)


def list_vacancies(items: Sequence[IndexedVacancy], state: OversightState, taxonomy: Taxonomy,
                   filters: Filters, language: str = "nl", now: float | None = None) -> list[VacancyRow]:
    """Matching rows, soonest to expire first among the live ones, then by title."""
    now = time.time() if now is None else now
    sectors = vacancy_sectors(items, taxonomy)
    needle = filters.query.strip().lower()
    rows = []
    for item in items:
        vacancy = item.vacancy
        if filters.language and vacancy.language != filters.language:
            continue
        if filters.sector and sectors[vacancy.id] != filters.sector:
            continue
        if needle and needle not in f"{vacancy.id} {vacancy.title} {vacancy.organization}".lower():
            continue
        row = row_for(item, sectors[vacancy.id], state, taxonomy, language, now)
        if filters.status and row.status != filters.status:
            continue
        if filters.expiring and not (row.expires_in_days is not None and 0 < row.expires_in_days <= EXPIRING_DAYS):
            continue
        rows.append(row)
    rows.sort(key=lambda r: (r.status == "expired", r.expires_in_days is None, r.expires_in_days or 0,
                             r.vacancy.title.lower()))
    return rows


def status_counts(items: Sequence[IndexedVacancy], state: OversightState, taxonomy: Taxonomy,
                  now: float | None = None) -> dict[str, int]:
    counts = dict.fromkeys(STATUSES, 0)
    for row in list_vacancies(items, state, taxonomy, Filters(), now=now):
        counts[row.status] += 1
    return counts
