"""``plainsight_concepts``: finds taxonomy concepts in text, tolerant of case, inflection and
Dutch compounds, and sets them as ``doc.spans["concepts"]`` (label = concept id).

The component keeps its own term table and a small lemma table (built from spaCy's lookup
data, restricted to the words our terms use), so matching needs no tagger at run time.

Tolerance stops where it would invent links. A term shorter than ``min_part`` letters or an
acronym ("EPT", "SEA") is only ever a whole word or a hyphenated piece, never part of a
compound ("recepten" holds no "EPT"); an acronym the taxonomy writes only in capitals must be
written in capitals ("sea" is not "SEA"). A span read in another sense carries ``span._.doubt``:
``"name"`` for a surname ("Jesse Timmerman"), ``"context"`` for an ambiguous term with nothing
of its sector beside it (see ``senses``); the reader of the spans decides what that costs.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

import srsly
from spacy.language import Language
from spacy.tokens import Doc, Span, SpanGroup

from engine.domain.normalise import fold, plural_candidates
from engine.nlp.components.senses import Hit, doubts
from engine.nlp.components.titles import HeadEntry, read_title
from engine.nlp.components.words import BREAK, Word, words_of

SPAN_KEY = "concepts"
VETO_WINDOW = 3
# A word read as known-modifier + unknown head needs a head of at least this many letters
# that does not start like a Dutch derivational ending.
MIN_MODIFIED_HEAD = 5
DERIVATION_SUFFIXES = ("lijk", "ig", "isch", "heid", "baar", "loos", "achtig", "erij", "ing", "elijk",
                       "er", "en", "e", "s", "st", "te", "de", "ste", "tje", "je", "ling", "schap", "nis")
_MAX_CANON_CACHE = 50_000



def _register_extensions() -> None:
    """``span._.term``, ``._.via``, ``._.doubt``: kept per span and concept, since a title's word
    can stand for two (a narrower occupation and the broader one it falls back to)."""
    for name in ("term", "via", "doubt"):
        if not Span.has_extension(name):
            Span.set_extension(name, getter=_reading(name))


def _reading(name: str) -> Callable[[Span], str | None]:
    return lambda span: span.doc.user_data.get(_reading_key(name, span.start_char, span.end_char, span.label_))


def _reading_key(name: str, start: int, end: int, label: str) -> str:
    return f"{SPAN_KEY}:{name}:{start}:{end}:{label}"


@dataclass(frozen=True)
class TermEntry:
    """One term of the taxonomy as the matcher sees it."""

    key: tuple[str, ...]
    concept: str
    term: str
    cased: bool = False      # an acronym written only in capitals: it must be written so
    ambiguous: bool = False  # listed under needs_context: it counts only beside its sector


class Reading(NamedTuple):
    """One concept read in a text: where (characters), which, by which term, how, with what doubt."""

    start: int
    end: int
    concept: str
    term: str
    via: str
    doubt: str | None
    text: str
    first_token: int
    end_token: int


class ConceptMatcher:
    def __init__(self, vocab, name: str, compound_splitting: bool, min_part: int) -> None:
        self.vocab = vocab
        self.name = name
        self.compound_splitting = compound_splitting
        self.min_part = min_part
        self.lang = vocab.lang
        self.entries: list[TermEntry] = []
        self.lemmas: dict[str, str] = {}
        self.vetoes: dict[str, frozenset[str]] = {}
        self.groups: dict[str, str] = {}
        self.heads: dict[str, HeadEntry] = {}        # a family's head word -> the family (titles only)
        self.seniority: frozenset[str] = frozenset()  # words of rank a title is read past
        self.broader: dict[str, str] = {}             # occupation -> its broader occupation
        self.codes: dict[str, list[str]] = {}         # "isco:2221", "esco:<uri>" -> concepts
        _register_extensions()
        self._reindex()

    # -- data ---------------------------------------------------------------------------
    def initialize(self, get_examples: Callable | None = None, *, nlp: Language | None = None,
                   terms: Iterable[tuple[str, str, str]] = (),
                   vetoes: dict[str, Iterable[str]] | None = None,
                   lemma_table: dict[str, str] | None = None,
                   needs_context: dict[str, Iterable[str]] | None = None,
                   groups: dict[str, str] | None = None, heads: Iterable[tuple[str, str]] = (),
                   seniority: Iterable[str] = (), broader: dict[str, str] | None = None,
                   codes: dict[str, list[str]] | None = None) -> None:
        """Load ``terms`` as (concept id, language, term) and keep the lemmas they need.
        ``needs_context``: concept -> its ambiguous terms; ``groups``: concept -> its sector;
        ``heads``: (family, head word); ``broader``: occupation -> broader occupation;
        ``codes``: a classification code ("isco:2221") -> the concepts it stands for."""
        tokenizer = (nlp or _blank(self.lang)).tokenizer

        def key_of(term: str) -> tuple[str, ...]:
            return tuple(w.form for w in words_of(tokenizer(term)) if w.form != BREAK)

        spellings: dict[tuple[str, ...], list[str]] = {}
        owners: dict[tuple[str, ...], tuple[str, str]] = {}
        for concept, _lang, term in sorted(set(terms)):
            key = key_of(term)
            if key:
                owners.setdefault(key, (concept, term))
                spellings.setdefault(key, []).append(term)
        ambiguous = {(c, key_of(t)) for c, ts in (needs_context or {}).items() for t in ts}
        self.entries = sorted((TermEntry(key, concept, term, _acronym(spellings[key]), (concept, key) in ambiguous)
                               for key, (concept, term) in owners.items()), key=lambda e: e.key)
        self.groups = dict(sorted((groups or {}).items()))
        self.vetoes = {c: frozenset(fold(w) for w in ws) for c, ws in sorted((vetoes or {}).items())}
        self.heads = {fold(h): HeadEntry((fold(h),), c, h) for c, h in sorted(set(heads))}
        self.seniority = frozenset(fold(w) for w in seniority)
        self.broader = dict(sorted((broader or {}).items()))
        self.codes = {code: sorted(ids) for code, ids in sorted((codes or {}).items())}
        known = {form for entry in self.entries for form in entry.key}
        self.lemmas = {}
        for form, lemma in sorted((lemma_table or {}).items()):
            folded_form, folded_lemma = fold(form), fold(lemma)
            if folded_lemma in known and folded_form != folded_lemma and folded_form not in known:
                self.lemmas[folded_form] = folded_lemma
        self._reindex()

    def _reindex(self) -> None:
        self.families = {h.concept: h for _, h in sorted(self.heads.items(), reverse=True)}
        self.table = {e.key: e for e in self.entries}
        self.known_forms = frozenset(f for e in self.entries for f in e.key)
        self.first_forms = frozenset(e.key[0] for e in self.entries)
        self.max_len = max((len(e.key) for e in self.entries), default=1)
        self.single = {e.key[0]: e for e in self.entries if len(e.key) == 1}
        # every proper prefix of a multi-word term: a longer match is only tried past one
        self.prefixes = frozenset(e.key[:n] for e in self.entries for n in range(1, len(e.key)))
        self._canon_cache: dict[str, str] = {}
        self._singular_cache: dict[str, str | None] = {}
        self._fold_cache: dict[str, str] = {}
        self._compound_cache: dict[str, list[tuple[TermEntry, str]]] = {}

    # -- matching -------------------------------------------------------------------------
    def canonical(self, form: str) -> str:
        """The known form a word stands for (lemma or singular), or the word itself."""
        cached = self._canon_cache.get(form)
        if cached is not None:
            return cached
        result = form
        if form not in self.known_forms:
            lemma = self.lemmas.get(form)
            candidates = ([lemma] if lemma else []) + plural_candidates(form, self.lang)
            # a reading that is a whole term beats one that is only part of a longer term
            result = next((c for c in candidates if c in self.single),
                          next((c for c in candidates if c in self.known_forms), form))
        if len(self._canon_cache) > _MAX_CANON_CACHE:
            self._canon_cache.clear()
        self._canon_cache[form] = result
        return result

    def fold(self, text: str) -> str:
        folded = self._fold_cache.get(text)
        if folded is None:
            if len(self._fold_cache) > _MAX_CANON_CACHE:
                self._fold_cache.clear()
            folded = self._fold_cache[text] = fold(text)
        return folded

    def __call__(self, doc: Doc, title: bool = False) -> Doc:
        """The concepts of ``doc``; a job title (``title=True``) is also read by its head (see titles)."""
        spans = []
        for reading in self.readings(doc, title):
            span = Span(doc, reading.first_token, reading.end_token, label=reading.concept)
            for name, value in (("term", reading.term), ("via", reading.via), ("doubt", reading.doubt)):
                doc.user_data[_reading_key(name, reading.start, reading.end, reading.concept)] = value
            spans.append(span)
        doc.spans[SPAN_KEY] = SpanGroup(doc, name=SPAN_KEY, spans=spans)
        return doc

    def readings(self, doc: Doc, title: bool = False, text: str | None = None) -> list[Reading]:
        """What ``__call__`` puts on the doc, as plain values: the analyzer reads these directly
        rather than making a Span and three extension lookups per concept on every page.
        ``text`` is the doc's text when the caller has it (spaCy joins every token to make it)."""
        text = doc.text if text is None else text
        words = words_of(doc, self.fold, text)
        hits = [h for h in self._find(words) if not self._vetoed(h.entry.concept, words, h.start, h.end)]
        if title:
            hits = read_title(self, words, hits)
        found = []
        for hit, doubt in zip(hits, doubts(hits, words, self.known_forms, self.groups), strict=True):
            first, last = doc[words[hit.start].start], doc[words[hit.end - 1].end - 1]
            start, end = first.idx, last.idx + len(last)
            found.append(Reading(start, end, hit.entry.concept, hit.entry.term, hit.via, doubt, text[start:end],
                                 first.i, last.i + 1))
        return found

    def _find(self, words: list[Word]) -> list[Hit]:
        """Every term in the words: the longest whole-word term first, else terms inside a word."""
        canon = [self.canonical(w.form) if w.form else BREAK for w in words]
        found: list[Hit] = []
        i = 0
        while i < len(words):
            match = self._longest_match(canon, i) if canon[i] in self.first_forms else None
            if match and self._written_right(match[0], words[i].text):
                entry, length = match
                found.append(Hit(i, i + length, entry, "term"))
                i += length
                continue
            if canon[i]:
                found.extend(Hit(i, i + 1, e, via) for e, via in self._inside_word(words[i], canon[i]))
            i += 1
        return found

    def _written_right(self, entry: TermEntry, text: str) -> bool:
        """An acronym the taxonomy writes only in capitals is one only when written so."""
        return not entry.cased or sum(ch.isupper() for ch in text) >= 2

    def _splittable(self, entry: TermEntry | None) -> bool:
        """May this term be read inside a longer word? Not when short or an acronym."""
        return entry is not None and not entry.cased and len(entry.key[0]) >= self.min_part

    def singular(self, form: str) -> str | None:
        """A known singular of a word even when the word itself is known too ('drivers')."""
        if form in self._singular_cache:
            return self._singular_cache[form]
        lemma = self.lemmas.get(form)
        candidates = ([lemma] if lemma else []) + plural_candidates(form, self.lang)
        result = next((c for c in candidates if c in self.known_forms and c != form), None)
        if len(self._singular_cache) > _MAX_CANON_CACHE:
            self._singular_cache.clear()
        self._singular_cache[form] = result
        return result

    def term_at(self, forms: Sequence[str], text: str) -> tuple[TermEntry, int] | None:
        """The longest term the folded word ``forms`` start with, as ``_find`` reads it (entry,
        words); ``text`` is the first word as written."""
        canon = [self.canonical(f) if f else BREAK for f in forms[:self.max_len]]
        match = self._longest_match(canon, 0) if canon and canon[0] in self.first_forms else None
        return match if match and self._written_right(match[0], text) else None

    def phrase(self, forms: Sequence[str]) -> TermEntry | None:
        """The term these folded word forms make, exactly ("personnel", "manager"), or None."""
        match = self.term_at(forms, "")
        return match[0] if match and match[1] == len(forms) and not match[0].cased else None

    def _longest_match(self, canon: list[str], i: int) -> tuple[TermEntry, int] | None:
        """The longest term starting at word ``i``; a plural may sit on its last word (or its
        only one, when the plural is itself the first word of a longer term)."""
        best = None
        key: tuple[str, ...] = ()
        for j in range(i, min(i + self.max_len, len(canon))):
            if canon[j] == BREAK:
                break
            key += (canon[j],)
            entry = self.table.get(key)
            if entry is None:
                # "forklift drivers"; "zorgplannen", whose plural is the start of a longer term
                last = self.singular(canon[j])
                entry = self.table.get(key[:-1] + (last,)) if last else None
            if entry is not None:
                best = (entry, len(key))
            if key not in self.prefixes:
                break
        return best

    def _inside_word(self, word: Word, form: str) -> list[tuple[TermEntry, str]]:
        """Terms inside one word: the pieces of a hyphenated word, else compound parts."""
        if len(word.parts) > 1:
            texts = word.texts or word.parts
            hits = [(self.single[p], "hyphen_part") for p, text in zip(map(self.canonical, word.parts), texts,
                                                                      strict=True)
                    if p in self.single and self._written_right(self.single[p], text)]
            if hits:
                return hits
        if self.compound_splitting and len(form) >= 2 * self.min_part - 1:
            return self._compound(form)
        return []

    def compound_head(self, word: str) -> TermEntry | None:
        """The known head a compound ends in ('oncologieverpleegkundige' -> verpleegkundige)."""
        if not self.compound_splitting or len(word) < 2 * self.min_part - 1:
            return None
        return next((entry for entry, via in self._compound(word) if via == "compound_head"), None)

    def _compound(self, word: str) -> list[tuple[TermEntry, str]]:
        found = self._compound_cache.get(word)
        if found is None:
            if len(self._compound_cache) > _MAX_CANON_CACHE:
                self._compound_cache.clear()
            found = self._compound_cache[word] = self._split_compound(word)
        return found

    def _split_compound(self, word: str) -> list[tuple[TermEntry, str]]:
        """A Dutch compound: the longest known head decides; else a known modifier counts."""
        for cut in range(3, len(word) - self.min_part + 1):
            entry = self.single.get(self.canonical(word[cut:]))
            if entry is not None and self._splittable(entry):
                return [(entry, "compound_head")]
        for cut in range(len(word) - MIN_MODIFIED_HEAD, self.min_part - 1, -1):
            modifier, rest = word[:cut], word[cut:]
            if rest.startswith(DERIVATION_SUFFIXES):
                continue  # natuur|lijk, geld|ige, mode|rne: a derivation, not a compound
            entry = self.single.get(modifier) or self.single.get(modifier.rstrip("s"))
            if entry is not None and self._splittable(entry):
                return [(entry, "compound_modifier")]
        return []

    def _vetoed(self, concept: str, words: list[Word], start: int, end: int) -> bool:
        veto = self.vetoes.get(concept)
        if not veto:
            return False
        lo, hi = max(0, start - VETO_WINDOW), min(len(words), end + VETO_WINDOW)
        return any(words[k].form in veto or self.canonical(words[k].form) in veto
                   for k in range(lo, hi) if not start <= k < end)

    # -- persistence ------------------------------------------------------------------------
    def to_bytes_data(self) -> dict:
        return {
            "entries": [[list(e.key), e.concept, e.term, _flags(e)] for e in self.entries],
            "lemmas": self.lemmas,
            "vetoes": {c: sorted(v) for c, v in self.vetoes.items()},
            "groups": self.groups,
            "heads": [[h.term, h.concept] for _, h in sorted(self.heads.items())],
            "seniority": sorted(self.seniority),
            "broader": self.broader,
            "codes": self.codes,
        }

    def _load(self, data: dict) -> None:
        self.entries = [TermEntry(tuple(k), c, t, "cased" in f, "ambiguous" in f) for k, c, t, f in data["entries"]]
        self.lemmas = dict(data["lemmas"])
        self.vetoes = {c: frozenset(v) for c, v in data["vetoes"].items()}
        self.groups = dict(data["groups"])
        self.heads = {fold(h): HeadEntry((fold(h),), c, h) for h, c in data.get("heads", ())}
        self.seniority = frozenset(data.get("seniority", ()))
        self.broader = dict(data.get("broader", {}))
        self.codes = {code: list(ids) for code, ids in data.get("codes", {}).items()}
        self._reindex()

    def to_disk(self, path: str | Path, exclude: Iterable[str] = ()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        srsly.write_json(path / "concepts.json", self.to_bytes_data(), indent=0)

    def from_disk(self, path: str | Path, exclude: Iterable[str] = ()) -> ConceptMatcher:
        self._load(srsly.read_json(Path(path) / "concepts.json"))
        return self

    def to_bytes(self, exclude: Iterable[str] = ()) -> bytes:
        return srsly.json_dumps(self.to_bytes_data()).encode("utf-8")

    def from_bytes(self, data: bytes, exclude: Iterable[str] = ()) -> ConceptMatcher:
        self._load(srsly.json_loads(data))
        return self


def _flags(entry: TermEntry) -> list[str]:
    return [name for name, on in (("cased", entry.cased), ("ambiguous", entry.ambiguous)) if on]


def _acronym(spellings: list[str]) -> bool:
    """Every spelling of a one-word term has two capitals or more ('EPT', 'KMar'); a lowercase
    spelling in the data ('sql') says the lowercase form is meant too."""
    return all(" " not in s and sum(ch.isupper() for ch in s) >= 2 for s in spellings)


def _blank(lang: str) -> Language:
    import spacy

    return spacy.blank(lang)


@Language.factory(
    "plainsight_concepts",
    default_config={"compound_splitting": True, "min_part": 4},
)
def make_concept_matcher(nlp: Language, name: str, compound_splitting: bool,
                         min_part: int) -> ConceptMatcher:
    return ConceptMatcher(nlp.vocab, name, compound_splitting, min_part)
