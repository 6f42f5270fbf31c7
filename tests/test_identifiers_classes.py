"""Identifiers in the classes of notation added for the fourth development batch (issue 14), each in
forms written here, and the look-alikes beside each class that must still pass.
The forms and look-alikes are checked by test_identifiers_forms.py's two tests, with every other
batch's; this file keeps the tables and the checks only the fourth batch's classes need."""

from __future__ import annotations

from engine.domain.identifiers import find_identifiers

FORMS = {
    # house-number additions glued or Roman, a label or a line break between street and number
    "postcode_house": [
        "Prinsengracht 12hs", "Dorpsstraat 4bg, 2311 XK", "Lange Voorhout 3 II", "Kanaalweg nr 17",
        "Industrieweg huisnummer 3a", "Molenstraat\n14\nHoorn", "Hoofdweg\n12 b", "pc 2311 XK / nr 9",
        "postcode 2311XK; huisnummer 40",
        # the number before the street, also inside a sentence
        "ik woon op 14 Julianalaan, Zeist", "my flat is at 9 Van Speijkstraat in Den Haag", "3 molenweg, Putten",
        # a bare street word after a capitalised word; "baan", "vaart"; shortened endings
        "Nieuwe Kade 7", "Lange Gracht 41-a", "Hoge Weg 3", "Rijnbaan 40", "Zuidervaart 2", "Kerkstr. 5",
        "Dorpsln 3", "burg. jansenln 14",
        # a house number given by what it is next to
        "woonwagen tegenover nummer 23", "houseboat across from no. 9", "schuin t.o. 31, Zaandam", "naast nr. 2b",
    ],
    # phone separators: dashes of every width; a neighbour's mobile; the country code stated apart
    "phone": ["06\u20131234\u20135678", "06\u20141234 5678", "bel 0477 23 45 67", "0475/98.76.54",
              "Handy 0151 23456789", "mobile 07911 123456", "(+31) 6 8765 4321", "landcode +31, nummer 6-12345678"],
    # BSN notations: hyphen groups, and any grouping after its label
    "bsn": ["123-456-782", "12-34-56-782", "bsn: 1 2 3 4 5 6 7 8 2", "BSN nr 12/34/56/782",
            "burgerservicenummer 123_456_782"],
    "iban": ["NL91-ABNA-0417-1643-00", "be68-5390-0754-7034"],
}
CASES = [(kind, text) for kind, texts in FORMS.items() for text in texts]

LOOK_ALIKES = [
    # a number before a street that is a line, an exit, a room, a duration or a motorway
    "bus 55 Stationsweg", "lijn 12 Kerkstraat", "afslag 17 Rijksweg", "kamer 12 Stationsweg", "3 Nieuwe Snelweg",
    "op 5 min van de Stationsweg", "12 km snelweg per dag", "2 Oude Singels", "na 2 Kerkstraten",
    # sports lanes and careers, a capitalised street word followed by a duration
    "loopbaan 2", "rijbaan 3 afgesloten", "Grote Markt 40 uur", "Lange Gracht 4 keer per week",
    # "next to" a number of things, not a house
    "naast 2 collega's werken", "tegenover 3 scholen", "next to 4 other staff", "Lincoln 3 series",
    # dashed numbers that are dates, codes or references; references that fail the checks
    "15-01-2027", "certificate 5520-1187-33", "order 123-456-789", "ISBN 978-90-274-3963-0",
    "bsn 1 2 3 4 5 6 7 8 3", "IBAN NL91-ABNA-0417-1643-01", "item 061234567", "+31 klanten, 612345678 views",
    "werk 06:00\u201314:30", "0800\u20131234567",
]


def test_a_street_and_number_inside_a_sentence_is_found_where_it_is() -> None:
    text = "magazijnwerk, ik zit op 7 Lindelaan dus Utrecht is dichtbij"
    [hit] = find_identifiers(text)
    assert text[hit.start:hit.end] == "7 Lindelaan"


def test_an_address_deep_in_a_long_page_is_found_where_it_is() -> None:
    """A page is read only around its numbers (``number_reaches``): an address far from the start,
    at the very end, or with its street a few words before the number is still found whole, and
    a number far from any street word is still no address."""
    filler = "Het weer was goed en de wedstrijd eindigde gelijk, tot ieders verbazing. " * 12
    for address in ("Bondgenotenlaan 32", "Oude Singel 88-c", "9712 GL, 16-A", "7 Lindelaan"):
        for text in (f"{filler}Schrijf naar {address}. {filler}", f"{filler}{filler}{address}",
                     f"{address} {filler} In 2024 won de club 3 keer."):
            hits = [text[hit.start:hit.end] for hit in find_identifiers(text) if hit.kind == "postcode_house"]
            assert hits == [address], (address, hits)
    assert find_identifiers(f"{filler}Kerkstraat. {filler} In 2024 won de club 3 keer. {filler}") == []
