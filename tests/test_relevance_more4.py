"""Relevance, fourth development batch (issue 13): pages that use words of a job for something
else get no ad and no bid, and pages about the work still get theirs.

Classes, each with forms written for this file (not taken from the batch) and look-alikes that
must still be served:

- an activity, field or object word of an occupation ("repareren", "plumbing", "repairing") on
  a page that is not about work is a hobby, not a link, unless the page names a person or
  workplace of that field where it says what it is about ("verpleegkunde" beside "ziekenhuis");
- a page about studying (exams, semesters, admissions, pupils: more words of learning than of
  work) names subjects, not work on offer;
- an English occupation word written as a verb ("how to cook", "you can nurse") is doubtful.
"""

from __future__ import annotations

import pytest
from flask import Flask
from flask.testing import FlaskClient

from engine.domain.relevance import Floor, page_and_study
from engine.domain.signals import ContextSignals
from engine.domain.taxonomy import load_taxonomy
from engine.domain.work_words import names_activity
from engine.nlp.components.senses import CONTEXT
from engine.web.runtime import get_runtime


def _page(title: str, keywords: list[str], language: str, text: str) -> dict:
    return {"title": title, "keywords": keywords, "language": language, "text": text}


HOBBY = {
    "repair_nl": _page("Zelf je wasmachine repareren: de pomp schoonmaken",
        ["repareren", "wasmachine", "doe-het-zelf"], "nl",
        ("Pompt je wasmachine het water niet meer weg? Vaak zit er gewoon een sok of een munt in het"
         " pompfilter. Zet de machine uit, leg een handdoek klaar en draai het klepje onderaan open."
         " Laat het water in een bakje lopen en haal het filter eruit. Spoel het af onder de kraan "
         "en draai het weer vast. Gaat het daarna nog mis, dan is de pomp zelf stuk en kun je een "
         "nieuwe bestellen voor een paar tientjes.")),
    "plumbing_en": _page("Repairing a dripping kitchen tap in twenty minutes",
        ["plumbing", "DIY", "kitchen tap"], "en",
        ("A dripping tap wastes hundreds of litres a year, and the fix usually costs less than a "
         "coffee. Turn off the water under the sink, open the tap to let the pressure out and "
         "unscrew the handle. Inside you will find a worn washer or cartridge. Take it to the "
         "hardware store so you buy the right size, fit the new one, and put everything back "
         "together. Plumbing at home is mostly patience and a towel on the floor.")),
}
STUDY = {
    "exam_week_nl": _page("Tentamenweek informatica: zo oefen je Python en SQL",
        ["tentamen", "Python", "SQL"], "nl",
        ("Volgende week zijn de tentamens van het eerste semester. Veel studenten vinden vooral de "
         "programmeeropdrachten lastig. Oefen elke dag een uur met oude tentamens: schrijf een "
         "Python-functie die een lijst sorteert en een SQL-query met een join. Werk samen met "
         "medestudenten en vraag de student-assistent om feedback op je code. Slaap goed de nacht "
         "voor het tentamen.")),
    "open_evening_en": _page("Open evening for Year 6 families: meet our teachers",
        ["open evening", "admissions", "secondary school"], "en",
        ("Families of pupils in Year 6 are warmly invited to our open evening on 3 October. Walk "
         "through the science labs, watch a drama rehearsal and meet the teachers of every subject. "
         "The head will talk about our curriculum, homework and how we support new pupils in their "
         "first term. Admissions forms are due by 31 October; places are offered in March.")),
}
VERB = {"rice_en": _page("How to cook perfect basmati rice every time",
        ["rice", "recipe", "basmati"], "en",
        ("Rinse the rice until the water runs clear. Use one and a half cups of water for each cup "
         "of rice, bring it to the boil, then turn the heat right down. You can cook it with a pinch"
         " of salt and a bay leaf. Leave the lid on for twelve minutes, then let it rest for five. "
         "Fluff it with a fork and serve."))}
