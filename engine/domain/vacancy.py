"""A vacancy as the engine keeps it: the posting, the concepts found in it and the digest an
approval is bound to."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from engine.domain.jobposting import Vacancy


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
