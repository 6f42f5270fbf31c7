"""Real words one typo away from a lexicon word, which the mender leaves alone.

"taking" is one letter from "staking", "player" from "prayer", "carried" from "married" and
"perron" from "person": read as typos, a sentence about work would become a statement. The words of
English and Dutch come from spaCy's lookup tables (``spacy-lookups-data``, already a dependency);
only those the mender would change are kept, in ``real_words.txt`` next to this module, so the
engine never loads the tables. A word that differs from its lexicon neighbour only at its end is an
inflection, and one that differs only in a doubled letter a spelling; both are still mended
("moslims", "alcoholism", "disables", "antiliaans").

After changing the lexicon, rebuild the list: ``python -m engine.domain.statements``.
"""

from __future__ import annotations

import gzip
import json
from importlib.resources import files
from pathlib import Path

from engine.domain.statements.words import Mender, normalise, undouble

REAL_WORDS = Path(__file__).with_name("real_words.txt")
_TABLES = ("en_lemma_lookup", "nl_lemma_lookup", "en_lemma_index", "nl_lemma_index")


def load_real_words(path: Path = REAL_WORDS) -> frozenset[str]:
    return frozenset(path.read_text(encoding="utf-8").split()) if path.exists() else frozenset()


def build_real_words(mender: Mender) -> list[str]:
    """The words of the lookup tables that ``mender`` would change into another word."""
    changed = []
    for word in sorted(_vocabulary()):
        if len(word) >= 5 and word.isalpha() and word == normalise(word):
            mended = mender.mend(word)
            if mended != word and not _inflection(word, mended) and undouble(word) != undouble(mended):
                changed.append(word)
    return changed


def _inflection(word: str, lemma: str) -> bool:
    """Two words that differ only in their last letters: one stem ("moslims", "moslim")."""
    shared = next((i for i, (a, b) in enumerate(zip(word, lemma, strict=False)) if a != b), min(len(word), len(lemma)))
    return shared >= 4 and shared >= min(len(word), len(lemma)) - 2


def _vocabulary() -> set[str]:
    words: set[str] = set()
    folder = files("spacy_lookups_data") / "data"
    for name in _TABLES:
        table = json.loads(gzip.decompress((folder / f"{name}.json.gz").read_bytes()))
        for key, value in table.items():
            if name.endswith("_index"):
                words.update(value)
            else:
                words.update((key, value))
    return words
