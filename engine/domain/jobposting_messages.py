"""What a posting can be refused for: every message a ``PostingError`` is made from, as gettext
msgids, and the way back from an English message to its template and values.

The API answers in English and the import report is kept in English; the studio tells the same
rule in the reader's language by finding the template again (``posting_message``) and
translating it. ``tests/test_words_not_values.py`` checks that every message ``jobposting``
raises is listed here, and that each has Dutch words.
"""

from __future__ import annotations

import re

from engine.domain.i18n import N_

REQUIRED = N_("%(field)s is required")
# Every template a PostingError is made from: the studio's import report says them in Dutch too.
MESSAGES = (
    REQUIRED,
    N_("%(field)s is empty"),
    N_("%(field)s is longer than %(limit)s characters"),
    N_("%(field)s is not an ISO 8601 date: %(value)s"),
    N_("%(field)s is out of range: %(value)s"),
    N_("%(field)s must be a non-negative number"),
    N_("%(field)s must be a number"),
    N_("%(field)s must be an ISO 8601 date"),
    N_("%(field)s must be an http(s) URL"),
    N_("%(field)s must be text"),
    N_("@graph must be a list of JobPosting objects"),
    N_("@type must be JobPosting"),
    N_("a jobLocation needs an address"),
    N_("a posting must be a JSON object"),
    N_("an address needs addressLocality, addressRegion or postalCode"),
    N_("at most %(limit)s postings per request"),
    N_("baseSalary maxValue is below minValue"),
    N_("baseSalary must be a MonetaryAmount"),
    N_("baseSalary needs a value"),
    N_("baseSalary unitText must be among %(allowed)s"),
    N_("baseSalary.currency must be an ISO 4217 code"),
    N_("employmentType must be among %(allowed)s"),
    N_("hiringOrganization (an Organization with a name) is required"),
    N_("identifier (a string, or a PropertyValue with a value) is required"),
    N_("identifier may hold letters, digits and . _ : - (at most 128)"),
    N_("inLanguage is missing and the text is neither clearly Dutch nor English"),
    N_("inLanguage must be a language code"),
    N_("inLanguage must be nl or en"),
    N_("jobLocation is required unless jobLocationType is TELECOMMUTE"),
    N_("validThrough is before datePosted"),
)
_PLACEHOLDER = re.compile(r"%\((\w+)\)s")


def _pattern(template: str) -> re.Pattern[str]:
    parts = _PLACEHOLDER.split(template)  # literal, name, literal, name, ...
    return re.compile("".join(re.escape(p) if i % 2 == 0 else f"(?P<{p}>.+?)" for i, p in enumerate(parts)) + r"\Z")


# fixed messages first, then the most literal text: "identifier (…) is required" is not "%(field)s is required"
_PATTERNS = [(t, _pattern(t)) for t in sorted(MESSAGES, key=lambda t: (len(_PLACEHOLDER.findall(t)),
                                                                       -len(_PLACEHOLDER.sub("", t))))]


def posting_message(message: str) -> tuple[str, dict[str, str]] | None:
    """The template and values a PostingError's English ``message`` was made from (None: not one of
    ``MESSAGES``), so a report kept in English can be told in the reader's language."""
    for template, pattern in _PATTERNS:
        found = pattern.match(message)
        if found:
            return template, found.groupdict()
    return None
