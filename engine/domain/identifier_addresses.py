"""Home addresses in free text: a postcode with a house number, a street with one (issue 14).

Part of ``engine.domain.identifiers`` (which reports the spans found here as ``postcode_house``
hits). A Dutch postcode ("1234 AB") with a house number pins down a home; so does a street with a
house number, Dutch, Belgian or English, even without a postcode. A postcode alone, a street alone,
a range of house numbers ("huisnummers 1-40"), a bus or tram line, a distance or a duration after a
street name ("Coolsingel 40 uur") are no address.

Fourth development batch (written blind), classes added: a house number addition glued to the
number ("8hs", "12bg") or a Roman floor after it ("2 II"); a label between street and number
("Velperweg nr 58") or between postcode and number after a slash ("3817 BM / huisnummer 4"); a
line break between street and number (an address typed on lines); the number before the street
("7 Kerkstraat", "22 Witte de Withstraat"), unless a line, bus or exit number precedes it; a
capitalised word before a bare street word ("Oude Singel 88-c", "Lange Gracht 4"); "baan" and
"vaart" as street endings, and the abbreviations "-str." and "-ln" ("burg. van hooffln 33"); and a
house number given by what it is next to ("t.o. 14", "naast nr 5", "opposite no. 14").

Fifth development batch (written blind), classes added: a street ending glued to its number
("Kerkstraat12", "Kerkstr.12"); "Hs." as an addition; a range of house numbers before a postcode
("Kade 1 t/m 5, 3011 AB"); a number after a postcode and a comma, only with a dashed addition or
ending the text or line ("9712 GL, 16-A"; not "2511 CV, 3e etage"); a unit with a floor dot ("unit
2.12"); German addresses (a German street ending, number, five-digit postcode and town); British
ones with abbreviated street words ("10 Downing St") spanning to a postcode after them ("SW1A 2AA").

Sixth development batch (written blind), classes added: a postcode with a hyphen before its capitals
("2595-AN") or its capitals spaced ("3581 R T"); a house number after a postcode and a slash ("5341 ET
/ 42"); a postcode and town before the street and number ("2611BX Delft Oude Delft 94"); a house
letter apart from its number after a street without a street word ("Tuinen 4 A", not "Hal 7 B"); a
labelled number "of" a street ("nummer 14 van de Akerstraat", "number 41 on Station Road"); a street
named after a year with a labelled number ("Plein 1944 nr. 12"); American addresses (a direction or
an ordinal street, "Dr", "Blvd", a range of numbers) up to their flat or unit ("412 W 57th St #9C");
German streets with a bare street word and no postcode ("Kölner Str. 281a"). An ordinal before a
street is part of its name ("1e Helmersstraat"), no house number.

Seventh development batch (written blind: people typing quickly), classes added, each needing a second
sign of an address besides "capitalised word and number" (which "Groep 8", "Windows 11" and "Python
3, Django" also are): a street word typed apart in lower case ("Molen straat nummer 9"); Frisian
street endings ("Haadwei 17", "-dyk", "-strjitte", "-leane", "-paad"); "house no." and "huis nr" as
labels; where in the building a home is after a street and number ("Jansveld 31, 3e etage", "Neude 11
(boven de bakker)"); a street named with a preposition and article or "'t" ("Op de Bies 3", "In de
Cramer 40", "Achter Clarenburg 2", "'t Hofke 9"), where a phrase starts, its number ending the phrase
or followed by a town; a British street "the …" after "at" and a number ("at 9 the crescent"); an
English address in lower case up to its flat or unit ("221 elm st apt 3b").
Figures in ``engine.domain.identifiers``. Pure: no I/O.
"""

from __future__ import annotations

import re