SERVED = {
    "ward_diary_nl": (_page("Mijn eerste late dienst op de afdeling cardiologie",
        ["verpleegkunde", "ziekenhuis", "late dienst"], "nl",
        ("Om drie uur begint mijn dienst. Eerst de overdracht: wie heeft pijn op de borst gehad, wie"
         " gaat morgen naar huis. Daarna ronde langs de patienten, medicatie delen, een infuus "
         "wisselen en de telemetrie in de gaten houden. Verpleegkunde is meer dan handelingen: je "
         "ziet hoe iemand zich voelt. Tegen elven draag ik alles over aan de nacht.")), "demo-005"),
    "gardener_wanted_nl": (_page("Werken in het groen: hovenier gezocht",
        ["hovenier", "vacature", "tuinaanleg"], "nl",
        ("Wij zoeken een collega die van tuinieren zijn vak heeft gemaakt. Je legt tuinen aan, "
         "snoeit hagen en onderhoudt het groen bij bedrijven en particulieren. Je werkt in een klein"
         " team, met een eigen bus en goed gereedschap. Een salaris volgens de cao en een vaste "
         "werkweek van vier dagen.")), "demo-034"),
    "teacher_wanted_nl": (_page("Vacature: leerkracht groep 5/6",
        ["leerkracht", "basisonderwijs", "vacature"], "nl",
        ("Onze school zoekt een enthousiaste leerkracht voor groep 5/6. Je werkt samen met een duo-"
         "collega en geeft les aan 27 leerlingen. Onze leerlingen leren graag buiten, en we toetsen "
         "zo weinig mogelijk. Het gaat om een baan van drie dagen per week, salaris volgens de cao "
         "primair onderwijs.")), "demo-015"),
}

def _bid(client: FlaskClient, context: dict) -> int:
    content = {k: v for k, v in context.items() if k in ("title", "keywords", "language")}
    content["keywords"] = ",".join(content.get("keywords") or [])
    request = {"id": "r1", "imp": [{"id": "1", "banner": {"w": 300, "h": 250}}],
               "site": {"page": "https://www.example.nl/artikel", "content": content}}
    return client.post("/openrtb2/bid", json=request).status_code


def _ads(client: FlaskClient, context: dict) -> list[str]:
    response = client.post("/v1/render", json={"context": context, "count": 3})
    body = response.get_json()
    assert response.status_code == 200 and body is not None, body
    return [ad["vacancy_id"] for ad in body["ads"]]


@pytest.mark.parametrize("context", [*HOBBY.values(), *STUDY.values(), *VERB.values()],
                         ids=[*HOBBY, *STUDY, *VERB])
def test_a_hobby_a_school_page_or_a_verb_gets_no_ad_and_no_bid(client: FlaskClient, context: dict) -> None:
    assert _ads(client, context) == []
    assert _bid(client, context) == 204


@pytest.mark.parametrize(("context", "expected"), list(SERVED.values()), ids=list(SERVED))
def test_pages_about_the_work_are_still_served(client: FlaskClient, context: dict, expected: str) -> None:
    assert expected in _ads(client, context)


def test_an_activity_word_is_a_term_that_names_no_person() -> None:
    taxonomy = load_taxonomy()
    terms = {c: taxonomy[c].folded_terms for c in ("occ.mechanic", "occ.nurse", "occ.biology_teacher",
                                                   "occ.dairy_farmer", "occ.carpenter")}
    assert names_activity("Repareren", terms["occ.mechanic"])
    assert names_activity("verpleegkunde", terms["occ.nurse"])
    assert names_activity("dairy farming", terms["occ.dairy_farmer"])
    assert not names_activity("verpleegkundige", terms["occ.nurse"])  # the person
    assert not names_activity("verpleegkundigen", terms["occ.nurse"])  # a plural is no term itself
    assert not names_activity("docent biologie", terms["occ.biology_teacher"])  # person + field
    assert not names_activity("timmerman", terms["occ.carpenter"])


def test_a_page_is_about_studying_when_learning_outweighs_work() -> None:
    floor = Floor()
    pupils = "De leerlingen van de brugklas krijgen huiswerk en een toets; het examen komt later. " * 5
    assert page_and_study(ContextSignals(text=pupils, language="nl"), floor)[2] is True
    vacancy = ("Vacature: wij zoeken een leerkracht. Je werkt met collega's en leerlingen; "
               "salaris volgens de cao, een baan van vier dagen en een fijne werkplek. ") * 4
    assert page_and_study(ContextSignals(text=vacancy, language="nl"), floor)[2] is False
    one = "The students visit the museum and write about the paintings they liked best. " * 5
    assert page_and_study(ContextSignals(text=one, language="en"), floor)[2] is False  # one word of study


def test_an_occupation_written_as_a_verb_is_doubtful(app: Flask) -> None:
    analyzer = get_runtime(app).ads.plainsight.analyzer

    def doubt(text: str, word: str) -> str | None:
        return next(h.doubt for h in analyzer.concepts(text, "en", remember=False) if h.text.lower() == word)

    assert doubt("With patience you can nurse the plant back to health.", "nurse") == CONTEXT
    assert doubt("Learn how to cook rice in one pan.", "cook") == CONTEXT
    assert doubt("The nurse on duty checks the drip every hour.", "nurse") is None
    assert doubt("Our cook bakes fresh bread every morning.", "cook") is None
