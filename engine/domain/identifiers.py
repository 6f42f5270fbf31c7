"""Personal identifiers typed into free text: found, so they never enter (issue 14).

A key named ``email`` is refused by ``privacy.find_identifier``; this module finds the values
themselves, wherever a person typed them: e-mail addresses (also "jan [at] gmail.com" and
"david AT gmail DOT com"), phone numbers (Dutch and international, in any common notation),
BSNs (only when they pass the 11-test), IBANs (only with a valid mod-97 checksum), a Dutch
postcode together with a house number, and URLs that carry one of these in their path or query.

Checksums decide wherever there is one, so look-alikes pass: a 9-digit vacancy number that fails
the 11-test, a postcode without a house number, hours, salaries, dates, versions and codes.

Where it applies: every free-text field about a reader, or about a page shown to one, is refused
with ``identifier_refused`` (preferences' interests and location, a context's title, text and
keywords, a slot's keywords and description, and the candidate forms through the same models). A
page URL is not refused but cut (``strip_url``) before it is cached, queued, crawled or shown; an
OpenRTB title or keyword, or an embed's page title, is left out. A vacancy's own text (``/v1/lint``,
``/v1/vacancies``) and a partner's or admin's names are not about a reader and are not checked.
Phone numbers are read by ``phonenumbers`` (Google's libphonenumber: numbering plans of every
country; the notations in ``identifier_phones``) and BSNs and IBANs are checked by ``python-stdnum``
(each country's IBAN format, not only the checksum); the rest is patterns (e-mail forms in
``identifier_emails``, addresses in ``identifier_addresses``). Pure: no I/O.

Third development batch (written blind): e-mail forms widened as families ("(a)", a spaced dot,
"bij"; see ``identifier_emails``); a box or flat as a house number addition ("Markt 5 bus 2",
"12 app. 3"); a URL path segment also read with "+" as a space (a maps link's address). Dev
refused before -> after: values 80/80 -> 80/80, more_values 98/100 -> 98/100, more3_values
114/120 -> 120/120; look-alikes accepted 100 % -> 100 % in each batch. A PO box with its postcode
was accepted as an organisation's; in a candidate's own field it is theirs, as the second batch's
writer labelled it, and it is refused now (more_values 98/100 -> 100/100).

Fourth development batch (written blind), classes added: addresses as people type them inside
sentences (see ``identifier_addresses``, now its own module: glued and Roman house-number additions,
a label or line break between street and number, the number before the street, a house number by
what it is next to, "-baan"/"-vaart" and shortened street endings); phone numbers with en or em
dashes, a neighbour's mobile in national notation (Belgian 04.., German 015-017.., British 07..:
mobiles only), and a 6 with eight digits when the Dutch country code is stated apart; a BSN in
hyphenated groups, and in any grouping after its label; an IBAN grouped by hyphens. Dev refused
before -> after: values 80/80 -> 80/80, more_values 100/100 -> 100/100, more3_values 120/120 ->
120/120, more4_values 101/125 -> 125/125 (postcode_house 48/64 -> 64/64, bsn 19/22 -> 22/22,
phone 39/43 -> 43/43, iban 9/10 -> 10/10); look-alikes accepted 100 % -> 100 % in every batch.

Fifth development batch (written blind: signatures, CV headers, map apps, messages), classes added:
addresses (see ``identifier_addresses``: a street glued to its number, "Hs.", a range before a
postcode, a number after a postcode and a comma, a unit with a floor dot, German addresses, British
ones with abbreviated street words up to their postcode); a phone number with a lower-case word
typed against its end ("0612345678tel"; letters mixed with digits still make a code); a British
mobile in a range kept for drama in a URL without its "+" ("wa.me/447700900456"). Dev refused
before -> after: values 80/80, more_values 100/100, more3_values 120/120, more4_values 125/125
(unchanged), more5_values 99/110 -> 110/110 (postcode_house 43/51 -> 51/51, phone 35/37 -> 37/37,
url_identifier 10/11 -> 11/11); look-alikes accepted 100 % -> 100 % in every batch.

Sixth development batch (written blind: Dutch, British and American values), classes added:
addresses (see ``identifier_addresses``: a postcode with a hyphen or spaced letters, a number after a
postcode and a slash, a postcode and town before the street, a house letter apart from its number, a
labelled number "of" a street, a street named after a year, American streets up to their flat or
unit, German streets without a postcode; an ordinal before a street is no house number); phone
numbers (see ``identifier_phones``, now its own module: digits read out in words from the 0, North
American and British geographic numbers in their own notation, "(0)" between spaces); a URL typed
as a bare domain with a path ("example.co.uk/contact?phone=…"), judged as a URL. Dev refused before
-> after: values 80/80, more_values 100/100, more3_values 120/120, more4_values 125/125,
more5_values 110/110 (unchanged), more6_values 101/120 -> 120/120 (postcode_house 43/55 -> 55/55,
phone 33/40 -> 40/40); look-alikes accepted: more6_values 119/120 -> 120/120, 100 % -> 100 % in
every other batch.

Seventh development batch (written blind: people typing quickly), classes added, all addresses and
each with a second sign beside a capitalised word and a number (see ``identifier_addresses``): a street
word typed apart in lower case; Frisian street endings; "house no." and "huis nr" as labels; where in
the building a home is ("3e etage", "boven de bakker") after a street and number; a street named
with a preposition and article or "'t" where a phrase starts ("Op de Bies 3", "'t Hofke 9"); a
British street "the …" after "at" and a number; a lower-case English address up to its flat or unit.
Dev refused before -> after (through the API): values 80/80, more_values 100/100, more3_values
120/120, more4_values 125/125, more5_values 110/110, more6_values 120/120 (unchanged), more7_values
89/100 -> 100/100 (postcode_house 34/45 -> 45/45); look-alikes accepted 100 % -> 100 % in every batch.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import parse_qsl, quote, unquote, unquote_plus, urlencode, urlsplit, urlunsplit

import phonenumbers
from stdnum import iban as stdnum_iban
from stdnum.nl import bsn as stdnum_bsn

from engine.domain.identifier_addresses import address_spans
from engine.domain.identifier_emails import AT_HINT, email_spans
from engine.domain.identifier_phones import mobile_form, phone_spans, spoken_zero, uk_mobile_form
from engine.domain.privacy import IDENTITY_KEYS, normalise_key

KINDS = ("email", "phone", "bsn", "iban", "postcode_house", "url_identifier")
# When two hits overlap, the longer wins (an IBAN's digits are not also a phone number), then the
# earlier kind here.
_PRIORITY = {kind: rank for rank, kind in enumerate(("url_identifier", "iban", "email", "postcode_house",
                                                       "bsn", "phone"))}
LABELS = {"email": "an e-mail address", "phone": "a phone number", "bsn": "a BSN (citizen service number)",
          "iban": "a bank account number (IBAN)", "postcode_house": "a postcode with a house number",
          "url_identifier": "a URL carrying a personal identifier"}


@dataclass(frozen=True)
class IdentifierHit:
    """One identifier in a text: its kind and where it is (``text[start:end]``)."""

    kind: str
    start: int
    end: int


# --- e-mail (the forms live in ``identifier_emails``) ---------------------------------------------
def _emails(text: str) -> list[IdentifierHit]:
    return [IdentifierHit("email", start, end) for start, end in email_spans(text)]


# --- phone numbers (the notations live in ``identifier_phones``) --------------------------------
def _phones(text: str) -> list[IdentifierHit]:
    return [IdentifierHit("phone", start, end) for start, end in phone_spans(text)]


# --- BSN ----------------------------------------------------------------------------------------
_DIGIT_RUN = re.compile(r"(?<![\w.,])\d+(?:[ .\-\u2013]\d+)*(?![\w]|[.,]\d)")
# After its label a BSN may be written in any grouping, a digit at a time too ("bsn: 1 2 3 4 5 6 7 8 2").
_BSN_LABELLED = re.compile(
    r"\b(?:bsn|burgerservicenummer|burger\s?service\s?nummer|sofi[\s-]?(?:nummer|nr\.?|number)?|citizen service number)"
    r"\b[\s:=#.()-]{0,6}(?:nr\.?|nummer|number|no\.?)?[\s:=#.-]{0,3}(?P<digits>\d(?:[\s./_\-\u2013]?\d){8})(?![\w]|[.,]\d)",
    re.IGNORECASE)


def _bsns(text: str) -> list[IdentifierHit]:
    """Nine digits, plain or in groups of 2 to 4 ("1190.76.111", "3535 49 861", "123-456-782"),
    passing the 11-test.
    A longer run of groups (a phone number's "20 123 4567" after "+31") is not searched for nine
    digits that pass by chance; only a group of exactly nine in it counts. After a BSN label, any
    grouping of nine digits counts."""
    hits = []
    for run in _DIGIT_RUN.finditer(text):
        groups = [(run.start() + g.start(), run.start() + g.end()) for g in re.finditer(r"\d+", run[0])]
        sizes = [end - start for start, end in groups]
        if sum(sizes) == 9 and (len(groups) == 1 or all(2 <= size <= 4 for size in sizes)):
            candidates = [(groups[0][0], groups[-1][1])]
        else:
            candidates = [group for group, size in zip(groups, sizes, strict=True) if size == 9]
        hits += [IdentifierHit("bsn", start, end) for start, end in candidates
                 if stdnum_bsn.is_valid(re.sub(r"\D", "", text[start:end]))]
    hits += [IdentifierHit("bsn", m.start("digits"), m.end("digits")) for m in _BSN_LABELLED.finditer(text)
             if stdnum_bsn.is_valid(re.sub(r"\D", "", m["digits"]))]
    return hits


# --- IBAN ---------------------------------------------------------------------------------------
_IBAN_START = re.compile(r"(?<![A-Za-z0-9])[A-Za-z]{2}\d{2}(?:[ -]?[A-Za-z0-9]){11,30}")  # grouped by " " or "-"


def _ibans(text: str) -> list[IdentifierHit]:
    """The longest stretch from a country code on that is a valid IBAN: the country's BBAN format
    and mod 97. Not the national checks on top (``check_country``): they also look banks up in a
    registry, which turned down a real Belgian account."""
    hits = []
    for match in _IBAN_START.finditer(text):
        ends = [match.start() + i + 1 for i, ch in enumerate(match[0]) if ch not in " -"]
        for end in reversed(ends[14:]):  # an IBAN has at least 15 characters
            if stdnum_iban.is_valid(re.sub(r"[ -]", "", text[match.start():end]).upper(), check_country=False) \
                    and not (end < len(text) and text[end].isalnum()):
                hits.append(IdentifierHit("iban", match.start(), end))
                break
    return hits


# --- postcode with house number, street with house number (the forms live in ``identifier_addresses``)
def _postcode_houses(text: str) -> list[IdentifierHit]:
    return [IdentifierHit("postcode_house", start, end) for start, end in address_spans(text)]


# --- URLs ---------------------------------------------------------------------------------------
_URL = re.compile(r"(?:https?://|www\.)[^\s<>\"'`{}|\\^\[\]]+", re.IGNORECASE)
# A URL typed without its scheme or "www." ("example.co.uk/contact?phone=…"): a domain with a path.
# Looked for only where a top-level domain meets a "/" (a quick pre-check: most pages have none).
_BARE_URL_HINT = re.compile(r"\.[a-z]{2,24}/", re.IGNORECASE)
_BARE_URL = re.compile(r"(?<![\w@.+\-/:])(?:[a-z0-9][a-z0-9-]{0,62}\.)+[a-z]{2,24}/[^\s<>\"'`{}|\\^\[\]]*",
                       re.IGNORECASE)
_INTERNATIONAL_DIGITS = re.compile(r"[2-689]\d{10,13}")  # not +1 or +7: any 11 digits from 1 are a valid number
_HOUSE_NUMBER_KEYS = frozenset({"huisnummer", "huisnr", "housenumber", "number", "nr", "hn", "huis", "no"})


def _value_hits(text: str) -> list[IdentifierHit]:
    """Every identifier that is not a URL, overlaps unresolved."""
    return _emails(text) + _phones(text) + _bsns(text) + _ibans(text) + _postcode_houses(text)


def _carries(piece: str) -> bool:
    return bool(piece) and bool(_value_hits(piece))


def _carries_in_url(piece: str) -> bool:
    """A URL piece carries an identifier as text would, or as a phone number in international form
    without its "+" ("wa.me/31612345678"): a valid number of 11 to 14 digits and nothing else."""
    if _carries(piece):
        return True
    if not _INTERNATIONAL_DIGITS.fullmatch(piece):
        return False
    try:
        number = phonenumbers.parse(f"+{piece}")
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.is_valid_number(number) or mobile_form(number) or uk_mobile_form(number)


_UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")


def _segment_carries(segment: str) -> bool:
    """A path segment carries an identifier as written, or with its "+" read as a space, as maps
    and search pages write a query into the path ("/maps/place/Vechtstraat+34,+9725+CV"). A UUID
    is a record's key, not a number someone typed (ESCO's occupation URIs end in one)."""
    if _UUID.fullmatch(segment):
        return False
    return _carries_in_url(unquote(segment)) or ("+" in segment and _carries(unquote_plus(segment)))


def _query_flags(query: str) -> list[bool]:
    """For each query parameter, whether it carries an identifier: by its value, by its name
    (``email=``, ``bsn=``), or as the house number that follows a postcode parameter."""
    pairs = parse_qsl(query, keep_blank_values=True)
    flags = [normalise_key(key) in IDENTITY_KEYS and bool(value) or _carries_in_url(value)
             or _carries(unquote_plus(key)) for key, value in pairs]
    for i in range(1, len(pairs)):
        if normalise_key(pairs[i][0]) in _HOUSE_NUMBER_KEYS and _carries(f"{pairs[i - 1][1]} {pairs[i][1]}"):
            flags[i - 1] = flags[i] = True
    return flags


def _url_parts(url: str) -> tuple[str, str, str, str, str] | None:
    try:
        parts = urlsplit(url if "//" in url.split("?")[0] else f"//{url}")
    except ValueError:
        return None
    return parts.scheme, parts.netloc, parts.path, parts.query, parts.fragment


def url_carries_identifier(url: str) -> bool:
    """Whether a URL's user part, path, query or fragment holds an identifier."""
    parts = _url_parts(url)
    if parts is None:
        return _carries(unquote_plus(url))
    _, netloc, path, query, fragment = parts
    return ("@" in netloc or any(_segment_carries(segment) for segment in path.split("/"))
            or any(_query_flags(query)) or _carries(unquote_plus(fragment)))


