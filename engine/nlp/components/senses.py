"""Which found terms are used in another sense than the taxonomy's: personal names and
ambiguous words without support.

- **Names.** "Jesse Timmerman" is a person, not a carpenter. A single capitalised occupation
  term (surnames are occupations: Timmerman, Bakker, Smith) right after a capitalised word that
  is not itself a term (a first name), in the middle of a sentence and not after a determiner
  ("an Experienced Carpenter", "als Ervaren Timmerman"), is read as a surname; then every
  capitalised use of that word in the text is the name too, sentence starts included. A text
  written in title case ("Apex Pro Wireless Controller") says nothing by its capitals and is
  left alone.
- **Verbs.** An English occupation word written as a verb ("how to nurse an orchid", "you can
  cook it in a wok", "we garden organically") names what someone does, not the job: a single
  occupation term in its base form right after "to", a modal or a subject pronoun is doubtful
  like an ambiguous term, and vouches for nothing itself.
- **Ambiguous terms.** A term the taxonomy lists under ``needs_context`` ("Java", "Kafka",
  "controller", "vogels") counts only when the same text also names something else of the
  concept's sector (an unambiguous term, not a name, not a mere compound modifier).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Protocol

# words after which a capitalised adjective + occupation is a job title, not a first name + surname
DETERMINERS = frozenset({
    "a", "an", "the", "our", "your", "their", "his", "her", "my", "this", "that", "every", "each", "as",
    "een", "de", "het", "der", "den", "des", "'t", "onze", "ons", "jouw", "je", "uw", "zijn", "haar", "mijn",
    "hun", "deze", "die", "dit", "dat", "elke", "als",
})
SURNAME_TYPES = ("occ.",)  # concept ids of the kind a surname can be
TITLE_CASE_SHARE = 0.6  # above this share of capitalised words a text is in title case
# words after which an English occupation word is a verb: "to nurse", "can cook", "we garden"
VERB_MARKERS = frozenset({"to", "can", "could", "will", "would", "shall", "should", "must", "may", "might",
                          "cannot", "i", "we", "you", "they"})
NAME = "name"
CONTEXT = "context"


class Word(Protocol):
    @property
    def form(self) -> str: ...  # folded

    @property
    def text(self) -> str: ...  # as written

    @property
    def opens(self) -> bool: ...  # the first word of a sentence


class Entry(Protocol):
    @property
    def key(self) -> tuple[str, ...]: ...

    @property
    def concept(self) -> str: ...

    @property
    def term(self) -> str: ...

    @property
    def ambiguous(self) -> bool: ...


@dataclass(frozen=True)
class Hit:
    start: int  # word index
    end: int
    entry: Entry
    via: str


def is_capitalised(text: str) -> bool:
    """'Timmerman' (not 'timmerman', not 'EPT')."""
    return len(text) > 1 and text[0].isupper() and text[1:].islower()


def doubts(hits: Sequence[Hit], words: Sequence[Word], known: frozenset[str],
           groups: Mapping[str, str]) -> list[str | None]:
    """For each hit: None when it stands, ``"name"`` or ``"context"`` when it is doubtful."""
    names = _name_forms(hits, words, known)
    result: list[str | None] = [
        NAME if h.end - h.start == 1 and words[h.start].form in names and is_capitalised(words[h.start].text)
        else None for h in hits]
    verbs = [doubt is None and _as_verb(h, words) for h, doubt in zip(hits, result, strict=True)]
    present = {groups.get(h.entry.concept) for h, doubt, verb in zip(hits, result, verbs, strict=True)
               if doubt is None and not verb and not h.entry.ambiguous and h.via != "compound_modifier"}
    return [CONTEXT if doubt is None and (h.entry.ambiguous or verb) and groups.get(h.entry.concept) not in present
            else doubt for h, doubt, verb in zip(hits, result, verbs, strict=True)]


def _as_verb(hit: Hit, words: Sequence[Word]) -> bool:
    """Is this occupation word written as a verb: its base form after "to", a modal or a pronoun?"""
    return (hit.via == "term" and hit.end - hit.start == 1 and hit.start > 0
            and hit.entry.concept.startswith(SURNAME_TYPES) and words[hit.start].form == hit.entry.key[0]
            and words[hit.start - 1].form in VERB_MARKERS)


def _name_forms(hits: Sequence[Hit], words: Sequence[Word], known: frozenset[str]) -> set[str]:
    """Folded forms of the terms this text uses as surnames."""
    if _title_case(words):
        return set()
    names = set()
    for hit in hits:
        if (hit.via != "term" or hit.end - hit.start != 1 or hit.start == 0
                or not hit.entry.concept.startswith(SURNAME_TYPES)):
            continue
        word, before = words[hit.start], words[hit.start - 1]
        if (is_capitalised(word.text) and not word.opens and word.form == hit.entry.key[0]
                and is_capitalised(before.text) and not before.opens and before.form not in known
                and not (hit.start >= 2 and words[hit.start - 2].form in DETERMINERS)):
            names.add(word.form)
    return names


def _title_case(words: Sequence[Word]) -> bool:
    alpha = [w for w in words if w.text[:1].isalpha()]
    capitalised = sum(1 for w in alpha if w.text[0].isupper())
    return bool(alpha) and capitalised / len(alpha) > TITLE_CASE_SHARE
