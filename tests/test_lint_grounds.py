"""Inclusive-language check: wording added for the fifth development batch (issue 14) — political
opinion and union activity, prayer and a faith asked for, health asked to be disclosed or counted in
sick days, clothing sizes, a full-figure photo, aids a disabled person uses, home duties, the number
of children, a first language, a team's average age — and the context that keeps look-alikes
unflagged: a product that is slim, a wide age span of the present team, a role in an advert, a sex
the law allows for intimate care, an exclusion word in another clause, a joke taken back, a youth
worker who supports young people. The sentences are written for these tests, not taken from the
development sets."""

from __future__ import annotations

import pytest

from engine.domain.lint import lint
from tests.lint_helpers import assert_flagged


@pytest.mark.parametrize(("text", "language", "category", "words"), [
    # other grounds: political opinion, union activity
    ("Republicans need not apply.", "en", "other", "Republicans"),
    ("We will not hire socialists.", "en", "other", "socialists"),
    ("PVV-stemmers worden niet aangenomen.", "nl", "other", "PVV-stemmers"),
    ("Je deelt onze politieke visie.", "nl", "other", "politieke visie"),
    ("Union organisers will not be considered.", "en", "other", "Union organisers"),
    # religion
    ("Tijdens je dienst bid je niet op de werkvloer.", "nl", "religion", "bid je niet"),
    ("Bidden op het werk is niet toegestaan.", "nl", "religion", "Bidden"),
    ("No prayer breaks are allowed during shifts.", "en", "religion", "prayer breaks"),
    ("Please state your faith on the application form.", "en", "religion", "state your faith"),
    ("Vermeld in je brief je geloofsovertuiging.", "nl", "religion", "geloofsovertuiging"),
    ("We don't employ Muslims.", "en", "religion", "Muslims"),
    # health
    ("Je bent in het afgelopen jaar niet meer dan twee weken ziek geweest.", "nl", "health", "twee weken ziek"),
    ("Applicants with more than five sick days last year will not be considered.", "en", "health", "sick days"),
    ("Maximaal 3 ziektedagen per jaar is onze norm voor kandidaten.", "nl", "health", "3 ziektedagen"),
    ("Tell us about any medical conditions you have before the interview.", "en", "health", "medical conditions"),
    ("Vermeld eventuele medische aandoeningen in je sollicitatiebrief.", "nl", "health", "medische aandoeningen"),
    ("Mensen met diabetes komen niet in aanmerking.", "nl", "health", "diabetes"),
    # disability
    ("Prosthetics or other impairments will disqualify applicants.", "en", "disability", "impairments"),
    ("People with walking aids cannot be accommodated.", "en", "disability", "walking aids"),
    ("Je bent 100% valide en kunt de hele dag lopen.", "nl", "disability", "100% valide"),
    ("Geen uitkeringstrekkers of mensen met een handicap a.u.b.", "nl", "disability", "handicap"),
    # family
    ("Bij voorkeur ongetrouwd en zonder verplichtingen thuis.", "nl", "family", "verplichtingen thuis"),
    ("Liefst ongetrouwd.", "nl", "family", "ongetrouwd"),
    ("Please list your marital status and the number of children you have.", "en", "family", "number of children"),
    ("How many children do you have? Please mention it in your cover letter.", "en", "family", "How many children"),
    # appearance
    ("Must be a dress size 10 or smaller.", "en", "appearance", "dress size"),
    ("Je hebt maatje 36 of 38.", "nl", "appearance", "maatje 36"),
    ("Stuur een foto ten voeten uit mee met je cv.", "nl", "appearance", "ten voeten uit"),
    ("Please send a photo (full body) with your CV.", "en", "appearance", "full body"),
    ("You must be slim.", "en", "appearance", "slim"),
    # gender, language, age
    ("Minimum height 6ft for our doorman team.", "en", "gender", "doorman"),
    ("Je bent een echte vechter.", "nl", "gender", "vechter"),
    ("Dutch should be your first language.", "en", "language", "first language"),
    ("Nederlands moet je eerste taal zijn.", "nl", "language", "eerste taal"),
    ("We look for a posh accent, no foreign accents.", "en", "language", "foreign accents"),
    ("Strong regional accents are not accepted.", "en", "language", "regional accents"),
    ("Het team is gemiddeld 27 jaar oud, dus je past er vast goed bij.", "nl", "age", "gemiddeld 27 jaar"),
    ("Our staff are on average 26 years old.", "en", "age", "26 years old"),
    ("Wij zoeken een jongen persoon voor de afwas.", "nl", "age", "jongen"),
])
def test_wording_is_flagged(text: str, language: str, category: str, words: str) -> None:
    assert_flagged(text, language, category, words)