# Two lower-case letters after four digits are read as a word, not a postcode ("1300 en 1400").
_WORDS_NOT_POSTCODE = frozenset({
    "en", "of", "in", "op", "om", "te", "de", "to", "or", "at", "an", "is", "am", "pm", "on", "by", "me", "we",
    "ik", "je", "km", "kg", "mg", "ml", "cm", "mm", "ha", "mb", "gb", "kb", "tb", "pk", "kw", "mw", "st", "eu",
    "uu", "nl", "no", "nr", "tm", "ca", "vs", "cv",
})
# Also with a hyphen before capitals ("2595-AN") or its capitals spaced apart ("3581 R T").
# ``_PC_REST`` follows the first digit: a pattern that starts with a digit is tried only at digits.
_PC_REST = r"\d{3}(?: ?|-(?=(?-i:[A-Z]{2})))(?P<letters>[A-Za-z]{2}|(?-i:[A-Z] [A-Z]))(?![A-Za-z])"
_PC = rf"[1-9]{_PC_REST}"
# A house number and its addition: "12", "12b", "12 b", "12-2", "17 hs", "8hs", "149 bis", "232-III",
# "2 II". A box or flat in a building ("Markt 5 bus 2", Belgian; "12 app. 3", "7 unit 4") is one too.
_UNIT = r"\s(?:bus|box|bte|app\.?|apt\.?|appartement|unit)\s?\d{1,4}(?:\.\d{1,3})?[A-Za-z]?(?![\w])"
_ADDITION = (rf"(?:\s?[A-Za-z](?![\w])|-[A-Za-z0-9]{{1,4}}(?![\w])|\s?(?:bis|hs|Hs|HS|bg|BG)\.?(?![\w])"
             rf"|\s(?:huis|boven|beneden|II|III|IV)(?![\w])|{_UNIT})")
_HOUSE = rf"\d{{1,5}}{_ADDITION}?(?![\w]|[.,:]\d)"
_UNITS = (r"(?!\s*(?:km|kilometers?|m|mi|miles|min|minuten|minutes|uur|uren|u|hours?|hrs|jaar|years?|dagen|days?|"
          r"weken|weeks?|maanden|months?|keer|x|fte|%|euro|eur)\b)")
_NUMBER_LABEL = r"(?:huisnummer|huisnr\.?|huis nr\.?|nummer|nr\.?|no\.?|house number|house n[or]\.?|number)"
_CITY = r"[A-Z][\w'-]+(?:[ -][A-Z][\w'-]+){0,2}"
# A street: a capitalised word, or any word ending like a street (a PO box is no street: _PO_BOX_PC).
_NOT_STREET = r"(?!(?:Postbus|Antwoordnummer|Box|Bus|Arbeidsmarkt|Banenmarkt)\b)"
_NOT_STREET_BAAN = r"(?!(?:[Ll]oop|[Rr]ij|[Ss]tart|[Ll]andings|[Ii]js|[Ss]chaats|[Kk]art)baan\b)"
_STREET_WORDS = (r"straat|steenweg|weg|laan|plein|singel|gracht|kade|dijk|dreef|hof|park|steeg|markt|wal|haven|"
                 r"baan|vaart|boulevard|plantsoen|street|road|lane|avenue|square|straße|strasse|allee|gasse|"
                 r"wei|dyk|strjitte|leane|paad")  # the last Frisian: "Haadwei 17", "Tsjerkestrjitte 4"
# "-str." and "-ln" as people shorten them ("Kerkstr. 5", "Dorpsln 3"; not "Lincoln": a vowel before)
_STREET_END = rf"(?:{_STREET_WORDS}|str\.|(?<=[b-df-hj-np-tv-z])ln\b)"
_STREET = rf"{_NOT_STREET}(?:[A-ZÀ-Ý][\w'À-ÿ.-]{{1,40}}|[\w'À-ÿ-]{{0,40}}{_STREET_END})"
_PC_THEN_HOUSE = re.compile(  # "1234 AB 5", "1234AB5", "4444rp, nr 11", "3817 BM / huisnummer 4"
    rf"(?<![\w-]){_PC}(?:\s*-\s*|\s*[,/;]?\s*{_NUMBER_LABEL}\s*|\s*/\s*|\s+|(?=\d)){_HOUSE}{_UNITS}", re.IGNORECASE)
