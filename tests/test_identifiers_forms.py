"""Identifiers in the further forms people type them, each kind in several, refused by the API with
the field named; and the look-alikes beside them (road numbers, platforms, years, codes) accepted."""

from __future__ import annotations

import pytest
from flask import Flask

from engine.domain.consent import CONSENT_TEXT_VERSION, PURPOSE
from engine.domain.identifiers import find_identifiers, strip_url
from tests import test_identifiers_classes as classes
from tests import test_identifiers_more5 as more5

CONSENT = {"given": True, "purpose": PURPOSE, "text_version": CONSENT_TEXT_VERSION}

FORMS = {
    "email": ["noor.dev9[@]live[.]nl", "sanne@telenet punt be", "pjansen@ gmail.com", "p.jansen [at] outlook [.] com",
              "piet punt jansen at gmail punt com", "jan.de.vries AT live DOT nl", "kees(a)ziggo.nl",
              "kees.bakker (a) gmail.com", "lisa{a}outlook.com", "jan . de . vries @ hotmail . nl", "jan@hotmail . com",
              "p.devries at uu . nl", "kees bij hotmail.com", "k.bakker bij bedrijf punt nl", "anna＠gmail.com"],
    # 06 and eight digits, also in ranges not handed out yet (libphonenumber calls those invalid)
    "phone": ["06-77152619", "06 - 01 33 65 85", "0671135325", "06/12345678", "0031 (0)6 12345678", "+32 475 12 34 56"],
    "postcode_house": [
        "8855LZ29", "1334el163", "Leiden, 4444rp, nr 11", "9255 KP nummer 215", "1380 CG Nijmegen, huisnummer 11",
        "lindelaan 240 6580mb", "Spoorsingel 34", "Kerkstraat 206b, Alkmaar", "Spoorsingel 17 hs, 8882 XP",
        "Oude Rijn 149 bis", "Oude Rijn 24b, Almere", "Nieuwe Gracht 232-III", "Laan van Meerdervoort 55",
        "Bondgenotenlaan 32, 3000 Leuven", "3500 Hasselt, Steenweg 36", "Meir 50, 2000 Antwerpen",
        "Rue de la Loi 16", "221B Baker Street", "Grote Markt 12 bus 3, 1000 Brussel",
        "Stationsplein 3 app. 4, 3511 AB", "3511 AB 12 bus 3",
        # a PO box with its postcode delivers to its holder: in a candidate's field, the candidate
        "Postbus 77, 9700 AB Groningen", "P.O. Box 512, 2501 CM Den Haag", "postbus 3 1000AA"],
    "url_identifier": ["https://wa.me/31608418968", "https://cv.example.com/kandidaat?telefoon=0675089718&regio=utrecht",
                       "https://www.google.nl/maps/place/Kerkstraat+12,+3511+AB+Utrecht/@52.1,5.1,17z"],
}
CASES = [(kind, text) for kind, texts in FORMS.items() for text in texts]

LOOK_ALIKES = [
    # a record's UUID in a URL path (ESCO's occupation URIs): its digits are no phone number
    "http://data.europa.eu/esco/occupation/9905cc76-d48b-49b1-94ab-17becb30be1a",
    "https://jobs.example.nl/v/6188bf20-5cdb-4702-af72-2cb67ec39810/apply",
    "Utrecht Centraal, spoor 5", "perron 3b", "A12 richting Utrecht", "afslag 17 van de A2", "tramlijn 4 en metro E",
    "Schiphol, terminal 3", "groep 8", "Band 5-6", "Stationsweg 2024", "Dorpsstraat 12:00 afspraak",
    "Coolsingel 40 uur per week", "Parkstraat 2 keer per week", "Leiden, Stationsweg", "vlakbij de Coolsingel",
    "Brussel 1000 of Antwerpen 2000", "Eindhoven 5600 AA", "postcodes 3500-3599", "1,0 fte, 40 uur",
    "Windows 11 / Office 365", "Python 3.11 en Django 4.2", "artikelcode 9855 38 091", "vacaturenummer 458461195",
    "support engineer @ scale-ups", "marketing @ Booking.com", "Postbus 1234",
    # an "at" or a dot written out, where no address follows
    "@GreenCityNL account", "social media @ home", "info bij de receptie", "werken bij gemeente Utrecht punt",
    "werken bij werkenbijdepolitie punt nl", "werken bij bol.com", "stage bij ziggo.nl", "werken bij home.nl",
    "optie (a) zorg.nl of (b) welzijn.nl", "work at home . Now", "I live at home . No car", "werken bij ons . nl team",
    # a bus line, a "+" in a URL path that joins words
    "lijn 5 bus 2", "Tram 5 bus 2 richting centrum", "https://example.com/jobs/c++-developer",
    "https://www.google.com/maps/place/Utrecht+Centraal", "https://x.example/jobs/32+uur+per+week",
]


# The forms and look-alikes of every batch's classes (test_identifiers_classes: the fourth
# development batch; test_identifiers_more5: the fifth), checked by the same two tests.
ALL_CASES = CASES + classes.CASES + more5.CASES
ALL_LOOK_ALIKES = LOOK_ALIKES + classes.LOOK_ALIKES + more5.LOOK_ALIKES


@pytest.mark.parametrize(("kind", "text"), ALL_CASES, ids=[f"{k}-{t}" for k, t in ALL_CASES])
def test_each_form_is_found_as_its_kind(kind: str, text: str) -> None:
    assert [hit.kind for hit in find_identifiers(f"werk in de zorg, {text}")] == [kind]


@pytest.mark.parametrize("text", ALL_LOOK_ALIKES)
def test_look_alikes_pass(text: str) -> None:
    assert find_identifiers(text) == []


def test_an_address_in_a_maps_path_is_cut() -> None:
    url = "https://www.google.nl/maps/place/Kerkstraat+12,+3511+AB+Utrecht/@52.1,5.1,17z?hl=nl"
    assert strip_url(url) == "https://www.google.nl/maps/place/@52.1,5.1,17z?hl=nl"


def test_a_phone_number_without_its_plus_in_a_url_path_is_cut() -> None:
    assert strip_url("https://wa.me/31608418968/chat?x=1") == "https://wa.me/chat?x=1"
    assert strip_url("https://a.example/jobs/12345678901") == "https://a.example/jobs/12345678901"  # no number


@pytest.mark.parametrize(("field", "text"), [
    ("interests", "kok, mail noor.dev9[@]live[.]nl"), ("interests", "barista, bel 06 - 01 33 65 85"),
    ("location", "Spoorsingel 34 bis"), ("location", "Bondgenotenlaan 32, 3000 Leuven"), ("location", "8855LZ29"),
    ("interests", "zie https://wa.me/31608418968"),
])
def test_the_api_refuses_them_naming_the_field(fresh_app: Flask, field: str, text: str) -> None:
    response = fresh_app.test_client().post("/v1/preferences",
                                            json={"preferences": {field: text}, "consent": CONSENT})
    assert response.status_code == 422, response.json
    error = response.json["error"]
    assert error["code"] == "identifier_refused" and error["field"] == f"preferences.{field}"
    assert text not in response.get_data(as_text=True)
