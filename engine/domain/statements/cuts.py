"""Where one clause holds two thoughts with no separator between them, and one is a statement.

People run a statement on from the interest without a comma: "Zoek werk als kok ik ben moslima",
"campsite warden jobs for my wife and me", "warehouse operative as a trans woman", "kok
transgender", "Mijn man en ik zoeken samen ...". The clause is cut where the second thought
starts, but only when the cut parts a statement from what is not one: a person's frame ("ik ben",
"my husband", "as a") whose words read as a statement, a turn to what is sought ("zoeken", "are
looking") after a statement, or a word describing the person right after an occupation; and, from
the seventh batch, a role right after words that say who someone is ("ex-con | welder"), a statement
phrase glued after the work ("receptioniste 24u | zwanger van de 2e"), a new thought after an age
("k ben 57 | heb VCA"). A question or hedge that leads into the statement goes with it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from engine.domain.statements import lexicon, vocabulary
from engine.domain.statements.judge import Judge
from engine.domain.statements.words import normalise

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")
# A turn to what is sought, or to a wish that follows from the statement ("..., liefst overdag").
_TURN = re.compile(rf"(?:{vocabulary.TURNS}|liefst|bij voorkeur|preferably|ideally|dus|so|daarom|therefore"
                   # what the person brings to the work: "ex gedetineerd | met VCA"
                   r"|(?:met|with) (?:een |a |an |mijn |my |m'n )?(?:vca|rijbewijs|certificaat|certificate|license"
                   r"|licence|ervaring|experience|cscs|sia|bhv|ehbo))\b", re.IGNORECASE)
# Words that start what is said about a person: a subject ("ik", "she's") or a possessive ("my").
_SUBJECTS = frozenset("ik i i'm im i've ive hij zij ze he she he's she's mijn my m'n mn k we wij we're onze our "
                      "they ben".split())
# Prepositions that bring in a person ("for my wife and me") or a description ("with MS", "as a trans woman").
_FOR, _WITH, _AS = frozenset({"voor", "for"}), frozenset({"met", "with"}), frozenset({"als", "as", "uit", "from"})
_POSSESSIVE = re.compile(r"\b(?:mijn|my|m'n|mn|onze|our|mij|me|ons|us|zijn|haar|his|her)\b")
# Words that lead into a clause and go with it: "zoek werk omdat | ik zwanger ben".
_LEADS = frozenset("omdat because want since aangezien terwijl while hoewel although though daar doordat sinds "
                   "nu zodat waar where en and maar but dus so ook also vanwege ondanks gezien despite given "
                   "owing due of to mits zolang long provided providing unless tenzij".split())
# A question or hedge that puts a statement to the reader goes with it: "maakt het uit dat | ik ...",
# "hopelijk is | mijn leeftijd geen probleem", "is it a problem that | I'm 58".
_HEDGE = re.compile(r"\b(?:(?:maakt|maakte) (?:het|dat) (?:\w+ )?(?:uit )?|(?:is|zou) (?:het|dat|it|that) (?:\w+ )?"
                    r"(?:een |a |an )?(?:probleem|problem|issue|bezwaar|erg|ok|okay|okee|oke)(?: zijn| be)? "
                    r"|(?:does|would|will) (?:it|that) (?:matter|be a problem) |(?:ik )?(?:hoop|hopelijk) (?:is )?"
                    r"|(?:i )?hope(?:fully)? (?:is )?)"
                    r"(?:(?:dat|that|if|als|of) )?$")
# Words that tie what follows to what went before: a role after them is not described by it.
_TIES = frozenset("de het een the a an in op bij van voor met aan uit naar als of for with at on to from as and en "
                  "or".split())
# Words that end a statement before a role rather than describe the role: "Indian origin | nurse",
# "turban wearing | security guard", "2nd gen | accountant".
_COMPLETES = frozenset("origin afkomst descent heritage roots background achtergrond born geboren wearing dragende "
                       "dragend gen generation generatie".split())
# The verbs that say how old someone is: after "ben 57" a new thought starts ("k ben 57 | heb VCA").
_AGE_VERBS = frozenset("ben am i'm im is".split())
_NOT_UNIT = re.compile(lexicon.NOT_AGE)


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
        if at is None and _glued(judge, text, words[i].start):
            at = words[i].start  # a statement glued to the work: "receptioniste 24u | zwanger van de 2e"
        if at is not None:
            return _hedged(text, at)
    return None


def _hedged(text: str, at: int) -> int:
    """The cut moves back over a question or hedge that leads into the statement after it."""
    hedge = _HEDGE.search(normalise(text[:at]) + " ")
    if hedge is None or len(normalise(text[:at])) != len(text[:at].rstrip()):
        return at  # only where normalising kept the length, so the position reads in the text
    return hedge.start() if hedge.start() > 0 else at


def _candidate(judge: Judge, text: str, words: list[_Word], i: int) -> int | None:
    word, tail = words[i].text, text[words[i].start:]
    if _TURN.match(tail) or _after_age(words, i) or _described_role(judge, text, words, i):
        # a turn to what is sought, a new thought after "ben 57", or the role a statement describes
        # ("ex-con | welder", "Indian origin | nurse", "50plus | caretaker")
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


def _glued(judge: Judge, text: str, at: int) -> bool:
    """A phrase that is a statement, led by a word that says who someone is, right after words about
    the work: "receptioniste 24u pw | zwanger van de 2e"; not "Ik wil binnenkort | zwanger worden"."""
    tail = text[at:]
    first = _WORD.match(tail)
    if first is None or judge.mender.mend(normalise(first.group())) not in judge.lexicon_words:
        return False  # a cheap test first: the word must be one of the lexicon's
    return _identity(judge, tail[:80], first_only=True) and judge.phrase_starts(tail) \
        and judge.read(text[:at]).occupational and _parts(judge, text, at, head_statement=False)


def _described_role(judge: Judge, text: str, words: list[_Word], i: int) -> bool:
    """A role after words that say who someone is and never name a field of work: "ex-con | welder",
    "Indian origin | nurse"; not "dementia | support worker", where the term is the work's field."""
    role, previous = words[i].text, words[i - 1].text
    following = words[i + 1].text if i + 1 < len(words) else ""
    pair = f"{role} {following}" in judge.role_pairs  # "security guard"
    described = pair or _role(judge, role) or (  # or a word that says what kind of role: "vegetarian | cook"
        _role(judge, following) and role not in _COMPLETES and role not in judge.lexicon_words
        and role not in vocabulary.THINGS and role not in judge.language_words)
    if not described or role in vocabulary.FAITH_ROLES or role in judge.language_words:
        return False  # a sector is a field the words before may name ("Black woman in | tech"), and a
        # belief or origin before a faith's post or a language names the post ("Muslim chaplain")
    if previous in lexicon.TOPICAL or previous in vocabulary.THINGS or previous in _TIES \
            or previous in vocabulary.FAITH_ROLES:  # "moslim geestelijk | verzorger" is one post
        return False  # "dementia | support worker", "labour relations | specialist", "in prison for | driving"
    near = text[words[max(0, i - 4)].start:words[i].start]  # the few words right before: no page-long reads
    return _identity(judge, near) or judge.phrase_starts(near)


def _role(judge: Judge, word: str) -> bool:
    """A role, or a compound with a role's head; not a sector ("tech", "education")."""
    return word in judge.roles or (word not in judge.occupations and judge.is_occupation(word))


def _after_age(words: list[_Word], i: int) -> bool:
    """The word after "ben 57", "I'm 58": what is said next is another thought."""
    return i >= 2 and words[i - 1].text.isdigit() and words[i - 2].text in _AGE_VERBS \
        and bool(_NOT_UNIT.match(" " + words[i].text))  # "ben 40 | uur beschikbaar" is no age


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
