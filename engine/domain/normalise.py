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


def within_one_edit(a: str, b: str) -> bool:
    """Optimal string alignment distance of at most one: one letter inserted, deleted, changed,
    or two neighbours swapped ("pregnat", "vakbont", "abdc"): the typos people make."""
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = next((k for k in range(len(a)) if a[k] != b[k]), len(a))
    if len(a) < len(b):
        return a[i:] == b[i + 1:]
    if a[i + 1:] == b[i + 1:]:
        return True
    return i + 1 < len(a) and a[i] == b[i + 1] and a[i + 1] == b[i] and a[i + 2:] == b[i + 2:]


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
