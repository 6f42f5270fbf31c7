"""Inclusive-language check: constructions added for the third development batch (issue 14), each
with look-alikes that must stay unflagged. The sentences are written for these tests, not taken
from the development sets."""

from __future__ import annotations

import pytest

from engine.domain.lint import lint
from tests.lint_helpers import assert_flagged


@pytest.mark.parametrize(("text", "language", "category", "words"), [
    # family: care duties, planning a family, single parents, civil status asked for, a question answered
    ("Applicants must not have family commitments that limit travel.", "en", "family", "family"),
    ("Je hebt geen zorgverplichtingen thuis.", "nl", "family", "zorgverplichtingen"),
    ("Candidates who plan to start a family soon need not apply.", "en", "family", "start a family"),
    ("Je bent niet van plan om de komende jaren kinderen te krijgen.", "nl", "family", "kinderen te krijgen"),
    ("We cannot hire single parents for this travelling role.", "en", "family", "single parents"),
    ("Please state your marital status and number of children.", "en", "family", "marital status"),
    ("Heb je kinderen? Dan is deze functie helaas niet geschikt voor jou.", "nl", "family", "kinderen"),
    # health: medication, pre-existing conditions, never injured, medical history
    ("You must not be on any medication.", "en", "health", "medication"),
    ("The ideal candidate is free of pre-existing conditions.", "en", "health", "pre-existing conditions"),
    ("You have never had a back injury.", "en", "health", "back injury"),
    ("Geen psychische voorgeschiedenis.", "nl", "health", "voorgeschiedenis"),
    ("You have a clean bill of health.", "en", "health", "clean bill of health"),
    # disability excluded with the object further away
    ("Deze functie is niet geschikt voor mensen met een visuele beperking.", "nl", "disability", "beperking"),
    ("Sadly we cannot accommodate applicants with a disability.", "en", "disability", "disability"),
    # appearance: heights in feet and inches, build, grooming
    ("You must be over 1.80 m.", "en", "appearance", "1.80 m"),
    ("Height: at least 5'10\".", "en", "appearance", "5'10"),
    ("Je bent 1.85 m of langer.", "nl", "appearance", "1.85 m of langer"),
    ("A stocky build is an advantage for this job.", "en", "appearance", "stocky build"),
    ("Je hebt een fors postuur.", "nl", "appearance", "fors postuur"),
    ("Excellent personal grooming is required.", "en", "appearance", "personal grooming"),
    ("A representative appearance is essential.", "en", "appearance", "representative appearance"),
    # gender: titles, colloquial person words, coded words
    ("We zoeken een juf voor de peutergroep.", "nl", "gender", "juf"),
    ("Wij zoeken een stoere jongeman voor het magazijn.", "nl", "gender", "jongeman"),
    ("Wij zoeken een pittige tante voor de receptie.", "nl", "gender", "tante"),
    ("Ben jij een mannetjesputter?", "nl", "gender", "mannetjesputter"),
    # age, origin, language, religion
    ("Max. 3 jr werkervaring.", "nl", "age", "3 jr werkervaring"),
    ("You graduated in the past 3 years.", "en", "age", "graduated in the past 3 years"),
    ("Our team's average age is around 27.", "en", "age", "average age"),
    ("Oudere kandidaten worden afgewezen.", "nl", "age", "Oudere kandidaten"),
    ("Kandidaten uit Marokko of Turkije komen niet in aanmerking.", "nl", "origin", "Marokko"),
    ("Only US citizens need apply.", "en", "origin", "US citizens"),
    ("You speak the King's English.", "en", "language", "King's English"),
    ("Je bent lid van een gereformeerde kerk.", "nl", "religion", "gereformeerde kerk"),
])
def test_constructions_are_flagged(text: str, language: str, category: str, words: str) -> None:
    assert_flagged(text, language, category, words)


@pytest.mark.parametrize(("text", "language"), [
    ("Wat je van ons kunt verwachten: een goed salaris en 25 vakantiedagen.", "nl"),
    ("We take your family situation into account when planning shifts.", "en"),
    ("Je helpt gezinnen in een moeilijke thuissituatie.", "nl"),
    ("We offer fertility leave if you are planning a family.", "en"),
    ("You will work with single parents to find childcare.", "en"),
    ("Ervaring met jonge kinderen is een pré.", "nl"),
    ("Experience working with young children is essential.", "en"),
    ("Heb je kinderen? Dan zijn onze flexibele uren ideaal.", "nl"),
    ("The average age of our residents is 84.", "en"),
    ("The average age of our machines is 20 years.", "en"),
    ("Our clients come from Eastern Europe and Asia.", "en"),
    ("Geen ervaring nodig met klanten uit het buitenland.", "nl"),
    ("No visa sponsorship is available for candidates from outside the EU.", "en"),
    ("You'll join our Young Professionals network from day one.", "en"),
    ("Je werkt in een team met jonge én oudere collega's.", "nl"),
    ("Een goede conditie is handig want je loopt veel.", "nl"),
    ("Geen medische keuring nodig.", "nl"),
    ("Our crew has never had an injury on site.", "en"),
    ("De server is nog nooit uitgevallen.", "nl"),
    ("You will assist residents with personal grooming and dressing.", "en"),
    ("You will maintain a robust build pipeline and a solid build system.", "en"),
    ("You ensure the immaculate appearance of our hotel rooms.", "en"),
    ("De stellingen zijn minimaal 2,5 m hoog.", "nl"),
    ("Als juf of meester van groep 3 geef je les aan 25 kinderen.", "nl"),
    ("Je werkt met ouderen die vaak liever niet verhuizen.", "nl"),
    ("Onvolledige sollicitaties vallen af.", "nl"),
    ("Women are under-represented in tech, so we actively welcome them.", "en"),
    ("Do you have a disability? We especially encourage you to apply.", "en"),
    ("Member of the Dutch Church Council? You will manage our finances.", "en"),
])
def test_construction_lookalikes_are_not_flagged(text: str, language: str) -> None:
    assert lint(text, language)[0] == []