_PC_TOWN_HOUSE = re.compile(rf"(?<![\w-]){_PC},?\s+{_CITY},?\s*{_NUMBER_LABEL}\s*{_HOUSE}")  # "1380 CG Nijmegen, nr 11"
# A range of house numbers before a postcode is one building's ("Kade 1 t/m 5, 3011 AB").
_RANGE = r"(?:\s?(?:t/m|-|\u2013|tot en met|to|through)\s?\d{1,5}[A-Za-z]?(?![\w]))?"
_STREET_HOUSE_PC = re.compile(rf"(?<![\w-]){_STREET} {_HOUSE}{_RANGE},? ?{_PC}")
# A house number after the postcode and a comma ("9712 GL, 16-A"): with a dashed addition, or ending
# the text or the line (not "2511 CV, 3e etage", "1234 AB, 2 kinderen").
_PC_COMMA_HOUSE = re.compile(rf"(?<![\w-]){_PC}\s*,\s*(?:\d{{1,5}}-[A-Za-z0-9]{{1,4}}(?![\w])"
                             rf"|\d{{1,5}}[a-dA-D]?(?=\s*(?:$|[;)|\u00b7\n])))")
# A PO box with its postcode delivers to one holder as an address does: typed into a candidate's
# field it is the candidate's ("Postbus 8473, 8720 BV Deventer", "P.O. Box 12, 1000 AA").
_PO_BOX_PC = re.compile(rf"(?<![\w-])(?:Postbus|P\.?\s?O\.?\s?Box|Antwoordnummer)\s*\d{{1,6}},?\s*{_PC}",
                        re.IGNORECASE)
# Between a street and its number: a space, a label ("Velperweg nr 58"), or a line break.
_GAP = rf"(?: {_NUMBER_LABEL} ?| |[ \t]*\n[ \t]*)"
# A street and house number without a postcode say where someone lives as well: a street name by its
# ending ("Spoorsingel 34", "Bondgenotenlaan 32"), by a bare street word after a capitalised word
# ("Oude Singel 88"), by a house number addition only addresses have ("Oude Rijn 149 bis", "Nieuwe
# Gracht 232-III"), a letter and a town after it ("Oude Rijn 24b, Almere"), a French street word
# before it ("Rue de la Loi 16") or an English one after the number.
_YEAR = r"(?!(?:19|20)\d\d\b)"
# A British postcode ("SW1A 1AA", "M13 9PL"): an English address spans to it, as its writers write it.
_UK_PC = r"[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}(?![\w])"
# A German address: a street by its German ending, a house number, a five-digit postcode and a town
# ("Hauptstraße 5, 47533 Kleve", "Marktplatz 1, 46446 Emmerich"; "Berliner Straße 12, D-10115 Berlin").
_DE_STREET_END = r"(?:straße|strasse|str\.|allee|platz|gasse|weg|ring|damm|ufer|chaussee|markt|graben|wall|steig|pfad)"
_DE_ADDRESS = re.compile(
    rf"(?<![\w-])(?:[\w'À-ÿ-]{{2,40}}{_DE_STREET_END}|[A-ZÄÖÜ][\w'À-ÿ-]+ (?:Straße|Strasse|Str\.|Allee|Platz|Weg|Ring))"
    rf" \d{{1,4}}(?:[a-z]|\s?[a-z](?![\w]))?,? (?:D-)?[0-9]\d{{4}} (?!(?:Euro|EUR|Dollar|Pfund)\b)[A-ZÄÖÜ][\w'À-ÿ-]+")
# Words that number a building's parts, a route or a grade, not a house ("Hal 7 B", "Groep 8 A").
_NOT_PLACE = (r"(?!(?:Gebouw|Building|Hal|Hall|Terminal|Room|Kamer|Dock|Zone|Tram|Bus|Lijn|Line|Perron|Spoor|Platform"
              r"|Gate|Groep|Klas|Band|Level|Schaal|Grade|Niveau|Fase|Type|Versie|Version|Windows|Unit|Blok|Block|Vak"
              r"|Sectie|Hoofdstuk|Chapter|Deel|Part|Route|Afslag|Exit|Stap|Step|Week|Pagina|Page|Klasse|Categorie"
              r"|Lijst|List|Formule|Vitamine|Serie|Series|Model|Optie|Option|Pakket|Plan|Score|Rij|Row|Stoel|Seat"
              r"|Tafel|Table)\b)")
