"""``plainsight_concepts``: finds taxonomy concepts in text, tolerant of case, inflection and
Dutch compounds, and sets them as ``doc.spans["concepts"]`` (label = concept id).

The component keeps its own term table and a small lemma table (built from spaCy's lookup
data, restricted to the words our terms use), so matching needs no tagger at run time.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

import srsly
from spacy.language import Language
from spacy.tokens import Doc, Span, SpanGroup

from engine.domain.normalise import fold, plural_candidates

SPAN_KEY = "concepts"
VETO_WINDOW = 3
# A word read as known-modifier + unknown head needs a head of at least this many letters
# that does not start like a Dutch derivational ending.
MIN_MODIFIED_HEAD = 5
DERIVATION_SUFFIXES = ("lijk", "ig", "isch", "heid", "baar", "loos", "achtig", "erij", "ing", "elijk",
                       "er", "en", "e", "s", "st", "te", "de", "ste", "tje", "je", "ling", "schap", "nis")
_MAX_CANON_CACHE = 50_000
_BREAK = ""



def _register_extensions() -> None:
    for name in ("term", "via"):
        if not Span.has_extension(name):
            Span.set_extension(name, default=None)


@dataclass(frozen=True)
class TermEntry:
    """One term of the taxonomy as the matcher sees it."""

    key: tuple[str, ...]
    concept: str
    term: str


@dataclass(frozen=True)
class _Word:
    form: str
    start: int  # token index
    end: int
    parts: tuple[str, ...] = ()  # the pieces of a hyphenated word


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
        _register_extensions()
        self._reindex()

    # -- data ---------------------------------------------------------------------------
    def initialize(self, get_examples: Callable | None = None, *, nlp: Language | None = None,
                   terms: Iterable[tuple[str, str, str]] = (),
                   vetoes: dict[str, Iterable[str]] | None = None,
                   lemma_table: dict[str, str] | None = None) -> None:
        """Load ``terms`` as (concept id, language, term) and keep the lemmas they need."""
        tokenizer = (nlp or _blank(self.lang)).tokenizer
        entries: dict[tuple[str, ...], TermEntry] = {}
        for concept, _lang, term in sorted(set(terms)):
            key = tuple(w.form for w in _words(tokenizer(term)) if w.form != _BREAK)
            if key and key not in entries:
                entries[key] = TermEntry(key, concept, term)
        self.entries = sorted(entries.values(), key=lambda e: e.key)
        self.vetoes = {c: frozenset(fold(w) for w in ws) for c, ws in sorted((vetoes or {}).items())}
        known = {form for entry in self.entries for form in entry.key}
        self.lemmas = {}
        for form, lemma in sorted((lemma_table or {}).items()):
            folded_form, folded_lemma = fold(form), fold(lemma)
            if folded_lemma in known and folded_form != folded_lemma and folded_form not in known:
                self.lemmas[folded_form] = folded_lemma
        self._reindex()

    def _reindex(self) -> None:
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

    def __call__(self, doc: Doc) -> Doc:
        words = _words(doc, self.fold)
        canon = [self.canonical(w.form) if w.form else _BREAK for w in words]
        found: list[tuple[int, int, TermEntry, str]] = []
        i = 0
        while i < len(words):
            match = self._longest_match(canon, i) if canon[i] in self.first_forms else None
            if match:
                entry, length = match
                found.append((i, i + length, entry, "term"))
                i += length
                continue
            if canon[i]:
                found.extend((i, i + 1, e, via) for e, via in self._inside_word(words[i], canon[i]))
            i += 1
        spans = []
        for start, end, entry, via in found:
            if self._vetoed(entry.concept, words, start, end):
                continue
            span = Span(doc, words[start].start, words[end - 1].end, label=entry.concept)
            span._.term = entry.term
            span._.via = via
            spans.append(span)
        doc.spans[SPAN_KEY] = SpanGroup(doc, name=SPAN_KEY, spans=spans)
        return doc

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

    def _longest_match(self, canon: list[str], i: int) -> tuple[TermEntry, int] | None:
        """The longest term starting at word ``i``; a plural may sit on its last word."""
        best = None
        key: tuple[str, ...] = ()
        for j in range(i, min(i + self.max_len, len(canon))):
            if canon[j] == _BREAK:
                break
            key += (canon[j],)
            entry = self.table.get(key)
            if entry is None and len(key) > 1:
                last = self.singular(canon[j])  # "forklift drivers"
                entry = self.table.get(key[:-1] + (last,)) if last else None
            if entry is not None:
                best = (entry, len(key))
            if key not in self.prefixes:
                break
        return best

    def _inside_word(self, word: _Word, form: str) -> list[tuple[TermEntry, str]]:
        """Terms inside one word: the pieces of a hyphenated word, else compound parts."""
        if len(word.parts) > 1:
            hits = [(self.single[p], "hyphen_part") for p in map(self.canonical, word.parts)
                    if p in self.single]
            if hits:
                return hits
        if self.compound_splitting and len(form) >= 2 * self.min_part - 1:
            return self._compound(form)
        return []

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
            head = self.canonical(word[cut:])
            entry = self.single.get(head)
            if entry is not None:
                return [(entry, "compound_head")]
        for cut in range(len(word) - MIN_MODIFIED_HEAD, self.min_part - 1, -1):
            modifier, rest = word[:cut], word[cut:]
            if rest.startswith(DERIVATION_SUFFIXES):
                continue  # natuur|lijk, geld|ige, mode|rne: a derivation, not a compound
            entry = self.single.get(modifier) or self.single.get(modifier.rstrip("s"))
            if entry is not None:
                return [(entry, "compound_modifier")]
        return []

    def _vetoed(self, concept: str, words: list[_Word], start: int, end: int) -> bool:
        veto = self.vetoes.get(concept)
        if not veto:
            return False
        lo, hi = max(0, start - VETO_WINDOW), min(len(words), end + VETO_WINDOW)
        return any(words[k].form in veto or self.canonical(words[k].form) in veto
                   for k in range(lo, hi) if not start <= k < end)

    # -- persistence ------------------------------------------------------------------------
    def to_bytes_data(self) -> dict:
        return {
            "entries": [[list(e.key), e.concept, e.term] for e in self.entries],
            "lemmas": self.lemmas,
            "vetoes": {c: sorted(v) for c, v in self.vetoes.items()},
        }

    def _load(self, data: dict) -> None:
        self.entries = [TermEntry(tuple(k), c, t) for k, c, t in data["entries"]]
        self.lemmas = dict(data["lemmas"])
        self.vetoes = {c: frozenset(v) for c, v in data["vetoes"].items()}
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


def _words(doc: Doc, fold: Callable[[str], str] = fold) -> list[_Word]:
    """Tokens folded to words; a hyphen or slash between letters joins, other punctuation breaks."""
    words: list[_Word] = []
    tokens = list(doc)
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if token.is_punct or token.is_space:
            if (token.text in ("-", "/") and words and words[-1].form and not tokens[i - 1].whitespace_
                    and not token.whitespace_ and i + 1 < len(tokens) and tokens[i + 1].is_alpha):
                nxt = tokens[i + 1]
                joiner = "" if token.text == "-" else "/"
                prev = words[-1]
                words[-1] = _Word(prev.form + joiner + fold(nxt.text), prev.start, nxt.i + 1,
                                  (prev.parts or (prev.form,)) + (fold(nxt.text),))
                i += 2
                continue
            if not words or words[-1].form != _BREAK:
                words.append(_Word(_BREAK, token.i, token.i + 1))
            i += 1
            continue
        parts = tuple(fold(p) for p in token.text.split("-") if p) if "-" in token.text else ()
        words.append(_Word(fold(token.text), token.i, token.i + 1, parts))
        i += 1
    return words


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