def strip_url(url: str) -> str:
    """The URL without the path segments, query parameters and fragment that carry an
    identifier, and without a user part: what may be cached, queued, crawled and shown."""
    parts = _url_parts(url)
    if parts is None or not url_carries_identifier(url):
        return url
    scheme, netloc, path, query, fragment = parts
    netloc = netloc.rpartition("@")[2]
    path = "/".join(segment for segment in path.split("/") if not _segment_carries(segment))
    pairs = parse_qsl(query, keep_blank_values=True)
    kept = [pair for pair, flagged in zip(pairs, _query_flags(query), strict=True) if not flagged]
    fragment = "" if _carries(unquote_plus(fragment)) else fragment
    return urlunsplit((scheme, netloc, path, urlencode(kept, quote_via=quote), fragment))


def _urls(text: str, spans: list[tuple[int, int]]) -> list[IdentifierHit]:
    """The URLs among ``spans`` (``url_spans`` of ``text``) that carry an identifier."""
    hits = []
    for start, end in spans:
        while end > start and text[end - 1] in ".,;:!?)":
            end -= 1
        if url_carries_identifier(text[start:end]):
            hits.append(IdentifierHit("url_identifier", start, end))
    return hits


def url_spans(text: str) -> list[tuple[int, int]]:
    """Where ``text`` holds a URL, with a scheme or "www." or as a bare domain with a path."""
    spans = [(m.start(), m.end()) for m in _URL.finditer(text)]
    bare: list[tuple[int, int]] = []
    for hint in _BARE_URL_HINT.finditer(text):  # from each domain's end back to where its name starts
        start = hint.start()
        while start > 0 and (text[start - 1].isalnum() or text[start - 1] in ".-"):
            start -= 1
        match = _BARE_URL.match(text, start)
        if match and not any(match.start() < end and begin < match.end() for begin, end in spans + bare):
            bare.append((match.start(), match.end()))
    return sorted(spans + bare)


