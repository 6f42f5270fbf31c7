"""Tokens read as the words the concept matcher looks terms up by: folded, with a hyphen or
slash between letters joining ("ICT-bedrijf", "kok/kokkin") and other punctuation breaking."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import NamedTuple

from spacy.attrs import IDX, IS_ALPHA, IS_PUNCT, IS_SPACE, LENGTH, SPACY
from spacy.tokens import Doc

from engine.domain.normalise import fold

BREAK = ""  # the form of a break: punctuation no term runs across
SENTENCE_ENDS = frozenset({".", "!", "?", ":", "…"})


class Word(NamedTuple):
    """A word as the matcher reads it (a named tuple: a page makes hundreds on every first sight)."""

    form: str
    start: int  # token index
    end: int
    parts: tuple[str, ...] = ()  # the pieces of a hyphenated word
    text: str = ""               # as written
    texts: tuple[str, ...] = ()  # the pieces as written
    opens: bool = False          # the first word of a sentence


_new = tuple.__new__  # a Word from a full tuple of its fields: a third less per word than Word(...)


def words_of(doc: Doc, fold: Callable[[str], str] = fold, text: str | None = None) -> list[Word]:
    """Tokens folded to words; a hyphen or slash between letters joins, other punctuation breaks.

    The token attributes are read in one ``to_array`` call rather than through a ``Token``
    object per token: on a page of 300 words that halves the matcher's time."""
    words: list[Word] = []
    if not len(doc):
        return words
    text = doc.text if text is None else text
    rows = doc.to_array([IDX, LENGTH, SPACY, IS_PUNCT, IS_SPACE, IS_ALPHA]).tolist()
    count = len(rows)
    opens = True
    i = 0
    while i < count:
        idx, length, space, punct, is_space, _ = rows[i]
        token = text[idx:idx + length]
        if punct or is_space:
            if (token in ("-", "/") and words and words[-1].form and not rows[i - 1][2] and not space
                    and i + 1 < count and rows[i + 1][5]):
                nxt_idx, nxt_length = rows[i + 1][0], rows[i + 1][1]
                words[-1] = joined(words[-1], token, text[nxt_idx:nxt_idx + nxt_length], i + 1, fold)
                i += 2
                continue
            opens = opens or token in SENTENCE_ENDS or "\n" in token
            if not words or words[-1].form != BREAK:
                words.append(_new(Word, (BREAK, i, i + 1, (), token, (), False)))
            i += 1
            continue
        if "-" in token or "/" in token:
            pieces = _pieces(token)
            words.append(Word(fold(token), i, i + 1, tuple(fold(p) for p in pieces), token, tuple(pieces), opens))
        else:  # the common case, built without the named tuple's Python-level __new__
            words.append(_new(Word, (fold(token), i, i + 1, (), token, (), opens)))
        opens = False  # a token's trailing whitespace is one space at most: a line break is a token
        i += 1
    return words


def _pieces(token: str) -> list[str]:
    """The pieces of a hyphenated word ("ICT-bedrijf"), or of a word written with its
    alternatives in one token ("kok/kokkin", "poetsvrouw/-man"): letters between slashes only,
    so a path or a date is no list of words."""
    if "/" in token and token.replace("/", "").replace("-", "").isalpha():
        return [p for p in re.split(r"[/-]", token) if p]
    return [p for p in token.split("-") if p] if "-" in token else []


def joined(prev: Word, joiner: str, nxt: str, nxt_i: int, fold: Callable[[str], str]) -> Word:
    """'ICT' '-' 'bedrijf' -> one word 'ictbedrijf' with its pieces (``nxt`` is token ``nxt_i``)."""
    return Word(prev.form + ("" if joiner == "-" else "/") + fold(nxt), prev.start, nxt_i + 1,
                 (prev.parts or (prev.form,)) + (fold(nxt),), prev.text + joiner + nxt,
                 (prev.texts or (prev.text,)) + (nxt,), prev.opens)
