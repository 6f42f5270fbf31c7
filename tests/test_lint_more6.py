"""Inclusive-language check: wording added for the sixth development batch (issue 14) — Dutch female
titles made with -ster, one sex marked after a title, a mother's manner, two ages to choose from, how
old a degree may be, a labour-market starter, long experience shut out, fitting in with a team of one
age, a sickness record, health asked as a question, a psychiatric past, looks "nice to look at", a
clothing size named, a couple hired as one, a "family man", looks or descent of the majority, natives
only, a practising believer, no leave for religious days, party membership — and the context that
keeps look-alikes unflagged: a pronoun list "hij, zij of hen", a presentable showroom, clients of an
age, a young fleet or network, "caring responsibilities" offered for, a lawful nationality. The
sentences are written for these tests, not taken from the development sets."""

from __future__ import annotations

import pytest

from engine.domain.lint import lint
from tests.lint_helpers import assert_flagged


def assert_hard(text: str, language: str, category: str, words: str) -> None:
    """A hard finding of ``category`` overlaps ``words``: a requirement that excludes, not a coded word."""
    findings, _ = lint(text, language)
    start = text.index(words)
    assert any(f.category == category and f.severity == "hard" and f.start < start + len(words) and start < f.end
               for f in findings), findings


@pytest.mark.parametrize(("text", "language", "category", "words"), [
    # gender: -ster titles, a sex marked, a mother's manner, a third-person candidate who reports to someone
    ("Voor ons vertaalbureau zoeken we een vertaalster Duits.", "nl", "gender", "vertaalster"),
    ("Helpster in de huishouding gezocht, twee ochtenden per week.", "nl", "gender", "Helpster"),
    ("Winkelierster gezocht voor onze zaak in Delft.", "nl", "gender", "Winkelierster"),
    ("Schoonmaker (v) voor ons kantoor in Gouda", "nl", "gender", "(v)"),
    ("Driver (male) wanted for night routes", "en", "gender", "(male)"),
    ("Je hebt een vaderlijke uitstraling en neemt graag de leiding.", "nl", "gender", "vaderlijke uitstraling"),
    ("A motherly presence is what our nursery needs from you.", "en", "gender", "motherly presence"),
    ("De nieuwe kandidaat rapporteert aan de directeur; hij stuurt ook het magazijn aan.", "nl", "gender", "hij"),
    ("The appointee reports to the Head of Sales and she will also run the showroom.", "en", "gender", "she"),
    # age
    ("Bezorgers van 17 of 18 jaar gezocht voor de zaterdag.", "nl", "age", "17 of 18 jaar"),
    ("We zoeken studenten van 18-22 jaar voor de zomer.", "nl", "age", "18-22 jaar"),
    ("Your degree must be no more than three years old.", "en", "age", "no more than three years old"),
    ("Je opleiding is maximaal twee jaar oud.", "nl", "age", "maximaal twee jaar oud"),
    ("You completed your studies within the past 18 months.", "en", "age", "within the past 18 months"),
    ("Hooguit een jaar na je afstuderen, dat is wat we zoeken.", "nl", "age", "Hooguit een jaar na je afstuderen"),
    ("Ideal for a labour-market entrant who wants to learn the trade.", "en", "age", "labour-market entrant"),
    ("Je bent een arbeidsmarktstarter met zin in het vak.", "nl", "age", "arbeidsmarktstarter"),
    ("We are not hiring old hands for this role.", "en", "age", "old hands"),
    ("Wij zoeken geen oudgedienden.", "nl", "age", "oudgedienden"),
    ("Applicants with more than 15 years of experience will not be considered.", "en", "age", "15 years"),
    ("Kandidaten met meer dan tien jaar ervaring komen niet in aanmerking.", "nl", "age", "tien jaar ervaring"),
    ("Pas jij in onze ploeg van dertigers?", "nl", "age", "ploeg van dertigers"),
    ("You'd fit in with our team of millennials.", "en", "age", "team of millennials"),
    ("Digital-native attitude required.", "en", "age", "Digital-native"),
    ("We want someone at the start of their career — under 30 preferred.", "en", "age", "under 30"),
    ("Our client, a logistics firm, seeks a young planner.", "en", "age", "young"),
    ("Onze opdrachtgever wenst een jonge kracht voor de administratie.", "nl", "age", "jonge"),
    # health and disability
    ("Your absence record at your last employer must be spotless.", "en", "health", "absence record"),
    ("Je ziekteverzuim bij je huidige werkgever is laag.", "nl", "health", "ziekteverzuim"),
    ("A clean health record is required.", "en", "health", "clean health record"),
    ("Geef in je brief aan of je een chronische ziekte hebt.", "nl", "health", "chronische ziekte"),
    ("Let us know whether you take any medication.", "en", "health", "medication"),
    ("Candidates with a psychiatric history will not be invited.", "en", "health", "psychiatric history"),
    ("Mensen met een visuele beperking verzoeken wij niet te reageren.", "nl", "disability", "visuele beperking"),
    ("Our warehouse is not equipped for wheelchair users.", "en", "disability", "wheelchair users"),
    # appearance
    ("Je bent leuk om te zien en spontaan.", "nl", "appearance", "leuk om te zien"),
    ("Easy on the eye candidates preferred.", "en", "appearance", "Easy on the eye"),
    ("Kledingmaat max. 38 vanwege de uniformen.", "nl", "appearance", "Kledingmaat max. 38"),
    ("Dress size 8-10 for the costume fittings.", "en", "appearance", "Dress size 8-10"),
    ("Je ziet er altijd representatief uit.", "nl", "appearance", "representatief"),
    ("Je hebt een aantrekkelijk uiterlijk en een klantgerichte instelling.", "nl", "appearance",
     "aantrekkelijk uiterlijk"),
    # family
    ("Wij zoeken een gepensioneerd echtpaar voor het beheer van de camping.", "nl", "family", "echtpaar"),
    ("We're after a couple to manage our holiday park.", "en", "family", "couple"),
    ("You don't have family commitments that limit your travel.", "en", "family", "family commitments"),
    ("We want a steady family man for the night shift.", "en", "family", "family man"),
    ("We want a steady family man for the night shift.", "en", "gender", "man"),
    ("Je bent een echte huisvader die van orde houdt.", "nl", "family", "huisvader"),
    ("Je bent kordaat en houdt van duidelijkheid.", "nl", "gender", "kordaat"),
    # origin, language, religion, other
    ("Een Nederlands uiterlijk is een pré.", "nl", "origin", "Nederlands uiterlijk"),
    ("Scandinavian-looking staff wanted for the launch.", "en", "origin", "Scandinavian-looking"),
    ("Sollicitanten van Nederlandse afkomst zijn welkom.", "nl", "origin", "Nederlandse afkomst"),
    ("We welcome candidates of white British heritage.", "en", "origin", "white British heritage"),
    ("Only natives, please.", "en", "language", "natives"),
    ("Natives preferred.", "en", "language", "Natives"),
    ("A devout Catholic would suit this sales role.", "en", "religion", "devout Catholic"),
    ("Geen vrij op islamitische feestdagen.", "nl", "religion", "islamitische feestdagen"),
    ("No time off for Diwali or Eid.", "en", "religion", "time off for Diwali"),
    ("Het houden van de sabbat is in deze functie niet mogelijk.", "nl", "religion", "houden van de sabbat"),
    ("Je bent lid van een politieke partij.", "nl", "other", "lid van een politieke partij"),
    ("Staff are expected to be members of the Green Party.", "en", "other", "members of the Green Party"),
])
def test_flagged(text: str, language: str, category: str, words: str) -> None:
    assert_flagged(text, language, category, words)