# An English street word after the number and street name, British or American ("7 Elm Rd", "412 W 57th
# St #9C", "3390 Ridgeview Dr., Unit 12"), with the flat or unit after it.
_EN_STREET = (r"(?:(?:Street|Road|Lane|Avenue|Drive|Close|Way|Crescent|Terrace|Gardens|Place|Square|Grove|Mews|Court"
              r"|Boulevard|Parkway|Highway|Circle)\b|(?:St|Rd|Ave|Ln|Cres|Sq|Pl|Gdns|Terr?|Ct|Cl|Dr|Blvd|Pkwy|Hwy|Cir)\b\.?)"
              r"(?:,? (?:#\s?\d{1,5}[A-Za-z]?|(?:Apt|Apartment|Unit|Suite|Ste|Flat)\.? #?\d{1,5}[A-Za-z]?)(?![\w]))?")
_STREET_HOUSE = re.compile(
    rf"(?<![\w-]){_NOT_STREET}{_NOT_STREET_BAAN}[\w'À-ÿ-]{{3,40}}{_STREET_END}(?:{_GAP}|(?=\d)){_YEAR}{_HOUSE}"
    rf"{_UNITS}"
    rf"|(?<![\w-])[A-Z][\w'À-ÿ-]+ (?:[Ss]traat|[Ss]ingel|[Gg]racht|Weg|[Ll]aan|Plein|[Kk]ade|[Dd]ijk|[Dd]reef"
    rf"|Markt|Haven|Wal|[Ss]teeg|[Bb]urgwal|Vaart|Straße|Strasse|Str\.|Allee|Gasse|Platz){_GAP}{_YEAR}{_HOUSE}{_UNITS}"
    rf"|(?<![\w-])[A-Z][\w'-]+(?: [A-Z][\w'-]+)? \d{{1,4}}(?:\s(?:bis|hs|huis|bg|II|III|IV)"
    rf"|-(?:I{{1,3}}|IV|hoog|huis))(?![\w])"
    rf"|(?<![\w-])[A-Z][\w'-]+(?: [A-Z][\w'-]+)? \d{{1,4}}[a-z],\s*[A-Z][a-z]+"
    rf"|(?<![\w-])(?:Rue|Avenue|Boulevard|Chauss[ée]e|Place|Chemin|Quai|All[ée]e)(?: [\w'À-ÿ-]+){{1,4}} \d{{1,4}}\b"
    rf"|(?<![\w-])(?:Laan|Weg|Plein|Kade|Dreef|Singel|Gracht|Dijk|Burgwal)(?: [\w'À-ÿ-]+){{1,3}} \d{{1,4}}\b"
    rf"|(?<![\w-])[A-Z][\w'À-ÿ-]+(?: [\w'À-ÿ-]+){{0,3}} \d{{1,4}}[a-z]?(?:{_UNIT})?,? [1-9]\d{{3}}"  # Belgian
    rf" [A-Z][a-zà-ÿ]+"
    rf"|(?<![\w-])\d{{1,5}}(?:[-\u2013]\d{{1,5}})?[A-Za-z]? (?:(?:[A-Z][\w'-]*|\d{{1,3}}(?:st|nd|rd|th)) ){{1,3}}"
    rf"{_EN_STREET}(?:,? (?:[A-Z][a-z]+,? )?{_UK_PC})?")
# The number before the street, as in English and Belgian French ("7 Kerkstraat", "31 zijlweg",
# "22 Witte de Withstraat"): only words that name nothing but a street, and never after a line,
# bus, exit or platform word ("bus 55 Stationsweg" is a bus line).
_NUMBER_FIRST = re.compile(
    r"(?<![\w.,:/-])(?P<number>\d{1,4}(?!(?:e|de|ste) )[A-Za-z]?) "  # not an ordinal: "1e Helmersstraat"
    r"(?:(?:[A-Z][\w'À-ÿ-]*|de|van|der|den|ter|ten|'t) ){0,3}"
    r"(?!(?:[Ss]nel|[Aa]uto|[Rr]ijks)weg\b)[\w'À-ÿ-]{2,40}"
    r"(?:straat|steenweg|weg|laan|singel|gracht|kade|dijk|dreef|steeg|street|road|lane|avenue)(?![\w])")
