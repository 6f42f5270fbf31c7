"""Inclusive-language check: wording added for the seventh development batch (issue 14) — requirements
written as a form (a sex or an age as a field's value, a birth date, a mother tongue in a language list,
an aside capping experience), a long working life shut out, a first job or a degree just finished, fitting
in by age, student life as the culture, a condition put on older applicants only, an employer's own
medical, a clean sickness record, a long-term condition, adjustments refused, a disability to be
declared, disability benefits, parents of children shut out, looks or descent of an origin, a nationality
by birth, union and party membership, neat teeth — and the context that keeps look-alikes unflagged: a
title of someone already in post, a CEFR level, an alumni "class of", a generation as a market, a photo
for a pass, a range "or more". The sentences are written for these tests, not taken from the sets."""

from __future__ import annotations

import pytest

from engine.domain.lint import lint
from tests.lint_helpers import assert_flagged


@pytest.mark.parametrize(("text", "language", "category", "words"), [
    # form-like requirement lines
    ("Gender: male (our client's wish)", "en", "gender", "Gender: male"),
    ("Geslacht (m/v/x): v", "nl", "gender", "Geslacht (m/v/x): v"),
    ("Vereist: v, rijbewijs B, eigen auto", "nl", "gender", "Vereist: v"),
    ("Kandidaat – v – 20/30 jaar – Utrecht", "nl", "gender", "– v –"),
    ("Kandidaat – v – 20/30 jaar – Utrecht", "nl", "age", "20/30 jaar"),
    ("Monteur (m, 35+) voor de regio Zuid", "nl", "age", "35+"),
    ("Geboortedatum: na 31-12-1994", "nl", "age", "na 31-12-1994"),
    ("Talen: Nederlands (moedertaal), Engels (goed)", "nl", "language", "Nederlands (moedertaal)"),
    ("Ervaring: 1-3 jaar (langer is niet gewenst)", "nl", "age", "langer is niet gewenst"),
    # age in disguise
    ("This post is not for you if you've been working for longer than eight years.", "en", "age", "longer than"),
    ("Ben je nog in je eerste baan? Solliciteer dan.", "nl", "age", "in je eerste baan"),
    ("You are just graduating from university and keen to learn.", "en", "age", "just graduating"),
    ("Voor starters die net hun opleiding afgerond hebben: je hebt net je diploma gehaald.", "nl", "age",
     "net je diploma gehaald"),
    ("De stage is alleen voor pas afgestudeerden.", "nl", "age", "pas afgestudeerden"),
    ("Age-wise you would fit right in with the crew.", "en", "age", "Age-wise"),
    ("Je past qua leeftijd goed bij de ploeg.", "nl", "age", "qua leeftijd"),
    ("Our office feels like a student house, only tidier.", "en", "age", "like a student house"),
    ("Older applicants may apply as long as they pass a fitness test.", "en", "age", "as long as"),
    # health and disability
    ("Na het gesprek volgt onze eigen medische keuring.", "nl", "health", "onze eigen medische keuring"),
    ("You will need to pass our in-house medical.", "en", "health", "pass our in-house medical"),
    ("A spotless absence record is expected.", "en", "health", "spotless absence record"),
    ("Niet geschikt voor mensen met een langdurige aandoening.", "nl", "health", "langdurige aandoening"),
    ("Je moet kunnen werken zonder aanpassingen aan je werkplek.", "nl", "disability", "zonder aanpassingen"),
    ("Vermeld eventuele beperkingen in je brief.", "nl", "disability", "beperkingen"),
    ("No applicants on incapacity benefit.", "en", "disability", "incapacity benefit"),
    # family, origin, other, appearance
    ("Father of young kids? This job will not suit you.", "en", "family", "Father of young kids"),
    ("We zoeken een Europees ogende promotor.", "nl", "origin", "Europees ogende"),
    ("For the shoot we need a person with a Scandinavian look.", "en", "origin", "Scandinavian look"),
    ("Je bent Nederlander van geboorte.", "nl", "origin", "Nederlander van geboorte"),
    ("We cannot hire staff with dual citizenship.", "en", "origin", "dual citizenship"),
    ("You are a member of a trade union.", "en", "other", "member of a trade union"),
    ("No members of political parties, please.", "en", "other", "members of political parties"),
    ("Straight, single women fit our brand best.", "en", "other", "Straight"),
    ("Verzorgde tanden zijn een vereiste.", "nl", "appearance", "Verzorgde tanden"),
])
def test_seventh_batch_wording_is_flagged(text: str, language: str, category: str, words: str) -> None:
    assert_flagged(text, language, category, words)


@pytest.mark.parametrize(("text", "language"), [
    ("The age range of our pupils: 11–16 years.", "en"),
    ("Our Under 25s Club gives members free entry; you'll host its evenings.", "en"),
    ("Je bent gezond kritisch en durft vragen te stellen.", "nl"),
    ("Spanish at native level (C2) for our Madrid accounts.", "en"),
    ("Je schrijft Engels op moedertaalniveau (C1) voor onze Britse klanten.", "nl"),
    ("You'll plan alumni reunions for the class of 1990.", "en"),
    ("Millennials are our biggest customer group.", "en"),
    ("Wij zijn een geboren en getogen Fries familiebedrijf.", "nl"),
    ("Personal assistant to the chairman of the board.", "en"),
    ("Vakbondslidmaatschap is niet verplicht.", "nl"),
    ("We take your photo for your access card on your first day.", "en"),
    ("Je hebt 3 tot 6 jaar ervaring, of meer.", "nl"),
    ("Contract: maximaal 1 jaar, met kans op verlenging.", "nl"),
    ("Je zit in je eerste week bij een buddy.", "nl"),
    ("Functie: planner (m/v/x) | Uren: 32-40", "nl"),
    ("Profiel – hbo – rijbewijs B – 24/36 uur", "nl"),
    ("A valid EASA Class 2 medical is required for this pilot role.", "en"),
])
def test_seventh_batch_look_alikes_pass(text: str, language: str) -> None:
    assert lint(text, language)[0] == []
