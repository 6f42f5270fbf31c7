"""Load and validate the taxonomy so a broken data file fails the build, not a request."""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from engine.domain.normalise import fold

DATA_DIR = Path(__file__).parent / "data"
LANGUAGES = ("nl", "en")
CONCEPT_TYPES = ("occupation", "skill", "sector")
_ID_RE = re.compile(r"^(occ|skill|sector)\.[a-z0-9_]+$")
_PREFIX_FOR_TYPE = {"occupation": "occ", "skill": "skill", "sector": "sector"}
# A skill whose users sit in this many sectors or more (communication, numeracy, a language)
# says nothing about which job it is: it neither widens a query nor places a vacancy in a sector.
GENERIC_SKILL_SECTORS = 5
GENERIC_WORDS = frozenset(
    {"medewerker", "medewerkers", "assistent", "manager", "employee", "staff", "worker",
     "werknemer", "vacature", "job", "baan", "functie", "team", "werk", "work"}
)


class TaxonomyError(ValueError):
    """A data file breaks a rule of the taxonomy (see data/README.md)."""


@dataclass(frozen=True)
class Concept:
    id: str
    type: str
    broader: str | None
    labels: dict[str, str]
    terms: dict[str, tuple[str, ...]]
    skills: tuple[str, ...] = ()
    veto: tuple[str, ...] = ()
    topic: dict[str, str] = field(default_factory=dict)
    family: str = ""
    # terms with an everyday sense too ("Java" the island, "controller" the game pad): they count
    # only where the same text names something else of the concept's sector
    needs_context: tuple[str, ...] = ()

    def label(self, language: str) -> str:
        return self.labels.get(language) or self.labels["en"]

    @cached_property
    def folded_terms(self) -> frozenset[str]:
        """Every term in both languages, folded: asked once per concept, not once per match."""
        return frozenset(fold(t) for terms in self.terms.values() for t in terms)


@dataclass(frozen=True)
class Taxonomy:
    concepts: dict[str, Concept]
    version: str
    skill_users: dict[str, tuple[str, ...]] = field(default_factory=dict)
    generic_skills: frozenset[str] = frozenset()

    def __len__(self) -> int:
        return len(self.concepts)

    def __contains__(self, concept_id: object) -> bool:
        return concept_id in self.concepts

    def __getitem__(self, concept_id: str) -> Concept:
        return self.concepts[concept_id]

    def ancestors(self, concept_id: str) -> Iterator[Concept]:
        """Broader concepts, nearest first (the data is checked to be acyclic)."""
        current = self.concepts[concept_id].broader
        while current is not None:
            concept = self.concepts[current]
            yield concept
            current = concept.broader

    def sector_of(self, concept_id: str) -> Concept | None:
        concept = self.concepts[concept_id]
        if concept.type == "sector":
            return concept
        return next((c for c in self.ancestors(concept_id) if c.type == "sector"), None)

    def occupations_using(self) -> dict[str, tuple[str, ...]]:
        """skill id -> occupations that list it, for expanding a stated skill."""
        return self.skill_users


def _concept_from_dict(raw: dict, family: str, where: str) -> Concept:
    known = {"id", "type", "broader", "labels", "terms", "skills", "veto", "topic", "needs_context"}
    unknown = set(raw) - known
    if unknown:
        raise TaxonomyError(f"{where}: unknown keys {sorted(unknown)}")
    cid = raw.get("id")
    if not isinstance(cid, str) or not _ID_RE.match(cid):
        raise TaxonomyError(f"{where}: bad id {cid!r}")
    ctype = raw.get("type")
    if ctype not in CONCEPT_TYPES or not cid.startswith(_PREFIX_FOR_TYPE[ctype] + "."):
        raise TaxonomyError(f"{cid}: type {ctype!r} does not fit the id")
    labels = raw.get("labels") or {}
    terms = raw.get("terms") or {}
    for lang in LANGUAGES:
        if not isinstance(labels.get(lang), str) or not labels[lang].strip():
            raise TaxonomyError(f"{cid}: missing {lang} label")
        if not isinstance(terms.get(lang), list) or not all(isinstance(t, str) for t in terms[lang]):
            raise TaxonomyError(f"{cid}: terms.{lang} must be a list of strings")
    if ctype == "sector" and set(raw.get("topic") or {}) != set(LANGUAGES):
        raise TaxonomyError(f"{cid}: a sector needs a topic phrase in nl and en")
    if ctype != "sector" and not raw.get("broader"):
        raise TaxonomyError(f"{cid}: only sectors may lack a broader concept")
    if raw.get("skills") and ctype != "occupation":
        raise TaxonomyError(f"{cid}: only occupations list skills")
    own_terms = {t.strip().lower() for lang in LANGUAGES for t in [labels[lang], *terms[lang]]}
    stray = [t for t in raw.get("needs_context") or () if t.strip().lower() not in own_terms]
    if stray:
        raise TaxonomyError(f"{cid}: needs_context names {stray}, which are not its terms")
    return Concept(
        id=cid,
        type=ctype,
        broader=raw.get("broader"),
        labels={lang: labels[lang].strip() for lang in LANGUAGES},
        terms={lang: tuple(t.strip() for t in terms[lang] if t.strip()) for lang in LANGUAGES},
        skills=tuple(raw.get("skills") or ()),
        veto=tuple(w.lower() for w in raw.get("veto") or ()),
        topic=dict(raw.get("topic") or {}),
        family=family,
        needs_context=tuple(t.strip().lower() for t in raw.get("needs_context") or ()),
    )


