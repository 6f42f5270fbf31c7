"""The concept component: case, inflection, compounds, hyphens, vetoes, and a disk round trip."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import spacy
from spacy.language import Language

import engine.nlp.components.concepts  # noqa: F401
from engine.domain.taxonomy import TaxonomyError, load_taxonomy
from engine.nlp.build import MODELS_DIR
from engine.nlp.components.concepts import SPAN_KEY
from tests.conftest import shared_pipelines


@pytest.fixture(scope="module")
def nl() -> Language:
    return shared_pipelines(MODELS_DIR)["nl"]


@pytest.fixture(scope="module")
def en() -> Language:
    return shared_pipelines(MODELS_DIR)["en"]


def concepts(nlp: Language, text: str) -> list[str]:
    doc = nlp(text)
    return [span.label_ for span in doc.spans[SPAN_KEY]]


@pytest.mark.parametrize(("text", "expected"), [
    ("verpleegkundige", "occ.nurse"),
    ("VERPLEEGKUNDIGE", "occ.nurse"),
    ("Verpleegkundigen gezocht", "occ.nurse"),          # plural
    ("verpleger", "occ.nurse"),                         # variant
    ("wijkverpleegkundige", "occ.district_nurse"),      # a narrower occupation, not the broad one
    ("dierenverpleegkundige", "occ.veterinary_nurse"),  # not a nurse of people
    ("zorgmedewerker", "occ.caregiver"),
    ("magazijnmedewerkers", "occ.warehouse_worker"),
    ("kokken", "occ.cook"),                             # plural with a doubled consonant
    ("leraren", "occ.teacher"),                         # plural with a doubled vowel
    ("Java developer", "occ.java_developer"),
])
def test_dutch_terms(nl: Language, text: str, expected: str) -> None:
    assert concepts(nl, text) == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("nurses", "occ.nurse"),
    ("Registered Nurse", "occ.nurse"),
    ("veterinary nurse", "occ.veterinary_nurse"),
    ("forklift drivers", "occ.forklift_driver"),
])
def test_english_terms(en: Language, text: str, expected: str) -> None:
    assert expected in concepts(en, text)


def test_unseen_compound_takes_its_head(nl: Language) -> None:
    doc = nl("ouderenzorgmedewerker")
    spans = list(doc.spans[SPAN_KEY])
    assert [(s.label_, s._.via, s._.term) for s in spans] == [("occ.caregiver", "compound_head", "zorgmedewerker")]


def test_hyphenated_word_finds_its_parts(nl: Language) -> None:
    assert concepts(nl, "een ICT-bedrijf in Delft") == ["sector.ict"]


def test_longest_match_wins(nl: Language) -> None:
    assert concepts(nl, "verpleegkundig specialist") == ["occ.nurse_practitioner"]


@pytest.mark.parametrize(("text", "java"), [
    ("Ik zoek werk als Java developer", True),
    ("ervaring met Java en Spring", True),
    ("een kopje Java koffie", False),
    ("koffiebonen uit Java en Sumatra", False),
])
def test_veto_keeps_java_the_coffee_apart(nl: Language, text: str, java: bool) -> None:
    found = concepts(nl, text)
    assert any(c in ("skill.java", "occ.java_developer") for c in found) is java, found


def test_spans_carry_term_and_offsets(nl: Language) -> None:
    doc = nl("Wij zoeken een Wijkverpleegkundige in Deventer.")
    (span,) = doc.spans[SPAN_KEY]
    assert (span.text, span.start_char, span._.term) == ("Wijkverpleegkundige", 15, "wijkverpleegkundige")


def test_round_trip_to_disk_gives_the_same_matches(nl: Language, tmp_path: Path) -> None:
    nl.to_disk(tmp_path / "copy")
    reloaded = spacy.load(tmp_path / "copy")
    text = "Thuiszorgmedewerkers, verpleegkundigen en een Java developer met Python en SQL in de zorg."
    assert concepts(reloaded, text) == concepts(nl, text)
    assert len(concepts(nl, text)) >= 5
    matcher, copy = nl.get_pipe("plainsight_concepts"), reloaded.get_pipe("plainsight_concepts")
    assert copy.to_bytes() == matcher.to_bytes()


@pytest.mark.parametrize("text", ["moderne tijden", "natuurlijk", "een geldige reden", "in Gelderland"])
def test_derivations_are_not_read_as_compounds(nl: Language, text: str) -> None:
    assert concepts(nl, text) == []


def test_unknown_compound_with_a_known_modifier(nl: Language) -> None:
    doc = nl("een ouderenzorgorganisatie")
    assert [(s.label_, s._.via) for s in doc.spans[SPAN_KEY]] == [("sector.healthcare", "compound_modifier")]


def read(nlp: Language, text: str) -> list[tuple[str, str | None]]:
    """(concept, doubt) of every span: doubt is None when the term stands in the taxonomy's sense."""
    doc = nlp(text)
    return [(span.label_, span._.doubt) for span in doc.spans[SPAN_KEY]]


