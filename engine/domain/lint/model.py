"""The values of the inclusive-language check: categories, legal grounds, rules and findings.

A rule is a pattern plus a *policy* that says how much context it needs before it may speak:
some wording excludes people wherever it stands ("native speaker"), some only when it is about
the candidate ("jong" before a job title, not before "bedrijf"), some only beside a word that
excludes ("geen", "need not apply"). ``context.py`` decides the policies.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass
from enum import Enum

CATEGORIES = ("age", "gender", "origin", "language", "religion", "health", "disability", "family", "appearance",
              "other")

# The Dutch equal-treatment act each category falls under. Age: Wet gelijke behandeling op grond van
# leeftijd bij de arbeid. Disability and chronic illness: Wet gelijke behandeling op grond van handicap
# of chronische ziekte. Sex (pregnancy included): Algemene wet gelijke behandeling and Wet gelijke
# behandeling van mannen en vrouwen. Origin, race, nationality, religion, civil status, sexual
# orientation: Algemene wet gelijke behandeling. Language and appearance are indirect grounds: a
# mother tongue or accent stands for origin; looks stand for sex, origin or religion (headscarf,
# beard).
GROUNDS = {
    "age": "WGBL",
    "gender": "AWGB, WGB m/v",
    "origin": "AWGB",
    "language": "AWGB",
    "religion": "AWGB",
    "family": "AWGB",
    "health": "WGBH/CZ",
    "disability": "WGBH/CZ",
    "appearance": "AWGB, WGB m/v",
    "other": "AWGB",
}

LAWS = {
    "WGBL": "Wet gelijke behandeling op grond van leeftijd bij de arbeid",
    "WGBH/CZ": "Wet gelijke behandeling op grond van handicap of chronische ziekte",
    "AWGB": "Algemene wet gelijke behandeling",
    "WGB m/v": "Wet gelijke behandeling van mannen en vrouwen",
}


DIGITS = "|".join("0123456789")  # ``requires`` of a rule that needs a number


class Policy(Enum):
    """How much context a rule needs (see ``context.allowed``)."""

    ALWAYS = "always"        # the words exclude wherever they stand
    CANDIDATE = "candidate"  # unless they are about clients, pupils, the company, a product or pay
    CUED = "cued"            # only where the sentence asks something of the candidate
    EXCLUDES = "excludes"    # only beside a word that shuts people out ("geen", "need not apply")


@dataclass(frozen=True)
class Rule:
    category: str
    severity: str
    pattern: LazyPattern
    suggestion: tuple[str, str]  # (nl, en)
    policy: Policy = Policy.CANDIDATE
    unless: LazyPattern | None = None  # anywhere in the sentence: a lawful ground or a neutral reading
    name: str = ""
    before_unless: LazyPattern | None = None  # earlier in the sentence: someone else the words are about
    pairs: bool = False  # a gendered word: fine beside its other form ("gastheer/gastvrouw", "hij of zij")
    person: bool = False  # a word for a person: after "met"/"with" it is someone the candidate works with
    language: str | None = None  # only for text in this language ("his" is no pronoun in Dutch text)
    requires: tuple[str, ...] | None = None  # words or parts of words (lower case) of which the text must
    # hold one before the rule is run at all: a test far cheaper than the rule's own pattern


@dataclass(frozen=True)
class Finding:
    category: str
    start: int
    end: int
    text: str
    severity: str
    suggestion: str
    ground: str = ""  # the equal-treatment act(s) the category falls under, see GROUNDS

    def as_dict(self) -> dict:
        return asdict(self)


def alt(words: Iterable[str]) -> str:
    """A non-capturing alternation, longest first so a longer word wins over its prefix."""
    return "(?:" + "|".join(sorted(set(words), key=len, reverse=True)) + ")"


def rx(pattern: str) -> re.Pattern:
    return re.compile(pattern, re.IGNORECASE)


class LazyPattern:
    """A rule's pattern, compiled the first time it is used. The rules are some 300 patterns of
    long alternations; compiling them all cost every process about a third of a second of its
    start-up, while a rule whose ``requires`` words a text lacks is never run at all."""

    __slots__ = ("_compiled", "pattern")

    def __init__(self, pattern: str) -> None:
        self.pattern = pattern  # the source, as ``re.Pattern.pattern``
        self._compiled: re.Pattern | None = None

    def compiled(self) -> re.Pattern:
        if self._compiled is None:
            self._compiled = rx(self.pattern)
        return self._compiled

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled().search(text, pos, endpos)

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        return self.compiled().finditer(text, pos, endpos)


def rule(category: str, severity: str, pattern: str, suggestion: tuple[str, str],  # noqa: PLR0913
         policy: Policy = Policy.CANDIDATE, unless: str | None = None, name: str = "",
         before_unless: str | None = None, pairs: bool = False, requires: str | None = None,
         language: str | None = None, person: bool = False) -> Rule:
    return Rule(category, severity, LazyPattern(pattern), suggestion, policy, LazyPattern(unless) if unless else None,
                name, LazyPattern(before_unless) if before_unless else None, pairs, person, language,
                tuple(sorted(set(requires.lower().split("|")))) if requires else None)
