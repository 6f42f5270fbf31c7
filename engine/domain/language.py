"""Tell Dutch from English by their function words (spaCy's stop lists, minus the overlap), and
by the words people use when they say what work they want ("uur", "hours", "thuiswerken")."""

from __future__ import annotations

import re
from functools import cache

_WORD = re.compile(r"[A-Za-zÀ-ÿ']+")
SUPPORTED = ("nl", "en")

# Words of a job search that belong to one language only. An interest is often too short for
# function words ("klantenservice, thuiswerken, 36 uur"; "marketing, remote, 24-32 hours"), yet
# its hours, places and schedule words say which language it is written in. Words both
# languages use ("parttime", "fulltime", "remote", "weekends", "hybrid") are left out.
JOB_SEARCH_WORDS = {
    "nl": frozenset("""
        uur uren uurtjes rond rondom omgeving buurt regio's thuiswerken thuiswerk thuis deeltijd
        voltijd avond avonden avondwerk nacht nachten nachtdienst nachtdiensten dagdienst
        dagdiensten weekenddiensten weekenddienst zaterdag zaterdagen zondag zondagen overdag
        baan baantje banen werk werken iets liefst graag zoek zoeken gezocht vanuit dichtbij
        binnen ongeveer minstens maximaal hooguit provincie minuten kwartier fietsen fiets
        lopend reistijd vakantiewerk bijbaan bijbaantje ervaring ervaren geen alleen ergens
        gemeente stad dorp plaats plek
    """.split()),
    "en": frozenset("""
        hours hour hrs near nearby around within job jobs work working anything something
        evenings evening nights night shifts shift daytime weekdays looking anywhere somewhere
        experience experienced preferably ideally commute commuting minutes driving walking
        cycling city town area full-time part-time
    """.split()),
}


@cache
def _markers() -> dict[str, frozenset[str]]:
    from spacy.lang.en.stop_words import STOP_WORDS as EN
    from spacy.lang.nl.stop_words import STOP_WORDS as NL

    shared = NL & EN
    return {"nl": frozenset(NL - shared), "en": frozenset(EN - shared)}


def detect_language(text: str, default: str | None = None) -> str | None:
    """``nl`` or ``en`` when the text says so clearly enough, else ``default``. A word written in
    capitals is an abbreviation, not a function word ("IT of klantenservice" is Dutch)."""
    markers = _markers()
    counts = dict.fromkeys(SUPPORTED, 0)
    for written in _WORD.findall(text):
        if len(written) > 1 and written.isupper():
            continue
        word = written.lower()
        for lang in SUPPORTED:
            if word in markers[lang] or word in JOB_SEARCH_WORDS[lang]:
                counts[lang] += 1
    best = max(SUPPORTED, key=lambda lang: counts[lang])
    other = "en" if best == "nl" else "nl"
    if counts[best] >= 2 and counts[best] > 1.5 * counts[other]:
        return best
    if counts[best] == 1 and counts[other] == 0:
        return best
    return default


def reader_language(asked: str | None, interests: str | None, interest_votes: dict[str, int],
                    page_language: str | None, page_text: str | None) -> str | None:
    """The language an ad is written in: the one the reader asked for; else the one their
    interest is written in (its function words, else the language of the taxonomy terms it
    matched; ``interest_votes`` is ordered by where in the text each language's first term
    stood); else the page's (as declared, else as written). None: the caller decides."""
    if asked in SUPPORTED:
        return asked
    if interests:
        found = detect_language(interests)
        if found is None and any(interest_votes.values()):
            # most terms; on a tie, the language of the first term the reader wrote (votes keep
            # the order of the text)
            found = max(interest_votes, key=lambda lang: interest_votes[lang])
        if found is not None:
            return found
    if page_language in SUPPORTED:
        return page_language
    return detect_language(page_text) if page_text else None
