"""How a job title is read beyond its terms: by its head.

A title names one occupation, and its head word says which family it belongs to even when the
whole title is new: "inspecteur precisie-instrumenten" and "precision device inspector" are
inspectors, "bijenfokker" and "bee breeder" breeders. The concept component reads a text this
way only when asked to (``title=True``: a vacancy's title, a feed's occupational category);
running text keeps to its terms, so a page that mentions "the manager" names no job. These
steps add hits:

1. **Terms a longer term hid.** An occupation term whose first words a longer term of a skill
   or field swallowed is read from inside it: "natural stone worker" (the material "natural
   stone") is a stone worker, "cavity wall insulation installer" an insulation installer
   (``via="term"``).
2. **English "of".** "Head of Personnel", "Teacher of Mathematics" are the compounds
   "personnel manager", "mathematics teacher": the field after "of" is tried before the head
   (a rank such as "head" before each head of its family, whose family it names too), never a
   mere unit ("Head of Department"); such a hit carries ``via="compound_head"``.
3. **Dutch word order.** "monteur warmtepompen" is the compound "warmtepompmonteur" written
   apart: the head with the (singular) modifier before it is tried as a term, and else for its
   own known head ("monteur warmtepompinstallaties" -> "installatiemonteur"), past an adjective
   ("ingenieur draadloze netwerken"), and "van (een)" too ("bediener van een portaalkraan",
   "lid van de Eerste Kamer"); such a hit carries ``via="compound_head"``.
4. **Family heads.** A word that is, or ends in, a head of a family ("…inspecteur",
   "… supervisor", "…maker") gives that family, beside any narrower occupation a term found in
   it; the other words of the title (sectors, skills) stand as evidence of its field. A word
   written with its alternatives ("verkoper/-ster") is read by each of them, a head written as
   two words ("core maker") as the one.
5. **Specialisations fall back.** An occupation found by a narrower term is also its broader
   occupation when the title itself names that one ("oncology nurse" is a nurse too,
   "wijkverpleegkundige" a verpleegkundige), so the same job in two languages meets there.

Steps 4 and 5 add hits with ``via="head"``.

Words of rank ("senior", "allround", "leerling", "lead") are read past; one that is also a head
("hoofd", "head") names its family only in a title that names no occupation otherwise.

Issue 15, third development batch (tests/data/dev/occupations): steps 1 and 2, the
alternatives of step 4 and the taxonomy's additions (see its data README) took the Dutch and
English titles of one occupation to a shared concept in 96.5 % -> 97.9 % of titles.json and
89.7 % -> 95.4 % of more3_titles.json (a concept at all: nl 100 / 98.2 -> 100 / 99.4 %, en
99.8 / 98.0 -> 99.8 / 99.1 %).

Sixth development batch (the fourth of occupations, more4_titles.json): "van (een)" phrases,
adjectives before the field, two-word heads, no compound from a plural's stray letter
("projecte|monteur" is no e-monteur) and the taxonomy's additions took the two languages to a
shared concept in 907 -> 965 of 1,000 titles (formal 407 -> 430 of 450; a concept at all: nl
978 -> 996, en 981 -> 995); titles.json 1,077 and more3 1,145 -> 1,146 kept or gained.

Seventh development batch (the fifth of occupations, more5_titles.json; see ``title_phrases``):
a setting after the head ("kassier bij een bank", "teller at a bank"), feminine forms read as
their neutral ones, a specialist or staff member of a discipline read as its practitioner, and
the taxonomy's additions (nurses called "zuster", ministers, police chiefs, invigilators, land
agents, announcers, ...) took the two languages to a shared concept in 679 -> 743 of 800 titles
(a concept at all: nl 787 -> 800, en 786 -> 798); titles.json 1,077, more3 1,146 -> 1,147 and
more4 965 -> 966 kept or gained.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from engine.nlp.components.senses import Entry, Hit
from engine.nlp.components.title_phrases import (
    HeadEntry,
    Reader,
    Word,
    compound_of,
    english_settings,
    head_of,
    linked_phrases,
    neutral_readings,
    practitioners,
)

HEAD = "head"
OCCUPATION = "occ."
OF = frozenset({"of"})          # "Head of Finance", "Teacher of Mathematics"
ARTICLES = frozenset({"the", "a", "an"})
# units, not fields: "Head of Department" names no department manager of a shop
ADJECTIVE_ENDINGS = ("e", "ig", "isch", "lijk")
UNITS = frozenset({"department", "departments", "team", "teams", "unit", "section", "division", "staff"})


def read_title(reader: Reader, words: Sequence[Word], hits: list[Hit]) -> list[Hit]:
    """The hits of a title: its terms, then what its word order, specialisations and head add."""
    hits = hits + neutral_readings(reader, words, hits)
    hits += _overlapping(reader, words, hits)
    hits += _of_phrases(reader, words, hits)
    hits += linked_phrases(reader, words, hits) if reader.compound_splitting else english_settings(reader, words, hits)
    hits += _reordered(reader, words, hits) if reader.compound_splitting else []
    hits += practitioners(reader, words, hits)
    hits += _family_heads(reader, words, hits)
    hits += _fallbacks(reader, words, hits)
    if not any(h.entry.concept.startswith(OCCUPATION) for h in hits):
        hits += _ranks(reader, words)
    return sorted(hits, key=lambda h: (h.start, h.end, h.entry.concept))


def _occupation_words(hits: Sequence[Hit]) -> set[int]:
    """Word positions an occupation is found in (a mere compound modifier names none)."""
    return {k for h in hits if h.entry.concept.startswith(OCCUPATION) and h.via != "compound_modifier"
            for k in range(h.start, h.end)}


def _next_word(reader: Reader, words: Sequence[Word], i: int) -> int | None:
    """The word after ``i``, past words of rank; None at a break or the end."""
    j = i + 1
    while j < len(words) and words[j].form in reader.seniority:
        j += 1
    return j if j < len(words) and words[j].form else None


def _reordered(reader: Reader, words: Sequence[Word], hits: list[Hit]) -> list[Hit]:
    """'monteur warmtepompen' -> the term 'warmtepompmonteur'; 'printplaatassemblage medewerker'
    (written apart) -> 'printplaatassemblagemedewerker', an assemblagemedewerker."""
    found: list[Hit] = []
    concepts = {h.start: h.entry.concept for h in hits
                if h.end - h.start == 1 and h.entry.concept.startswith(OCCUPATION)}
    covered = _occupation_words(hits)
    for i, word in enumerate(words):
        if word.form in reader.seniority:
            continue
        named = head_of(reader, word.form, inside=False)
        head = concepts.get(i) or (named.concept if named else None)
        if head is None:
            continue
        after, before = _next_word(reader, words, i), i - 1
        tries = [(after, (i, (after or 0) + 1))]
        if after is not None and after + 1 < len(words) and words[after + 1].form and _adjective(words[after].form):
            tries.insert(0, (after + 1, (i, after + 2)))  # "ingenieur mobiele netwerken": a netwerkingenieur
        for j, span in (*tries, (before, (before, i + 1))):
            if j is None or j < 0 or j in covered or not words[j].form or words[j].form in reader.seniority:
                continue
            entry = compound_of(reader, words[j].form, word.form, head, singular=j > i)
            if entry is not None:
                found.append(Hit(span[0], span[1], entry, "compound_head"))
                break
    return found


def _adjective(form: str) -> bool:
    """A Dutch adjective before its noun, by its ending ("mobiele", "natuurkundig", "elektrische")."""
    return form.endswith(ADJECTIVE_ENDINGS) and len(form) > 4


def _overlapping(reader: Reader, words: Sequence[Word], hits: list[Hit]) -> list[Hit]:
    """An occupation term a longer term of a skill or field swallowed the start of, read from
    inside it: "natural stone worker" (the material "natural stone") is a stone worker,
    "cavity wall insulation installer" an insulation installer."""
    found: list[Hit] = []
    forms = [w.form for w in words]
    for hit in hits:
        if hit.entry.concept.startswith(OCCUPATION) or hit.via != "term" or hit.end - hit.start < 2:
            continue
        for k in range(hit.start + 1, hit.end):
            match = reader.term_at(forms[k:], words[k].text)
            if match is not None and match[0].concept.startswith(OCCUPATION) and k + match[1] > hit.end:
                found.append(Hit(k, k + match[1], match[0], "term"))
                break
    return found


def _of_phrases(reader: Reader, words: Sequence[Word], hits: list[Hit]) -> list[Hit]:
    """English names a field after its head with "of": "Head of Personnel", "Teacher of
    Mathematics", "Director of Nursing" are the compounds "personnel manager", "mathematics
    teacher", "nursing director"; a head that is a rank ("head", "chief") stands for its family's
    other heads, and names the family too. One or two words of field are read, past an article."""
    found: list[Hit] = []
    spans = [(h.start, h.end) for h in hits if h.entry.concept.startswith(OCCUPATION) and h.end - h.start > 1]
    for i in range(len(words) - 2):
        if words[i + 1].form not in OF or any(a <= i < b for a, b in spans):
            continue
        single = reader.single.get(reader.canonical(words[i].form))
        family = head_of(reader, words[i].form, inside=False)
        heads = [words[i].form]
        if family is not None:
            heads += sorted(h for h, e in reader.heads.items() if e.concept == family.concept and h != words[i].form)
        elif single is None or not single.concept.startswith(OCCUPATION):
            continue
        start = i + 3 if words[i + 2].form in ARTICLES else i + 2
        for n in (2, 1):
            field = [w.form for w in words[start:start + n]]
            if len(field) < n or not all(field) or field[0] in UNITS:
                continue
            entry = next((e for e in map(reader.phrase, ((*field, h) for h in heads))
                          if e is not None and e.concept.startswith(OCCUPATION)), None)
            if entry is not None:
                found.append(Hit(i, start + n, entry, "compound_head"))
                if family is not None:  # a head of personnel is a manager too, as "hoofd" alone says
                    found.append(Hit(i, i + 1, family, HEAD))
                break
    return found


def _fallbacks(reader: Reader, words: Sequence[Word], hits: list[Hit]) -> list[Hit]:
    """A narrower occupation is also its broader one (an orderpicker a magazijnmedewerker), and
    the families above it (a werktuigbouwkundige is an engineer, an assistant staff), and any
    broader occupation its own words name ('oncology nurse')."""
    found: list[Hit] = []
    have = {h.entry.concept for h in hits}
    for hit in hits:
        chain = _ancestors(reader.broader, hit.entry.concept)
        if not chain or hit.via == "compound_modifier":
            continue
        for k in range(hit.start, hit.end):
            for entry in _word_readings(reader, words[k]):
                if entry.concept in chain and entry.concept not in have:
                    have.add(entry.concept)
                    found.append(Hit(k, k + 1, entry, HEAD))
        for concept in (c for i, c in enumerate(chain) if (i == 0 or c in reader.families) and c not in have):
            have.add(concept)
            entry = reader.families.get(concept) or HeadEntry(hit.entry.key, concept, hit.entry.term)
            found.append(Hit(hit.start, hit.end, entry, HEAD))
    return found


def _ancestors(broader: Mapping[str, str], concept: str) -> list[str]:
    chain, current = [], broader.get(concept)
    while current is not None and current not in chain:
        chain.append(current)
        current = broader.get(current)
    return chain


def _word_readings(reader: Reader, word: Word) -> list[Entry]:
    """What one word is on its own: a term, the head of its compound, or its hyphenated pieces."""
    readings = [reader.single.get(reader.canonical(word.form)), reader.compound_head(word.form)]
    readings += [reader.single.get(reader.canonical(part)) for part in word.parts]
    return [r for r in readings if r is not None]


def _family_heads(reader: Reader, words: Sequence[Word], hits: list[Hit]) -> list[Hit]:
    """Each word read for the head of a family, whole or as the end of a compound ("bijenfokker",
    "NDT inspector", "landbouwadviseur"). Where a term of a narrower occupation covers the word,
    its family must lie in no sector or in the narrower one's ("veterinary nurse" names no nurse
    of people); a mere guess at a compound's head ("drukpersmachinist") does not decide."""
    covering: dict[int, set[str]] = {}
    for hit in hits:
        if hit.entry.concept.startswith(OCCUPATION) and hit.via == "term":
            for k in range(hit.start, hit.end):
                covering.setdefault(k, set()).add(reader.groups.get(hit.entry.concept, ""))
    have = {h.entry.concept for h in hits}
    found: list[Hit] = []
    for k, word in enumerate(words):
        if not word.form or word.form in reader.seniority:
            continue
        # a hyphenated compound ends in its head; alternatives ("verkoper/-ster") may put it first
        pieces = word.parts[::-1] if "/" in word.form else word.parts[-1:] or (word.form,)
        entry = _written_apart(reader, words, k) or next(
            (e for e in (head_of(reader, piece) for piece in pieces) if e is not None), None)
        if entry is None or entry.concept in have:
            continue
        group = reader.groups.get(entry.concept, entry.concept)
        if k not in covering or group == entry.concept or group in covering[k]:
            have.add(entry.concept)
            found.append(Hit(k, k + 1, entry, HEAD))
    return found


def _written_apart(reader: Reader, words: Sequence[Word], k: int) -> HeadEntry | None:
    """A head written as two words ("core maker" for the head "coremaker") names its own family,
    not the family of its last word."""
    if k == 0 or not words[k - 1].form or words[k - 1].form in reader.seniority:
        return None
    return head_of(reader, words[k - 1].form + words[k].form, inside=False)


def _ranks(reader: Reader, words: Sequence[Word]) -> list[Hit]:
    """A title that names no occupation but a rank that is a head ("Head of Treasury", "hoofd
    uitvoering") is of that rank's family."""
    for k, word in enumerate(words):
        if word.form in reader.seniority and word.form in reader.heads:
            return [Hit(k, k + 1, reader.heads[word.form], HEAD)]
    return []
