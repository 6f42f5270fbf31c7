"""Phone numbers in free text: Dutch, neighbours' and international ones, as people type them (issue 14).

Part of ``engine.domain.identifiers`` (which reports the spans found here as ``phone`` hits). Numbers
are read by ``phonenumbers`` (Google's libphonenumber: numbering plans of every country), only in
windows of nine digits or more, so a page of text costs microseconds per number, not milliseconds.
A number with a country code need only be possible there; without one it must be a valid Dutch
number with its leading 0, or a neighbour's number in its own national notation where its form
cannot be a Dutch one or a reference (see ``_NEIGHBOURS``). Organisations' 0800/0900 numbers, hours,
dates and codes glued to letters are no phone.

Sixth development batch (written blind), classes added: a number with its digits partly or wholly in
words ("nul zes 31 72 40 86", "zero six four eight 21 77 05"); a North American number in its
national notation ("(312) 555-0147", "415.555.0123"); a British geographic number ("0161 496 0735":
eleven digits from 01 or 02, which no Dutch number has); the national 0 in brackets with spaces on
both sides ("0031 (0) 6 …"). Figures in ``engine.domain.identifiers``. Pure: no I/O.
"""

from __future__ import annotations

import re

import phonenumbers

# 0800/0900-style numbers belong to organisations, never to a person (and "0800-1700" is a shift).
_SERVICE_NUMBERS = frozenset({phonenumbers.PhoneNumberType.TOLL_FREE, phonenumbers.PhoneNumberType.PREMIUM_RATE,
                              phonenumbers.PhoneNumberType.SHARED_COST})
# "+31 (0)6 …", "0031 (0) 6 …": the national 0 written in brackets, dropped with the spaces around it
# (the matcher allows only a few separators between two groups of digits).
_TRUNK_IN_PARENS = re.compile(r"(?<=\d)\s*\(0\)\s*")


# Where a phone number could be: 9 or more digits with the separators people write (an en or em
# dash too). The matcher of ``phonenumbers`` reads only these windows (a page of text costs it
# milliseconds, a window microseconds).
_PHONE_WINDOW = re.compile(r"(?:\+|\b00)?\(?\d[\d\s().\-/\u2010-\u2015]{6,24}\d")
_DASHES = str.maketrans("\u2010\u2011\u2012\u2013\u2014\u2015", "------")
# A neighbouring country's number in its national notation ("0496/12.34.56" in Belgium, "0151 2345
# 6789", "07700 900456"): mobiles only, since a 9-digit reference such as "061234567" is a valid
# Belgian landline; and British geographic numbers ("0161 496 0735"), whose eleven digits from 01 or
# 02 no Dutch number has. A North American number only in its own shape: three digits (in brackets
# or not), three and four, the first of the area code and of the exchange never 0 or 1.
# Each neighbour is read only where a window holds one of its prefixes (the matcher is slow).
_NEIGHBOURS = {"BE": re.compile(r"(?<![\d+])04[5-9]"), "DE": re.compile(r"(?<![\d+])01[5-7]"),
               "GB": re.compile(r"(?<![\d+])0(?:7[1-57-9]|[12](?:[\s.\-]?\d){9}(?!\d))"),
               "US": re.compile(r"(?<![\d+])(?:\([2-9]\d\d\) ?|[2-9]\d\d[.\- ])[2-9]\d\d[.\- ]\d{4}(?!\d)")}
_NANP_SHAPE = re.compile(r"\(?[2-9]\d\d\)?[.\- ]?[2-9]\d\d[.\- ]\d{4}")
_MOBILE_TYPES = frozenset({phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE})
_FIXED_TYPES = frozenset({phonenumbers.PhoneNumberType.FIXED_LINE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE})
# The Dutch country code stated apart from a number written without it ("country code +31):
# 6 1234 5679"): then a 6 and eight digits is a mobile number.
_NL_CODE_APART = re.compile(r"(?:\+|\b00)31(?![\d\s.\-/()]*\d)|\(\+?31\)(?![\s.\-/]*\d)")
_BARE_MOBILE = re.compile(r"(?<![\w.,+/-])6[ .\-]\d(?:[ .\-]?\d){7}(?![\w]|[.,]\d)")


