"""An operator's ESCO download read on top of the taxonomy (issue 15), on a tiny invented sample
in the download's layout (tests/data/esco_sample/)."""

from __future__ import annotations

from pathlib import Path

import pytest

from engine.domain.taxonomy import load_taxonomy
from engine.nlp.analyzer import Analyzer, load_pipeline
from engine.nlp.build import build_all
from engine.nlp.esco import extend, read

SAMPLE = Path(__file__).parent / "data" / "esco_sample"
URI = "00000000-0000-4000-8000-00000000000"


def test_the_download_is_read_in_both_languages() -> None:
    occupations = read(SAMPLE, "occupations")
    welder = occupations[f"http://data.europa.eu/esco/occupation/{URI}1"]
    assert welder.isco == "7212"
    assert welder.labels == {"nl": ["lasser", "fusieverbinder"], "en": ["welder", "fusion joining operative"]}
    with pytest.raises(FileNotFoundError, match="occupations_nl.csv"):
        read(SAMPLE.parent, "occupations")


def test_escos_names_join_our_concepts_and_ours_stay_on_top() -> None:
    taxonomy = load_taxonomy()
    extension = extend(taxonomy, SAMPLE)
    extended = extension.taxonomy
    assert extended.version == taxonomy.version and set(extended.concepts) == set(taxonomy.concepts)
    # a label we have decides the concept; ESCO's other names join it
    assert extension.codes[f"esco:{URI}1"] == ["occ.welder"]
    assert "fusion joining operative" in extended["occ.welder"].terms["en"]
    # a new occupation joins the broadest of ours filed under its ISCO group
    assert extension.codes[f"esco:{URI}2"] == ["occ.beekeeper"]
    assert "honingoogster" in extended["occ.beekeeper"].terms["nl"]
    # one without a group or a name of ours has no place
    assert f"esco:{URI}4" not in extension.codes
    # a skill we name lends its other names; one we do not is left out
    assert extension.skills == 1 and "slangnaam-scripttaal" in extended["skill.python"].terms["nl"]
    assert not any("fakkels" in t for c in extended.concepts.values() for t in c.terms["nl"])


@pytest.fixture(scope="module")
def esco_models(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("esco_models")
    build_all(out, esco_dir=SAMPLE)
    return out


def test_pipelines_built_with_esco_read_its_names_and_codes(esco_models: Path) -> None:
    pipelines = {lang: load_pipeline(esco_models / lang) for lang in ("nl", "en")}
    analyzer = Analyzer(pipelines)
    assert analyzer.taxonomy_version == load_taxonomy().version  # a running engine accepts them
    assert pipelines["nl"].meta["plainsight"]["esco"]["occupations"] == 3
    assert "occ.beekeeper" in {h.concept for h in analyzer.concepts("raatoogster", "nl")}
    assert analyzer.coded(f"esco:{URI}2") == ("occ.beekeeper",)
