"""An operator's ESCO download, read into the pipelines on top of the taxonomy.

ESCO (the EU's classification of occupations and skills, downloadable as CSV from the ESCO
portal; its terms allow reuse with the source named) is not shipped: an operator who has it runs
``make models ESCO=DIR`` (``python -m engine.nlp.build --esco DIR``) on the directory holding
``occupations_nl.csv``, ``occupations_en.csv``, ``skills_nl.csv`` and ``skills_en.csv`` as the
download names them. Our everyday terms stay on top: a label ESCO shares with the taxonomy keeps
its concept, and ESCO only adds names the taxonomy does not have yet.

- An ESCO occupation lends its Dutch and English labels to the concept of ours that one of its
  labels already names, else to the broadest of our occupations filed under its ISCO-08 group
  (or the nearest wider group with one); its URI (``esco:<uuid>``) becomes a code a feed's
  ``occupationalCategory`` can name.
- An ESCO skill that one of our skills already names lends that skill its other labels; ESCO's
  other skills have no place in our sectors and are left out.

The concepts stay the taxonomy's own (same ids, same version), so a running engine reads the
wider pipelines with the taxonomy it ships; the pipelines' meta says ESCO was added.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

from engine.domain.taxonomy import Concept, Taxonomy
from engine.domain.taxonomy.model import GENERIC_WORDS, LANGUAGES, assemble

FILES = {"occupations": "occupations_{lang}.csv", "skills": "skills_{lang}.csv"}
_UUID = re.compile(r"/([0-9a-fA-F-]{36})$")


@dataclass
class EscoConcept:
    uri: str
    isco: str = ""
    labels: dict[str, list[str]] = field(default_factory=dict)  # language -> preferred first


@dataclass(frozen=True)
class Extension:
    """The taxonomy with ESCO's names added, the codes ESCO's URIs stand for, and counts."""

    taxonomy: Taxonomy
    codes: dict[str, list[str]]
    occupations: int  # ESCO occupations linked to a concept of ours
    skills: int       # ESCO skills that lent one of ours a name
    terms: int        # names added


def read(directory: Path, kind: str) -> dict[str, EscoConcept]:
    """ESCO concepts of one kind (``occupations`` or ``skills``) with their labels in both languages."""
    found: dict[str, EscoConcept] = {}
    for lang in LANGUAGES:
        path = directory / FILES[kind].format(lang=lang)
        if not path.is_file():
            raise FileNotFoundError(f"{path} is missing: point ESCO= at the directory of the CSV download")
        for row in _rows(path):
            concept = found.setdefault(row["conceptUri"], EscoConcept(row["conceptUri"]))
            concept.isco = concept.isco or (row.get("iscoGroup") or "").strip()
            names = [row.get("preferredLabel") or "", *(row.get("altLabels") or "").splitlines()]
            concept.labels[lang] = [n.strip() for n in names if n.strip()]
    return found


def _rows(path: Path) -> Iterator[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        yield from csv.DictReader(handle)


def extend(taxonomy: Taxonomy, directory: Path) -> Extension:
    """The taxonomy with the names of the ESCO download in ``directory`` (see the module's notes)."""
    concepts = dict(taxonomy.concepts)
    owned = {t.lower(): c.id for c in concepts.values() for lang in LANGUAGES
             for t in (*c.terms[lang], c.labels[lang])}
    codes: dict[str, list[str]] = {}
    before = len(owned)
    for esco in read(directory, "occupations").values():
        target = _named(esco, owned) or _filed(esco.isco, taxonomy)
        if target is None:
            continue
        _lend(esco, concepts[target], concepts, owned)
        match = _UUID.search(esco.uri)
        codes[f"esco:{match.group(1).lower() if match else esco.uri}"] = [target]
    skills = 0
    for esco in read(directory, "skills").values():
        target = _named(esco, owned)
        if target is not None and concepts[target].type == "skill":
            skills += _lend(esco, concepts[target], concepts, owned)
    return Extension(assemble(concepts, taxonomy.version), codes, len(codes), skills, len(owned) - before)


def _named(esco: EscoConcept, owned: dict[str, str]) -> str | None:
    """The concept of ours one of the ESCO concept's labels already names, preferred labels first."""
    names = [n for ordered in zip(*(esco.labels.get(lang, []) for lang in LANGUAGES), strict=False) for n in ordered]
    names += [n for lang in LANGUAGES for n in esco.labels.get(lang, [])]
    return next((owned[n.lower()] for n in names if n.lower() in owned), None)


def _filed(isco: str, taxonomy: Taxonomy) -> str | None:
    """The broadest occupation of ours filed under the ISCO group (else under the nearest wider
    group: the same minor, then sub-major group)."""
    for n in (4, 3, 2) if len(isco) == 4 else ():
        for code in sorted(c for c in taxonomy.isco_index if c.startswith(isco[:n])):
            found = taxonomy.for_isco(code)
            if found:
                return found[0]
    return None


def _lend(esco: EscoConcept, concept: Concept, concepts: dict[str, Concept], owned: dict[str, str]) -> bool:
    """ESCO's labels that are neither ours nor too generic join ``concept``'s terms."""
    extra = {lang: [n for n in dict.fromkeys(esco.labels.get(lang, []))
                    if n.lower() not in owned and n.lower() not in GENERIC_WORDS] for lang in LANGUAGES}
    if not any(extra.values()):
        return False
    concepts[concept.id] = replace(concept, terms={lang: (*concept.terms[lang], *extra[lang]) for lang in LANGUAGES})
    owned.update((n.lower(), concept.id) for lang in LANGUAGES for n in extra[lang])
    return True
