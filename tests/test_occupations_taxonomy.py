"""The taxonomy's occupations (issue 15): ISCO-08 codes, families and their heads, the codes a
feed may give, and how the evaluation reads a list of job titles."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from engine.domain.jobposting import parse_posting
from engine.domain.taxonomy import TaxonomyError, load_taxonomy
from engine.domain.taxonomy.codes import code_table, occupation_codes
from engine.domain.taxonomy.isco import MAJOR_GROUPS, UNIT_GROUPS
from engine.ops.judgments import occupations

SECTOR = {"id": "sector.x", "type": "sector", "broader": None, "labels": {"nl": "X", "en": "X"},
          "terms": {"nl": [], "en": []}, "topic": {"nl": "de x", "en": "x"}}


def occupation(cid: str, **extra: Any) -> dict[str, Any]:
    name = cid.split(".")[1]
    return {"id": cid, "type": "occupation", "broader": "sector.x", "labels": {"nl": name, "en": name + "e"},
            "terms": {"nl": [], "en": []}, **extra}


def load(tmp_path: Path, *concepts: dict[str, Any]):  # noqa: ANN201 - a Taxonomy
    (tmp_path / "x.json").write_text(json.dumps({"concepts": [SECTOR, *concepts]}), encoding="utf-8")
    return load_taxonomy(tmp_path)


def test_isco_codes_must_be_unit_groups(tmp_path: Path) -> None:
    assert load(tmp_path, occupation("occ.a", isco=["2221"]))["occ.a"].isco == ("2221",)
    for bad in (["222"], ["9999"], "2221", [2221]):
        with pytest.raises(TaxonomyError, match="(?i)isco"):
            load(tmp_path, occupation("occ.a", isco=bad))


def test_a_family_of_no_sector_has_heads_and_display_labels(tmp_path: Path) -> None:
    family = {**occupation("occ.boss", heads={"nl": ["baas"], "en": ["boss"]}), "broader": None}
    taxonomy = load(tmp_path, family)
    assert taxonomy["occ.boss"].heads == {"nl": ("baas",), "en": ("boss",)}
    with pytest.raises(TaxonomyError, match="broader"):
        load(tmp_path, {**occupation("occ.boss"), "broader": None})
    with pytest.raises(TaxonomyError, match="head 'baas' belongs to both"):
        load(tmp_path, family, {**occupation("occ.chief"), "heads": {"nl": ["baas"]}})
    with pytest.raises(TaxonomyError, match="single words"):
        load(tmp_path, {**family, "heads": {"nl": ["grote baas"]}})
    # its label "boss" is no term, so another concept may use that word as a term
    assert load(tmp_path, family, occupation("occ.boss_x", terms={"nl": ["boss"], "en": []}))


def test_every_major_group_and_most_unit_groups_have_occupations() -> None:
    taxonomy = load_taxonomy()
    filed = set(taxonomy.isco_index)
    assert {code[0] for code in filed} == set(MAJOR_GROUPS)
    assert len(filed & UNIT_GROUPS) >= 0.9 * len(UNIT_GROUPS)
    assert all(c.isco for c in taxonomy.concepts.values() if c.type == "occupation" and not c.is_family)


def test_a_code_finds_the_broadest_occupations_filed_under_it() -> None:
    taxonomy = load_taxonomy()
    table = code_table(taxonomy)
    assert "occ.nurse" in taxonomy.for_isco("2221") and "occ.district_nurse" not in taxonomy.for_isco("2221")
    assert table["isco:7212"] == ["occ.welder"]
    assert table["onet:29"] == ["sector.healthcare"]
    assert "onet:11" not in table  # management spans every sector


@pytest.mark.parametrize(("category", "codes"), [
    ("2221", ("isco:2221",)),
    ("2221 Nursing professionals", ("isco:2221",)),
    ("ISCO-08: 7126, 7411", ("isco:7126", "isco:7411")),
    ("http://data.europa.eu/esco/isco/C7212", ("isco:7212",)),
    ("29-1141.00", ("onet:29",)),
    ("http://data.europa.eu/esco/occupation/0c2ec2a0-4c5e-4e3b-9f3a-1f2e3d4c5b6a",
     ("esco:0c2ec2a0-4c5e-4e3b-9f3a-1f2e3d4c5b6a",)),
    ("2024", ()),            # a year, not a unit group
    ("Verpleegkunde", ()),
])
def test_occupational_category_codes(category: str, codes: tuple[str, ...]) -> None:
    assert occupation_codes(category) == codes


def posting(**fields: Any) -> dict[str, Any]:
    return {"@type": "JobPosting", "identifier": "p1", "title": "Verpleegkundige", "description": "Vacature.",
            "datePosted": "2026-11-01", "inLanguage": "nl", "hiringOrganization": {"name": "Zorg B.V."},
            "jobLocation": {"address": {"addressLocality": "Utrecht"}}, **fields}


def test_a_category_code_keeps_its_code_and_qualifications_count_as_skills() -> None:
    vacancy = parse_posting(posting(
        occupationalCategory={"@type": "CategoryCode", "codeValue": "2221", "name": "Nursing professionals",
                              "inCodeSet": "ISCO-08"},
        skills="wondzorg", qualifications="BIG-registratie",
        educationRequirements={"@type": "EducationalOccupationalCredential", "credentialCategory": "hbo"}),
        lambda text: "nl")
    assert vacancy.occupational_category == "2221 Nursing professionals"
    assert vacancy.skills == "wondzorg; BIG-registratie; hbo"
    # what cannot be read as text is left out, never refused
    odd = parse_posting(posting(educationRequirements={"@type": "EducationalOccupationalCredential"}),
                        lambda text: "nl")
    assert odd.skills is None


def test_the_evaluation_reads_both_title_formats(tmp_path: Path) -> None:
    path = tmp_path / "titles.json"
    path.write_text(json.dumps({"titles": [
        {"id": "d1", "isco": "7212", "nl": "lasser", "en": "welder", "style": "plain"},
        {"id": "h1", "major_group": 2, "nl": "verpleegkundige", "en": "nurse"}]}), encoding="utf-8")
    entries = occupations.heldout_entries(path)
    assert [(e.id, e.major_group, e.titles["en"]) for e in entries] == [("d1", "7", "welder"), ("h1", "2", "nurse")]
