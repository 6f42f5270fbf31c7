"""Identifiers in the classes of notation added for the fifth development batch (issue 14), each in
forms written here, and the look-alikes beside each class that must still pass.
The forms and look-alikes are checked by test_identifiers_forms.py's two tests, with every other
batch's; this file keeps the tables and the checks only the fifth batch's classes need."""

from __future__ import annotations

from engine.domain.identifiers import find_identifiers, url_carries_identifier

FORMS = {
    "postcode_house": [
        # a street glued to its number; "Hs." as an addition
        "Lindelaan7 Zeist", "Beukenweg23a", "Vondelstr.8 Leiden", "Kastanjelaan 9 Hs.",
        # a range of house numbers before a postcode
        "Havenstraat 3 t/m 9, 1506 RT Zaandam", "Beek 2-6, 6511 AB", "Plein 10 - 12, 2511 CR",
        # a house number after the postcode and a comma
        "Zwolle 8011 PK, 7-B", "pc 5611 AZ, 31", "6811 KL, 22 | Arnhem",
        # a unit with a floor dot
        "Stationsplein 4 unit 3.05, 3511 ED",
        # German addresses
        "Lindenstraße 14, 50674 Köln", "Bahnhofstr. 3, 48143 Münster", "Goetheallee 7a, 37073 Göttingen",
        "Kölner Straße 201, D-40227 Düsseldorf",
        # British addresses, abbreviated, spanning to their postcode
        "14 Mill Ln, CB2 3QZ", "221B Baker St, NW1 6XE", "7 Elm Rd", "3 Rose Cres, Leeds, LS6 2AB",
    ],
    # a lower-case word typed against the end of a phone number
    "phone": ["app me op 0698765432pls", "0612345679ofzo", "+31 6 1234 5679bedankt"],
}
CASES = [(kind, text) for kind, texts in FORMS.items() for text in texts]

LOOK_ALIKES = [
    # glued street words that are names or codes, not addresses
    "Weg2Werk traject", "Straat3D artiesten", "Laan4Life stichting",
    # ranges and numbers after a postcode that are no house
    "postcodes 1011 t/m 1019", "2511 CV, 3e etage", "1234 AB, 2 kinderen thuis", "3512 AB, 15 km fietsen",
    # rooms and floors with dots, unit names without a street
    "Room 2.14, Building 5", "Unit 12B, Westpoort", "Hal 3, stand 3.21",
    # German look-alikes: money, a postcode alone, a street alone
    "Arbeitsplatz 5, 12345 Euro", "10115 Berlin Mitte", "Hauptstraße in Kleve",
    # British look-alikes: postcodes alone, numbered things before capitalised words
    "SW1A area", "M13 Manchester", "Apollo 13 St Louis fans", "Level 3 NVQ",
    # numbers glued to letters mixed with digits are codes
    "ref 0612345678ab01", "SKU0612345678abc",
]


def test_a_british_address_spans_to_its_postcode() -> None:
    text = "post to 5 Queen Sq, BS1 4JQ please"
    [hit] = find_identifiers(text)
    assert text[hit.start:hit.end] == "5 Queen Sq, BS1 4JQ"


def test_a_whatsapp_link_with_a_british_mobile_in_a_reserved_range_carries_it() -> None:
    assert url_carries_identifier("https://wa.me/447700900123")
    assert not url_carries_identifier("https://example.com/447700")
