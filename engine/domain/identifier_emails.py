"""E-mail addresses in free text, also as people write them to dodge a scraper (issue 14).

Part of ``engine.domain.identifiers`` (which reports the spans found here as ``email`` hits). An
address is found written plainly ("jan@gmail.com") or obfuscated, as a family of forms rather than
single strings: the "@" written as a word ("at", "apenstaartje", Dutch "bij"), in brackets
("[at]", "(at)", "{at}", "<@>", "(a)", "[a]") or with spaces around it (" @ "); the dot written as
a word ("dot", "punt"), in brackets ("[.]", "(dot)", "[punt]") or with a space before it
("outlook . com", also between the parts of the name: "ayse . yilmaz @ …").

An obfuscated form is an address only when what follows the "at" is domain-like (labels ending in
an alphabetic top-level domain) and one of these holds: the "at" is bracketed; the dot is
obfuscated before a common top-level domain; or the domain is a personal mailbox provider
("jan at gmail.com" names a person, "marketing at booking.com" a firm). "bij" is an ordinary Dutch
preposition ("werken bij bol.com", "stage bij ziggo.nl", "werken bij werkenbijdepolitie punt nl"),
so after "bij" the provider must be a mailbox and nothing else (gmail, hotmail, outlook, …), or the
name must look like a mailbox (a dot, digit, "_" or "+" in it) before an obfuscated dot or a
personal provider; "(a)" must touch both of its neighbours or name such a mailbox-only provider,
since "(a)" also numbers a list. An @handle ("@GreenCityNL", "@home"), "info bij de receptie" and
"werken bij gemeente Utrecht punt" have no domain after the "at" and are never addresses.

Changes (third development batch, issue 14): "(a)"/"[a]" as a bracketed "at"; the spaced dot;
"bij" as an "at"; bracketed dots counted as obfuscation with any "at"; the full-width "＠".
Dev e-mail refusals: values 14/14 -> 14/14, more_values 17/17 -> 17/17, more3_values 17/21 ->
21/21; look-alikes accepted unchanged (100 % in all three batches). Pure: no I/O.
"""

from __future__ import annotations

import re

# Personal mailbox providers: "jan at gmail.com" names a person, "marketing at booking.com" a firm.
PERSONAL_MAIL = frozenset({
    "gmail", "googlemail", "hotmail", "outlook", "live", "msn", "yahoo", "icloud", "me", "mac", "proton",
    "protonmail", "pm", "ziggo", "kpnmail", "kpnplanet", "planet", "home", "xs4all", "telfort", "hetnet",
    "chello", "casema", "tele2", "online", "quicknet", "upcmail", "zeelandnet", "solcon", "gmx", "web", "aol",
    "btinternet", "skynet", "telenet", "mail", "yandex", "tutanota", "fastmail", "freenet", "t-online",
})
# Providers that are nothing but a mailbox: after a weak "at" ("bij", "(a)") only these make an
# address on their own; an internet provider is also an employer ("stage bij ziggo.nl"), and some
# names are ordinary words ("werken bij home.nl", "web.de").
_MAILBOX_ONLY = frozenset({"gmail", "googlemail", "hotmail", "outlook", "yahoo", "icloud", "protonmail", "kpnmail",
                           "kpnplanet", "upcmail", "hetnet", "gmx", "tutanota", "fastmail", "btinternet", "msn",
                           "aol", "yandex"})
# Common top-level domains: a spelled or bracketed dot must end in one ("at uni dot level" is no address).
_TLDS = frozenset({"com", "nl", "net", "org", "be", "de", "eu", "uk", "co", "io", "info", "biz", "me", "fr", "es",
                   "it", "pl", "tr", "ma", "ch", "at", "lu", "dk", "se", "no", "fi", "ie", "pt", "email", "online"})

_AT_SIGN = "@＠﹫"
_PLAIN_EMAIL = re.compile(rf"(?<![\w.+-])[\w][\w.+-]{{0,63}}[{_AT_SIGN}][^\W_](?:[\w-]{{0,62}})"
                          r"(?:\.[\w-]{1,63}){0,6}\.[^\W\d_]{2,24}(?![\w-])")
