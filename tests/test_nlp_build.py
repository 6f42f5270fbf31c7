"""The committed pipelines load with today's code and equal a fresh build from the repo's data."""

from __future__ import annotations

import filecmp
from pathlib import Path

import pytest

from engine.domain.taxonomy import load_taxonomy
from engine.nlp.analyzer import load_pipeline
from engine.nlp.build import LANGUAGES, MODELS_DIR, build_all


@pytest.fixture(scope="module")
def fresh_build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("models")
    build_all(out)
    return out


def _files(root: Path) -> list[str]:
    return sorted(str(p.relative_to(root)) for p in root.rglob("*") if p.is_file())


@pytest.mark.parametrize("lang", LANGUAGES)
def test_committed_pipeline_equals_a_fresh_build(fresh_build: Path, lang: str) -> None:
    committed, fresh = MODELS_DIR / lang, fresh_build / lang
    assert _files(committed) == _files(fresh)
    different = [f for f in _files(fresh) if not filecmp.cmp(committed / f, fresh / f, shallow=False)]
    assert different == [], f"run `make models`: {different} differ from a fresh build"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_committed_pipeline_loads_and_names_its_taxonomy(lang: str) -> None:
    import engine.nlp.components.concepts  # noqa: F401

    nlp = load_pipeline(MODELS_DIR / lang)
    assert nlp.pipe_names == ["plainsight_concepts"]
    assert nlp.meta["plainsight"]["taxonomy_version"] == load_taxonomy().version
    doc = nlp("verpleegkundige" if lang == "nl" else "nurse")
    assert [span.label_ for span in doc.spans["concepts"]] == ["occ.nurse"]
