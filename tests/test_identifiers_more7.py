"""Identifiers in the classes of notation added for the seventh development batch (issue 14: people
typing quickly), each in forms written here, and the look-alikes beside each class that must still
pass: every class needs a second sign of an address, not only a capitalised word and a number."""

from __future__ import annotations

import pytest

from engine.domain.identifiers import find_identifiers

FORMS = [
    # a street word typed apart in lower case
    "Kerk straat 14, Zwolle", "de Dorps laan nr 3", "Prinsen gracht 263",
    # Frisian street endings
    "Tsjerkestrjitte 4, Dokkum", "Mardyk 12", "Skoallepaad 7",
    # "house no." and "huis nr" as labels after a postcode
    "9711 LM house no. 3", "1011 AB huis nr 5",
    # where in the building a home is, after a street without a street word and its number
    "Mariaplaats 3, 2e etage", "Donkere Gaard 5 (boven de winkel)", "Hamburgerbrug 2, bovenwoning",
    "Market Hill 4, 2nd floor",
    # a street named with a preposition and article, or "'t", where a phrase starts
    "Venlo, Op het Veld 12b", "Achter de Kerk 7", "\u2019t Zand 4 Kapelle", "Sittard (Aan de Stegen 2)",
    # a British street "the ..." after "at" and a number
    "she lives at 4 the mews", "at no. 12 the green, Bath",
    # an English address in lower case up to its flat or unit
    "14 station road flat 2", "9 oak ave #3, austin tx", "30 mill ln unit 6",
]

LOOK_ALIKES = [
    # a street word apart that is no street, or followed by a duration
    "Wall street 5 years", "Op weg 2 werk", "Amsterdam laan 3 uur",
    # words ending like a Frisian street followed by a quantity
    "de wei 3 hectare", "grasdyk 2 km",
    # a building part, an office product or a grade before a floor or "boven"
    "Hal 3, 2e etage", "Gebouw 5, 3e etage", "Terminal 2, 1st floor", "Flat 3, 2nd floor", "Kantoor 3, 2e verdieping",
    "Office 365, 1st floor access", "Groep 8 (boven de 12 jaar)", "Python 3 onder de knie",
    "Rotterdam, niet hoger dan 2e verdieping",
    # a preposition and article before a chart, a count or a duration, or in lower case mid-sentence
    "In de Top 40, vooral pop", "Op de Veluwe 3 dagen", "In de Eredivisie 18 clubs", "Bij de Jumbo 2 jaar gewerkt",
    "in 't Veld 2 keer per week", "Over Windows 11, ik wil", "In de Top 2000",
    # "at" a time before a clause
    "meeting at 9 the square is busy", "at 5 the close of business", "leave at 5 the drive is long",
    # numbers with a flat or unit word that are no address
    "team of 5, unit 3", "3 days a week, flat 2 bed",
    # a capitalised word and a version, chapter or score before a town or a product
    "Python 3, Django en Flask", "Java 17, Spring Boot", "Plein 1944 Nijmegen", "huisnummer 12",
]


@pytest.mark.parametrize("text", FORMS)
def test_each_form_is_an_address(text: str) -> None:
    assert [hit.kind for hit in find_identifiers(f"werk in de zorg, {text}")] == ["postcode_house"]


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_look_alikes_pass(text: str) -> None:
    assert find_identifiers(text) == []


@pytest.mark.parametrize(("text", "span"), [
    ("woon in de Kerk straat nummer 9 dus", "Kerk straat nummer 9"),
    ("Zwolle (Op de Berg 12)", "Op de Berg 12"),
    ("im at 7 the grove so close by", "at 7 the grove"),
    ("Oudegracht, Jansveld 31, 3e etage", "Jansveld 31, 3e etage"),
])
def test_each_is_found_where_it_is(text: str, span: str) -> None:
    assert [text[hit.start:hit.end] for hit in find_identifiers(text)] == [span]


def test_new_forms_deep_in_a_long_page_are_found() -> None:
    """The new forms are read inside ``number_reaches``: far into a page, a prefix or a floor next
    to the number is still within reach, and a prefix mid-sentence in lower case is not read."""
    filler = "Het weer was goed en de wedstrijd eindigde gelijk, tot ieders verbazing. " * 12
    for address in ("Op de Bies 3", "Neude 11, 2e etage", "221 elm st apt 3b"):
        text = f"{filler}Schrijf naar: {address}; {filler}"
        hits = [text[hit.start:hit.end] for hit in find_identifiers(text) if hit.kind == "postcode_house"]
        assert hits == [address], (address, hits)
    assert find_identifiers(f"{filler}wij wonen op de Bies 3 {filler}") == []
