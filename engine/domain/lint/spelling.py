"""Misspelled trigger words ("vrouwlijke", "nativ", "tusen"): a word that is no word of the
language but one edit away from a word the rules look for is read as that word.

Whether a word is a word of the language is not the domain's to know: the caller passes
``known(word)`` (``engine/nlp/lint.py`` uses spaCy's lookup tables). Without it nothing is
respelled — a real word one edit from a trigger ("longer" / "jonger") must never be changed.
The rules then run on the respelled text; ``Respelled`` maps their spans back to the original.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cached_property

from engine.domain.normalise import within_one_edit

Known = Callable[[str], bool]

_ESCAPES = re.compile(r"\\[a-zA-Z]|\(\?[<!=:]*|\{[\d,]*\}")
_LETTERS = re.compile(r"[a-zà-ÿ]{6,}")
_TOKEN = re.compile(r"[^\W\d_]{5,}")
SUFFIXES = ("", "e", "s", "en", "es", "er", "ers")
# inflections a lexicon may not list: Dutch doubles a consonant before -en ("gezinnen")
INFLECTIONS = (*SUFFIXES[1:], "nen", "sen", "len", "ren", "men", "ten", "pen", "ken", "te", "de", "st", "ste", "ly",
               "ing", "ed", "d")


def _deletions(word: str) -> set[str]:
    return {word, *(word[:i] + word[i + 1:] for i in range(len(word)))}


@dataclass(frozen=True)
class Respelled:
    text: str
    starts: tuple[int, ...]  # index in the respelled text -> index in the original
    ends: tuple[int, ...]

    def span(self, start: int, end: int) -> tuple[int, int]:
        return self.starts[start], self.ends[end]


class Speller:
    """Trigger words, taken from the rules' own patterns and word lists."""

    def __init__(self, patterns: Iterable[str], words: Iterable[str]) -> None:
        self.triggers = {w for source in patterns for w in _LETTERS.findall(_ESCAPES.sub(" ", source.lower()))}
        self.triggers |= {w.lower() for w in words if len(w) >= 6 and w.isalpha()}

    @cached_property
    def index(self) -> dict[str, set[str]]:
        index: dict[str, set[str]] = {}
        for trigger in self.triggers:
            for deleted in _deletions(trigger):
                index.setdefault(deleted, set()).add(trigger)
        return index

    def correct(self, word: str) -> str | None:
        """The trigger a misspelled ``word`` (lower case) stands for, with the word's ending kept."""
        for suffix in SUFFIXES:
            if suffix and not word.endswith(suffix):
                continue
            stem = word[:len(word) - len(suffix)]
            # a letter left out or mistyped, never one too many: a trigger may be a stem ("relian" of
            # "reliant"), and a first letter is rarely wrong ("echte" is no "rechte")
            found = {t for d in _deletions(stem) for t in self.index.get(d, ())
                     if len(t) >= len(stem) and t[0] == stem[0] and within_one_edit(stem, t)}
            if len(found) == 1:
                return found.pop() + suffix
        return None

    @staticmethod
    def _real_word(word: str, known: Known) -> bool:
        """Known as it stands or without an inflection ("echte" is "echt"): lexicons lack forms."""
        return known(word) or any(word.endswith(s) and known(word[:-len(s)]) for s in INFLECTIONS)

    @staticmethod
    def _proper_name(text: str, token: re.Match) -> bool:
        """Capitalised inside a sentence: a name ("Brabant"), which no lexicon holds."""
        if not token.group(0)[0].isupper():
            return False
        before = text[max(0, token.start() - 20):token.start()].rstrip()
        return bool(before) and (before[-1].isalnum() or before[-1] == ",")

    def respell(self, text: str, known: Known) -> Respelled | None:
        """``text`` with misspelled triggers replaced, or None when nothing changed."""
        pieces: list[str] = []
        starts: list[int] = []
        ends: list[int] = [0]
        at = 0
        for token in _TOKEN.finditer(text):
            lower = token.group(0).lower()
            if lower in self.triggers or self._proper_name(text, token) or self._real_word(lower, known):
                continue
            if (fixed := self.correct(lower)) is None or fixed == lower:
                continue
            if token.group(0)[0].isupper():
                fixed = fixed[0].upper() + fixed[1:]
            pieces += [text[at:token.start()], fixed]
            starts += [*range(at, token.start()), *[token.start()] * len(fixed)]
            ends += [*range(at + 1, token.start() + 1), *[token.end()] * len(fixed)]
            at = token.end()
        if not pieces:
            return None
        pieces.append(text[at:])
        starts += range(at, len(text) + 1)
        ends += range(at + 1, len(text) + 1)
        return Respelled("".join(pieces), tuple(starts), tuple(ends))