_NOT_BEFORE_NUMBER = frozenset({
    "bus", "buslijn", "lijn", "tram", "tramlijn", "metro", "line", "route", "afslag", "exit", "perron", "spoor",
    "platform", "gate", "hal", "hall", "dock", "kamer", "room", "nr", "no", "nummer", "number", "huisnummers",
})
# A house number given by what it is next to ("woonboot t.o. 14", "naast nr 5", "opposite no. 14"):
# with a label, or ending the phrase ("t.o. 14," but not "naast 2 collega's").
_NEXT_TO = re.compile(
    rf"(?<![\w-])(?:t\.\s?o\.?|tegenover|naast|next to|opposite|across from)\s+"
    rf"(?:{_NUMBER_LABEL}\s*{_HOUSE}|\d{{1,4}}[A-Za-z]?(?=\s*(?:[,;)(]|$)))", re.IGNORECASE)


# A house letter apart from its number after a street without a street word ("Tuinen 4 A", "Brink 12 B,"),
# where the phrase ends; never after a word that numbers a building's part, a grade or a route.
_SPACED_LETTER_HOUSE = re.compile(rf"(?<![\w-]){_NOT_PLACE}[A-Z][\w'À-ÿ-]+ \d{{1,4}} [A-H](?=\s*(?:$|[,;)|\n]))")
# A labelled number of a street ("nummer 14 van de Akerstraat", "number 41 on Station Road").
_NUMBER_OF_STREET = re.compile(
    rf"(?<![\w-])(?i:{_NUMBER_LABEL}) ?\d{{1,4}}[A-Za-z]?,? (?:van|aan|in|op|on|of|at)(?: de| het| 't| the)? "
    rf"(?:[\w'À-ÿ-]*(?:{_STREET_WORDS})(?![\w])|(?:[A-Z][\w'-]* ){{1,3}}{_EN_STREET})")
# A street named after a year, with its house number labelled ("Plein 1944 nr. 12", "Laan 1940-1945 no 3"):
# found by the year and label, then the street word looked for just before them (a pattern that starts
# at a street word would try every word of a page).
_YEAR_LABEL_HOUSE = re.compile(
    rf"(?:1[89]|20)(?<![\w-]\d\d)\d\d(?:[-\u2013](?:1[89]|20)\d\d)?,? {_NUMBER_LABEL} ?{_HOUSE}")
_STREET_BEFORE_YEAR = re.compile(rf"(?<![\w-])(?i:[\w'À-ÿ-]*(?:{_STREET_WORDS}))(?: [\w'À-ÿ-]+){{0,2}} \Z")
# Capitalised words that name a building, a flat or a chart, not a street, before a number.
_NOT_NAMED = (r"(?!(?:Top|Flat|Apartment|Appartement|Toren|Tower|Vleugel|Wing|Etage|Verdieping|Floor|Studio|Suite"
              r"|Kantoor|Office|Lokaal|Ruimte|Praktijk)\b)")
_NAME = rf"(?:{_NOT_PLACE}{_NOT_NAMED}[A-Z][\w'À-ÿ-]+ ){{1,3}}{_YEAR}\d{{1,4}}(?:{_ADDITION})?(?![\w]|[.,:]\d)"
# Where in the building a home is, after a street without a street word and its number ("Neude 11
# (boven de bakker)", "Jansveld 31, 3e etage", "Market Hill 4, 2nd floor"): the second sign that the
# number is a house's (not "Hal 3, 2e etage", "Groep 8 (boven de 12)": a building part or a grade).
_FLOOR = r"(?:\d{1,2}(?:e|de|ste) (?:etage|verdieping)|(?:\d{1,2}(?:st|nd|rd|th)|ground|first|second|third|top) floor)"
_ABOVE = r"(?:(?:boven|beneden)(?:woning|huis)|boven (?:de|het|een) [\w'À-ÿ-]+)"
_STREET_IN_BUILDING = re.compile(
    rf"(?<![\w'’-])(?:['’]t )?{_NAME}(?:(?:,\s*|\s*\(\s*|\s+-\s+|\s+){_FLOOR}|(?:,\s*|\s*\(\s*){_ABOVE})(?![\w])")
