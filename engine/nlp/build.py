"""Build the Dutch and English pipelines into ``nlp_models/`` from the taxonomy in the repo.

``python -m engine.nlp.build [OUT_DIR] [--esco DIR]`` — deterministic: the same data gives the same
files, which ``tests/test_nlp_build.py`` checks against the committed pipelines. With ``--esco`` an
operator's ESCO download is read on top of the taxonomy (see ``esco.py``; never committed).
"""

from __future__ import annotations

import argparse
import shutil
import sys
import time
from pathlib import Path
from typing import cast

import spacy
from spacy.language import Language
from spacy.lookups import load_lookups

from engine.config import ROOT
from engine.domain.taxonomy import Taxonomy, load_taxonomy
from engine.domain.taxonomy.codes import code_table
from engine.domain.taxonomy.model import SENIORITY_WORDS, matched_terms
from engine.nlp.analyzer import load_pipeline
from engine.nlp.components.concepts import ConceptMatcher  # importing it registers the factory
from engine.nlp.esco import Extension, extend

LANGUAGES = ("nl", "en")
MODELS_DIR = ROOT / "nlp_models"
PIPELINE_VERSION = "1.0.0"


def taxonomy_terms(taxonomy: Taxonomy) -> list[tuple[str, str, str]]:
    """(concept, language, term) for every label and term: both pipelines know both languages,
    because Dutch pages use English job titles and the other way round."""
    rows: set[tuple[str, str, str]] = set()
    for concept in taxonomy.concepts.values():
        for lang in LANGUAGES:
            rows.update((concept.id, lang, term) for term in matched_terms(taxonomy.concepts, concept, lang))
    return sorted(rows)


def family_heads(taxonomy: Taxonomy, lang: str) -> list[tuple[str, str]]:
    """(family, head word): a Dutch title may end in an English head ("Teamlead Operations"), an
    English one not in a Dutch one (the "arts" of "performing arts teacher" is no doctor)."""
    languages = LANGUAGES if lang == "nl" else (lang,)
    return sorted({(c.id, head) for c in taxonomy.concepts.values() for language in languages
                   for head in c.heads.get(language, ())})


def broader_occupations(taxonomy: Taxonomy) -> dict[str, str]:
    """occupation -> its broader occupation (not its sector): where a specialisation falls back."""
    return {c.id: c.broader for c in taxonomy.concepts.values()
            if c.type == "occupation" and c.broader and taxonomy[c.broader].type == "occupation"}


def concept_groups(taxonomy: Taxonomy) -> dict[str, str]:
    """concept -> its sector: an ambiguous term needs something of the same sector beside it. A
    generic skill (a language, communication) is of no sector: only itself can vouch for it."""
    groups = {}
    for concept in taxonomy.concepts:
        sector = None if concept in taxonomy.generic_skills else taxonomy.sector_of(concept)
        groups[concept] = sector.id if sector is not None else concept
    return groups


def build_pipeline(lang: str, taxonomy: Taxonomy, esco: Extension | None = None) -> Language:
    """One language's pipeline; with ``esco`` its names and codes are read too (see esco.py)."""
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
        heads=family_heads(taxonomy, lang),
        seniority=SENIORITY_WORDS,
        broader=broader_occupations(taxonomy),
        codes={**code_table(taxonomy), **(esco.codes if esco else {})},
    )
    nlp.meta.update({
        "name": f"plainsight_{lang}",
        "version": PIPELINE_VERSION,
        "description": "Plainsight concept matcher over the bilingual job taxonomy",
        "author": "Plainsight",
        "license": "project",
        "plainsight": {"taxonomy_version": taxonomy.version, "concepts": len(taxonomy),
                       **({"esco": {"occupations": esco.occupations, "skills": esco.skills, "terms": esco.terms}}
                          if esco else {})},
    })
    return nlp


def build_all(out_dir: Path = MODELS_DIR, esco_dir: Path | None = None) -> dict[str, Path]:
    """Both pipelines into ``out_dir``, from the taxonomy in the repo (and an ESCO download)."""
    taxonomy = load_taxonomy()
    esco = extend(taxonomy, esco_dir) if esco_dir else None
    written = {}
    for lang in LANGUAGES:
        target = out_dir / lang
        if target.exists():
            shutil.rmtree(target)
        target.parent.mkdir(parents=True, exist_ok=True)
        # spaCy's own tokenizer rules are rebuilt from the language defaults on load; storing
        # them too would only load them twice (half the start-up time).
        build_pipeline(lang, esco.taxonomy if esco else taxonomy, esco).to_disk(target, exclude=["tokenizer"])
        written[lang] = target
    return written


def main(argv: list[str]) -> int:
    """``python -m engine.nlp.build [OUT_DIR] [--esco DIR]``: build, then report size and load time."""
    parser = argparse.ArgumentParser(prog="python -m engine.nlp.build", description=__doc__)
    parser.add_argument("out_dir", nargs="?", type=Path, default=MODELS_DIR)
    parser.add_argument("--esco", type=Path, help="an ESCO CSV download to read on top of the taxonomy")
    args = parser.parse_args(argv[1:])
    out_dir, esco_dir = args.out_dir, args.esco
    started = time.monotonic()
    for lang, path in build_all(out_dir, esco_dir).items():
        size = sum(f.stat().st_size for f in path.rglob("*") if f.is_file())
        loading = time.monotonic()
        load_pipeline(path)
        print(f"built {lang} pipeline -> {path} ({size / 1e6:.1f} MB, loads in {time.monotonic() - loading:.2f} s)")
    print(f"built in {time.monotonic() - started:.1f} s" + (f" with ESCO from {esco_dir}" if esco_dir else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