@pytest.mark.parametrize(("text", "language"), [
    ("Wij bieden een stilteruimte waar je kunt bidden.", "nl"),
    ("A prayer room is available for all staff.", "en"),
    ("You will state your opinion in team meetings.", "en"),
    ("Onze machines zijn gemiddeld 12 jaar oud.", "nl"),
    ("Onze medewerkers werken gemiddeld 9 jaar bij ons.", "nl"),
    ("Onze collega's zijn gemiddeld 41 jaar, maar dat zegt niets over wie we zoeken.", "nl"),
    ("Our clients are on average 70 years old.", "en"),
    ("We offer up to 10 paid sick days a year.", "en"),
    ("You will keep records of patients' medical conditions.", "en"),
    ("Let us know about any medical conditions so we can make adjustments.", "en"),
    ("You will advise Democrats and Republicans alike on policy.", "en"),
    ("You will support our political affairs team with research.", "en"),
    ("Je onderhoudt contacten met politieke partijen namens de gemeente.", "nl"),
    ("You liaise with trade union representatives on pay.", "en"),
    ("English is our working language.", "en"),
    ("We serve customers with many regional accents across the UK.", "en"),
    ("We sell hearing aids and walking frames to older customers.", "en"),
    ("De data moeten valide zijn en 100% compleet.", "nl"),
    ("The nursery has a maximum number of children per room.", "en"),
    ("Je houdt het aantal kinderen in de groep bij.", "nl"),
    ("Uniforms in UK sizes 6–24 are provided.", "en"),
    ("Team size 8, hybrid working.", "en"),
    ("We verkopen damesmode in maat 34 tot 48.", "nl"),
    ("Our photographer will take a full-length photo of every product.", "en"),
    ("Our slim-line fridges fit every kitchen.", "en"),
    ("De nieuwe koelkast heeft een slank ontwerp.", "nl"),
    ("Slim werken doen we met slanke processen.", "nl"),
    ("Je bent slim en leergierig.", "nl"),
    ("Onze medewerkers zijn tussen 19 en 67 jaar oud.", "nl"),
    ("Ons team bestaat uit collega's van 24 tot 63 jaar.", "nl"),
    ("Leeftijd is geen probleem: ook 60-plussers zijn van harte welkom.", "nl"),
    ("Age is not an issue: retirees are warmly welcome too.", "en"),
    ("The actor plays a young mother in our campaign video.", "en"),
    ("Actress wanted for the role of a pregnant woman in our series.", "en"),
    ("Female carer required for intimate personal care (genuine occupational requirement).", "en"),
    ("Youth worker wanted to mentor young people aged 12 to 18.", "en"),
    ("You'll coach our ladies team on Saturdays.", "en"),
    ("Wij zoeken een jonge hond... grapje! Ervaring telt.", "nl"),
    ("Don't let a disability stop you from applying.", "en"),
    ("Geen ervaring? Geen probleem: mensen met een beperking zijn ook welkom.", "nl"),
    ("Voor deze functie is een medische keuring voor beroepschauffeurs vereist.", "nl"),
    ("Je werkt voor een bouwbedrijf, fulltime, en levert materiaal aan klanten.", "nl"),
])
def test_lookalikes_are_not_flagged(text: str, language: str) -> None:
    assert lint(text, language)[0] == []


def test_a_photo_asked_within_the_clause_is_about_the_candidate() -> None:
    text = "Verkoper gezocht voor onze zaak, parttime, stuur je cv met pasfoto."
    assert any(f.category == "appearance" and "pasfoto" in f.text for f in lint(text, "nl")[0])
