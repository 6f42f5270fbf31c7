"""Job titles read by their head (issue 15): families, specialisations, Dutch word order, words
of rank; running text is not read so. Real pipelines (the committed ones)."""

from __future__ import annotations

import pytest

from engine.domain.jobposting import Vacancy
from engine.nlp.analyzer import Analyzer
from engine.nlp.build import MODELS_DIR
from engine.nlp.vacancy import analyse_vacancy
from tests.conftest import shared_pipelines


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer(shared_pipelines(MODELS_DIR))


def title(analyzer: Analyzer, text: str, language: str) -> set[str]:
    return {hit.concept for hit in analyzer.concepts(text, language, title=True)}


@pytest.mark.parametrize(("dutch", "english", "shared"), [
    ("inspecteur precisie-instrumenten", "precision device inspector", "occ.inspector"),
    ("teamleider isolatie", "insulation supervisor", "occ.supervisor"),
    ("bijenfokker", "bee breeder", "occ.breeder"),
    ("horlogemaker", "watchmaker", "occ.precision_instrument_maker"),
    ("verpleegkundige oncologie", "oncology nurse", "occ.oncology_nurse"),
    ("wever", "weaver", "occ.weaver"),
    ("bedrijfsleider aquacultuur", "aquaculture hatchery manager", "occ.manager"),
    ("schoenhersteller", "shoe repairer", "occ.shoemaker"),
])
def test_the_two_languages_of_a_title_meet(analyzer: Analyzer, dutch: str, english: str, shared: str) -> None:
    assert shared in title(analyzer, dutch, "nl")
    assert shared in title(analyzer, english, "en")


def test_a_new_compound_is_read_by_its_head(analyzer: Analyzer) -> None:
    assert "occ.maker" in title(analyzer, "klompjesvouwmaker", "nl")
    assert "occ.repairer" in title(analyzer, "toverstafhersteller", "nl")
    assert "occ.manager" in title(analyzer, "moonshot manager", "en")


def test_a_specialisation_falls_back_to_its_broader_occupation(analyzer: Analyzer) -> None:
    found = {(h.concept, h.via) for h in analyzer.concepts("oncologieverpleegkundige", "nl", title=True)}
    assert {("occ.oncology_nurse", "term"), ("occ.nurse", "head")} <= found
    # but not to a broader occupation the words do not name: a veterinary nurse is no nurse of people
    assert "occ.nurse" not in title(analyzer, "veterinary nurse", "en")


def test_dutch_word_order_is_read_as_the_compound(analyzer: Analyzer) -> None:
    # "monteur warmtepompinstallaties" is a warmtepompinstallatiemonteur: an installatiemonteur
    assert "occ.installation_technician" in title(analyzer, "monteur warmtepompinstallaties", "nl")
    assert "occ.installation_technician" not in title(analyzer, "monteur", "nl")


@pytest.mark.parametrize(("text", "concept"), [
    ("Head of Human Resources", "occ.hr_manager"),
    ("Manager of Operations", "occ.operations_manager"),
])
def test_english_names_the_field_after_of(analyzer: Analyzer, text: str, concept: str) -> None:
    found = title(analyzer, text, "en")
    assert {concept, "occ.manager"} <= found
    # a unit is no field: a head of department is no shop's department manager
    assert title(analyzer, "Head of Department", "en") == {"occ.manager"}


@pytest.mark.parametrize(("text", "concept"), [
    ("natural stone carver", "occ.stonemason"),             # the material "natural stone" + "stone carver"
    ("cavity wall insulation fitter", "occ.insulation_installer"),
])
def test_an_occupation_inside_a_longer_field_term_is_read(analyzer: Analyzer, text: str, concept: str) -> None:
    assert concept in title(analyzer, text, "en")
    assert concept not in {h.concept for h in analyzer.concepts(text, "en")}  # running text keeps to its terms


@pytest.mark.parametrize(("text", "concept"), [
    ("kok/kokkin", "occ.cook"),
    ("Poetsvrouw/-man", "occ.cleaner"),
    ("verkoper/-ster", "occ.sales_representative"),
])
def test_a_title_written_with_its_alternatives_is_read(analyzer: Analyzer, text: str, concept: str) -> None:
    assert concept in title(analyzer, text, "nl")


@pytest.mark.parametrize(("dutch", "english", "shared"), [
    ("schadebeoordelaar", "claims assessor", "occ.inspector"),
    ("scharenslijper", "scissor sharpener", "occ.finisher"),
    ("voorzitter ondernemingsraad", "works council chairman", "occ.manager"),
])
def test_new_family_heads(analyzer: Analyzer, dutch: str, english: str, shared: str) -> None:
    assert shared in title(analyzer, dutch, "nl")
    assert shared in title(analyzer, english, "en")


def test_a_registrar_is_a_doctor_unless_the_title_says_otherwise(analyzer: Analyzer) -> None:
    assert "occ.resident_doctor" in title(analyzer, "Specialty Registrar in Paediatrics", "en")
    assert "occ.resident_doctor" not in title(analyzer, "Academic Registrar", "en")


def test_words_of_rank_are_read_past(analyzer: Analyzer) -> None:
    assert title(analyzer, "Senior adviseur", "nl") == {"occ.advisor"}
    assert title(analyzer, "senior", "en") == set()
    assert "occ.inspector" in title(analyzer, "lead inspector", "en")


def test_running_text_is_not_read_by_heads(analyzer: Analyzer) -> None:
    text = "Onze manager en de supervisor spraken met een specialist."
    assert not {"occ.manager", "occ.supervisor", "occ.specialist"} & {h.concept for h in analyzer.concepts(text, "nl")}
    assert "occ.manager" in title(analyzer, "manager", "en")


def _vacancy(title_text: str, **fields: str) -> Vacancy:
    return Vacancy(id="v", title=title_text, description="Vacature.", date_posted="2026-11-01",
                   organization="Tulpenpost B.V.", language="nl", **fields)


def test_a_vacancy_title_is_read_as_a_title(analyzer: Analyzer) -> None:
    found = analyse_vacancy(_vacancy("Teamleider isolatie"), analyzer)
    assert found["occ.supervisor"].field == "title"


@pytest.mark.parametrize(("category", "concept"), [
    ("2221", "occ.nurse"),
    ("2221 Nursing professionals", "occ.nurse"),
    ("http://data.europa.eu/esco/isco/C7212", "occ.welder"),
    ("29-1141.00", "sector.healthcare"),
])
def test_the_occupational_category_code_is_evidence(analyzer: Analyzer, category: str, concept: str) -> None:
    found = analyse_vacancy(_vacancy("Medewerker", occupational_category=category), analyzer)
    assert found[concept].field == "occupational_category"
    assert found[concept].weight > 0.5


def test_an_unmapped_code_says_nothing(analyzer: Analyzer) -> None:
    found = analyse_vacancy(_vacancy("Vacature", occupational_category="11-1011.00"), analyzer)
    assert found == {}
    assert analyzer.coded("esco:00000000-0000-0000-0000-000000000000") == ()
