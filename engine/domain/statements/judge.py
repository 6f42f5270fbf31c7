"""One clause judged: is it a statement about a person, and is it about the work sought?

A clause is a statement when it holds a phrase that is one wherever it stands (``PHRASES``), a
bare age ("32", "(64)", "29 jr"), or a term of the lexicon that is about the writer or someone
close to them: tied to them by a frame ("ik ben", "mijn zoon met", "as a"), describing them right
before an occupation ("muslim nurse"), or standing in a clause that names no occupation. A term
next to an occupation and free of any frame is the subject of the work: "tolk Arabisch",
"begeleider mensen met autisme", "trade union organiser", "Hebrew teacher at a Jewish school".
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, lru_cache

from babel import Locale

from engine.domain.places import Gazetteer
from engine.domain.statements import glossary, lexicon, vocabulary
from engine.domain.statements.realwords import load_real_words
from engine.domain.statements.words import Mender, Token, compounds, normalise, tokens
from engine.domain.taxonomy import load_taxonomy

_BARE_AGE = re.compile(r"^\(?\s*(?:1[4-9]|[2-9]\d)\s*\+?\s*(?:jaar|jr|yrs?|years?|y/o|y\.o\.?|yo)?\.?\s*(?:oud|old)?"
                       r"\s*\)?$")
# "twenty-seven", "30s", "mid 40s" standing alone
_BARE_AGE_WORDS = re.compile(rf"\(?\s*(?:{lexicon.NUMBER_WORD}|(?:early |mid |late |begin |eind )?[2-7]0 ?s)\s*\)?")
_WORD = re.compile(r"[^\W_]+(?:['-][^\W_]+)*")
_CAPITAL = re.compile(r"(?<=\s)[A-Z][\w'-]+")
_LANGUAGE = frozenset("taal talen language languages sprekend speaking tweetalig bilingual vloeiend fluent native "
                      "moedertaal spreek speak tolk translator vertaler interpreter speaker spreker tongue "
                      "tong".split())
_NOT_PLACES = frozenset("january february march april may june july august september october november december "
                        "januari februari maart mei juni juli augustus oktober monday tuesday wednesday "
                        "thursday friday saturday sunday sundays maandag dinsdag woensdag donderdag vrijdag "
                        "zaterdag zondag ps nl".split())
# Adjectives that describe a person, so that right before an occupation they are about the writer
# ("zwangere verpleegkundige", "muslim nurse"); a domain word there is not ("pregnancy yoga").
_PERSONAL = frozenset("gepensioneerd gepensioneerde retired gescheiden divorced alleenstaande "
                      "moslim muslim moslima christen christian jewish joodse katholieke catholic gay lesbian "
                      "lesbische homo queer transgender trans zwangere pregnant disabled gehandicapte deaf dove "
                      "blind blinde autistic autistische black zwarte".split()) | glossary.PERSONAL
_WORK_PREPOSITIONS = frozenset("in bij at within binnen".split())
# Origin words that name a group the work may be for ("refugee caseworker"), not a nationality.
_GROUPS = frozenset("vluchteling refugee statushouder asielzoeker migrant immigrant expat nieuwkomer allochtoon "
                    "inburgering roma sinti".split())
# What may follow a common word that a frame ties to the person: the clause ends, or goes on.
_AFTER_BOUND = frozenset("and en maar but myself zelf ook too also as als since sinds for in van al already "
                         "originally oorspronkelijk by birth geboren born descent afkomst".split())
# The second half of a hyphenated heritage: "Mexican-American", "Turkish-Dutch", "Indian-British".
_HERITAGE = frozenset("american amerikaans amerikaanse british brit dutch nederlands nederlandse nederlander "
                      "canadian australian belgian belgisch belgische".split())
_SKIN = frozenset("black white mixed zwarte witte".split())
_ARTICLES = frozenset("de het een the a an".split())
_NOISE = frozenset("man men home over plus user jaar work werk job jobs baan team hand help back off "
                   "data so re er og".split())


@dataclass(frozen=True)
class Reading:
    """What one clause is: the kinds of statement it makes, and whether it is about the work."""

    categories: tuple[str, ...]
    occupational: bool
    interest: bool
    schedule: bool  # an occupation, hours or a place: what a "dus geen ..." clause must hold to stay
    negative: bool
    mentions: bool  # names a lexicon term, even one that is about the work here


@dataclass(frozen=True)
class _Hit:
    category: str
    index: int
    term: str
    bound_only: bool


class Judge:
    """The lexicon and vocabulary compiled once; ``read`` judges one clause."""

    language_words = _LANGUAGE  # "tolk Indonesisch": after these an origin word names a language

    def __init__(self) -> None:
        self.phrases = {category: tuple(re.compile(p) for p in patterns)
                        for category, patterns in lexicon.PHRASES.items()}
        self.terms: dict[tuple[str, ...], tuple[str, bool]] = {}
        for table, bound_only in ((lexicon.TERMS, False), (lexicon.BOUND, True)):
            for category, entries in table.items():
                for entry in entries:
                    self.terms.setdefault(tuple(normalise(entry).split()), (category, bound_only))
        self.lexicon_words = frozenset(word for key in self.terms for word in key)
        kinds = {word: category for key, (category, _) in self.terms.items() for word in key}
        self.frames = {category: tuple(re.compile(p) for p in
                                       vocabulary.PERSON_FRAMES + vocabulary.CATEGORY_FRAMES.get(category, ()))
                       for category in lexicon.CATEGORIES}
        self.work_frame = re.compile(vocabulary.WORK_FRAMES)
        self.asks_for_self = re.compile(vocabulary.ASKS_FOR_SELF)
        roles, sectors, skills = _taxonomy_words()
        self.role_pairs = _two_word_roles()  # "grafisch ontwerper": a modifier and its role
        unfit = self.lexicon_words | vocabulary.TARGET_GROUPS | _NOISE
        self.roles = (roles | vocabulary.OCCUPATIONS) - unfit
        self.occupations = self.roles | (sectors - unfit)
        self.interest_words = vocabulary.INTEREST | vocabulary.SCHEDULE | self.occupations | (skills - unfit)
        self.is_occupation = lru_cache(maxsize=8192)(self._is_occupation)
        # One pattern per category for ``read``; the clauses of one text are read more than once
        # (whole, and on either side of a possible cut), so readings and words are remembered.
        self.any_phrase = {category: re.compile("|".join(f"(?:{p.pattern})" for p in patterns))
                           for category, patterns in self.phrases.items()}
        self.some_phrase = re.compile("|".join(f"(?:{p.pattern})" for p in self.any_phrase.values()))
        self.read: Callable[..., Reading] = lru_cache(maxsize=8192)(self._read)
        self.occupational: Callable[[str], bool] = lru_cache(maxsize=8192)(self._occupational)
        self._stems: Callable[[str], list[str]] = lru_cache(maxsize=8192)(self._stems_of)
        self.places = Gazetteer.load().names() - self.lexicon_words  # "verkoper, vijftiger, Zwolle"
        self.countries, self.country_starts = _countries(self.interest_words)
        # Words that say who someone is and never name a field of work ("transgender", "reuma").
        self.identity_terms = frozenset(key for key, (_, bound_only) in self.terms.items()
                                        if not bound_only and " ".join(key) not in lexicon.TOPICAL)
        self.mender = Mender({**_FUZZY_EXTRA, **kinds},
                             frozenset(self.interest_words | skills | vocabulary.TARGET_GROUPS | load_real_words()))

    def _is_occupation(self, word: str) -> bool:
        """An occupation, sector or role, or a compound with such a head ("vakbondsjurist")."""
        if word in self.occupations:
            return True
        return (word not in self.lexicon_words and word not in vocabulary.TARGET_GROUPS
                and any(word.endswith(s) and len(word) > len(s) + 2 for s in vocabulary.OCCUPATION_SUFFIXES))

    def _occupational(self, text: str) -> bool:
        """Whether the clause names an occupation, a sector or a role, or works with someone."""
        flat = self.mender.mend_text(normalise(text))
        return bool(self.work_frame.search(flat)) or any(
            self.is_occupation(t.text) for t in tokens(flat)) or any(self.is_occupation(c) for c in compounds(text))

    def cares(self, text: str) -> bool:
        """Whether the clause names a role that cares for, treats or teaches people."""
        return any(t.text.endswith(vocabulary.CARE_ROLES) for t in tokens(normalise(text)))

    def phrase_across(self, head: str, tail: str) -> bool:
        """Whether a phrase that is a statement wherever it stands runs from the head into the tail
        ("Carer | for my mother"): cutting there would leave part of the statement behind."""
        before = self.mender.mend_text(normalise(head))
        flat = self.mender.mend_text(normalise(f"{head} {tail}"))
        return any(m.start() < len(before) < m.end() - 1 for patterns in self.phrases.values()
                   for p in patterns for m in p.finditer(flat))

    def phrase_starts(self, text: str) -> bool:
        """Whether a phrase that is a statement wherever it stands starts the text ("born in 1970 ...")."""
        flat = self.mender.mend_text(normalise(text))
        return any(p.match(flat) for patterns in self.phrases.values() for p in patterns)

    def _read(self, text: str, context_occupational: bool = False, caring: bool = False) -> Reading:
        """One clause judged; ``context_occupational`` when it stands beside an occupation (in brackets,
        a list or an "en/and"), ``caring`` when that occupation cares for or teaches people, so a
        condition there is its subject ("begeleider (autisme)") and not the writer's ("tuinman (ADHD)")."""
        flat = self.mender.mend_text(normalise(text))
        words = tokens(flat)
        occupational = self.occupational(text)
        found = [c for c, pattern in self.any_phrase.items() if pattern.search(flat)] \
            if self.some_phrase.search(flat) else []
        label, colon, value = flat.partition(":")
        bare = value.strip() if colon and label.strip() in vocabulary.LABELS else flat
        if colon and label.strip() in vocabulary.CATEGORY_LABELS and value.strip():
            found.append(vocabulary.CATEGORY_LABELS[label.strip()])  # "Strafblad: nee", "Party: Labour"
        elif _BARE_AGE.match(bare) or _BARE_AGE_WORDS.fullmatch(bare):
            found.append("age")  # "32", "(64)", "Leeftijd: 56", "About me: 29"
        hits = self._hits(words, text)
        for hit in hits:
            beside_work = occupational or (context_occupational and hit.term in lexicon.TOPICAL
                                           and (hit.category != "health" or caring))
            if hit.category not in found and self._about_person(hit, flat, words, beside_work):
                found.append(hit.category)
        interest = occupational or any(w.text in self.interest_words or w.text in self.places for w in words) \
            or self._place(text)
        schedule = any(w.text in vocabulary.SCHEDULE or self.is_occupation(w.text) for w in words)
        negative = any(w.text in vocabulary.NEGATIONS for w in words)
        ordered = tuple(c for c in lexicon.CATEGORIES if c in found)
        mentions = any(not hit.bound_only for hit in hits)
        return Reading(ordered, occupational, interest, schedule, negative, mentions)

    def _hits(self, words: list[Token], text: str) -> list[_Hit]:
        """Every lexicon term in the clause: whole phrases first, then compounds and their stems."""
        hits: list[_Hit] = []
        plain = [w.text for w in words]
        for size in (4, 3, 2, 1):
            for i in range(len(plain) - size + 1):
                entry = self.terms.get(tuple(plain[i:i + size]))
                if entry:
                    hits.append(_Hit(entry[0], i, " ".join(plain[i:i + size]), entry[1]))
        for i, word in enumerate(plain):
            if (word, ) not in self.terms and not self.is_occupation(word):
                hits.extend(_Hit(c, i, word, False) for c in self._stems(word))
                if self._country(plain, i):
                    hits.append(_Hit("origin", i, word, True))
        for word in compounds(text):
            at = next((i for i, part in enumerate(plain) if part and word.startswith(part)), 0)
            entry = self.terms.get((word,))
            if entry:
                hits.append(_Hit(entry[0], at, word, entry[1]))
            elif not self.is_occupation(word):
                hits.extend(_Hit(c, at, word, False) for c in self._stems(word))
        return hits

    def _country(self, plain: list[str], i: int) -> bool:
        """A country, in Dutch or English ("Peru", "Verenigde Staten"), or a word made of the start
        of one and an ending of nationality ("Peruvian", "Kameroens", "Bosnisch", "Thai")."""
        word, following = plain[i], plain[i + 1:i + 2]
        if following and (following[0] in self.roles or following[0] in vocabulary.THINGS):
            return False  # "Spanish teacher", "Thai restaurant"
        if any(tuple(plain[i:i + size]) in self.countries for size in (1, 2, 3)):
            return True
        return len(word) >= 4 and word.isalpha() and any(
            word[:cut] in self.country_starts and word[cut:] in _NATIONALITY_ENDINGS for cut in range(4, len(word) + 1))

    def _stems_of(self, word: str) -> list[str]:
        """Categories of the stems in a compound; a stem written "-patient" only ends one ("hartpatient")."""
        return [category for category, stems in lexicon.STEMS.items()
                if any(len(word) > len(stem) and (word.endswith(stem[1:]) if stem[0] == "-" else stem in word)
                       for stem in stems)]

    def _about_person(self, hit: _Hit, flat: str, words: list[Token], occupational: bool) -> bool:
        """A term is about the person when a frame ties it to them, when it describes them right
        before an occupation, or when the clause is not about any work at all. A word of origin
        next to one about language names the language ("native Dutch speaker", "spreek Turks")."""
        if hit.category == "origin" and any(w.text in _LANGUAGE for w in words[max(0, hit.index - 2):hit.index + 3]):
            return False
        after = words[hit.index + len(hit.term.split()):][:2]
        if hit.term in lexicon.TOPICAL and any(w.text in self.roles for w in after):
            return False  # "maternity nurse", "addiction counsellor": the field of a role, frame or not
        if self._bound(hit, flat, words):
            return True
        if hit.bound_only:
            return False
        before = {w.text for w in words[max(0, hit.index - 3):hit.index]}
        following = words[hit.index + len(hit.term.split()):hit.index + len(hit.term.split()) + 1]
        if hit.term in ("union", "unions") and ((hit.index and words[hit.index - 1].text == "credit")
                                                 or (following and following[0].text in vocabulary.UNION_WORKPLACES)):
            return False  # a credit union is a bank; a union job is work under a union contract
        if (before & vocabulary.TARGET_GROUPS or (following and following[0].text in vocabulary.TARGET_GROUPS)) \
                and not self.asks_for_self.search(flat):
            return False  # "mensen met autisme", "LHBTI-jongeren", "LGBT youth": who the work is for
        if {w.text for w in words[max(0, hit.index - 2):hit.index]} & _WORK_PREPOSITIONS \
                and any(w.text in vocabulary.INTEREST for w in words):
            return False  # where the work is: "baan bij een vakbond", "werk in de gevangenis"
        if hit.category == "origin" and any(w.text in _LANGUAGE for w in words):
            return False
        if following and following[0].text in vocabulary.THINGS:
            return False
        if hit.term in _PERSONAL and following and following[0].text in self.roles \
                and not (hit.category == "religion" and following[0].text in vocabulary.FAITH_ROLES):
            return True
        return not occupational

    def _bound(self, hit: _Hit, flat: str, words: list[Token]) -> bool:
        """A frame ends at most five words before the term, with no occupation or client between. A
        word too common to mean anything alone ("MS", "bi", "black", "national") must follow its
        frame closely and end what is said: "ik heb MS", not "ik heb MS Office ervaring"; "I'm bi",
        not "I'm bi-lingual"; "I'm from Ghana", not "I am a national account manager"."""
        window = 5
        if hit.bound_only:
            following = words[hit.index + len(hit.term.split()):][:1]
            if following and following[0].text not in _AFTER_BOUND \
                    and not (hit.category == "origin" and (following[0].text in _HERITAGE
                                                           or self._country([w.text for w in words], hit.index + 1))):
                return False  # "I'm Mexican-American": a nationality may follow another
            window = 3
        for frame in self.frames[hit.category]:
            for match in frame.finditer(flat):
                end = sum(1 for w in words if w.start < match.end())
                if end > hit.index + 1 or hit.index - end > window:
                    continue
                between = words[end:hit.index]
                if not any(self.is_occupation(w.text) or w.text in vocabulary.TARGET_GROUPS for w in between):
                    return True
        return False

    def cut(self, text: str) -> int | None:
        """Where a description of the person ends and the work begins, inside one clause: a word
        describing them right before an occupation ("muslim | nurse"), or the end of an "as a ..."
        frame at a preposition that brings in a sector ("As a woman | in tech")."""
        words = list(_WORD.finditer(text))
        plain = [normalise(w.group()) for w in words]  # each word normalised once
        for i, (word, following) in enumerate(zip(words, words[1:], strict=False)):
            # the role right after the word, or one word and then the role
            if self._describes(plain[i], plain[i + 1:i + 3], plain[i - 1] if i else "") \
                    and text[word.end():following.start()].strip() == "":
                return following.start()
        if plain and plain[0] in ("als", "as"):
            for i in range(1, len(plain) - 1):
                after = plain[i + 2] if plain[i + 1] in _ARTICLES and i + 2 < len(plain) else plain[i + 1]
                if plain[i] in _WORK_PREPOSITIONS and self.is_occupation(after):
                    return words[i].start()
        return None

    def _describes(self, word: str, role: list[str], previous: str = "") -> bool:
        """A word about the person right before a role, or before one word and a role ("dove |
        grafisch ontwerper", "Polish | builder"); never a faith before a faith's post, nor an
        origin before work with a language ("Turkish interpreter")."""
        head = next((w for w in role if w in self.roles), None)
        if head is None or any(w in vocabulary.FAITH_ROLES or w in _LANGUAGE for w in role[:role.index(head) + 1]) \
                or (head != role[0] and " ".join(role) not in self.role_pairs):  # "deaf | awareness trainer"
            return False
        if word.endswith((" born", " geboren")):  # "Nigerian-born | nurse", "Mexican-born chef"
            stem = word.rsplit(" ", 1)[0]
            return self.terms.get((stem,), ("", True))[0] == "origin" or self._country([stem], 0)
        if word in _HERITAGE and previous in _SKIN:  # "Black British | engineer"
            return True
        return word in _PERSONAL or (self.terms.get((word,), ("", True)) == ("origin", False)
                                     and word not in _GROUPS)  # "Polish | builder", not "refugee caseworker"

    def _place(self, text: str) -> bool:
        """A capitalised name that is not a lexicon word: a town or a region the person wants to work in."""
        for match in _CAPITAL.finditer(text):
            name = normalise(match.group())
            if name not in self.lexicon_words and name not in _NOT_PLACES and not name.startswith("i'"):
                return True
        return False


