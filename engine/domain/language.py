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