# A street named with a preposition and article, or "'t" ("Op de Bies 3", "In de Cramer 40", "Achter
# Clarenburg 2", "'t Hofke 9"): the prefix is the second sign, where a phrase starts (prose writes
# "in de" in lower case: checked in ``_prefixed``) or after "'t" anywhere; its number ends the phrase or a
# town follows. The look-ahead of first letters lets the scan skip every other position cheaply.
_PREFIXED_STREET_HOUSE = re.compile(
    rf"(?=[OIABVNLT'’])(?:(?P<prefix>(?:Op|In|Aan|Bij|Onder|Over|Achter|Voor|Naast|Langs|Tussen)"
    rf" (?:de|den|het|['’]t)|Achter)"
    rf"|['’](?<![\w'’-]['’])t) {_NAME}(?=\s*(?:$|[,;)(\n/])|\s+[A-Z])")
_PHRASE_START = ",;(/:\n"
# A British street named "the …" after "at" and its number ("im at 9 the crescent", "at no. 4 the mews"),
# not a time before a clause ("at 5 the close of business", "at 9 the green is busy").
_AT_THE_STREET = re.compile(
    r"(?<![\w-])(?i:at) (?:(?i:number|no\.?|nr\.?) ?)?\d{1,4}[A-Za-z]? (?i:the) (?i:crescent|close|green|mews|grove"
    r"|parade|terrace|broadway|paddocks?|ridgeway|causeway|glebe|spinney|willows|meadows|avenue)(?![\w])"
    r"(?! (?:of|is|was|are|were)\b)")
# An English address typed in lower case, its flat or unit the second sign ("221 elm st apt 3b",
# "14 station road flat 2"); a capitalised one is read in ``_STREET_HOUSE``.
_EN_FLAT = re.compile(
    r"(?i)\d(?<![\w-]\d)\d{0,4}[a-z]? (?:(?:[a-z][\w'-]*|\d{1,3}(?:st|nd|rd|th)) ){1,3}(?:st|rd|ave|ln|dr|blvd|ct|pl"
    r"|street|road|avenue|lane|drive|boulevard|court|place|way)\.?,? (?:apt|apartment|unit|suite|flat|#)\.? ?#?"
    r"\d{1,5}[a-z]?(?![\w])")
# One search after a number for both a floor and "the" (a second scan of the stretch would cost as much).
_FLOOR_OR_THE = re.compile(r"\d[A-Za-z]?(?:(?:,\s*|\s*\(\s*|\s+-\s+|\s+)(?:\d{1,2}(?:e|de|ste|st|nd|rd|th) |ground "
                           r"|first |second |third |top |boven|beneden)| [Tt][Hh][Ee] )")
# Patterns tried only where what follows their number is seen first (a digit-led search is cheap; a
# pattern that starts at a word or a label tries every word of the stretch).
_TRIGGERED = ((re.compile(r"\d [A-H](?=\s*(?:$|[,;)|\n]))"), (_SPACED_LETTER_HOUSE,)),
              (re.compile(r"\d[A-Za-z]?,? (?:[Vv]an|[Aa]an|[Ii]n|[Oo]p|[Oo]n|[Oo]f|[Aa]t) "), (_NUMBER_OF_STREET,)),
              (_FLOOR_OR_THE, (_STREET_IN_BUILDING, _AT_THE_STREET)))
# A postcode, a town and then the street and number ("2611BX Delft Oude Delft 94").
_PC_TOWN_STREET_HOUSE = re.compile(
    rf"[1-9](?<![\w-]\d){_PC_REST},?\s+(?:{_NOT_PLACE}[A-Z][\w'À-ÿ-]+,?\s){{2,5}}{_YEAR}{_HOUSE}{_UNITS}")


