"""What human oversight decided, as values: approvals and pauses of vacancies and copy
templates, and the kill switch. ``engine.store.oversight`` reads and writes them in Redis."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np

from engine.domain.errors import ValidationFailed
from engine.domain.jobposting import Vacancy
from engine.domain.vacancy import content_digest

VACANCY_ACTIONS = {"approve": "approved", "pause": "paused"}


class OversightError(ValidationFailed):
    """An oversight action that cannot be done as asked (unknown action, nothing to discard)."""


@dataclass(frozen=True)
class KillSwitch:
    by: str
    at: str
    reason: str


@dataclass(frozen=True)
class TemplateDecision:
    status: str | None = None  # approved | paused | None (no decision yet)
    live: str | None = None    # the studio's approved source; None: the file in the repo
    draft: str | None = None   # an edit waiting for approval
    revision: int = 0
    by: str | None = None
    at: str | None = None

    def as_json(self) -> str:
        return json.dumps(self.__dict__, ensure_ascii=False, sort_keys=True)


@dataclass(frozen=True)
class OversightState:
    version: int
    auto_approve: bool
    vacancies: Mapping[str, dict] = field(default_factory=dict)
    templates: Mapping[str, TemplateDecision] = field(default_factory=dict)
    kill: KillSwitch | None = None
    repo_templates: frozenset[str] = frozenset()

    def vacancy_status(self, vacancy: Vacancy, digest: str | None = None) -> str:
        """approved, paused or pending — for the content as it is now (``digest``: its
        content digest when the caller has it, e.g. from the index)."""
        decision = self.vacancies.get(vacancy.id)
        if decision is not None:
            if decision["status"] == "paused":
                return "paused"
            if decision.get("digest") == (digest or content_digest(vacancy)):
                return "approved"
        return "approved" if self.auto_approve else "pending"

    def approved_by_person(self, vacancy: Vacancy, digest: str | None = None) -> bool:
        decision = self.vacancies.get(vacancy.id)
        return bool(decision and decision["status"] == "approved"
                    and decision.get("digest") == (digest or content_digest(vacancy)))

    def served_mask(self, size: int, positions: Mapping[str, int], digests: Sequence[str]) -> np.ndarray:
        """One flag per index position: may this vacancy be served? Only decided vacancies
        are looked at, so this costs the decisions, not the catalogue."""
        mask = np.full(size, self.auto_approve, dtype=bool)
        for vacancy_id, decision in self.vacancies.items():
            pos = positions.get(vacancy_id)
            if pos is not None:
                mask[pos] = decision["status"] == "approved" and decision.get("digest") == digests[pos]
        return mask

    def template(self, name: str) -> TemplateDecision:
        return self.templates.get(name) or TemplateDecision()

    def template_status(self, name: str) -> str:
        """Templates in the repository passed code review: approved until someone pauses them.
        A template made in the studio waits for its first approval."""
        status = self.template(name).status
        return status or ("approved" if name in self.repo_templates else "pending")

    def template_sources(self, repo_sources: Mapping[str, str]) -> dict[str, str]:
        """Every known template's live source: the studio's approved edit, else the repo file."""
        sources = {name: self.template(name).live or source for name, source in repo_sources.items()}
        for name, decision in self.templates.items():
            if name not in sources and decision.live:
                sources[name] = decision.live
        return sources

    def served_sources(self, repo_sources: Mapping[str, str]) -> dict[str, str]:
        return {name: source for name, source in self.template_sources(repo_sources).items()
                if self.template_status(name) == "approved"}