@pytest.mark.parametrize(("text", "language", "category", "words"), [
    ("Voor ons vertaalbureau zoeken we een vertaalster Duits.", "nl", "gender", "vertaalster"),
    ("Je hebt een vaderlijke uitstraling en neemt graag de leiding.", "nl", "gender", "vaderlijke uitstraling"),
    ("Pas jij in onze ploeg van dertigers?", "nl", "age", "ploeg van dertigers"),
    ("Applicants with more than 15 years of experience will not be considered.", "en", "age", "15 years"),
])
def test_hard(text: str, language: str, category: str, words: str) -> None:
    assert_hard(text, language, category, words)


@pytest.mark.parametrize(("text", "language"), [
    # -ster words that are no title, a title beside its other form, an inclusive mark, a unit
    ("Het venster van de applicatie toont een monster van de data.", "nl"),
    ("De burgemeester en de minister openen de kerstster-markt.", "nl"),
    ("Vertaler/vertaalster gezocht voor technische teksten.", "nl"),
    ("Verkoper (m/v/x) voor onze winkel", "nl"),
    ("Lengte (m): 1,80 is de maat van de stelling.", "nl"),
    # pronouns listed side by side; the candidate reports to someone who is the "she"
    ("De nieuwe collega (hij, zij of die) krijgt een laptop.", "nl"),
    ("He, she or they will join our sales team.", "en"),
    ("You report to our director, and she will coach you in your first months.", "en"),
    # care duties offered for; "niet mogelijk" about something else
    ("We support staff with caring duties through flexible hours.", "en"),
    ("Thuiswerken is in deze functie niet mogelijk.", "nl"),
    ("Our building is fully equipped for wheelchair users.", "en"),
    # ages of clients, a young fleet, a network, a promise after graduation
    ("Je begeleidt leerlingen van 16 of 17 jaar.", "nl"),
    ("Our app is aimed at students aged 18 to 25.", "en"),
    ("Je maakt campagnes voor klanten tussen 20 en 30 jaar.", "nl"),
    ("Je adviseert jonge klanten over hun eerste hypotheek.", "nl"),
    ("Ons wagenpark is jong: de meeste bussen zijn nieuw.", "nl"),
    ("Our young talent programme is open to every new hire.", "en"),
    ("Within two years after graduation you could lead a team.", "en"),
    ("Your first-aid certificate is no more than 2 years old.", "en"),
    ("Je hebt 15 of 20 jaar ervaring in de bouw.", "nl"),
    # starters and experience, welcomed
    ("Startersfunctie: je krijgt een uitgebreide inwerkperiode.", "nl"),
    ("Geschikt voor starters op de arbeidsmarkt en ervaren krachten.", "nl"),
    ("Not only seasoned professionals but also starters are welcome.", "en"),
    ("Candidates with 10+ years of experience are very welcome.", "en"),
    ("Meer dan vijf jaar ervaring is een pré.", "nl"),
    # health: an offer, the company's own figure, an adjustment, clients' past
    ("Your sick days are paid in full from day one.", "en"),
    ("Ons verzuimpercentage is met 3% laag.", "nl"),
    ("Let us know if you need adjustments for a health condition so that we can help.", "en"),
    ("Je ondersteunt cliënten met een psychiatrisch verleden bij het vinden van werk.", "nl"),
    # things that look presentable, nice to look at, sizes on offer
    ("Je houdt de balie representatief en opgeruimd.", "nl"),
    ("Representatieve werkkleding krijg je van ons.", "nl"),
    ("You keep the reception area presentable.", "en"),
    ("Onze nieuwe showroom is mooi om te zien.", "nl"),
    ("Geef je kledingmaat 38 of 40 door voor je uniform.", "nl"),
    ("Uniforms are provided in dress size 6 to 24.", "en"),
    # "stel" and "couple" that are no couple
    ("Een stel vragen over de functie? Bel ons.", "nl"),
    ("Stel je voor: een baan met uitzicht op zee.", "nl"),
    ("It takes a couple of weeks to learn the system.", "en"),
    # origin: a look of a thing, customers' descent, a lawful nationality
    ("Ons interieur heeft een Scandinavische uitstraling.", "nl"),
    ("Our customers are largely of Dutch descent.", "en"),
    ("Britse nationaliteit is een wettelijke eis voor deze functie.", "nl"),
    ("US citizenship is required by law for this federal contract.", "en"),
    # religion and party in their lawful place, a welcome to all
    ("Als pastor van onze parochie ben je een praktiserend katholiek.", "nl"),
    ("We give everyone time off for religious holidays.", "en"),
    ("We are a family-owned business with family values.", "en"),
    ("Als fractiemedewerker ben je lid van de partij.", "nl"),
    ("As a member of the party's campaign staff you plan events.", "en"),
])
def test_not_flagged(text: str, language: str) -> None:
    findings, _ = lint(text, language)
    assert findings == [], findings
