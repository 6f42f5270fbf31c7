"""Clause text as the lexicon reads it: normalised, tokenised, and with small typos mended.

People write "pregnat", "devorced", "gerefomeerd", "vakbont", "Marrokaans" and "unoin". A word of
six letters or more that the vocabulary does not know, one edit (insert, delete, change or swap two
letters) away from a lexicon word, or the same but for a doubled letter, is read as that word; a
word of five letters only when two of its letters are swapped. Known words are never mended (the
work vocabulary and the real words of ``realwords``), so "window" stays a window and never becomes
a widow, and "taking" never becomes "staking".
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import lru_cache

from engine.domain.normalise import within_one_edit

_BETWEEN = re.compile(r"(?<=[a-z])-(?=[a-z0-9])|(?<=[0-9])-(?=[a-z])")
_TOKEN = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
_HYPHENATED = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)+")
_SPACES = re.compile(r"\s+")
_DOUBLE = re.compile(r"(.)\1+")
_CONTRACTED = frozenset("he she it who that there what let here where how".split())
# Text-message Dutch: "k ben 55", "'k heb", "mn vrouw": the pronoun and possessive written short.
_SHORTHAND = re.compile(r"\bk(?= (?:ben|heb|zit|was|had|word|kom|werk|zoek|wil|draag|lijd)\b)|(?<!')\bmn\b(?= [a-z])")


@lru_cache(maxsize=16384)
def normalise(text: str) -> str:
    """Lower case, accents stripped, curly quotes straight, hyphens between words as spaces."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    plain = plain.lower().replace("’", "'").replace("‘", "'").replace("`", "'")
    return _SPACES.sub(" ", _BETWEEN.sub(" ", plain)).strip()


def compounds(text: str) -> list[str]:
    """Hyphenated words written as one ("zwangerschaps-verlof" -> "zwangerschapsverlof")."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)).lower()
    return [word.replace("-", "") for word in _HYPHENATED.findall(plain)]


@dataclass(frozen=True)
class Token:
    text: str
    start: int
    end: int


def tokens(flat: str) -> list[Token]:
    """The words, a possessive "'s" or a Dutch "'er" taken off ("Crohn's", "ADHD'er"; "she's" stays)."""
    return [Token(_owner(m.group()), m.start(), m.end()) for m in _TOKEN.finditer(flat)]


def _owner(word: str) -> str:
    """"crohn's" and "adhd'er" are read as their word; "she's" is not a possessive."""
    stem, _, ending = word.partition("'")
    return stem if ending in ("s", "er", "ers") and stem not in _CONTRACTED else word


class Mender:
    """Mends a token to the lexicon word one edit away, through an index of single deletions."""

    def __init__(self, lexicon: Mapping[str, str], known: frozenset[str]) -> None:
        self.known = known
        self.kind = lexicon  # word -> its category: two candidates of one category are no doubt
        self.index: dict[str, set[str]] = {}
        self.undoubled: dict[str, set[str]] = {}
        self.mend: Callable[[str], str] = lru_cache(maxsize=16384)(self._mend)
        for word in lexicon:
            if len(word) >= 5 and word.isalpha():
                for key in {word} | _deletions(word):
                    self.index.setdefault(key, set()).add(word)
                self.undoubled.setdefault(undouble(word), set()).add(word)

    def _mend(self, token: str) -> str:
        """The lexicon word this token misspells, or the token itself. Five letters may only be
        two letters swapped ("unoin"); a doubled or undoubled letter is no edit ("Marrokaans")."""
        if len(token) < 5 or token in self.known or token in self.kind or not token.isalpha():
            return token
        found = {word for key in {token} | _deletions(token) for word in self.index.get(key, ())}
        close = {word for word in found if within_one_edit(token, word)
                 and (len(token) > 5 or (len(word) == 5 and sorted(word) == sorted(token)))}
        if len(token) > 5:
            close |= self.undoubled.get(undouble(token), set())
        ordered = sorted(close)
        return ordered[0] if ordered and len({self.kind[word] for word in ordered}) == 1 else token

    def mend_text(self, flat: str) -> str:
        """The normalised text with every misspelt word mended, and text-message shorthand written out."""
        return _TOKEN.sub(lambda m: self.mend(m.group()), _SHORTHAND.sub(_written_out, flat))


def _written_out(match: re.Match[str]) -> str:
    return "ik" if match.group() == "k" else "m'n"


def undouble(word: str) -> str:
    """The word with every run of one letter written once ("marrokkaans" -> "marokans")."""
    return _DOUBLE.sub(r"\1", word)


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1:] for i in range(len(word))}