def _prefixed(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Streets named with a preposition where a phrase starts, and those named with "'t"."""
    spans = []
    for match in _PREFIXED_STREET_HOUSE.finditer(text, start, end):
        at = match.start()
        while at > start and text[at - 1] == " ":  # back over spaces only, never along the page
            at -= 1
        if not match["prefix"] or at == 0 or text[at - 1] in _PHRASE_START:
            spans.append((match.start(), match.end()))
    return spans


def _number_first(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans = []
    for match in _NUMBER_FIRST.finditer(text, start, end):
        before = text[:match.start()].rstrip(" #").rsplit(None, 1)
        if not (before and before[-1].lower().rstrip(".:") in _NOT_BEFORE_NUMBER):
            spans.append((match.start(), match.end()))
    return spans


# Every address holds a number, and none runs further than this from its digits: a street of up to
# four words before the house number, a postcode, town or British postcode after it. (At 60 and 50
# the spans found in 34,330 development, ESCO and page texts were the same as reading them whole.)
_REACH_BEFORE, _REACH_AFTER = 100, 80
_DIGIT_RUN = re.compile(r"\d+")
_SPACES = (" ", "\n", "\t", "\r")  # where a kept stretch may start or end (other spaces are kept whole)


def number_reaches(text: str) -> list[tuple[int, int]]:
    """The stretches of ``text`` within reach of a digit, each starting and ending at whitespace
    (so no pattern sees a word cut in two): only these can hold an address. The patterns try every
    position of what they are given, and a page of 300 words holds a handful of numbers, so reading
    the stretches alone (as ``pattern.finditer(text, start, end)``, whose look-behinds still see
    the text before) costs a fraction of reading the page."""
    if len(text) <= _REACH_BEFORE + _REACH_AFTER:  # a field's value: read whole
        return [(0, len(text))] if _DIGIT_RUN.search(text) else []
    kept: list[list[int]] = []
    for run in _DIGIT_RUN.finditer(text):
        start, end = max(0, run.start() - _REACH_BEFORE), min(len(text), run.end() + _REACH_AFTER)
        if kept and start <= kept[-1][1]:
            kept[-1][1] = end
        else:
            kept.append([start, end])
    reaches: list[tuple[int, int]] = []
    for start, end in kept:
        if start > 0 and not text[start - 1].isspace():
            start = max(text.rfind(space, 0, start) for space in _SPACES) + 1
        if end < len(text) and not text[end].isspace():
            end = min((found for space in _SPACES if (found := text.find(space, end)) >= 0), default=len(text))
        if reaches and start <= reaches[-1][1]:
            reaches[-1] = (reaches[-1][0], max(end, reaches[-1][1]))
        else:
            reaches.append((start, end))
    return reaches


def address_spans(text: str) -> list[tuple[int, int]]:
    """Where a postcode with a house number, or a street with one, is written in ``text``."""
    spans = []
    for start, end in number_reaches(text):
        for pattern in (_PC_THEN_HOUSE, _PC_TOWN_HOUSE, _STREET_HOUSE_PC, _PO_BOX_PC, _PC_COMMA_HOUSE,
                        _PC_TOWN_STREET_HOUSE):
            for match in pattern.finditer(text, start, end):
                letters = match["letters"].replace(" ", "")
                if letters.upper() in ("SA", "SD", "SS") or (letters.islower() and letters in _WORDS_NOT_POSTCODE
                                                             and pattern is not _STREET_HOUSE_PC):
                    continue
                spans.append((match.start(), match.end()))
        spans += [(m.start(), m.end()) for pattern in (_STREET_HOUSE, _NEXT_TO, _DE_ADDRESS, _EN_FLAT)
                  for m in pattern.finditer(text, start, end)]
        spans += [(m.start(), m.end()) for trigger, patterns in _TRIGGERED if trigger.search(text, start, end)
                  for pattern in patterns for m in pattern.finditer(text, start, end)]
        spans += _number_first(text, start, end) + _prefixed(text, start, end)
        for match in _YEAR_LABEL_HOUSE.finditer(text, start, end):
            street = _STREET_BEFORE_YEAR.search(text, max(start, match.start() - 60), match.start())
            if street:
                spans.append((street.start(), match.end()))
    return spans
