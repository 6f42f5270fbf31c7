"""How a word is reduced before it is compared with taxonomy terms (shared by build and match)."""

from __future__ import annotations

import unicodedata
from functools import lru_cache

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'"})


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Lowercase, no diacritics, no inner hyphens: 'IC-Verpleegkundige' -> 'icverpleegkundige'.

    Memoised: a page's words and the taxonomy's terms repeat across requests, and folding is
    the most frequent call of a first render (a pure function of an immutable string)."""
    text = unicodedata.normalize("NFKD", text.lower().translate(_APOSTROPHES))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return text.replace("-", "").replace("\u00ad", "")


def plural_candidates(word: str, language: str) -> list[str]:
    """Singular forms a plural could come from; the caller keeps only known ones."""
    out: list[str] = []
    if language == "nl":
        if word.endswith("'s"):
            out.append(word[:-2])
        if word.endswith("s") and len(word) > 3:
            out.append(word[:-1])
        if word.endswith("en") and len(word) > 4:
            stem = word[:-2]
            out.append(stem)
            out.append(word[:-1])  # verpleegkundigen -> verpleegkundige
            if len(stem) > 2 and stem[-1] == stem[-2]:
                out.append(stem[:-1])  # kokken -> kok
            if len(stem) > 2 and stem[-2] in "aeou" and stem[-1] not in "aeiou":
                out.append(stem[:-1] + stem[-2] + stem[-1])  # leraren -> leraar
            if stem.endswith("eren"):
                out.append(stem[:-4])
        if word.endswith("eren") and len(word) > 6:
            out.append(word[:-4])  # kinderen -> kind
    else:
        if word.endswith("ies") and len(word) > 4:
            out.append(word[:-3] + "y")
        if word.endswith("es") and len(word) > 4:
            out.append(word[:-2])
        if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
            out.append(word[:-1])
        if word.endswith("'s"):
            out.append(word[:-2])
    return out
