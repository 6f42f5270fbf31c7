"""Statements written the ways the seventh development batch showed, in forms written for these tests
(not copied from the batch): short statements glued to the job wish, text-message Dutch, a word about
the person right before the role, questions and hedges, ages glued to their unit; and beside each
class the look-alikes that stay as written (years of experience, a car's build years, clients'
groups, a union's relations, "construction labour", a day off without a reason)."""

from __future__ import annotations

import pytest

from engine.domain.statements import drop_statements


@pytest.mark.parametrize(("text", "interest", "kind"), [
    # text-message Dutch: "k" for "ik", "mn" for "mijn"
    ("schoonmaakwerk k ben 61", "schoonmaakwerk", "age"),
    ("zoek werk in de bouw k heb een strafblad", "zoek werk in de bouw", "criminal_record"),
    ("zoek avondwerk want mn vrouw is ziek", "zoek avondwerk", "health"),
    # a new thought after "ben 57" is not part of the age
    ("orderpicker k ben 59 heb rijbewijs C", "orderpicker heb rijbewijs C", "age"),
    # an age glued to its unit, and a Dutch clause that puts the verb last
    ("lasser 59j", "lasser", "age"),
    ("bus driver 64y looking for routes", "bus driver looking for routes", "age"),
    ("Zoek werk als lasser omdat ik al 58 ben liefst dagdienst", "Zoek werk als lasser, liefst dagdienst", "age"),
    # a statement phrase glued to the work without a separator
    ("kassière 20u pw zwanger van de eerste", "kassière 20u pw", "pregnancy"),
])
def test_glued_short_and_text_message_statements(text: str, interest: str, kind: str) -> None:
    cleaned = drop_statements(text)
    assert cleaned.text == interest and kind in cleaned.dropped


@pytest.mark.parametrize(("text", "interest", "kind"), [
    ("ex-gedetineerde kok zoekt werk", "kok zoekt werk", "criminal_record"),
    ("ex-addict carpenter looking for site work", "carpenter looking for site work", "health"),
    ("Moroccan origin bus driver", "bus driver", "origin"),
    ("60plus chauffeur zoekt werk", "chauffeur zoekt werk", "age"),
    ("buddhist night porter, hotel work", "night porter, hotel work", "religion"),
])
def test_a_word_about_the_person_before_the_role(text: str, interest: str, kind: str) -> None:
    cleaned = drop_statements(text)
    assert cleaned.text == interest and kind in cleaned.dropped


@pytest.mark.parametrize(("text", "interest", "kind"), [
    ("Zoek werk als kok, is het een probleem dat ik een strafblad heb?", "Zoek werk als kok?", "criminal_record"),
    ("maakt het uit dat ik 61 ben? zoek werk als conciërge", "zoek werk als conciërge", "age"),
    ("care assistant roles, do you hire people with a conviction?", "care assistant roles?", "criminal_record"),
    ("zoek iets in de logistiek hopelijk is mijn diabetes geen probleem", "zoek iets in de logistiek", "health"),
    ("warehouse work, hope that my age is not a problem (61)", "warehouse work", "age"),
])
def test_questions_and_hedges_go_whole(text: str, interest: str, kind: str) -> None:
    cleaned = drop_statements(text)
    assert cleaned.text == interest and kind in cleaned.dropped


@pytest.mark.parametrize(("text", "interest", "kind"), [
    ("cashier, need fridays off for prayers", "cashier", "religion"),
    ("politiek rechts, zoek werk als beveiliger", "zoek werk als beveiliger", "political"),
    ("political refugee looking for warehouse work", "looking for warehouse work", "political"),
    ("I vote Labour, looking for admin work", "looking for admin work", "political"),
    ("lid van de metaalbond, zoek werk als lasser", "zoek werk als lasser", "union"),
    ("former strike leader looking for logistics work", "looking for logistics work", "union"),
    ("ik identificeer me niet als vrouw, zoek werk als kok", "zoek werk als kok", "gender_identity"),
    ("I present masculine, looking for bar work", "looking for bar work", "gender_identity"),
    ("trans masc, looking for warehouse work", "looking for warehouse work", "gender_identity"),
    ("wij zijn twee moeders, zoek werk als doktersassistent", "zoek werk als doktersassistent", "sexuality"),
    ("accountant, 2e generatie Marokkaans", "accountant", "origin"),
    ("verkoper ik ben NL/MA", "verkoper", "origin"),
    ("fit en gezond, zoek werk als stratenmaker", "zoek werk als stratenmaker", "health"),
    ("roofer in good health looking for work", "roofer looking for work", "health"),
    ("heb een bajesverleden, zoek werk als schilder", "zoek werk als schilder", "criminal_record"),
    ("on tag until June, looking for kitchen work", "looking for kitchen work", "criminal_record"),
])
def test_statements_of_each_kind_said_short(text: str, interest: str, kind: str) -> None:
    cleaned = drop_statements(text)
    assert cleaned.text == interest and kind in cleaned.dropped


@pytest.mark.parametrize("text", [
    "lasser 10j ervaring", "HGV driver 20yrs exp", "ben 40 uur beschikbaar, timmerman",
    "monteur oldtimers bouwjaar 1960-1980", "begeleider zwangere tieners", "dementia support worker",
    "Islamic school bursar", "do you hire people for weekend shifts?",
    "support worker for people with a criminal record", "werk niet op zondag, zoek werk als kok",
    "cashier, need fridays off", "construction labour wanted", "midwife on a labour ward",
    "trade union relations adviser", "presenting to clients, looking for account manager work",
    "ik ben HR/IT specialist", "moslim geestelijk verzorger in de zorg", "Turkish interpreter, court work",
])
def test_look_alikes_stay_whole(text: str) -> None:
    cleaned = drop_statements(text)
    assert (cleaned.text, cleaned.dropped) == (text, ())
