"""Job titles that name their field in a phrase after the head, and titles in a gendered form.

A title often writes its field after its head, joined by a preposition, where a compound or an
English noun phrase would put it first: "bediener van een portaalkraan" is a
portaalkraanbediener, "kassier bij een bank" a bankkassier, "conciërge in een hotel" a
hotelconciërge, "teller at a bank" a bank teller. The head with the field before it is tried as
a term (and, in Dutch, as the head a longer compound ends in); what it names counts only when
it is another occupation than the head's own, so "medewerker bij een bank" is a bank clerk only
where the taxonomy lists one, and "kok in Utrecht" stays a cook.

A title whose head is a mere specialist or staff member names its job by a discipline, whose
practitioner is the occupation: "specialist productfotografie" is a productfotograaf (a
photographer), "medewerker ondertiteling" an ondertitelaar, "planning officer" a planner.

A title may also name its occupation in a feminine form the taxonomy does not list:
"schooldirectrice" is a schooldirecteur, "nieuwslezeres" a nieuwslezer, "brandweervrouw" a
brandweerman, "manageress" a manager. A word no occupation was found in is read in its neutral
form(s) too; the job is the same, so the two languages meet at the same concept.

What the title reader asks of the matcher (``Reader``, ``Word``, ``HeadEntry``) is declared here,
so that ``titles`` imports these steps and nothing imports back.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Protocol

from engine.domain.normalise import plural_candidates
from engine.nlp.components.senses import Entry, Hit

OCCUPATION = "occ."
LINKS = ("", "s")               # warmtepomp|monteur, verzekering|s|adviseur
MIN_PREFIX, MIN_HEAD = 3, 4     # "shoe|maker": a head inside a word leaves three letters before it
VAN = "van"
# a setting after the head: "in de ouderenzorg", "bij een bank", "op een boorplatform"
SETTINGS = {"nl": frozenset({"in", "bij", "op", "voor"}), "en": frozenset({"in", "at", "for"})}
LIDWOORDEN = frozenset({"een", "de", "het", "'t"})
ARTICLES = frozenset({"the", "a", "an"})
# feminine endings and the neutral ones they stand for, longest first (a form tries each that fits)
FEMININE = {
    "nl": (("trice", ("teur",)), ("euse", ("eur",)), ("vrouw", ("man",)), ("ster", ("er", "der", "ter")),
           ("eres", ("er", "aar")), ("es", ("",)), ("kin", ("",)), ("in", ("",)), ("e", ("",))),
    "en": (("mistress", ("master",)), ("woman", ("man", "person")), ("ress", ("er", "or")), ("ess", ("",))),
}
MIN_FEMININE_STEM = 3
# the families of a title that names its job by a discipline: "specialist productfotografie",
# "medewerker ondertiteling", "photography specialist", "planning officer"
GENERIC = frozenset({"occ.specialist", "occ.staff"})
# a discipline and the one who practises it, by their endings
PRACTITIONER = {
    "nl": (("grafie", "graaf"), ("logie", "loog"), ("nomie", "noom"), ("techniek", "technicus"),
           ("therapie", "therapeut"), ("fysica", "fysicus"), ("chemie", "chemicus"), ("strategie", "strateeg"),
           ("ontwerp", "ontwerper"), ("design", "designer")),
    "en": (("graphy", "grapher"), ("ology", "ologist"), ("therapy", "therapist"), ("physics", "physicist"),
           ("chemistry", "chemist"), ("strategy", "strategist"), ("design", "designer"), ("analysis", "analyst"),
           ("nutrition", "nutritionist")),
}
# an action noun's doer ("ondertiteling" -> ondertitelaar, "planning" -> planner) counts only as a
# whole term: guessed by its head, "bediening" would be a bediener, "afhandeling" a handelaar
# (English "-ing" is left alone: a "reporting specialist" is no reporter, "manufacturing" no maker)
DOERS = {"nl": (("ing", "aar"), ("ing", "er")), "en": ()}


class Word(Protocol):
    @property
    def form(self) -> str: ...

    @property
    def parts(self) -> tuple[str, ...]: ...

    @property
    def text(self) -> str: ...


@dataclass(frozen=True)
class HeadEntry:
    """A family's head word, as the matcher reports it (the shape of a term entry)."""

    key: tuple[str, ...]
    concept: str
    term: str
    cased: bool = False
    ambiguous: bool = False


class Reader(Protocol):
    """What the concept matcher offers the title reader."""

    @property
    def lang(self) -> str: ...

    @property
    def compound_splitting(self) -> bool: ...

    @property
    def single(self) -> Mapping[str, Entry]: ...

    @property
    def heads(self) -> Mapping[str, HeadEntry]: ...

    @property
    def families(self) -> Mapping[str, HeadEntry]: ...  # a family -> the entry reported for it

    @property
    def groups(self) -> Mapping[str, str]: ...  # a concept -> its sector (itself when it has none)

    @property
    def seniority(self) -> frozenset[str]: ...

    @property
    def broader(self) -> Mapping[str, str]: ...

    def canonical(self, form: str) -> str: ...

    def singular(self, form: str) -> str | None: ...

    def compound_head(self, word: str) -> Entry | None: ...

    def term_at(self, forms: Sequence[str], text: str) -> tuple[Entry, int] | None: ...

    def phrase(self, forms: Sequence[str]) -> Entry | None: ...


