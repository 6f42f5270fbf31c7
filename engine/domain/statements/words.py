"""Clause text as the lexicon reads it: normalised, tokenised, and with small typos mended.

People write "pregnat", "devorced", "gerefomeerd" and "vakbont". A word of six letters or more
that the vocabulary does not know, one edit (insert, delete, change or swap two letters) away
from a lexicon word, is read as that word. Known words are never mended, so "window" stays a
window and never becomes a widow.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass

_BETWEEN = re.compile(r"(?<=[a-z])-(?=[a-z0-9])|(?<=[0-9])-(?=[a-z])")
_TOKEN = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
_HYPHENATED = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)+")
_SPACES = re.compile(r"\s+")


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
    return [Token(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(flat)]


def within_one(a: str, b: str) -> bool:
    """Optimal string alignment distance of at most one (one insert, delete, change or swap)."""
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = next((k for k in range(len(a)) if a[k] != b[k]), len(a))
    if len(a) < len(b):
        return a[i:] == b[i + 1:]
    if a[i + 1:] == b[i + 1:]:
        return True
    return i + 1 < len(a) and a[i] == b[i + 1] and a[i + 1] == b[i] and a[i + 2:] == b[i + 2:]


class Mender:
    """Mends a token to the lexicon word one edit away, through an index of single deletions."""

    def __init__(self, lexicon: Mapping[str, str], known: frozenset[str]) -> None:
        self.known = known
        self.kind = lexicon  # word -> its category: two candidates of one category are no doubt
        self.index: dict[str, set[str]] = {}
        for word in lexicon:
            if len(word) >= 5 and word.isalpha():
                for key in {word} | _deletions(word):
                    self.index.setdefault(key, set()).add(word)

    def mend(self, token: str) -> str:
        """The lexicon word this token misspells, or the token itself."""
        if len(token) < 6 or token in self.known or token in self.kind or not token.isalpha():
            return token
        found = {word for key in {token} | _deletions(token) for word in self.index.get(key, ())}
        close = sorted(word for word in found if within_one(token, word))
        return close[0] if close and len({self.kind[word] for word in close}) == 1 else token

    def mend_text(self, flat: str) -> str:
        """The normalised text with every misspelt word mended."""
        return _TOKEN.sub(lambda m: self.mend(m.group()), flat)


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1:] for i in range(len(word))}