def _check_references(concepts: dict[str, Concept]) -> None:
    for concept in concepts.values():
        if concept.broader is not None and concept.broader not in concepts:
            raise TaxonomyError(f"{concept.id}: broader {concept.broader!r} does not exist")
        for skill in concept.skills:
            if skill not in concepts or concepts[skill].type != "skill":
                raise TaxonomyError(f"{concept.id}: skill {skill!r} is not a skill concept")
    for concept in concepts.values():
        seen = {concept.id}
        current = concept.broader
        while current is not None:
            if current in seen:
                raise TaxonomyError(f"{concept.id}: broader chain loops at {current}")
            seen.add(current)
            current = concepts[current].broader


def _check_terms(concepts: dict[str, Concept]) -> None:
    owner: dict[str, str] = {}
    for concept in concepts.values():
        all_terms = {t.lower() for lang in LANGUAGES for t in concept.terms[lang]}
        all_terms |= {concept.labels[lang].lower() for lang in LANGUAGES}
        for term in all_terms:
            if term in GENERIC_WORDS:
                raise TaxonomyError(f"{concept.id}: {term!r} is too generic to be a term")
            other = owner.setdefault(term, concept.id)
            if other != concept.id:
                raise TaxonomyError(f"term {term!r} belongs to both {other} and {concept.id}")


def load_taxonomy(data_dir: Path = DATA_DIR) -> Taxonomy:
    """Read every family file, check the whole, and fingerprint it for version stamps."""
    concepts: dict[str, Concept] = {}
    digest = hashlib.sha256()
    for path in sorted(data_dir.glob("*.json")):
        text = path.read_text(encoding="utf-8")
        digest.update(path.name.encode() + b"\0" + text.encode())
        try:
            raw = json.loads(text)
        except json.JSONDecodeError as exc:
            raise TaxonomyError(f"{path.name}: not JSON ({exc})") from exc
        family = raw.get("family") or path.stem
        for index, item in enumerate(raw.get("concepts", [])):
            concept = _concept_from_dict(item, family, f"{path.name}[{index}]")
            if concept.id in concepts:
                raise TaxonomyError(f"{concept.id}: defined twice ({path.name})")
            concepts[concept.id] = concept
    _check_references(concepts)
    _check_terms(concepts)
    using: dict[str, list[str]] = {}
    for concept in concepts.values():
        for skill in concept.skills:
            using.setdefault(skill, []).append(concept.id)
    skill_users = {skill: tuple(sorted(occs)) for skill, occs in using.items()}
    return Taxonomy(concepts=concepts, version=digest.hexdigest()[:12], skill_users=skill_users,
                    generic_skills=_generic_skills(concepts, skill_users))


def _generic_skills(concepts: dict[str, Concept], skill_users: dict[str, tuple[str, ...]]) -> frozenset[str]:
    """Skills used across many sectors: shared by unrelated jobs, so no link between them."""
    def sector(concept_id: str) -> str | None:
        current: str | None = concept_id
        while current is not None and concepts[current].type != "sector":
            current = concepts[current].broader
        return current

    return frozenset(skill for skill, users in skill_users.items()
                     if len({sector(u) for u in users} - {None}) >= GENERIC_SKILL_SECTORS)