def linked_phrases(reader: Reader, words: Sequence[Word], hits: list[Hit]) -> list[Hit]:
    """Dutch names a field after its head with "van (een)", and a setting with "in", "bij",
    "op": "bediener van een bovenloopkraan" is a bovenloopkraanbediener, "lid van de
    gemeenteraad" a gemeenteraadslid, "bestuurder bij een vakbond" a vakbondsbestuurder, and
    "ambtenaar van de burgerlijke stand" the term "ambtenaar burgerlijke stand". The field is
    the noun after the article, or after an adjective before it ("lid van provinciale staten")."""
    found: list[Hit] = []
    covered = {k for h in hits if h.entry.concept.startswith(OCCUPATION) and h.end - h.start > 1
               for k in range(h.start, h.end)}
    links = SETTINGS["nl"] | {VAN}
    for i in range(len(words) - 2):
        if words[i + 1].form not in links or not words[i].form or i in covered:
            continue
        start = i + 3 if words[i + 2].form in LIDWOORDEN else i + 2
        if start >= len(words) or not words[start].form:
            continue
        rest = [w.form for w in words[start:]]
        match = reader.term_at([words[i].form, *rest], words[i].text)
        if match is not None and match[1] > 1 and match[0].concept.startswith(OCCUPATION):
            found.append(Hit(i, start + match[1] - 1, match[0], "compound_head"))
            continue
        named = head_of(reader, words[i].form, inside=False)
        own = reader.single.get(reader.canonical(words[i].form))
        head = named.concept if named else own.concept if own else ""
        if words[i + 1].form != VAN and not head.startswith(OCCUPATION):
            continue  # a setting is read only after a word that names an occupation
        fields = [start] + ([start + 1] if start + 1 < len(words) and words[start + 1].form else [])
        for f in fields:
            entry = compound_of(reader, words[f].form, words[i].form, head, singular=True)
            if entry is not None:
                found.append(Hit(i, f + 1, entry, "compound_head"))
                break
    return found


def english_settings(reader: Reader, words: Sequence[Word], hits: list[Hit]) -> list[Hit]:
    """English "X in/at/for (a) Y": "teller at a bank" is a bank teller, "nurse in elderly care"
    an elderly care nurse, when that is a term of another occupation than the head's own."""
    found: list[Hit] = []
    covered = {k for h in hits if h.entry.concept.startswith(OCCUPATION) and h.end - h.start > 1
               for k in range(h.start, h.end)}
    for i in range(len(words) - 2):
        if words[i + 1].form not in SETTINGS["en"] or not words[i].form or i in covered:
            continue
        own = reader.single.get(reader.canonical(words[i].form))
        named = head_of(reader, words[i].form, inside=False)
        head = named.concept if named else own.concept if own else ""
        if not head.startswith(OCCUPATION):
            continue
        start = i + 3 if words[i + 2].form in ARTICLES else i + 2
        for n in (2, 1):
            field = [w.form for w in words[start:start + n]]
            if len(field) < n or not all(field):
                continue
            entry = reader.phrase((*field, words[i].form))
            if entry is not None and entry.concept.startswith(OCCUPATION) and entry.concept != head:
                found.append(Hit(i, start + n, entry, "compound_head"))
                break
    return found


def neutral_readings(reader: Reader, words: Sequence[Word], hits: list[Hit]) -> list[Hit]:
    """A word no occupation was found in, read in its neutral form: "schooldirectrice" as
    "schooldirecteur" (a term), "wijkverpleegster" by the head of "wijkverpleger", "kapster" as
    "kapper"."""
    endings = FEMININE.get(reader.lang)
    if not endings:
        return []
    seen = {k for h in hits if h.entry.concept.startswith(OCCUPATION) for k in range(h.start, h.end)}
    found: list[Hit] = []
    for k, word in enumerate(words):
        if k in seen or not word.form or word.form in reader.seniority:
            continue
        for form in neutral_forms(word.form, endings, respell=reader.lang == "nl"):
            hit = _reading(reader, form, k)
            if hit is not None:
                found.append(hit)
                break
    return found


def neutral_forms(form: str, endings: tuple[tuple[str, tuple[str, ...]], ...], respell: bool) -> list[str]:
    """The neutral forms a feminine word could stand for, each ending's in turn; a stem's vowel
    is doubled or halved, and a consonant doubled, as Dutch spelling does ("lerares" -> leraar,
    "verkoopster" -> verkoper, "kapster" -> kapper)."""
    out: list[str] = []
    for ending, neutral in endings:
        if not form.endswith(ending) or len(form) - len(ending) < MIN_FEMININE_STEM:
            continue
        stem = form[:-len(ending)]
        for tail in neutral:
            out.append(stem + tail)
            if respell and tail in ("er", "aar", "") and len(stem) > 2:
                if stem[-3] == stem[-2] and stem[-2] in "aeou":      # verkoop|ster -> verkoper
                    out.append(stem[:-3] + stem[-2:] + tail)
                elif stem[-2] in "aeiou" and stem[-3] not in "aeiou":  # kap|ster -> kapper
                    out.append(stem + stem[-1] + tail)
                    out.append(stem[:-1] + stem[-2] + stem[-1] + tail.lstrip("a"))  # advocat|e -> advocaat
    return [f for f in dict.fromkeys(out) if f != form]


