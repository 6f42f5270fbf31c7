"""The concept component: case, inflection, compounds, hyphens, vetoes, and a disk round trip."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.language import Language

import engine.nlp.components.concepts  # noqa: F401
from engine.nlp.analyzer import load_pipeline
from engine.nlp.build import MODELS_DIR
from engine.nlp.components.concepts import SPAN_KEY


@pytest.fixture(scope="module")
def nl() -> Language:
    return load_pipeline(MODELS_DIR / "nl")


@pytest.fixture(scope="module")
def en() -> Language:
    return load_pipeline(MODELS_DIR / "en")


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
