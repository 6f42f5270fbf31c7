"""Build the Dutch and English pipelines into ``nlp_models/`` from the taxonomy in the repo.

``python -m engine.nlp.build [OUT_DIR]`` — deterministic: the same data gives the same files,
which ``tests/test_nlp_build.py`` checks against the committed pipelines.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path
from typing import cast

import spacy
from spacy.language import Language
from spacy.lookups import load_lookups

from engine.config import ROOT
from engine.domain.taxonomy import Taxonomy, load_taxonomy
from engine.nlp.components.concepts import ConceptMatcher  # importing it registers the factory

LANGUAGES = ("nl", "en")
MODELS_DIR = ROOT / "nlp_models"
PIPELINE_VERSION = "1.0.0"


def taxonomy_terms(taxonomy: Taxonomy) -> list[tuple[str, str, str]]:
    """(concept, language, term) for every label and term: both pipelines know both languages,
    because Dutch pages use English job titles and the other way round."""
    rows = set()
    for concept in taxonomy.concepts.values():
        for lang in LANGUAGES:
            rows.add((concept.id, lang, concept.labels[lang]))
            rows.update((concept.id, lang, term) for term in concept.terms[lang])
    return sorted(rows)


def concept_groups(taxonomy: Taxonomy) -> dict[str, str]:
    """concept -> its sector: an ambiguous term needs something of the same sector beside it. A
    generic skill (a language, communication) is of no sector: only itself can vouch for it."""
    groups = {}
    for concept in taxonomy.concepts:
        sector = None if concept in taxonomy.generic_skills else taxonomy.sector_of(concept)
        groups[concept] = sector.id if sector is not None else concept
    return groups


def build_pipeline(lang: str, taxonomy: Taxonomy) -> Language:
    nlp = spacy.blank(lang)
    # add_pipe is typed as giving any pipe callable; this factory makes a ConceptMatcher
    matcher = cast(ConceptMatcher, nlp.add_pipe("plainsight_concepts", config={"compound_splitting": lang == "nl"}))
    lemma_table = dict(load_lookups(lang, ["lemma_lookup"]).get_table("lemma_lookup").items())
    matcher.initialize(
        nlp=nlp,
        terms=taxonomy_terms(taxonomy),
        vetoes={c.id: c.veto for c in taxonomy.concepts.values() if c.veto},
        lemma_table={str(k): str(v) for k, v in lemma_table.items()},
        needs_context={c.id: c.needs_context for c in taxonomy.concepts.values() if c.needs_context},
        groups=concept_groups(taxonomy),
    )
    nlp.meta.update({
        "name": f"plainsight_{lang}",
        "version": PIPELINE_VERSION,
        "description": "Plainsight concept matcher over the bilingual job taxonomy",
        "author": "Plainsight",
        "license": "project",
        "plainsight": {"taxonomy_version": taxonomy.version, "concepts": len(taxonomy)},
    })
    return nlp


def build_all(out_dir: Path = MODELS_DIR) -> dict[str, Path]:
    taxonomy = load_taxonomy()
    written = {}
    for lang in LANGUAGES:
        target = out_dir / lang
        if target.exists():
            shutil.rmtree(target)
        target.parent.mkdir(parents=True, exist_ok=True)
        # spaCy's own tokenizer rules are rebuilt from the language defaults on load; storing
        # them too would only load them twice (half the start-up time).
        build_pipeline(lang, taxonomy).to_disk(target, exclude=["tokenizer"])
        written[lang] = target
    return written


def main(argv: list[str]) -> int:
    out_dir = Path(argv[1]) if len(argv) > 1 else MODELS_DIR
    for lang, path in build_all(out_dir).items():
        print(f"built {lang} pipeline -> {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
