"""Occupation understanding (issue 15): does the engine know a job title, in Dutch and in English?

Each title becomes a minimal posting imported through ``POST /v1/vacancies`` (title, a neutral
one-word description, a place, an employer, dates), and ``GET /v1/vacancies/<id>`` shows the
concepts the engine found in its title. Only title concepts count: the rest of the posting is the
same for every title. An entry is understood across languages when its Dutch and English titles
share a concept. The held-out list and ESCO's occupations are read the same way.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from engine.ops.judgments.api import EngineApi
from engine.ops.judgments.figures import Rows, Shares, group_by, share
from engine.ops.judgments.sets import items

BATCH = 250
LANGUAGES = ("nl", "en")
DESCRIPTION = {"nl": "Vacature.", "en": "Vacancy."}
ESCO_FILE = "occupations_nl_en.csv"
ESCO_COLUMNS = ("iscoGroup", "preferredLabel_nl", "preferredLabel_en")


@dataclass(frozen=True)
class Occupation:
    id: str
    major_group: str
    titles: dict[str, str]  # language -> title


@dataclass(frozen=True)
class OccupationSeen:
    id: str
    major_group: str
    nl: frozenset[str]
    en: frozenset[str]


def posting(entry: Occupation, language: str, today: date) -> dict[str, Any]:
    """A minimal valid JobPosting whose only distinctive text is the title."""
    return {
        "@context": "https://schema.org", "@type": "JobPosting",
        "identifier": posting_id(entry, language), "title": entry.titles[language],
        "description": DESCRIPTION[language], "inLanguage": language,
        "datePosted": today.isoformat(), "validThrough": (today + timedelta(days=365)).isoformat(),
        "hiringOrganization": {"@type": "Organization", "name": "Plainsight evaluation"},
        "jobLocation": {"@type": "Place", "address": {"@type": "PostalAddress", "addressLocality": "Utrecht",
                                                      "addressCountry": "NL"}},
    }


def posting_id(entry: Occupation, language: str) -> str:
    return f"occ-{entry.id}-{language}"


def title_concepts(concepts: list[dict[str, Any]] | None) -> frozenset[str]:
    """Concept ids found in the title (all of them when the API does not say where it found them)."""
    return frozenset(c["concept"] for c in concepts or [] if c.get("field", "title") == "title")


def score(seen: list[OccupationSeen]) -> Rows:
    """Shares of titles with a concept per language and of entries whose languages meet, per major group."""
    rows: Rows = {
        "Dutch titles with a concept": share(bool(e.nl) for e in seen),
        "English titles with a concept": share(bool(e.en) for e in seen),
        "Dutch and English concepts meet": share(bool(e.nl & e.en) for e in seen),
    }
    for group, entries in group_by(seen, lambda e: e.major_group).items():
        rows[f"ISCO major group {group}"] = Shares((
            ("nl", share(bool(e.nl) for e in entries)), ("en", share(bool(e.en) for e in entries)),
            ("meet", share(bool(e.nl & e.en) for e in entries))))
    return rows


def import_all(api: EngineApi, entries: list[Occupation]) -> int:
    """Import every title in batches; a refused batch is retried one posting at a time, so one bad
    title costs only itself. Returns how many postings were not stored."""
    today, lost = date.today(), 0
    postings = [posting(entry, language, today) for entry in entries for language in LANGUAGES]
    for start in range(0, len(postings), BATCH):
        batch = postings[start:start + BATCH]
        status, body = api.import_postings(batch)
        if status != 200:
            lost += sum(api.import_postings(p)[0] != 200 for p in batch)
        else:
            lost += len(body.get("rejected") or [])
    return lost


def observe(api: EngineApi, entries: list[Occupation]) -> tuple[list[OccupationSeen], int]:
    """Import the titles, then read back the title concepts of each Dutch and English posting."""
    lost = import_all(api, entries)
    seen = [OccupationSeen(entry.id, entry.major_group,
                           title_concepts(api.vacancy_concepts(posting_id(entry, "nl"))),
                           title_concepts(api.vacancy_concepts(posting_id(entry, "en"))))
            for entry in entries]
    return seen, lost


def measure(api: EngineApi, entries: list[Occupation]) -> Rows:
    """The figures of one list of occupations, with how many postings the import did not store."""
    seen, lost = observe(api, entries)
    return {"entries": len(entries), "postings not stored": lost, **score(seen)}


def heldout_entries(path: Path) -> list[Occupation]:
    """The titles of a set (tests/data/heldout/occupations/titles.json, or the development
    titles beside tests/data/dev/): each names its ISCO major group, or its ISCO-08 code whose
    first digit is the group."""
    return [Occupation(t["id"], _major_group(t), {"nl": t["nl"], "en": t["en"]}) for t in items(path, "titles")]


def _major_group(title: dict[str, Any]) -> str:
    if "major_group" in title:
        return str(title["major_group"])
    return str(title.get("isco") or "?")[:1]


def esco_entries(directory: Path) -> list[Occupation]:
    """ESCO's occupations with both preferred labels; the major group is the ISCO code's first digit."""
    path = directory / ESCO_FILE
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        missing = [c for c in ESCO_COLUMNS if c not in (reader.fieldnames or [])]
        if missing:
            raise ValueError(f"{path} lacks the columns {missing}")
        rows = list(reader)
    return [Occupation(f"esco{i:05d}", (row["iscoGroup"] or "?")[:1],
                       {"nl": row["preferredLabel_nl"].strip(), "en": row["preferredLabel_en"].strip()})
            for i, row in enumerate(rows) if row["preferredLabel_nl"].strip() and row["preferredLabel_en"].strip()]