_OPEN, _CLOSE = r"[\[\(\{<]", r"[\]\)\}>]"
_AT_BRACKETED = rf"\s*{_OPEN}\s*(?:at|[{_AT_SIGN}]|a|apenstaartje)\s*{_CLOSE}\s*"
_AT_WORD = rf"\s+(?:at|[{_AT_SIGN}]|apenstaartje|bij)\s+|[{_AT_SIGN}]\s+|\s+[{_AT_SIGN}]"
_DOT_BRACKETED = rf"\s*{_OPEN}\s*(?:dot|punt|\.)\s*{_CLOSE}\s*"
_DOT_WORD = r"\s+(?:dot|punt)\s+"
_DOT_SPACED = r"\s+\.\s*"  # a space before the dot: prose puts none there
_DOT_OBFUSCATED = rf"{_DOT_BRACKETED}|{_DOT_WORD}|{_DOT_SPACED}"
# Possessive runs ("{0,62}+"): what may follow a label or a local part (a space, a bracket, an "@",
# a dot) is never a character of the run, so giving characters back can never make a match; a run
# that may give them back is retried at every length, on every word of a page.
_LABEL = r"[^\W_][\w-]{0,62}+"
_LOCAL = r"[\w][\w.+-]{0,63}+(?:\s+\.\s*[\w+-]{1,63}+){0,4}"
_OBFUSCATED_EMAIL = re.compile(
    rf"(?<![\w.+-])(?P<local>{_LOCAL})(?P<at>{_AT_BRACKETED}|{_AT_WORD}|[{_AT_SIGN}])"
    rf"(?P<domain>{_LABEL}(?:(?:{_DOT_OBFUSCATED}|\.){_LABEL}){{1,5}})(?![\w-])", re.IGNORECASE)
_DOT_SPLIT = re.compile(rf"{_DOT_OBFUSCATED}|\.", re.IGNORECASE)
_MAILBOX_MARK = re.compile(r"[._+\d]")
# Whether a text could hold an obfuscated address without an "@" or a digit (a quick pre-check).
AT_HINT = re.compile(rf"\b(?:at|bij|apenstaartje)\b|{_OPEN}\s*a\s*{_CLOSE}|[{_AT_SIGN}]", re.IGNORECASE)


def email_spans(text: str) -> list[tuple[int, int]]:
    """Where ``text`` holds an e-mail address, plain or obfuscated (spans may overlap)."""
    spans = [(m.start(), m.end()) for m in _PLAIN_EMAIL.finditer(text)]
    match = _OBFUSCATED_EMAIL.search(text)
    while match:  # a candidate turned down ("me at noor.dev9") may hide the address after it
        if _obfuscated_address(match):
            spans.append((match.start(), match.end()))
            match = _OBFUSCATED_EMAIL.search(text, match.end())
        else:
            match = _OBFUSCATED_EMAIL.search(text, match.start() + 1)
    return spans


def _obfuscated_address(match: re.Match[str]) -> bool:
    """Whether an obfuscated candidate is an address: strong signs (a bracketed "at", a spelled or
    bracketed dot, a personal provider) decide alone; weak ones (a spaced dot, "bij", "(a)") need a
    second sign. See the module's docstring."""
    domain, local = match["domain"], match["local"]
    labels = _DOT_SPLIT.split(domain)
    top, provider = labels[-1].lower(), labels[0].lower()
    strong_dot = bool(re.search(rf"{_DOT_BRACKETED}|{_DOT_WORD}", domain, re.IGNORECASE))
    spaced_dot = bool(re.search(_DOT_SPACED, domain))
    if not top.isalpha() or not 2 <= len(top) <= 24 or ((strong_dot or spaced_dot) and top not in _TLDS):
        return False
    at = match["at"]
    word = at.strip().lower()
    mailbox = bool(_MAILBOX_MARK.search(local)) or bool(re.search(_DOT_SPACED, local))
    sign = any(ch in at for ch in _AT_SIGN)  # "jan @ ziggo .nl": no prose spells "@" with a spaced dot
    personal = provider in PERSONAL_MAIL and (not spaced_dot or strong_dot or mailbox or sign
                                              or provider in _MAILBOX_ONLY)
    if word[:1] in "[({<" and re.sub(r"\W", "", word) == "a":  # "(a)", "[a]"
        return at == at.strip() or provider in _MAILBOX_ONLY or (mailbox and personal)
    if word == "bij":
        return provider in _MAILBOX_ONLY or mailbox and (strong_dot or spaced_dot or personal)
    return word[:1] in "[({<" or strong_dot or personal or (spaced_dot and mailbox)
