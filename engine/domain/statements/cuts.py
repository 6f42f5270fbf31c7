"""Where one clause holds two thoughts with no separator between them, and one is a statement.

People run a statement on from the interest without a comma: "Zoek werk als kok ik ben moslima",
"campsite warden jobs for my wife and me", "warehouse operative as a trans woman", "kok
transgender", "Mijn man en ik zoeken samen ...". The clause is cut where the second thought
starts, but only when the cut parts a statement from what is not one: a person's frame ("ik ben",
"my husband", "as a") whose words read as a statement, a turn to what is sought ("zoeken", "are
looking") after a statement, or a word describing the person right after an occupation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from engine.domain.statements import vocabulary
from engine.domain.statements.judge import Judge
from engine.domain.statements.words import normalise

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")
# A turn to what is sought, or to a wish that follows from the statement ("..., liefst overdag").
_TURN = re.compile(rf"(?:{vocabulary.TURNS}|liefst|bij voorkeur|preferably|ideally|dus|so|daarom|therefore)\b",
                   re.IGNORECASE)
# Words that start what is said about a person: a subject ("ik", "she's") or a possessive ("my").
_SUBJECTS = frozenset("ik i i'm im i've ive hij zij ze he she he's she's mijn my m'n we wij we're onze our they ben"
                      .split())
# Prepositions that bring in a person ("for my wife and me") or a description ("with MS", "as a trans woman").
_FOR, _WITH, _AS = frozenset({"voor", "for"}), frozenset({"met", "with"}), frozenset({"als", "as", "uit", "from"})
_POSSESSIVE = re.compile(r"\b(?:mijn|my|m'n|onze|our|mij|me|ons|us|zijn|haar|his|her)\b")
# Words that lead into a clause and go with it: "zoek werk omdat | ik zwanger ben".
_LEADS = frozenset("omdat because want since aangezien terwijl while hoewel although though daar doordat sinds "
                   "nu zodat waar where en and maar but dus so ook also vanwege ondanks gezien despite given "
                   "owing due of to mits zolang long provided providing unless tenzij".split())


@dataclass(frozen=True)
class _Word:
    text: str
    start: int


def find_cut(judge: Judge, text: str) -> int | None:
    """Where a second thought starts in this clause, if one of the two is a statement."""
    known = judge.cut(text)
    if known is not None:
        return known
    words = [_Word(normalise(m.group()).replace("’", "'"), m.start()) for m in _WORD.finditer(text)]
    for i in range(1, len(words)):
        at = _candidate(judge, text, words, i)
        if at is not None:
            return at
    return None


def _candidate(judge: Judge, text: str, words: list[_Word], i: int) -> int | None:
    word, tail = words[i].text, text[words[i].start:]
    if _TURN.match(tail):
        return words[i].start if _parts(judge, text, words[i].start, head_statement=True) else None
    at: int | None = None
    if word in _SUBJECTS or word in _AS or (word in _FOR and _POSSESSIVE.search(normalise(tail))):
        at = _lead_in(words, i)
    elif word in _WITH and words[i - 1].text not in vocabulary.TARGET_GROUPS and _identity(judge, tail):
        at = words[i].start
    elif judge.is_occupation(words[i - 1].text) and words[i - 1].text not in judge.language_words \
            and (_identity(judge, tail, first_only=True) or judge.phrase_starts(tail)):
        at = words[i].start
    return at if at is not None and _parts(judge, text, at, head_statement=False) else None


def _parts(judge: Judge, text: str, at: int, head_statement: bool) -> bool:
    """A cut parts a statement from the work sought: one side is a statement and the other is about
    the work and is none, and no phrase of the lexicon runs across the cut ("Carer | for my mother")."""
    head, tail = judge.read(text[:at]), judge.read(text[at:])
    statement, other = (head, tail) if head_statement else (tail, head)
    if not statement.categories or other.categories or statement.occupational:
        return False
    rest = text[at:] if head_statement else text[:at]  # "looking for bar work | im bi"; never a lone "werk"
    if not (other.occupational or other.schedule or (other.interest and (head_statement or len(rest.split()) > 1))):
        return False
    return not judge.phrase_across(text[:at], text[at:])


def _identity(judge: Judge, tail: str, first_only: bool = False) -> bool:
    """A lexicon term that is never a field of work ("transgender", "gereformeerd", "HIV positive"):
    anywhere in the tail, or at its start and not naming a thing ("islamitische godsdienst")."""
    flat = [judge.mender.mend(word) for word in normalise(tail).split()]
    starts = range(1) if first_only else range(len(flat))
    return any(tuple(flat[i:i + size]) in judge.identity_terms
               and not (first_only and flat[i + size:i + size + 1] and flat[i + size] in vocabulary.THINGS)
               for i in starts for size in (1, 2, 3))


def _lead_in(words: list[_Word], i: int) -> int | None:
    """The cut goes before a word that leads into the statement ("omdat ik ..."), if one is left before it."""
    at = i
    while at > 0 and words[at - 1].text in _LEADS:
        at -= 1
    return words[at].start if at > 0 else None
