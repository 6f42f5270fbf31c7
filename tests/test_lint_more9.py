"""Inclusive-language check: wording added for the ninth development batch (issue 14) — feminine -es titles,
an age range written with "à", young children asked with "heeft u", a majority nationality "van origine",
church membership said with "lid is van", people who "passen niet in ons bedrijf", a height written "1m75", a
clothing size — and the context that keeps look-alikes unflagged: young animals and plants, a relative of
someone named, the one who held the post before, religious dress said to be fine, a question on family plans
answered with the leave we offer, the sizes a shop sells. The sentences are written for these tests, not taken
from the sets."""

from __future__ import annotations

import pytest

from engine.domain.lint import lint
from tests.lint_helpers import assert_flagged


@pytest.mark.parametrize(("text", "language", "category", "words"), [
    # feminine -es titles
    ("De parochie zoekt een kosteres voor de weekenddiensten.", "nl", "gender", "kosteres"),
    ("Wij zoeken een priesteres voor ons uitvaartcentrum.", "nl", "gender", "priesteres"),
    # an age range with "à"
    ("Bakkerij zoekt hulpje van 15 à 17 jaar.", "nl", "age", "15 à 17 jaar"),
    ("Je bent tussen 20 à 30 jaar en hebt een rijbewijs.", "nl", "age", "20 à 30 jaar"),
    # young children asked in the polite form
    ("Heeft u schoolgaande kinderen, dan is de vroege dienst niet geschikt.", "nl", "family",
     "schoolgaande kinderen"),
    # a majority nationality as descent
    ("Wij nemen enkel Belgen van origine aan.", "nl", "origin", "Belgen van origine"),
    ("Kandidaat is Nederlander van afkomst.", "nl", "origin", "Nederlander van afkomst"),
    # church membership
    ("We zoeken een boekhouder die lid is van de katholieke kerk.", "nl", "religion", "lid is van de katholieke kerk"),
    ("Jij bent lid van een evangelische kerk en deelt onze waarden.", "nl", "religion",
     "lid van een evangelische kerk"),
    # shut out as not fitting in
    ("Mensen in een rolstoel passen niet in onze winkel.", "nl", "disability", "rolstoel"),
    ("Wheelchair users don't fit in our company.", "en", "disability", "Wheelchair users"),
    # height with "m" between the digits, clothing size
    ("Je moet minimaal 1m75 lang zijn voor deze functie.", "nl", "appearance", "1m75"),
    ("Confectiemaat maximaal 38, want de uniformen zijn klein.", "nl", "appearance", "Confectiemaat maximaal 38"),
    ("Gastvrouw (m/v/x) met maatje 34 gezocht.", "nl", "appearance", "maatje 34"),
])
def test_flagged(text: str, language: str, category: str, words: str) -> None:
    assert_flagged(text, language, category, words)


@pytest.mark.parametrize(("text", "language"), [
    ("Op de boerderij voer je de jonge kalveren en geiten.", "nl"),
    ("In de kwekerij verspeen je jonge plantjes.", "nl"),
    ("You will water the young trees in the nursery.", "en"),
    ("De vader van de eigenaar doet nog de boekhouding.", "nl"),
    ("Onze vertrekkende verkoopster, Mieke, werkt je in; we zoeken een opvolger (m/v/x).", "nl"),
    ("Onze huidige secretaresse gaat met pensioen; haar taken gaan naar een office manager (m/v/x).", "nl"),
    ("Een keppeltje onder de koksmuts is prima.", "nl"),
    ("Kinderwens? Wij bieden gewoon ruim ouderschapsverlof.", "nl"),
    ("Onze boetiek verkoopt jurken van maatje 34 tot 46.", "nl"),
    ("Bedrijfskleding is beschikbaar in alle maten, ook confectiemaat 54.", "nl"),
    ("Deze schoenen passen niet in de kast.", "nl"),
    ("Laat ons je confectiemaat weten, dan bestellen we je werkkleding.", "nl"),
])
def test_look_alikes_pass(text: str, language: str) -> None:
    findings, _ = lint(text, language)
    assert findings == [], findings


def test_new_hire_sought_after_the_previous_one() -> None:
    """The previous holder is someone else; the same title for the one sought is still a finding."""
    text = "Onze vorige kapster gaat met pensioen; we zoeken een nieuwe kapster."
    findings, _ = lint(text, "nl")
    assert [f.start for f in findings if f.category == "gender"] == [text.rindex("kapster")], findings
