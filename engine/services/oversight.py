"""Human oversight as administrators and marketeers exercise it: approve and pause vacancies,
the kill switch, the audit trail, the decision log and the fairness monitor.

Every change is written through the oversight store (with its audit entry) and then reloaded
into this worker's state at once, so the next page already shows it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any

from engine.domain.errors import ValidationFailed
from engine.domain.jobposting import Vacancy
from engine.domain.oversight import KillSwitch, OversightState
from engine.domain.taxonomy import Taxonomy
from engine.services.approval import Flagged, audit_note, check_approval, vacancy_findings
from engine.services.fairness import PairResult, counterfactual_check, exposure, vacancy_sectors
from engine.services.render import Plainsight
from engine.services.vacancies import VacancyService
from engine.services.vacancy_list import status_counts
from engine.store.audit import AuditEntry, AuditTrail
from engine.store.decisions import DecisionLog, Verification, read_checkpoint
from engine.store.index import IndexHolder
from engine.store.oversight import Oversight, OversightHolder
from engine.store.stats import Stats

ACTIONS = ("approve", "pause")
MAX_AT_ONCE = 500  # vacancies one decision may cover
RECENT = 8  # audit entries on the studio's home page


@dataclass(frozen=True)
class Overview:
    """The studio's home page: what serves now, how many vacancies are in which status, who did what."""

    state: OversightState
    counts: dict[str, int]
    recent: list[AuditEntry]


_ENTRY_ID = re.compile(r"[0-9]{1,20}(?:-[0-9]{1,20})?")  # a Redis stream entry id, in ASCII digits

def checked_audit_limit(limit: int | None, before: str | None) -> int:
    """The page size of an audit query, once the page size and the entry to start before are sound."""
    if limit is None or not 1 <= limit <= 1000:
        raise ValidationFailed("limit is a number from 1 to 1000", "limit")
    if before is not None and not _ENTRY_ID.fullmatch(before):  # not isdigit(): "²" is a digit to Python
        raise ValidationFailed("before is an audit entry id like 1732540000000-0", "before")
    return limit


class OversightService:
    def __init__(self, *, store: Oversight, state: OversightHolder, vacancies: VacancyService, index: IndexHolder,
                 audit: AuditTrail, decisions: DecisionLog, stats: Stats, taxonomy: Taxonomy,
                 plainsight: Plainsight, four_eyes: bool = False) -> None:
        self.store = store
        self.state = state
        self.vacancies = vacancies
        self.index = index
        self.audit = audit
        self.decisions = decisions
        self.stats = stats
        self.taxonomy = taxonomy
        self.plainsight = plainsight
        self.four_eyes = four_eyes

    def current(self) -> OversightState:
        """The state as stored right now (not this worker's copy)."""
        return self.store.load()

    def kill(self) -> KillSwitch | None:
        """The kill switch as this worker applies it (every studio page shows it)."""
        return self.state.current().kill

    def overview(self) -> Overview:
        state = self.state.current()
        return Overview(state, status_counts(self.index.current().items, state, self.taxonomy),
                        self.audit.entries(RECENT))

    def decide_vacancy(self, vacancy_id: str, action: str, who: str, reason: str | None = None) -> str:
        """Approve or pause one vacancy; the status serving gives it now. Approving one with hard
        language findings needs ``reason`` (see ``engine.services.approval``)."""
        record = self.vacancies.get(vacancy_id)
        self._decide([record.vacancy], action, who, reason)
        return self.state.reload().vacancy_status(record.vacancy)

    def decide_vacancies(self, ids: list[str], action: str, who: str, reason: str | None = None) -> None:
        """Approve or pause many vacancies at once; an unknown id refuses them all, and so does a
        missing reason (or the four-eyes rule) for any of them with hard language findings."""
        if action not in ACTIONS:
            raise ValidationFailed("choose approve or pause", "action")
        ids = ids[:MAX_AT_ONCE]
        if not ids:
            raise ValidationFailed("select at least one vacancy", "ids")
        records = [self.vacancies.get(vacancy_id) for vacancy_id in ids]
        self._decide([r.vacancy for r in records], action, who, reason)
        self.state.reload()

    def flagged(self, vacancies: list[Vacancy]) -> list[Flagged]:
        """The vacancies with hard language findings, each with who imported it (when known)."""
        found = [(vacancy, vacancy_findings(vacancy)) for vacancy in vacancies]
        editors = self.store.editors("vacancy", [vacancy.id for vacancy, findings in found if findings])
        return [Flagged("vacancy", vacancy.id, vacancy.title, findings, editors.get(vacancy.id))
                for vacancy, findings in found if findings]

    def _decide(self, vacancies: list[Vacancy], action: str, who: str, reason: str | None) -> None:
        """Store the decision; an approval of flagged vacancies keeps its reason and their findings."""
        notes = {}
        if action == "approve":
            flagged = self.flagged(vacancies)
            kept = check_approval(flagged, who, reason, self.four_eyes)
            if kept is not None:
                notes = {item.target: audit_note(kept, item.findings) for item in flagged}
        self.store.set_vacancies(vacancies, action, who, notes)

    def set_kill_switch(self, on: bool, who: str, reason: str = "") -> OversightState:
        """Stop (or resume) all serving; this worker at once, the others within a refresh."""
        self.store.set_kill_switch(on, who, reason)
        return self.state.reload()

    def audit_entries(self, limit: int | None, before: str | None = None,
                      action: str | None = None) -> list[AuditEntry]:
        """A page of the audit trail, newest first, from before the entry ``before``."""
        return self.audit.entries(checked_audit_limit(limit, before), before=before, action=action)

    def export_decisions(self) -> Iterator[str]:
        """The decision log, one JSON line per entry."""
        return self.decisions.export()

    def verify_decisions(self, checkpoint: str | None = None) -> Verification:
        """Check the chain; with a checkpoint copied from a worker's log, also say which of the
        batches it saw are missing (a cut at the newest end shows only there)."""
        try:
            seen = read_checkpoint(checkpoint) if checkpoint else None
        except ValueError as exc:
            raise ValidationFailed(str(exc), "checkpoint") from None
        return self.decisions.verify(seen)

    def exposure(self, first: date, last: date) -> dict[str, Any]:
        """Impressions by vacancy sector across context topics (aggregates only, k-suppressed)."""
        sectors = vacancy_sectors(self.index.current().items, self.taxonomy)
        return exposure(self.stats, self.taxonomy, sectors, first, last)

    def counterfactual(self) -> list[PairResult]:
        """Paired interests that must rank the same (statements about the person, gendered titles)."""
        return counterfactual_check(self.plainsight)
