"""Load and validate the taxonomy so a broken data file fails the build, not a request."""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from engine.domain.normalise import fold
from engine.domain.taxonomy.isco import UNIT_GROUPS

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
# Words of rank or stage in a job title ("senior verpleegkundige", "allround monteur", "lead
# developer"): a title is read past them; one that is also a head ("hoofd") names its family only
# where the title names no occupation otherwise ("hoofd uitvoering").
SENIORITY_WORDS = frozenset(
    {"senior", "junior", "medior", "hoofd", "allround", "leerling", "lead", "eerste", "tweede", "ervaren",
     "zelfstandig", "zelfstandige", "trainee", "stagiair", "stagiaire", "aankomend", "aankomende", "meewerkend",
     "meewerkende", "vakvolwassen", "gediplomeerd", "gediplomeerde", "principal", "chief", "head", "experienced",
     "graduate", "starter", "starting"}
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
    # ISCO-08 unit groups the occupation belongs to (see isco.py): the link to feeds and ESCO
    isco: tuple[str, ...] = ()
    # A family (an occupation with heads, "inspecteur", "supervisor") is what a job title names
    # by its head word: heads are read in titles only. A family of no sector (no broader concept)
    # has labels for display only (list them under terms to read them everywhere too).
    heads: dict[str, tuple[str, ...]] = field(default_factory=dict)

    @property
    def is_family(self) -> bool:
        return bool(self.heads)

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
    isco_index: dict[str, tuple[str, ...]] = field(default_factory=dict)

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

    def for_isco(self, code: str) -> tuple[str, ...]:
        """The broadest occupations filed under an ISCO-08 unit group: those whose broader
        occupations are not filed there too ('2221' gives the nurse, not each kind of nurse)."""
        filed = self.isco_index.get(code, ())
        return tuple(c for c in filed if not any(code in a.isco for a in self.ancestors(c)))


def _concept_from_dict(raw: dict, family: str, where: str) -> Concept:
    known = {"id", "type", "broader", "labels", "terms", "skills", "veto", "topic", "needs_context", "isco",
             "heads"}
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
    if ctype != "sector" and not raw.get("broader") and not (ctype == "occupation" and raw.get("heads")):
        raise TaxonomyError(f"{cid}: only sectors and occupation families may lack a broader concept")
    for key in ("skills", "isco", "heads"):
        if raw.get(key) and ctype != "occupation":
            raise TaxonomyError(f"{cid}: only occupations have {key}")
    isco, heads = _isco(cid, raw.get("isco")), _heads(cid, raw.get("heads"))
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
        isco=isco,
        heads=heads,
    )


def _isco(cid: str, raw: object) -> tuple[str, ...]:
    """ISCO-08 unit group codes, as a list of four-digit strings."""
    if raw is None:
        return ()
    if not isinstance(raw, list) or not all(isinstance(code, str) for code in raw):
        raise TaxonomyError(f"{cid}: isco must be a list of ISCO-08 unit group codes")
    unknown = [code for code in raw if code not in UNIT_GROUPS]
    if unknown:
        raise TaxonomyError(f"{cid}: {unknown} are not ISCO-08 unit groups")
    return tuple(dict.fromkeys(raw))


def _heads(cid: str, raw: object) -> dict[str, tuple[str, ...]]:
    """Head words per language: single words, as a title writes them."""
    if raw is None:
        return {}
    if not isinstance(raw, dict) or set(raw) - set(LANGUAGES):
        raise TaxonomyError(f"{cid}: heads must map nl and en to lists of words")
    heads = {}
    for lang in LANGUAGES:
        words = raw.get(lang) or []
        if not isinstance(words, list) or not all(isinstance(w, str) and w.strip() and " " not in w.strip()
                                                  for w in words):
            raise TaxonomyError(f"{cid}: heads.{lang} must be a list of single words")
        heads[lang] = tuple(w.strip().lower() for w in words)
    return heads


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


def matched_terms(concepts: Mapping[str, Concept], concept: Concept, lang: str) -> tuple[str, ...]:
    """What the matcher reads for a concept in one language: its terms, and its label unless
    the concept is a family of no sector (whose label is for display: 'manager' is no term)."""
    if concept.is_family and _sector(concepts, concept.id) is None:
        return concept.terms[lang]
    return (concept.labels[lang], *concept.terms[lang])


def _sector(concepts: Mapping[str, Concept], concept_id: str) -> str | None:
    current: str | None = concept_id
    while current is not None and current in concepts and concepts[current].type != "sector":
        current = concepts[current].broader
    return current if current in concepts else None


def _check_terms(concepts: dict[str, Concept]) -> None:
    owner: dict[str, str] = {}
    for concept in concepts.values():
        all_terms = {t.lower() for lang in LANGUAGES for t in matched_terms(concepts, concept, lang)}
        for term in all_terms:
            if term in GENERIC_WORDS:
                raise TaxonomyError(f"{concept.id}: {term!r} is too generic to be a term")
            other = owner.setdefault(term, concept.id)
            if other != concept.id:
                raise TaxonomyError(f"term {term!r} belongs to both {other} and {concept.id}")
    heads: dict[str, str] = {}
    for concept in concepts.values():
        for head in {h for lang in LANGUAGES for h in concept.heads.get(lang, ())}:
            other = heads.setdefault(head, concept.id)
            if other != concept.id:
                raise TaxonomyError(f"head {head!r} belongs to both {other} and {concept.id}")


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
    return assemble(concepts, digest.hexdigest()[:12])


def assemble(concepts: dict[str, Concept], version: str) -> Taxonomy:
    """Check a whole set of concepts and derive what is computed from them (also for a taxonomy
    extended beyond the data files, such as with an operator's ESCO download)."""
    _check_references(concepts)
    _check_terms(concepts)
    using: dict[str, list[str]] = {}
    for concept in concepts.values():
        for skill in concept.skills:
            using.setdefault(skill, []).append(concept.id)
    skill_users = {skill: tuple(sorted(occs)) for skill, occs in using.items()}
    isco_index: dict[str, list[str]] = {}
    for concept in concepts.values():
        for code in concept.isco:
            isco_index.setdefault(code, []).append(concept.id)
    return Taxonomy(concepts=concepts, version=version, skill_users=skill_users,
                    generic_skills=_generic_skills(concepts, skill_users),
                    isco_index={code: tuple(ids) for code, ids in sorted(isco_index.items())})


def _generic_skills(concepts: dict[str, Concept], skill_users: dict[str, tuple[str, ...]]) -> frozenset[str]:
    """Skills used across many sectors: shared by unrelated jobs, so no link between them."""
    return frozenset(skill for skill, users in skill_users.items()
                     if len({_sector(concepts, u) for u in users} - {None}) >= GENERIC_SKILL_SECTORS)