@pytest.mark.parametrize("text", ["De lekkerste recepten voor de winter", "Recepten met pompoen"])
def test_a_short_abbreviation_is_never_read_inside_a_word(nl: Language, text: str) -> None:
    # "recEPTen": EPT (electric pallet truck) is a term, but never a piece of another word
    assert concepts(nl, text) == []


@pytest.mark.parametrize(("nlp_name", "text", "found"), [
    ("nl", "Je rijdt op een EPT en een reachtruck", True),
    ("nl", "Ervaring met een EPT-certificaat", True),
    ("nl", "Ik heb ept gegeten", False),                  # an acronym is written in capitals
    ("en", "You run our SEA campaigns in Google Ads", True),
    ("en", "A long walk along the sea", False),
    ("en", "A long walk along the Sea", False),
])
def test_acronyms_match_only_in_capitals(nl: Language, en: Language, nlp_name: str, text: str,
                                         found: bool) -> None:
    wanted = {"skill.pallet_truck", "skill.sea"}
    assert bool(wanted & set(concepts(nl if nlp_name == "nl" else en, text))) is found


@pytest.mark.parametrize(("nlp_name", "text", "concept", "doubt"), [
    ("nl", "Drie weken Java: van Yogyakarta naar de Bromo en de Ijen", "skill.java", "context"),
    ("nl", "Ervaring met Java en Spring Boot", "skill.java", None),
    ("en", "A new translation of Kafka's The Trial makes Josef K. sound modern", "skill.big_data", "context"),
    ("en", "Streaming pipelines with Kafka and Hadoop", "skill.big_data", None),
    ("en", "Why some clouds still glow an hour after sunset", "skill.cloud_computing", "context"),
    ("en", "Migrating the cloud platform to Azure", "skill.cloud_computing", None),
    ("en", "Profiles are stored on the controller itself, and the sticks are swappable", "occ.controller", "context"),
    ("en", "The controller owns the budgeting and the financial reporting", "occ.controller", None),
    ("en", "In the new series the chef shouts at everyone in a cramped kitchen", "occ.cook", "context"),
    ("nl", "Vogels kijken in de duinen met een goede verrekijker", "sector.animal_care", "context"),
    ("nl", "Een dierenkliniek voor honden, katten en vogels", "sector.animal_care", None),
    ("en", "Keeping houseplants happy through a dark Dutch winter", "skill.dutch_language", "context"),
])
def test_an_ambiguous_term_needs_its_sector_beside_it(nl: Language, en: Language, nlp_name: str, text: str,
                                                      concept: str, doubt: str | None) -> None:
    found = [d for c, d in read(nl if nlp_name == "nl" else en, text) if c == concept]
    assert found and set(found) == {doubt}, read(nl if nlp_name == "nl" else en, text)


def test_a_surname_is_not_an_occupation(nl: Language) -> None:
    text = ("In een veldrit heeft Jesse Timmerman zondag zijn eerste zege behaald. "
            "Timmerman wisselde in elke ronde van fiets.")
    assert read(nl, text) == [("occ.carpenter", "name"), ("occ.carpenter", "name")]


@pytest.mark.parametrize("text", [
    "Wij zoeken een ervaren timmerman voor onze bouwplaats.",
    "Wij zoeken een Timmerman voor onze bouwplaats.",          # capitalised after an article
    "Bouwbedrijf zoekt als Ervaren Timmerman een collega.",     # after a determiner: a job title
    "Ervaren Timmerman Gezocht In Emmen",                       # title case says nothing
])
def test_a_capitalised_occupation_is_still_the_job(nl: Language, text: str) -> None:
    assert ("occ.carpenter", None) in read(nl, text)


def test_needs_context_must_name_the_concepts_own_terms(tmp_path: Path) -> None:
    concept = {"id": "skill.java", "type": "skill", "broader": "sector.ict",
               "labels": {"nl": "Java", "en": "Java"}, "terms": {"nl": ["java"], "en": []}}
    sector = {"id": "sector.ict", "type": "sector", "broader": None, "labels": {"nl": "ICT", "en": "ICT"},
              "terms": {"nl": [], "en": []}, "topic": {"nl": "de ICT", "en": "IT"}}
    family = tmp_path / "tech.json"
    family.write_text(json.dumps({"concepts": [sector, {**concept, "needs_context": ["Java"]}]}))
    assert load_taxonomy(tmp_path)["skill.java"].needs_context == ("java",)
    family.write_text(json.dumps({"concepts": [sector, {**concept, "needs_context": ["koffie"]}]}))
    with pytest.raises(TaxonomyError, match="needs_context"):
        load_taxonomy(tmp_path)