def _reading(reader: Reader, form: str, k: int) -> Hit | None:
    """What a neutral form names: a term, the head of its compound, or a family."""
    entry = reader.single.get(reader.canonical(form))
    if entry is not None and entry.concept.startswith(OCCUPATION):
        return Hit(k, k + 1, entry, "term")
    entry = reader.compound_head(form) if len(form) >= 2 * MIN_HEAD else None
    if entry is not None and entry.concept.startswith(OCCUPATION):
        return Hit(k, k + 1, entry, "compound_head")
    family = head_of(reader, form, inside=False)
    return Hit(k, k + 1, family, "head") if family is not None else None


def practitioners(reader: Reader, words: Sequence[Word], hits: list[Hit]) -> list[Hit]:
    """A specialist or staff member of a discipline is its practitioner: "specialist
    productfotografie" a productfotograaf, "photography specialist" a photographer. The
    discipline is the word after the head in Dutch (past "in"), the word before it in English."""
    endings = PRACTITIONER.get(reader.lang)
    if not endings:
        return []
    have = {h.entry.concept for h in hits}
    covered = {k for h in hits if h.entry.concept.startswith(OCCUPATION) and h.via == "term" and h.end - h.start > 1
               for k in range(h.start, h.end)}  # "staff nurse" is a nurse, not staff of a field
    found: list[Hit] = []
    for i, word in enumerate(words):
        family = reader.heads.get(word.form)
        if family is None or family.concept not in GENERIC or i in covered:
            continue
        if reader.lang == "en":
            j = i - 1
        else:
            j = i + 2 if i + 2 < len(words) and words[i + 1].form in ("in", "voor") else i + 1
        if not 0 <= j < len(words) or not words[j].form or j in covered:
            continue
        for form, whole in _practitioner_forms(words[j].form, reader.lang):
            hit = _reading(reader, form, min(i, j))
            if hit is None or (whole and hit.via != "term"):
                continue
            if hit.entry.concept not in GENERIC and hit.entry.concept not in have:
                have.add(hit.entry.concept)
                found.append(Hit(min(i, j), max(i, j) + 1, hit.entry, "compound_head"))
                break
    return found


def _practitioner_forms(field: str, lang: str) -> list[tuple[str, bool]]:
    """Who practises a discipline, by its ending, and whether only a whole term counts."""
    return [(field[:-len(ending)] + tail, whole)
            for table, whole in ((PRACTITIONER[lang], False), (DOERS[lang], True))
            for ending, tail in table if field.endswith(ending) and len(field) - len(ending) >= MIN_FEMININE_STEM]


def compound_of(reader: Reader, modifier: str, head: str, head_concept: str, singular: bool) -> Entry | None:
    """The occupation the compound modifier+head names, when it is not the head's own; a
    modifier written after its head is read in the singular too ("warmtepompen")."""
    stems = [modifier]
    if singular:
        stems = list(dict.fromkeys([reader.singular(modifier) or modifier, *plural_candidates(modifier, reader.lang),
                                    modifier]))
    base = reader.singular(head) or head
    words = [stem + link + base for stem in stems for link in LINKS]
    guessed = (reader.compound_head(stem + base) for stem in stems)
    for entry in (*(reader.single.get(reader.canonical(w)) for w in words),
                  *(e for e in guessed if e is not None and _whole_modifier(e, base))):
        if entry is not None and entry.concept != head_concept and entry.concept.startswith(OCCUPATION):
            return entry
    return None


def _whole_modifier(entry: Entry, base: str) -> bool:
    """A compound's known head must carry a modifier of its own, not a letter left of a plural:
    "monteur projecten" is no e-monteur ("projecte|monteur")."""
    letters = "".join(c for c in entry.term.lower() if c.isalpha())
    return not letters.endswith(base) or len(letters) - len(base) >= MIN_PREFIX


def head_of(reader: Reader, form: str, inside: bool = True) -> HeadEntry | None:
    """The family a word names: as a head itself (or its plural), else (``inside``) by the head
    it ends in."""
    for candidate in (form, *plural_candidates(form, reader.lang)):
        if candidate in reader.heads:
            return reader.heads[candidate]
    for cut in range(MIN_PREFIX, len(form) - MIN_HEAD + 1) if inside else ():
        rest = form[cut:]
        for candidate in (rest, *plural_candidates(rest, reader.lang)):
            if candidate in reader.heads:
                return reader.heads[candidate]
    return None
