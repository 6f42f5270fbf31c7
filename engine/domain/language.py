"""Tell Dutch from English by their function words (spaCy's stop lists, minus the overlap)."""

from __future__ import annotations

import re
from functools import cache

_WORD = re.compile(r"[a-zà-ÿ']+")
SUPPORTED = ("nl", "en")


@cache
def _markers() -> dict[str, frozenset[str]]:
    from spacy.lang.en.stop_words import STOP_WORDS as EN
    from spacy.lang.nl.stop_words import STOP_WORDS as NL

    shared = NL & EN
    return {"nl": frozenset(NL - shared), "en": frozenset(EN - shared)}


def detect_language(text: str, default: str | None = None) -> str | None:
    """``nl`` or ``en`` when the text says so clearly enough, else ``default``."""
    markers = _markers()
    counts = dict.fromkeys(SUPPORTED, 0)
    for word in _WORD.findall(text.lower()):
        for lang in SUPPORTED:
            if word in markers[lang]:
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