# --- all together ---------------------------------------------------------------------------
def find_identifiers(text: str) -> list[IdentifierHit]:
    """Every identifier in ``text``, in order, without overlaps. A URL is judged as a whole (its
    pieces decoded); the rest of the text is read with the URLs blanked out, so a company URL's
    digits are never taken for a phone number."""
    return list(_find_identifiers(text))


_DIGIT_OR_AT = re.compile(r"[\d@]")  # every identifier but an obfuscated e-mail or a spoken number holds one


# The same page texts come back with every render of a page: a bounded memo of this pure
# function keeps the check off the warm path (a page of text costs it milliseconds).
@lru_cache(maxsize=4096)
def _find_identifiers(text: str) -> tuple[IdentifierHit, ...]:
    if not text or not (_DIGIT_OR_AT.search(text) or AT_HINT.search(text) or spoken_zero(text)):
        return ()
    spans = url_spans(text)  # found once: judged whole, then blanked out for the other kinds
    hits = _urls(text, spans)
    blanked = text
    for start, end in spans:
        blanked = blanked[:start] + " " * (end - start) + blanked[end:]
    hits += _value_hits(blanked)
    chosen: list[IdentifierHit] = []
    for hit in sorted(hits, key=lambda h: (h.start - h.end, _PRIORITY[h.kind], h.start)):
        if not any(hit.start < other.end and other.start < hit.end for other in chosen):
            chosen.append(hit)
    return tuple(sorted(chosen, key=lambda h: h.start))


def first_identifier(text: str) -> str | None:
    """The kind of the first identifier in ``text``, or None."""
    hits = find_identifiers(text)
    return hits[0].kind if hits else None