# Words the phrases use that typos should still reach ("childeren", "devorced", "relased").
_FUZZY_EXTRA = {"children": "family", "kinderen": "family", "married": "family", "divorced": "family",
                "released": "criminal_record", "pregnant": "pregnancy", "member": "union", "single": "family"}


# Endings that make a country's name a nationality: Peru-vian, Kameroen-s, Bosni-sch, Thai-.
_NATIONALITY_ENDINGS = frozenset(
    " s se n an ian ean ese nese ees ish i er ier ers aans aanse aan iaans iaanse isch ische sch ic ns nse ens ense "
    "ans anse vian".split(" "))
_NOT_COUNTRIES = frozenset({"EU", "EZ", "QO", "UN", "XA", "XB", "XK", "ZZ"})


def _countries(words: frozenset[str]) -> tuple[frozenset[tuple[str, ...]], frozenset[str]]:
    """Every country's name in Dutch and English (Babel's CLDR data), each part of a name like
    "Bosnia & Herzegovina" apart, and the starts of the one-word names (four letters or more) that a
    nationality is built on; no name that is a word of the work sought."""
    names = {tuple(part.split()) for language in ("nl", "en")
             for code, name in Locale(language).territories.items()
             if len(code) == 2 and code.isalpha() and code not in _NOT_COUNTRIES
             for part in re.split(r" (?:&|en|and) ", normalise(name))}  # "Bosnia & Herzegovina"
    names = {name for name in names if not (len(name) == 1 and name[0] in words)}
    starts = {name[0][:cut] for name in names if len(name) == 1 for cut in range(4, len(name[0]) + 1)}
    return frozenset(names), frozenset(starts)


def _taxonomy_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Single-word occupation, sector and skill terms of the taxonomy."""
    found: dict[str, set[str]] = {"occupation": set(), "sector": set(), "skill": set()}
    for concept in load_taxonomy().concepts.values():
        for language in ("nl", "en"):
            for term in (*concept.terms[language], concept.labels[language]):
                words = normalise(term).split()
                if len(words) == 1 and len(words[0]) >= 3 and words[0].isalpha():
                    found[concept.type].add(words[0])
    return frozenset(found["occupation"]), frozenset(found["sector"]), frozenset(found["skill"])


def _two_word_roles() -> frozenset[str]:
    """Two-word occupation terms of the taxonomy ("grafisch ontwerper", "graphic designer")."""
    return frozenset(" ".join(words) for concept in load_taxonomy().concepts.values() if concept.type == "occupation"
                     for language in ("nl", "en") for term in (*concept.terms[language], concept.labels[language])
                     if len(words := normalise(term).split()) == 2)


@cache
def get_judge() -> Judge:
    """The one judge: the lexicon and the taxonomy are read once per process."""
    return Judge()
