"""Job titles of the fourth occupation development batch's classes (issue 15), with forms written
here, not taken from the batch: Dutch "van (een)" phrases, a head before an adjective and its
noun, a compound's plural that leaves no modifier, an English head written as two words, and the
taxonomy's additions. Look-alikes must keep what they had. Real pipelines (the committed ones)."""

from __future__ import annotations

import pytest

from engine.nlp.analyzer import Analyzer
from engine.nlp.build import MODELS_DIR
from tests.conftest import shared_pipelines


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer(shared_pipelines(MODELS_DIR))


def title(analyzer: Analyzer, text: str, language: str) -> set[str]:
    return {hit.concept for hit in analyzer.concepts(text, language, title=True)}


@pytest.mark.parametrize(("dutch", "concept"), [
    ("bediener van een portaalkraan", "occ.crane_operator"),      # portaalkraanbediener: a kraanbediener
    ("bestuurder van de heftruck", "occ.forklift_driver"),         # heftruckbestuurder
    ("lid van de Eerste Kamer", "occ.politician"),                 # Eerste Kamerlid: a kamerlid
    ("chauffeur van een vuilniswagen", "occ.truck_driver"),
    ("organisator van congressen", "occ.event_manager"),           # a plural field: congresorganisator
])
def test_a_dutch_van_phrase_is_read_as_the_compound(analyzer: Analyzer, dutch: str, concept: str) -> None:
    assert concept in title(analyzer, dutch, "nl")


def test_a_van_phrase_is_a_term_without_its_van(analyzer: Analyzer) -> None:
    # the taxonomy lists "ambtenaar burgerlijke stand"; titles write "van de" between
    assert "occ.civil_affairs_officer" in title(analyzer, "ambtenaar van de burgerlijke stand", "nl")


@pytest.mark.parametrize(("text", "found"), [
    ("medewerker van de maand", {"occ.staff"}),
    ("manager van het jaar", {"occ.manager"}),
    ("bediener van een machine", {"occ.machine_operator", "occ.production_worker"}),
])
def test_a_van_phrase_of_no_compound_adds_nothing(analyzer: Analyzer, text: str, found: set[str]) -> None:
    assert title(analyzer, text, "nl") == found


def test_running_text_is_not_read_by_its_van_phrases(analyzer: Analyzer) -> None:
    found = {hit.concept for hit in analyzer.concepts("de bediener van een portaalkraan belde", "nl")}
    assert "occ.crane_operator" not in found


@pytest.mark.parametrize(("dutch", "concept"), [
    ("ingenieur draadloze netwerken", "occ.network_administrator"),   # netwerkingenieur
    ("technicus medisch laboratorium", "occ.lab_technician"),         # laboratoriumtechnicus
])
def test_a_head_before_an_adjective_and_noun_is_read_as_the_compound(analyzer: Analyzer, dutch: str,
                                                                    concept: str) -> None:
    assert concept in title(analyzer, dutch, "nl")


@pytest.mark.parametrize("dutch", ["monteur grote projecten", "monteur projecten", "technicus metallurgie"])
def test_a_plural_leaves_no_letter_to_make_a_compound(analyzer: Analyzer, dutch: str) -> None:
    # "projecte|monteur" once read as an e-monteur, "metallurgie|technicus" as an e-technicus
    found = title(analyzer, dutch, "nl")
    assert not found & {"occ.electrician", "occ.electrical_technician"}
    assert found & {"occ.mechanic", "occ.technician"}


def test_a_modifier_that_is_whole_still_makes_the_compound(analyzer: Analyzer) -> None:
    assert "occ.installation_technician" in title(analyzer, "monteur warmtepompinstallaties", "nl")


def test_an_english_head_written_as_two_words_names_its_own_family(analyzer: Analyzer) -> None:
    assert "occ.moulder" in title(analyzer, "core maker", "en")
    assert "occ.moulder" not in title(analyzer, "bread maker", "en")
    assert "occ.maker" in title(analyzer, "bread maker", "en")


@pytest.mark.parametrize(("dutch", "english", "shared"), [
    # machines named by whoever works them
    ("kraanbediener", "quay crane operator", "occ.crane_operator"),
    ("bulldozerchauffeur", "bulldozer driver", "occ.earthmoving_operator"),
    ("maaidorsermachinist", "combine driver", "occ.agricultural_contractor"),
    # childminding and hotel portering
    ("kindermeisje", "nanny", "occ.nanny"),
    ("piccolo", "bellhop", "occ.porter"),
    # a spelling variant once filed elsewhere, an English term under the wrong concept
    ("HSE-adviseur", "health and safety adviser", "occ.hse_advisor"),
    ("agronoom", "agronomist", "occ.agricultural_advisor"),
    ("modeinkoper", "fashion buyer", "occ.buyer"),
    # trades and crafts added or widened
    ("wapensmid", "gunsmith", "occ.gunsmith"),
    ("rademaker", "cartwright", "occ.wheelwright"),
    ("vergulder", "gilder", "occ.engraver"),
    ("diamantzetter", "stone setter", "occ.jeweller"),
    ("brandsnijder", "torch cutter", "occ.metal_worker"),
    ("typografe", "typographer", "occ.graphic_designer"),
    ("sleepbootschipper", "tugboat captain", "occ.skipper"),
    ("chef cabine", "cabin manager", "occ.cabin_crew"),
    ("ijker", "metrology inspector", "occ.metrology_inspector"),
    ("sterilisatieassistent", "decontamination technician", "occ.sterilisation_technician"),
    ("faculteitsdecaan", "dean", "occ.dean"),
    ("entomoloog", "entomologist", "occ.biologist"),
    ("voetballer", "football player", "occ.athlete"),
    ("frietbakster", "fry cook", "occ.fast_food_worker"),
    ("ijsventer", "ice cream vendor", "occ.market_trader"),
])
def test_the_taxonomy_files_both_languages_together(analyzer: Analyzer, dutch: str, english: str,
                                                    shared: str) -> None:
    assert shared in title(analyzer, dutch, "nl")
    assert shared in title(analyzer, english, "en")


@pytest.mark.parametrize(("text", "language", "concept", "not_concept"), [
    ("decaan", "nl", "occ.student_counselor", "occ.dean"),            # a school's decaan stays a counsellor
    ("hotel receptionist", "en", "occ.hotel_receptionist", "occ.porter"),
    ("bosbouwer", "nl", "occ.tree_surgeon", "occ.forest_ranger"),
    ("inkoper retail", "nl", "occ.category_manager", "occ.buyer"),
])
def test_look_alikes_keep_their_concept(analyzer: Analyzer, text: str, language: str, concept: str,
                                        not_concept: str) -> None:
    found = title(analyzer, text, language)
    assert concept in found and not_concept not in found