def phone_spans(text: str) -> list[tuple[int, int]]:
    """Where ``text`` holds a phone number (spans may overlap)."""
    spans = []
    for window in _PHONE_WINDOW.finditer(text):
        if sum(ch.isdigit() for ch in window[0]) >= 9:  # a Dutch number has 10 digits, a foreign one more
            start = max(0, window.start() - 1)
            spans += [(s + start, e + start) for s, e in _phones_in(text[start:window.end() + 1], text, start)]
    if _NL_CODE_APART.search(text):
        spans += [(m.start(), m.end()) for m in _BARE_MOBILE.finditer(text)]
    return spans + _spelled_phones(text)


def _without_trunk(piece: str) -> tuple[str, list[int] | range]:
    """The piece with a bracketed national 0 and its spaces made one space, dashes made hyphens,
    and for each character left where it stood in ``piece`` (so spans still point into the text)."""
    if "(0)" not in piece:
        return piece.translate(_DASHES), range(len(piece) + 1)
    kept: list[str] = []
    positions: list[int] = []
    at = 0
    for match in _TRUNK_IN_PARENS.finditer(piece):
        kept.append(piece[at:match.start()] + " ")
        positions += [*range(at, match.start()), match.start()]
        at = match.end()
    kept.append(piece[at:])
    positions += [*range(at, len(piece) + 1)]
    return "".join(kept).translate(_DASHES), positions


def _phones_in(piece: str, text: str, offset: int) -> list[tuple[int, int]]:
    """Numbers written with a country code need only be possible there; without one, a number must
    be a valid Dutch number written with its leading 0 (so a 9-digit reference is no phone), or a
    neighbouring country's number in its own notation."""
    spaced, positions = _without_trunk(piece)
    spans = []
    for region in ("NL", *(region for region, prefix in _NEIGHBOURS.items() if prefix.search(spaced))):
        for match in phonenumbers.PhoneNumberMatcher(spaced, region, leniency=phonenumbers.Leniency.POSSIBLE):
            start, end = positions[match.start], positions[match.end - 1] + 1
            if _phone_ok(match.raw_string.lstrip("("), match.number, region) \
                    and (region != "US" or _NANP_SHAPE.fullmatch(match.raw_string)) \
                    and not _glued(text, start + offset, end + offset):
                spans.append((start, end))
    return spans


def _phone_ok(raw: str, number: phonenumbers.PhoneNumber, region: str) -> bool:
    international = raw.startswith(("+", "00"))
    if region == "US":  # only its own shape, checked by the caller
        ok = not international and phonenumbers.is_valid_number(number)
    elif region != "NL":  # read as Dutch first; a neighbour's numbers only in national notation
        ok = not international and raw.startswith("0") and (
            (phonenumbers.is_valid_number(number) and phonenumbers.number_type(number) in _MOBILE_TYPES)
            or uk_mobile_form(number) or _uk_geographic(number))
    elif international and not raw.startswith("00"):
        ok = phonenumbers.is_possible_number(number)
    elif international:
        ok = phonenumbers.is_valid_number(number) or phonenumbers.is_possible_number(number)
    else:
        ok = raw.startswith("0") and (phonenumbers.is_valid_number(number) or mobile_form(number))
    return ok and phonenumbers.number_type(number) not in _SERVICE_NUMBERS


def uk_mobile_form(number: phonenumbers.PhoneNumber) -> bool:
    """07 and nine digits in a mobile range (not 070 personal or 076 pagers), also the ranges kept
    for drama ("07700 900…"), which libphonenumber calls invalid; a person typing one typed a phone."""
    national = str(number.national_number)
    return number.country_code == 44 and len(national) == 10 and national[:2] in ("71", "72", "73", "74", "75",
                                                                                   "77", "78", "79")


