"""Identifiers in the classes of notation added for the sixth development batch (issue 14), each in
forms written here, and the look-alikes beside each class that must still pass."""

from __future__ import annotations

import pytest

from engine.domain.identifiers import find_identifiers

FORMS = {
    "postcode_house": [
        # a postcode with a hyphen or with its letters spaced; a number after it and a slash
        "3072-KL Rotterdam, huisnummer 8", "postcode 6821-BE nr 3", "1097 D J, huisnummer 12", "6511 PK / 7",
        "2311 XK/ 19b",
        # a postcode and town, then the street and number
        "9712 GL Groningen Grote Markt 1", "3011 AD Rotterdam, Oude Haven 9",
        # a house letter apart from its number after a street without a street word
        "Brink 12 B", "Dorp 3 A, Winsum",
        # a labelled number of a street
        "nr 4 aan de Kerkweg", "huisnummer 7 in de Molenstraat", "no. 12 on Baker Street",
        # a street named after a year, its number labelled
        "Laan 1940-1945 nr 3", "Plein 1813 no. 4b",
        # American addresses up to the flat or unit, British ones with a range of numbers
        "55 E 10th Ave, Apt 4B", "10 Main St Suite 200", "77 Elm Dr., Unit 5", "3-5 Hill Rd",
        # a German street and number without a postcode
        "Münchener Str. 12", "Frankfurter Straße 8a",
    ],
    "phone": [
        # digits read out from the 0, partly or wholly in words
        "nul zes een twee 34 56 78", "zero six 98 76 54 32", "bel nul zes vijf vijf 12 34 56",
        # North American numbers in their own notation; British geographic numbers
        "(646) 555-0199", "212.555.0199", "503-555-0172", "01632 960123", "020 7946 0999",
        # the national 0 in brackets with spaces on both sides
        "0031 (0) 6 9876 5432", "+44 (0) 161 496 0999",
    ],
    # a URL without a scheme or "www."
    "url_identifier": ["example.nl/profiel/0612345678", "mijn-cv.nl/kandidaat?tel=0687654321"],
}
CASES = [(kind, text) for kind, texts in FORMS.items() for text in texts]

LOOK_ALIKES = [
    # a number and a letter after a word that is no street
    "Vitamine 12 B", "Formule 1 A", "Hal 7 B", "Groep 8 A", "Windows 10 S",
    # a labelled number of something that is no street
    "nummer 1 van de Eredivisie", "nr. 3 op de ranglijst", "number 1 in the Premier League", "no. 5 on the list",
    # a year with a label after a word that is no street, a year-named street alone
    "Revit 2024 nr. 3", "Laan 1940-1945", "Plein 1813 en omgeving",
    # a postcode and town followed by a building part or hours
    "9712 GL Groningen Gebouw 5", "1012 AB Amsterdam 40 uur", "2024-EU regels", "postcodes 1234-1299",
    # an ordinal in a street's name, a neighbourhood named after a street
    "2e Hugo de Grootstraat", "rond de 1ste Jacob van Campenstraat", "3e Oosterparkstraat-buurt",
    # ten digits that are no North American number, dates and references
    "tel 123 456 7890", "ref 2024.555.0123", "order 12-34-5678", "01-02-2027 tot 03-04-2027",
    # number words that are no phone number
    "nul problemen, zes keer per week", "zero tolerance, six sigma", "oh well, one or two",
    # bare domains with a path that carries nothing
    "kijk op werk.nl/vacatures", "Node.js/React developer", "werken met S/4HANA, sap.com/nl",
]


@pytest.mark.parametrize(("kind", "text"), CASES, ids=[f"{k}-{t}" for k, t in CASES])
def test_each_form_is_found_as_its_kind(kind: str, text: str) -> None:
    assert [hit.kind for hit in find_identifiers(f"werk in de zorg, {text}")] == [kind]


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_look_alikes_pass(text: str) -> None:
    assert find_identifiers(text) == []


@pytest.mark.parametrize(("text", "span"), [
    ("home: 88 W 21st St #4A, Chicago", "88 W 21st St #4A"),
    ("ik woon in de 2e Helmersstraat 14", "Helmersstraat 14"),
    ("whatsapp nul zes 12 34 56 78 graag", "nul zes 12 34 56 78"),
    ("call me on (646) 555-0199 tonight", "(646) 555-0199"),
])
def test_each_is_found_where_it_is(text: str, span: str) -> None:
    assert [text[hit.start:hit.end] for hit in find_identifiers(text)] == [span]


def test_a_spoken_number_is_found_in_a_text_without_a_digit() -> None:
    text = "bel me op nul zes een twee drie vier vijf zes zeven acht"
    assert [hit.kind for hit in find_identifiers(text)] == ["phone"]


def test_new_address_forms_deep_in_a_long_page_are_found() -> None:
    """The new forms are read inside ``number_reaches`` too: far into a page, a label or a town
    before the number is still within reach."""
    filler = "Het weer was goed en de wedstrijd eindigde gelijk, tot ieders verbazing. " * 12
    for address in ("nr 4 aan de Kerkweg", "9712 GL Groningen Grote Markt 1", "Plein 1813 no. 4b", "Brink 12 B"):
        text = f"{filler}Schrijf naar {address}; {filler}"
        hits = [text[hit.start:hit.end] for hit in find_identifiers(text) if hit.kind == "postcode_house"]
        assert hits == [address], (address, hits)

