"""Where a vacancy's description speaks of the employer and its offer rather than of the job.

Postings wrap the job in the same parts: a company blurb ("Tulipcart is an online marketplace
for Dutch flowers"), what the employer offers ("Wat wij bieden", "We offer": salary, pension,
a bike plan), how to apply. Words there say little about the work itself, so a concept found
only there weighs less (see ``vacancy.py``). Descriptions arrive as flat text (HTML stripped),
so a heading is recognised as a known phrase that opens a sentence; a boilerplate part runs to
the next heading of the job itself or to the end. The blurb is a sentence that opens with the
employer's name ("Bij Kanaalsoft bouwen we ...", "Moerdijk Overslag B.V. verzorgt ..."), unless
it says whom the employer seeks ("Ziekenhuis De Hanzekade zoekt ... een verpleegkundige").
"""

from __future__ import annotations

import re

_OPENERS = r"(?:^|(?<=[.!?:;])\s+|\s{2,})"
_WRAPPING = (
    "wat wij bieden", "wat bieden wij", "wat bieden we", "wat we bieden", "wij bieden", "we bieden",
    "ons aanbod", "onze arbeidsvoorwaarden", "arbeidsvoorwaarden", "over ons", "wie zijn wij", "wie zijn we",
    "over de organisatie", "over het bedrijf", "wat krijg je", "interesse", "solliciteren",
    "what we offer", "we offer", "our offer", "what's in it for you", "what’s in it for you", "benefits",
    "perks", "about us", "who we are", "about the company", "our company", "interested", "how to apply",
)
_JOB = (
    "wat ga je doen", "wat je doet", "jouw taken", "jouw werkzaamheden", "de functie", "functieomschrijving",
    "wat vragen wij", "wat vragen we", "wie ben jij", "wie ben je", "jouw profiel", "functie-eisen",
    "wat breng je mee", "wat je meebrengt", "wat neem je mee", "jij hebt",
    "your role", "the role", "what you will do", "what you'll do", "what you’ll do", "what you do",
    "your responsibilities", "responsibilities", "your profile", "requirements", "what you bring",
    "who you are", "about you", "about the role", "the job",
)
_LEGAL_FORMS = re.compile(r"[\s,]+(?:b\.?v\.?|n\.?v\.?|v\.?o\.?f\.?|ltd\.?|gmbh|inc\.?|llc)$", re.IGNORECASE)


def _headings(phrases: tuple[str, ...]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))
    # capitalised as a heading is; the rest in any case
    return re.compile(_OPENERS + r"(?=[A-ZÀ-Ý])(?i:" + alternatives + r")\b")


_WRAPPING_RE, _JOB_RE = _headings(_WRAPPING), _headings(_JOB)
# a full stop before a capital or the end; not the one of "B.V." or "J. Jansen"
_SENTENCE_END = re.compile(r"(?<!\b[A-Za-z])[.!?](?=\s+[A-ZÀ-Ý0-9€\"'‘“]|\s*$)")
# a sentence that says whom the employer seeks is the job itself, whoever opens it
_SEEKING = re.compile(r"\b(?:zoekt|zoeken|looking for|seeks|seeking|hiring|vacature)\b", re.IGNORECASE)


def boilerplate_spans(description: str, organization: str | None) -> list[tuple[int, int]]:
    """(start, end) character ranges of ``description`` that wrap the job rather than describe it."""
    spans = []
    job_starts = [m.end() for m in _JOB_RE.finditer(description)]
    for heading in _WRAPPING_RE.finditer(description):
        end = next((s for s in job_starts if s > heading.end()), len(description))
        spans.append((heading.start(), end))
    spans.extend(_blurb(description, organization))
    return sorted(spans)


def _blurb(description: str, organization: str | None) -> list[tuple[int, int]]:
    """Sentences that open with the employer's name, as the blurb about it does."""
    name = _LEGAL_FORMS.sub("", (organization or "").strip())
    if len(name) < 3:
        return []
    opener = re.compile(_OPENERS + r"(?:(?:bij|at|over|about)\s+)?" + re.escape(name) + r"\b", re.IGNORECASE)
    spans = []
    for found in opener.finditer(description):
        end = _SENTENCE_END.search(description, found.end())
        stop = end.end() if end else len(description)
        if not _SEEKING.search(description, found.end(), stop):
            spans.append((found.start(), stop))
    return spans


def inside(spans: list[tuple[int, int]], position: int) -> bool:
    return any(start <= position < end for start, end in spans)