def _uk_geographic(number: phonenumbers.PhoneNumber) -> bool:
    """01 or 02 and nine digits, a valid British landline: eleven digits, one more than any Dutch
    number, so no Dutch number or reference is read as one."""
    national = str(number.national_number)
    return number.country_code == 44 and len(national) == 10 and national[0] in "12" \
        and phonenumbers.is_valid_number(number) and phonenumbers.number_type(number) in _FIXED_TYPES


def mobile_form(number: phonenumbers.PhoneNumber) -> bool:
    """06 and eight digits: how a Dutch mobile number is written, even in a range not yet handed out
    (libphonenumber knows only the issued ranges; a person typing one still typed a phone number)."""
    national = str(number.national_number)
    return number.country_code == 31 and len(national) == 9 and national.startswith("6")


# A lower-case word typed against the end of a number ("bel 0612345678tel", "0687654321thx") leaves
# it a phone number; letters mixed with digits after it ("0612345678ab01") make it a code.
_WORD_AFTER = re.compile(r"[a-z]{1,12}(?![\w])")


def _glued(text: str, start: int, end: int) -> bool:
    """Part of a longer token: a letter or digit right before or after (``v2.0612345678``), but for
    a lower-case word glued after it."""
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    glued_before = before.isdigit() or (before.isalpha() and text[start] not in "+(")
    glued_after = after.isalnum() and not _WORD_AFTER.match(text, end)
    return glued_before or glued_after or (after in ".," and text[end + 1:end + 2].isdigit())


# --- digits in words --------------------------------------------------------------------------
# A number read out as it is said, partly or wholly in words ("nul zes 31 72 40 86", "zero six four
# eight 21 77 05", "oh seven seven …"): it starts with a spoken 0, as a national number does, so
# only a spelled zero opens one (a page's "een" or "one" never starts the scan).
_DIGIT_WORDS = {
    "nul": "0", "een": "1", "één": "1", "twee": "2", "drie": "3", "vier": "4", "vijf": "5", "zes": "6",
    "zeven": "7", "acht": "8", "negen": "9", "zero": "0", "oh": "0", "one": "1", "two": "2", "three": "3",
    "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9",
}
_DIGIT_WORD = "|".join(sorted(_DIGIT_WORDS, key=len, reverse=True))
_SPELLED_RUN = re.compile(rf"(?<![\w+])(?:nul|zero|oh)(?:[\s.\-]{{1,3}}(?:{_DIGIT_WORD})(?![\w])|[\s.\-]{{0,3}}\d)+",
                          re.IGNORECASE)
_SPELLED_TOKEN = re.compile(rf"{_DIGIT_WORD}|\d", re.IGNORECASE)


# Where ``_SPELLED_RUN`` could start: a spoken zero as a word of its own ("oh" in "John" or
# "technology" is none), so a page without digits is not read for every other kind for nothing.
_SPOKEN_ZERO = re.compile(r"(?<![\w+])(?:nul|zero|oh)(?![^\W\d_])", re.IGNORECASE)


def spoken_zero(text: str) -> bool:
    """Whether ``text`` could hold a number read out from its 0 (a quick pre-check: a text without a
    digit holds no other phone number)."""
    return _SPOKEN_ZERO.search(text) is not None


def _spelled_phones(text: str) -> list[tuple[int, int]]:
    """A run from a spoken zero whose first ten digits are a Dutch number, or eleven a British one."""
    if not spoken_zero(text):
        return []
    spans = []
    for run in _SPELLED_RUN.finditer(text):
        digits, best = "", None
        for token in _SPELLED_TOKEN.finditer(run[0]):
            digits += _DIGIT_WORDS.get(token[0].lower(), token[0])
            if len(digits) in (10, 11) and _spoken_number_ok(digits):
                best = run.start() + token.end()
            if len(digits) >= 11:
                break
        if best is not None and not _glued(text, run.start(), best):
            spans.append((run.start(), best))
    return spans


def _spoken_number_ok(digits: str) -> bool:
    region = "NL" if len(digits) == 10 else "GB"
    try:
        number = phonenumbers.parse(digits, region)
    except phonenumbers.NumberParseException:
        return False
    return _phone_ok(digits, number, region)
