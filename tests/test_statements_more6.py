"""Statements written the ways the sixth development batch showed, in forms written for these tests
(not copied from the batch): each class of phrasing goes whole, and the look-alikes beside each
class (a credit union, LGBT youth work, a union job, "Labour ward") stay as written."""

from __future__ import annotations

import pytest

from engine.domain.statements import drop_statements


@pytest.mark.parametrize(("text", "interest", "kind"), [
    # run on from an interest that names no occupation: the cut needs only a clause about the work
    ("want kitchen work im gay if that matters", "want kitchen work", "sexuality"),
    ("zoek werk in de schoonmaak ben lid van de FNV", "zoek werk in de schoonmaak", "union"),
    # a condition goes whole with the statement it sets
    ("Happy to do warehouse shifts as long as they are fine with my hearing aid", "Happy to do warehouse shifts",
     "health"),
    ("Graag een baan als kassamedewerker mits ze geen bezwaar hebben tegen mijn hoofddoek",
     "Graag een baan als kassamedewerker", "religion"),
    # a Dutch subordinate clause puts the verb last: "omdat ik doof ben"
    ("Ik zoek werk in de tuin, omdat ik doof ben liefst buiten", "Ik zoek werk in de tuin", "health"),
])
def test_run_ons_conditions_and_subordinate_clauses(text: str, interest: str, kind: str) -> None:
    cleaned = drop_statements(text)
    assert cleaned.text == interest and kind in cleaned.dropped


@pytest.mark.parametrize(("text", "interest", "kind"), [
    ("Accountant in my sixth decade, open to interim roles", "Accountant, open to interim roles", "age"),
    ("Op mijn 58e zoek ik nog een baan als chauffeur", "zoek ik nog een baan als chauffeur", "age"),
    ("Ik ben al een dagje ouder maar wil graag als conciërge werken", "wil graag als conciërge werken", "age"),
    ("Shop assistant, currently expecting, so no heavy lifting", "Shop assistant", "pregnancy"),
    ("Kindly consider me for data entry, I am in the family way", "Kindly consider me for data entry", "pregnancy"),
    ("Care assistant roles, my dad's poorly so I can't do nights", "Care assistant roles, I can't do nights",
     "health"),
    ("I am unmarried and searching for accounts job", "searching for accounts job", "family"),
    ("I live with my grandparents, looking for weekend work", "looking for weekend work", "family"),
])
def test_age_pregnancy_health_and_family_said_indirectly(text: str, interest: str, kind: str) -> None:
    cleaned = drop_statements(text)
    assert cleaned.text == interest and kind in cleaned.dropped


@pytest.mark.parametrize(("text", "interest", "kind"), [
    ("gay and proud, looking for retail work", "looking for retail work", "sexuality"),
    ("Barber, not the marrying kind, looking for a chair to rent", "Barber, looking for a chair to rent",
     "sexuality"),
    ("Waiter, my passport still says female because I'm trans", "Waiter", "gender_identity"),
    ("Zoek werk als kok, mijn papieren staan nog op mijn oude naam", "Zoek werk als kok", "gender_identity"),
    ("Transfem software tester seeking remote work", "software tester seeking remote work", "gender_identity"),
    ("Genderqueer copywriter looking for agency roles", "copywriter looking for agency roles", "gender_identity"),
])
def test_sexuality_and_gender_identity(text: str, interest: str, kind: str) -> None:
    cleaned = drop_statements(text)
    assert cleaned.text == interest and kind in cleaned.dropped


@pytest.mark.parametrize(("text", "interest"), [
    ("Ghanaian-born midwife seeking NHS roles", "midwife seeking NHS roles"),
    ("Turkish-born chef looking for kitchen work", "chef looking for kitchen work"),
    ("I'm Turkish-Dutch and looking for admin work", "looking for admin work"),
    ("Data analyst, originally from Lagos, looking for remote roles", "Data analyst, looking for remote roles"),
    ("Black British engineer looking for graduate schemes", "engineer looking for graduate schemes"),
    ("Polish, living in the UK 12 years, looking for factory work", "looking for factory work"),
    ("Warehouse lead, I grew up in Romania", "Warehouse lead"),
])
def test_origin(text: str, interest: str) -> None:
    cleaned = drop_statements(text)
    assert cleaned.text == interest and cleaned.dropped == ("origin",)


@pytest.mark.parametrize(("text", "interest", "kind"), [
    ("Lasser, lid van het ACV, zoek werk in Gent", "Lasser, zoek werk in Gent", "union"),
    ("Plumber, Teamsters card-carrying for 20 years, looking for union jobs", "Plumber, looking for union jobs",
     "union"),
    ("Ik ben jarenlang syndicaal afgevaardigde geweest, zoek job als magazijnier", "zoek job als magazijnier",
     "union"),
    ("Teacher, right-leaning, looking for work", "Teacher, looking for work", "political"),
    ("Barman, lid van de Vlaams Belang, zoek werk in Antwerpen", "Barman, zoek werk in Antwerpen", "political"),
    ("Forklift driver, have a felony from 2012, looking for work", "Forklift driver, looking for work",
     "criminal_record"),
    ("Looking for warehouse work; arrested for theft years ago, nothing since", "Looking for warehouse work",
     "criminal_record"),
    ("Painter, I've had some trouble with the police but that's behind me", "Painter", "criminal_record"),
    ("Ik heb problemen gehad met justitie, zoek werk als schilder", "zoek werk als schilder", "criminal_record"),
    ("Receptionist, I'm a Seventh-day Adventist so no Saturdays", "Receptionist", "religion"),
])
def test_unions_parties_records_and_faiths(text: str, interest: str, kind: str) -> None:
    cleaned = drop_statements(text)
    assert cleaned.text == interest and kind in cleaned.dropped


@pytest.mark.parametrize(("text", "interest"), [
    ("Admin, I'm in a choir at church on Sundays so weekdays only", "Admin, weekdays only"),
    ("Kok, ik ben transgender, dus een rustige werkplek graag", "Kok, een rustige werkplek graag"),
])
def test_a_work_condition_that_follows_from_a_statement_stays(text: str, interest: str) -> None:
    assert drop_statements(text).text == interest


@pytest.mark.parametrize("text", [
    "Credit union member services adviser, hybrid",
    "Credit union teller, part-time",
    "Electrician seeking union work in Chicago",
    "Prospect research officer at a university",
    "Employment lawyer, pregnancy discrimination and equal pay cases",
    "Youth worker for LGBT youth in Leeds",
    "Begeleider voor LHBTI-jongeren in Utrecht",
    "Delivery driver, available after the summer",
    "Expecting to graduate in June, looking for junior developer roles",
    "Chef, originally a pastry cook, looking for head chef roles",
    "Living in Utrecht, looking for work as a gardener",
    "Fitness instructor in my first decade of teaching classes",
    "Labour ward midwife looking for band 6 roles",
    "Polishing and detailing cars, looking for valeting work",
    "Interpreter, Turkish-Dutch, for courts and hospitals",
    "Sales rep for a British-American tobacco company",
    "Price tag labelling and stock work in a supermarket",
])
def test_lookalikes_stay_as_written(text: str) -> None:
    cleaned = drop_statements(text)
    assert cleaned.text == text and cleaned.dropped == ()
